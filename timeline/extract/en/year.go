package en

import (
	"strconv"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Years, decades and centuries: "2014", "fiscal 1989", "the year 2000",
// "300 BC", "AD 79", "FY2025", "nineteen ninety-six", "the 1990s", "the
// '80s", "the nineties", "the 19th century", "the third century BC".

// year matches "2014", "fiscal 1989", "the year 2000", "300 BC", "AD 79".
func year(s *scanner, i int) bool {
	k := i
	c := grammar.Cand{I: i, Type: timeline.TypeDate}
	switch {
	case s.Is(k, kThe) && s.Is(k+1, kYear):
		k += 2
	case s.isAny(k, kFiscal, kFY):
		k++
	case s.upper(k) && s.Prefix(k, 2).Key == kFY && s.LowerLen(k) == 6:
		// "FY2025": TimeBank gives "fiscal 1989" the year's value
		if y, err := strconv.Atoi(lex.Lower(s.Source(k))[2:]); err == nil && y >= 1000 {
			c.J = k + 1
			c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: y}})
			s.cand = c
			return true
		}
		return false
	case s.Is(k, kAD) && s.upper(k) && s.isNumber(k+1) && s.digits(k+1) <= 4:
		y := s.num(k + 1)
		if y < 1 {
			return false
		}
		c.J = k + 2
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: y}})
		s.cand = c
		return true
	}
	if y, j, ok := s.spelledYear(k); ok {
		c.J = j
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: y}})
		s.cand = c
		return true
	}
	t := s.Tok(k)
	if t.Kind() == lex.Number && t.Digits() <= 4 && t.Num() >= 1 {
		if j, ok := s.beforeChrist(k + 1); ok {
			c.J = j
			c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: 1 - t.Num()}})
			s.cand = c
			return true
		}
		if s.opensRangeBC(k) { // the 264 of "264 to 241 BC", "240-238 BC"
			c.J = k + 1
			c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: 1 - t.Num()}})
			s.cand = c
			return true
		}
		if j, ok := s.annoDomini(k + 1); ok {
			c.J = j
			c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: t.Num()}})
			s.cand = c
			return true
		}
	}
	if t.Kind() == lex.Number && t.Digits() == 2 && k == i {
		if y, ok := s.shortRangeEnd(i); ok {
			c.J = i + 1
			c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: y}})
			s.cand = c
			return true
		}
	}
	if t.Kind() != lex.Number || t.Digits() != 4 {
		return false
	}
	y, j, ok := s.yearNumber(k)
	if !ok {
		return false
	}
	if k == i && (y < 1900 || y > 2099) && !s.Has(i-1, lex.YearCue) && !s.pairsWithYear(i, y) && !s.opensYearRange(i, y) &&
		!s.opensEntry(j) && !s.yearsBetween(i) && !s.namesItsYear(i, j) && !s.aloneInParens(i, j) {
		return false
	}
	switch {
	case s.Has(i-1, lex.NotYearAfter) && !s.Has(s.beforeAtLeast(i), lex.DeadlineWord):
		return false // a price, a code, a count ("in at least 2000 homes"); not "until at least 2030"
	case s.isAny(i-1, kAbout, kApproximately, kAround, kRoughly):
		if !s.endsPhrase(j) {
			return false // "around 2000 troops" is a count
		}
	}
	if s.Is(j, kHyphen) && s.Glued(j) && s.isNumber(j+1) && s.digits(j+1) != 2 && s.digits(j+1) != 4 {
		return false // "1990-3": a code, not a year
	}
	if s.Has(j, lex.UnitWord) && k == i {
		return false // "2000 years" is a duration count
	}
	if s.Has(j, lex.Season) && !s.upper(j) && !s.Is(j+1, kOf) &&
		(!s.Has(j, lex.SeasonAmbiguous) || s.endsPhrase(j+1) || s.Has(j+1, lex.EventNoun)) {
		// "the 1982 summer offensive", "in 1943 autumn", "the 1944 spring
		// campaign": the season of that year ("1990 spring wheat" is no season)
		c.J = j + 1
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranSeason, Year: y, Season: s.code(j)}})
		s.cand = c
		return true
	}
	c.J = j
	c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranYear, Year: y}})
	s.cand = c
	return true
}

