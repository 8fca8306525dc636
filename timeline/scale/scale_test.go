package scale

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// measure approximates a proportional font: 7 px per character.
func measure(s string) float32 { return 7 * float32(utf8.RuneCountInString(s)) }

func TestXTimeRoundTrip(t *testing.T) {
	s := Scale{Start: day(2024, 1, 1), End: day(2026, 1, 1), Width: 1000}
	if x := s.X(s.Start); x != 0 {
		t.Errorf("X(Start) = %v, want 0", x)
	}
	if x := s.X(s.End); x != 1000 {
		t.Errorf("X(End) = %v, want 1000", x)
	}
	for _, x := range []float32{0, 1, 250.5, 999, -40, 1400} {
		if got := s.X(s.Time(x)); math.Abs(float64(got-x)) > 1e-3 {
			t.Errorf("X(Time(%v)) = %v", x, got)
		}
	}
	mid := s.Time(500)
	if want := day(2025, 1, 1); mid.Sub(want).Abs() > 24*time.Hour {
		t.Errorf("Time(500) = %v, want about %v", mid, want)
	}
}

func TestZoomKeepsTimeUnderPointer(t *testing.T) {
	s := Scale{Start: day(2024, 8, 1), End: day(2026, 1, 2), Width: 1200}
	for _, x := range []float32{0, 137, 600, 1199.5} {
		for _, f := range []float64{1.25, 2, 10, 0.8, 0.1} {
			before := s.Time(x)
			z := s.ZoomAt(f, x)
			if d := z.Time(x).Sub(before).Abs(); d > time.Second {
				t.Errorf("ZoomAt(%v, %v): time under pointer moved by %v", f, x, d)
			}
			wantSpan := s.span() / f
			if got := z.span(); math.Abs(got-wantSpan) > 1 {
				t.Errorf("ZoomAt(%v, %v): span %v s, want %v s", f, x, got, wantSpan)
			}
		}
	}
}

func TestZoomClampsSpan(t *testing.T) {
	s := Scale{Start: day(2024, 1, 1), End: day(2024, 1, 2), Width: 800}
	in := s
	for range 100 {
		in = in.ZoomAt(2, 400)
	}
	if got := time.Duration(in.span() * float64(time.Second)); got < MinSpan-time.Millisecond {
		t.Errorf("zoomed in to %v, below MinSpan %v", got, MinSpan)
	}
	out := s
	for range 100 {
		out = out.ZoomAt(0.5, 400)
	}
	if years := out.span() / (365.2425 * 86400); years > 20001 {
		t.Errorf("zoomed out to %.0f years", years)
	}
	for _, f := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if got := s.ZoomAt(f, 10); got != s {
			t.Errorf("ZoomAt(%v) changed the scale to %+v", f, got)
		}
	}
}

func TestPan(t *testing.T) {
	s := Scale{Start: day(2025, 1, 1), End: day(2025, 12, 31), Width: 900}
	ref := day(2025, 6, 1)
	p := s.Pan(120)
	if got, want := p.X(ref), s.X(ref)+120; math.Abs(float64(got-want)) > 1e-2 {
		t.Errorf("after Pan(120), X(ref) = %v, want %v", got, want)
	}
	if p.span() != s.span() {
		t.Errorf("Pan changed the span from %v to %v", s.span(), p.span())
	}
	if !p.Start.Before(s.Start) {
		t.Errorf("dragging right should show earlier times: start %v -> %v", s.Start, p.Start)
	}
	back := p.Pan(-120)
	if d := back.Start.Sub(s.Start).Abs(); d > time.Second {
		t.Errorf("Pan(120) then Pan(-120) moved start by %v", d)
	}
}

func TestUnixSecondsRoundTrip(t *testing.T) {
	for _, want := range []time.Time{day(-8000, 1, 1), day(0, 3, 1), day(2024, 12, 31).Add(90 * time.Minute), day(12000, 6, 30)} {
		if got := FromUnixSeconds(UnixSeconds(want)); got.Sub(want).Abs() > time.Millisecond {
			t.Errorf("FromUnixSeconds(UnixSeconds(%v)) = %v", want, got)
		}
	}
}

