package extract

import (
	"strconv"
	"strings"
	"time"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// pick says which occurrence of a named period ("March", "Friday",
// "Christmas", "the third quarter") an expression means.
type pick uint8

const (
	pickTense   pick = iota // by the tense around it; the nearest when unclear
	pickLast                // the last one strictly before the anchor ("last March")
	pickThis                // the one in the anchor's enclosing period ("this March")
	pickNext                // the first one strictly after ("next March")
	pickNearest             // the nearest either way (holidays, narrative anaphora)
)

type relKind uint8

const (
	relNone  relKind = iota // base is a complete calendar point: "March 3, 2019"
	relShift                // the anchor at granularity g, moved by n: "last year", "two days later"
	relNamed                // base lacks its year, or a weekday: pick an occurrence
)

// spec says how to compute the calendar point of a DATE or TIME expression
// once its anchor is known.
type spec struct {
	rel       relKind
	base      point
	g         timeline.Granularity // shift unit for relShift
	n         int                  // shift amount for relShift
	out       timeline.Granularity // coarsen the result to this, when set
	weekday   int                  // 1 (Monday) .. 7 (Sunday); 0 for none
	holiday   *Holiday
	pick      pick
	part      string // part of day: MO, AF, EV, NI
	clock     bool   // hour and minute set
	hour, min int
	anaphoric bool // anchored to the last mentioned date, not the document date
	// quarterRef: "the quarter", "the latest period": the last mentioned
	// quarter, else the last complete one before the anchor.
	quarterRef bool
	// viaQuarter: "a year ago", "a year earlier" in a text about quarterly
	// results mean the same quarter a year before.
	viaQuarter bool
	// dayShift moves the resolved day: "the day before Christmas" is -1.
	dayShift int
}

// cand is a temporal expression found in the token stream, tokens [i, j).
type cand struct {
	i, j  int
	typ   timeline.TimexType
	mod   string
	value string // the value when no spec is needed (durations, sets, REFs)
	spec  *spec
	fuzzy bool // vague by nature: "recently", "the years to come"
	turn  bool // "the turn of the century": either side of the period's start
}

// scanner matches the grammar over the tokens of one text.
type scanner struct {
	text string
	toks []token
	hol  holidayIndex
}

func newScanner(tt *lex.Tokenized, holidays []Holiday) *scanner {
	return &scanner{text: tt.Text, toks: tokensOf(tt), hol: indexHolidays(holidays)}
}

func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].lower
}

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &token{}
	}
	return &s.toks[i]
}

// glued reports whether token i directly follows token i-1, without space.
func (s *scanner) glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

// scan finds all expressions in text order, taking the longest match at each
// token and moving past it; every matcher looks at a bounded window, so the
// whole scan is linear in the text.
func (s *scanner) scan() []cand {
	var out []cand
	for i := 0; i < len(s.toks); {
		best, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, best)
		i = best.j
	}
	return out
}

func (s *scanner) matchAt(i int) (cand, bool) {
	t := &s.toks[i]
	switch {
	case t.kind == tokNum, t.kind == tokWord && t.ndigits > 0, len(t.lower) == 6 && strings.HasPrefix(t.lower, "fy"):
	case !starters[t.lower] && !(t.upper && s.hol[t.lower] != nil):
		return cand{}, false
	}
	var l longest
	l.try(s.modified(i))
	l.try(s.core(i))
	l.try(s.duration(i))
	l.try(s.set(i))
	l.try(s.ref(i))
	l.try(s.clockTime(i))
	if !l.found {
		return cand{}, false
	}
	return s.withClock(l.best), true
}

// longest keeps the longest of the matches offered to it; of equal ones,
// the first offered wins, so the order of the matchers is their priority.
type longest struct {
	best  cand
	found bool
}

func (l *longest) try(c cand, ok bool) {
	if ok && c.j > c.i && (!l.found || c.j > l.best.j) {
		l.best, l.found = c, true
	}
}

// withClock extends a date that names one day with a time of day right
// after it: "3 Oct 10pm", "March 3, 2019, at 5 p.m.".
func (s *scanner) withClock(c cand) cand {
	if c.spec == nil || c.spec.clock || c.spec.part != "" || c.mod != "" || !namesADay(c.spec) {
		return c
	}
	k := c.j
	if s.w(k) == "," {
		k++
	}
	if s.w(k) == "at" {
		k++
	}
	t, ok := s.clockTime(k)
	if !ok || t.spec == nil || t.spec.rel != relShift || t.spec.n != 0 {
		return c // no time, or one with a day of its own
	}
	sp := atTime(*c.spec, t.spec.hour, t.spec.min)
	c.spec, c.j, c.typ = &sp, t.j, timeline.TypeTime
	return c
}

// atTime sets a time of day on a spec that names a day.
func atTime(sp spec, hour, min int) spec {
	sp.clock, sp.hour, sp.min = true, hour, min
	if sp.rel == relNone { // a full date is its own value: "5 p.m., Nov. 9, 1989"
		sp.base.gran, sp.base.hour, sp.base.minute = timeline.GranHour, hour, min
		if min != 0 {
			sp.base.gran = timeline.GranMinute
		}
	}
	return sp
}

// core matches a DATE or TIME expression that a modifier can wrap.
func (s *scanner) core(i int) (cand, bool) {
	var l longest
	l.try(s.numericDate(i))
	l.try(s.monthDate(i))
	l.try(s.dayMonth(i))
	l.try(s.rangeDay(i))
	l.try(s.year(i))
	l.try(s.decadeOrCentury(i))
	l.try(s.quarter(i))
	l.try(s.season(i))
	l.try(s.holiday(i))
	l.try(s.weekday(i))
	l.try(s.relative(i))
	l.try(s.deicticDay(i))
	return l.best, l.found
}

// ---- numbers ----

// dayNumber reads a day of the month: "3", "03", "3rd", "21st".
func (s *scanner) dayNumber(i int) (int, bool) {
	t := s.tok(i)
	switch {
	case t.kind == tokNum && t.ndigits <= 2 && t.num >= 1 && t.num <= 31:
		return t.num, true
	case t.kind == tokWord && t.ndigits > 0 && t.ndigits <= 2 && t.num >= 1 && t.num <= 31:
		suf := t.lower[t.ndigits:]
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			return t.num, true
		}
	}
	return 0, false
}

// yearNumber reads a four-digit year, or "'98" (two tokens).
func (s *scanner) yearNumber(i int) (year, j int, ok bool) {
	t := s.tok(i)
	if t.kind == tokNum && t.ndigits == 4 && t.num >= 1000 && t.num <= 2199 {
		if s.w(i+1) == "%" || ((s.w(i+1) == "," || s.w(i+1) == ".") && s.tok(i+2).kind == tokNum && s.glued(i+1) && s.glued(i+2)) {
			return 0, 0, false // "2,000", "2082.1"
		}
		if (s.w(i-1) == "." || s.w(i-1) == ",") && s.glued(i) && s.tok(i-2).kind == tokNum && s.glued(i-1) {
			return 0, 0, false // "1,2000", "3.1990"
		}
		return t.num, i + 1, true
	}
	if t.lower == "'" && s.tok(i+1).kind == tokNum && s.tok(i+1).ndigits == 2 && s.glued(i+1) {
		return 1900 + s.tok(i+1).num, i + 2, true
	}
	return s.spelledYear(i)
}

// number reads a count: "3", "three", "twenty-four", "a", "a few",
// "several", "a couple of". vague is set for unknown counts.
func (s *scanner) number(i int) (n, j int, vague, ok bool) {
	w := s.w(i)
	t := s.tok(i)
	switch {
	case t.kind == tokNum && t.ndigits <= 4:
		if s.w(i+1) == "." && s.tok(i+2).kind == tokNum && s.glued(i+1) { // "1.5 years": keep it a count of 1
			return t.num, i + 3, false, true
		}
		return t.num, i + 1, false, true
	case vagueQuantities[w]:
		return 0, i + 1, true, true
	case w == "a" || w == "an":
		if vagueQuantities[s.w(i+1)] {
			return 0, i + 2, true, true
		}
		if s.w(i+1) == "couple" {
			if s.w(i+2) == "of" {
				return 2, i + 3, false, true
			}
			return 2, i + 2, false, true
		}
		if s.w(i+1) == "dozen" {
			return 12, i + 2, false, true
		}
		return 1, i + 1, false, true
	case w == "couple" && s.w(i+1) == "of":
		return 2, i + 2, false, true
	}
	if v, ok := numberWords[w]; ok && w != "a" && w != "an" && w != "couple" {
		j = i + 1
		if v >= 20 && v < 100 && v%10 == 0 { // "twenty-four", "twenty four"
			k := j
			if s.w(k) == "-" && s.glued(k) {
				k++
			}
			if u, ok := numberWords[s.w(k)]; ok && u > 0 && u < 10 && s.w(k) != "a" && s.w(k) != "an" {
				return v + u, k + 1, false, true
			}
		}
		if s.w(j) == "hundred" && v < 10 {
			return v * 100, j + 1, false, true
		}
		return v, j, false, true
	}
	return 0, 0, false, false
}