// mayBeYear reports whether the unlisted number at i may begin a year (see
// family.number): one of four digits, or one with an era after it or
// after a range it opens ("300 BC", "79 A.D.", "264 to 241 BC"), or of two
// digits glued to the dash before as the short end of a range
// ("1915-17"; not the "25" of "$2.25 million"). It looks only at the words year's checks of those begin
// with: most numbers of news, prices and counts, are none of these, and
// trying the family at each cost some five hundred instructions.
func mayBeYear(s *scanner, i int) bool {
	if s.digits(i) == 4 {
		return true
	}
	switch s.Key(i + 1) {
	case kBC, kAD, kCE:
		return true
	case kB, kA: // "B.C.", "A.D."; not the "a" of "$2 a share"
		return s.Is(i+2, kDot)
	}
	return s.Has(i+1, lex.RangeLink) || s.digits(i) == 2 && s.Glued(i) && (s.Is(i-1, kHyphen) || s.Has(i-1, lex.DashMark))
}

// maxPairSpan is the most years the two ends of a pair of years lie apart:
// "1778-1783", "the Seven Years' War (1756-1763)", "1792 and 1793".
const maxPairSpan = 200

// pairsWithYear reports whether the four-digit number y at i ends a pair
// whose first end is a year: "from 1775-1780", "in 1782 and 1783". The
// first, a year by its own cue, makes the second one as a cue word would;
// "pages 1210-1250" stay numbers.
func (s *scanner) pairsWithYear(i, y int) bool {
	if s.Join(i-1) == grammar.JoinNone || !s.isNumber(i-2) || s.digits(i-2) != 4 {
		return false
	}
	first := s.num(i - 2)
	if first < 1000 || first >= y || y-first > maxPairSpan {
		return false
	}
	return first >= 1900 && first <= 2099 || s.Has(i-3, lex.YearCue) || s.opensYearRange(i-2, first) || s.yearsBetween(i-2)
}

// namesItsYear reports whether the four-digit number at i, ending before
// j, is the year of a happening named after it: "the 1777 campaign", "the
// 1784 Treaty of Mangalore". A count rarely stands between "the" and a
// happening or a name.
func (s *scanner) namesItsYear(i, j int) bool {
	return s.Is(i-1, kThe) && s.isWord(j) && (s.Has(j, lex.EventNoun) || s.upper(j) && !s.Has(j, lex.UnitWord))
}

// shortRangeEnd reads the year a two-digit number at i ends a range of
// years with, written short after the first: "1915-17", "the Siege of Kut
// (1915-16)", "1990-94", "the winter of 1854–55". The first end must be a
// year, and the second later in its century.
func (s *scanner) shortRangeEnd(i int) (int, bool) {
	if !s.Glued(i) || !s.Glued(i-1) || !(s.Is(i-1, kHyphen) || s.Has(i-1, lex.DashMark)) || !s.isNumber(i-2) || s.digits(i-2) != 4 {
		return 0, false
	}
	if s.isAny(i+1, kHyphen, kColon, kDot) && s.Glued(i+1) && s.isNumber(i+2) {
		return 0, false // "1990-94-12", "2024-05.1": a code
	}
	first, ok := s.found(year(s, i-2))
	if !ok || first.J != i-1 || first.Spec.Base.Year < 1000 {
		return 0, false
	}
	y := first.Spec.Base.Year
	if n := s.num(i); n > y%100 {
		return y - y%100 + n, true
	}
	return 0, false
}

// opensRangeBC reports whether the number at i opens a range of years
// whose second end is before Christ: "264 to 241 BC", "(240-238 BC)",
// "356–323 BC". Years before Christ count down, so the first end is the
// larger; a range that counts up ("4-5 BC") leaves the first a number.
func (s *scanner) opensRangeBC(i int) bool {
	if s.Join(i+1) != grammar.JoinRange || !s.isNumber(i+2) || s.digits(i+2) > 4 || s.isNumber(i-1) {
		return false
	}
	if _, ok := s.beforeChrist(i + 3); !ok {
		return false
	}
	first, last := s.num(i), s.num(i+2)
	return first > last && first-last <= maxPairSpan
}

