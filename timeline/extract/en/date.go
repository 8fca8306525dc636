package en

import (
	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Explicit dates: "2019-03-03", "3/4/2019", "March 3, 2019", "3 March",
// "the 3rd of March", "March 2019", a bare "March", and the second day of
// "April 24 and 25".

// numericDate matches "2019-03-03", "3/4/2019" (US month/day order, unless
// the first number cannot be a month) and "3/4/19".
func numericDate(s *scanner, i int) bool {
	if !s.isNumber(i) {
		return false
	}
	a, b, c := s.Tok(i), s.Tok(i+2), s.Tok(i+4)
	sep := s.Key(i + 1)
	if (sep != kHyphen && sep != kSlash && sep != kDot) || !s.Is(i+3, sep) || b.Kind() != lex.Number || c.Kind() != lex.Number ||
		!s.Glued(i+1) || !s.Glued(i+2) || !s.Glued(i+3) || !s.Glued(i+4) {
		return false
	}
	if s.Glued(i+5) && (s.isNumber(i+5) || s.Is(i+5, sep)) { // "1-2-3-4", "1.2.3.4": not a date
		return false
	}
	var y, m, d int
	switch {
	case a.Digits() == 4 && sep != kSlash: // ISO 2019-03-03
		y, m, d = a.Num(), b.Num(), c.Num()
	case sep == kHyphen && a.Digits() != 4:
		return false // "3-4-5" is a score or a phone number
	case c.Digits() == 4 || c.Digits() == 2:
		y = c.Num()
		if c.Digits() == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		m, d = a.Num(), b.Num()
		if sep == kDot || m > 12 { // "3.4.2019" is European; "31/12/2019" must be
			m, d = d, m
		}
	default:
		return false
	}
	if m < 1 || m > 12 || d < 1 || d > grammar.DaysIn(y, m) {
		return false
	}
	p := grammar.Point{Gran: timeline.GranDay, Year: y, Month: m, Day: d}
	s.cand = grammar.Cand{I: i, J: i + 5, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{Base: p})}
	return true
}

// mayBeNumericDate reports whether the unlisted number at i may begin a
// numeric date (see family.number): the separator after it comes again
// after the next number ("3/4/2019", not the "3.5" of "3.5 million").
func mayBeNumericDate(s *scanner, i int) bool { return s.Key(i+3) == s.Key(i+1) }

// month reads a month name at i, with its abbreviation dot, and reports
// where it ends. Ambiguous words ("may", "march") are left to the caller.
func (s *scanner) month(i int) (m, j int, ok bool) {
	if !s.Has(i, lex.Month) {
		return 0, 0, false
	}
	m = s.value(i)
	j = i + 1
	if s.Has(i, lex.MonthAbbrev) {
		// an abbreviation: "Sept." "Oct" before a day
		if s.Is(j, kDot) && s.Glued(j) {
			j++
		} else if _, isDay := s.dayNumber(j); !isDay && !s.opensEntry(j) {
			return 0, 0, false // "Jun – Color TV-Game released", an entry under a year heading, needs neither
		}
		if !s.upper(i) {
			return 0, 0, false
		}
	}
	return m, j, true
}

// weekdayPrefix reads "Monday," / "Mon." before a date and returns where
// the date starts.
func (s *scanner) weekdayPrefix(i int) (wd int, j int) {
	if s.Has(i, lex.Weekday) {
		j = i + 1
		if s.Is(j, kComma) {
			j++
		}
		return isoWeekday(s.value(i)), j
	}
	if s.Has(i, lex.WeekdayAbbrev) && s.upper(i) {
		j = i + 1
		if s.isAny(j, kDot, kComma) {
			j++
			if s.Is(j, kComma) {
				j++
			}
			return isoWeekday(s.value(i)), j
		}
	}
	return 0, i
}

// mayBeWeekdayMonthDate reports whether monthDate may match at the weekday
// at i: a month follows it, past its comma or full stop (monthDate's
// first checks).
func mayBeWeekdayMonthDate(s *scanner, i int) bool {
	_, k := s.weekdayPrefix(i)
	return s.Has(k, lex.Month)
}

// mayBeWeekdayDayMonth reports whether dayMonth may match at the weekday
// at i: a day follows it, past its comma or full stop (dayMonth's first
// checks, a weekday not being "the").
func mayBeWeekdayDayMonth(s *scanner, i int) bool {
	_, k := s.weekdayPrefix(i)
	_, ok := s.dayNumber(k)
	return ok
}

