package extract

import "testing"

// Explicit dates and clock times: placed by the text alone.
func TestExplicitDates(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The treaty was signed on March 3, 2019.", dct: "2026-01-02",
			want: []want{{text: "March 3, 2019", typ: "DATE", value: "2019-03-03", earliest: "2019-03-03", latest: "2019-03-03", anchor: ""}}},
		{text: "It opened on 3 March 2019 in Paris.",
			want: []want{{text: "3 March 2019", value: "2019-03-03"}}},
		{text: "Filed 2019-03-03, amended 2020-02-29.",
			want: []want{{text: "2019-03-03", value: "2019-03-03"}, {text: "2020-02-29", value: "2020-02-29", earliest: "2020-02-29"}}},
		{name: "leap day only in a leap year", text: "Dates: Feb. 29, 2024 and Feb. 29, 2023.",
			want: []want{{text: "Feb. 29, 2024", value: "2024-02-29"}, {text: "2023", value: "2023"}}},
		{name: "US month/day order by default", text: "On 3/4/2019 the vote was held.",
			want: []want{{text: "3/4/2019", value: "2019-03-04"}}},
		{name: "day first when the first number cannot be a month", text: "On 31/12/2019 it ended.",
			want: []want{{text: "31/12/2019", value: "2019-12-31"}}},
		{name: "dots are European order", text: "Am 3.4.2019 begann es.",
			want: []want{{text: "3.4.2019", value: "2019-04-03"}}},
		{name: "no such day", text: "Code 2/30/2019 and 13/13/2019 are not dates.", want: nil},
		{text: "On Monday, March 3, 2025, talks began.", dct: "2025-03-10",
			want: []want{{text: "Monday, March 3, 2025", value: "2025-03-03"}}},
		{name: "month and day take the nearest year", text: "The deal closes Jan. 14.", dct: "2000-01-07",
			want: []want{{text: "Jan. 14", value: "2000-01-14", anchor: "dct"}}},
		{text: "March 2019 was wet; so was the March of 2020.",
			want: []want{{text: "March 2019", value: "2019-03"}, {text: "March of 2020", value: "2020-03"}}, partial: true},
		{text: "The polls close at 5 p.m. and reopen at 7:30 am.", dct: "2024-11-05",
			want: []want{{text: "5 p.m.", typ: "TIME", value: "2024-11-05T17:00"}, {text: "7:30 am", typ: "TIME", value: "2024-11-05T07:30"}}},
		{text: "The curfew starts at midnight and ends at noon Thursday.", dct: "2024-11-05",
			want: []want{{text: "midnight", typ: "TIME", value: "2024-11-05T00:00"}, {text: "noon Thursday", value: "2024-11-07T12:00"}}},
		{text: "The deadline is 5 p.m. EST, Nov. 9.", dct: "1989-11-02",
			want: []want{{text: "5 p.m. EST, Nov. 9", typ: "TIME", value: "1989-11-09T17:00"}}},
		{name: "a time on a day: two expressions, the time on that day", text: "At 11 a.m. on 11 November 1918 the guns fell silent; at 5:00 am on October 3, 1935, the army crossed the river.", dct: "2009-12-19",
			want: []want{{text: "11 a.m.", typ: "TIME", value: "1918-11-11T11:00"}, {text: "11 November 1918", typ: "DATE", value: "1918-11-11"},
				{text: "5:00 am", typ: "TIME", value: "1935-10-03T05:00"}, {text: "October 3, 1935", typ: "DATE", value: "1935-10-03"}}},
		{name: "a time on a day without its year continues the story", text: "Austria joined the coalition in 1805, and the French crossed the Danube in October 1805. The battle began at 8 a.m. on 2 December.", dct: "2009-12-19",
			want: []want{{text: "1805", value: "1805"}, {text: "October 1805", value: "1805-10"}, {text: "8 a.m.", typ: "TIME", value: "1805-12-02T08:00"}, {text: "2 December", value: "1805-12-02"}}},
		{name: "numbers that are not dates", text: "He scored 3.45 points, 1,2000 votes, $1990 and 2082.1 on the index at 10:99.",
			want: nil},
	})
}

// A time of day takes the day named after a parenthetical aside, without
// swallowing the aside.
func TestClockAside(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", dct: "1998-08-08",
			want: []want{{text: "10:35 a.m.", typ: "TIME", value: "1998-08-07T10:35"}, {text: "Friday", value: "1998-08-07"}}},
		{text: "It ended at 9 p.m. (local time) yesterday.", dct: "1998-08-08",
			want: []want{{text: "9 p.m.", value: "1998-08-07T21:00"}, {text: "yesterday", value: "1998-08-07"}}},
		{name: "an aside with no day after it", text: "It ended at 9 p.m. (local time), police said.", dct: "1998-08-08",
			want: []want{{text: "9 p.m.", value: "1998-08-08T21:00"}}},
	})
}

