package grammar

import (
	"strconv"
	"time"

	"retrace/timeline"
)

// Point is a place on the calendar at some granularity: a day, a week, a
// month, a quarter or season, a year, a decade, a century. It is what a
// DATE expression denotes before modifiers such as "late" are applied.
type Point struct {
	Gran    timeline.Granularity
	Year    int    // astronomical year: 0 is 1 BC
	Month   int    // 1..12 when Gran <= GranMonth
	Day     int    // 1..31 when Gran <= GranDay
	Week    int    // ISO week when Gran == GranWeek
	Quarter int    // 1..4 for a quarter (Gran == GranSeason)
	Half    int    // 1..2 for a half year (Gran == GranSeason)
	Season  string // SP, SU, FA, WI (Gran == GranSeason)
	Weekend bool   // with GranWeek: the weekend of that week
	Part    string // part of day for GranDay: MO, AF, EV, NI
	Hour    int    // with GranHour / GranMinute
	Minute  int
}

// DayPoint is the day of t.
func DayPoint(t time.Time) Point {
	y, m, d := t.Date()
	return Point{Gran: timeline.GranDay, Year: y, Month: int(m), Day: d}
}

// Date is the point's day (of a point that has one). It and the point's
// other readers (Value, Bounds, Interval, AnyDate, isCalendarDay) take it
// by pointer and leave it as it is: a point is 112 bytes, which a value
// receiver copied at each call, and each calls others (Interval Bounds,
// Coarsen isCalendarDay).
func (p *Point) Date() time.Time { return timeline.Day(p.Year, time.Month(p.Month), p.Day) }

// YearString writes an astronomical year with four digits, as TIMEX3 does.
func YearString(y int) string { return string(appendYear(make([]byte, 0, 8), y)) }

// appendDateYear writes the year of a date finer than a year: before
// Christ as a year is written ("BC0048-09-28", "BC0332-WI", as TIMEX2 and
// TimeML write them), after as four digits.
func appendDateYear(b []byte, y int) []byte {
	if y <= 0 {
		return appendPadded(append(b, "BC"...), 1-y, 4)
	}
	return appendPadded(b, y, 4)
}

func appendYear(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	return appendPadded(b, y, 4)
}

// appendPadded writes n >= 0 with at least width digits, zeros first, as
// fmt's %0*d does. Values are written by hand, digit by digit: every
// mention has one, a date three numbers, and strconv took a hundred
// instructions for each.
func appendPadded(b []byte, n, width int) []byte {
	switch {
	case n < 0: // not a calendar number: zeros, then the sign, as ever
		for range width - 1 {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(n), 10)
	case width == 2 && n < 100: // a month, day, hour or minute
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case width == 4 && n < 10000: // a year
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	var digits [20]byte // the most an int has
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	for ; width > len(digits)-i && i > 0; i-- {
		digits[i-1] = '0'
	}
	return append(b, digits[i:]...)
}

// Value writes the point as a TIMEX3 value.
func (p *Point) Value() string {
	b := make([]byte, 0, 24)
	switch p.Gran {
	case timeline.GranMinute, timeline.GranHour, timeline.GranDay:
		b = appendDateYear(b, p.Year)
		b = append(b, '-')
		b = appendPadded(b, p.Month, 2)
		b = append(b, '-')
		b = appendPadded(b, p.Day, 2)
		switch p.Gran {
		case timeline.GranMinute:
			b = append(b, 'T')
			b = appendPadded(b, p.Hour, 2)
			b = append(b, ':')
			b = appendPadded(b, p.Minute, 2)
		case timeline.GranHour:
			b = append(b, 'T')
			b = appendPadded(b, p.Hour, 2)
			b = append(b, ":00"...)
		default:
			if p.Part != "" {
				b = append(b, 'T')
				b = append(b, p.Part...)
			}
		}
	case timeline.GranWeek:
		b = appendDateYear(b, p.Year)
		b = append(b, "-W"...)
		b = appendPadded(b, p.Week, 2)
		if p.Weekend {
			b = append(b, "-WE"...)
		}
	case timeline.GranMonth:
		b = appendDateYear(b, p.Year)
		b = append(b, '-')
		b = appendPadded(b, p.Month, 2)
	case timeline.GranSeason:
		b = appendDateYear(b, p.Year)
		switch {
		case p.Quarter > 0:
			b = append(b, "-Q"...)
			b = strconv.AppendInt(b, int64(p.Quarter), 10)
		case p.Half > 0:
			b = append(b, "-H"...)
			b = strconv.AppendInt(b, int64(p.Half), 10)
		default:
			b = append(b, '-')
			b = append(b, p.Season...)
		}
	case timeline.GranYear:
		if p.Year <= 0 {
			b = append(b, "BC"...)
			b = appendPadded(b, 1-p.Year, 4)
		} else {
			b = appendYear(b, p.Year)
		}
	case timeline.GranDecade:
		b = appendYear(b, p.Year)[:3]
	case timeline.GranCentury:
		if p.Year < 0 {
			// the hundreds of its last years before Christ: the 3rd century
			// BC (300-201 BC) is BC02, as the 19th (1800s) is 18
			b = append(b, "BC"...)
			b = appendPadded(b, (-p.Year-98)/100, 2)
		} else {
			b = appendYear(b, p.Year)[:2]
		}
	case timeline.GranMillennium:
		b = appendYear(b, p.Year)[:1]
	}
	return string(b)
}

// AddDays returns the day n days after t, a UTC midnight: AddDate's day,
// without AddDate's calendar arithmetic, as a UTC day is always 24 hours
// long. Points are placed and bounded by the thousand, and AddDate was a
// tenth of that work.
func AddDays(t time.Time, n int) time.Time {
	if n <= -maxAddDays || n >= maxAddDays || t.Location() != time.UTC {
		return t.AddDate(0, 0, n)
	}
	return t.Add(time.Duration(n) * 24 * time.Hour)
}

// maxAddDays is past what AddDays adds as a time.Duration, which holds
// about 106,000 days.
const maxAddDays = 100000

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := timeline.Day(y, time.January, 4)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return AddDays(jan4, -off+7*(w-1))
}

