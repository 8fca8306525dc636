package scale

import (
	"strconv"
	"time"
)

// Tick is one mark on the time axis.
type Tick struct {
	Time  time.Time
	X     float32
	Label string
	// Major marks a boundary of the next coarser unit (a decade among years,
	// a year among months, a month among days); its label carries that
	// context ("2026", "Jan 2026").
	Major bool
}

// LabelGap is the least horizontal space, in pixels, kept between two tick
// labels.
const LabelGap = 8

// maxTicks bounds the ticks generated for one axis, whatever the width, so
// an absurd scale costs little.
const maxTicks = 4000

// unitKind is the calendar field a tick step counts in.
type unitKind int

const (
	years unitKind = iota
	months
	days
)

// step is one candidate spacing between ticks, e.g. 5 years or 3 months.
type step struct {
	kind unitKind
	n    int
}

// approxSeconds is the nominal length of the step, used only to skip steps
// that would obviously be too dense before generating their ticks.
func (st step) approxSeconds() float64 {
	switch st.kind {
	case years:
		return float64(st.n) * 365.2425 * 86400
	case months:
		return float64(st.n) * 30.436875 * 86400
	default:
		return float64(st.n) * 86400
	}
}

// steps lists candidate spacings from finest to coarsest: days, weeks,
// months, quarters, years, decades, centuries, millennia, with a few
// in-between multiples so zooming changes the density smoothly. There are
// no hours: the timeline's items are whole days, and a "12:00" tick only
// suggests a time of day nobody gave.
var steps = []step{
	{days, 1}, {days, 7},
	{months, 1}, {months, 3},
	{years, 1}, {years, 2}, {years, 5}, {years, 10}, {years, 20}, {years, 50},
	{years, 100}, {years, 200}, {years, 500}, {years, 1000}, {years, 2000}, {years, 5000},
}

// Ticks returns the axis ticks for the visible range: the finest calendar
// step whose labels, centred on their ticks and measured with measure, keep
// at least LabelGap pixels between them. When even the coarsest step is too
// dense for the width, labels are thinned so the ones kept still do not
// overlap.
func (s Scale) Ticks(measure func(string) float32) []Tick {
	if !s.Valid() || measure == nil {
		return nil
	}
	span := s.span()
	if span/steps[len(steps)-1].approxSeconds() > maxTicks {
		return nil // beyond twenty millennia per few pixels: nothing sensible to mark
	}
	for _, st := range steps {
		// A label is at least a few pixels wide: skip steps that cannot fit.
		if n := span / st.approxSeconds(); n > float64(s.Width)/12 || n > maxTicks {
			continue
		}
		ticks := withContext(s.ticksFor(st), st, measure)
		if !overlapping(ticks, measure) {
			return ticks
		}
	}
	return thin(s.ticksFor(steps[len(steps)-1]), measure)
}

// overlapping reports whether any two neighbouring labels come closer than LabelGap.
func overlapping(ticks []Tick, measure func(string) float32) bool {
	prevRight := float32(0)
	for i, t := range ticks {
		w := measure(t.Label)
		left := t.X - w/2
		if i > 0 && left < prevRight+LabelGap {
			return true
		}
		prevRight = t.X + w/2
	}
	return false
}

// thin keeps ticks left to right, dropping any whose label would overlap the
// last one kept.
func thin(ticks []Tick, measure func(string) float32) []Tick {
	var kept []Tick
	prevRight := float32(0)
	for _, t := range ticks {
		w := measure(t.Label)
		if len(kept) > 0 && t.X-w/2 < prevRight+LabelGap {
			continue
		}
		kept = append(kept, t)
		prevRight = t.X + w/2
	}
	return kept
}