// ---- explicit dates ----

// numericDate matches "2019-03-03", "3/4/2019" (US month/day order, unless
// the first number cannot be a month) and "3/4/19".
func (s *scanner) numericDate(i int) (cand, bool) {
	t := s.tok(i)
	if t.kind != tokNum {
		return cand{}, false
	}
	a, b, c := s.tok(i), s.tok(i+2), s.tok(i+4)
	sep := s.w(i + 1)
	if (sep != "-" && sep != "/" && sep != ".") || s.w(i+3) != sep || b.kind != tokNum || c.kind != tokNum ||
		!s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) || !s.glued(i+4) {
		return cand{}, false
	}
	if s.glued(i+5) && (s.tok(i+5).kind == tokNum || s.w(i+5) == sep) { // "1-2-3-4", "1.2.3.4": not a date
		return cand{}, false
	}
	var y, m, d int
	switch {
	case a.ndigits == 4 && sep != "/": // ISO 2019-03-03
		y, m, d = a.num, b.num, c.num
	case sep == "-" && a.ndigits != 4:
		return cand{}, false // "3-4-5" is a score or a phone number
	case c.ndigits == 4 || c.ndigits == 2:
		y = c.num
		if c.ndigits == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		m, d = a.num, b.num
		if sep == "." || m > 12 { // "3.4.2019" is European; "31/12/2019" must be
			m, d = d, m
		}
	default:
		return cand{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return cand{}, false
	}
	p := point{gran: timeline.GranDay, year: y, month: m, day: d}
	return cand{i: i, j: i + 5, typ: timeline.TypeDate, spec: &spec{base: p}}, true
}

// month reads a month name at i, with its abbreviation dot, and reports
// where it ends. Ambiguous words ("may", "march") are left to the caller.
func (s *scanner) month(i int) (m, j int, ok bool) {
	w := s.w(i)
	m, ok = monthNames[w]
	if !ok {
		return 0, 0, false
	}
	j = i + 1
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		// an abbreviation: "Sept." "Oct" before a day
		if s.w(j) == "." && s.glued(j) {
			j++
		} else if _, isDay := s.dayNumber(j); !isDay {
			return 0, 0, false
		}
		if !s.tok(i).upper {
			return 0, 0, false
		}
	}
	return m, j, true
}

// weekdayPrefix reads "Monday," / "Mon." before a date and returns where
// the date starts.
func (s *scanner) weekdayPrefix(i int) (wd int, j int) {
	w := s.w(i)
	if d, ok := weekdayNames[w]; ok {
		j = i + 1
		if s.w(j) == "," {
			j++
		}
		return isoWeekday(d), j
	}
	if d, ok := weekdayAbbrevs[w]; ok && s.tok(i).upper {
		j = i + 1
		if s.w(j) == "." || s.w(j) == "," {
			j++
			if s.w(j) == "," {
				j++
			}
			return isoWeekday(d), j
		}
	}
	return 0, i
}

// anyWeek writes the TIMEX3 value of an ISO weekday (1 Monday .. 7 Sunday)
// in an unknown week: "XXXX-WXX-5" is a Friday, or every Friday in a SET.
func anyWeek(isoDay int) string { return "XXXX-WXX-" + strconv.Itoa(isoDay) }

func isoWeekday(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// monthDate matches "[Monday,] March 3[, 2019]", "March 2019", "March of
// 2019" and a bare month ("in March").
func (s *scanner) monthDate(i int) (cand, bool) {
	wd, k := s.weekdayPrefix(i)
	m, j, ok := s.month(k)
	if !ok {
		return cand{}, false
	}
	c := cand{i: i, typ: timeline.TypeDate}
	clockAfter := s.w(j+1) == ":" && s.glued(j+1) && s.tok(j+2).kind == tokNum && s.glued(j+2) // "May 5:30"
	if d, ok := s.dayNumber(j); ok && !clockAfter && !(s.tok(j+1).kind == tokNum && s.glued(j+1)) {
		j++
		y, jy, hasYear := 0, 0, false
		jj := j
		if s.w(jj) == "," {
			jj++
		}
		if y, jy, hasYear = s.yearNumber(jj); hasYear {
			j = jy
		} else if y, hasYear = s.pairYear(j); hasYear && d > daysIn(y, m) {
			return cand{}, false
		}
		p := point{gran: timeline.GranDay, month: m, day: d}
		if hasYear {
			p.year = y
			if d > daysIn(y, m) {
				return cand{}, false
			}
			c.spec = &spec{base: p}
		} else {
			if d > daysIn(2000, m) {
				return cand{}, false
			}
			c.spec = &spec{rel: relNamed, base: p}
			if n, e, ok := s.yearDeixis(j); ok { // "March 3 last year"
				c.spec = &spec{rel: relShift, g: timeline.GranYear, n: n, base: p}
				j = e
			}
		}
		c.j = j
		return c, true
	}
	jj := j
	if s.w(jj) == "," || s.w(jj) == "of" {
		jj++
	}
	if y, jy, ok := s.yearNumber(jj); ok {
		c.j = jy
		c.spec = &spec{base: point{gran: timeline.GranMonth, year: y, month: m}}
		return c, true
	}
	if wd != 0 || j > k+1 { // "Monday, March" or "Oct." without a day is not a date we trust
		return cand{}, false
	}
	if n, e, ok := s.yearDeixis(j); ok && s.tok(i).upper { // "February this year", "June last year"
		c.j = e
		c.spec = &spec{rel: relShift, g: timeline.GranYear, n: n, base: point{gran: timeline.GranMonth, month: m}}
		return c, true
	}
	// a bare month: needs a capital, and ambiguous words need a temporal cue before them
	if !s.tok(i).upper {
		return cand{}, false
	}
	if ambiguousMonths[s.w(i)] && !monthCue[s.w(i-1)] && !(s.w(i-1) == "-" && s.w(i-2) == "mid") && !s.attributiveMonth(i) {
		return cand{}, false
	}
	c.j = j
	c.spec = &spec{rel: relNamed, base: point{gran: timeline.GranMonth, month: m}}
	return c, true
}

// attributiveMonth reports whether an ambiguous month name at i modifies the
// noun after it, "the March accession", "the May elections", rather than
// naming something ("the March on Washington", "the March of Dimes").
func (s *scanner) attributiveMonth(i int) bool {
	if s.w(i-1) != "the" && s.w(i-1) != "its" && s.w(i-1) != "their" {
		return false
	}
	n := s.tok(i + 1)
	if n.kind != tokWord || n.upper || n.ndigits > 0 {
		return false
	}
	switch n.lower {
	case "of", "on", "to", "for", "in", "at", "by", "from", "with", "and", "or", "is", "was", "will", "has", "had":
		return false
	}
	return true
}

// monthCue words make a following "May" or "March" a month.
var monthCue = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"to": true, "through": true, "during": true, "of": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "that": true, "before": true, "after": true, "between": true,
	"end": true, "beginning": true, "start": true, "middle": true, "on": true, "each": true, "every": true}

// dayMonth matches "3 March 2019", "3rd of March", "the 3rd of March".
func (s *scanner) dayMonth(i int) (cand, bool) {
	k := i
	if s.w(k) == "the" {
		k++
	}
	_, k = s.weekdayPrefix(k) // "Monday 3 March": the date decides, the weekday is redundant
	d, ok := s.dayNumber(k)
	if !ok {
		return cand{}, false
	}
	j := k + 1
	if s.w(j) == "of" {
		j++
	}
	m, je, ok := s.month(j)
	if !ok && s.w(j-1) != "of" && s.tok(j).upper {
		// after a day an abbreviation needs no full stop: "20 Oct"
		m, ok = monthNames[s.w(j)]
		je = j + 1
	}
	if !ok {
		return cand{}, false
	}
	j = je
	if ambiguousMonths[s.w(j-1)] && !s.tok(j-1).upper {
		return cand{}, false
	}
	c := cand{i: i, typ: timeline.TypeDate}
	jj := j
	if s.w(jj) == "," {
		jj++
	}
	if y, jy, ok := s.yearNumber(jj); ok {
		if d > daysIn(y, m) {
			return cand{}, false
		}
		c.j = jy
		c.spec = &spec{base: point{gran: timeline.GranDay, year: y, month: m, day: d}}
		return c, true
	}
	if d > daysIn(2000, m) {
		return cand{}, false
	}
	c.j = j
	c.spec = &spec{rel: relNamed, base: point{gran: timeline.GranDay, month: m, day: d}}
	if n, e, ok := s.yearDeixis(j); ok { // "3 March last year"
		c.j = e
		c.spec = &spec{rel: relShift, g: timeline.GranYear, n: n, base: c.spec.base}
	}
	return c, true
}

