package extract

import (
	"testing"

	"retrace/timeline"
)

// FuzzTag: on any text, with or without a document date and in every mode,
// the tagger must not panic, every span must lie inside the text and match
// the mention's Text, and no interval may end before it starts.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", "May 5", "late 2024", "3/4/2019", "the 19th century BC", "New Year's Eve", "5:30 p.m. EST, Nov. 9",
		"Three years ago, two days later, the following year.", "2009-2010", "'80s", "mid-", "the", "Q3 2024",
		"nineteen ninety-six", "every other week", "twenty-", "31/12/99", "Feb. 29", "a couple of", "\xff\xfe March 3",
		"noon Saturday", "the weekend", "that same day", "more than", "year-end",
		"19-20 Oct", "April 24 and 25, 1999", "Feb. 29 last year", "the week of March 6", "the day before yesterday",
		"4 in the morning (4 a.m. EDT Thursday)", "10:35 a.m. (0735 GMT", "decades-long", "the year-ago results",
		"In January, Roe vs. Wade, Ala., killed", "Easter week", "the last half of the '80s",
	} {
		f.Add(s, int64(0), uint8(0))
		f.Add(s, timeline.Day(2026, 1, 2).Unix(), uint8(1))
	}
	f.Fuzz(func(t *testing.T, text string, dctUnix int64, mode uint8) {
		opts := Options{Mode: Mode(mode % 3)}
		if dctUnix != 0 {
			days := dctUnix % 3_000_000 // within about 8,200 years of 1 AD
			if days < 0 {
				days = -days
			}
			opts.DCT = timeline.Day(1, 1, 1).AddDate(0, 0, int(days))
		}
		ms, _ := TagText(text, opts)
		checkMentions(t, text, ms)
	})
}