func TestCentreOn(t *testing.T) {
	years := func(s Scale) float64 { return s.span() / (365.2425 * 86400) }
	// A view of millennia keeps its span (time.Duration would stop at 292
	// years) and puts the range's middle under its centre.
	s := Scale{Start: day(0, 1, 1), End: day(2500, 1, 1), Width: 1000}
	c := s.CentreOn(day(2024, 1, 1), day(2025, 1, 1))
	if math.Abs(years(c)-years(s)) > 1e-6 || c.Width != 1000 {
		t.Errorf("span %.3f years over %v px, want %.3f over 1000", years(c), c.Width, years(s))
	}
	if x := c.X(day(2024, 7, 2)); math.Abs(float64(x-500)) > 0.01 {
		t.Errorf("middle of the range at x=%v, want 500", x)
	}
	// A range longer than the view widens it to four fifths of the width,
	// whichever way round it is given.
	s = Scale{Start: day(2010, 1, 1), End: day(2020, 1, 1), Width: 1000}
	c = s.CentreOn(day(2000, 1, 1), day(1000, 1, 1))
	if a, b := c.X(day(1000, 1, 1)), c.X(day(2000, 1, 1)); math.Abs(float64(a-100)) > 0.01 || math.Abs(float64(b-900)) > 0.01 {
		t.Errorf("range drawn over x=%v..%v, want 100..900", a, b)
	}
}

func TestFit(t *testing.T) {
	a, b := day(2024, 8, 1), day(2026, 1, 1)
	s := Fit(a, b, 1000)
	xa, xb := s.X(a), s.X(b)
	if xa < 40 || xa > 60 || xb < 940 || xb > 960 {
		t.Errorf("Fit put the range at %v..%v of 1000 px, want a 5%% margin", xa, xb)
	}
	if s2 := Fit(b, a, 1000); s2 != s {
		t.Errorf("Fit with swapped bounds differs: %+v vs %+v", s2, s)
	}
	one := Fit(a, a, 1000)
	if !one.Valid() || one.X(a) < 400 || one.X(a) > 600 {
		t.Errorf("Fit of a single day: %+v, X = %v", one, one.X(a))
	}
}

// stepOf reports the spacing of generated ticks, checking they lie on
// calendar boundaries of that unit.
func checkCalendar(t *testing.T, name string, ticks []Tick, check func(time.Time) bool) {
	t.Helper()
	if len(ticks) < 2 {
		t.Fatalf("%s: %d ticks, want at least 2", name, len(ticks))
	}
	for _, tk := range ticks {
		if !check(tk.Time) {
			t.Errorf("%s: tick %v (%q) is off the calendar grid", name, tk.Time, tk.Label)
		}
	}
}

func labels(ticks []Tick) string {
	var b []string
	for _, t := range ticks {
		l := t.Label
		if t.Major {
			l = "*" + l
		}
		b = append(b, l)
	}
	return strings.Join(b, " ")
}