// namesADay reports whether a spec resolves to one calendar day: "March 6",
// "Tuesday", "Christmas", "yesterday".
func namesADay(sp *spec) bool {
	return sp.base.gran == timeline.GranDay || sp.weekday != 0 || sp.holiday != nil ||
		(sp.rel == relShift && sp.g == timeline.GranDay && sp.part == "")
}

// rangeDay matches the bare day of a pair of days sharing one month name:
// the first of "19-20 Oct" and "8 and 9 March", the second of "April 24
// and 25" and "Oct. 19-20, 1999". It takes the month (and year) the pair
// names.
func (s *scanner) rangeDay(i int) (cand, bool) {
	d, ok := s.dayNumber(i)
	if !ok || s.tok(i).kind != tokNum {
		return cand{}, false
	}
	joins := func(k int) bool {
		switch s.w(k) {
		case "-", "and", "or", "to", "through", "&":
			return true
		}
		return false
	}
	// the first day: "19-20 Oct", "14 and 16 November 2014"
	if joins(i+1) && s.tok(i+2).kind == tokNum {
		if d2, ok := s.dayNumber(i + 2); ok && d2 > d {
			if next, ok := s.dayMonth(i + 2); ok && next.spec != nil {
				sp := *next.spec
				if d > daysIn(2000, sp.base.month) {
					return cand{}, false
				}
				sp.base.day = d
				return cand{i: i, j: i + 1, typ: timeline.TypeDate, spec: &sp}, true
			}
		}
	}
	// the second day: "April 24 and 25", "Oct. 19-20, 1999"
	if !joins(i-1) || s.tok(i-2).kind != tokNum {
		return cand{}, false
	}
	d1, ok := s.dayNumber(i - 2)
	if !ok || d1 >= d {
		return cand{}, false
	}
	k := i - 3
	if s.w(k) == "." {
		k--
	}
	first, ok := s.monthDate(k)
	if !ok || first.spec == nil || first.spec.base.gran != timeline.GranDay || first.j != i-1 {
		return cand{}, false
	}
	if _, isUnit := unitWords[s.w(i+1)]; isUnit {
		return cand{}, false // "March 3 to 5 years": a count
	}
	sp := *first.spec
	if d > daysIn(2000, sp.base.month) {
		return cand{}, false
	}
	sp.base.day = d
	c := cand{i: i, j: i + 1, typ: timeline.TypeDate, spec: &sp}
	jj := i + 1
	if s.w(jj) == "," {
		jj++
	}
	if y, jy, ok := s.yearNumber(jj); ok { // "Oct. 19-20, 1999": the year covers both
		if d > daysIn(y, sp.base.month) {
			return cand{}, false
		}
		sp.rel, sp.base.year = relNone, y
		c.j = jy
	}
	return c, true
}

// pairYear reads the year written after a second day, "-20, 1999" in
// "Oct. 19-20, 1999", which dates the first day too.
func (s *scanner) pairYear(j int) (int, bool) {
	switch s.w(j) {
	case "-", "and", "or", "to", "through", "&":
	default:
		return 0, false
	}
	if _, ok := s.dayNumber(j + 1); !ok || s.tok(j+1).kind != tokNum {
		return 0, false
	}
	k := j + 2
	if s.w(k) == "," {
		k++
	}
	y, _, ok := s.yearNumber(k)
	return y, ok
}

// yearDeixis reads the year named after a month or day, "[of] this year",
// "last year", "next year", and returns its shift from the anchor's year.
// "year's" belongs to a noun phrase of its own ("May last year's profits").
func (s *scanner) yearDeixis(i int) (n, j int, ok bool) {
	if s.w(i) == "of" {
		i++
	}
	if s.w(i+1) != "year" || (s.w(i+2) == "'" && s.w(i+3) == "s") {
		return 0, 0, false
	}
	if n, ok := deicticShift(s.w(i)); ok {
		return n, i + 2, true
	}
	return 0, 0, false
}

// deicticShift is how many periods "this", "last" and "next" move from the
// anchor's own: 0, -1 and +1.
func deicticShift(w string) (n int, ok bool) {
	switch w {
	case "this":
		return 0, true
	case "last":
		return -1, true
	case "next":
		return 1, true
	}
	return 0, false
}

// yearCue words make a following four-digit number a year even outside 1900-2099.
var yearCue = map[string]bool{"in": true, "since": true, "until": true, "by": true, "from": true, "to": true,
	"through": true, "during": true, "of": true, "before": true, "after": true, "year": true,
	"early": true, "late": true, "mid": true, "fiscal": true, "around": true, "circa": true, "c": true}

// year matches "2014", "fiscal 1989", "the year 2000", "300 BC", "AD 79".
func (s *scanner) year(i int) (cand, bool) {
	k := i
	c := cand{i: i, typ: timeline.TypeDate}
	switch {
	case s.w(k) == "the" && s.w(k+1) == "year":
		k += 2
	case s.w(k) == "fiscal" || s.w(k) == "fy":
		k++
	case len(s.w(k)) == 6 && strings.HasPrefix(s.w(k), "fy") && s.tok(k).upper:
		// "FY2025": TimeBank gives "fiscal 1989" the year's value
		if y, err := strconv.Atoi(s.w(k)[2:]); err == nil && y >= 1000 {
			c.j = k + 1
			c.spec = &spec{base: point{gran: timeline.GranYear, year: y}}
			return c, true
		}
		return cand{}, false
	case s.w(k) == "ad" && s.tok(k).upper && s.tok(k+1).kind == tokNum && s.tok(k+1).ndigits <= 4:
		y := s.tok(k + 1).num
		if y < 1 {
			return cand{}, false
		}
		c.j = k + 2
		c.spec = &spec{base: point{gran: timeline.GranYear, year: y}}
		return c, true
	}
	if y, j, ok := s.spelledYear(k); ok {
		c.j = j
		c.spec = &spec{base: point{gran: timeline.GranYear, year: y}}
		return c, true
	}
	t := s.tok(k)
	if t.kind == tokNum && t.ndigits <= 4 && t.num >= 1 {
		if j, ok := s.eraSuffix(k+1, "bc"); ok {
			c.j = j
			c.spec = &spec{base: point{gran: timeline.GranYear, year: 1 - t.num}}
			return c, true
		}
		if j, ok := s.eraSuffix(k+1, "ad"); ok {
			c.j = j
			c.spec = &spec{base: point{gran: timeline.GranYear, year: t.num}}
			return c, true
		}
	}
	if t.kind != tokNum || t.ndigits != 4 {
		return cand{}, false
	}
	y, j, ok := s.yearNumber(k)
	if !ok {
		return cand{}, false
	}
	if k == i && (y < 1900 || y > 2099) && !yearCue[s.w(i-1)] {
		return cand{}, false
	}
	switch s.w(i - 1) {
	case "$", "£", "€", "#", "no", "number", "flight", "route", "room", "/",
		"some", "nearly", "almost", "than", "over", "least":
		return cand{}, false // a price, a code, a count
	case "about", "approximately", "around", "roughly":
		if !s.endsPhrase(j) {
			return cand{}, false // "around 2000 troops" is a count
		}
	}
	if s.w(j) == "-" && s.glued(j) && s.tok(j+1).kind == tokNum && s.tok(j+1).ndigits != 2 && s.tok(j+1).ndigits != 4 {
		return cand{}, false // "1990-3": a code, not a year
	}
	if _, isUnit := unitWords[s.w(j)]; isUnit && k == i {
		return cand{}, false // "2000 years" is a duration count
	}
	c.j = j
	c.spec = &spec{base: point{gran: timeline.GranYear, year: y}}
	return c, true
}

// endsPhrase reports whether token j closes the phrase before it: the end
// of the text, punctuation, or a word that cannot be the noun a number
// counts ("around 2010, officials said", "around 1850 when").
func (s *scanner) endsPhrase(j int) bool {
	if j >= len(s.toks) || s.tok(j).kind != tokWord {
		return true
	}
	return phraseClosers[s.w(j)]
}

var phraseClosers = map[string]bool{"and": true, "or": true, "but": true, "when": true, "while": true, "as": true,
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "to": true, "by": true, "for": true,
	"with": true, "after": true, "before": true, "until": true, "that": true, "which": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "bc": true, "ad": true, "bce": true, "ce": true}

