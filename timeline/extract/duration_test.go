package extract

import "testing"

// Durations and sets.
func TestDurationsAndSets(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The siege lasted three weeks.", want: []want{{text: "three weeks", typ: "DURATION", value: "P3W"}}},
		{text: "It took a decade and several days.", want: []want{{text: "a decade", value: "P10Y"}, {text: "several days", value: "PXD"}}},
		{name: "the determiner belongs to the duration", text: "Sales rose over the past three years.", dct: "1998-01-08",
			want: []want{{text: "the past three years", typ: "DURATION", value: "P3Y"}}},
		{text: "The timing, just weeks after intense clashes, matters.", dct: "2026-01-02",
			want: []want{{text: "weeks", typ: "DURATION", value: "PXW", earliest: "", anchor: ""}}},
		{text: "He waited 24 hours, then twenty-four minutes, then 90 seconds.",
			want: []want{{text: "24 hours", value: "PT24H"}, {text: "twenty-four minutes", value: "PT24M"}, {text: "90 seconds", value: "PT90S"}}},
		{text: "A five-year plan and the two-week strike.",
			want: []want{{text: "five-year", value: "P5Y"}, {text: "two-week", value: "P2W"}}},
		{name: "an age is not a duration", text: "A 6-year-old boy and a 44-year-old man.", want: nil},
		{text: "It lasted more than two years, nearly an hour and about six months.",
			want: []want{{text: "more than two years", value: "P2Y", mod: "MORE_THAN"}, {text: "nearly an hour", value: "PT1H", mod: "LESS_THAN"}, {text: "about six months", value: "P6M", mod: "APPROX"}}},
		{text: "The council meets every Monday and each season, and reports annually.",
			want: []want{{text: "every Monday", typ: "SET", value: "XXXX-WXX-1"}, {text: "each season", typ: "SET"}, {text: "annually", typ: "SET", value: "P1Y"}}},
		{text: "Trains run daily and weekly.", want: []want{{text: "daily", typ: "SET", value: "P1D"}, {text: "weekly", typ: "SET", value: "P1W"}}},
		{name: "a second time is an ordinal", text: "He ran a second time.", want: nil},
		{name: "plural units need a temporal role", text: "Days of talks, months of rain: for years nothing changed.",
			want: []want{{text: "years", value: "PXY"}}},
		// "an" counts one of a unit ("an hour"), never one of a number: in
		// "an hundred years" the count is the hundred's
		{name: "an is no number word", text: "The war lasted an hundred years, and an hour.",
			want: []want{{text: "hundred years", value: "P100Y"}, {text: "an hour", value: "PT1H"}}},
	})
}

func TestFractionalDurations(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The talks lasted 5 1/2 hours in 2 1/2 years.",
			want: []want{{text: "5 1/2 hours", value: "PT5H30M"}, {text: "2 1/2 years", value: "P2Y6M"}}},
		{text: "It took half an hour, then a year and a half, then a day and a half.",
			want: []want{{text: "half an hour", value: "PT30M"}, {text: "a year and a half", value: "P1Y6M"}, {text: "a day and a half", value: "P1DT12H"}}},
	})
}

func TestLongCompounds(t *testing.T) {
	runCases(t, []tagCase{
		{text: "They left their third day-long meeting.", want: []want{{text: "day-long", typ: "DURATION", value: "P1D"}}},
		{text: "The government's decades-long battle.", want: []want{{text: "decades-long", typ: "DURATION", value: "PXY"}}},
		{text: "An hour-long speech and a decade-long war.",
			want: []want{{text: "hour-long", value: "PT1H"}, {text: "decade-long", value: "P10Y"}}},
	})
}

func TestYearEndedAndNightlySets(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Revenue was $76 million for the year ended March 31.", dct: "1989-11-01",
			want: []want{{text: "the year", typ: "DURATION", value: "P1Y"}, {text: "March 31", value: "1989-03-31"}}},
		{text: "It expects a loss for the fiscal year ending June 30, 1990.", dct: "1989-11-01",
			want: []want{{text: "the fiscal year", typ: "DURATION", value: "P1Y"}, {text: "June 30, 1990", value: "1990-06-30"}}},
		{name: "the year alone is this year", text: "For the year, volume was flat.", dct: "1989-11-01",
			want: []want{{text: "the year", typ: "DATE", value: "1989"}}},
		{text: "Flights leave on Tuesday nights.", dct: "1998-02-13",
			want: []want{{text: "Tuesday nights", typ: "SET", value: "XXXX-WXX-2TNI"}}},
	})
}

// "every evening" is a SET of any day's evening, written as "Tuesday
// nights" is.
func TestEveryPartOfDay(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Every evening the stalls go up.", want: []want{{text: "Every evening", typ: "SET", value: "XXXX-XX-XXTEV"}}},
	})
}

// "six months later than planned" says by how much, not when: a duration.
func TestLaterThan(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The terminal will open in March, six months later than planned.", dct: "2021-11-09",
			want: []want{{text: "March", value: "2022-03"}, {text: "six months", typ: "DURATION", value: "P6M"}}},
		{text: "The plant reopened two weeks later.", dct: "2021-11-09", partial: true,
			want: []want{{text: "two weeks later", typ: "DATE"}}},
	})
}

// A count written with commas between its thousands is one number: "1,460
// years" is not 460 years, nor "1,000 years" none.
func TestGroupedCounts(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The empire lasted 1,460 years; the dynasty 1,000 years.",
			want: []want{{text: "1,460 years", typ: "DURATION", value: "P1460Y"}, {text: "1,000 years", value: "P1000Y"}}},
		{text: "Light from it travels 12,000,000 years.", want: []want{{text: "12,000,000 years", value: "P12000000Y"}}},
		{name: "a count of men is no time", text: "They lost 2,000 men in 3 days.", want: []want{{text: "3 days", value: "P3D"}}},
	})
}
