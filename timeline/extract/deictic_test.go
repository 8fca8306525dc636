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

// A bare weekday one day after the document date is that next day unless
// its clause is in the past tense: then it is the last such day on or
// before the document date, as HeidelTime and TimeBank's annotators read
// it (in TimeBank and AQUAINT the same weekday as the document date, in a
// past clause, is that day 76 times; the next day, in a past clause with no
// modal or plan before it, once, in an AP story filed the evening before).
func TestWeekdayDayAfter(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The minister resigned on Wednesday.", dct: "2024-08-06",
			want: []want{{text: "Wednesday", value: "2024-07-31"}}},
		{text: "The minister resigned on Tuesday.", dct: "2024-08-06",
			want: []want{{text: "Tuesday", value: "2024-08-06"}}},
		{text: "The minister resigns on Wednesday.", dct: "2024-08-06",
			want: []want{{text: "Wednesday", value: "2024-08-07"}}},
		{text: "Officials said the Senate votes Tuesday.", dct: "1998-10-26",
			want: []want{{text: "Tuesday", value: "1998-10-27"}}},
		{text: "The ministry said Monday that talks failed.", dct: "1998-10-27",
			want: []want{{text: "Monday", value: "1998-10-26"}}},
		{text: "The report was published Tuesday.", dct: "1998-10-27",
			want: []want{{text: "Tuesday", value: "1998-10-27"}}},
	})
}

// Which March or Friday a bare name means: the tense of its clause, a
// deadline preposition, or a year named right after it decide.
func TestBareNamesByContext(t *testing.T) {
	runCases(t, []tagCase{
		{name: "a month with this year", text: "The ratification process began in February this year.", dct: "1998-12-03",
			want: []want{{text: "February this year", value: "1998-02", anchor: "dct"}}},
		{name: "a month with next year", text: "They become members in April next year.", dct: "1998-12-03",
			want: []want{{text: "April next year", value: "1999-04"}}},
		{name: "a day with last year", text: "It was signed on March 3 last year.", dct: "2026-01-02",
			want: []want{{text: "March 3 last year", value: "2025-03-03"}}},
		{name: "leap day of last year in a common year", text: "It closed Feb. 29 last year.", dct: "2025-06-01",
			want: []want{{text: "Feb. 29 last year", value: "2024-02-29"}}},
		{name: "year's starts its own phrase", text: "Sales rose in May last year's way.", dct: "2026-01-02",
			want: []want{{text: "May", value: "2025-05"}, {text: "last year", value: "2025"}}},
		{name: "by a month is a deadline", text: "Qantas will almost double its flights between Australia and India by August.", dct: "1998-02-13",
			want: []want{{text: "August", value: "1998-08"}}},
		{name: "until a month is a deadline even after a past verb", text: "Ottawa gave the firm until mid-November to reply.", dct: "1989-10-30",
			want: []want{{text: "mid-November", value: "1989-11", mod: "MID"}}},
		{name: "by a month in the past perfect is past", text: "By August the airline had sold every seat.", dct: "1998-02-13",
			want: []want{{text: "August", value: "1997-08"}}},
		{name: "an irregular past verb", text: "In January, American Medical brought in a new chief.", dct: "1989-10-27",
			want: []want{{text: "January", value: "1989-01"}}},
		{name: "the present perfect is not the past", text: "NATO has decided to admit them in early March.", dct: "1999-02-10",
			want: []want{{text: "early March", value: "1999-03", mod: "START"}}},
		{name: "the passive future", text: "The vote will be held in March.", dct: "2026-01-02",
			want: []want{{text: "March", value: "2026-03"}}},
		{name: "were planning to looks ahead", text: "Protesters were planning to drive around the airport on Monday.", dct: "2000-01-07",
			want: []want{{text: "Monday", value: "2000-01-10"}}},
		{name: "vacation plans say nothing", text: "On Friday, when Albright set aside vacation plans for the hastily planned trip, she flew.", dct: "1998-08-17",
			want: []want{{text: "Friday", value: "1998-08-14"}}},
		{name: "is to", text: "The stock is to resume trading in Paris Tuesday.", dct: "1989-10-27",
			want: []want{{text: "Tuesday", value: "1989-10-31"}}},
		{name: "a day months ahead in a past clause is last year's", text: "The ceasefire, agreed on Jan. 19, collapsed within days.", dct: "2025-11-06",
			want: []want{{text: "Jan. 19", value: "2025-01-19"}, {text: "days", value: "PXD"}}},
		{name: "a day weeks ahead in a past clause is announced", text: "The board declared a dividend payable Dec. 15.", dct: "2025-11-06",
			want: []want{{text: "Dec. 15", value: "2025-12-15"}}},
		{name: "effective looks ahead", text: "The company created a new office, effective Feb. 1.", dct: "1989-10-26",
			want: []want{{text: "Feb. 1", value: "1990-02-01"}}},
		{name: "this weekend looks ahead", text: "What are your plans this weekend?", dct: "2013-03-29",
			want: []want{{text: "this weekend", value: "2013-W13-WE"}}},
		{name: "this weekend in a past clause", text: "Storms this weekend killed three people.", dct: "2013-04-01",
			want: []want{{text: "this weekend", value: "2013-W13-WE"}}},
	})
}

