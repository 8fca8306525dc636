package extract

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
)

// Every point the resolver holds keeps the value it was kept with while
// later ones are kept, whichever of its holders (last, lastQuarter, story,
// heading, lastDay) hold it, share it or let it go: held to copies of the
// values, on 200,000 random keeps.
func TestKeptAreTheirOwn(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 9))
	r := &resolver{}
	holders := []**grammar.Point{&r.last, &r.lastQuarter, &r.story, &r.heading, &r.lastDay}
	want := make([]grammar.Point, len(holders)) // what each holder held when it took its point
	for n := range 200_000 {
		q := r.keep(&grammar.Point{Year: n, Part: strconv.Itoa(n)})
		// the new point goes to one holder or more, or to none (a copy
		// kept and dropped), and a holder may let its point go
		for h, p := range holders {
			switch rng.IntN(8) {
			case 0, 1:
				*p, want[h] = q, *q
			case 2:
				*p, want[h] = nil, grammar.Point{}
			}
		}
		for h, p := range holders {
			if *p != nil && **p != want[h] {
				t.Fatalf("keep %d: holder %d holds %+v, want %+v", n, h, **p, want[h])
			}
		}
	}
}

// The day the resolver remembers for a bare time later in the sentence is
// a plain day, whether kept on its own or shared with the last date, and
// it is the day of the mention that named it.
func TestLastDayIsPlain(t *testing.T) {
	opts := Options{DCT: timeline.Day(1998, 1, 8), Mode: ModeNews}
	for _, text := range []string{
		"The meeting began at 5 p.m. Friday and ended at 6 a.m.",
		"The meeting began Friday evening and ended at 11 p.m.",
		"The meeting began at 10:30 on Friday and ended at 6 p.m.",
		"On Friday the talks began; on Jan. 3 they ended at 9 p.m.",
		"Prices rose on Tuesday night, then on Dec. 30, 1997, and at noon.",
	} {
		toks := Tokenize(text, opts)
		rd := reader(toks, opts)
		cands := rd.Scan()
		r := newResolver(rd, toks, opts.DCT, opts.Mode, false)
		r.noteYears(cands)
		ids := newIDList(len(cands))
		days := 0
		for n := range cands {
			var m timeline.Mention
			before := r.lastDay
			r.resolve(&m, &cands[n], ids.at(n))
			if r.lastDay == before {
				continue
			}
			days++
			if !isPlainDay(r.lastDay) || timeline.FormatDate(r.lastDay.Date()) != timeline.FormatDate(m.Interval.Earliest) {
				t.Fatalf("%q: after %q the sentence's day is %+v", text, m.Text, *r.lastDay)
			}
		}
		if days == 0 {
			t.Fatalf("%q: no day remembered", text)
		}
	}
}