// aloneInParens reports whether the number at i, ending before j, stands
// alone in parentheses: the year of what is named before it ("the Civil
// Constitution of the Clergy (1790)", "National Assembly (1789)", "Siege
// of Vellmar (1632)"). A count is rarely set apart so.
func (s *scanner) aloneInParens(i, j int) bool {
	return s.Is(i-1, kParen) && s.Is(j, kParenClose)
}

// yearsBetween reports whether the four-digit number at i opens "between
// 1792 and 1799": two years, the second after the first by no more than
// maxPairSpan, with nothing after them that they could count ("between
// 1500 and 2000 troops" are numbers).
func (s *scanner) yearsBetween(i int) bool {
	if !s.Is(i-1, kBetween) || !s.isNumber(i) || s.digits(i) != 4 || !s.Is(i+1, kAnd) || !s.isNumber(i+2) || s.digits(i+2) != 4 {
		return false
	}
	first, second := s.num(i), s.num(i+2)
	return first >= 1000 && first < second && second-first <= maxPairSpan && s.endsPhrase(i+3)
}

// opensEntry reports whether the number ending before token j opens a
// line of a chronology: first on its line, then a colon or a spaced dash
// ("1890 – Egon Schiele, painter", "1845: Florida joins the Union").
func (s *scanner) opensEntry(j int) bool {
	return s.LineStart(j-1) && (s.Is(j, kColon) || s.Has(j, lex.DashMark) && !s.Glued(j))
}

// opensYearRange reports whether the four-digit number y at i opens a
// range of years written as one word after a pause: "War in the north,
// 1775-1780", "the Seven Years' War (1756-1763)". After a word it may be a
// range of anything ("pages 1210-1250").
func (s *scanner) opensYearRange(i, y int) bool {
	if i > 0 && (s.isWord(i-1) || s.isNumber(i-1)) || !s.Is(i+1, kHyphen) || !s.Glued(i+1) || !s.Glued(i+2) ||
		!s.isNumber(i+2) || s.digits(i+2) != 4 {
		return false
	}
	last := s.num(i + 2)
	return y >= 1000 && y < last && last-y <= maxPairSpan
}

// endsPhrase reports whether token j closes the phrase before it: the end
// of the text, punctuation, or a word that cannot be the noun a number
// counts ("around 2010, officials said", "around 1850 when").
func (s *scanner) endsPhrase(j int) bool {
	if s.atEnd(j) || !s.isWord(j) {
		return true
	}
	return s.Has(j, lex.PhraseCloser)
}

// beforeChrist reads "BC", "B.C.", "BCE", "B.C.E." and returns where it ends.
func (s *scanner) beforeChrist(i int) (int, bool) {
	if s.Is(i, kBC) {
		return i + 1, true
	}
	if s.Is(i, kB) && s.Is(i+1, kDot) && s.Is(i+2, kC) {
		j := i + 3
		if s.Is(j, kDot) {
			j++
		}
		if s.Is(j, kE) && s.Is(j+1, kDot) {
			j += 2
		}
		return j, true
	}
	return 0, false
}

// annoDomini reads "AD", "A.D.", "CE" and returns where it ends.
func (s *scanner) annoDomini(i int) (int, bool) {
	if s.isAny(i, kAD, kCE) && s.upper(i) {
		return i + 1, true
	}
	if s.Is(i, kA) && s.Is(i+1, kDot) && s.Is(i+2, kD) {
		j := i + 3
		if s.Is(j, kDot) {
			j++
		}
		return j, true
	}
	return 0, false
}

// mayBeCentury reports whether the ordinal at i may begin a century (see
// family.ordinal): decadeOrCentury reads an ordinal with no article before
// it only before "century" or "-century".
func mayBeCentury(s *scanner, i int) bool {
	return s.Is(i+1, kCentury) || s.Is(i+1, kHyphen) && s.Is(i+2, kCentury)
}