var seasonMonths = map[string][2]int{"SP": {3, 5}, "SU": {6, 8}, "FA": {9, 11}, "WI": {12, 14}}

// Bounds returns the first and last day the point covers.
func (p *Point) Bounds() (time.Time, time.Time) {
	switch p.Gran {
	case timeline.GranMinute, timeline.GranHour, timeline.GranDay:
		d := p.Date()
		if p.Part == "NI" { // the night runs into the next morning
			return d, AddDays(d, 1)
		}
		return d, d
	case timeline.GranWeek:
		s := isoWeekStart(p.Year, p.Week)
		if p.Weekend {
			return AddDays(s, 5), AddDays(s, 6)
		}
		return s, AddDays(s, 6)
	case timeline.GranMonth:
		return timeline.Day(p.Year, time.Month(p.Month), 1), timeline.Day(p.Year, time.Month(p.Month)+1, 0)
	case timeline.GranSeason:
		m0, m1 := p.seasonMonths()
		s := timeline.Day(p.Year, time.Month(m0), 1)
		return s, timeline.Day(p.Year, time.Month(m1)+1, 0)
	case timeline.GranYear:
		return timeline.Day(p.Year, 1, 1), timeline.Day(p.Year, 12, 31)
	case timeline.GranDecade:
		return timeline.Day(p.Year, 1, 1), timeline.Day(p.Year+9, 12, 31)
	case timeline.GranCentury:
		return timeline.Day(p.Year, 1, 1), timeline.Day(p.Year+99, 12, 31)
	case timeline.GranMillennium:
		return timeline.Day(p.Year, 1, 1), timeline.Day(p.Year+999, 12, 31)
	}
	return time.Time{}, time.Time{}
}

// seasonMonths returns the first and last month of a point of GranSeason:
// its quarter's, its half-year's or its season's.
func (p *Point) seasonMonths() (first, last int) {
	switch {
	case p.Quarter > 0:
		return 3*p.Quarter - 2, 3 * p.Quarter
	case p.Half > 0:
		return 6*p.Half - 5, 6 * p.Half
	}
	sm := seasonMonths[p.Season]
	return sm[0], sm[1]
}

