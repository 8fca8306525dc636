package grammar

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"strconv"
	"testing"
	"time"
	"unsafe"

	"retrace/timeline"
)

// sprintfValue is how Value wrote points with fmt; Value writes them by
// hand now, and must write the same.
func sprintfValue(p Point) string {
	ys := func(y int) string {
		if y < 0 {
			return fmt.Sprintf("-%04d", -y)
		}
		return fmt.Sprintf("%04d", y)
	}
	ys0 := ys
	ys = func(y int) string { // the year of a date: before Christ written BC
		if y <= 0 {
			return fmt.Sprintf("BC%04d", 1-y)
		}
		return fmt.Sprintf("%04d", y)
	}
	switch p.Gran {
	case timeline.GranMinute:
		return fmt.Sprintf("%s-%02d-%02dT%02d:%02d", ys(p.Year), p.Month, p.Day, p.Hour, p.Minute)
	case timeline.GranHour:
		return fmt.Sprintf("%s-%02d-%02dT%02d:00", ys(p.Year), p.Month, p.Day, p.Hour)
	case timeline.GranDay:
		s := fmt.Sprintf("%s-%02d-%02d", ys(p.Year), p.Month, p.Day)
		if p.Part != "" {
			s += "T" + p.Part
		}
		return s
	case timeline.GranWeek:
		s := fmt.Sprintf("%s-W%02d", ys(p.Year), p.Week)
		if p.Weekend {
			s += "-WE"
		}
		return s
	case timeline.GranMonth:
		return fmt.Sprintf("%s-%02d", ys(p.Year), p.Month)
	case timeline.GranSeason:
		switch {
		case p.Quarter > 0:
			return fmt.Sprintf("%s-Q%d", ys(p.Year), p.Quarter)
		case p.Half > 0:
			return fmt.Sprintf("%s-H%d", ys(p.Year), p.Half)
		default:
			return ys(p.Year) + "-" + p.Season
		}
	case timeline.GranYear:
		if p.Year <= 0 {
			return fmt.Sprintf("BC%04d", 1-p.Year)
		}
		return ys(p.Year)
	case timeline.GranDecade:
		return ys0(p.Year)[:3]
	case timeline.GranCentury:
		if p.Year < 0 {
			return fmt.Sprintf("BC%02d", (-p.Year-98)/100)
		}
		return ys0(p.Year)[:2]
	case timeline.GranMillennium:
		return ys0(p.Year)[:1]
	}
	return ""
}

func TestValueAsSprintf(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	grans := []timeline.Granularity{timeline.GranUnknown, timeline.GranMinute, timeline.GranHour, timeline.GranDay, timeline.GranWeek,
		timeline.GranMonth, timeline.GranSeason, timeline.GranYear, timeline.GranDecade, timeline.GranCentury, timeline.GranMillennium}
	for range 200000 {
		p := Point{Gran: grans[r.Intn(len(grans))], Year: r.Intn(30000) - 15000, Month: r.Intn(13), Day: r.Intn(32),
			Week: r.Intn(54), Quarter: r.Intn(5), Half: r.Intn(3), Hour: r.Intn(24), Minute: r.Intn(60),
			Weekend: r.Intn(2) == 0}
		if r.Intn(3) == 0 {
			p.Part = "NI"
		}
		if r.Intn(3) == 0 {
			p.Season = "SU"
		}
		if got, want := p.Value(), sprintfValue(p); got != want {
			t.Fatalf("%+v: Value %q, fmt %q", p, got, want)
		}
	}
}

