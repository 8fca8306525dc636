package extract

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
)

// randomPoint draws a point from few values of each field, so that two
// drawn often differ in one field only.
func randomPoint(rng *rand.Rand) grammar.Point {
	strs := []string{"", "", "", "MO", "EV", "SU"}
	return grammar.Point{
		Gran:    []timeline.Granularity{timeline.GranDay, timeline.GranMonth, timeline.GranYear, timeline.GranWeek, timeline.GranSeason, timeline.GranHour, timeline.GranMinute}[rng.IntN(7)],
		Year:    1997 + rng.IntN(3),
		Month:   1 + rng.IntN(3),
		Day:     1 + rng.IntN(3),
		Week:    rng.IntN(2),
		Quarter: rng.IntN(2),
		Half:    rng.IntN(2),
		Season:  strs[rng.IntN(len(strs))],
		Weekend: rng.IntN(4) == 0,
		Part:    strs[rng.IntN(len(strs))],
		Hour:    rng.IntN(2),
		Minute:  rng.IntN(2),
	}
}

// samePoint is ==, on points that differ in one field or none, and
// compares every field Point has: one added to Point must be added to it.
func TestSamePointAsEqual(t *testing.T) {
	if n := reflect.TypeFor[grammar.Point]().NumField(); n != 12 {
		t.Fatalf("grammar.Point has %d fields: samePoint compares 12", n)
	}
	rng := rand.New(rand.NewPCG(12, 99))
	for range 200_000 {
		a, b := randomPoint(rng), randomPoint(rng)
		if rng.IntN(2) == 0 { // b is a with one field, or none, drawn anew
			drawn := reflect.ValueOf(b)
			b = a
			if i := rng.IntN(13); i < 12 {
				reflect.ValueOf(&b).Elem().Field(i).Set(drawn.Field(i))
			}
		}
		if got, want := samePoint(&a, &b), a == b; got != want {
			t.Fatalf("samePoint(%+v, %+v) = %v, want %v", a, b, got, want)
		}
	}
}

// The memo answers each point and mod with its Value, Interval and days, on
// 100,000 random points and mods, many of them asked again.
func TestPlacedMemoAsComputed(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 7))
	mods := []string{"", "", "START", "MID", "END", "APPROX"}
	for _, tokens := range []int{0, 300, 1 << 20} {
		m := newPlacedMemo(tokens)
		for range 100_000 {
			p, mod := randomPoint(rng), mods[rng.IntN(len(mods))]
			p.Gran = []timeline.Granularity{timeline.GranDay, timeline.GranMonth, timeline.GranYear, timeline.GranWeek, timeline.GranDecade}[rng.IntN(5)]
			s := m.of(&p, mod)
			v, iv := s.value, s.iv
			if want, wantIV := p.Value(), p.Interval(mod); v != want || iv != wantIV {
				t.Fatalf("%d tokens: of(%+v, %q) = %q %+v, want %q %+v", tokens, p, mod, v, iv, want, wantIV)
			}
			if first, last := p.DayBounds(); s.first != first || s.last != last {
				t.Fatalf("%d tokens: of(%+v, %q) days %d .. %d, want %d .. %d", tokens, p, mod, s.first, s.last, first, last)
			}
		}
	}
}

// resolve sets each field of r.item by hand rather than by a composite
// literal, which would zero a field it leaves out: a new field must be set
// there too.
func TestListItemFieldsSetByResolve(t *testing.T) {
	if n := reflect.TypeFor[listItem]().NumField(); n != 5 {
		t.Fatalf("listItem has %d fields, resolve sets 5 of r.item", n)
	}
}
