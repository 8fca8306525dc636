package en

import (
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Named periods: seasons, holidays and weekdays.

// season matches "summer", "the summer of 1994", "spring 2023", "last fall".
func season(s *scanner, i int) bool {
	k := i
	the := s.Is(k, kThe)
	if the {
		k++
	}
	if !s.Has(k, lex.Season) {
		return false
	}
	code := s.code(k)
	k++
	c := grammar.Cand{I: i, Type: timeline.TypeDate}
	jj := k
	if s.Is(jj, kOf) {
		jj++
	}
	if y, j, ok := s.dateYear(jj); ok {
		c.J = s.winterYears(j, y)
		c.Spec = s.spec(grammar.Spec{Base: grammar.Point{Gran: timeline.GranSeason, Year: y, Season: code}})
		s.cand = c
		return true
	}
	// "fall" and "spring" are verbs and nouns too: they need a cue before them ("in the spring")
	if s.Has(k-1, lex.SeasonAmbiguous) && !s.Has(i-1, lex.MonthCue) {
		return false
	}
	if s.Has(k-1, lex.SeasonAmbiguous) && s.Is(i-1, kTo) && s.isWord(k) {
		return false // "to fall apart" is a verb; "from spring to fall." a season
	}
	if n, e, ana, ok := s.yearDeixis(k); ok && s.Is(k, kOf) {
		// "the summer of that year", "the autumn of the following year",
		// "the spring of last year"
		c.J = e
		c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranYear, N: n, Anaphoric: ana,
			Base: grammar.Point{Gran: timeline.GranSeason, Season: code}})
		s.cand = c
		return true
	}
	if s.isAny(k, kHyphen, kOf) { // "summer-like", "spring of hope"
		return false
	}
	c.J = k
	c.Spec = s.spec(grammar.Spec{Rel: grammar.RelNamed, Base: grammar.Point{Gran: timeline.GranSeason, Season: code}})
	s.cand = c
	return true
}

// winterYears returns the end of a season named by the two years it
// spans, "the winter of 1854–55", "the winter of 1941-1942", whose first
// year, ending before j, is y: the season is that year's (TIMEX3 dates a
// winter by the year it begins in).
func (s *scanner) winterYears(j, y int) int {
	if !(s.Is(j, kHyphen) || s.Has(j, lex.DashMark)) || !s.Glued(j) || !s.Glued(j+1) || !s.isNumber(j+1) {
		return j
	}
	if n := s.num(j + 1); s.digits(j+1) == 2 && n == (y+1)%100 || s.digits(j+1) == 4 && n == y+1 {
		return j + 2
	}
	return j
}

// holiday matches a name from the holiday table ("Christmas", "New Year's
// Eve"), with an optional year ("Christmas 2019").
func holiday(s *scanner, i int) bool {
	if !s.upper(i) {
		return false
	}
	var best *grammar.HolidayEntry
	ents := s.Holidays.Entries(s.ID(i))
	for e := range ents {
		ent := &ents[e]
		ok := true
		for n, w := range ent.Words {
			if s.Tok(i+n).ID() != w {
				ok = false
				break
			}
		}
		if ok && (best == nil || len(ent.Words) > len(best.Words)) {
			best = ent
		}
	}
	if best == nil {
		return false
	}
	j := i + len(best.Words)
	c := grammar.Cand{I: i, J: j, Type: timeline.TypeDate}
	sp := s.spec(grammar.Spec{Rel: grammar.RelNamed, Holiday: best.H, Pick: grammar.PickNearest, Base: grammar.Point{Gran: timeline.GranDay}})
	if y, jy, ok := s.yearNumber(j); ok {
		sp.Rel = grammar.RelNone
		sp.Base = grammar.DayPoint(best.H.Date(y))
		c.J = jy
	} else if s.Is(j, kWeek) { // "Easter week", "Thanksgiving week": the week that holds the day
		sp.Out = timeline.GranWeek
		c.J = j + 1
	}
	c.Spec = sp
	s.cand = c
	return true
}

// weekday matches "Friday", "Friday night", "Mondays" (a set).
func weekday(s *scanner, i int) bool {
	if !s.Has(i, lex.Weekday) {
		if s.Has(i, lex.WeekdayPlural) && s.upper(i) {
			s.cand = grammar.Cand{I: i, J: i + 1, Type: timeline.TypeSet, Value: grammar.AnyWeek(isoWeekday(s.value(i)))}
			return true
		}
		return false
	}
	d := isoWeekday(s.value(i))
	c := grammar.Cand{I: i, J: i + 1, Type: timeline.TypeDate}
	if s.Has(i+1, lex.PartOfDayPlural) { // "Tuesday nights": every Tuesday night
		s.cand = grammar.Cand{I: i, J: i + 2, Type: timeline.TypeSet, Value: grammar.AnyWeek(d) + "T" + s.code(i+1)}
		return true
	}
	sp := s.spec(grammar.Spec{Rel: grammar.RelNamed, Weekday: d, Base: grammar.Point{Gran: timeline.GranDay}})
	if s.Has(i+1, lex.PartOfDay) {
		c.J++ // "Friday night": TimeBank and AQUAINT mostly give it the day's value
	}
	c.Spec = sp
	s.cand = c
	return true
}

// isoWeekday numbers the time.Weekday a lexicon gives a weekday the ISO
// way, Monday 1 to Sunday 7.
func isoWeekday(wd int) int { return grammar.IsoWeekday(time.Weekday(wd)) }
