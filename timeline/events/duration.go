package events

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"retrace/timeline"
)

// span is a calendar length: months and days are kept apart because a month
// is not a fixed number of days.
type span struct{ months, days int }

// durationRange is what a TIMEX3 duration value says about a length of time:
// at least min, at most max. "P2D" is exactly two days; "PXW" ("weeks") is
// anywhere from one to eight weeks, and its bounds are fuzzy.
type durationRange struct {
	min, max span
	vague    bool
	gran     timeline.Granularity
	words    string // "some weeks", "2 days"
}

// vagueUnits gives what an unnumbered plural means in news prose: "weeks
// after" is more than a week and, were it more than about two months, the
// writer would have said "months".
var vagueUnits = map[string]struct {
	lo, hi int
	name   string
}{
	"D":  {1, 14, "days"},
	"W":  {1, 8, "weeks"},
	"M":  {1, 12, "months"},
	"Q":  {1, 4, "quarters"},
	"Y":  {1, 10, "years"},
	"DE": {1, 5, "decades"},
	"CE": {1, 3, "centuries"},
	"H":  {1, 48, "hours"},
	"MI": {1, 120, "minutes"},
	"S":  {1, 3600, "seconds"},
}

// parseDuration reads a TIMEX3 duration value: "P3W", "PXW", "P1.5Y",
// "PT5H", "P2DE". Compound values ("P1Y2M") are not used by news taggers
// and are rejected.
func parseDuration(v string) (durationRange, error) {
	if !strings.HasPrefix(v, "P") {
		return durationRange{}, fmt.Errorf("duration %q: want P...", v)
	}
	body := v[1:]
	timePart := strings.HasPrefix(body, "T")
	body = strings.TrimPrefix(body, "T")
	i := 0
	for i < len(body) && (body[i] >= '0' && body[i] <= '9' || body[i] == '.' || body[i] == 'X') {
		i++
	}
	num, unit := body[:i], body[i:]
	if timePart && unit == "M" {
		unit = "MI"
	}
	u, ok := vagueUnits[unit]
	if !ok || num == "" {
		return durationRange{}, fmt.Errorf("duration %q: unknown unit %q", v, unit)
	}
	d := durationRange{gran: unitGranularity(unit)}
	if num == "X" || strings.Contains(num, "X") {
		d.vague = true
		d.min, d.max = unitSpan(unit, float64(u.lo)), unitSpan(unit, float64(u.hi))
		d.words = "some " + u.name
		return d, nil
	}
	n, err := strconv.ParseFloat(num, 64)
	if err != nil || n < 0 || n > 1e5 {
		return durationRange{}, fmt.Errorf("duration %q: bad number", v)
	}
	d.min, d.max = unitSpan(unit, math.Floor(n)), unitSpan(unit, math.Ceil(n))
	name := strings.TrimSuffix(u.name, "s")
	if unit == "CE" {
		name = "century"
	}
	if n != 1 {
		name = u.name
	}
	d.words = strconv.FormatFloat(n, 'f', -1, 64) + " " + name
	return d, nil
}

// unitSpan converts n units into a calendar span; units below a day round
// to whole days (a timeline of days cannot show hours).
func unitSpan(unit string, n float64) span {
	switch unit {
	case "D":
		return span{days: int(n)}
	case "W":
		return span{days: int(n) * 7}
	case "M":
		return span{months: int(n)}
	case "Q":
		return span{months: int(n) * 3}
	case "Y":
		return span{months: int(n) * 12}
	case "DE":
		return span{months: int(n) * 120}
	case "CE":
		return span{months: int(n) * 1200}
	case "H":
		return span{days: int(math.Ceil(n / 24))}
	case "MI":
		return span{days: int(math.Ceil(n / (24 * 60)))}
	default: // seconds
		return span{days: int(math.Ceil(n / 86400))}
	}
}

func unitGranularity(unit string) timeline.Granularity {
	switch unit {
	case "W":
		return timeline.GranWeek
	case "M":
		return timeline.GranMonth
	case "Q":
		return timeline.GranSeason
	case "Y":
		return timeline.GranYear
	case "DE":
		return timeline.GranDecade
	case "CE":
		return timeline.GranCentury
	default:
		return timeline.GranDay
	}
}

// add moves a day by a calendar span. Months are added clamping to the end
// of the month, so Jan 31 plus one month is Feb 28 (or 29), not Mar 3.
func add(t time.Time, s span, sign int) time.Time {
	if s.months != 0 {
		y, m, d := t.Date()
		first := timeline.Day(y, m+time.Month(sign*s.months), 1) // time.Date carries month overflow into the year
		last := timeline.Day(first.Year(), first.Month()+1, 0).Day()
		t = timeline.Day(first.Year(), first.Month(), min(d, last))
	}
	return t.AddDate(0, 0, sign*s.days)
}

// shift places something a duration before (sign -1) or after (sign +1) an
// anchor interval. The earliest bound takes the longest reading on the early
// side and the shortest on the late side, so the result holds every
// reading: weeks before [Dec 31, Jan 1] is [Dec 31 - 8w, Jan 1 - 1w].
func shift(anchor timeline.Interval, d durationRange, sign int) timeline.Interval {
	iv := timeline.Interval{Granularity: max(anchor.Granularity, d.gran)}
	if sign < 0 {
		iv.Earliest = add(anchor.Earliest, d.max, -1)
		iv.Latest = add(anchor.Latest, d.min, -1)
	} else {
		iv.Earliest = add(anchor.Earliest, d.min, +1)
		iv.Latest = add(anchor.Latest, d.max, +1)
	}
	iv.FuzzyStart = anchor.FuzzyStart || d.vague
	iv.FuzzyEnd = anchor.FuzzyEnd || d.vague
	if iv.Latest.Before(iv.Earliest) {
		iv.Earliest, iv.Latest = iv.Latest, iv.Earliest
	}
	return iv
}
