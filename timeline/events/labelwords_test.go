package events

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"retrace/timeline/ingest"
	"retrace/timeline/lex"
)

// keptWords returns the words of toks that drop leaves, at most
// maxInputWords, as they are: the words labelWords reads as written.
func keptWords(toks []token, drop []bool) []word {
	var ws []word
	for i := range toks {
		if toks[i].word && (drop == nil || !drop[i]) && len(ws) < maxInputWords {
			ws = append(ws, word{&toks[i]})
		}
	}
	return ws
}

// TestLabelWordsAsLabelInput checks labelWords, which reads a label's
// words again one at a time (labelInput) only when holdingOf finds a
// possessive or a quoted word among them as written, against the rules
// run on labelInput's words every time: on every clause and whole sentence
// of the TimeBank articles and of random texts of quotation marks,
// possessives, amounts and abbreviations (randomText), with no token
// dropped and with random ones dropped.
func TestLabelWordsAsLabelInput(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	labels, written := 0, 0
	check := func(name string, b *builder, toks []token) {
		t.Helper()
		for _, c := range append(splitClauses(toks, nil, nil), clause{0, len(toks)}) {
			drop := make([]bool, c.to-c.from)
			for k := range drop {
				drop[k] = rng.Intn(5) == 0
			}
			for _, drop := range [][]bool{nil, drop} {
				b.words.used, b.made.used = 0, 0
				got := texts(b.labelWords(toks[c.from:c.to], drop))
				ws := b.labelInput(toks[c.from:c.to], drop)
				if holdingOf(keptWords(toks[c.from:c.to], drop)).written {
					written++
				}
				want := texts(b.labelRules(ws, holdingOf(ws)))
				if !slices.Equal(got, want) {
					all := make([]string, len(toks))
					for k := range toks {
						all[k] = toks[k].text
					}
					t.Fatalf("%s: tokens %d:%d of %q, dropped %v: labelWords %q, from labelInput %q", name, c.from, c.to, all, drop, got, want)
				}
				labels++
			}
		}
	}
	eachTimeBankSentence(t, func(ts *timeBankSentence) { check(ts.file, ts.b, ts.toks) })
	for range 3000 {
		doc := ingest.FromText("random", randomText(rng, 1+rng.Intn(40)))
		tt := tokens(doc)
		b := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
		for _, s := range doc.Sentences {
			toks, _ := sentenceTokens(tt, s, b.firstToken(s), nil)
			check("random", b, toks)
		}
	}
	// Words that open or close with a quotation mark, which the
	// tokenizer's words do not, and possessives: tokens drawn one by one.
	lx := tokens(ingest.FromText("x", "x")).Lexicon
	b := &builder{text: strings.Repeat(" ", 20*(maxInputWords+6)), lx: lx}
	pieces := []string{"'hello", "world'", "’tis", "rock’", "‘quote", "quote‘", "'", "’", "''", "€5", "—", "Corp", "said",
		"the", "Mr.", "s", "'s", "’s", "$5", "5"}
	for range 20000 {
		toks := make([]token, 1+rng.Intn(maxInputWords+5))
		for k := range toks {
			tk := &toks[k]
			tk.text = pieces[rng.Intn(len(pieces))]
			tk.Start, tk.End = 20*k, 20*k+len(tk.text)
			if rng.Intn(2) == 0 && k > 0 {
				tk.Start = toks[k-1].End // glued to the token before
				tk.End = tk.Start + len(tk.text)
			}
			tk.word = rng.Intn(4) > 0
			tk.lc = isLowerWord(tk.text)
			tk.e = &lex.Entry{}
			if rng.Intn(4) == 0 {
				tk.cls = lex.Of(lex.PossessiveS)
			}
		}
		check("drawn", b, toks)
	}
	if labels < 10000 || written < 1000 {
		t.Errorf("only %d labels compared, %d with a possessive or quoted word", labels, written)
	}
}
