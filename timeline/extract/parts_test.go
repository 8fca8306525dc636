package extract

import "testing"

// Parts of periods, seasons and quarters.
func TestPartsSeasonsQuarters(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Ukrainian forces launched a surprise incursion in late 2024.", dct: "2026-01-02",
			want: []want{{text: "late 2024", typ: "DATE", value: "2024", mod: "END", earliest: "2024-08-01", latest: "2024-12-31"}}},
		{text: "Talks resume in early March.", dct: "2025-02-10",
			want: []want{{text: "early March", value: "2025-03", mod: "START", earliest: "2025-03-01"}}},
		{text: "The plant closed in mid-2022.",
			want: []want{{text: "mid-2022", value: "2022", mod: "MID"}}},
		{text: "Sales recovered in the mid-1990s.", want: []want{{text: "the mid-1990s", value: "199", mod: "MID"}}},
		{text: "The law takes effect at the end of the year.", dct: "2025-06-01",
			want: []want{{text: "the end of the year", value: "2025", mod: "END", latest: "2025-12-31"}}},
		{text: "Planting starts in spring 2023.",
			want: []want{{text: "spring 2023", value: "2023-SP", earliest: "2023-03-01", latest: "2023-05-31"}}},
		{text: "The first quarter was weak.", dct: "1989-10-26",
			want: []want{{text: "The first quarter", value: "1989-Q1", earliest: "1989-01-01", latest: "1989-03-31"}}},
		{text: "Net rose in the third quarter of 1990 and in Q3 2024.",
			want: []want{{text: "the third quarter of 1990", value: "1990-Q3"}, {text: "Q3 2024", value: "2024-Q3"}}},
		{name: "an adjective quarter leaves the article out", text: "The third-quarter loss widened.", dct: "1989-10-26",
			want: []want{{text: "third-quarter", value: "1989-Q3"}}},
		{text: "They grew in the first half of 1989.", want: []want{{text: "the first half of 1989", value: "1989-H1", latest: "1989-06-30"}}},
		{text: "We will travel this summer.", dct: "2025-03-01",
			want: []want{{text: "this summer", value: "2025-SU", anchor: "dct"}}},
		{text: "Sales jumped in the quarter.", dct: "1989-10-26",
			want: []want{{text: "the quarter", value: "1989-Q3"}}},
		{name: "a year ago in a quarterly report is the same quarter", text: "Third-quarter profit rose from a year ago.", dct: "1989-10-26",
			want: []want{{text: "Third-quarter", value: "1989-Q3"}, {text: "a year ago", value: "1988-Q3"}}},
		{name: "fractions are not quarters", text: "About three-quarters of voters and a quarter of the seats.", want: nil},
		{name: "fall and spring as words", text: "Prices may fall, and the spring broke.", want: nil, notTagged: []string{"fall", "spring"}},
		{name: "winter crosses the year", text: "The winter of 1994 was harsh.", want: []want{{text: "The winter of 1994", value: "1994-WI", earliest: "1994-12-01", latest: "1995-02-28"}}},
	})
}

func TestHalves(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Growth slowed in the last half of 1989.",
			want: []want{{text: "the last half of 1989", value: "1989-H2", earliest: "1989-07-01", latest: "1989-12-31"}}},
		{text: "Growth slowed in the last half of the '80s.",
			want: []want{{text: "the last half of the '80s", value: "198", mod: "END"}}},
		{text: "It peaked in the first half of the 19th century.",
			want: []want{{text: "the first half of the 19th century", value: "18", mod: "START"}}},
		{name: "a last half with no period is no date", text: "He played the last half.", dct: "1989-10-26", want: nil},
	})
}

func TestFallAndSpringAsVerbs(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The group began to fall apart; prices are expected to fall further.", dct: "1998-02-19", want: nil},
		{text: "Work will run from spring to fall.", dct: "1998-02-19",
			want: []want{{text: "spring", value: "1998-SP"}, {text: "fall", value: "1998-FA"}}},
	})
}

func TestYearAgoAdjectives(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The year-ago results included a charge.", dct: "1989-11-02",
			want: []want{{text: "year-ago", typ: "DATE", value: "1988"}}},
		{text: "It compared with a year-earlier loss.", dct: "1989-11-02",
			want: []want{{text: "year-earlier", value: "1988"}}},
		{name: "the year-ago quarter stays a quarter", text: "Net rose 5% in the third quarter. In the year-ago quarter it fell.", dct: "1989-11-02",
			want: []want{{text: "the third quarter", value: "1989-Q3"}, {text: "the year-ago quarter", value: "1988-Q3"}}},
	})
}