// Weeks: counted weeks keep the week's granularity; "the week of" a day is
// that day's week.
func TestWeeks(t *testing.T) {
	runCases(t, []tagCase{
		{name: "six weeks ago is a week", text: "Elian was rescued six weeks ago.", dct: "2000-01-06",
			want: []want{{text: "six weeks ago", value: "1999-W47", earliest: "1999-11-22", latest: "1999-11-28"}}},
		{name: "a week ago across the year boundary", text: "It was filed a week ago.", dct: "2026-01-02",
			want: []want{{text: "a week ago", value: "2025-W52"}}},
		{name: "the week of a day", text: "It may be resolved in a hearing the week of March 6, officials said.", dct: "2000-02-24",
			want: []want{{text: "the week of March 6", value: "2000-W10", earliest: "2000-03-06", latest: "2000-03-12"}}},
		{name: "the week of a full date", text: "They met the week of Jan. 3, 2011.",
			want: []want{{text: "the week of Jan. 3, 2011", value: "2011-W01"}}},
	})
}

// Words that look temporal but are not, and days around other days.
func TestDayAroundAndNonTimes(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The day before last Tuesday's hearing, Manuel went to Lazaro's home.", dct: "2000-02-24",
			want: []want{{text: "The day before last Tuesday", value: "2000-02-21"}}},
		{text: "They vote the day after tomorrow.", dct: "2026-01-02",
			want: []want{{text: "the day after tomorrow", value: "2026-01-04"}}},
		{name: "high noon", text: "For Poland, high noon comes today.", dct: "1999-03-12",
			want: []want{{text: "today", value: "1999-03-12"}}, notTagged: []string{"noon"}},
		{name: "a discourse marker", text: "Losses were heavy. Now, he says, the firm is sound.", dct: "1989-10-30",
			want: nil},
		{name: "now in its place", text: "The firm is now sound.", dct: "1989-10-30",
			want: []want{{text: "now", value: "PRESENT_REF"}}},
		{name: "a programme title", text: "Gonzalez said on CBS's 60 Minutes that he was hurt.", dct: "2000-04-17",
			want: nil},
		{name: "a duration in capitals at a sentence start", text: "It stalled. 60 Minutes passed.", dct: "2000-04-17",
			want: []want{{text: "60 Minutes", typ: "DURATION", value: "PT60M"}}},
	})
}

func TestOpeningPhraseAndAttributiveMonths(t *testing.T) {
	runCases(t, []tagCase{
		{name: "an opening phrase takes the main verb's tense",
			text: "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a guard.",
			dct:  "1998-10-25", partial: true,
			want: []want{{text: "January", value: "1998-01"}}},
		{name: "an attributive month", text: "The March accession will let them sign.", dct: "1999-02-10",
			want: []want{{text: "March", value: "1999-03"}}},
		{name: "a march on a city is no month", text: "The March on Washington drew crowds. The May Queen smiled.", dct: "1999-02-10",
			want: nil},
	})
}

func TestAheadOf(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Dealers squared positions ahead of the weekend.", dct: "1989-10-30",
			want: []want{{text: "the weekend", value: "1989-W44-WE"}}},
		{text: "Dealers squared positions over the weekend.", dct: "1989-10-30",
			want: []want{{text: "the weekend", value: "1989-W43-WE"}}},
	})
}

func TestWeekdayDeadlines(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Officials postponed until Tuesday morning any action on the boy.", dct: "2000-03-30",
			want: []want{{text: "Tuesday morning", value: "2000-04-04"}}},
		{name: "the past perfect keeps it past", text: "Until Thursday, they had not called Kopp a suspect.", dct: "1999-05-07",
			want: []want{{text: "Thursday", value: "1999-05-06"}}},
		{name: "by the day itself", text: "But by Monday, federal officials hardened their stance.", dct: "2000-04-03",
			want: []want{{text: "Monday", value: "2000-04-03"}}},
		{name: "a day of a month is not pushed ahead", text: "The INS ruled that he must be returned by Jan. 14.", dct: "2000-01-15",
			want: []want{{text: "Jan. 14", value: "2000-01-14"}}},
	})
}

