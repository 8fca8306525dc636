package en

import (
	"retrace/timeline/lex"
)

// family is one family of expressions: how to match it at a token, and the
// words it can begin with. A token begins a match only if some family can
// begin with it, and only those families are tried there; so a family whose
// beginnings are left out of the table never fires, which TestFamilies
// catches with each family's example.
type family struct {
	name string
	core bool // a date or time a modifier can wrap ("late" + a core date)
	// match reports whether the family matches at token i, and leaves
	// the match in s.cand (see scanner.cand)
	match func(s *scanner, i int) bool
	begin begin
	// needs, when set, is what every match of the family holds within a
	// few tokens of its first: where nothing ahead meets it, the family is
	// not tried (see ahead). A duration needs a unit ("three weeks"), a
	// quarter the word for one ("the third quarter", "Q3").
	needs need
	// after says what may follow the family's first token when that is
	// "the", a number, an apostrophe or a relative word ("last", "that"):
	// at one followed by anything else the family is not tried. Each is read off the family's code; nil
	// lets anything follow. TestFamilyFollows holds the families to them.
	after after
	// number, when set, says which unlisted numbers the family may begin
	// with, of those begin lets it: news is full of prices and counts
	// ("$3.5 billion", "25 percent"), which every family that may begin
	// with a number was tried at, and failed, some 13,000 times a
	// megabyte. Each rule is the family's own first checks of a number,
	// moved here; TestNumberChecksRuleOutOnlyNonMatches holds them to the
	// families' matches.
	number func(s *scanner, i int) bool
	// fourDigits says what the family's number check makes of a number of
	// four digits ("1999"), the one thing most checks ask first, so that
	// begins decides it from the token with no call (see fourDigits).
	fourDigits fourDigits
	// weekday, when set, says which weekdays ("Monday", "Mon.") the
	// family may begin with: a month date and a day-month begin with one
	// only before their date ("Monday, March 3", "Monday 3 March"), which
	// news most often does not write ("said Monday"). Each is the family's
	// own first checks, moved here; TestWeekdayChecksRuleOutOnlyNonMatches
	// holds them to the families' matches.
	weekday func(s *scanner, i int) bool
	// rel, when set, says before which words a relative word ("last",
	// "next") may begin the family, of those after.rel lets follow it:
	// a duration reads a unit after one only in the plural ("the past
	// weeks"), and news says "last year", "next week", a date, some 200
	// times a megabyte. It is the family's own check, moved here;
	// TestRelChecksRuleOutOnlyNonMatches holds it to the family's matches.
	rel func(s *scanner, i int) bool
	// unit, when set, says before which words a calendar unit in the
	// singular ("year", "day") may begin the family: a duration begins
	// with one only in a compound ("year-long"), and news says "the year",
	// "a day" everywhere. TestUnitChecksRuleOutOnlyNonMatches holds it to
	// the family's matches.
	unit func(s *scanner, i int) bool
	// ordinal, when set, says before which words an ordinal ("first",
	// "third") may begin the family: a century begins with one only
	// before the word ("the third century"), and news says "the first"
	// everywhere. TestOrdinalChecksRuleOutOnlyNonMatches holds it to the
	// family's matches.
	ordinal func(s *scanner, i int) bool
	example string // a text the family alone matches from its first word
}

// fourDigits is what a family's number check makes of a number of four
// digits.
type fourDigits uint8

const (
	// anyDigits: the check reads such a number as any other
	anyDigits fourDigits = iota
	// fourDigitsPass: it passes such a number and reads only others
	fourDigitsPass
	// fourDigitsOnly: it passes such a number and no other (the family
	// has no check of its own)
	fourDigitsOnly
)

// after holds what may follow a family's first token, by that token;
// rel is a word of class RelWord, at the word "at", article "a" or "an",
// and loneNumber an unlisted number of other than four digits after no
// word that links it to a number before ("3 million", "25 percent"; not
// the "17" of "1915-17" nor the "20" of "19-20", see numberLinks): such a
// number is first read by number too. weekday is a word of class Weekday
// or WeekdayAbbrev.
type after struct {
	the, number, apostrophe, rel, at, article, loneNumber, weekday *begin
}

