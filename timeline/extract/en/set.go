package en

import (
	"strconv"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Sets and references: "daily", "every Monday", "each season", "every
// three years"; "now", "recently", "the future", "these days", "the years
// to come", "recent years".

// set matches "daily", "annually", "every Monday", "each season", "every
// three years".
func set(s *scanner, i int) bool {
	if s.Has(i, lex.SetWord) {
		s.cand = grammar.Cand{I: i, J: i + 1, Type: timeline.TypeSet, Value: s.code(i)}
		return true
	}
	if !s.isAny(i, kEvery, kEach, kPer) {
		return false
	}
	k := i + 1
	n, j, vague, hasNum := s.number(k)
	if hasNum && !vague && !s.isAny(k, kA, kAn) {
		k = j
	} else {
		n = 1
	}
	if s.Is(k, kOther) {
		n, k = 2, k+1
	}
	if u, ok := s.unit(k); ok {
		if u.code == "WE" {
			s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: "XXXX-WXX-WE"}
			return true
		}
		pre := "P"
		if u.time {
			pre = "PT"
		}
		s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: pre + strconv.Itoa(n*u.mult) + u.code}
		return true
	}
	switch {
	case s.Has(k, lex.Weekday):
		s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: grammar.AnyWeek(isoWeekday(s.value(k)))}
		return true
	case s.Has(k, lex.Season):
		s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: "XXXX-" + s.code(k)}
		return true
	case s.isAny(k, kSeason, kSeasons):
		s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: "P3M"}
		return true
	case s.Has(k, lex.MonthAlone):
		s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: "XXXX-" + grammar.TwoDigits(s.value(k))}
		return true
	case s.Has(k, lex.PartOfDay):
		// "every evening": any day's evening, as "Tuesday nights" is any Tuesday's
		s.cand = grammar.Cand{I: i, J: k + 1, Type: timeline.TypeSet, Value: "XXXX-XX-XXT" + s.code(k)}
		return true
	}
	return false
}

// ref matches "now", "recently", "the future", "the past", "these days",
// "the years to come", "recent years", "right now".
func ref(s *scanner, i int) bool {
	w := s.Key(i)
	k := i
	c := grammar.Cand{I: i, Type: timeline.TypeDate, Fuzzy: true}
	switch {
	case w == kRight && s.Is(i+1, kNow):
		c.J, c.Value = i+2, "PRESENT_REF"
		s.cand = c
		return true
	case w == kThese && s.Is(i+1, kDays), w == kAt && s.Is(i+1, kPresent):
		c.J, c.Value = i+2, "PRESENT_REF"
		s.cand = c
		return true
	case w == kThe || s.isAny(i, kYears, kMonths, kWeeks, kDays, kDecades):
		if w == kThe {
			k++
		}
		switch s.Key(k) {
		case kFuture:
			c.J, c.Value = k+1, "FUTURE_REF"
			s.cand = c
			return true
		case kPast, kPresent:
			if w != kThe || s.Has(k+1, lex.UnitWord) || s.Has(k+1, lex.DurationLead) {
				return false
			}
			c.J, c.Value = k+1, "PAST_REF"
			if s.Is(k, kPresent) {
				c.Value = "PRESENT_REF"
			}
			s.cand = c
			return true
		case kNear, kForeseeable, kDistant, kImmediate:
			if s.Is(k+1, kFuture) {
				c.J, c.Value = k+2, "FUTURE_REF"
				s.cand = c
				return true
			}
			return false
		case kComing:
			if s.isPlural(k + 1) {
				c.J, c.Value = k+2, "FUTURE_REF"
				s.cand = c
				return true
			}
			return false
		}
		// "(the) years to come", "the weeks ahead"
		if u, ok := s.unit(k); ok && s.isPlural(k) && !u.time {
			if s.Is(k+1, kTo) && s.Is(k+2, kCome) {
				// the expected extent leaves "the" out: "in the years to come"
				c.I = k
				c.J, c.Value = k+3, "FUTURE_REF"
				s.cand = c
				return true
			}
			if s.Is(k+1, kAhead) && w == kThe {
				c.J, c.Value = k+2, "FUTURE_REF"
				s.cand = c
				return true
			}
		}
		return false
	case w == kRecent:
		if u, ok := s.unit(i + 1); ok && s.isPlural(i+1) {
			s.cand = grammar.Cand{I: i, J: i + 2, Type: timeline.TypeDuration, Value: "PX" + u.code, Fuzzy: true}
			return true
		}
	}
	if w == kNow && s.Is(i+1, kComma) && (i == 0 || s.Has(i-1, lex.SentenceEnd) || s.isAny(i-1, kQuote, kApostrophe)) {
		return false // "Now, he says, ...": a discourse marker opening a sentence
	}
	if s.Has(i, lex.RefWord) {
		c.J, c.Value = i+1, s.code(i)
		s.cand = c
		return true
	}
	return false
}
