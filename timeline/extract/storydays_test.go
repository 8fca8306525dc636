package extract

import (
	"path/filepath"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/eval"
)

// The resolver keeps the story's first and last days with it, from the
// memo's slot where the story's date was placed, rather than working them
// out when it asks how far the story lies from the document date: after
// every expression of the news and histories of the corpora, told their
// date and not, they are the story's DayBounds.
func TestStoryDaysAsBounds(t *testing.T) {
	dir := corporaDir(t)
	checked := 0
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
					var m timeline.Mention
					res.resolve(&m, &cands[n], ids.all[start:end])
					start = end
					if res.story == nil {
						continue
					}
					checked++
					if first, last := res.story.DayBounds(); res.storyFirst != first || res.storyLast != last {
						t.Fatalf("%s, after %q: story %+v has days %d to %d, kept %d to %d",
							d.Path, m.Text, *res.story, first, last, res.storyFirst, res.storyLast)
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d stories checked", checked)
	}
}