// Pairs of days under one month name: each day is a date of that month.
func TestDayPairs(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The summit will be held on April 24 and 25.", dct: "1999-02-10",
			want: []want{{text: "April 24", value: "1999-04-24"}, {text: "25", value: "1999-04-25"}}},
		{text: "Join us 19-20 Oct at Chevron House.", dct: "2013-10-02",
			want: []want{{text: "19", value: "2013-10-19"}, {text: "20 Oct", value: "2013-10-20"}}},
		{text: "Mark 16-19 October 2014 on your calendars.",
			want: []want{{text: "16", value: "2014-10-16"}, {text: "19 October 2014", value: "2014-10-19"}}},
		{text: "Talks ran Oct. 19-20, 1999, in Geneva.",
			want: []want{{text: "Oct. 19", value: "1999-10-19"}, {text: "20, 1999", value: "1999-10-20"}}},
		{name: "a night across two days, with a slash", text: "The cathedral burned on the night of 28/29 March 1942.",
			want: []want{{text: "28", value: "1942-03-28"}, {text: "29 March 1942", value: "1942-03-29"}}},
		{name: "not a range when the second is smaller", text: "Scores were 20-19 Oct fans.", dct: "2013-10-02",
			want: []want{{text: "19 Oct", value: "2013-10-19"}}},
		{name: "no 31st in a short month", text: "Held 30-31 Nov, they said.", dct: "2013-10-02",
			want: nil},
	})
}

// Hours told by the part of the day, and a day named inside an aside.
func TestHourOfPart(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", dct: "2000-04-05",
			want: []want{{text: "4 in the morning", typ: "TIME", value: "2000-04-06T04:00"}, {text: "4 a.m. EDT Thursday", value: "2000-04-06T04:00"}}},
		{text: "They met at 8 in the evening and parted at 11 at night.", dct: "2000-04-05",
			want: []want{{text: "8 in the evening", value: "2000-04-05T20:00"}, {text: "11 at night", value: "2000-04-05T23:00"}}},
		{name: "12 in the morning is midnight", text: "It began at 12 in the morning.", dct: "2000-04-05",
			want: []want{{text: "12 in the morning", value: "2000-04-05T00:00"}}},
		{name: "not an hour", text: "He was 4 in the race.", dct: "2000-04-05", want: nil},
	})
}

// A bare time of day is on the day its sentence names, else the document's.
func TestClockTakesTheSentenceDay(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The day after Thanksgiving, stores opened at 6 in the morning.", dct: "2019-02-06",
			want: []want{{text: "The day after Thanksgiving", value: "2018-11-23"}, {text: "6 in the morning", value: "2018-11-23T06:00", anchor: "mention:t1"}}},
		{text: "On March 3, 2019, the polls closed at 8 p.m. Results came at 11 p.m.", dct: "2019-03-05",
			want: []want{{text: "March 3, 2019", value: "2019-03-03"}, {text: "8 p.m.", value: "2019-03-03T20:00"}, {text: "11 p.m.", value: "2019-03-05T23:00", anchor: "dct"}}},
	})
}

// A day followed by its time of day is one expression.
func TestDayThenClock(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Doors open 3 Oct 10pm at the club.", dct: "2011-09-20",
			want: []want{{text: "3 Oct 10pm", typ: "TIME", value: "2011-10-03T22:00"}}},
		{text: "The vote closed on March 3, 2019, at 5 p.m. sharp.",
			want: []want{{text: "March 3, 2019, at 5 p.m.", typ: "TIME", value: "2019-03-03T17:00"}}},
		{text: "They met yesterday at 9:30 am.", dct: "2019-03-05",
			want: []want{{text: "yesterday at 9:30 am", value: "2019-03-04T09:30"}}},
		{text: "The offer expires at 5 p.m. EST, Nov. 9, 1989.",
			want: []want{{text: "5 p.m. EST, Nov. 9, 1989", typ: "TIME", value: "1989-11-09T17:00"}}},
		{name: "a byline's slash", text: "By Jane Roe\nJanuary 20, 2016 / 3:36 PM / Updated 8 years ago",
			want: []want{{text: "January 20, 2016 / 3:36 PM", typ: "TIME", value: "2016-01-20T15:36"}}, partial: true},
		{name: "a byline's bar", text: "April 18, 2024 | 10:20 AM", want: []want{{text: "April 18, 2024 | 10:20 AM", value: "2024-04-18T10:20"}}},
		{name: "a year takes no clock", text: "In 2019, 5 p.m. was rush hour.", dct: "2019-03-05",
			want: []want{{text: "2019", value: "2019"}, {text: "5 p.m.", value: "2019-03-05T17:00"}}},
	})
}

