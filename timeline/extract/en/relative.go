package en

import (
	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Relative expressions: "last year", "the following day", "next Friday",
// "this summer", "the day before Christmas", "the week of March 6",
// "today", "yesterday morning".

// relative matches "last year", "this week", "next month", "the following
// year", "that day", "last March", "next Friday", "this summer".
func relative(s *scanner, i int) bool {
	k := i
	the := s.Is(k, kThe)
	if the {
		k++
	}
	isRel := s.Has(k, lex.RelWord)
	if the && !isRel {
		// "the weekend", "the year", "the full year", "the fiscal year": the anchor's
		j := k
		if s.isAny(j, kFull, kFiscal, kCalendar) {
			j++
		}
		if s.Is(j, kDay) && s.isAny(j+1, kBefore, kAfter) { // "the day before Christmas"
			if in, ok := s.core(j + 2); ok && in.Spec != nil && !in.Spec.Clock && grammar.NamesADay(in.Spec) {
				sp := *in.Spec
				sp.DayShift = 1
				if s.Is(j+1, kBefore) {
					sp.DayShift = -1
				}
				if sp.Rel == grammar.RelNone {
					sp.Base = sp.Base.Shift(timeline.GranDay, sp.DayShift)
					sp.DayShift = 0
				}
				s.cand = grammar.Cand{I: i, J: in.J, Type: timeline.TypeDate, Spec: s.spec(sp)}
				return true
			}
			if j == k && !s.atEnd(j+2) && !s.isWord(j+2) && !s.isNumber(j+2) {
				// "The day before, the mayor had spoken": the day before the
				// date told last
				n := 1
				if s.Is(j+1, kBefore) {
					n = -1
				}
				s.cand = grammar.Cand{I: i, J: j + 2, Type: timeline.TypeDate,
					Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, N: n, Anaphoric: true})}
				return true
			}
		}
		if s.Is(j, kWeek) && s.Is(j+1, kOf) { // "the week of March 6": the week that holds that day
			if in, ok := s.core(j + 2); ok && in.Spec != nil && in.Spec.Base.Gran == timeline.GranDay &&
				(in.Spec.Rel == grammar.RelNone || in.Spec.Rel == grammar.RelNamed && in.Spec.Weekday == 0 && in.Spec.Holiday == nil) {
				sp := *in.Spec
				if sp.Rel == grammar.RelNone {
					sp.Base = sp.Base.Coarsen(timeline.GranWeek)
				} else {
					sp.Out = timeline.GranWeek
				}
				s.cand = grammar.Cand{I: i, J: in.J, Type: timeline.TypeDate, Spec: s.spec(sp)}
				return true
			}
		}
		if s.Is(j, kYear) && s.isAny(j+1, kEnded, kEnding) {
			// "the year ended March 31" is the twelve months up to that day, a duration
			s.cand = grammar.Cand{I: i, J: j + 1, Type: timeline.TypeDuration, Value: "P1Y"}
			return true
		}
		if s.Is(j+1, kHyphen) && s.isAny(j+2, kEarlier, kAgo) {
			return false // "the year-ago results": see modified
		}
		switch s.Key(j) {
		case kYear, kWeek, kWeekend:
			u, _ := s.unit(j)
			sp := s.spec(grammar.Spec{Rel: grammar.RelShift, G: u.gran, Definite: true})
			if s.Is(j, kWeekend) {
				sp.Base.Weekend, sp.Definite = true, false
			}
			s.cand = grammar.Cand{I: i, J: j + 1, Type: timeline.TypeDate, Spec: sp}
			return true
		}
		return false
	}
	if !isRel || (s.Has(k, lex.RelNeedsArticle) && !the) || (the && s.isAny(k, kThis, kThat)) {
		return false
	}
	relN := s.value(k)
	n, anaphoric := relN, s.Has(k, lex.RelAnaphoric)
	if the && s.Is(k, kNext) {
		anaphoric = true // "the next day" follows the story, "next day" too rarely differs
	}
	if s.Is(k, kThis) && s.Is(k+1, kPast) { // "this past spring"
		k++
		n = -1
	} else if s.Is(k, kThis) && s.Is(k+1, kComing) { // "this coming Sunday"
		k++
		n = 1
	}
	if s.isAny(k, kThat, kThe) && s.isAny(k+1, kSame, kVery) { // "that same day"
		k++
	}
	k++
	c := grammar.Cand{I: i, Type: timeline.TypeDate}
	u, isUnit := s.unit(k)
	if isUnit && s.upper(k) && s.upper(k-1) && k-1 != i && !s.AllCaps(k) {
		return false // "This Week", "Next Year" in mid-sentence are titles
	}
	if isUnit && s.upper(k) && s.upper(k-1) && k-1 == i && i > 0 && !s.Has(i-1, lex.SentenceEnd) && !s.AllCaps(k) {
		return false
	}
	if isUnit && !s.Has(k, lex.Plural) && s.Entry(k).Unit != lex.UnitFortnight && !u.time {
		sp := s.spec(grammar.Spec{Rel: grammar.RelShift, G: u.gran, N: n, Anaphoric: anaphoric})
		switch s.Entry(k).Unit {
		case lex.UnitWeekend:
			sp.G = timeline.GranWeek
			sp.Base = grammar.Point{Weekend: true}
			if s.Is(k-1, kThis) {
				sp.Pick = grammar.PickThis // "this weekend" looks ahead unless the verb is past
			}
		case lex.UnitDay:
			if !anaphoric && relN != 0 { // "last day" is not yesterday
				return false
			}
			if s.Is(k-1, kThis) && !s.Has(i-1, lex.DeadlineWord) && !s.Is(i-1, kTo) {
				// "Ludendorff referred to this day as ...": the day in
				// question, today in news and the story's day in a history;
				// "to this day", "until this day" are the present
				sp.Definite = true
			}
		case lex.UnitNight:
			if relN == 1 && !anaphoric {
				return false // "next night" is rare and ambiguous
			}
			sp.Part = "NI"
			c.Type = timeline.TypeTime
		}
		c.J = k + 1
		c.Spec = sp
		s.cand = c
		return true
	}
	if s.Has(k, lex.PartOfDay) && (s.isAny(k-1, kThis, kLast) || anaphoric) {
		sp := s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, Anaphoric: anaphoric, Part: s.code(k)})
		if s.Is(k-1, kLast) {
			if s.Entry(k).Unit != lex.UnitNight {
				return false
			}
			sp.N = -1
		} else if anaphoric {
			sp.N = n
		}
		c.Type = timeline.TypeTime
		c.J = k + 1
		c.Spec = sp
		s.cand = c
		return true
	}
	var pk grammar.Pick // a map literal here was built anew at every call
	switch n {
	case -1:
		pk = grammar.PickLast
	case 0:
		pk = grammar.PickThis
	case 1:
		pk = grammar.PickNext
	}
	if anaphoric && s.Is(k-1, kThat) {
		pk = grammar.PickNearest
	}
	ok := s.Has(k, lex.Weekday)
	d := s.value(k)
	if !ok && s.isAny(k-1, kThis, kNext, kLast) {
		// "this Sat,", "next Fri.": an abbreviation, when punctuation or a time follows
		// ("that Sun" is a company)
		ok = s.Has(k, lex.WeekdayAbbrev)
		if ok && !(s.isAny(k+1, kDot, kComma) || s.isNumber(k+1) || s.Has(k+1, lex.PartOfDay) || s.atEnd(k+1)) {
			ok = false
		}
		if ok && s.Is(k+1, kDot) && s.Glued(k+1) {
			k++
		}
	}
	if ok {
		c.J = k + 1
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Weekday: isoWeekday(d), Pick: pk, Anaphoric: anaphoric, Base: grammar.Point{Gran: timeline.GranDay}})
		if s.Has(k+1, lex.PartOfDay) {
			c.Spec.Part = s.code(k + 1)
			c.Type = timeline.TypeTime
			c.J++
		}
		s.cand = c
		return true
	}
	if s.Has(k, lex.MonthAlone) || s.Is(k, kMay) {
		if !s.upper(k) && s.Has(k, lex.MonthAmbiguous) {
			return false
		}
		c.J = k + 1
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranMonth, Month: s.value(k)}, Pick: pk, Anaphoric: anaphoric})
		s.cand = c
		return true
	}
	if s.Has(k, lex.Season) {
		c.J = k + 1
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranSeason, Season: s.code(k)}, Pick: pk, Anaphoric: anaphoric})
		s.cand = c
		return true
	}
	if s.Is(k, kFiscal) && s.Is(k+1, kYear) {
		c.J = k + 2
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranYear, N: n, Anaphoric: anaphoric})
		s.cand = c
		return true
	}
	return false
}

// deicticDay matches "today", "yesterday morning", "tomorrow", "tonight".
func deicticDay(s *scanner, i int) bool {
	n := 0
	switch s.Key(i) {
	case kToday:
	case kYesterday:
		n = -1
	case kTomorrow:
		n = 1
	case kTonight:
		s.cand = grammar.Cand{I: i, J: i + 1, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay})}
		return true
	default:
		return false
	}
	c := grammar.Cand{I: i, J: i + 1, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, N: n})}
	if s.Has(i+1, lex.PartOfDay) {
		c.Spec.Part = s.code(i + 1)
		c.Type = timeline.TypeTime
		c.J++
	}
	s.cand = c
	return true
}