// spelledYear reads a year in words as broadcasts write it: "nineteen
// ninety-six", "nineteen eighty", "two thousand", "two thousand and one".
func (s *scanner) spelledYear(i int) (year, j int, ok bool) {
	w := s.w(i)
	if w == "two" && s.w(i+1) == "thousand" {
		j = i + 2
		k := j
		if s.w(k) == "and" {
			k++
		}
		if n, e, vague, ok := s.number(k); ok && !vague && n > 0 && n < 100 && s.w(k) != "a" && s.w(k) != "an" {
			return 2000 + n, e, true
		}
		return 2000, j, true
	}
	hi, ok := numberWords[w]
	if !ok || hi < 11 || hi > 20 {
		return 0, 0, false
	}
	lo, e, vague, ok := s.number(i + 1)
	if !ok || vague || lo < 10 || lo > 99 || s.tok(i+1).kind == tokNum {
		return 0, 0, false
	}
	return hi*100 + lo, e, true
}

// eraSuffix reads "BC", "B.C.", "BCE", "B.C.E." (era "bc") or "AD", "A.D.", "CE".
func (s *scanner) eraSuffix(i int, era string) (int, bool) {
	w := s.w(i)
	switch era {
	case "bc":
		if w == "bc" || w == "bce" {
			return i + 1, true
		}
		if w == "b" && s.w(i+1) == "." && s.w(i+2) == "c" {
			j := i + 3
			if s.w(j) == "." {
				j++
			}
			if s.w(j) == "e" && s.w(j+1) == "." {
				j += 2
			}
			return j, true
		}
	case "ad":
		if (w == "ad" || w == "ce") && s.tok(i).upper {
			return i + 1, true
		}
		if w == "a" && s.w(i+1) == "." && s.w(i+2) == "d" {
			j := i + 3
			if s.w(j) == "." {
				j++
			}
			return j, true
		}
	}
	return 0, false
}

var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90}

// decadeOrCentury matches "the 1990s", "1990s", "the '80s", "the nineties",
// "the 19th century", "the twentieth century", "the 3rd century BC".
func (s *scanner) decadeOrCentury(i int) (cand, bool) {
	k := i
	the := s.w(k) == "the"
	if the {
		k++
	}
	c := cand{i: i, typ: timeline.TypeDate}
	t := s.tok(k)
	// "1990s" / "80s" / "'80s"
	apos := false
	if t.lower == "'" && s.glued(k+1) {
		apos = true
		k++
		t = s.tok(k)
	}
	if t.kind == tokWord && (t.ndigits == 4 || t.ndigits == 2) && len(t.lower) == t.ndigits+1 && t.lower[t.ndigits] == 's' && t.num%10 == 0 {
		y := t.num
		if t.ndigits == 2 {
			if !apos && !the {
				return cand{}, false // "in their 80s" is an age
			}
			y += 1900
		}
		c.j = k + 1
		c.spec = &spec{base: point{gran: timeline.GranDecade, year: y}}
		return c, true
	}
	if d, ok := decadeWords[t.lower]; ok && the {
		c.j = k + 1
		c.spec = &spec{base: point{gran: timeline.GranDecade, year: 1900 + d}}
		return c, true
	}
	// centuries
	n := 0
	if o, ok := ordinalWords[t.lower]; ok {
		n = o
	} else if t.kind == tokWord && t.ndigits > 0 && t.ndigits <= 2 {
		suf := t.lower[t.ndigits:]
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			n = t.num
		}
	}
	if n > 0 && (s.w(k+1) == "century" || (s.w(k+1) == "-" && s.w(k+2) == "century")) {
		j := k + 2
		if s.w(k+1) == "-" {
			j++
		}
		if e, ok := s.eraSuffix(j, "bc"); ok { // the 3rd century BC: 300..201 BC
			c.j = e
			c.spec = &spec{base: point{gran: timeline.GranCentury, year: 1 - n*100}}
			return c, true
		}
		c.j = j
		c.spec = &spec{base: point{gran: timeline.GranCentury, year: (n - 1) * 100}}
		return c, true
	}
	return cand{}, false
}

// ---- parts of years ----

var quarterOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}

// quarter matches "the third quarter", "third-quarter", "the fourth quarter
// of 1990", "the 1988 second quarter", "this year's third quarter", "Q3",
// "the first half of 1989", "the quarter", "the year-earlier quarter".
func (s *scanner) quarter(i int) (cand, bool) {
	k := i
	the := false
	if s.w(k) == "the" {
		the = true
		k++
	}
	sp := &spec{rel: relNamed}
	year, hasYear := 0, false
	yearAgo := false
	// year or relative-year qualifier before the ordinal
	if s.w(k) == "fiscal" {
		k++
	}
	if y, j, ok := s.yearNumber(k); ok {
		year, hasYear, k = y, true, j
	} else if (s.w(k) == "year" && s.w(k+1) == "-" && (s.w(k+2) == "earlier" || s.w(k+2) == "ago")) ||
		(s.w(k) == "year" && (s.w(k+1) == "earlier" || s.w(k+1) == "ago")) {
		yearAgo = true
		k += 2
		if s.w(k-1) == "-" {
			k++
		}
	} else if n, ok := deicticShift(s.w(k)); ok && s.w(k+1) == "year" && s.w(k+2) == "'" && s.w(k+3) == "s" {
		sp.rel = relShift
		sp.g = timeline.GranYear
		sp.n = n
		k += 4
	} else if s.w(k) == "this" || s.w(k) == "that" || s.w(k) == "current" || s.w(k) == "latest" || s.w(k) == "same" || s.w(k) == "comparable" || s.w(k) == "corresponding" {
		if s.w(k+1) == "quarter" || s.w(k+1) == "period" && (s.w(k) == "latest" || s.w(k) == "same") {
			j := k + 2
			if s.w(k) == "this" || s.w(k) == "current" {
				return cand{i: i, j: j, typ: timeline.TypeDate, spec: &spec{rel: relShift, g: timeline.GranSeason, out: timeline.GranSeason}}, true
			}
			if !the && s.w(k) != "that" {
				return cand{}, false
			}
			return cand{i: i, j: j, typ: timeline.TypeDate, spec: &spec{quarterRef: true, rel: relShift, g: timeline.GranSeason, out: timeline.GranSeason}}, true
		}
	}
	if s.w(k) == "fiscal" {
		k++
	}
	ord, isOrd := quarterOrdinals[s.w(k)]
	if (s.w(k) == "last" || s.w(k) == "latter") && s.w(k+1) == "half" { // "the last half of 1989"
		if _, _, ok := s.yearNumber(k + 3); !ok || s.w(k+2) != "of" {
			return cand{}, false // "the last half of the '80s" is the decade's end
		}
		ord, isOrd = 4, true
	}
	half := false
	switch {
	case isOrd:
		k++
		if s.w(k) == "-" && s.glued(k) {
			k++
			if the && i+1 == k-2 {
				i++ // "the third-quarter loss": the article belongs to the noun
			}
		}
		if s.w(k) == "fiscal" {
			k++
		}
		switch s.w(k) {
		case "quarter":
		case "half":
			if ord > 2 && s.w(k-1) != "final" && s.w(k-1) != "last" && s.w(k-1) != "latter" {
				return cand{}, false
			}
			half = true
			if ord == 4 {
				ord = 2
			}
		default:
			return cand{}, false
		}
		k++
	case (s.w(k) == "quarter" || s.w(k) == "period") && the:
		// "the quarter", "the year-earlier quarter", "the 1988 quarter"
		if s.w(k) == "period" && !yearAgo && !hasYear {
			return cand{}, false
		}
		k++
		sp.quarterRef = true
		if hasYear {
			// "the 1988 quarter": which quarter of 1988 is the last mentioned one's number
			return cand{i: i, j: k, typ: timeline.TypeDate, spec: &spec{quarterRef: true, rel: relShift, g: timeline.GranSeason, out: timeline.GranSeason, base: point{year: year}}}, true
		}
		sp.rel = relShift
		sp.g = timeline.GranSeason
		sp.out = timeline.GranSeason
		if yearAgo {
			sp.g = timeline.GranYear
			sp.n = -1
		}
		return cand{i: i, j: k, typ: timeline.TypeDate, spec: sp}, true
	default:
		// "Q3", "Q3 2024", "2024 Q3"
		t := s.tok(k)
		if t.kind == tokWord && len(t.lower) == 2 && t.lower[0] == 'q' && t.lower[1] >= '1' && t.lower[1] <= '4' && t.upper {
			ord = int(t.lower[1] - '0')
			k++
		} else {
			return cand{}, false
		}
	}
	// a year after: "of 1990", "of fiscal 1990", "of this year", "1998"
	jj := k
	if s.w(jj) == "of" {
		jj++
		if s.w(jj) == "fiscal" {
			jj++
		}
		if y, j, ok := s.yearNumber(jj); ok && !hasYear {
			year, hasYear, k = y, true, j
		} else if n, ok := deicticShift(s.w(jj)); ok && s.w(jj+1) == "year" {
			sp.rel = relShift
			sp.g = timeline.GranYear
			sp.n = n
			k = jj + 2
		} else if s.w(jj) == "the" && s.w(jj+1) == "year" {
			sp.rel = relShift
			sp.g = timeline.GranYear
			k = jj + 2
		}
	} else if y, j, ok := s.yearNumber(jj); ok && !hasYear {
		year, hasYear, k = y, true, j
	}
	p := point{gran: timeline.GranSeason, year: year}
	if half {
		p.half = ord
	} else {
		p.quarter = ord
	}
	c := cand{i: i, j: k, typ: timeline.TypeDate}
	switch {
	case hasYear:
		sp.rel = relNone
		sp.base = p
	case yearAgo:
		sp.rel = relNamed
		sp.base = p
		sp.pick = pickTense
		sp.g, sp.n = timeline.GranYear, -1
	case sp.rel == relShift:
		sp.base = p // the shifted year takes this quarter
	default:
		sp.rel = relNamed
		sp.base = p
	}
	c.spec = sp
	return c, true
}

