package extract

import "testing"

// Deictic expressions, anchored to the document date; unknown dates stay
// unresolved; ambiguous words are not tagged.
func TestDeictic(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The minister resigned yesterday and left today.", dct: "2026-01-01",
			want: []want{{text: "yesterday", value: "2025-12-31", anchor: "dct"}, {text: "today", value: "2026-01-01"}}},
		{name: "last week across the year boundary", text: "Talks collapsed last week.", dct: "2026-01-02",
			want: []want{{text: "last week", value: "2025-W52", earliest: "2025-12-22", latest: "2025-12-28"}}},
		{text: "Three years ago the mine closed; two years ago it reopened.", dct: "2026-01-02",
			want: []want{{text: "Three years ago", value: "2023", anchor: "dct"}, {text: "two years ago", value: "2024"}}},
		{text: "Prices rise next month and this year.", dct: "2025-12-15",
			want: []want{{text: "next month", value: "2026-01"}, {text: "this year", value: "2025"}}},
		{name: "a bare weekday in reported speech is the last one", text: "The ministry said Friday that talks failed.", dct: "2026-01-07",
			want: []want{{text: "Friday", value: "2026-01-02"}}},
		{name: "a bare weekday with the future tense is the next one", text: "The ministry will meet Friday.", dct: "2026-01-07",
			want: []want{{text: "Friday", value: "2026-01-09"}}},
		{text: "Last Friday and next Monday.", dct: "2026-01-07",
			want: []want{{text: "Last Friday", value: "2026-01-02"}, {text: "next Monday", value: "2026-01-12"}}},
		{text: "For now, the partnership may prove to be a defining factor in the years to come.", dct: "2026-01-02",
			want: []want{{text: "now", typ: "DATE", value: "PRESENT_REF", earliest: "2026-01-02", latest: "2026-01-02"},
				{text: "years to come", typ: "DATE", value: "FUTURE_REF", earliest: "2026-01-02"}},
			notTagged: []string{"may"}},
		{text: "He recently said the future was bright.", dct: "2026-01-02",
			want: []want{{text: "recently", value: "PAST_REF", latest: "2026-01-02"}, {text: "the future", value: "FUTURE_REF"}}},
		{name: "unknown document date", text: "Yesterday the talks failed; they resume next week, on Friday.",
			want: []want{{text: "Yesterday", value: "XXXX-XX-XX", anchor: "none", earliest: ""},
				{text: "next week", value: "XXXX-WXX", anchor: "none"}, {text: "Friday", value: "XXXX-WXX-5", anchor: "none"}}},
		{name: "may, march, sun and when as words", dct: "2026-01-02",
			text:      "When troops march, the sun may set; it may rain when they march on. The vote will be held May 5. They met in May.",
			want:      []want{{text: "May 5", value: "2026-05-05"}, {text: "May", value: "2025-05"}},
			notTagged: []string{"when", "march", "sun"}},
		{name: "May as a modal at the start of a sentence", text: "May I ask? March on, they said.", dct: "2026-01-02", want: nil},
		{name: "first and subsequent are not times", text: "The first acknowledgment and the subsequent efforts of long-standing allies.", want: nil},
		{text: "Late last night the rebels attacked; this morning they withdrew.", dct: "2025-06-10",
			want: []want{{text: "Late last night", value: "2025-06-09TNI", mod: "END"}, {text: "this morning", typ: "TIME", value: "2025-06-10TMO"}}},
		{text: "Earnings rose earlier this year.", dct: "1989-10-26", want: []want{{text: "earlier this year", value: "1989"}}},
	})
}

// In TimeBank and AQUAINT a bare weekday one day after the document date
// is that next day 9 times out of 11, even in past-tense reports.
func TestWeekdayDayAfter(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Officials said the Senate votes Tuesday.", dct: "1998-10-26",
			want: []want{{text: "Tuesday", value: "1998-10-27"}}},
		{text: "The ministry said Monday that talks failed.", dct: "1998-10-27",
			want: []want{{text: "Monday", value: "1998-10-26"}}},
		{text: "The report was published Tuesday.", dct: "1998-10-27",
			want: []want{{text: "Tuesday", value: "1998-10-27"}}},
	})
}