func TestTicksAcrossGranularities(t *testing.T) {
	cases := []struct {
		name       string
		start, end time.Time
		check      func(time.Time) bool
		contains   []string
	}{
		{"two days", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC),
			func(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 },
			[]string{"*Jan 2026", "2 Jan", "3 Jan"}},
		{"days", day(2025, 12, 25), day(2026, 1, 8),
			func(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 },
			[]string{"31 Dec", "*Jan 2026", "2 Jan"}},
		{"weeks", day(2025, 11, 15), day(2026, 2, 15),
			func(t time.Time) bool { return t.Weekday() == time.Monday && t.Hour() == 0 },
			[]string{"29 Dec", "*5 Jan 2026"}},
		{"months", day(2024, 6, 1), day(2026, 2, 1),
			func(t time.Time) bool { return t.Day() == 1 && t.Hour() == 0 },
			[]string{"Aug", "Dec", "*2025", "*2026"}},
		{"years", day(1990, 1, 1), day(2030, 1, 1),
			func(t time.Time) bool { return t.YearDay() == 1 && t.Hour() == 0 },
			[]string{"*2000", "*2020"}},
		{"centuries", day(1000, 1, 1), day(2100, 1, 1),
			func(t time.Time) bool { return t.YearDay() == 1 && t.Year()%50 == 0 },
			[]string{"1050", "*1500", "*2000"}},
		{"millennia", day(-8000, 1, 1), day(2030, 1, 1),
			func(t time.Time) bool { return t.YearDay() == 1 },
			[]string{"*5000 BC", "1000 BC", "AD 1"}},
	}
	for _, c := range cases {
		s := Scale{Start: c.start, End: c.end, Width: 1200}
		ticks := s.Ticks(measure)
		checkCalendar(t, c.name, ticks, c.check)
		got := labels(ticks)
		for _, want := range c.contains {
			if !strings.Contains(" "+got+" ", " "+want+" ") {
				t.Errorf("%s: labels %q lack %q", c.name, got, want)
			}
		}
		if overlapping(ticks, measure) {
			t.Errorf("%s: labels overlap: %q", c.name, got)
		}
		for i := 1; i < len(ticks); i++ {
			if !ticks[i].Time.After(ticks[i-1].Time) || ticks[i].X <= ticks[i-1].X {
				t.Errorf("%s: ticks out of order at %d", c.name, i)
			}
		}
	}
}

func TestTicksContext(t *testing.T) {
	cases := []struct {
		start, end time.Time
		first      string
	}{
		{day(2025, 12, 20).Add(-12 * time.Hour), day(2025, 12, 28), "20 Dec 2025"},
		{day(2025, 5, 20), day(2025, 10, 20), "Jun 2025"},
		// A tick at the very edge is not drawn whole: the next says the year.
		{day(-43, 3, 2), day(-43, 3, 20), "3 Mar 44 BC"},
		// The year tick has scrolled off: the months before the next one
		// still say their year.
		{day(2024, 2, 10), day(2025, 6, 1), "Mar 2024"},
	}
	for _, c := range cases {
		ticks := (Scale{Start: c.start, End: c.end, Width: 1200}).Ticks(measure)
		// Ticks before the first that says the year are too near the left
		// edge to be drawn whole with it.
		year := YearLabel(c.start.Year())
		for len(ticks) > 0 && !strings.Contains(ticks[0].Label, year) && !ticks[0].Major {
			if ticks[0].X-measure(ticks[0].Label+" "+year)/2 >= 0 {
				t.Errorf("%v..%v: %q could say the year", c.start, c.end, ticks[0].Label)
			}
			ticks = ticks[1:]
		}
		if len(ticks) == 0 || ticks[0].Label != c.first {
			t.Errorf("%v..%v: labels %s, want the first to read %q", c.start, c.end, labels(ticks), c.first)
		}
		for _, tk := range ticks[1:] {
			if !tk.Major && strings.Contains(tk.Label, YearLabel(c.start.Year())) {
				t.Errorf("%v..%v: only the first label carries the context, got %q", c.start, c.end, tk.Label)
			}
		}
	}
}