// season matches "summer", "the summer of 1994", "spring 2023", "last fall".
func (s *scanner) season(i int) (cand, bool) {
	k := i
	the := s.w(k) == "the"
	if the {
		k++
	}
	code, ok := seasonNames[s.w(k)]
	if !ok {
		return cand{}, false
	}
	k++
	c := cand{i: i, typ: timeline.TypeDate}
	jj := k
	if s.w(jj) == "of" {
		jj++
	}
	if y, j, ok := s.yearNumber(jj); ok {
		c.j = j
		c.spec = &spec{base: point{gran: timeline.GranSeason, year: y, season: code}}
		return c, true
	}
	// "fall" and "spring" are verbs and nouns too: they need a cue before them ("in the spring")
	if (s.w(k-1) == "fall" || s.w(k-1) == "spring") && !monthCue[s.w(i-1)] {
		return cand{}, false
	}
	if (s.w(k-1) == "fall" || s.w(k-1) == "spring") && s.w(i-1) == "to" && s.tok(k).kind == tokWord {
		return cand{}, false // "to fall apart" is a verb; "from spring to fall." a season
	}
	if s.w(k) == "-" || s.w(k) == "of" { // "summer-like", "spring of hope"
		return cand{}, false
	}
	c.j = k
	c.spec = &spec{rel: relNamed, base: point{gran: timeline.GranSeason, season: code}}
	return c, true
}

// holiday matches a name from the holiday table ("Christmas", "New Year's
// Eve"), with an optional year ("Christmas 2019").
func (s *scanner) holiday(i int) (cand, bool) {
	if !s.tok(i).upper {
		return cand{}, false
	}
	var best *holidayEntry
	for e := range s.hol[s.w(i)] {
		ent := &s.hol[s.w(i)][e]
		ok := true
		for n, w := range ent.words {
			if s.w(i+n) != w {
				ok = false
				break
			}
		}
		if ok && (best == nil || len(ent.words) > len(best.words)) {
			best = ent
		}
	}
	if best == nil {
		return cand{}, false
	}
	j := i + len(best.words)
	c := cand{i: i, j: j, typ: timeline.TypeDate}
	sp := &spec{rel: relNamed, holiday: best.h, pick: pickNearest, base: point{gran: timeline.GranDay}}
	if y, jy, ok := s.yearNumber(j); ok {
		sp.rel = relNone
		sp.base = dayPoint(best.h.Date(y))
		c.j = jy
	} else if s.w(j) == "week" { // "Easter week", "Thanksgiving week": the week that holds the day
		sp.out = timeline.GranWeek
		c.j = j + 1
	}
	c.spec = sp
	return c, true
}

// weekday matches "Friday", "Friday night", "Mondays" (a set).
func (s *scanner) weekday(i int) (cand, bool) {
	w := s.w(i)
	d, ok := weekdayNames[w]
	if !ok {
		if len(w) > 1 && w[len(w)-1] == 's' {
			if d, ok := weekdayNames[w[:len(w)-1]]; ok && s.tok(i).upper {
				return cand{i: i, j: i + 1, typ: timeline.TypeSet, value: anyWeek(isoWeekday(d))}, true
			}
		}
		return cand{}, false
	}
	c := cand{i: i, j: i + 1, typ: timeline.TypeDate}
	if n := s.w(i + 1); len(n) > 1 && n[len(n)-1] == 's' {
		if part, ok := partsOfDay[n[:len(n)-1]]; ok { // "Tuesday nights": every Tuesday night
			return cand{i: i, j: i + 2, typ: timeline.TypeSet, value: anyWeek(isoWeekday(d)) + "T" + part}, true
		}
	}
	sp := &spec{rel: relNamed, weekday: isoWeekday(d), base: point{gran: timeline.GranDay}}
	if _, ok := partsOfDay[s.w(i+1)]; ok {
		c.j++ // "Friday night": TimeBank and AQUAINT mostly give it the day's value
	}
	c.spec = sp
	return c, true
}

// ---- relative expressions ----

var relWords = map[string]struct {
	n         int
	anaphoric bool
	needThe   bool
}{
	"this": {0, false, false}, "current": {0, false, false}, "present": {0, false, true},
	"last": {-1, false, false}, "past": {-1, false, false}, "previous": {-1, true, false}, "preceding": {-1, true, true},
	"next": {1, false, false}, "coming": {1, false, false}, "following": {1, true, true}, "ensuing": {1, true, true},
	"that": {0, true, false}, "same": {0, true, true},
}

