package events

import (
	"math/rand/v2"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// TestMayRelateAtEveryPlace holds mayRelate, which reads four tokens a
// round, to a look at each token, on random texts of relation words
// ("after", "before"), other words and marks: every span from each token's
// start to each byte after it, so that a relation word falls at every
// place of a round and the span ends before, inside and after it, and the
// spans asked in text order and in random order (mayRelate leaves where
// the next sentence starts).
func TestMayRelateAtEveryPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"after", "before", "talks", "the", "resumed", ",", "Later", "3", "afterwards"}
	relation := lex.Of(lex.AfterWord, lex.BeforeWord)
	relating := 0
	for range 300 {
		var sb strings.Builder
		for range 1 + rng.IntN(14) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString(" ")
		}
		text := sb.String()
		tt := tokens(&timeline.Document{Text: text})
		want := func(s timeline.Span) bool {
			for i := range tt.Len() {
				if tt.Start(i) >= s.Start && tt.Start(i) < s.End && tt.Entry(i).Classes.Any(relation) {
					return tt.End(i) <= s.End
				}
			}
			return false
		}
		var spans []timeline.Span
		for i := range tt.Len() {
			for end := tt.Start(i) + 1; end <= len(text); end++ {
				spans = append(spans, timeline.Span{Start: tt.Start(i), End: end})
			}
		}
		for _, order := range []string{"in order", "shuffled"} {
			if order == "shuffled" {
				rng.Shuffle(len(spans), func(i, j int) { spans[i], spans[j] = spans[j], spans[i] })
			}
			b := &builder{text: text, tt: tt, lx: tt.Lexicon}
			for _, s := range spans {
				w := want(s)
				if got := b.mayRelate(s); got != w {
					t.Fatalf("mayRelate(%q) of %q (%s) = %v, want %v", text[s.Start:s.End], text, order, got, w)
				}
				if w {
					relating++
				}
			}
		}
	}
	if relating < 1000 {
		t.Errorf("only %d spans with a relation word", relating)
	}
}
