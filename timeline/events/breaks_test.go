package events

import (
	"math/rand/v2"
	"slices"
	"testing"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// TestSplitClausesAsOneByOneOnClasses holds splitClauses, whose search
// for the next token that may cut reads four tokens a round, to
// splitClausesOneByOne, which asks each token: random runs of up to 20
// tokens, each of one of the classes a clause may break at (words and
// marks), of another class or of none, a break at every place of a round,
// with random spans protected.
func TestSplitClausesAsOneByOneOnClasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	classes := []lex.Set{{}, lex.Of(lex.Preposition), lex.Of(lex.ClauseBreakMark), lex.Of(lex.ClauseBreakWord),
		lex.Of(lex.ClauseBreakBeforePronoun), lex.Of(lex.SubjectPronoun, lex.Article), lex.Of(lex.ClauseBreakMark, lex.OpeningQuote)}
	cuts := 0
	for range 20000 {
		toks := make([]token, rng.IntN(21))
		for k := range toks {
			toks[k].Span = timeline.Span{Start: 2 * k, End: 2*k + 1}
			toks[k].word = rng.IntN(2) == 0
			if rng.IntN(3) == 0 {
				toks[k].cls = classes[rng.IntN(len(classes))]
			}
		}
		var protected []timeline.Span
		for at := rng.IntN(50); at < 2*len(toks); at += 1 + rng.IntN(20) {
			protected = append(protected, timeline.Span{Start: at, End: at + 1 + rng.IntN(4)})
			at = protected[len(protected)-1].End
		}
		got, want := splitClauses(toks, protected, nil), splitClausesOneByOne(toks, protected)
		if !slices.Equal(got, want) {
			t.Fatalf("classes %v, protected %v: clauses %v, one by one %v", toks, protected, got, want)
		}
		cuts += len(got)
	}
	if cuts < 20000 {
		t.Errorf("only %d clauses made", cuts)
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