// monthDate matches "[Monday,] March 3[, 2019]", "March 2019", "March of
// 2019" and a bare month ("in March").
func monthDate(s *scanner, i int) bool {
	wd, k := s.weekdayPrefix(i)
	m, j, ok := s.month(k)
	if !ok {
		return false
	}
	c := grammar.Cand{I: i, Type: timeline.TypeDate}
	clockAfter := s.Is(j+1, kColon) && s.Glued(j+1) && s.isNumber(j+2) && s.Glued(j+2) // "May 5:30"
	if d, ok := s.dayNumber(j); ok && !clockAfter && !(s.isNumber(j+1) && s.Glued(j+1)) {
		j++
		y, jy, hasYear := 0, 0, false
		jj := j
		if s.Is(jj, kComma) {
			jj++
		}
		if y, jy, hasYear = s.dateYear(jj); hasYear && !s.BlankLineBefore(jj) {
			j = jy
		} else if y, hasYear = s.pairYear(j); hasYear && d > grammar.DaysIn(y, m) {
			return false
		}
		p := grammar.Point{Gran: timeline.GranDay, Month: m, Day: d}
		if hasYear {
			p.Year = y
			if d > grammar.DaysIn(y, m) {
				return false
			}
			c.Spec = s.spec(grammar.Spec{Base: p})
		} else {
			if d > grammar.DaysIn(2000, m) {
				return false
			}
			c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: p})
			if n, e, ana, ok := s.yearDeixis(j); ok { // "March 3 last year"
				c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranYear, N: n, Base: p, Anaphoric: ana})
				j = e
			}
		}
		c.J = j
		s.cand = c
		return true
	}
	jj := j
	if s.isAny(jj, kComma, kOf) {
		jj++
	}
	if y, jy, ok := s.dateYear(jj); ok && !s.BlankLineBefore(jj) {
		c.J = jy
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranMonth, Year: y, Month: m}})
		s.cand = c
		return true
	}
	if wd != 0 || j > k+1 { // "Monday, March" or "Oct." without a day is not a date we trust
		return false
	}
	if n, e, ana, ok := s.yearDeixis(j); ok && s.upper(i) { // "February this year", "May of the following year"
		c.J = e
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranYear, N: n, Base: grammar.Point{Gran: timeline.GranMonth, Month: m}, Anaphoric: ana})
		s.cand = c
		return true
	}
	// a bare month: needs a capital, and ambiguous words need a temporal cue before them
	if !s.upper(i) {
		return false
	}
	if s.Has(i, lex.MonthAmbiguous) && !s.Has(i-1, lex.MonthCue) && !(s.Is(i-1, kHyphen) && s.Is(i-2, kMid)) && !s.attributiveMonth(i) &&
		!s.listedAfterMonth(i) && !s.scheduledFor(i) && !s.opensEntry(j) {
		return false
	}
	c.J = j
	c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranMonth, Month: m}})
	s.cand = c
	return true
}

// scheduledFor reports whether the word at i follows "for" after a word of
// scheduling, which makes an ambiguous name a month: "a hearing is set for
// May", "scheduled for March"; not "voted for May".
func (s *scanner) scheduledFor(i int) bool {
	return s.Is(i-1, kFor) && (s.Has(i-2, lex.ProspectiveVerb) || s.Has(i-2, lex.ScheduleWord) || s.Has(i-2, lex.PlanWord))
}

// listedAfterMonth reports whether the word at i follows a month in a
// list, which makes an ambiguous name a month too: "in April and May",
// "April, May and June". After a comma the list must go on: "in March,
// May said" names a person.
func (s *scanner) listedAfterMonth(i int) bool {
	if !s.upper(i-2) || !s.Has(i-2, lex.Month) || s.Has(i-2, lex.MonthAbbrev) {
		return false
	}
	return s.isAny(i-1, kAnd, kOr) || s.Is(i-1, kComma) && (s.isAny(i+1, kAnd, kOr) || s.Is(i+1, kComma))
}

// attributiveMonth reports whether an ambiguous month name at i modifies the
// noun after it, "the March accession", "the May elections", rather than
// naming something ("the March on Washington", "the March of Dimes").
func (s *scanner) attributiveMonth(i int) bool {
	if !s.isAny(i-1, kThe, kIts, kTheir) {
		return false
	}
	n := s.Tok(i + 1)
	if n.Kind() != lex.Word || n.Upper() || n.Digits() > 0 {
		return false
	}
	return !s.Has(i+1, lex.NamingLink)
}