// relative matches "last year", "this week", "next month", "the following
// year", "that day", "last March", "next Friday", "this summer".
func (s *scanner) relative(i int) (cand, bool) {
	k := i
	the := s.w(k) == "the"
	if the {
		k++
	}
	rw, ok := relWords[s.w(k)]
	if the && !ok {
		// "the weekend", "the year", "the full year", "the fiscal year": the anchor's
		j := k
		if s.w(j) == "full" || s.w(j) == "fiscal" || s.w(j) == "calendar" {
			j++
		}
		if s.w(j) == "day" && (s.w(j+1) == "before" || s.w(j+1) == "after") { // "the day before Christmas"
			if in, ok := s.core(j + 2); ok && in.spec != nil && !in.spec.clock && namesADay(in.spec) {
				sp := *in.spec
				sp.dayShift = map[string]int{"before": -1, "after": 1}[s.w(j+1)]
				if sp.rel == relNone {
					sp.base = sp.base.shift(timeline.GranDay, sp.dayShift)
					sp.dayShift = 0
				}
				return cand{i: i, j: in.j, typ: timeline.TypeDate, spec: &sp}, true
			}
		}
		if s.w(j) == "week" && s.w(j+1) == "of" { // "the week of March 6": the week that holds that day
			if in, ok := s.core(j + 2); ok && in.spec != nil && in.spec.base.gran == timeline.GranDay &&
				(in.spec.rel == relNone || in.spec.rel == relNamed && in.spec.weekday == 0 && in.spec.holiday == nil) {
				sp := *in.spec
				if sp.rel == relNone {
					sp.base = sp.base.coarsen(timeline.GranWeek)
				} else {
					sp.out = timeline.GranWeek
				}
				return cand{i: i, j: in.j, typ: timeline.TypeDate, spec: &sp}, true
			}
		}
		if s.w(j) == "year" && (s.w(j+1) == "ended" || s.w(j+1) == "ending") {
			// "the year ended March 31" is the twelve months up to that day, a duration
			return cand{i: i, j: j + 1, typ: timeline.TypeDuration, value: "P1Y"}, true
		}
		if s.w(j+1) == "-" && (s.w(j+2) == "earlier" || s.w(j+2) == "ago") {
			return cand{}, false // "the year-ago results": see modified
		}
		switch s.w(j) {
		case "year", "week", "weekend":
			sp := &spec{rel: relShift, g: unitWords[s.w(j)].gran}
			if s.w(j) == "weekend" {
				sp.base.weekend = true
			}
			return cand{i: i, j: j + 1, typ: timeline.TypeDate, spec: sp}, true
		}
		return cand{}, false
	}
	if !ok || (rw.needThe && !the) || (the && (s.w(k) == "this" || s.w(k) == "that")) {
		return cand{}, false
	}
	n, anaphoric := rw.n, rw.anaphoric
	if the && s.w(k) == "next" {
		anaphoric = true // "the next day" follows the story, "next day" too rarely differs
	}
	if s.w(k) == "this" && s.w(k+1) == "past" { // "this past spring"
		k++
		n = -1
	} else if s.w(k) == "this" && s.w(k+1) == "coming" { // "this coming Sunday"
		k++
		n = 1
	}
	if (s.w(k) == "that" || s.w(k) == "the") && (s.w(k+1) == "same" || s.w(k+1) == "very") { // "that same day"
		k++
	}
	k++
	c := cand{i: i, typ: timeline.TypeDate}
	w := s.w(k)
	if _, ok := unitWords[w]; ok && s.tok(k).upper && s.tok(k-1).upper && k-1 != i && !s.allCaps(k) {
		return cand{}, false // "This Week", "Next Year" in mid-sentence are titles
	}
	if _, ok := unitWords[w]; ok && s.tok(k).upper && s.tok(k-1).upper && k-1 == i && i > 0 && !isSentenceEnd(s.w(i-1)) && !s.allCaps(k) {
		return cand{}, false
	}
	if u, ok := unitWords[w]; ok && !plural(w) && w != "fortnight" && !u.time {
		sp := &spec{rel: relShift, g: u.gran, n: n, anaphoric: anaphoric}
		if w == "weekend" {
			sp.g = timeline.GranWeek
			sp.base = point{weekend: true}
			if s.w(k-1) == "this" {
				sp.pick = pickThis // "this weekend" looks ahead unless the verb is past
			}
		}
		if w == "day" || w == "night" {
			if w == "day" && !anaphoric && rw.n != 0 { // "last day" is not yesterday
				return cand{}, false
			}
			if w == "night" {
				if rw.n == 1 && !anaphoric {
					return cand{}, false // "next night" is rare and ambiguous
				}
				sp.part = "NI"
				c.typ = timeline.TypeTime
			}
		}
		c.j = k + 1
		c.spec = sp
		return c, true
	}
	if part, ok := partsOfDay[w]; ok && (s.w(k-1) == "this" || s.w(k-1) == "last" || anaphoric) {
		sp := &spec{rel: relShift, g: timeline.GranDay, anaphoric: anaphoric, part: part}
		if s.w(k-1) == "last" {
			if w != "night" {
				return cand{}, false
			}
			sp.n = -1
		} else if anaphoric {
			sp.n = n
		}
		c.typ = timeline.TypeTime
		c.j = k + 1
		c.spec = sp
		return c, true
	}
	pk := map[int]pick{-1: pickLast, 0: pickThis, 1: pickNext}[n]
	if anaphoric && s.w(k-1) == "that" {
		pk = pickNearest
	}
	d, ok := weekdayNames[w]
	if !ok && (s.w(k-1) == "this" || s.w(k-1) == "next" || s.w(k-1) == "last") {
		// "this Sat,", "next Fri.": an abbreviation, when punctuation or a time follows
		// ("that Sun" is a company)
		x := s.tok(k + 1)
		_, isPart := partsOfDay[x.lower]
		if d, ok = weekdayAbbrevs[w]; ok && !(x.lower == "." || x.lower == "," || x.kind == tokNum || isPart || k+1 >= len(s.toks)) {
			ok = false
		}
		if ok && x.lower == "." && s.glued(k+1) {
			k++
		}
	}
	if ok {
		c.j = k + 1
		c.spec = &spec{rel: relNamed, weekday: isoWeekday(d), pick: pk, anaphoric: anaphoric, base: point{gran: timeline.GranDay}}
		if part, ok := partsOfDay[s.w(k+1)]; ok {
			c.spec.part = part
			c.typ = timeline.TypeTime
			c.j++
		}
		return c, true
	}
	if m, ok := monthNames[w]; ok && len(w) > 3 || w == "may" {
		if !s.tok(k).upper && ambiguousMonths[w] {
			return cand{}, false
		}
		c.j = k + 1
		c.spec = &spec{rel: relNamed, base: point{gran: timeline.GranMonth, month: m}, pick: pk, anaphoric: anaphoric}
		return c, true
	}
	if code, ok := seasonNames[w]; ok {
		c.j = k + 1
		c.spec = &spec{rel: relNamed, base: point{gran: timeline.GranSeason, season: code}, pick: pk, anaphoric: anaphoric}
		return c, true
	}
	if w == "fiscal" && s.w(k+1) == "year" {
		c.j = k + 2
		c.spec = &spec{rel: relShift, g: timeline.GranYear, n: n, anaphoric: anaphoric}
		return c, true
	}
	return cand{}, false
}

// deicticDay matches "today", "yesterday morning", "tomorrow", "tonight".
func (s *scanner) deicticDay(i int) (cand, bool) {
	n := 0
	switch s.w(i) {
	case "today":
	case "yesterday":
		n = -1
	case "tomorrow":
		n = 1
	case "tonight":
		return cand{i: i, j: i + 1, typ: timeline.TypeDate, spec: &spec{rel: relShift, g: timeline.GranDay}}, true
	default:
		return cand{}, false
	}
	c := cand{i: i, j: i + 1, typ: timeline.TypeDate, spec: &spec{rel: relShift, g: timeline.GranDay, n: n}}
	if part, ok := partsOfDay[s.w(i+1)]; ok {
		c.spec.part = part
		c.typ = timeline.TypeTime
		c.j++
	}
	return c, true
}

// ---- modifiers ----

// modified matches a date wrapped in a part-of-period modifier: "late 2024",
// "early March", "mid-1990s", "the end of the year", "the beginning of
// October", "earlier this year", "year-end".
func (s *scanner) modified(i int) (cand, bool) {
	k := i
	mod := ""
	the := s.w(k) == "the"
	if the {
		k++
	}
	switch w := s.w(k); w {
	case "early":
		mod, k = "START", k+1
	case "late":
		mod, k = "END", k+1
	case "mid":
		mod, k = "MID", k+1
		if s.w(k) == "-" {
			k++
		}
	case "around", "about", "approximately", "roughly", "circa":
		// "around 1850", "about 300 BC", "around Nov. 1": an approximate
		// explicit date. "About Friday" is rare, and the corpora disagree
		// on whether "about 10:35 a.m." includes its "about".
		if the {
			return cand{}, false
		}
		inner, ok := s.core(k + 1)
		if !ok || inner.spec == nil || inner.spec.rel != relNone || inner.mod != "" {
			return cand{}, false
		}
		inner.i, inner.mod = i, "APPROX"
		return inner, true
	case "earlier", "later":
		if the {
			return cand{}, false
		}
		k++
		if s.w(k) != "this" && s.w(k) != "in" && s.w(k) != "that" { // "earlier this year", "later that day"
			return cand{}, false
		}
		if s.w(k) == "in" {
			k++
		}
	case "first", "last", "second", "latter":
		// "the last half of the '80s": halves of decades and centuries (a
		// year's halves are H1 and H2, see quarter)
		if !the || s.w(k+1) != "half" || s.w(k+2) != "of" {
			return cand{}, false
		}
		inner, ok := s.core(k + 3)
		if !ok || inner.spec == nil || inner.spec.rel != relNone || inner.spec.base.gran < timeline.GranDecade {
			return cand{}, false
		}
		inner.i = i
		inner.mod = "END"
		if w == "first" {
			inner.mod = "START"
		}
		return inner, true
	case "end", "beginning", "start", "middle", "close", "turn":
		if s.w(k+1) != "of" {
			return cand{}, false
		}
		mod = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "START"}[w]
		k += 2
	case "year":
		// "year-end", "year end", "year's end"
		j := k + 1
		if s.w(j) == "-" {
			j++
		} else if s.w(j) == "'" && s.w(j+1) == "s" {
			j += 2
		}
		if s.w(j) == "end" {
			return cand{i: i, j: j + 1, typ: timeline.TypeDate, mod: "END", spec: &spec{rel: relShift, g: timeline.GranYear}}, true
		}
		if s.w(k+1) == "-" && (s.w(k+2) == "earlier" || s.w(k+2) == "ago") && s.glued(k+1) && s.glued(k+2) {
			// "the year-ago results", "a year-earlier loss": the year before;
			// the article belongs to the noun
			return cand{i: k, j: k + 3, typ: timeline.TypeDate, spec: &spec{rel: relShift, g: timeline.GranYear, n: -1}}, true
		}
		return cand{}, false
	default:
		return cand{}, false
	}
	// "the year", "the month", "the week", "the decade" are the anchor's
	if s.w(k) == "the" {
		if u, ok := unitWords[s.w(k+1)]; ok && !plural(s.w(k+1)) && !u.time && s.w(k+1) != "day" {
			return cand{i: i, j: k + 2, typ: timeline.TypeDate, mod: mod, spec: &spec{rel: relShift, g: u.gran},
				turn: s.w(k-2) == "turn" && u.gran >= timeline.GranDecade}, true
		}
	}
	inner, ok := s.core(k)
	if !ok || inner.spec == nil {
		return cand{}, false
	}
	inner.i = i
	if inner.mod == "" {
		inner.mod = mod
		inner.turn = s.w(k-2) == "turn" && inner.spec.base.gran >= timeline.GranDecade
	}
	return inner, true
}

