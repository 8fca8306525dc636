package extract

import (
	randv2 "math/rand/v2"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
)

// chooseAnchor calls partOfSameYear, listedAfter, sentenceDay and
// governingHeading only for what passes their first tests (see
// firstTests): each answers nil for whatever fails its test, in any state
// of the resolver. The states are drawn at random over a text of several
// sentences, lines and lists, and each rule is seen to answer too, so
// that a first test that turned away what it answers would fail.
func TestChooseAnchorFirstTests(t *testing.T) {
	const text = "In the first quarter sales rose, and in the second half they fell.\n" +
		"1998\nOn Monday and Tuesday at 6 p.m. the board met. In March and April, at noon, it voted.\n" +
		"The third quarter and the first half were weak; at 10:30 a.m. Friday it closed."
	opts := Options{}
	toks := Tokenize(text, opts)
	rd := reader(toks, opts)
	n := toks.Len()
	hs := DefaultHolidays()
	r := randv2.New(randv2.NewPCG(90, 12))
	res := newResolver(rd, toks, timeline.Day(1998, time.January, 8), ModeNews, false)
	var answered [4]int
	var joins []int // the tokens that join items of a list ("and")
	for k := range n {
		if rd.Join(k) == grammar.JoinList {
			joins = append(joins, k)
		}
	}
	points := []grammar.Point{
		{Gran: timeline.GranSeason, Year: 1998, Quarter: 1},
		{Gran: timeline.GranSeason, Year: 1998, Half: 2},
		{Gran: timeline.GranMonth, Year: 1998, Month: 3},
		{Gran: timeline.GranDay, Year: 1998, Month: 3, Day: 2},
		{Gran: timeline.GranYear, Year: 1998},
	}
	for range 200000 {
		// the resolver's state
		res.part = listItem{p: points[r.IntN(len(points))], ref: "mention:t1", end: 1 + r.IntN(n), ok: r.IntN(4) > 0}
		res.item = listItem{p: points[r.IntN(len(points))], ref: "mention:t2", end: r.IntN(n), weekday: r.IntN(4) == 0, ok: r.IntN(4) > 0}
		if r.IntN(2) == 0 {
			res.item.end = joins[r.IntN(len(joins))]
		}
		res.lastDay, res.lastDayEnd, res.lastDayRef = nil, 1+r.IntN(n), "mention:t3"
		if r.IntN(4) > 0 {
			res.lastDay = &points[3]
		}
		res.heading, res.headingRef = nil, "mention:t4"
		if r.IntN(2) == 0 {
			res.heading = &points[4]
		}
		res.lastRef = "mention:t5"
		if r.IntN(3) == 0 {
			res.lastRef = res.headingRef
		}
		// the expression
		sp := randomNamed(r, hs)
		if r.IntN(3) == 0 {
			sp.Rel = grammar.RelShift
		}
		sp.Clock = r.IntN(3) == 0
		sp.Anaphoric = r.IntN(4) == 0
		if r.IntN(4) == 0 {
			sp.N = r.IntN(3) - 1
		}
		if r.IntN(5) == 0 {
			sp.Base.Year = 1997
		}
		i := r.IntN(n)
		if r.IntN(2) == 0 {
			i = min(n-1, res.item.end+1)
		}
		c := &grammar.Cand{I: i, J: min(n, i+1+r.IntN(3)), Spec: sp}

		if pt := res.partOfSameYear(c, sp); pt != nil {
			answered[0]++
			if !mayBePart(sp) {
				t.Fatalf("%+v at %d, part %+v: partOfSameYear answers, mayBePart says no", sp, i, res.part)
			}
		}
		if it := res.listedAfter(c, sp); it != nil {
			answered[1]++
			if !res.mayFollowItem(c) {
				t.Fatalf("%+v at %d, item %+v: listedAfter answers, mayFollowItem says no", sp, i, res.item)
			}
		}
		if d := res.sentenceDay(c); d != nil {
			answered[2]++
			if !sp.Clock {
				t.Fatalf("%+v at %d: sentenceDay answers a spec with no time of day", sp, i)
			}
		}
		if h := res.governingHeading(c, sp); h != nil {
			answered[3]++
			if res.heading == nil {
				t.Fatalf("%+v at %d: governingHeading answers with no heading", sp, i)
			}
		}
	}
	for k, m := range answered {
		if m < 100 {
			t.Errorf("rule %d answered %d times: the draws hardly reach it", k, m)
		}
	}
}