// dayMonth matches "3 March 2019", "3rd of March", "the 3rd of March".
func dayMonth(s *scanner, i int) bool {
	k := i
	if s.Is(k, kThe) {
		k++
	}
	_, k = s.weekdayPrefix(k) // "Monday 3 March": the date decides, the weekday is redundant
	d, ok := s.dayNumber(k)
	if !ok {
		return false
	}
	j := k + 1
	if s.Is(j, kOf) {
		j++
	}
	m, je, ok := s.month(j)
	if !ok && !s.Is(j-1, kOf) && s.upper(j) && s.Has(j, lex.Month) {
		// after a day an abbreviation needs no full stop: "20 Oct"
		m, ok = s.value(j), true
		je = j + 1
	}
	if !ok {
		return false
	}
	j = je
	if s.Has(j-1, lex.MonthAmbiguous) && !s.upper(j-1) {
		return false
	}
	c := grammar.Cand{I: i, Type: timeline.TypeDate}
	jj := j
	if s.Is(jj, kComma) {
		jj++
	}
	if y, jy, ok := s.dateYear(jj); ok && !s.BlankLineBefore(jj) {
		if d > grammar.DaysIn(y, m) {
			return false
		}
		c.J = jy
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranDay, Year: y, Month: m, Day: d}})
		s.cand = c
		return true
	}
	if d > grammar.DaysIn(2000, m) {
		return false
	}
	c.J = j
	c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranDay, Month: m, Day: d}})
	if n, e, ana, ok := s.yearDeixis(j); ok { // "3 March last year"
		c.J = e
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranYear, N: n, Base: c.Spec.Base, Anaphoric: ana})
	}
	s.cand = c
	return true
}

// ordinalDay matches a day of the month named by its ordinal alone: "on
// the 13th", "the 20th was a disaster", the first of "from the 13th to the
// 19th of October 1950". Its month and year come from the pair's second end
// or, when none, from the date it is told after (see the resolver); the
// word after must close the phrase, so "the 5th Army", "the 25th
// anniversary" and "the 11th Circuit" are no days.
func ordinalDay(s *scanner, i int) bool {
	if !s.Is(i, kThe) || !s.isWord(i+1) {
		return false
	}
	d, ok := s.dayNumber(i + 1)
	if !ok {
		return false
	}
	c := grammar.Cand{I: i, J: i + 2, Type: timeline.TypeDate}
	if s.Has(i+2, lex.DayPairLink) { // "the 13th to the 19th of October 1950"
		if next, ok := s.found(dayMonth(s, i+3)); ok && next.Spec != nil && next.Spec.Base.Day > d {
			sp := *next.Spec
			if d > grammar.DaysIn(2000, sp.Base.Month) {
				return false
			}
			sp.Base.Day = d
			c.Spec = s.spec(sp)
			s.cand = c
			return true
		}
		if s.isAny(i+2, kAnd, kOr) {
			return false // "the 1st and 2nd Armies"
		}
	}
	if n, j, ok := s.monthAnaphora(i + 2); ok { // "the 28th of that month"
		c.J = j
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranDay, Day: d}, Anaphoric: true, N: n})
		s.cand = c
		return true
	}
	if s.Is(i+2, kComma) && s.isWord(i+3) && s.Suffix(i+3).Has(lex.OrdinalSuffix) {
		return false // "The 4th, 15th, and 3rd Armies"
	}
	// a verb may follow a day told after "on": "the onslaught on the 20th
	// was successful"
	verb := s.Is(i-1, kOn) && (s.Has(i+2, lex.Copula) || s.Has(i+2, lex.AuxiliaryOrModal) || s.Has(i+2, lex.IrregularPast))
	if !s.atEnd(i+2) && s.isWord(i+2) && !s.Has(i+2, lex.PhraseCloser) && !verb || s.Is(i+2, kOf) || s.Is(i+2, kHyphen) && s.Glued(i+2) {
		return false
	}
	c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranDay, Day: d}})
	s.cand = c
	return true
}

// monthAnaphora reads "of that month", "of the same month", "of the
// following month" at i: the month of the date before, or the one after
// it (n months on), and where the words end.
func (s *scanner) monthAnaphora(i int) (n, j int, ok bool) {
	if !s.Is(i, kOf) {
		return 0, 0, false
	}
	k := i + 1
	switch {
	case s.Is(k, kThat):
	case s.Is(k, kThe) && (s.Is(k+1, kSame) || s.Is(k+1, kNext) || s.Has(k+1, lex.RelAnaphoric)):
		k++
		n = s.value(k)
	default:
		return 0, 0, false
	}
	if !s.Is(k+1, kMonth) {
		return 0, 0, false
	}
	return n, k + 2, true
}