// ticksFor generates the ticks of one step that fall inside the range.
func (s Scale) ticksFor(st step) []Tick {
	var ticks []Tick
	add := func(t time.Time, label string, major bool) {
		ticks = append(ticks, Tick{Time: t, X: s.X(t), Label: label, Major: major})
	}
	switch st.kind {
	case years:
		majorEvery := st.n * 10
		if st.n == 2 || st.n == 20 || st.n == 200 || st.n == 2000 {
			majorEvery = st.n * 5
		}
		for y := alignedYear(s.Start.Year(), st.n); ; y = alignedYear(y+1, st.n) {
			t := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
			if t.After(s.End) {
				break
			}
			if !t.Before(s.Start) {
				label := YearLabel(y)
				if y == 1 && st.n > 1 {
					label = "AD 1" // among BC years and round AD ones, a bare "1" reads oddly
				}
				add(t, label, labelYear(y)%majorEvery == 0)
			}
		}
	case months:
		y, m, _ := s.Start.Date()
		m0 := int(m) - 1
		m0 -= m0 % st.n
		for t := time.Date(y, time.Month(m0+1), 1, 0, 0, 0, 0, time.UTC); !t.After(s.End); t = t.AddDate(0, st.n, 0) {
			if t.Before(s.Start) {
				continue
			}
			switch {
			case t.Month() == time.January:
				add(t, YearLabel(t.Year()), true)
			case st.n == 3:
				add(t, "Q"+strconv.Itoa(int(t.Month()-1)/3+1), false)
			default:
				add(t, monthAbbr(t), false)
			}
		}
	case days:
		y, m, d := s.Start.Date()
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if st.n == 7 { // weeks start on Monday (ISO 8601)
			t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		}
		prevYear := 0
		for first := true; !t.After(s.End); t = t.AddDate(0, 0, st.n) {
			if t.Before(s.Start) {
				continue
			}
			short := dayMonth(t)
			switch {
			case st.n == 1 && t.Day() == 1:
				add(t, monthAbbr(t)+" "+YearLabel(t.Year()), true)
			case st.n == 7 && !first && t.Year() != prevYear:
				add(t, short+" "+YearLabel(t.Year()), true)
			default:
				add(t, short, false)
			}
			prevYear, first = t.Year(), false
		}
	}
	return ticks
}

// withContext writes the coarser unit into the first label shown whole
// (one cut by the left edge is not drawn) unless it is a major tick
// carrying it already, so the months left of the first year tick, or a
// view of a few days, still say which year they are in ("Oct 1990 Nov
// Dec 1991", "21 Dec 2025" rather than "21 Dec"). The longer label counts
// when the step is chosen.
func withContext(ticks []Tick, st step, measure func(string) float32) []Tick {
	if st.kind == years {
		return ticks
	}
	for i := range ticks {
		if ticks[i].Major {
			break
		}
		if l := ticks[i].Label + " " + YearLabel(ticks[i].Time.Year()); ticks[i].X-measure(l)/2 >= 0 {
			ticks[i].Label = l
			break
		}
	}
	return ticks
}

// monthAbbr is the three-letter English name of t's month: "Jan".
func monthAbbr(t time.Time) string { return t.Month().String()[:3] }

// dayMonth writes t's day and month: "21 Dec".
func dayMonth(t time.Time) string { return strconv.Itoa(t.Day()) + " " + monthAbbr(t) }

// labelYear returns the number a reader sees for an astronomical year:
// 2024 for 2024, 1 for year 0 (1 BC), 44 for year -43 (44 BC).
func labelYear(y int) int {
	if y <= 0 {
		return 1 - y
	}
	return y
}

// YearLabel writes an astronomical year for a reader: "2024", "1 BC" for
// year 0, "44 BC" for year -43.
func YearLabel(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

// alignedYear returns the first astronomical year at or after y whose
// reader's number is a multiple of n: BC years count backwards (100 BC,
// 200 BC), AD years forwards (100, 200). Since there is no year 0, steps of
// ten years and more also mark AD 1, so no gap of twice the step opens
// around the era boundary.
func alignedYear(y, n int) int {
	if y <= 0 {
		b := 1 - y // BC number, >= 1
		if b2 := b - b%n; b2 > 0 {
			return 1 - b2
		}
		y = 1
	}
	if n >= 10 && y == 1 {
		return 1
	}
	return (y + n - 1) / n * n
}
