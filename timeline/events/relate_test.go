package events

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// windowPairAt is what mayRelate asks, token by token: whether a lex token
// that starts inside s is a window adverb ("shortly") and the one after it
// a relation word ("after", "before") that ends inside s.
func windowPairAt(tt *lex.Tokenized, s timeline.Span) bool {
	relation := lex.Of(lex.AfterWord, lex.BeforeWord)
	for i := range tt.Len() - 1 {
		if tt.Start(i) >= s.Start && tt.Start(i) < s.End && tt.Entry(i).Has(lex.WindowAdverb) &&
			tt.Entry(i+1).Classes.Any(relation) && tt.End(i+1) <= s.End {
			return true
		}
	}
	return false
}

// relativesRead returns what findRelatives finds in the sentence span with
// no mention of its own, read as builder.sentence reads it, past mayRelate:
// what mayRelate must not pass over.
func relativesRead(tt *lex.Tokenized, s timeline.Span) []relative {
	b := &builder{text: tt.Text, tt: tt, lx: tt.Lexicon}
	a := sort.Search(tt.Len(), func(i int) bool { return tt.Start(i) >= s.Start })
	toks, _ := sentenceTokens(tt, s, a, nil)
	cls := splitClauses(toks, nil, nil)
	if len(cls) == 0 {
		cls = append(cls, clause{0, 0})
	}
	b.cur = sentenceSlices{toks: toks, cls: cls, inTime: make([]bool, len(toks)), drop: make([]bool, len(toks))}
	return b.findRelatives()
}

// TestMayRelateAtEveryPlace holds mayRelate, which reads four tokens a
// round, to a look at each token (windowPairAt), on random texts of window
// adverbs ("shortly"), relation words ("after", "before"), other words and
// marks, some glued to the word before them: every span from each token's
// start to each byte after it, so that a pair falls at every place of a
// round and the span ends before, inside and after it, and the spans
// asked in text order and in random order (mayRelate leaves where the
// next sentence starts). Each span mayRelate passes over, findRelatives
// finds nothing in (relativesRead).
func TestMayRelateAtEveryPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"after", "before", "talks", "the", "resumed", ",", "Later", "3", "afterwards", "shortly", "Soon",
		"JUST", "right", "-", "'s", ".", "U.S.", "after", "shortly", "before"}
	relating, windows := 0, 0
	for range 400 {
		var sb strings.Builder
		for range 1 + rng.IntN(14) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(4) > 0 {
				sb.WriteString(" ")
			}
		}
		text := sb.String()
		tt := tokens(&timeline.Document{Text: text})
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
				w := windowPairAt(tt, s)
				got := b.mayRelate(s)
				if got != w {
					t.Fatalf("mayRelate(%q) of %q (%s) = %v, want %v", text[s.Start:s.End], text, order, got, w)
				}
				if w {
					relating++
				}
				if order == "in order" {
					if rels := relativesRead(tt, s); len(rels) > 0 {
						windows++
						if !got {
							t.Fatalf("mayRelate(%q) of %q = false, but findRelatives finds %d", text[s.Start:s.End], text, len(rels))
						}
					}
				}
			}
		}
	}
	if relating < 1000 || windows < 1000 {
		t.Errorf("only %d spans with a window adverb and a relation word, %d with a relative phrase", relating, windows)
	}
}
