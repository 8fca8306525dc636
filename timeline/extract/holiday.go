package extract

import (
	"strings"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/en"
	"retrace/timeline/lex"
)

// Holiday is a named day of the year. The tagger recognises its Name (any
// case for later words; the first word must be capitalised) and places it
// on the occurrence nearest the anchor date.
type Holiday struct {
	Name string                   // as written, e.g. "New Year's Eve"
	Date func(year int) time.Time // the day in a given year
	// LeadDays widens the interval backwards: a "New Year" greeting belongs
	// to the night of December 31 as much as to January 1.
	LeadDays int
}

// Fixed returns a date rule for a holiday on the same day every year.
func Fixed(m time.Month, day int) func(int) time.Time {
	return func(y int) time.Time { return timeline.Day(y, m, day) }
}

// NthWeekday returns a date rule for the nth weekday of a month (n < 0
// counts from the end: -1 is the last).
func NthWeekday(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time {
		if n > 0 {
			d := timeline.Day(y, m, 1)
			off := (int(wd) - int(d.Weekday()) + 7) % 7
			return d.AddDate(0, 0, off+7*(n-1))
		}
		d := timeline.Day(y, m+1, 0)
		off := (int(d.Weekday()) - int(wd) + 7) % 7
		return d.AddDate(0, 0, -off+7*(n+1))
	}
}

// FromEaster returns a date rule for a day a fixed number of days from
// Western Easter Sunday.
func FromEaster(days int) func(int) time.Time {
	return func(y int) time.Time { return Easter(y).AddDate(0, 0, days) }
}

// Easter returns Western (Gregorian) Easter Sunday of year y, by the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func Easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h - 7*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return timeline.Day(y, time.Month(month), day)
}

// DefaultHolidays returns a fresh copy of the holidays known out of the
// box; append to it (e.g. Victory Day, Fixed(time.May, 9)) and pass it in
// Options.Holidays.
func DefaultHolidays() []Holiday {
	return []Holiday{
		{Name: "New Year", Date: Fixed(time.January, 1), LeadDays: 1},
		{Name: "New Year's Day", Date: Fixed(time.January, 1)},
		{Name: "New Year's Eve", Date: Fixed(time.December, 31)},
		{Name: "Christmas", Date: Fixed(time.December, 25)},
		{Name: "Christmas Day", Date: Fixed(time.December, 25)},
		{Name: "Christmas Eve", Date: Fixed(time.December, 24)},
		{Name: "Xmas", Date: Fixed(time.December, 25)},
		{Name: "Boxing Day", Date: Fixed(time.December, 26)},
		{Name: "Easter", Date: FromEaster(0)},
		{Name: "Easter Sunday", Date: FromEaster(0)},
		{Name: "Easter Monday", Date: FromEaster(1)},
		{Name: "Good Friday", Date: FromEaster(-2)},
		{Name: "Thanksgiving", Date: NthWeekday(time.November, time.Thursday, 4)},
		{Name: "Thanksgiving Day", Date: NthWeekday(time.November, time.Thursday, 4)},
		{Name: "Independence Day", Date: Fixed(time.July, 4)},
		{Name: "Fourth of July", Date: Fixed(time.July, 4)},
		{Name: "Halloween", Date: Fixed(time.October, 31)},
		{Name: "Valentine's Day", Date: Fixed(time.February, 14)},
		{Name: "Labor Day", Date: NthWeekday(time.September, time.Monday, 1)},
		{Name: "Memorial Day", Date: NthWeekday(time.May, time.Monday, -1)},
		{Name: "Veterans Day", Date: Fixed(time.November, 11)},
		{Name: "Martin Luther King Day", Date: NthWeekday(time.January, time.Monday, 3)},
		{Name: "Presidents Day", Date: NthWeekday(time.February, time.Monday, 3)},
		{Name: "May Day", Date: Fixed(time.May, 1)},
		{Name: "Bastille Day", Date: Fixed(time.July, 14)},
		{Name: "Armistice Day", Date: Fixed(time.November, 11)},
		// the US general election: the Tuesday after the first Monday in November
		{Name: "Election Day", Date: func(y int) time.Time { return NthWeekday(time.November, time.Monday, 1)(y).AddDate(0, 0, 1) }},
	}
}

// holidayIndex maps a holiday's first word to its candidates, each name
// split into lowercased tokens the way tokenize splits text.
type holidayIndex map[string][]holidayEntry

type holidayEntry struct {
	words []string
	h     *Holiday
}

func indexHolidays(hs []Holiday) holidayIndex {
	idx := holidayIndex{}
	for i := range hs {
		h := &hs[i]
		if h.Date == nil || strings.TrimSpace(h.Name) == "" {
			continue
		}
		var words []string
		tt := lex.Tokenize(h.Name, en.Lexicon())
		for i := range tt.Tokens {
			words = append(words, tt.Lower(i))
		}
		idx[words[0]] = append(idx[words[0]], holidayEntry{words, h})
	}
	return idx
}