// The first end of a range takes the year written on the second, whatever
// the document date.
func TestRangeSharesItsYear(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Talks ran from March to May 2023.", dct: "2025-11-06",
			want: []want{{text: "March", value: "2023-03", earliest: "2023-03-01", latest: "2023-03-31"}, {text: "May 2023", value: "2023-05"}}},
		{name: "a range across the new year", text: "Strikes lasted from December to February 2024.", dct: "2025-11-06",
			want: []want{{text: "December", value: "2023-12"}, {text: "February 2024", value: "2024-02"}}},
		{text: "It ran Nov. 28 through Dec. 3, 2024.", dct: "2025-11-06",
			want: []want{{text: "Nov. 28", value: "2024-11-28"}, {text: "Dec. 3, 2024", value: "2024-12-03"}}},
		{text: "Sales rose in March and April 2023.", dct: "2025-11-06",
			want: []want{{text: "March", value: "2023-03"}, {text: "April 2023", value: "2023-04"}}},
		{name: "a list out of order shares nothing", text: "Sales rose in May and March 2023.", dct: "2025-11-06",
			want: []want{{text: "May", value: "2025-05"}, {text: "March 2023", value: "2023-03"}}},
		{name: "no such day in the shared year", text: "It ran Feb. 29 to March 3, 2023.", dct: "2024-06-01",
			want: []want{{text: "Feb. 29", value: "2024-02-29"}, {text: "March 3, 2023", value: "2023-03-03"}}},
	})
}

// A time of day whose minutes carry the half of the day ("5:30PM") or the
// military "hrs" is one time, not a time at midnight made of the minutes.
func TestClockEndings(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The garrison fell at 5:30PM and the last post at 12:05am.", dct: "1954-05-07",
			want: []want{{text: "5:30PM", typ: "TIME", value: "1954-05-07T17:30"}, {text: "12:05am", value: "1954-05-07T00:05"}}},
		{text: "The assault began May 8 1:00AM.", dct: "1954-05-09",
			want: []want{{text: "May 8 1:00AM", typ: "TIME", value: "1954-05-08T01:00"}}},
		{text: "The column marched from 19:00 hrs to 03:00hrs.", dct: "1950-10-08",
			want: []want{{text: "19:00 hrs", typ: "TIME", value: "1950-10-08T19:00"}, {text: "03:00hrs", value: "1950-10-08T03:00"}}},
		{name: "twelve a.m. is midnight, twelve p.m. noon", text: "The curfew runs from 12:01 a.m. to 12 p.m.; at 12am and 12:30 AM it is strictest.", dct: "2024-01-01",
			want: []want{{text: "12:01 a.m.", value: "2024-01-01T00:01"}, {text: "12 p.m.", value: "2024-01-01T12:00"},
				{text: "12am", value: "2024-01-01T00:00"}, {text: "12:30 AM", value: "2024-01-01T00:30"}}},
		{name: "hours past a day are no time", text: "The score was 25:30hrs of play.", want: nil},
		{name: "a dot between hour and minutes", text: "Kick-off is at 3.30pm.", dct: "1950-10-08",
			want: []want{{text: "3.30pm", value: "1950-10-08T15:30"}}},
		{name: "no hour 13 in the afternoon", text: "The count was 13:30pm.", want: nil},
	})
}

// A day named by its ordinal alone ("on the 10th") is in the month of the
// date it is told after, moving forward in a story; a noun after the
// ordinal makes it a rank, not a day.
func TestOrdinalDays(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The strike began on 3 March 1921. On the 10th, workers returned.",
			want: []want{{text: "3 March 1921", value: "1921-03-03"}, {text: "the 10th", value: "1921-03-10"}}},
		{name: "a story moves forward into the next month", text: "On 28 March 1918 the line broke. On the 5th the French struck back.",
			want: []want{{text: "28 March 1918", value: "1918-03-28"}, {text: "the 5th", value: "1918-04-05"}}},
		{name: "in the month named", text: "In October 1950 the army crossed the river on the 13th.",
			want: []want{{text: "October 1950", value: "1950-10"}, {text: "the 13th", value: "1950-10-13"}}},
		{name: "the first end of a pair takes the second's month", text: "Mao moved the attack from the 13th to the 19th of October 1950.",
			want: []want{{text: "the 13th", value: "1950-10-13"}, {text: "the 19th of October 1950", value: "1950-10-19"}}},
		{name: "a verb after a day told after on", text: "On 20 September 1917 the assault began. The onslaught on the 20th was successful.",
			want: []want{{text: "20 September 1917", value: "1917-09-20"}, {text: "the 20th", value: "1917-09-20"}}},
		{name: "in news, the last one by the time of writing", text: "Workers returned on the 10th.", dct: "2024-03-20",
			want: []want{{text: "the 10th", value: "2024-03-10"}}},
		{name: "the second of a pair of days", text: "The French fought on for two days, May 6 and 7th, 1954.", partial: true,
			want: []want{{text: "May 6", value: "1954-05-06"}, {text: "7th, 1954", value: "1954-05-07"}}},
		{name: "of that month", text: "In August 1919 the Poles advanced. On the 28th of that month they took Minsk, and on the 3rd of the following month Bobruisk.",
			want: []want{{text: "August 1919", value: "1919-08"}, {text: "the 28th of that month", value: "1919-08-28"}, {text: "the 3rd of the following month", value: "1919-09-03"}}},
		{name: "ranks are no days", dct: "2024-03-20",
			text: "The 4th, 15th, and 3rd Armies joined the 5th Army and the 1st and 2nd Corps on the 25th anniversary; the 11th Circuit ruled.",
			want: nil},
	})
}