func TestExpectedAsAdjective(t *testing.T) {
	runCases(t, []tagCase{
		{name: "expected losses say nothing of the future", text: "The firm reported a 77% drop in third-quarter net income, citing expected losses.", dct: "1989-10-26",
			want: []want{{text: "third-quarter", value: "1989-Q3"}}},
		{name: "is expected in", text: "Closing, which is expected in December, needs approval.", dct: "1989-11-02",
			want: []want{{text: "December", value: "1989-12"}}},
	})
}

func TestThisComing(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Join us this coming Sunday.", dct: "2014-09-10",
			want: []want{{text: "this coming Sunday", value: "2014-09-14"}}},
	})
}

// Millennia are placed and counted as decades and centuries are: a
// millennium is its own period, and a count of them is in years.
func TestMillennia(t *testing.T) {
	runCases(t, []tagCase{
		{text: "It was the last millennium.", dct: "2005-06-01",
			want: []want{{text: "the last millennium", value: "1", earliest: "1000-01-01", latest: "1999-12-31"}}},
		{text: "This millennium will differ.", dct: "2005-06-01",
			want: []want{{text: "This millennium", value: "2", earliest: "2000-01-01", latest: "2999-12-31"}}},
		{name: "a millennium ago is about a year", text: "It was built a millennium ago.", dct: "2005-06-01",
			want: []want{{text: "a millennium ago", value: "1005"}}},
		{name: "the last millennium, unanchored", text: "It was the last millennium.",
			want: []want{{text: "the last millennium", value: "X"}}},
		{text: "It stood for two millennia.", want: []want{{text: "two millennia", typ: "DURATION", value: "P2000Y"}}},
		{text: "A millennium-long wait and millennia-long feuds.",
			want: []want{{text: "millennium-long", value: "P1000Y"}, {text: "millennia-long", value: "PXY"}}},
	})
}

// What a modal or an infinitive of intention governs lies ahead of the
// time its clause speaks from; "have" after a modal puts it behind; "can"
// and "could" negated report what was not possible then.
func TestModalsAndIntentionsLookAhead(t *testing.T) {
	runCases(t, []tagCase{
		{name: "could be held", text: "A confidence vote could be held in June.", dct: "2023-07-10",
			want: []want{{text: "June", value: "2024-06"}}},
		{name: "said he would", text: "The prime minister said he would name a successor on Friday.", dct: "2023-05-16",
			want: []want{{text: "Friday", value: "2023-05-19"}}},
		{name: "expected the fighting to continue", text: "Commanders said they expected heavy fighting around the town to continue through the weekend.",
			dct: "2024-08-06", want: []want{{text: "the weekend", value: "2024-W32-WE"}}},
		{name: "planned a demonstration", text: "Protesters planned a large demonstration on Saturday.", dct: "2000-01-05",
			want: []want{{text: "Saturday", value: "2000-01-08"}}},
		{name: "a modal with have is behind", text: "The agreement might have been signed in March.", dct: "2023-02-07",
			want: []want{{text: "March", value: "2022-03"}}},
		{name: "could not be reached", text: "The union could not be reached for comment on Monday.", dct: "2021-11-10",
			want: []want{{text: "Monday", value: "2021-11-08"}}},
		{name: "neither could", text: "Neither he nor his parents could be located Wednesday.", dct: "2000-01-06",
			want: []want{{text: "Wednesday", value: "2000-01-05"}}},
		{name: "a date before the infinitive dates the main verb", text: "Gadhafi agreed in June to hand them over.", dct: "1999-05-10",
			want: []want{{text: "June", value: "1998-06"}}},
		{name: "a day's thing is named, not governed", text: "Relatives said they would look for ways to get around Wednesday's ruling.",
			dct: "2000-01-07", want: []want{{text: "Wednesday", value: "2000-01-05"}}},
		{name: "a quarter beside a plan is the one reported on", text: "Hadson said it expects to report a third-quarter net loss.",
			dct: "1989-11-02", want: []want{{text: "third-quarter", value: "1989-Q3"}}},
		{name: "a plan in the past perfect", text: "The offer had been due to expire Friday.", dct: "1989-10-30",
			want: []want{{text: "Friday", value: "1989-10-27"}}},
		{name: "due to is not a plan", text: "Flights were cancelled due to heavy snow on Monday.", dct: "2024-01-10",
			want: []want{{text: "Monday", value: "2024-01-08"}}},
		{name: "a history's would stays in the story", text: "The war began in 1914. In August 1918 the Allies decided that the offensive would begin on 12 September.",
			dct: "2010-01-01", want: []want{{text: "1914", value: "1914"}, {text: "August 1918", value: "1918-08"}, {text: "12 September", value: "1918-09-12"}}},
	})
}