// decadeOrCentury matches "the 1990s", "1990s", "the '80s", "the nineties",
// "the 19th century", "the twentieth century", "the 3rd century BC".
func decadeOrCentury(s *scanner, i int) bool {
	k := i
	the := s.Is(k, kThe)
	if the {
		k++
	}
	c := grammar.Cand{I: i, Type: timeline.TypeDate}
	// "1990s" / "80s" / "'80s"
	apos := false
	if s.Is(k, kApostrophe) && s.Glued(k+1) {
		apos = true
		k++
	}
	t := s.Tok(k)
	if t.Kind() == lex.Word && (t.Digits() == 4 || t.Digits() == 2) && s.Suffix(k).Key == kS && t.Num()%10 == 0 {
		y := t.Num()
		if t.Digits() == 2 {
			if c, ok := s.pairedDecade(k); ok && !apos && !the { // "the 1860s and 70s"
				y = c + y
			} else if !apos && !the {
				return false // "in their 80s" is an age
			} else {
				y += 1900
			}
		}
		c.J = k + 1
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranDecade, Year: y}})
		if y%100 == 0 && y < 1900 && t.Digits() == 4 {
			// "the 1400s", "the 1800s" are centuries; "the 1900s" and "the
			// 2000s" are mostly read as decades
			c.Spec.Base.Gran = timeline.GranCentury
		}
		s.cand = c
		return true
	}
	if s.Has(k, lex.DecadeWord) && the {
		c.J = k + 1
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranDecade, Year: 1900 + s.value(k)}})
		s.cand = c
		return true
	}
	// centuries
	n := 0
	if s.Has(k, lex.Ordinal) {
		n = s.value(k)
	} else if t.Kind() == lex.Word && t.Digits() > 0 && t.Digits() <= 2 && s.Suffix(k).Has(lex.OrdinalSuffix) {
		n = t.Num()
	}
	if n > 0 && (s.Is(k+1, kCentury) || (s.Is(k+1, kHyphen) && s.Is(k+2, kCentury))) {
		j := k + 2
		if s.Is(k+1, kHyphen) {
			j++
		}
		if e, ok := s.beforeChrist(j); ok { // the 3rd century BC: 300..201 BC
			c.J = e
			c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranCentury, Year: 1 - n*100}})
			s.cand = c
			return true
		}
		c.J = j
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranCentury, Year: (n - 1) * 100}})
		s.cand = c
		return true
	}
	return false
}

// pairedDecade returns the century of the decade a two-digit one at k
// follows in a pair: "the 1860s and 70s", "the 1950s-60s" are 1870s and
// 1960s.
func (s *scanner) pairedDecade(k int) (int, bool) {
	if !s.isAny(k-1, kAnd, kOr, kTo, kHyphen) {
		return 0, false
	}
	j := k - 2
	if t := s.Tok(j); t.Kind() == lex.Word && t.Digits() == 4 && s.Suffix(j).Key == kS && t.Num()%10 == 0 {
		return t.Num() - t.Num()%100, true
	}
	return 0, false
}

// mayBeRangeDay reports whether the unlisted number at i may begin a
// range day (see family.number): the word that joins the two days stands
// between it and another number, before or after it, as rangeDay reads
// the first day and the second ("19-20", not "6-year-old").
func mayBeRangeDay(s *scanner, i int) bool {
	return s.Has(i+1, lex.DayPairLink) && s.isNumber(i+2) || s.Has(i-1, lex.DayPairLink) && s.isNumber(i-2)
}