// ---- durations ----

var durationLeads = map[string]bool{"past": true, "last": true, "next": true, "first": true, "coming": true,
	"previous": true, "following": true, "final": true, "initial": true, "latest": true, "preceding": true,
	"remaining": true, "ensuing": true}

// duration matches "three weeks", "the past three years", "a decade",
// "several days", "five-year", "weeks", and the dates built on a count:
// "two years ago", "a year earlier", "two days later", "three days from now".
func (s *scanner) duration(i int) (cand, bool) {
	if c, ok := s.longCompound(i); ok {
		return c, true
	}
	k := i
	mod := ""
	if m, j, ok := s.quantifier(k); ok {
		mod, k = m, j
	}
	the := s.w(k) == "the"
	if the {
		k++
	}
	lead := ""
	if durationLeads[s.w(k)] {
		lead = s.w(k)
		k++
	}
	n, j, vague, hasNum := s.number(k)
	quarters := 0                                                             // a fraction of the unit, in quarters: "5 1/2 hours", "a year and a half"
	if !hasNum && s.w(k) == "half" && (s.w(k+1) == "a" || s.w(k+1) == "an") { // "half an hour"
		hasNum, quarters, j = true, 2, k+2
	}
	if hasNum {
		k = j
		if q, e, ok := s.fraction(k); ok && !vague && s.tok(k-1).kind == tokNum {
			quarters, k = q, e
		}
		if s.w(k) == "more" || s.w(k) == "additional" || s.w(k) == "full" || s.w(k) == "straight" {
			k++
		}
		if s.w(k) == "-" && s.glued(k) {
			k++
		}
	} else if the && lead == "" {
		return cand{}, false
	}
	w := s.w(k)
	u, ok := unitWords[w]
	if !ok {
		return cand{}, false
	}
	if s.w(k+1) == "-" && (s.w(k+2) == "earlier" || s.w(k+2) == "ago") && s.glued(k+1) {
		return cand{}, false // "a year-earlier loss": a date, see modified
	}
	if c, ok := s.longCompound(k); ok && (!hasNum || s.w(k-1) == "a" || s.w(k-1) == "an") {
		return c, true // "an hour-long speech": the article belongs to the noun
	}
	if u.gran == timeline.GranSeason && (s.w(k+1) == "of" || s.w(k-1) == "-") {
		return cand{}, false // "three-quarters of the vote" is a fraction
	}
	if u.time && s.tok(k).upper && !s.allCaps(k) && s.tok(k-1).kind == tokNum && k-1 > 0 && !isSentenceEnd(s.w(k-2)) {
		return cand{}, false // "CBS's 60 Minutes" in mid-sentence is a title
	}
	if !hasNum && !plural(w) {
		return cand{}, false // "the past year" is a date, see relative
	}
	if !hasNum && lead == "" && !the {
		// a bare plural counts only in a temporal role: "for years", "weeks
		// after the clashes", "within days"; "days of talks" is not a span
		if !bareDurationBefore[s.w(i-1)] && !bareDurationAfter[s.w(k+1)] {
			return cand{}, false
		}
		vague = true
	}
	if w == "second" && hasNum && n == 1 && !(s.tok(k-1).kind == tokNum) {
		return cand{}, false // "a second time" is an ordinal
	}
	if !hasNum {
		vague = true
	}
	if hasNum && !vague && n == 1 && plural(w) && s.w(k-1) != "-" && s.w(k-1) != "1" {
		return cand{}, false // "one years" is not English; "a days" neither
	}
	hyphenated := s.w(k-1) == "-"
	k++
	if quarters == 0 && hasNum && !vague && s.w(k) == "and" && s.w(k+1) == "a" && s.w(k+2) == "half" {
		quarters, k = 2, k+3
	}
	if s.w(k) == "old" || (s.w(k) == "-" && s.w(k+1) == "old") || (s.w(k) == "-" && s.w(k+1) == "olds") {
		return cand{}, false // "a 6-year-old" is an age
	}
	if hyphenated && mod == "" && (s.w(i) == "the" || s.w(i) == "a" || s.w(i) == "an") {
		i++ // "the two-week strike": the article belongs to the noun, not the duration
	}
	count := "X"
	if !vague {
		count = strconv.Itoa(n * u.mult)
	}
	if years := yearsIn(u.code); years > 0 { // TimeML counts decades, centuries and millennia in years
		u.code = "Y"
		if !vague {
			count = strconv.Itoa(n * years)
		}
	}
	if u.code == "WE" { // weekends
		if hasNum && !vague {
			count = strconv.Itoa(n * 2)
		}
		u = unit{gran: timeline.GranDay, code: "D"}
	}
	value := "P"
	if u.time {
		value = "PT"
	}
	value += count + u.code
	if quarters > 0 && !vague {
		value = fractionalDuration(n*u.mult, quarters, u)
	}
	c := cand{i: i, j: k, typ: timeline.TypeDuration, value: value, mod: mod}
	// dates built on a count
	if hasNum && lead == "" && !the && u.gran >= timeline.GranDay {
		sh := n
		if vague {
			sh = 0
		}
		switch s.w(k) {
		case "ago":
			c.j = k + 1
			c.typ = timeline.TypeDate
			c.value = ""
			c.spec = &spec{rel: relShift, g: u.gran, n: -sh * max(u.mult, 1), out: agoGran(u.gran), viaQuarter: u.gran == timeline.GranYear}
			if vague {
				c.value = "PAST_REF"
				c.spec = nil
				c.fuzzy = true
			}
			return c, true
		case "earlier", "later", "before", "after":
			if s.w(k) == "before" || s.w(k) == "after" {
				// "weeks after the clashes": a duration the events stage places
				if !isClauseEnd(s.w(k + 1)) {
					return c, true
				}
			}
			sign := 1
			if s.w(k) == "earlier" || s.w(k) == "before" {
				sign = -1
			}
			c.j = k + 1
			c.typ = timeline.TypeDate
			if vague {
				c.value = map[int]string{1: "FUTURE_REF", -1: "PAST_REF"}[sign]
				return c, true
			}
			c.value = ""
			c.spec = &spec{rel: relShift, g: u.gran, n: sign * sh * max(u.mult, 1), anaphoric: true, out: agoGran(u.gran), viaQuarter: u.gran == timeline.GranYear}
			return c, true
		case "from":
			if s.w(k+1) == "now" || s.w(k+1) == "today" {
				c.j = k + 2
				c.typ = timeline.TypeDate
				c.value = ""
				c.spec = &spec{rel: relShift, g: u.gran, n: sh * max(u.mult, 1), out: agoGran(u.gran)}
				return c, true
			}
		}
	}
	return c, true
}

// longCompound matches an adjective of length: "day-long" (P1D),
// "decades-long" (PXY), "hour-long" (PT1H).
func (s *scanner) longCompound(i int) (cand, bool) {
	u, ok := unitWords[s.w(i)]
	if !ok || s.w(i+1) != "-" || s.w(i+2) != "long" || !s.glued(i+1) || !s.glued(i+2) || u.code == "WE" {
		return cand{}, false
	}
	count := "1"
	if plural(s.w(i)) {
		count = "X"
	}
	value := "P"
	if u.time {
		value = "PT"
	}
	switch years := yearsIn(u.code); { // TimeML counts decades, centuries and millennia in years
	case years > 0 && count == "X":
		value += "XY"
	case years > 0:
		value += strconv.Itoa(years) + "Y"
	default:
		value += count + u.code
	}
	return cand{i: i, j: i + 3, typ: timeline.TypeDuration, value: value, fuzzy: count == "X"}, true
}

// yearsIn is the number of years in a decade ("DE"), century ("CE") or
// millennium ("ML"), and 0 for any other unit code.
func yearsIn(code string) int {
	switch code {
	case "DE":
		return 10
	case "CE":
		return 100
	case "ML":
		return 1000
	}
	return 0
}