// A reporting clause after the words reported ("..., a spokesman said")
// dates the saying, not what was said; opening the sentence, the
// expression is the saying's ("On Friday, the ministry said ...").
func TestReportingClauseAfterTheWords(t *testing.T) {
	runCases(t, []tagCase{
		{name: "the words reported look ahead", text: "The court will rule on the pipeline in May, a spokesman said on Thursday.", dct: "2024-04-18",
			want: []want{{text: "May", value: "2024-05"}, {text: "Thursday", value: "2024-04-18"}}},
		{name: "a prediction, researchers said", text: "The comet should be easy to see in early August, researchers said.", dct: "2023-06-20",
			want: []want{{text: "early August", value: "2023-08"}}},
		{name: "an opening date is the saying's", text: "On Friday, the ministry said the talks were over.", dct: "2024-04-17",
			want: []want{{text: "Friday", value: "2024-04-12"}}},
	})
}

// Inside a sentence a capital makes a name of a word ending in -ed: it
// marks no past tense.
func TestCapitalizedEdIsAName(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The father would be traveling to the United States on Saturday.", dct: "2000-04-05",
			want: []want{{text: "Saturday", value: "2000-04-08"}}},
		{name: "at the start of a sentence it is a verb", text: "Asked about the vote on Monday, he declined to comment.", dct: "2000-04-05",
			want: []want{{text: "Monday", value: "2000-04-03"}}},
	})
}

// A second predicate joined by "and" has a time of its own: its verb does
// not tell the tense of an expression in the first.
func TestCoordinatedPredicate(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Protesters planned a large demonstration on Saturday and were planning to drive around the airport.", dct: "2000-01-05",
			want: []want{{text: "Saturday", value: "2000-01-08"}}},
		{name: "a list of days is no predicate", text: "The talks will resume on Monday and Tuesday.", dct: "2000-01-05",
			want: []want{{text: "Monday", value: "2000-01-10"}, {text: "Tuesday", value: "2000-01-11"}}},
	})
}

// "at least" between a deadline word and its bound leaves a deadline: the
// bound is a minimum ("until at least Sunday" lies ahead), and a number
// after it is a year, not a count.
func TestDeadlineAtLeast(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The cold snap is expected to last until at least Sunday.", dct: "2024-12-02",
			want: []want{{text: "Sunday", value: "2024-12-08"}}},
		{text: "Roads stayed shut, and the ferry was suspended until at least Thursday.", dct: "2022-06-14",
			want: []want{{text: "Thursday", value: "2022-06-16"}}},
		{text: "Entry will be free until at least 2025.", dct: "2023-10-12",
			want: []want{{text: "2025", value: "2025"}}},
		{name: "a count after at least", text: "Power was cut in at least 2000 homes.", dct: "2023-10-12", want: nil},
	})
}

// A participle after a verb of state is an adjective and tells no past.
func TestStateVerbParticiple(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Schools will stay closed on Friday.", dct: "2023-09-13",
			want: []want{{text: "Friday", value: "2023-09-15"}}},
		{text: "The bridge remains closed to traffic in March.", dct: "2023-02-07",
			want: []want{{text: "March", value: "2023-03"}}},
	})
}

// An ambiguous month name after a month in a list is a month too.
func TestMonthList(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Sales peak in April and May.", dct: "2022-04-23",
			want: []want{{text: "April", value: "2022-04"}, {text: "May", value: "2022-05"}}},
		{text: "The survey ran in April, May and June.", dct: "2022-08-01", partial: true,
			want: []want{{text: "April", value: "2022-04"}, {text: "May", value: "2022-05"}, {text: "June", value: "2022-06"}}},
		{name: "after a comma the list must go on", text: "Talks stalled in March, May said.", dct: "2019-04-02",
			want: []want{{text: "March", value: "2019-03"}}},
	})
}

// What stands before a past plan dates the planning; what follows it, the
// plan.
func TestBeforeAPastPlan(t *testing.T) {
	runCases(t, []tagCase{
		{text: "On Friday, the Kenyan government planned to pay the first death claims.", dct: "1998-09-30",
			want: []want{{text: "Friday", value: "1998-09-25"}}},
		{text: "The government planned to pay the first claims on Friday.", dct: "1998-09-30",
			want: []want{{text: "Friday", value: "1998-10-02"}}},
	})
}

