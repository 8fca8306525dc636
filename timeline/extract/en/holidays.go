package en

import (
	"time"

	"retrace/timeline/extract/internal/grammar"
)

// holidays returns a fresh copy of the holidays English knows out of the
// box.
func holidays() []grammar.Holiday {
	fixed, nth, fromEaster := grammar.Fixed, grammar.NthWeekday, grammar.FromEaster
	return []grammar.Holiday{
		{Name: "New Year", Date: fixed(time.January, 1), LeadDays: 1},
		{Name: "New Year's Day", Date: fixed(time.January, 1)},
		{Name: "New Year's Eve", Date: fixed(time.December, 31)},
		{Name: "Christmas", Date: fixed(time.December, 25)},
		{Name: "Christmas Day", Date: fixed(time.December, 25)},
		{Name: "Christmas Eve", Date: fixed(time.December, 24)},
		{Name: "Xmas", Date: fixed(time.December, 25)},
		{Name: "Boxing Day", Date: fixed(time.December, 26)},
		{Name: "Easter", Date: fromEaster(0)},
		{Name: "Easter Sunday", Date: fromEaster(0)},
		{Name: "Easter Monday", Date: fromEaster(1)},
		{Name: "Good Friday", Date: fromEaster(-2)},
		{Name: "Thanksgiving", Date: nth(time.November, time.Thursday, 4)},
		{Name: "Thanksgiving Day", Date: nth(time.November, time.Thursday, 4)},
		{Name: "Independence Day", Date: fixed(time.July, 4)},
		{Name: "Fourth of July", Date: fixed(time.July, 4)},
		{Name: "Halloween", Date: fixed(time.October, 31)},
		{Name: "Valentine's Day", Date: fixed(time.February, 14)},
		{Name: "Labor Day", Date: nth(time.September, time.Monday, 1)},
		{Name: "Memorial Day", Date: nth(time.May, time.Monday, -1)},
		{Name: "Veterans Day", Date: fixed(time.November, 11)},
		{Name: "Martin Luther King Day", Date: nth(time.January, time.Monday, 3)},
		{Name: "Presidents Day", Date: nth(time.February, time.Monday, 3)},
		{Name: "May Day", Date: fixed(time.May, 1)},
		{Name: "Bastille Day", Date: fixed(time.July, 14)},
		{Name: "Armistice Day", Date: fixed(time.November, 11)},
		// the US general election: the Tuesday after the first Monday in November
		{Name: "Election Day", Date: func(y int) time.Time { return nth(time.November, time.Monday, 1)(y).AddDate(0, 0, 1) }},
	}
}
