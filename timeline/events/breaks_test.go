package events

import (
	"math/rand/v2"
	"testing"

	"retrace/timeline/lex"
)

// TestNextBreakAsEachToken holds nextBreak, which reads four tokens a
// round, to a look at each token: random runs of up to 20 tokens, each of
// one of the three classes a clause may break at, of another class or of
// none, a break at every place of a round, asked from every token.
func TestNextBreakAsEachToken(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	classes := []lex.Set{{}, lex.Of(lex.Preposition), lex.Of(lex.ClauseBreakMark), lex.Of(lex.ClauseBreakWord),
		lex.Of(lex.ClauseBreakBeforePronoun), lex.Of(lex.SubjectPronoun, lex.Article)}
	breaks := lex.Of(lex.ClauseBreakMark, lex.ClauseBreakWord, lex.ClauseBreakBeforePronoun)
	found := 0
	for range 20000 {
		toks := make([]token, rng.IntN(21))
		for k := range toks {
			if rng.IntN(4) == 0 {
				toks[k].cls = classes[rng.IntN(len(classes))]
			}
		}
		for i := 0; i <= len(toks); i++ {
			want := i
			for want < len(toks) && !toks[want].cls.Any(breaks) {
				want++
			}
			if got := nextBreak(toks, i); got != want {
				t.Fatalf("nextBreak(%v, %d) = %d, want %d", toks, i, got, want)
			}
			if want < len(toks) {
				found++
			}
		}
	}
	if found < 10000 {
		t.Errorf("only %d breaks found", found)
	}
}

// TestNextWindowAdverbAsEachToken holds nextWindowAdverb, which reads eight
// and then four tokens a round, to a look at each token: random runs of up
// to 20 tokens, a few of them window adverbs ("shortly"), at every place
// of a round, asked from every token.
func TestNextWindowAdverbAsEachToken(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	classes := []lex.Set{{}, lex.Of(lex.AfterWord), lex.Of(lex.WindowAdverb), lex.Of(lex.WindowAdverb, lex.LyForm)}
	found := 0
	for range 20000 {
		toks := make([]token, rng.IntN(21))
		for k := range toks {
			if rng.IntN(5) == 0 {
				toks[k].cls = classes[rng.IntN(len(classes))]
			}
		}
		for i := 0; i <= len(toks); i++ {
			want := i
			for want < len(toks) && !toks[want].cls.Has(lex.WindowAdverb) {
				want++
			}
			if got := nextWindowAdverb(toks, i); got != want {
				t.Fatalf("nextWindowAdverb(%v, %d) = %d, want %d", toks, i, got, want)
			}
			if want < len(toks) {
				found++
			}
		}
	}
	if found < 10000 {
		t.Errorf("only %d adverbs found", found)
	}
}