// quantifier reads "nearly", "more than", "up to", "about" before a count,
// and returns the TIMEX3 mod it implies.
func (s *scanner) quantifier(i int) (mod string, j int, ok bool) {
	w, x := s.w(i), s.w(i+1)
	switch {
	case w == "more" && x == "than", w == "over" && s.startsCount(i+1):
		mod = "MORE_THAN"
	case (w == "less" || w == "fewer") && x == "than", w == "under" && s.startsCount(i+1):
		mod = "LESS_THAN"
	case w == "at" && x == "least":
		mod = "EQUAL_OR_MORE"
	case w == "at" && x == "most", w == "up" && x == "to", w == "no" && s.w(i+2) == "than" && (x == "more" || x == "longer"):
		mod = "EQUAL_OR_LESS"
	case w == "nearly" || w == "almost" || w == "about" || w == "around" || w == "approximately" || w == "roughly" || w == "some" && s.startsCount(i+1):
		if !s.startsCount(i + 1) {
			return "", 0, false
		}
		if w == "nearly" || w == "almost" {
			return "LESS_THAN", i + 1, true
		}
		return "APPROX", i + 1, true
	default:
		return "", 0, false
	}
	j = i + 2
	if w == "no" {
		j = i + 3
	}
	if w == "over" || w == "under" {
		j = i + 1
	}
	return mod, j, s.startsCount(j)
}

// startsCount reports whether a count begins at i: "two", "3", "a", "several".
func (s *scanner) startsCount(i int) bool {
	_, _, _, ok := s.number(i)
	return ok
}

// fraction reads "1/2", "1/4", "3/4" after a whole count and returns it in quarters.
func (s *scanner) fraction(i int) (quarters, j int, ok bool) {
	a, b := s.tok(i), s.tok(i+2)
	if a.kind != tokNum || s.w(i+1) != "/" || b.kind != tokNum || !s.glued(i+1) || !s.glued(i+2) {
		return 0, 0, false
	}
	switch {
	case a.num == 1 && b.num == 2:
		return 2, i + 3, true
	case a.num == 1 && b.num == 4:
		return 1, i + 3, true
	case a.num == 3 && b.num == 4:
		return 3, i + 3, true
	}
	return 0, 0, false
}

// fractionalDuration writes n and some quarters of a unit in the next
// smaller one, as TIMEX3 does: 5 1/2 hours is PT5H30M, 2 1/2 years P2Y6M.
func fractionalDuration(n, quarters int, u unit) string {
	type sub struct {
		perUnit int
		code    string
		time    bool
	}
	var sb sub
	switch {
	case u.code == "Y":
		sb = sub{12, "M", false}
	case u.code == "M" && !u.time:
		sb = sub{30, "D", false}
	case u.code == "W":
		sb = sub{7 * 24, "H", true}
	case u.code == "D":
		sb = sub{24, "H", true}
	case u.code == "H":
		sb = sub{60, "M", true}
	case u.code == "M" && u.time:
		sb = sub{60, "S", true}
	default:
		return "P" + strconv.Itoa(n) + u.code
	}
	part := sb.perUnit * quarters / 4
	head := "P"
	if u.time {
		head = "PT"
	}
	if n > 0 {
		head += strconv.Itoa(n) + u.code
	}
	if sb.time && !u.time {
		head += "T"
	}
	return head + strconv.Itoa(part) + sb.code
}

// bareDurationBefore and bareDurationAfter are the words around a bare
// plural unit ("weeks") that make it a duration.
var bareDurationBefore = map[string]bool{"for": true, "within": true, "over": true, "in": true, "lasting": true,
	"took": true, "take": true, "takes": true, "last": true, "lasted": true, "spent": true, "spend": true, "just": true,
	"only": true, "after": true, "wait": true, "waited": true}
var bareDurationAfter = map[string]bool{"after": true, "before": true, "later": true, "earlier": true, "ago": true,
	"long": true}

// isClauseEnd reports whether w ends the clause, so "two days later." or "a
// week before," is anaphoric rather than relative to an event named next.
func isClauseEnd(w string) bool {
	switch w {
	case "", ".", ",", ";", ":", "!", "?", ")", "-", "and", "but", "when":
		return true
	}
	return false
}

// agoGran is the granularity of "N units ago": the unit's own, as TimeML
// asks ("six weeks ago" is a week, not the day 42 days back), except that
// decades, centuries and millennia give a year.
func agoGran(g timeline.Granularity) timeline.Granularity {
	switch g {
	case timeline.GranDecade, timeline.GranCentury, timeline.GranMillennium:
		return timeline.GranYear // "a decade ago" is about a year, not the 1980s
	}
	return g
}

// ---- sets and references ----

// set matches "daily", "annually", "every Monday", "each season", "every
// three years".
func (s *scanner) set(i int) (cand, bool) {
	w := s.w(i)
	if v, ok := setWords[w]; ok {
		return cand{i: i, j: i + 1, typ: timeline.TypeSet, value: v}, true
	}
	if w != "every" && w != "each" && w != "per" {
		return cand{}, false
	}
	k := i + 1
	n, j, vague, hasNum := s.number(k)
	if hasNum && !vague && s.w(k) != "a" && s.w(k) != "an" {
		k = j
	} else {
		n = 1
	}
	if s.w(k) == "other" {
		n, k = 2, k+1
	}
	x := s.w(k)
	if u, ok := unitWords[x]; ok {
		code := u.code
		if code == "WE" {
			return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: "XXXX-WXX-WE"}, true
		}
		pre := "P"
		if u.time {
			pre = "PT"
		}
		return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: pre + strconv.Itoa(n*u.mult) + code}, true
	}
	if d, ok := weekdayNames[x]; ok {
		return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: anyWeek(isoWeekday(d))}, true
	}
	if code, ok := seasonNames[x]; ok {
		return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: "XXXX-" + code}, true
	}
	if x == "season" || x == "seasons" {
		return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: "P3M"}, true
	}
	if m, ok := monthNames[x]; ok && len(x) > 3 {
		return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: "XXXX-" + twoDigits(m)}, true
	}
	if p, ok := partsOfDay[x]; ok {
		return cand{i: i, j: k + 1, typ: timeline.TypeSet, value: "TXX" + p}, true
	}
	return cand{}, false
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ref matches "now", "recently", "the future", "the past", "these days",
// "the years to come", "recent years", "right now".
func (s *scanner) ref(i int) (cand, bool) {
	w := s.w(i)
	k := i
	c := cand{i: i, typ: timeline.TypeDate, fuzzy: true}
	switch {
	case w == "right" && s.w(i+1) == "now":
		c.j, c.value = i+2, "PRESENT_REF"
		return c, true
	case w == "these" && s.w(i+1) == "days", w == "at" && s.w(i+1) == "present":
		c.j, c.value = i+2, "PRESENT_REF"
		return c, true
	case w == "the" || w == "years" || w == "months" || w == "weeks" || w == "days" || w == "decades":
		if w == "the" {
			k++
		}
		x := s.w(k)
		switch x {
		case "future":
			c.j, c.value = k+1, "FUTURE_REF"
			return c, true
		case "past", "present":
			if w != "the" || isUnitLike(s.w(k+1)) {
				return cand{}, false
			}
			c.j, c.value = k+1, map[string]string{"past": "PAST_REF", "present": "PRESENT_REF"}[x]
			return c, true
		case "near", "foreseeable", "distant", "immediate":
			if s.w(k+1) == "future" {
				c.j, c.value = k+2, "FUTURE_REF"
				return c, true
			}
			return cand{}, false
		case "coming":
			if _, ok := unitWords[s.w(k+1)]; ok && plural(s.w(k+1)) {
				c.j, c.value = k+2, "FUTURE_REF"
				return c, true
			}
			return cand{}, false
		}
		// "(the) years to come", "the weeks ahead"
		if u, ok := unitWords[x]; ok && plural(x) && !u.time {
			if s.w(k+1) == "to" && s.w(k+2) == "come" {
				// the expected extent leaves "the" out: "in the years to come"
				c.i = k
				c.j, c.value = k+3, "FUTURE_REF"
				return c, true
			}
			if s.w(k+1) == "ahead" && w == "the" {
				c.j, c.value = k+2, "FUTURE_REF"
				return c, true
			}
		}
		return cand{}, false
	case w == "recent":
		if u, ok := unitWords[s.w(i+1)]; ok && plural(s.w(i+1)) {
			return cand{i: i, j: i + 2, typ: timeline.TypeDuration, value: "PX" + u.code, fuzzy: true}, true
		}
	}
	if w == "now" && s.w(i+1) == "," && (i == 0 || isSentenceEnd(s.w(i-1)) || s.w(i-1) == "\"" || s.w(i-1) == "'") {
		return cand{}, false // "Now, he says, ...": a discourse marker opening a sentence
	}
	if v, ok := refWords[w]; ok {
		c.j, c.value = i+1, v
		return c, true
	}
	return cand{}, false
}

// allCaps reports whether token i is written in capitals ("NEXT WEEK"), as
// headlines are, rather than capitalised as a title.
func (s *scanner) allCaps(i int) bool {
	t := s.tok(i)
	for _, r := range s.text[t.start:t.end] {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

func isUnitLike(w string) bool {
	_, ok := unitWords[w]
	return ok || durationLeads[w]
}
