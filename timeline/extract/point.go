package extract

import (
	"fmt"
	"time"

	"retrace/timeline"
)

// point is a place on the calendar at some granularity: a day, a week, a
// month, a quarter or season, a year, a decade, a century. It is what a
// DATE expression denotes before modifiers such as "late" are applied.
type point struct {
	gran    timeline.Granularity
	year    int    // astronomical year: 0 is 1 BC
	month   int    // 1..12 when gran <= GranMonth
	day     int    // 1..31 when gran <= GranDay
	week    int    // ISO week when gran == GranWeek
	quarter int    // 1..4 for a quarter (gran == GranSeason)
	half    int    // 1..2 for a half year (gran == GranSeason)
	season  string // SP, SU, FA, WI (gran == GranSeason)
	weekend bool   // with GranWeek: the weekend of that week
	part    string // part of day for GranDay: MO, AF, EV, NI
	hour    int    // with GranHour / GranMinute
	minute  int
}

func dayPoint(t time.Time) point {
	y, m, d := t.Date()
	return point{gran: timeline.GranDay, year: y, month: int(m), day: d}
}

func (p point) date() time.Time { return timeline.Day(p.year, time.Month(p.month), p.day) }

func yearString(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// value writes the point as a TIMEX3 value.
func (p point) value() string {
	switch p.gran {
	case timeline.GranMinute:
		return fmt.Sprintf("%s-%02d-%02dT%02d:%02d", yearString(p.year), p.month, p.day, p.hour, p.minute)
	case timeline.GranHour:
		return fmt.Sprintf("%s-%02d-%02dT%02d:00", yearString(p.year), p.month, p.day, p.hour)
	case timeline.GranDay:
		s := fmt.Sprintf("%s-%02d-%02d", yearString(p.year), p.month, p.day)
		if p.part != "" {
			s += "T" + p.part
		}
		return s
	case timeline.GranWeek:
		s := fmt.Sprintf("%s-W%02d", yearString(p.year), p.week)
		if p.weekend {
			s += "-WE"
		}
		return s
	case timeline.GranMonth:
		return fmt.Sprintf("%s-%02d", yearString(p.year), p.month)
	case timeline.GranSeason:
		switch {
		case p.quarter > 0:
			return fmt.Sprintf("%s-Q%d", yearString(p.year), p.quarter)
		case p.half > 0:
			return fmt.Sprintf("%s-H%d", yearString(p.year), p.half)
		default:
			return yearString(p.year) + "-" + p.season
		}
	case timeline.GranYear:
		if p.year <= 0 {
			return fmt.Sprintf("BC%04d", 1-p.year)
		}
		return yearString(p.year)
	case timeline.GranDecade:
		return yearString(p.year)[:3]
	case timeline.GranCentury:
		if p.year < 0 {
			return fmt.Sprintf("BC%02d", (-p.year)/100+1)
		}
		return yearString(p.year)[:2]
	case timeline.GranMillennium:
		return yearString(p.year)[:1]
	}
	return ""
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := timeline.Day(y, time.January, 4)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -off+7*(w-1))
}

var seasonMonths = map[string][2]int{"SP": {3, 5}, "SU": {6, 8}, "FA": {9, 11}, "WI": {12, 14}}

// bounds returns the first and last day the point covers.
func (p point) bounds() (time.Time, time.Time) {
	switch p.gran {
	case timeline.GranMinute, timeline.GranHour, timeline.GranDay:
		d := p.date()
		if p.part == "NI" { // the night runs into the next morning
			return d, d.AddDate(0, 0, 1)
		}
		return d, d
	case timeline.GranWeek:
		s := isoWeekStart(p.year, p.week)
		if p.weekend {
			return s.AddDate(0, 0, 5), s.AddDate(0, 0, 6)
		}
		return s, s.AddDate(0, 0, 6)
	case timeline.GranMonth:
		s := timeline.Day(p.year, time.Month(p.month), 1)
		return s, s.AddDate(0, 1, -1)
	case timeline.GranSeason:
		var m0, m1 int
		switch {
		case p.quarter > 0:
			m0, m1 = 3*p.quarter-2, 3*p.quarter
		case p.half > 0:
			m0, m1 = 6*p.half-5, 6*p.half
		default:
			sm := seasonMonths[p.season]
			m0, m1 = sm[0], sm[1]
		}
		s := timeline.Day(p.year, time.Month(m0), 1)
		return s, timeline.Day(p.year, time.Month(m1)+1, 1).AddDate(0, 0, -1)
	case timeline.GranYear:
		return timeline.Day(p.year, 1, 1), timeline.Day(p.year, 12, 31)
	case timeline.GranDecade:
		return timeline.Day(p.year, 1, 1), timeline.Day(p.year+9, 12, 31)
	case timeline.GranCentury:
		return timeline.Day(p.year, 1, 1), timeline.Day(p.year+99, 12, 31)
	case timeline.GranMillennium:
		return timeline.Day(p.year, 1, 1), timeline.Day(p.year+999, 12, 31)
	}
	return time.Time{}, time.Time{}
}