// DayBounds returns the first and last day the point covers as Bounds
// does, as Unix day numbers (days since 1970-01-01): the resolver compares
// occurrences and distances by day, and working them out as times (Day,
// then the seconds back out of the time) was twice the work.
func (p *Point) DayBounds() (int, int) {
	switch p.Gran {
	case timeline.GranMinute, timeline.GranHour, timeline.GranDay:
		d := timeline.UnixDay(p.Year, p.Month, p.Day)
		if p.Part == "NI" { // the night runs into the next morning
			return d, d + 1
		}
		return d, d
	case timeline.GranWeek:
		jan4 := timeline.UnixDay(p.Year, 1, 4)
		// 1970-01-01 was a Thursday, three days after its week's Monday
		s := jan4 - (jan4 + 3 - FloorDiv(jan4+3, 7)*7) + 7*(p.Week-1)
		if p.Weekend {
			return s + 5, s + 6
		}
		return s, s + 6
	case timeline.GranMonth:
		return timeline.UnixDay(p.Year, p.Month, 1), timeline.UnixDay(p.Year, p.Month+1, 0)
	case timeline.GranSeason:
		m0, m1 := p.seasonMonths()
		return timeline.UnixDay(p.Year, m0, 1), timeline.UnixDay(p.Year, m1+1, 0)
	case timeline.GranYear:
		return timeline.UnixDay(p.Year, 1, 1), timeline.UnixDay(p.Year, 12, 31)
	case timeline.GranDecade:
		return timeline.UnixDay(p.Year, 1, 1), timeline.UnixDay(p.Year+9, 12, 31)
	case timeline.GranCentury:
		return timeline.UnixDay(p.Year, 1, 1), timeline.UnixDay(p.Year+99, 12, 31)
	case timeline.GranMillennium:
		return timeline.UnixDay(p.Year, 1, 1), timeline.UnixDay(p.Year+999, 12, 31)
	}
	return zeroTimeDay, zeroTimeDay
}

// zeroTimeDay is the Unix day of the zero time, 0001-01-01, that Bounds
// gives a point of no granularity.
const zeroTimeDay = -719162

// Interval returns the interval the point denotes, narrowed by a TIMEX3 mod
// (START, MID, END: the first, middle or last part, with a fuzzy inner
// bound; BEFORE/AFTER: open on one side).
func (p *Point) Interval(mod string) timeline.Interval {
	a, b := p.Bounds()
	iv := timeline.Interval{Earliest: a, Latest: b, Granularity: p.Gran}
	// the days the point covers, for a mod that takes a part of them
	days := func() int { return int(b.Sub(a).Hours()/24) + 1 }
	switch mod {
	case "START":
		iv.Latest = AddDays(a, days()*5/12)
		iv.FuzzyEnd = true
	case "MID":
		iv.Earliest = AddDays(a, days()/4)
		iv.Latest = AddDays(a, days()*3/4)
		iv.FuzzyStart, iv.FuzzyEnd = true, true
	case "END":
		if p.Gran == timeline.GranYear { // "late 2024": from about August
			iv.Earliest = timeline.Day(p.Year, time.August, 1)
		} else {
			iv.Earliest = AddDays(b, -days()*5/12)
		}
		iv.FuzzyStart = true
	case "APPROX":
		iv.FuzzyStart, iv.FuzzyEnd = true, true
	}
	return iv
}

// Shift moves the point by n units of granularity g ("last year": -1 year),
// keeping its own granularity where that makes sense.
func (p Point) Shift(g timeline.Granularity, n int) Point {
	switch g {
	case timeline.GranDay:
		// a day shifted within its month ("yesterday", "the day
		// before"): WithDate's point, without a time made and read back
		if d := p.Day + n; p.isCalendarDay() && d >= 1 && d <= DaysIn(p.Year, p.Month) {
			return Point{Gran: p.Gran, Year: p.Year, Month: p.Month, Day: d, Part: p.Part, Hour: p.Hour, Minute: p.Minute}
		}
		return p.WithDate(AddDays(p.AnyDate(), n))
	case timeline.GranWeek:
		// a week shifted within the 52 weeks every ISO year has ("last
		// week", "the week before"): WithDate's point, as above
		if w := p.Week + n; p.Gran == timeline.GranWeek && p.Week >= 1 && w >= 1 && w <= 52 &&
			p.Year >= -maxPlainYear && p.Year <= maxPlainYear {
			return Point{Gran: timeline.GranWeek, Year: p.Year, Week: w, Weekend: p.Weekend}
		}
		return p.WithDate(AddDays(p.AnyDate(), 7*n))
	case timeline.GranMonth:
		d := p.AnyDate()
		d = timeline.Day(d.Year(), d.Month()+time.Month(n), 1)
		q := p.WithDate(d)
		if p.Gran <= timeline.GranDay {
			q.Day = min(p.Day, DaysIn(q.Year, q.Month))
		}
		return q
	case timeline.GranSeason:
		if p.Quarter > 0 {
			k := p.Year*4 + p.Quarter - 1 + n
			p.Year, p.Quarter = FloorDiv(k, 4), k-FloorDiv(k, 4)*4+1
			return p
		}
		return p.Shift(timeline.GranMonth, 3*n)
	case timeline.GranYear:
		p.Year += n
		if p.Gran == timeline.GranWeek {
			p.Week = min(p.Week, 52)
		}
		if p.Gran <= timeline.GranDay {
			p.Day = min(p.Day, DaysIn(p.Year, p.Month))
		}
		return p
	case timeline.GranDecade:
		p.Year += 10 * n
		return p
	case timeline.GranCentury:
		p.Year += 100 * n
		return p
	case timeline.GranMillennium:
		p.Year += 1000 * n
		return p
	}
	return p
}

