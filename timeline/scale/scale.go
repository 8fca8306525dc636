// Package scale maps civil time to pixels and back for the timeline chart:
// zooming around a pixel, panning, fitting a range, and calendar-correct axis
// ticks from millennia down to hours whose labels never overlap.
//
// Times are handled as UTC. Years before 1 AD follow time.Time's proleptic
// Gregorian calendar with astronomical numbering (year 0 is 1 BC); labels
// show them as "1 BC", "44 BC", ...
package scale

import (
	"math"
	"time"
)

// Limits on the visible span: items are whole days, so a view of less than
// two days shows nothing more; wider than twenty millennia the axis has
// nothing useful to show, and float precision of pixel arithmetic would
// start to matter.
const (
	MinSpan        = 48 * time.Hour
	MaxSpanYears   = 20000
	maxSpanSeconds = MaxSpanYears * 365.2425 * 86400
)

// Scale maps the time range [Start, End] onto the pixels [0, Width].
type Scale struct {
	Start, End time.Time
	Width      float32
}

// UnixSeconds returns t as seconds since the Unix epoch in floating point:
// exact to well under a millisecond across the twenty-millennia range we
// allow, which is far finer than a pixel. Arithmetic on views is done in
// these rather than in time.Duration, which stops at 292 years.
func UnixSeconds(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

// FromUnixSeconds is the inverse of UnixSeconds, in UTC.
func FromUnixSeconds(s float64) time.Time {
	whole := math.Floor(s)
	return time.Unix(int64(whole), int64((s-whole)*1e9)).UTC()
}

// span returns the visible span in seconds, never zero.
func (s Scale) span() float64 {
	d := UnixSeconds(s.End) - UnixSeconds(s.Start)
	if d <= 0 {
		return 1
	}
	return d
}

// Valid reports whether the scale has a positive width and End after Start.
func (s Scale) Valid() bool { return s.Width > 0 && s.End.After(s.Start) }

// X returns the pixel position of t; times outside the range give positions
// outside [0, Width].
func (s Scale) X(t time.Time) float32 {
	return float32((UnixSeconds(t) - UnixSeconds(s.Start)) / s.span() * float64(s.Width))
}

// Time returns the time at pixel x.
func (s Scale) Time(x float32) time.Time {
	if s.Width <= 0 {
		return s.Start
	}
	return FromUnixSeconds(UnixSeconds(s.Start) + float64(x)/float64(s.Width)*s.span())
}

// SecondsPerPixel returns how much time one pixel covers.
func (s Scale) SecondsPerPixel() float64 {
	if s.Width <= 0 {
		return 0
	}
	return s.span() / float64(s.Width)
}

// ZoomAt zooms by factor around pixel x: factor 2 shows half the time span,
// 0.5 twice as much. The time under x stays under x. The span is kept
// between MinSpan and twenty millennia; a factor that is not positive and
// finite leaves the scale unchanged.
func (s Scale) ZoomAt(factor float64, x float32) Scale {
	if !(factor > 0) || math.IsInf(factor, 0) || s.Width <= 0 {
		return s
	}
	old := s.span()
	span := clampSpan(old / factor)
	pivot := UnixSeconds(s.Start) + float64(x)/float64(s.Width)*old
	start := pivot - float64(x)/float64(s.Width)*span
	return Scale{Start: FromUnixSeconds(start), End: FromUnixSeconds(start + span), Width: s.Width}
}

func clampSpan(span float64) float64 {
	return math.Min(math.Max(span, MinSpan.Seconds()), maxSpanSeconds)
}

// Pan moves the view as if the content were dragged dx pixels to the right:
// a positive dx shows earlier times.
func (s Scale) Pan(dx float32) Scale {
	shift := float64(dx) * s.SecondsPerPixel()
	start := UnixSeconds(s.Start) - shift
	return Scale{Start: FromUnixSeconds(start), End: FromUnixSeconds(start + s.span()), Width: s.Width}
}

// CentreOn returns the scale moved so the middle of [from, to] is at its
// centre, keeping its span unless the range needs more: then the range
// takes four fifths of the width. It works in seconds, not time.Duration,
// which stops at 292 years while a view may span millennia.
func (s Scale) CentreOn(from, to time.Time) Scale {
	a, b := UnixSeconds(from), UnixSeconds(to)
	if b < a {
		a, b = b, a
	}
	span := clampSpan(math.Max(s.span(), (b-a)*5/4))
	mid := (a + b) / 2
	return Scale{Start: FromUnixSeconds(mid - span/2), End: FromUnixSeconds(mid + span/2), Width: s.Width}
}

// WithWidth returns the same time range over a new pixel width.
func (s Scale) WithWidth(width float32) Scale {
	s.Width = width
	return s
}

// Fit returns a scale showing [earliest, latest] over width pixels with a
// margin of 5% on each side, so the first and last items are not cut by the
// edges. A single day or an empty range is shown with a week around it.
func Fit(earliest, latest time.Time, width float32) Scale {
	if latest.Before(earliest) {
		earliest, latest = latest, earliest
	}
	a, b := UnixSeconds(earliest), UnixSeconds(latest)
	const week = 7 * 86400
	if b-a < week {
		mid := (a + b) / 2
		a, b = mid-week/2, mid+week/2
	}
	margin := (b - a) * 0.05
	span := clampSpan(b - a + 2*margin)
	mid := (a + b) / 2
	return Scale{Start: FromUnixSeconds(mid - span/2), End: FromUnixSeconds(mid + span/2), Width: width}
}