// need is a word some token of a match must be, within reach tokens of
// its first (the first included).
type need struct {
	keys    []lex.Key
	classes []lex.Class
	reach   int // 0: the family needs nothing
}

// begin says which tokens a family can begin with (or, in after, which
// may follow its first; holidays and fiscal do not apply there).
type begin struct {
	keys       []lex.Key
	classes    []lex.Class
	numbers    bool // "2019", "3"
	digitWords bool // "3rd", "1990s", "5pm"
	holidays   bool // the first word of a holiday's name, capitalised
	fiscal     bool // "FY2025"
}

// word reports whether a word with entry e meets the need.
func (n need) word(e *lex.Entry) bool { return begin{keys: n.keys, classes: n.classes}.word(e) }

// word reports whether a word with entry e can begin the family.
func (b begin) word(e *lex.Entry) bool {
	for _, k := range b.keys {
		if e.Key == k {
			return true
		}
	}
	for _, c := range b.classes {
		if e.Has(c) {
			return true
		}
	}
	return false
}

// families lists the families of English expressions in priority order: of
// two matches of the same length at a token, the earlier family's wins.
var families = []family{
	{name: "modified", match: modified, example: "late 2024",
		begin: begin{keys: []lex.Key{kThe, kEarly, kLate, kMid, kAround, kAbout, kApproximately, kRoughly, kCirca,
			kEarlier, kLater, kEnd, kBeginning, kStart, kMiddle, kClose, kTurn, kYear, kMonth}},
		after: after{the: &begin{keys: []lex.Key{kEarly, kLate, kMid, kFirst, kLast, kSecond, kLatter, kEnd, kBeginning, kStart, kMiddle, kClose, kTurn, kYear, kMonth}}}},
	{name: "numeric date", core: true, match: numericDate, example: "2019-03-03",
		begin:  begin{numbers: true},
		after:  after{number: &begin{keys: []lex.Key{kHyphen, kSlash, kDot}}},
		number: mayBeNumericDate},
	{name: "month date", core: true, match: monthDate, example: "Monday, March 3, 2019",
		begin: begin{classes: []lex.Class{lex.Month, lex.Weekday, lex.WeekdayAbbrev}},
		// "Monday, March 3", "Mon. March 3", "Monday March 3", as mayBeWeekdayMonthDate reads them
		after:   after{weekday: &begin{keys: []lex.Key{kComma, kDot}, classes: []lex.Class{lex.Month}}},
		weekday: mayBeWeekdayMonthDate},
	{name: "day month", core: true, match: dayMonth, example: "the 3rd of March",
		begin: begin{keys: []lex.Key{kThe}, classes: []lex.Class{lex.Weekday, lex.WeekdayAbbrev}, numbers: true, digitWords: true},
		after: after{the: &begin{classes: []lex.Class{lex.Weekday, lex.WeekdayAbbrev}, numbers: true, digitWords: true},
			number: &begin{keys: []lex.Key{kOf}, classes: []lex.Class{lex.Month}},
			// "Monday, 3 March", "Mon. 3rd March", "Monday 3 March", as mayBeWeekdayDayMonth reads them
			weekday: &begin{keys: []lex.Key{kComma, kDot}, numbers: true, digitWords: true}},
		weekday: mayBeWeekdayDayMonth},
	{name: "ordinal day", core: true, match: ordinalDay, example: "the 13th",
		begin: begin{keys: []lex.Key{kThe}},
		after: after{the: &begin{digitWords: true}}},
	{name: "range day", core: true, match: rangeDay, example: "19-20 Oct",
		begin: begin{numbers: true, digitWords: true},
		// a lone number only as the first of a pair ("19-20 Oct", "8 and 9 March"), as mayBeRangeDay reads it
		after:  after{loneNumber: &begin{classes: []lex.Class{lex.DayPairLink}}},
		number: mayBeRangeDay},
	{name: "year", core: true, match: year, example: "FY2025",
		begin: begin{keys: []lex.Key{kThe, kFiscal, kFY, kAD}, classes: []lex.Class{lex.YearNumberWord}, numbers: true, fiscal: true},
		// a lone number only before an era or a range link ("300 BC", "79 A.D.", "264 to 241 BC"),
		// as mayBeYear reads it: most numbers of news, prices and counts, are none of these
		after: after{the: &begin{keys: []lex.Key{kYear}},
			loneNumber: &begin{keys: []lex.Key{kBC, kAD, kCE, kB, kA}, classes: []lex.Class{lex.RangeLink}}},
		number: mayBeYear, fourDigits: fourDigitsPass},
	{name: "decade or century", core: true, match: decadeOrCentury, example: "the twentieth century",
		begin: begin{keys: []lex.Key{kThe, kApostrophe}, classes: []lex.Class{lex.Ordinal}, digitWords: true},
		after: after{the: &begin{keys: []lex.Key{kApostrophe}, classes: []lex.Class{lex.DecadeWord, lex.Ordinal}, digitWords: true},
			apostrophe: &begin{classes: []lex.Class{lex.Ordinal}, digitWords: true}},
		ordinal: mayBeCentury},
	{name: "quarter", core: true, match: quarter, example: "Q3",
		// "latter half of 1989" is read only after "the"
		begin: begin{keys: []lex.Key{kThe, kFiscal, kApostrophe, kYear, kThis, kLast, kNext, kThat, kCurrent, kLatest, kSame, kQuarterCode},
			classes: []lex.Class{lex.YearNumberWord, lex.QuarterOrdinal}, numbers: true, digitWords: true},
		// "the" "fiscal" "two thousand and twenty-one" "fiscal" "third" "-" "fiscal" "quarter"
		needs: need{keys: []lex.Key{kQuarter, kPeriod, kHalf, kQuarterCode}, reach: 16},
		// "the 1988 second quarter", "the fiscal third quarter", "the latest quarter", "the year-earlier quarter";
		// "last year's third quarter", "this quarter", "last half of 1989", "the latest period": at "the" and a
		// relative word, what quarter reads first (news says "the" and "that" before any word, and quarter, which
		// needs a "quarter" ahead, was tried after each some 2,000 and 1,600 times a megabyte)
		after: after{the: &begin{keys: []lex.Key{kFiscal, kApostrophe, kYear, kThis, kLast, kNext, kThat, kCurrent,
			kLatest, kSame, kComparable, kCorresponding, kLatter, kQuarter, kQuarterCode},
			classes: []lex.Class{lex.NumberWord, lex.QuarterOrdinal}, numbers: true},
			apostrophe: &begin{numbers: true},
			rel:        &begin{keys: []lex.Key{kYear, kQuarter, kPeriod, kHalf}}},
		// only as the year before it, of four digits ("the 1988 second quarter", yearNumber): quarter
		// needs no more than a "quarter" or "half" within reach (see family.needs), and every other number
		// of news was tried at it, a call that matches nothing, some 5,000 times a megabyte
		fourDigits: fourDigitsOnly},
	{name: "season", core: true, match: season, example: "the summer of 1994",
		begin: begin{keys: []lex.Key{kThe}, classes: []lex.Class{lex.Season}},
		after: after{the: &begin{classes: []lex.Class{lex.Season}}}},
	{name: "holiday", core: true, match: holiday, example: "Thanksgiving",
		begin: begin{holidays: true}},
	{name: "weekday", core: true, match: weekday, example: "Fridays",
		begin: begin{classes: []lex.Class{lex.Weekday, lex.WeekdayPlural}}},
	{name: "relative", core: true, match: relative, example: "the following year",
		begin: begin{keys: []lex.Key{kThe}, classes: []lex.Class{lex.RelWord}},
		after: after{the: &begin{keys: []lex.Key{kFull, kFiscal, kCalendar, kDay, kWeek, kYear, kWeekend}, classes: []lex.Class{lex.RelWord}},
			// "last year", "this past spring", "that same day", "next Friday", "last May", "this fiscal year";
			// not the "that" of "said that the", most often tried
			rel: &begin{keys: []lex.Key{kPast, kComing, kSame, kVery, kMay, kFiscal},
				classes: []lex.Class{lex.UnitWord, lex.PartOfDay, lex.Weekday, lex.WeekdayAbbrev, lex.MonthAlone, lex.Season}}}},
	{name: "deictic day", core: true, match: deicticDay, example: "yesterday morning",
		begin: begin{keys: []lex.Key{kToday, kYesterday, kTomorrow, kTonight}}},
	{name: "duration", match: duration, example: "more than three weeks",
		begin: begin{keys: []lex.Key{kThe, kHalf, kMore, kOver, kLess, kFewer, kUnder, kAt, kNo, kUp, kNearly, kAlmost,
			kAbout, kAround, kApproximately, kRoughly, kSome},
			classes: []lex.Class{lex.UnitWord, lex.DurationLead, lex.NumberWord, lex.VagueQuantity}, numbers: true},
		// "no more than" "the" "past" "a couple of" "1/2" "more" "-" "weeks"
		needs: need{classes: []lex.Class{lex.UnitWord}, reach: 16},
		// "the past three years", "the two-week strike", "the last few days", "the half an hour";
		// "1,460 years", "1.5 years", "5 1/2 hours", "2 more weeks", "5-year", "3 weeks"
		after: after{the: &begin{keys: []lex.Key{kHalf}, classes: []lex.Class{lex.DurationLead, lex.NumberWord, lex.VagueQuantity}, numbers: true},
			number: &begin{keys: []lex.Key{kComma, kDot, kMore, kAdditional, kFull, kStraight, kHyphen},
				classes: []lex.Class{lex.UnitWord}, numbers: true},
			at: &begin{keys: []lex.Key{kLeast, kMost}}, // "at least", "at most"
			// "a week", "a few days", "a couple of years", "a dozen hours", "a full year", "a-year":
			// "a" is a count of one, and what follows is what follows a count word
			article: &begin{keys: []lex.Key{kCouple, kDozen, kMore, kAdditional, kFull, kStraight, kHyphen},
				classes: []lex.Class{lex.VagueQuantity, lex.UnitWord}},
			// "the past three years", "last few days", "next couple of weeks" ("couple" is a number word), "past half an hour";
			// not "last year", a date (see relative), tried some 250 times a megabyte
			rel: &begin{keys: []lex.Key{kHalf}, classes: []lex.Class{lex.NumberWord, lex.VagueQuantity, lex.UnitWord},
				numbers: true}},
		number: mayBeDuration,
		rel:    mayBeDurationAfterLead,
		unit:   mayBeDurationAtUnit},
	{name: "set", match: set, example: "every three years",
		begin: begin{keys: []lex.Key{kEvery, kEach, kPer}, classes: []lex.Class{lex.SetWord}}},
	{name: "reference", match: ref, example: "these days",
		begin: begin{keys: []lex.Key{kRight, kThese, kAt, kThe, kYears, kMonths, kWeeks, kDays, kDecades, kRecent},
			classes: []lex.Class{lex.RefWord}},
		after: after{the: &begin{keys: []lex.Key{kFuture, kPast, kPresent, kNear, kForeseeable, kDistant, kImmediate, kComing}, classes: []lex.Class{lex.UnitWord}},
			at: &begin{keys: []lex.Key{kPresent}}}}, // "at present"
	{name: "clock", match: clock, example: "5:30 p.m.",
		begin:  begin{keys: []lex.Key{kNoon, kMidday, kMidnight}, numbers: true, digitWords: true},
		after:  after{number: &begin{keys: []lex.Key{kIn, kAt, kColon, kDot, kA, kP, kAM, kPM, kO}}},
		number: mayBeClock},
}