func TestTicksBC(t *testing.T) {
	s := Scale{Start: day(-350, 1, 1), End: day(350, 1, 1), Width: 1200}
	got := labels(s.Ticks(measure))
	for _, want := range []string{"300 BC", "100 BC", "100", "300"} {
		if !strings.Contains(" "+got+" ", " "+want+" ") {
			t.Errorf("labels %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "0 BC ") && strings.Contains(got, " 0 ") {
		t.Errorf("labels %q show a year 0", got)
	}
	// Around the era boundary the steps of ten years and more mark AD 1.
	for n, want := range map[int]int{10: 1, 100: 1, 1000: 1, 5: 5, 2: 2} {
		if got := alignedYear(0, n); got != want {
			t.Errorf("alignedYear(0, %d) = %d, want %d", n, got, want)
		}
	}
	if got := alignedYear(-150, 100); got != -99 {
		t.Errorf("alignedYear(-150, 100) = %d, want -99 (100 BC)", got)
	}
	// 44 BC is astronomical year -43.
	if YearLabel(-43) != "44 BC" || YearLabel(0) != "1 BC" || YearLabel(1) != "1" {
		t.Errorf("YearLabel: %q %q %q", YearLabel(-43), YearLabel(0), YearLabel(1))
	}
}

// TestNoOverlapAtAnyZoom zooms from hours out to twenty millennia around
// the sample article's dates, at several widths and pointer positions, and
// checks that the labels never overlap and the axis is never empty.
func TestNoOverlapAtAnyZoom(t *testing.T) {
	for _, width := range []float32{320, 800, 1200, 3840} {
		for _, x := range []float32{0, width / 3, width} {
			s := Fit(day(2024, 8, 1), day(2026, 1, 1), width)
			s = s.ZoomAt(1e6, x) // down to the minimum span
			for i := 0; i < 200 && s.span() < maxSpanSeconds; i++ {
				ticks := s.Ticks(measure)
				if len(ticks) < 2 && width >= 800 {
					t.Fatalf("width %v, span %v: %d ticks", width, s.End.Sub(s.Start), len(ticks))
				}
				if overlapping(ticks, measure) {
					t.Fatalf("width %v, span %v..%v: labels overlap: %s", width, s.Start, s.End, labels(ticks))
				}
				s = s.ZoomAt(1/1.3, x)
			}
		}
	}
}

func TestTicksDegenerate(t *testing.T) {
	if got := (Scale{}).Ticks(measure); got != nil {
		t.Errorf("zero scale: %v", got)
	}
	s := Scale{Start: day(2024, 1, 1), End: day(2025, 1, 1), Width: 1200}
	if got := s.Ticks(nil); got != nil {
		t.Errorf("nil measure: %v", got)
	}
	// A label wider than the axis: whatever is kept must not overlap.
	wide := func(string) float32 { return 5000 }
	if ticks := s.Ticks(wide); overlapping(ticks, wide) || len(ticks) > 1 {
		t.Errorf("huge labels: %s", labels(ticks))
	}
}

func BenchmarkTicks(b *testing.B) {
	s := Fit(day(2024, 8, 1), day(2026, 1, 1), 3840)
	for b.Loop() {
		s.Ticks(measure)
	}
}

// FuzzTicks feeds arbitrary ranges and widths: Ticks must not panic or run
// long, and what it returns must be in order, inside the range and not
// overlapping.
func FuzzTicks(f *testing.F) {
	f.Add(int64(1704067200), int64(86400*30), float32(1200))
	f.Add(int64(-62135596800*3), int64(86400*365*9000), float32(300))
	f.Add(int64(0), int64(3600), float32(5000))
	f.Add(int64(1<<40), int64(1<<50), float32(1e6))
	f.Fuzz(func(t *testing.T, start, span int64, width float32) {
		if span <= 0 || span > 1<<52 || start < -1<<52 || start > 1<<52 {
			return
		}
		s := Scale{Start: time.Unix(start, 0).UTC(), End: time.Unix(start+span, 0).UTC(), Width: width}
		ticks := s.Ticks(measure)
		if len(ticks) > maxTicks {
			t.Fatalf("%d ticks", len(ticks))
		}
		for i, tk := range ticks {
			if tk.Time.Before(s.Start) || tk.Time.After(s.End) {
				t.Fatalf("tick %v outside %v..%v", tk.Time, s.Start, s.End)
			}
			if i > 0 && !tk.Time.After(ticks[i-1].Time) {
				t.Fatalf("ticks out of order at %d", i)
			}
		}
		if overlapping(ticks, measure) {
			t.Fatalf("labels overlap: %s", labels(ticks))
		}
	})
}