// paddedByStrconv is how appendPadded wrote numbers before it wrote their
// digits by hand: zeros for each power of ten above n up to width, then n.
func paddedByStrconv(b []byte, n, width int) []byte {
	for p, w := 10, 1; w < width; p, w = p*10, w+1 {
		if n < p {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func TestAppendPaddedAsStrconv(t *testing.T) {
	r := randv2.New(randv2.NewPCG(3, 4))
	for range 100000 {
		n := r.IntN(1 << r.IntN(40))
		if r.IntN(10) == 0 {
			n = -n
		}
		width := r.IntN(7)
		if got, want := string(appendPadded([]byte("x"), n, width)), string(paddedByStrconv([]byte("x"), n, width)); got != want {
			t.Fatalf("appendPadded(%d, %d) = %q, want %q", n, width, got, want)
		}
	}
}

// DaysIn counts the days of a month as the calendar of package time does,
// before Christ and for months out of range too.
func TestDaysInAsTime(t *testing.T) {
	for y := -2400; y <= 2400; y++ {
		for m := -14; m <= 26; m++ {
			if got, want := DaysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("DaysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

// AddDays gives AddDate's day for every day of the calendar the tagger
// places, both ways and past the Duration it adds in.
func TestAddDaysIsAddDate(t *testing.T) {
	r := randv2.New(randv2.NewPCG(7, 8))
	for range 100000 {
		d := timeline.Day(r.IntN(6000)-3000, time.Month(1+r.IntN(12)), 1+r.IntN(31))
		n := r.IntN(2*maxAddDays+20000) - maxAddDays - 10000
		if r.IntN(4) == 0 {
			n = r.IntN(800) - 400
		}
		if got, want := AddDays(d, n), d.AddDate(0, 0, n); !got.Equal(want) {
			t.Fatalf("AddDays(%v, %d) = %v, want %v", d, n, got, want)
		}
	}
}

// A month and a season end on their last day, whatever their length.
func TestBoundsOfMonthsAndSeasons(t *testing.T) {
	for y := 1896; y <= 2104; y++ {
		for m := 1; m <= 12; m++ {
			p := Point{Gran: timeline.GranMonth, Year: y, Month: m}
			a, b := p.Bounds()
			if want := timeline.Day(y, time.Month(m), 1).AddDate(0, 1, -1); !a.Equal(timeline.Day(y, time.Month(m), 1)) || !b.Equal(want) {
				t.Fatalf("%d-%02d: %v .. %v, want .. %v", y, m, a, b, want)
			}
		}
		for _, season := range []string{"SP", "SU", "FA", "WI"} {
			p := Point{Gran: timeline.GranSeason, Year: y, Season: season}
			_, b := p.Bounds()
			if want := timeline.Day(y, time.Month(seasonMonths[season][1])+1, 1).AddDate(0, 0, -1); !b.Equal(want) {
				t.Fatalf("%s %d ends %v, want %v", season, y, b, want)
			}
		}
	}
}

// refCoarsen is Coarsen as written on the point's first day as a time.
func refCoarsen(p Point, g timeline.Granularity) Point {
	d := p.AnyDate()
	y, m, day := d.Date()
	switch g {
	case timeline.GranDay:
		return Point{Gran: g, Year: y, Month: int(m), Day: day}
	case timeline.GranWeek:
		iy, iw := d.ISOWeek()
		return Point{Gran: g, Year: iy, Week: iw}
	case timeline.GranMonth:
		return Point{Gran: g, Year: y, Month: int(m)}
	case timeline.GranSeason:
		return Point{Gran: g, Year: y, Quarter: (int(m)-1)/3 + 1}
	case timeline.GranYear:
		return Point{Gran: g, Year: y}
	case timeline.GranDecade:
		return Point{Gran: g, Year: FloorDiv(y, 10) * 10}
	case timeline.GranCentury:
		return Point{Gran: g, Year: FloorDiv(y, 100) * 100}
	case timeline.GranMillennium:
		return Point{Gran: g, Year: FloorDiv(y, 1000) * 1000}
	}
	return p
}

// Coarsen reads a day of the calendar off the point: it coarsens every
// point, of every granularity, to every one as its first day's time does,
// days out of their month (February 30, the 0th, the 32nd, month 13),
// nights and years before Christ among them.
func TestCoarsenAsFirstDay(t *testing.T) {
	r := randv2.New(randv2.NewPCG(9, 10))
	for range 200000 {
		p := Point{Gran: timeline.Granularity(r.IntN(int(timeline.GranMillennium) + 1)), Year: r.IntN(4400) - 400,
			Month: r.IntN(14), Day: r.IntN(33), Week: 1 + r.IntN(53), Quarter: r.IntN(5), Hour: r.IntN(24), Minute: r.IntN(60)}
		if p.Quarter == 0 && r.IntN(2) == 0 {
			p.Half = 1 + r.IntN(2)
		}
		if p.Quarter == 0 && p.Half == 0 {
			p.Season = []string{"SP", "SU", "FA", "WI"}[r.IntN(4)]
		}
		if r.IntN(4) == 0 {
			p.Part = "NI"
		}
		if p.Month == 0 && r.IntN(2) == 0 {
			p.Month = 1 + r.IntN(12)
		}
		for g := timeline.GranUnknown; g <= timeline.GranMillennium; g++ {
			if got, want := p.Coarsen(g), refCoarsen(p, g); got != want {
				t.Fatalf("%+v coarsened to %v: %+v, want %+v", p, g, got, want)
			}
		}
	}
}

// DayBounds gives the days Bounds gives, as Unix day numbers: points of
// every granularity, days and months out of range (the 0th, the 32nd,
// month 13 and -1), nights, weekends, ISO weeks 0 to 54, years before
// Christ and far out.
func TestDayBoundsAsBounds(t *testing.T) {
	r := randv2.New(randv2.NewPCG(23, 55))
	seasons := []string{"SP", "SU", "FA", "WI"}
	years := func() int {
		switch r.IntN(8) {
		case 0:
			return r.IntN(1<<26) - 1<<25 // past timeline.UnixDay's own arithmetic
		case 1:
			return r.IntN(800000) - 400000
		}
		return r.IntN(4400) - 400
	}
	for range 300000 {
		p := Point{Gran: timeline.Granularity(r.IntN(int(timeline.GranMillennium) + 2)), Year: years(),
			Month: r.IntN(16) - 1, Day: r.IntN(34) - 1, Week: r.IntN(56) - 1, Weekend: r.IntN(4) == 0}
		switch r.IntN(4) {
		case 0:
			p.Part = "NI"
		case 1:
			p.Part = "MO"
		}
		switch r.IntN(3) {
		case 0:
			p.Quarter = 1 + r.IntN(4)
		case 1:
			p.Half = 1 + r.IntN(2)
		default:
			p.Season = seasons[r.IntN(4)]
		}
		a, b := p.Bounds()
		wa, wb := unixDay(a), unixDay(b)
		if ga, gb := p.DayBounds(); ga != wa || gb != wb {
			t.Fatalf("%+v: days %d .. %d, want %d .. %d (%v .. %v)", p, ga, gb, wa, wb, a, b)
		}
	}
}

// unixDay is the Unix day number of t, a UTC midnight.
func unixDay(t time.Time) int { return int(t.Unix() / (24 * 60 * 60)) }

// Shift by days moves a day within its month in place: it gives what
// WithDate gives of the shifted first day, on days of every granularity
// finer than a week, days and months out of range, parts of day and shifts
// that leave the month or the year.
func TestShiftDaysAsWithDate(t *testing.T) {
	r := randv2.New(randv2.NewPCG(11, 12))
	for range 200000 {
		p := Point{Gran: timeline.Granularity(r.IntN(int(timeline.GranMillennium) + 1)), Year: r.IntN(4400) - 400,
			Month: r.IntN(14), Day: r.IntN(33), Week: 1 + r.IntN(53), Hour: r.IntN(24), Minute: r.IntN(60)}
		if r.IntN(2) == 0 {
			p.Gran = timeline.Granularity(int(timeline.GranMinute) + r.IntN(3))
		}
		if r.IntN(4) == 0 {
			p.Part = []string{"MO", "NI"}[r.IntN(2)]
		}
		n := r.IntN(81) - 40
		if got, want := p.Shift(timeline.GranDay, n), p.WithDate(AddDays(p.AnyDate(), n)); got != want {
			t.Fatalf("%+v shifted %d days: %+v, want %+v", p, n, got, want)
		}
	}
}

// Shift by weeks moves a week within the 52 weeks of its ISO year in
// place: it gives what WithDate gives of the shifted first day, on weeks 0
// to 54, weekends, other fields set and shifts that leave the year.
func TestShiftWeeksAsWithDate(t *testing.T) {
	r := randv2.New(randv2.NewPCG(13, 14))
	for range 200000 {
		p := Point{Gran: timeline.GranWeek, Year: r.IntN(4400) - 400, Week: r.IntN(55), Weekend: r.IntN(2) == 0}
		if r.IntN(8) == 0 {
			p.Gran = timeline.Granularity(r.IntN(int(timeline.GranMillennium) + 1))
			p.Month, p.Day = r.IntN(14), r.IntN(33)
		}
		if r.IntN(8) == 0 {
			p.Part, p.Hour, p.Minute = "NI", r.IntN(24), r.IntN(60)
		}
		n := r.IntN(121) - 60
		if got, want := p.Shift(timeline.GranWeek, n), p.WithDate(AddDays(p.AnyDate(), 7*n)); got != want {
			t.Fatalf("%+v shifted %d weeks: %+v, want %+v", p, n, got, want)
		}
	}
}

// TestSpecBytesShareAWord holds Spec's fields of a byte side by side in its
// last word: a field of a byte between two of eight takes eight bytes of
// every Spec, and nearly every expression found holds one.
func TestSpecBytesShareAWord(t *testing.T) {
	var sp Spec
	if size, last := unsafe.Sizeof(sp), unsafe.Offsetof(sp.Rel); size != last+8 {
		t.Errorf("Spec is %d bytes, its fields of a byte from %d: they take more than its last word", size, last)
	}
}

// The readers of a point (Value, Interval, Bounds, AnyDate, Date,
// isCalendarDay, Coarsen) take it by pointer, not by value, which copied its 112
// bytes at each call: they must leave it as it was, and answer of it what
// they answer of a copy of it made before. Random points of every
// granularity, days and months out of range, nights, weekends, quarters,
// halves and seasons, with every mod.
func TestPointReadersLeaveThePoint(t *testing.T) {
	r := randv2.New(randv2.NewPCG(41, 43))
	seasons := []string{"SP", "SU", "FA", "WI"}
	mods := []string{"", "START", "MID", "END", "APPROX", "BEFORE", "AFTER"}
	for range 100000 {
		p := Point{Gran: timeline.Granularity(r.IntN(int(timeline.GranMillennium) + 2)), Year: r.IntN(4400) - 400,
			Month: r.IntN(16) - 1, Day: r.IntN(34) - 1, Week: r.IntN(56) - 1, Weekend: r.IntN(4) == 0,
			Hour: r.IntN(24), Minute: r.IntN(60)}
		switch r.IntN(3) {
		case 0:
			p.Part = []string{"NI", "MO", "EV"}[r.IntN(3)]
		case 1:
			p.Quarter = 1 + r.IntN(4)
		}
		switch r.IntN(3) {
		case 0:
			p.Half = 1 + r.IntN(2)
		case 1:
			p.Season = seasons[r.IntN(4)]
		}
		was, q := p, p
		mod := mods[r.IntN(len(mods))]
		value, iv := p.Value(), p.Interval(mod)
		a, b := p.Bounds()
		anyDate, date, day := p.AnyDate(), p.Date(), p.isCalendarDay()
		var coarse [timeline.GranMillennium + 1]Point
		for g := range coarse {
			coarse[g] = p.Coarsen(timeline.Granularity(g))
		}
		if p != was {
			t.Fatalf("%+v: read, it became %+v", was, p)
		}
		for g := range coarse {
			if coarse[g] != q.Coarsen(timeline.Granularity(g)) {
				t.Fatalf("%+v coarsened to %v: %+v, of a copy %+v", was, timeline.Granularity(g), coarse[g], q.Coarsen(timeline.Granularity(g)))
			}
		}
		qa, qb := q.Bounds()
		if value != q.Value() || iv != q.Interval(mod) || !a.Equal(qa) || !b.Equal(qb) ||
			!anyDate.Equal(q.AnyDate()) || !date.Equal(q.Date()) || day != q.isCalendarDay() {
			t.Fatalf("%+v (mod %q): %q %+v %v %v %v %v %v, of a copy %q %+v %v %v %v %v %v", was, mod,
				value, iv, a, b, anyDate, date, day, q.Value(), q.Interval(mod), qa, qb, q.AnyDate(), q.Date(), q.isCalendarDay())
		}
	}
}