// AnyDate returns the first day of the point.
func (p *Point) AnyDate() time.Time { a, _ := p.Bounds(); return a }

// WithDate re-expresses a day in the point's own granularity.
func (p Point) WithDate(d time.Time) Point {
	q := DayPoint(d)
	q.Part, q.Hour, q.Minute = p.Part, p.Hour, p.Minute
	switch p.Gran {
	case timeline.GranMinute, timeline.GranHour, timeline.GranDay:
		q.Gran = p.Gran
	default:
		q = q.Coarsen(p.Gran)
		q.Weekend = p.Weekend
	}
	return q
}

// Coarsen returns the point of granularity g that contains p's first day.
func (p *Point) Coarsen(g timeline.Granularity) Point {
	// a day of the calendar is its own first day (most points coarsened
	// are the document date's day): its year, month and day are read off
	// it rather than off the time of its bounds
	y, m, day := p.Year, time.Month(p.Month), p.Day
	var d time.Time
	madeD := false // whether d is the first day's time
	if !p.isCalendarDay() {
		// a month, season or longer starts on the first of its first
		// month (the anchors of "the year before", "last month"): read
		// off it too, but for a month out of range or a far year
		var ok bool
		if y, m, ok = p.firstMonth(); ok {
			day = 1
		} else {
			d, madeD = p.AnyDate(), true
			y, m, day = d.Date()
		}
	}
	switch g {
	case timeline.GranDay:
		return Point{Gran: g, Year: y, Month: int(m), Day: day}
	case timeline.GranWeek:
		if !madeD {
			d = timeline.Day(y, m, day)
		}
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
	return *p
}

// firstMonth returns the year and month of the first day of a point of a
// month or longer whose first month is within its year (1 to 12) and whose
// year time counts exactly; ok is false for any other point.
func (p *Point) firstMonth() (y int, m time.Month, ok bool) {
	if p.Year < -maxPlainYear || p.Year > maxPlainYear {
		return 0, 0, false
	}
	first := 1
	switch p.Gran {
	case timeline.GranMonth:
		first = p.Month
	case timeline.GranSeason:
		first, _ = p.seasonMonths()
	case timeline.GranYear, timeline.GranDecade, timeline.GranCentury, timeline.GranMillennium:
	default:
		return 0, 0, false
	}
	if first < 1 || first > 12 {
		return 0, 0, false
	}
	return p.Year, time.Month(first), true
}

// maxPlainYear bounds the years firstMonth reads off a point: far within
// those time.Date counts without overflow.
const maxPlainYear = 1 << 30

// isCalendarDay reports whether p is a day, hour or minute on a day of
// the calendar (its month from 1 to 12, its day within the month), whose
// first day is that day.
func (p *Point) isCalendarDay() bool {
	return p.Gran >= timeline.GranMinute && p.Gran <= timeline.GranDay && p.Month >= 1 && p.Month <= 12 &&
		p.Day >= 1 && p.Day <= DaysIn(p.Year, p.Month)
}

// DaysIn is the number of days of month m of year y (of the proleptic
// Gregorian calendar, as time's; a month out of range counts on into the
// years around).
func DaysIn(y, m int) int {
	switch {
	case m < 1 || m > 12:
		return timeline.Day(y, time.Month(m)+1, 0).Day()
	case m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0):
		return 29
	}
	return monthDays[m-1]
}

// monthDays is the length of each month, from January, in a common year.
var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// FloorDiv divides rounding towards minus infinity.
func FloorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
