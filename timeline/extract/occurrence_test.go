package extract

import (
	randv2 "math/rand/v2"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// The occurrences of a named period carry their bounds, computed once
// (weekdays' by counting days from the anchor's first) and numbered as
// days: choosing among them picks what choosing among bare points, bounded
// at each comparison as times, picked. The reference functions below are the choosers as they were
// written on points.

// refCands lists the occurrences of sp around a as points.
func refCands(sp *grammar.Spec, a grammar.Point) []grammar.Point {
	aa, _ := a.Bounds()
	var cands []grammar.Point
	switch {
	case sp.Weekday != 0:
		if sp.Weekday < 1 || sp.Weekday > 7 {
			break
		}
		for k := (sp.Weekday-grammar.IsoWeekday(aa.Weekday())+7)%7 - 7; k <= 7; k += 7 {
			cands = append(cands, grammar.DayPoint(aa.AddDate(0, 0, k)))
		}
	case sp.Holiday != nil:
		for y := a.Year - 1; y <= a.Year+1; y++ {
			cands = append(cands, grammar.DayPoint(sp.Holiday.Date(y)))
		}
	default:
		for y := a.Year - 1; y <= a.Year+1; y++ {
			p := sp.Base
			p.Year = y
			if p.Gran == timeline.GranDay && p.Day > grammar.DaysIn(y, p.Month) {
				continue
			}
			cands = append(cands, p)
		}
	}
	return cands
}

func refPickByWord(cands []grammar.Point, sp *grammar.Spec, a grammar.Point) grammar.Point {
	aa, ab := a.Bounds()
	best := -1
	for n, p := range cands {
		pa, pb := p.Bounds()
		switch sp.Pick {
		case grammar.PickLast:
			if pb.Before(aa) {
				best = n
			}
		case grammar.PickNext:
			if pa.After(ab) && best < 0 {
				best = n
			}
		case grammar.PickThis:
			if sp.Weekday != 0 {
				ay, aw := aa.ISOWeek()
				py, pw := pa.ISOWeek()
				if ay == py && aw == pw {
					best = n
				}
			} else if p.Year == a.Year {
				best = n
			}
		case grammar.PickNearest:
			if best < 0 {
				best = n
				continue
			}
			ba, bb := cands[best].Bounds()
			if refDistance(pa, pb, aa, ab) < refDistance(ba, bb, aa, ab) {
				best = n
			}
		}
	}
	if best < 0 {
		best = len(cands) / 2
	}
	return cands[best]
}

func refPickByTense(cands []grammar.Point, sp *grammar.Spec, a grammar.Point, tense int) grammar.Point {
	aa, ab := a.Bounds()
	latestBy := func() grammar.Point {
		best := cands[0]
		for _, p := range cands {
			if pa, _ := p.Bounds(); !pa.After(ab) {
				best = p
			}
		}
		return best
	}
	earliestFrom := func() grammar.Point {
		for _, p := range cands {
			if _, pb := p.Bounds(); !pb.Before(aa) {
				return p
			}
		}
		return cands[len(cands)-1]
	}
	nearest := func() grammar.Point {
		best, bestD := cands[0], -1.0
		for _, p := range cands {
			pa, pb := p.Bounds()
			d := refDistance(pa, pb, aa, ab)
			if pa.After(ab) {
				d *= 2
			}
			if bestD < 0 || d < bestD {
				best, bestD = p, d
			}
		}
		return best
	}
	b := sp.Base
	if sp.Weekday != 0 && a.Gran == timeline.GranDay && tense >= grammar.TenseNone {
		for _, p := range cands {
			if p.AnyDate().Equal(aa.AddDate(0, 0, 1)) {
				return p
			}
		}
	}
	switch {
	case sp.Weekday != 0 || b.Quarter > 0 || b.Half > 0:
		if tense == grammar.TenseAhead && sp.Weekday == 0 {
			tense = grammar.TenseNone
		}
		if tense > 0 {
			return earliestFrom()
		}
		return latestBy()
	case sp.Holiday != nil:
		return nearest()
	case b.Gran == timeline.GranDay:
		p := nearest()
		if _, pb := p.Bounds(); tense == grammar.TenseFuture && pb.Before(aa) {
			return earliestFrom()
		}
		if pa, _ := p.Bounds(); tense < 0 && pa.After(ab.AddDate(0, 2, 0)) {
			return latestBy()
		}
		return p
	}
	p := nearest()
	pa, pb := p.Bounds()
	for n := range cands {
		if cands[n] != p {
			continue
		}
		if tense > 0 && pb.Before(aa) && n+1 < len(cands) {
			return cands[n+1]
		}
		if tense < 0 && pa.After(ab) && n > 0 {
			return cands[n-1]
		}
	}
	return p
}

func refPickInThread(cands []grammar.Point, sp *grammar.Spec, a grammar.Point) grammar.Point {
	aa, ab := a.Bounds()
	if sp.Weekday != 0 {
		for _, p := range cands {
			if _, pb := p.Bounds(); !pb.Before(aa) {
				return p
			}
		}
		return cands[len(cands)-1]
	}
	const season = 92 * 24 * time.Hour
	for n, p := range cands {
		if p.Year != a.Year {
			continue
		}
		if _, pb := p.Bounds(); pb.Before(aa) && n+1 < len(cands) {
			if na, _ := cands[n+1].Bounds(); na.Sub(ab) <= season {
				return cands[n+1]
			}
		}
		return p
	}
	return cands[len(cands)/2]
}

// refDistance is the gap in hours between two closed intervals (0 if they meet).
func refDistance(a0, a1, b0, b1 time.Time) float64 {
	switch {
	case a1.Before(b0):
		return b0.Sub(a1).Hours()
	case b1.Before(a0):
		return a0.Sub(b1).Hours()
	}
	return 0
}

// randomAnchor draws an anchor of any granularity a date is placed from,
// with a night now and then (whose bounds run into the next day).
func randomAnchor(r *randv2.Rand) grammar.Point {
	y := 1 + r.IntN(2100)
	if r.IntN(20) == 0 {
		y = r.IntN(400) - 300 // before Christ and around year 0
	}
	d := timeline.Day(y, time.Month(1+r.IntN(12)), 1+r.IntN(31))
	p := grammar.DayPoint(d)
	switch r.IntN(8) {
	case 0:
		p.Part = "NI"
	case 1:
		p.Gran, p.Hour = timeline.GranHour, r.IntN(24)
	case 2:
		return p.Coarsen(timeline.GranWeek)
	case 3:
		return p.Coarsen(timeline.GranMonth)
	case 4:
		return p.Coarsen(timeline.GranSeason)
	case 5:
		return p.Coarsen(timeline.GranYear)
	}
	return p
}

// randomNamed draws a named period: a weekday (or a number out of range),
// a holiday, a day of a month (February 29 and 31sts among them), a month,
// a quarter, a half or a season, with any pick.
func randomNamed(r *randv2.Rand, hs []grammar.Holiday) *grammar.Spec {
	sp := &grammar.Spec{Rel: grammar.RelNamed, Pick: grammar.Pick(r.IntN(5))}
	switch r.IntN(7) {
	case 0:
		sp.Weekday = r.IntN(9)
		if sp.Weekday == 0 {
			sp.Weekday = 1
		}
	case 1:
		sp.Holiday = &hs[r.IntN(len(hs))]
	case 2:
		sp.Base = grammar.Point{Gran: timeline.GranDay, Month: 1 + r.IntN(12), Day: 1 + r.IntN(31)}
		if r.IntN(4) == 0 {
			sp.Base.Month, sp.Base.Day = 2, 29
		}
	case 3:
		sp.Base = grammar.Point{Gran: timeline.GranMonth, Month: 1 + r.IntN(12)}
	case 4:
		sp.Base = grammar.Point{Gran: timeline.GranSeason, Quarter: 1 + r.IntN(4)}
	case 5:
		sp.Base = grammar.Point{Gran: timeline.GranSeason, Half: 1 + r.IntN(2)}
	default:
		sp.Base = grammar.Point{Gran: timeline.GranSeason, Season: []string{"SP", "SU", "FA", "WI"}[r.IntN(4)]}
	}
	return sp
}

func TestOccurrencesPickAsPoints(t *testing.T) {
	hs := DefaultHolidays()
	r := randv2.New(randv2.NewPCG(12, 34))
	for range 30000 {
		a, sp := randomAnchor(r), randomNamed(r, hs)
		first, last := a.Bounds()
		aa, ab := unixDay(first), unixDay(last)
		ref := refCands(sp, a)
		got := occurrences(nil, sp, &a, first)
		if len(got) != len(ref) {
			t.Fatalf("%+v around %+v: %d occurrences, want %d", sp, a, len(got), len(ref))
		}
		for n := range got {
			o := &got[n]
			po := pointOf(o)
			first, last := po.Bounds()
			if pointOf(o) != ref[n] || o.first != unixDay(first) || o.last != unixDay(last) ||
				!time.Unix(int64(o.first)*secondsPerDay, 0).Equal(first) || !time.Unix(int64(o.last)*secondsPerDay, 0).Equal(last) {
				t.Fatalf("%+v around %+v: occurrence %d is %+v (days %d to %d), want %+v (%v to %v)",
					sp, a, n, pointOf(o), o.first, o.last, ref[n], first, last)
			}
		}
		if len(got) == 0 {
			continue
		}
		if p, want := pointOf(&got[pickByWord(got, sp, &a, aa, ab)]), refPickByWord(ref, sp, a); p != want {
			t.Fatalf("%+v around %+v: pickByWord %+v, want %+v", sp, a, p, want)
		}
		if p, want := pointOf(&got[pickInThread(got, sp, &a, aa, ab)]), refPickInThread(ref, sp, a); p != want {
			t.Fatalf("%+v around %+v: pickInThread %+v, want %+v", sp, a, p, want)
		}
		// pickByTense asks the tense only where it chooses by it: where it
		// does not ask, every tense chooses the same
		for tense := grammar.TensePast; tense <= grammar.TenseFuture; tense++ {
			if p, want := pointOf(&got[pickByTense(got, sp, &a, aa, ab, func() int { return tense })]), refPickByTense(ref, sp, a, tense); p != want {
				t.Fatalf("%+v around %+v, tense %d: pickByTense %+v, want %+v", sp, a, tense, p, want)
			}
		}
	}
}

// Two days share an ISO year and week exactly when isoWeekOf numbers them
// alike, before Christ too.
func TestISOWeekOfAsISOWeek(t *testing.T) {
	r := randv2.New(randv2.NewPCG(56, 78))
	for range 20000 {
		d := r.IntN(1600000) - 1000000
		td := time.Unix(int64(d)*secondsPerDay, 0).UTC()
		for k := -8; k <= 8; k++ {
			te := td.AddDate(0, 0, k)
			dy, dw := td.ISOWeek()
			ey, ew := te.ISOWeek()
			if same := dy == ey && dw == ew; same != (isoWeekOf(d) == isoWeekOf(d+k)) {
				t.Fatalf("%v and %v: one ISO week %v, isoWeekOf %d and %d", td, te, same, isoWeekOf(d), isoWeekOf(d+k))
			}
		}
	}
}

// farFrom, on days, answers as the times' durations did: a date's bounds
// lie more than a year (365 days) from the document date, on either side,
// around the edge and far off (where Sub saturates), before Christ too.
func TestFarFromAsSub(t *testing.T) {
	const year = 365 * 24 * time.Hour
	r := randv2.New(randv2.NewPCG(90, 12))
	for range 30000 {
		p := randomAnchor(r)
		a, b := p.Bounds()
		var dct time.Time
		switch r.IntN(3) {
		case 0:
			dct = a.AddDate(0, 0, 360+r.IntN(11))
		case 1:
			dct = b.AddDate(0, 0, -360-r.IntN(11))
		default:
			dct = timeline.Day(r.IntN(4000)-1000, time.Month(1+r.IntN(12)), 1+r.IntN(28))
		}
		want := dct.Sub(b) > year || a.Sub(dct) > year
		if got := farFrom(unixDay(dct), unixDay(a), unixDay(b)); got != want {
			t.Fatalf("%+v (%v to %v) from %v: far %v, want %v", p, a, b, dct, got, want)
		}
	}
}

// pickOccurrence takes the bounds of the document date's day, which is
// the anchor when the thread is not (fromDCT), from the document date: it
// picks as it did from the day's bounds.
func TestPickOccurrenceFromDCTAsBounded(t *testing.T) {
	hs := DefaultHolidays()
	r := randv2.New(randv2.NewPCG(34, 56))
	toks, rd, cands := fridaySentence(t)
	for range 3000 {
		dct := timeline.Day(r.IntN(2400)-300, time.Month(1+r.IntN(12)), 1+r.IntN(31))
		res := newResolver(rd, toks, dct, ModeNews, false)
		var choice anchorChoice
		ok := res.fromDCT(&choice, timeline.AnchorNews)
		if !ok || choice.thread || choice.p != &res.dctDay {
			t.Fatalf("%v: fromDCT gives %+v, %v", dct, choice, ok)
		}
		c := cands[0]
		c.Spec = randomNamed(r, hs)
		c.Spec.Pick = grammar.PickTense
		if r.IntN(3) == 0 {
			c.Spec.Pick = grammar.Pick(r.IntN(5))
		}
		var got grammar.Point
		res.pickOccurrence(&c, c.Spec, choice.p, false, &got)
		if want := refPickFromDCT(res, &c, *choice.p); got != want {
			t.Fatalf("%+v from %v: %+v, want %+v", c.Spec, dct, got, want)
		}
	}
}

// fridaySentence tokenizes and scans a sentence holding one weekday
// name, "Friday", whose expressions the tests above and below dress with
// random specs.
func fridaySentence(t *testing.T) (*lex.Tokenized, grammar.Reader, []grammar.Cand) {
	t.Helper()
	opts := Options{}
	toks := Tokenize("Officials said on Friday that the talks would resume.", opts)
	rd := reader(toks, opts)
	cands := rd.Scan()
	if len(cands) == 0 {
		t.Fatal("no expression found")
	}
	return toks, rd, cands
}

// refPickFromDCT is pickOccurrence from a, the document date's day, with
// a's bounds worked out as any anchor's.
func refPickFromDCT(res *resolver, c *grammar.Cand, a grammar.Point) grammar.Point {
	sp := c.Spec
	first, last := a.Bounds()
	aa, ab := unixDay(first), unixDay(last)
	cands := occurrences(nil, sp, &a, first)
	switch {
	case len(cands) == 0:
		return a
	case sp.Pick != grammar.PickTense:
		return pointOf(&cands[pickByWord(cands, sp, &a, aa, ab)])
	}
	return pointOf(&cands[pickByTense(cands, sp, &a, aa, ab, func() int {
		if sp.Holiday != nil || sp.Weekday == 0 && sp.Base.Gran == timeline.GranDay || !res.rd.Deadline(c) {
			return res.rd.Tense(c)
		}
		return grammar.TenseFuture
	})])
}

// pointOf is o's point, as pointTo sets it.
func pointOf(o *occurrence) grammar.Point {
	var p grammar.Point
	o.pointTo(&p)
	return p
}

// pickOccurrence puts its occurrences in the resolver's room for them,
// kept from one name to the next, not in an array of its own zeroed each
// call: one resolver asked 20,000 random names in a row, from random
// anchors, the thread's and the document date's, must pick as a new
// resolver asked each alone picks (an occurrence read but not written
// anew would carry the one before's; a day's point, left as the room
// held it, is now and then made any point first).
func TestPickOccurrenceReusesRoom(t *testing.T) {
	hs := DefaultHolidays()
	r := randv2.New(randv2.NewPCG(56, 78))
	toks, rd, cands := fridaySentence(t)
	dct := timeline.Day(1998, time.January, 8)
	kept := newResolver(rd, toks, dct, ModeNews, false)
	for range 20000 {
		c := cands[0]
		c.Spec = randomNamed(r, hs)
		a, thread := randomAnchor(r), r.IntN(2) == 0
		if !thread {
			a = kept.dctDay
		}
		if r.IntN(2) == 0 { // what the room holds of a day's point is never read
			for k := range kept.occurrences {
				kept.occurrences[k].p = randomAnchor(r)
			}
		}
		var got, want grammar.Point
		kept.pickOccurrence(&c, c.Spec, &a, thread, &got)
		newResolver(rd, toks, dct, ModeNews, false).pickOccurrence(&c, c.Spec, &a, thread, &want)
		if got != want {
			t.Fatalf("%+v from %+v (thread %v): %+v, a new resolver %+v", c.Spec, a, thread, got, want)
		}
	}
}
