package events

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// windowRelativesByToken is findRelatives' search for "shortly after X" as
// it was written first, every condition asked in the loop over the
// tokens: the reference the loop that leaves the rest to windowRelative
// is held to.
func windowRelativesByToken(toks []token, cls []clause, inTime []bool, dated []int) []relative {
	var out []relative
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].cls.Has(lex.WindowAdverb) || inTime[k] || inTime[k+1] || inTime[k+2] || !toks[k+2].word {
			continue
		}
		var kind int
		switch next := toks[k+1].cls; {
		case next.Has(lex.AfterWord):
			kind = relAfterNP
		case next.Has(lex.BeforeWord):
			kind = relBeforeNP
		default:
			continue
		}
		e := toks[k].e
		d := durationRange{max: span{days: e.Num}, vague: true, gran: timeline.GranDay, words: e.Word}
		ci := clauseOf(toks, cls, toks[k].Start)
		if k+2 >= cls[ci].to {
			continue
		}
		r := relative{kind: kind, mention: -1, at: -1, dur: d, clauseAt: ci, tail: k, np: clause{k + 2, cls[ci].to}}
		if !datedWithin(toks, r.np, dated) {
			out = append(out, r)
		}
	}
	return out
}

// TestWindowRelativesAsByToken holds findRelatives to the token-by-token
// search on random sentences of window adverbs, after and before words,
// marks, times, clauses and dated phrases, none to thirty tokens long (a
// loop that stops a token short or reads past the end, or a condition
// lost on the way to windowRelative, fails it).
func TestWindowRelativesAsByToken(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	kinds := []lex.Set{{}, lex.Of(lex.WindowAdverb), lex.Of(lex.AfterWord), lex.Of(lex.BeforeWord),
		lex.Of(lex.WindowAdverb, lex.AfterWord), lex.Of(lex.Article)}
	entries := []*lex.Entry{{Word: "shortly", Num: 1}, {Word: "soon", Num: 3}, {}}
	b := &builder{}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	found := 0
	for range 20000 {
		toks := make([]token, rng.IntN(31))
		inTime := make([]bool, len(toks))
		var dated []int
		for k := range toks {
			toks[k] = token{Span: timeline.Span{Start: 10 * k, End: 10*k + 5}, word: rng.IntN(6) > 0,
				cls: kinds[rng.IntN(len(kinds))], e: entries[rng.IntN(len(entries))]}
			inTime[k] = rng.IntN(8) == 0
			if rng.IntN(10) == 0 {
				dated = append(dated, 10*k+rng.IntN(10))
			}
		}
		cls := []clause{{0, len(toks)}}
		for k := 1; k < len(toks); k++ {
			if rng.IntN(6) == 0 {
				cls[len(cls)-1].to = k
				cls = append(cls, clause{k, len(toks)})
			}
		}
		// the dated phrases are placeable dates that findRelatives lists
		// (their tokens are left out: first = last)
		b.ms = b.ms[:0]
		u := unit{}
		for i, at := range dated {
			b.ms = append(b.ms, timeline.Mention{Span: timeline.Span{Start: at, End: at + 1}, Type: timeline.TypeDate,
				Value: "1998-01-08", Interval: timeline.Interval{Earliest: day, Latest: day}})
			u.mentions = append(u.mentions, i)
		}
		none := make([]int, len(dated))
		got := b.findRelatives(toks, cls, u, none, none, inTime)
		want := windowRelativesByToken(toks, cls, inTime, dated)
		if len(toks) == 0 {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findRelatives = %+v, token by token %+v", got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Errorf("only %d relatives found", found)
	}
}