// rangeDay matches the bare day of a pair of days sharing one month name:
// the first of "19-20 Oct" and "8 and 9 March", the second of "April 24
// and 25" and "Oct. 19-20, 1999". It takes the month (and year) the pair
// names.
func rangeDay(s *scanner, i int) bool {
	// either day stands next to the word that joins the two: most numbers
	// tried here do not
	if !s.Has(i+1, lex.DayPairLink) && !s.Has(i-1, lex.DayPairLink) {
		return false
	}
	d, ok := s.dayNumber(i)
	if !ok {
		return false
	}
	// the first day: "19-20 Oct", "14 and 16 November 2014"
	if s.isNumber(i) && s.Has(i+1, lex.DayPairLink) && s.isNumber(i+2) {
		if d2, ok := s.dayNumber(i + 2); ok && d2 > d {
			if next, ok := s.found(dayMonth(s, i+2)); ok && next.Spec != nil {
				sp := *next.Spec
				if d > grammar.DaysIn(2000, sp.Base.Month) {
					return false
				}
				sp.Base.Day = d
				s.cand = grammar.Cand{I: i, J: i + 1, Type: timeline.TypeDate, Spec: s.spec(sp)}
				return true
			}
		}
	}
	// the second day: "April 24 and 25", "Oct. 19-20, 1999", "May 6 and 7th"
	if !s.Has(i-1, lex.DayPairLink) || !s.isNumber(i-2) {
		return false
	}
	d1, ok := s.dayNumber(i - 2)
	if !ok || d1 >= d {
		return false
	}
	k := i - 3
	if s.Is(k, kDot) {
		k--
	}
	first, ok := s.found(monthDate(s, k))
	if !ok || first.Spec == nil || first.Spec.Base.Gran != timeline.GranDay || first.J != i-1 {
		return false
	}
	if s.Has(i+1, lex.UnitWord) {
		return false // "March 3 to 5 years": a count
	}
	sp := *first.Spec
	if d > grammar.DaysIn(2000, sp.Base.Month) {
		return false
	}
	sp.Base.Day = d
	c := grammar.Cand{I: i, J: i + 1, Type: timeline.TypeDate}
	jj := i + 1
	if s.Is(jj, kComma) {
		jj++
	}
	if y, jy, ok := s.yearNumber(jj); ok { // "Oct. 19-20, 1999": the year covers both
		if d > grammar.DaysIn(y, sp.Base.Month) {
			return false
		}
		sp.Rel, sp.Base.Year = grammar.RelNone, y
		c.J = jy
	}
	c.Spec = s.spec(sp)
	s.cand = c
	return true
}

// pairYear reads the year written after a second day, "-20, 1999" in
// "Oct. 19-20, 1999", which dates the first day too.
func (s *scanner) pairYear(j int) (int, bool) {
	if !s.Has(j, lex.DayPairLink) {
		return 0, false
	}
	if _, ok := s.dayNumber(j + 1); !ok || !s.isNumber(j+1) {
		return 0, false
	}
	k := j + 2
	if s.Is(k, kComma) {
		k++
	}
	y, _, ok := s.yearNumber(k)
	return y, ok
}

// yearDeixis reads the year named after a month or day, "[of] this year",
// "last year", "next year", and returns its shift from the anchor's year;
// "of the following year", "of the next year", "of that year" refer back
// to the year of the story (anaphoric): "May of the following year".
// "year's" belongs to a noun phrase of its own ("May last year's profits").
func (s *scanner) yearDeixis(i int) (n, j int, anaphoric, ok bool) {
	of := s.Is(i, kOf)
	if of {
		i++
	}
	if of && (s.Is(i, kThe) && s.Has(i+1, lex.RelWord) || s.Is(i, kThat)) {
		k := i + 1
		if s.Is(i, kThat) {
			k = i
		}
		if s.Is(k+1, kYear) && !s.possessive(k+2) && (s.Is(i, kThat) || s.Has(k, lex.RelAnaphoric) || s.Is(k, kNext)) {
			if s.Is(i, kThat) {
				return 0, k + 2, true, true
			}
			return s.value(k), k + 2, true, true
		}
	}
	if !s.Is(i+1, kYear) || s.possessive(i+2) {
		return 0, 0, false, false
	}
	if n, ok := s.deicticShift(i); ok {
		return n, i + 2, false, true
	}
	return 0, 0, false, false
}

// possessive reports whether an apostrophe and s begin at token i.
func (s *scanner) possessive(i int) bool { return s.Is(i, kApostrophe) && s.Is(i+1, kS) }

// deicticShift is how many periods "this", "last" and "next" move from the
// anchor's own: 0, -1 and +1.
func (s *scanner) deicticShift(i int) (n int, ok bool) {
	switch s.Key(i) {
	case kThis:
		return 0, true
	case kLast:
		return -1, true
	case kNext:
		return 1, true
	}
	return 0, false
}
