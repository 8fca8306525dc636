package extract

import (
	"path/filepath"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/eval"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// resolveCorpora runs a resolver over every expression of the news and
// histories of the corpora (TimeBank, wikiwars-dev), told their date and
// not, as TagTokens does. For each expression it calls f with the
// document's path, its tokens, the resolver and the expression; f resolves
// it by calling resolve, when it will, and must call it once.
func resolveCorpora(t *testing.T, f func(path string, toks *lex.Tokenized, res *resolver, c *grammar.Cand, resolve func() timeline.Mention)) {
	t.Helper()
	dir := corporaDir(t)
	for _, sub := range []string{"tbaq-cleaned/TimeBank", "wikiwars-dev"} {
		docs, err := eval.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			for _, dct := range []time.Time{d.DCT, {}} {
				opts := Options{DCT: dct}
				toks := Tokenize(d.Text, opts)
				rd := reader(toks, opts)
				cands := rd.Scan()
				shareRangeYears(rd, cands)
				if !dct.IsZero() {
					dct = timeline.Truncate(dct)
				}
				res := newResolver(rd, toks, dct, ModeAuto, looksNarrative(cands, dct))
				res.noteYears(cands)
				ids := newIDList(len(cands))
				start := int32(0)
				for n, end := range ids.ends {
					c := &cands[n]
					f(d.Path, toks, res, c, func() timeline.Mention {
						var m timeline.Mention
						res.resolve(&m, c, ids.all[start:end])
						return m
					})
					start = end
				}
			}
		}
	}
}

// chooseAnchor points the choice at where its date is kept (the document
// date's day, a kept slot, the list item's or the part's point) rather
// than copying it: placing the expression and taking its value must leave
// that date as it was chosen. Before every expression of the news and
// histories of the corpora, told their date and not, the anchor is chosen
// and the expression placed as resolve does, and the date is held to a
// copy taken when chosen; then resolve runs on.
func TestAnchorHeldWhilePlaced(t *testing.T) {
	checked := 0
	resolveCorpora(t, func(path string, toks *lex.Tokenized, res *resolver, c *grammar.Cand, resolve func() timeline.Mention) {
		if sp := c.Spec; sp != nil && sp.Rel != grammar.RelNone && !res.presentInHistory(sp) {
			var choice anchorChoice
			if res.chooseAnchor(c, sp, &choice) {
				was := *choice.p
				var p grammar.Point
				res.place(c, sp, choice.p, choice.thread, &p)
				res.placed.of(&p, c.Mod)
				if *choice.p != was {
					t.Fatalf("%s, %q: anchor %+v became %+v as it was placed", path,
						toks.Text[toks.Start(c.I):toks.End(c.J-1)], was, *choice.p)
				}
				checked++
			}
		}
		resolve()
	})
	if checked < 1000 {
		t.Fatalf("only %d anchors checked", checked)
	}
}