// interval returns the interval the point denotes, narrowed by a TIMEX3 mod
// (START, MID, END: the first, middle or last part, with a fuzzy inner
// bound; BEFORE/AFTER: open on one side).
func (p point) interval(mod string) timeline.Interval {
	a, b := p.bounds()
	iv := timeline.Interval{Earliest: a, Latest: b, Granularity: p.gran}
	days := int(b.Sub(a).Hours()/24) + 1
	switch mod {
	case "START":
		iv.Latest = a.AddDate(0, 0, days*5/12)
		iv.FuzzyEnd = true
	case "MID":
		iv.Earliest = a.AddDate(0, 0, days/4)
		iv.Latest = a.AddDate(0, 0, days*3/4)
		iv.FuzzyStart, iv.FuzzyEnd = true, true
	case "END":
		if p.gran == timeline.GranYear { // "late 2024": from about August
			iv.Earliest = timeline.Day(p.year, time.August, 1)
		} else {
			iv.Earliest = b.AddDate(0, 0, -days*5/12)
		}
		iv.FuzzyStart = true
	case "APPROX":
		iv.FuzzyStart, iv.FuzzyEnd = true, true
	}
	return iv
}

// shift moves the point by n units of granularity g ("last year": -1 year),
// keeping its own granularity where that makes sense.
func (p point) shift(g timeline.Granularity, n int) point {
	switch g {
	case timeline.GranDay:
		return p.withDate(p.anyDate().AddDate(0, 0, n))
	case timeline.GranWeek:
		return p.withDate(p.anyDate().AddDate(0, 0, 7*n))
	case timeline.GranMonth:
		d := p.anyDate()
		d = timeline.Day(d.Year(), d.Month()+time.Month(n), 1)
		q := p.withDate(d)
		if p.gran <= timeline.GranDay {
			q.day = min(p.day, daysIn(q.year, q.month))
		}
		return q
	case timeline.GranSeason:
		if p.quarter > 0 {
			k := p.year*4 + p.quarter - 1 + n
			p.year, p.quarter = floorDiv(k, 4), k-floorDiv(k, 4)*4+1
			return p
		}
		return p.shift(timeline.GranMonth, 3*n)
	case timeline.GranYear:
		p.year += n
		if p.gran == timeline.GranWeek {
			p.week = min(p.week, 52)
		}
		if p.gran <= timeline.GranDay {
			p.day = min(p.day, daysIn(p.year, p.month))
		}
		return p
	case timeline.GranDecade:
		p.year += 10 * n
		return p
	case timeline.GranCentury:
		p.year += 100 * n
		return p
	case timeline.GranMillennium:
		p.year += 1000 * n
		return p
	}
	return p
}

// anyDate returns the first day of the point.
func (p point) anyDate() time.Time { a, _ := p.bounds(); return a }

// withDate re-expresses a day in the point's own granularity.
func (p point) withDate(d time.Time) point {
	q := dayPoint(d)
	q.part, q.hour, q.minute = p.part, p.hour, p.minute
	switch p.gran {
	case timeline.GranMinute, timeline.GranHour, timeline.GranDay:
		q.gran = p.gran
	default:
		q = q.coarsen(p.gran)
		q.weekend = p.weekend
	}
	return q
}

// coarsen returns the point of granularity g that contains p's first day.
func (p point) coarsen(g timeline.Granularity) point {
	d := p.anyDate()
	y, m, day := d.Date()
	switch g {
	case timeline.GranDay:
		return point{gran: g, year: y, month: int(m), day: day}
	case timeline.GranWeek:
		iy, iw := d.ISOWeek()
		return point{gran: g, year: iy, week: iw}
	case timeline.GranMonth:
		return point{gran: g, year: y, month: int(m)}
	case timeline.GranSeason:
		return point{gran: g, year: y, quarter: (int(m)-1)/3 + 1}
	case timeline.GranYear:
		return point{gran: g, year: y}
	case timeline.GranDecade:
		return point{gran: g, year: floorDiv(y, 10) * 10}
	case timeline.GranCentury:
		return point{gran: g, year: floorDiv(y, 100) * 100}
	case timeline.GranMillennium:
		return point{gran: g, year: floorDiv(y, 1000) * 1000}
	}
	return p
}

func daysIn(y, m int) int { return timeline.Day(y, time.Month(m)+1, 0).Day() }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
