package extract

import (
	"testing"

	"retrace/timeline"
)

// TestAnchorPerReference holds the resolver to each anchoring case: which
// context governs a reference that lacks its year or day, or counts from
// another date, and the reason it gives. No case tells the tagger the kind
// of text (ModeAuto) unless its name says so.
func TestAnchorPerReference(t *testing.T) {
	type ref struct {
		text, value string
		why         timeline.AnchorReason
		nth         int // which occurrence of text, 1 when 0
	}
	cases := []struct {
		name, dct, text string
		mode            Mode
		refs            []ref
	}{
		{name: "a year heading governs the entries under it", text: "1943\n18 Jan – Troops enter the ghetto.\n23 Apr – The ghetto burns.\n\n1944\n1 Aug – A general uprising begins.",
			refs: []ref{{text: "18 Jan", value: "1943-01-18", why: timeline.AnchorHeading}, {text: "23 Apr", value: "1943-04-23", why: timeline.AnchorHeading},
				{text: "1 Aug", value: "1944-08-01", why: timeline.AnchorHeading}}},
		{name: "a month alone opens an entry, abbreviated or not", text: "1977\n Jun – Color TV-Game released.\n Dec – Color TV-Game 15 follows.\n1983\n May: Famicom announced.",
			refs: []ref{{text: "Jun", value: "1977-06", why: timeline.AnchorHeading}, {text: "Dec", value: "1977-12", why: timeline.AnchorHeading},
				{text: "May", value: "1983-05", why: timeline.AnchorHeading}}},
		{name: "a heading outweighs another year inside an entry", dct: "2025-02-12",
			text: "Timeline\n\n1943\n19 Apr – The uprising, prepared since 1942, begins.\n23 Apr – The ghetto is set on fire.",
			refs: []ref{{text: "23 Apr", value: "1943-04-23", why: timeline.AnchorHeading}}},
		{name: "anaphora takes the last date", dct: "2025-03-05", text: "Construction began in 1932. The following year the money ran out.",
			refs: []ref{{text: "The following year", value: "1933", why: timeline.AnchorAnaphora}}},
		{name: "a weekday in news counts from the document date", dct: "2025-03-05", text: "Harbor City officials said Tuesday that the bridge will close.",
			refs: []ref{{text: "Tuesday", value: "2025-03-04", why: timeline.AnchorDeictic}}},
		{name: "words of the time of writing count from the document date after history", dct: "2025-03-05",
			text: "The bridge opened in 1936 and was rebuilt in 1967. Last year inspectors found rust.",
			refs: []ref{{text: "Last year", value: "2024", why: timeline.AnchorDeictic}}},
		{name: "a history paragraph inside news continues its thread", dct: "2025-03-05",
			text: "Officials said Tuesday that the bridge will close.\n\nConstruction began in 1932 and stopped in 1933. Work resumed in 1934, and in June the bridge opened.",
			refs: []ref{{text: "June", value: "1934-06", why: timeline.AnchorThread}}},
		{name: "a sentence that looks ahead is seen from the document date", dct: "2025-03-05",
			text: "Construction began in 1932 and stopped in 1933. Work resumed in 1934. Ferry service will be doubled from June 2.",
			refs: []ref{{text: "June 2", value: "2025-06-02", why: timeline.AnchorFuture}}},
		{name: "one old date in a news paragraph does not make it history", dct: "2025-03-05",
			text: "Acme, founded in 1990, said on Monday that it cut jobs in February.",
			refs: []ref{{text: "February", value: "2025-02", why: timeline.AnchorNews}}},
		{name: "a history far from its document date continues its thread", dct: "2009-12-19",
			text: "The war lasted from 1914 to 1918. In May 1915 the Russians retreated into Galicia.\nOn 5 August the Germans took Warsaw.\nIn 1916 Romania joined the war on 27 August. Bucharest fell on 6 December.",
			refs: []ref{{text: "5 August", value: "1915-08-05", why: timeline.AnchorNarrative}, {text: "27 August", value: "1916-08-27"},
				{text: "6 December", value: "1916-12-06"}}},
		{name: "that season is the thread's year, not the nearest", dct: "2018-10-11",
			text: "In the spring of 1931 it was sold to a firm, which closed half the looms that autumn.",
			refs: []ref{{text: "that autumn", value: "1931-FA", why: timeline.AnchorAnaphora}}},
		{name: "a narrative crosses into the next year", dct: "2009-12-19",
			text: "The offensive began in 1916 and ended in 1917. In December 1916 Germany offered talks.\nThe Allies answered on 14 January.",
			refs: []ref{{text: "14 January", value: "1917-01-14"}}},
		{name: "a weekday in a narrative is the next one", dct: "2009-12-19",
			text: "The war began in 1914 and ended in 1918. The army was raised in 1912 and 1913 and crossed the river on 12 August 1914. On Sunday it reached the city.",
			refs: []ref{{text: "Sunday", value: "1914-08-16", why: timeline.AnchorThread}}},
		{name: "a bare half in the sentence of a half of the year is that year's", dct: "2016-01-20",
			text: "\"We expect the first half of the year to remain difficult,\" a spokesman said, adding that the industry hoped for a recovery in the second half.",
			refs: []ref{{text: "the first half of the year", value: "2016-H1"}, {text: "the second half", value: "2016-H2", why: timeline.AnchorQuarter}}},
		{name: "a comparison quarter lends no year", dct: "1989-10-26",
			text: "Profit fell from the year-earlier quarter; third-quarter sales rose.",
			refs: []ref{{text: "third-quarter", value: "1989-Q3"}}},
		{name: "the year in a history is the story's", dct: "2009-12-19",
			text: "The war began in 1776 and ended in 1783. In December 1776 the army crossed the river, and by the end of the year it held the town. Late in the year the enemy withdrew.",
			refs: []ref{{text: "the end of the year", value: "1776", why: timeline.AnchorThread}, {text: "the year", value: "1776"}}},
		{name: "the year in news is the present one", dct: "2024-08-06",
			text: "The firm, founded in 1990, said on Monday it would cut 200 jobs by the end of the year.",
			refs: []ref{{text: "the end of the year", value: "2024"}}},
		{name: "the next item of a list of months continues the first", dct: "2023-02-07",
			text: "Further cuts in May or June are possible.",
			refs: []ref{{text: "May", value: "2023-05", why: timeline.AnchorNews}, {text: "June", value: "2023-06", why: timeline.AnchorList}}},
		{name: "a list of months runs into the next year", dct: "2023-11-20",
			text: "Snow closed the pass in December and January.",
			refs: []ref{{text: "December", value: "2022-12"}, {text: "January", value: "2023-01", why: timeline.AnchorList}}},
		{name: "a list of weekdays may run back", dct: "1998-02-06",
			text: "Following are statements made Friday and Thursday by the lawyer.",
			refs: []ref{{text: "Friday", value: "1998-02-06"}, {text: "Thursday", value: "1998-02-05", why: timeline.AnchorDeictic}}},
		{name: "a year named in passing does not take the story with it", dct: "2009-12-19",
			text: "The Soviets reached the Vistula on August 12, 1920. Documents found in 2004 proved that Polish cryptographers had broken the Red Army's ciphers. On August 17 the Polish counteroffensive began, the largest cavalry battle since 1813 was fought near Zamość on 31 August, and on 18 October an armistice came into force.",
			refs: []ref{{text: "August 17", value: "1920-08-17", why: timeline.AnchorThread}, {text: "31 August", value: "1920-08-31"},
				{text: "18 October", value: "1920-10-18"}}},
		{name: "a year cited in passing is left when the text goes on near the story", dct: "2009-12-19",
			text: "The war began in 1950. The Chinese struck in October 1950; one historian (2003) calls their method infiltration. In late November they attacked at the reservoir, and in January 1951 they took Seoul. Heavy snow fell in 1951 and 1952.",
			refs: []ref{{text: "late November", value: "1950-11"}}},
		{name: "a story that moves to a new year names years near it", dct: "2009-12-19",
			text: "The war ended in 1918 and peace was signed in 1919. In 1939 Germany invaded Poland. On 17 September the Soviets invaded from the east. In 1940 France fell.",
			refs: []ref{{text: "17 September", value: "1939-09-17"}}},
		{name: "a date counted back looks back without taking the story back", dct: "2009-12-19",
			text: "The war began in 1919 and ended in 1921. In September 1920 the Poles advanced, retaking what they had lost the previous year. In early October they reached the Niemen.",
			refs: []ref{{text: "the previous year", value: "1919", why: timeline.AnchorAnaphora}, {text: "early October", value: "1920-10"}}},
		{name: "a time of day takes the day of its sentence", dct: "2009-12-19",
			text: "On 11 November 1918, after four years of war, the guns fell silent at 11 a.m. along the front.",
			refs: []ref{{text: "11 a.m.", value: "1918-11-11T11:00", why: timeline.AnchorSentence}}},
		{name: "a time of day in a history is on the story's day", dct: "2009-12-19",
			text: "The war began in 1914 and ended in 1918. The armistice was signed at Compiègne on 11 November 1918. Opposing armies began to withdraw. Private George Price was shot by a sniper at 10:57 and died at 10:58.",
			refs: []ref{{text: "10:57", value: "1918-11-11T10:57", why: timeline.AnchorThread}, {text: "10:58", value: "1918-11-11T10:58"}}},
		{name: "a time of day in news is on the day of writing", dct: "2024-11-05",
			text: "The polls opened on Tuesday morning. Voting ends at 8 p.m.",
			refs: []ref{{text: "8 p.m.", value: "2024-11-05T20:00"}}},
		{name: "a word of the present does not drag a history to the present", dct: "2009-12-19",
			text: "The war began in 1914 and ended in 1918. Fighting went on through 1915.\nAt noon the guns fell silent. In 1916 the army attacked on 1 July.\nOn 5 August it stopped.",
			refs: []ref{{text: "5 August", value: "1916-08-05"}}},
		{name: "today in a history is the present", dct: "2009-12-19",
			text: "The fortress was finished in 1712 and besieged in 1744 and 1759.\nToday it houses a museum.",
			refs: []ref{{text: "Today", value: "PRESENT_REF", why: timeline.AnchorPresent}}},
		{name: "today in a text without a date is the present",
			text: "The fortress was finished in 1712. Today it houses a museum.",
			refs: []ref{{text: "Today", value: "PRESENT_REF", why: timeline.AnchorPresent}}},
		{name: "today in news is the day of writing", dct: "2025-03-05",
			text: "The minister resigned today, a spokesman said.",
			refs: []ref{{text: "today", value: "2025-03-05", why: timeline.AnchorDeictic}}},
		{name: "no document date: a bare date continues the last one",
			text: "In 1943 the uprising began.\nOn 23 April the ghetto burned.",
			refs: []ref{{text: "23 April", value: "1943-04-23", why: timeline.AnchorUndated}}},
		{name: "no document date: what counts from the time of writing stays unplaced",
			text: "The storm, the worst since 2011, hit on Tuesday. Power came back last week.",
			refs: []ref{{text: "Tuesday", value: "XXXX-WXX-2", why: timeline.AnchorUnknown}, {text: "last week", value: "XXXX-WXX", why: timeline.AnchorUnknown}}},
		{name: "no document date: a weekday in news stays unplaced, even after a day",
			text: "The incursion began on Aug. 6, 2024. Moscow said on Tuesday that it had evacuated 120,000 people.",
			refs: []ref{{text: "Tuesday", value: "XXXX-WXX-2", why: timeline.AnchorUnknown}}},
		{name: "a weekday cannot count from a year", dct: "2025-11-04",
			text: "John Smith (1938-2025) died on Sunday at his home.",
			refs: []ref{{text: "Sunday", value: "2025-11-02"}}},
		{name: "a month's or year's end in a history is the story's", dct: "2009-12-19",
			text: "The war began in 1950 and ended in 1953. UN forces took Pyongyang on 19 October 1950. At month's end they held 135,000 prisoners. By year's end they were in retreat.",
			refs: []ref{{text: "month's end", value: "1950-10"}, {text: "year's end", value: "1950"}}},
		{name: "year's end in news is this year's", dct: "2025-03-05",
			text: "The company said on Monday that it would cut 500 jobs by year's end.",
			refs: []ref{{text: "year's end", value: "2025"}}},
		{name: "this day in a history is the story's day, to this day the present", dct: "2009-12-19",
			text: "The war began in 1914 and ended in 1918. On 8 August 1918 the Allies attacked at Amiens. Ludendorff called this day the black day of the German army. To this day the battle is studied.",
			refs: []ref{{text: "this day", value: "1918-08-08"}, {text: "this day", value: "PRESENT_REF", nth: 2, why: timeline.AnchorPresent}}},
		{name: "this day with no day before it heads a page of the day", text: "On this day: 6 June\n\n1944 – Allied forces land in Normandy.\n1984 – Tetris is released.",
			refs: []ref{{text: "this day", value: "PRESENT_REF", why: timeline.AnchorPresent}}},
		{name: "this day in news is today", dct: "1996-02-27",
			text: "Basulto spoke on Monday. This day, in the history of their relations, matters, he said.",
			refs: []ref{{text: "This day", value: "1996-02-27"}}},
		{name: "a weekday inside the days its paragraph spans is one of them", dct: "2024-03-03",
			text: "The main assault ran from Sunday 15 September to Friday 20 September 1940. The heaviest raid came shortly after noon on Sunday. By Tuesday night the Luftwaffe had lost 60 aircraft; on Thursday the weather closed in.",
			refs: []ref{{text: "noon on Sunday", value: "1940-09-15T12:00"}, {text: "Tuesday night", value: "1940-09-17"}, {text: "Thursday", value: "1940-09-19"}}},
		{name: "--news: the document date, as told", dct: "2009-12-19", mode: ModeNews,
			text: "In May 1915 the Russians retreated.\nOn 5 August the Germans took Warsaw.",
			refs: []ref{{text: "5 August", value: "2009-08-05", why: timeline.AnchorToldNews}}},
		{name: "--narrative: the last date, as told", dct: "2025-03-05", mode: ModeNarrative,
			text: "Acme, founded in 1990, said that it cut jobs in February.",
			refs: []ref{{text: "February", value: "1990-02", why: timeline.AnchorToldStory}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Mode: tc.mode}
			if tc.dct != "" {
				d, err := timeline.ParseDate(tc.dct)
				if err != nil {
					t.Fatal(err)
				}
				opts.DCT = d
			}
			ms, _ := TagText(tc.text, opts)
			for _, r := range tc.refs {
				m := nthMention(ms, r.text, max(r.nth, 1))
				if m == nil {
					t.Errorf("no mention %q; got %s", r.text, describe(ms))
					continue
				}
				if m.Value != r.value || r.why != "" && m.AnchorWhy != r.why {
					t.Errorf("%q: %s (anchor %s, %s), want %s (%s); all: %s", r.text, m.Value, m.Anchor, m.AnchorWhy, r.value, r.why, describe(ms))
				}
				if m.AnchorWhy != "" && m.AnchorWhy.Describe() == string(m.AnchorWhy) {
					t.Errorf("%q: reason %q has no words", r.text, m.AnchorWhy)
				}
			}
		})
	}
}

func nthMention(ms []timeline.Mention, text string, nth int) *timeline.Mention {
	for i := range ms {
		if ms[i].Text == text {
			if nth--; nth == 0 {
				return &ms[i]
			}
		}
	}
	return nil
}
