package extract

import (
	"testing"

	"retrace/timeline"
)

// Anaphoric expressions anchor to the last mentioned date.
func TestAnaphoric(t *testing.T) {
	runCases(t, []tagCase{
		{name: "the following year", mode: ModeNarrative, dct: "2026-01-02",
			text: "The company was founded in 1996. The following year it went public.",
			want: []want{{text: "1996", value: "1996"}, {text: "The following year", value: "1997", anchor: "mention:t1"}}},
		{name: "that March", mode: ModeNarrative,
			text: "The war began in 1914. That March the front moved.",
			want: []want{{text: "1914", value: "1914"}, {text: "That March", value: "1914-03", anchor: "mention:t1"}}},
		{name: "two days later", dct: "2026-01-02",
			text: "The ceasefire was signed on March 3, 2019. Two days later, fighting resumed.",
			want: []want{{text: "March 3, 2019", value: "2019-03-03"}, {text: "Two days later", value: "2019-03-05", anchor: "mention:t1"}}},
		{name: "an event-relative duration stays a duration", dct: "2026-01-02",
			text: "Two weeks after the vote the cabinet fell.",
			want: []want{{text: "Two weeks", typ: "DURATION", value: "P2W"}}},
		{name: "news anchors deictic references to the DCT", mode: ModeNews, dct: "2026-01-02",
			text: "In 1996 the plant opened. Last year it closed.",
			want: []want{{text: "1996", value: "1996"}, {text: "Last year", value: "2025", anchor: "dct"}}},
		{name: "narrative anchors them to the story", mode: ModeNarrative, dct: "2026-01-02",
			text: "In June 1941 the invasion began. The next month the army reached Smolensk.",
			want: []want{{text: "June 1941", value: "1941-06"}, {text: "The next month", value: "1941-07", anchor: "mention:t1"}}},
		{name: "a month of the following year", dct: "2025-03-05",
			text: "Construction began in 1932 but stopped in May of the following year. Repairs ran from 1834 to March of the next year, and again in October of that year.",
			want: []want{{text: "1932", value: "1932"}, {text: "May of the following year", value: "1933-05", anchor: "mention:t1"},
				{text: "1834", value: "1834"}, {text: "March of the next year", value: "1835-03"}, {text: "October of that year", value: "1835-10"}}},
		{name: "the same day", dct: "2026-01-02",
			text: "On Oct. 23, 1998 the deal was signed; that same day the talks ended.",
			want: []want{{text: "Oct. 23, 1998", value: "1998-10-23"}, {text: "that same day", value: "1998-10-23", anchor: "mention:t1"}}},
		{name: "a day after a year is somewhere in that year", mode: ModeNarrative, dct: "2025-11-06",
			text: "In 1996 the plant opened. Two days later it closed. In March 1996 they met. The previous week they had argued. The following month they split.",
			want: []want{{text: "1996", value: "1996"},
				{text: "Two days later", value: "1996", earliest: "1996-01-01", latest: "1996-12-31", anchor: "mention:t1"},
				{text: "March 1996", value: "1996-03"},
				{text: "The previous week", value: "1996-03", earliest: "1996-03-01", latest: "1996-03-31", anchor: "mention:t3"},
				{text: "The following month", value: "1996-04"}}},
		{name: "a weekday after a life span is the document's week", mode: ModeNarrative, dct: "2025-11-04",
			text: "Maria Lopez (1938-2025), a poet, died on Sunday. She was born on May 2, 1938.",
			want: []want{{text: "1938", value: "1938"}, {text: "2025", value: "2025"},
				{text: "Sunday", value: "2025-11-02", anchor: "dct"}, {text: "May 2, 1938", value: "1938-05-02"}}},
		{name: "a weekday after a day of the story is in its week", mode: ModeNarrative, dct: "2025-11-04",
			text: "The siege began on Tuesday, June 3, 1862. On Friday the fort fell.",
			want: []want{{text: "Tuesday, June 3, 1862", value: "1862-06-03"}, {text: "Friday", anchor: "mention:t1"}}},
	})
}

// ModeAuto reads a chronology as a narrative and an article as news.
func TestNarrativeDetection(t *testing.T) {
	dct := timeline.Day(2026, 1, 2)
	history := "In 1812 Napoleon invaded Russia. By September 1812 he reached Moscow. " +
		"In 1813 the coalition formed, and in 1814 Paris fell. The following year he returned."
	ms, narrative := TagText(history, Options{DCT: dct})
	if !narrative {
		t.Fatalf("history read as news: %s", describe(ms))
	}
	last := ms[len(ms)-1]
	if last.Text != "The following year" || last.Value != "1815" {
		t.Errorf("last mention = %s", describe(ms[len(ms)-1:]))
	}
	news := "Officials said on Friday that talks would resume next week. Yesterday, the minister met envoys; last year, talks failed in 2019."
	if _, narrative := TagText(news, Options{DCT: dct}); narrative {
		t.Errorf("news read as a narrative")
	}
	if _, narrative := TagText(news, Options{DCT: dct, Mode: ModeNarrative}); !narrative {
		t.Errorf("ModeNarrative ignored")
	}
}

// "that same day" after a month names a day of that month, unknown which.
func TestSameDayInAMonth(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Slepian was killed last October. His name was crossed out that same day.", dct: "1999-02-06",
			want: []want{{text: "last October", value: "1998-10"}, {text: "that same day", value: "1998-10-XX", earliest: "1998-10-01", latest: "1998-10-31", anchor: "mention:t1"}}},
		{text: "The ceasefire was signed on March 3, 2019. That same day, fighting resumed.",
			want: []want{{text: "March 3, 2019", value: "2019-03-03"}, {text: "That same day", value: "2019-03-03"}}},
	})
}

func TestEarlierLaterThat(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.", dct: "1999-10-24",
			want: []want{{text: "Oct. 23, 1998", value: "1998-10-23"}, {text: "Earlier that day", value: "1998-10-23", anchor: "mention:t1"}}},
		{text: "She fled to Florida in June 1998 and returned to Cuba later that year.", dct: "2000-01-28",
			want: []want{{text: "June 1998", value: "1998-06"}, {text: "later that year", value: "1998"}}},
	})
}

// "The day before" and "the day after" with nothing after them count from
// the date told last.
func TestTheDayBeforeAlone(t *testing.T) {
	runCases(t, []tagCase{
		{text: "On 4 August 1914 the reservists left. The day before, the mayor had spoken in the square.",
			want: []want{{text: "4 August 1914", value: "1914-08-04"}, {text: "The day before", value: "1914-08-03"}}},
		{text: "The treaty was signed on 28 June 1919; the day after, the delegates went home.",
			want: []want{{text: "28 June 1919", value: "1919-06-28"}, {text: "the day after", value: "1919-06-29"}}},
		{name: "a happening after it is no date told", text: "On 4 August 1914 they left; the day before the vote was calm.",
			want: []want{{text: "4 August 1914", value: "1914-08-04"}}},
	})
}

// A season "of that year", "of the following year" is one expression,
// counted from the date told last; "of last year" from the time of writing.
func TestSeasonOfThatYear(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The mill opened in 1851. In the summer of that year the river flooded, and in the autumn of the following year the mill burned.",
			want: []want{{text: "1851", value: "1851"}, {text: "the summer of that year", value: "1851-SU"}, {text: "the autumn of the following year", value: "1852-FA"}}},
		{text: "Sales fell in the spring of last year.", dct: "2024-10-01", want: []want{{text: "the spring of last year", value: "2023-SP"}}},
	})
}