// A verb of saying followed by the clause it reports does not date what
// the clause says: its own verb does.
func TestReportedClauseHasItsOwnTense(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The ministry said the election is in March.", dct: "2023-02-07",
			want: []want{{text: "March", value: "2023-03"}}},
		{name: "said with its time", text: "The ministry said in a statement in March that it had no plans.", dct: "2023-02-07",
			want: []want{{text: "March", value: "2022-03"}}},
		{name: "in the reported clause's subject", text: "The company said its third-quarter earnings will be lower.", dct: "1989-10-20",
			want: []want{{text: "third-quarter", value: "1989-Q3"}}},
	})
}

// "by" in a past-tense clause is a point already reached, not a deadline;
// the clause's verb follows an opening "by" phrase and precedes a closing
// one.
func TestByInAPastClause(t *testing.T) {
	runCases(t, []tagCase{
		{text: "By January the importer handled the whole archive in under four hours.", dct: "2024-03-15", partial: true,
			want: []want{{text: "January", value: "2024-01"}}},
		{name: "a closing by after a future verb", text: "Qantas will double its flights by August in the search for new markets untouched by the crisis.",
			dct: "1998-02-13", want: []want{{text: "August", value: "1998-08"}}},
		{name: "the main verb after a relative clause", text: "The governments, whose talks are supposed to conclude by May, invited Sinn Fein to rejoin.",
			dct: "1998-03-22", want: []want{{text: "May", value: "1998-05"}}},
	})
}

// A "by" in an infinitive clause is the deadline of what is to be done,
// whatever the tense of the verb that orders it.
func TestByInAnInfinitive(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Police ordered residents to leave the town by Friday.", dct: "2025-03-04",
			want: []want{{text: "Friday", value: "2025-03-07"}}},
		{name: "a promise in the past perfect still looks ahead, and the next clause has its own tense",
			text: "The council had promised in April to finish the flood wall by January, but by May the work had fallen behind.", dct: "2022-06-14",
			want: []want{{text: "April", value: "2022-04"}, {text: "January", value: "2023-01"}, {text: "May", value: "2022-05"}}},
		{name: "the past perfect of the deadline's own clause", text: "By January the firm had sold every unit.", dct: "2022-06-14",
			want: []want{{text: "January", value: "2022-01"}}},
	})
}

// A warning is of what lies ahead.
func TestWarnedOf(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The union warned of further walkouts in July if no deal is reached.", dct: "2025-03-04",
			want: []want{{text: "July", value: "2025-07"}}},
		{text: "Forecasters warned residents to leave by Friday.", dct: "2025-03-04",
			want: []want{{text: "Friday", value: "2025-03-07"}}},
	})
}

// "for" after a word of scheduling makes an ambiguous month name a month.
func TestScheduledForMonth(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The court agreed to hear the appeal; a hearing is set for May.", dct: "2025-02-10",
			want: []want{{text: "May", value: "2025-05"}}},
		{text: "The launch is scheduled for March.", dct: "2025-02-10",
			want: []want{{text: "March", value: "2025-03"}}},
		{name: "a person", text: "Most members voted for May.", dct: "2019-01-16", want: nil},
	})
}

// The present tense of a verb of a fixed programme tells what lies ahead;
// the same word as a noun tells nothing.
func TestScheduledPresent(t *testing.T) {
	runCases(t, []tagCase{
		{text: "He and Arafat meet separately Monday with Albright.", dct: "1998-05-01",
			want: []want{{text: "Monday", value: "1998-05-04"}}},
		{text: "United host Rovers on Wednesday.", dct: "2022-09-25",
			want: []want{{text: "Wednesday", value: "2022-09-28"}}},
		{text: "The exhibition opens on Friday.", dct: "2022-09-25",
			want: []want{{text: "Friday", value: "2022-09-30"}}},
		{name: "a noun", text: "The government survived a confidence vote on Sunday.", dct: "2021-03-02",
			want: []want{{text: "Sunday", value: "2021-02-28"}}},
		{name: "after did not", text: "United did not play on Wednesday.", dct: "2022-09-25",
			want: []want{{text: "Wednesday", value: "2022-09-21"}}},
	})
}

// A full month name before a full stop ends its sentence ("in May.");
// only an abbreviation ("Jan.", "Sept.") is read on into the next words.
func TestMonthEndsSentence(t *testing.T) {
	runCases(t, []tagCase{
		{text: "The sides meet again in the final on 25 May. City, who had won 14 games, host Arsenal next Sunday.", dct: "2024-03-09",
			want: []want{{text: "25 May", value: "2024-05-25"}, {text: "next Sunday", value: "2024-03-10"}}},
	})
}
