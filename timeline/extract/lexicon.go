package extract

import (
	"time"

	"retrace/timeline"
)

// The word lists the grammar reads. They are values, never modified after
// package initialisation.

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ambiguousMonths are month names that are also common English words
// ("may", "march", "august"); they need a capital and context to count.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true, "august": true, "jan": true, "jun": true}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// weekdayAbbrevs count only right before a date ("Sun., March 3"), since
// "sun", "sat" and "wed" are ordinary words.
var weekdayAbbrevs = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
	"dozen": 12, "couple": 2,
}

// vagueQuantities stand for an unknown number: "several days" is PXD.
var vagueQuantities = map[string]bool{"several": true, "few": true, "some": true, "many": true, "numerous": true}

// ordinalWords number centuries ("the twentieth century"); written
// ordinals such as "21st" are read from their digits.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20,
}

// unit is a calendar unit a duration or shift counts in.
type unit struct {
	gran timeline.Granularity
	code string // TIMEX3 duration designator: "D", "W", "M", "Y", "Q", "DE", "CE", "ML", "H", "M" (time), "S", "WE"
	time bool   // hours, minutes, seconds take the "PT" prefix
	mult int    // count multiplier into code ("decade" in years would be 10; we keep DE)
}

var unitWords = map[string]unit{
	"second": {timeline.GranMinute, "S", true, 1}, "seconds": {timeline.GranMinute, "S", true, 1},
	"minute": {timeline.GranMinute, "M", true, 1}, "minutes": {timeline.GranMinute, "M", true, 1},
	"hour": {timeline.GranHour, "H", true, 1}, "hours": {timeline.GranHour, "H", true, 1},
	"day": {timeline.GranDay, "D", false, 1}, "days": {timeline.GranDay, "D", false, 1},
	"night": {timeline.GranDay, "D", false, 1}, "nights": {timeline.GranDay, "D", false, 1},
	"week": {timeline.GranWeek, "W", false, 1}, "weeks": {timeline.GranWeek, "W", false, 1},
	"fortnight": {timeline.GranWeek, "W", false, 2},
	"month":     {timeline.GranMonth, "M", false, 1}, "months": {timeline.GranMonth, "M", false, 1},
	"quarter": {timeline.GranSeason, "Q", false, 1}, "quarters": {timeline.GranSeason, "Q", false, 1},
	"year": {timeline.GranYear, "Y", false, 1}, "years": {timeline.GranYear, "Y", false, 1},
	"decade": {timeline.GranDecade, "DE", false, 1}, "decades": {timeline.GranDecade, "DE", false, 1},
	"century": {timeline.GranCentury, "CE", false, 1}, "centuries": {timeline.GranCentury, "CE", false, 1},
	"millennium": {timeline.GranMillennium, "ML", false, 1}, "millennia": {timeline.GranMillennium, "ML", false, 1},
	"weekend": {timeline.GranWeek, "WE", false, 1}, "weekends": {timeline.GranWeek, "WE", false, 1},
}

// plural reports whether a unit word is plural ("weeks").
func plural(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 's' || w == "centuries" || w == "millennia"
}

var seasonNames = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
}

// refWords are single words with a TIMEX3 reference value.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
	// "soon", "previously", "current" and "recent" are temporal too, but as
	// adjectives ("the current crisis") they date nothing a reader would put
	// on a timeline, and annotators mark them unevenly.
}

// future and past tense cues near a bare weekday or month.
var futureCues = map[string]bool{"will": true, "ll": true, "shall": true, "scheduled": true,
	"next": true, "upcoming": true, "slated": true, "tomorrow": true,
	"might": true, "soon": true, "expected": true, "going": true, "effective": true}

// pastCues are past-tense words; regular verbs in -ed are recognised by
// their ending, so the list holds the common irregular ones of news.
var pastCues = map[string]bool{"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"last": true, "announced": true, "reported": true, "told": true, "closed": true, "rose": true, "fell": true,
	"since": true, "ended": true, "earlier": true, "began": true, "came": true, "went": true, "took": true,
	"made": true, "brought": true, "became": true, "won": true, "lost": true, "left": true, "met": true,
	"held": true, "gave": true, "got": true, "sent": true, "sold": true, "bought": true, "paid": true,
	"fled": true, "found": true, "saw": true, "knew": true, "thought": true, "spent": true, "struck": true,
	"shot": true, "ran": true, "wrote": true, "spoke": true, "sank": true, "broke": true, "drove": true,
	"flew": true, "stood": true, "fought": true, "led": true, "grew": true, "kept": true, "felt": true}

// starters are the words an expression can begin with; any other word is
// skipped with one map lookup, which keeps the scan fast on long texts.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{ambiguousMonths, vagueQuantities, monthCue, futureCues} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range monthNames {
		m[w] = true
	}
	for w := range weekdayNames {
		m[w] = true
		m[w+"s"] = true
	}
	for w := range weekdayAbbrevs {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range ordinalWords {
		m[w] = true
	}
	for w := range unitWords {
		m[w] = true
	}
	for w := range seasonNames {
		m[w] = true
	}
	for w := range partsOfDay {
		m[w] = true
	}
	for w := range setWords {
		m[w] = true
	}
	for w := range refWords {
		m[w] = true
	}
	for _, w := range []string{
		"the", "this", "that", "last", "past", "previous", "preceding", "next", "coming", "following", "ensuing",
		"current", "present", "same", "latest", "early", "late", "mid", "earlier", "later", "end", "beginning",
		"start", "middle", "close", "turn", "year", "every", "each", "per", "right", "these", "at", "fiscal", "fy",
		"ad", "noon", "midday", "midnight", "today", "yesterday", "tomorrow", "tonight", "'", "q1", "q2", "q3",
		"q4", "more", "less", "fewer", "over", "under", "up", "no", "nearly", "almost", "about", "around",
		"approximately", "roughly", "circa", "some", "recent", "years", "months", "weeks", "days", "decades", "first",
		"final", "initial", "remaining", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
		"eighties", "nineties", "half",
	} {
		m[w] = true
	}
	return m
}()
