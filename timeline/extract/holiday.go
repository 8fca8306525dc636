package extract

import (
	"time"

	"retrace/timeline/extract/internal/grammar"
)

// Holiday is a named day of the year. The tagger recognises its Name (any
// case for later words; the first word must be capitalised) and places it
// on the occurrence nearest the anchor date.
type Holiday = grammar.Holiday

// DefaultHolidays returns a fresh copy of the holidays known out of the
// box in English; append to it (e.g. Victory Day, Fixed(time.May, 9)) and
// pass it in Options.Holidays.
func DefaultHolidays() []Holiday { return Options{}.language().Holidays() }

// Fixed returns a date rule for a holiday on the same day every year.
func Fixed(m time.Month, day int) func(int) time.Time { return grammar.Fixed(m, day) }

// NthWeekday returns a date rule for the nth weekday of a month (n < 0
// counts from the end: -1 is the last).
func NthWeekday(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return grammar.NthWeekday(m, wd, n)
}

// FromEaster returns a date rule for a day a fixed number of days from
// Western Easter Sunday.
func FromEaster(days int) func(int) time.Time { return grammar.FromEaster(days) }

// Easter returns Western (Gregorian) Easter Sunday of year y.
func Easter(y int) time.Time { return grammar.Easter(y) }
