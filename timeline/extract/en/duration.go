package en

import (
	"strconv"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Durations and the dates counted from now or from the story: "three
// weeks", "the past three years", "a decade", "several days", "five-year",
// "weeks", "day-long", "two years ago", "a year earlier", "two days later",
// "three days from now".

// unit is a calendar unit a duration or shift counts in.
type unit struct {
	gran timeline.Granularity
	code string // TIMEX3 duration designator: "D", "W", "M", "Y", "Q", "DE", "CE", "ML", "H", "M" (time), "S", "WE"
	time bool   // hours, minutes, seconds take the "PT" prefix
	mult int    // count multiplier into code: a fortnight is 2 weeks
}

var units = [...]unit{
	lex.UnitSecond:     {timeline.GranMinute, "S", true, 1},
	lex.UnitMinute:     {timeline.GranMinute, "M", true, 1},
	lex.UnitHour:       {timeline.GranHour, "H", true, 1},
	lex.UnitDay:        {timeline.GranDay, "D", false, 1},
	lex.UnitNight:      {timeline.GranDay, "D", false, 1},
	lex.UnitWeek:       {timeline.GranWeek, "W", false, 1},
	lex.UnitFortnight:  {timeline.GranWeek, "W", false, 2},
	lex.UnitMonth:      {timeline.GranMonth, "M", false, 1},
	lex.UnitQuarter:    {timeline.GranSeason, "Q", false, 1},
	lex.UnitYear:       {timeline.GranYear, "Y", false, 1},
	lex.UnitDecade:     {timeline.GranDecade, "DE", false, 1},
	lex.UnitCentury:    {timeline.GranCentury, "CE", false, 1},
	lex.UnitMillennium: {timeline.GranMillennium, "ML", false, 1},
	lex.UnitWeekend:    {timeline.GranWeek, "WE", false, 1},
}

// unit returns the calendar unit token i names.
func (s *scanner) unit(i int) (unit, bool) {
	if !s.Has(i, lex.UnitWord) { // most tokens asked: read from the table, not the entry
		return unit{}, false
	}
	return units[s.Entry(i).Unit], true
}

// isPlural reports whether token i is a unit in the plural ("weeks").
func (s *scanner) isPlural(i int) bool { return s.Has(i, lex.Plural) }

// mayBeDuration reports whether the unlisted number at i may begin a
// duration (see family.number): what follows the count it reads is a
// unit or a word duration reads before one (a fraction's number, "more",
// a hyphen); not the "3.5" of "3.5 million" nor the "1,000" of "1,000
// people". Most numbers asked are followed by a comma or a full stop
// ("in 1998."): a count reads past a comma only as a number grouped in
// thousands ("1,460 years"; number's reading, but for its value), and a
// decimal is read as number reads it.
//
// It is asked of some 2,500 numbers a megabyte of news: the word after the
// count is read from one table (words.countFollows), and a grouped
// number's end without its value (see groupedNumberEnd).
func mayBeDuration(s *scanner, i int) bool {
	j := i + 1
	switch s.Key(j) {
	case kComma:
		e, ok := s.groupedNumberEnd(i)
		if !ok || s.thousandsGroup(i) {
			return false
		}
		j = e
	case kDot:
		if s.isNumber(j+1) && s.Glued(j) { // "1.5 years"
			j += 2
		}
	}
	t := s.tok(j)
	return t.Kind() == lex.Number || s.words.countFollows[t.ID()]
}

// countFollows reports whether a word with entry e may follow a count in a
// duration, as mayBeDuration asks: "more", "additional", "full",
// "straight", a hyphen or a calendar unit.
func countFollows(e *lex.Entry) bool {
	switch e.Key {
	case kMore, kAdditional, kFull, kStraight, kHyphen:
		return true
	}
	return e.Has(lex.UnitWord)
}

// decimalFollows reports whether a word with entry e after a decimal (a
// number, a dot and a number: "5.30 p.m.", "1.5 years", "3.4.2019") may
// let the number checks of begins pass its first number: a duration's
// (the words after a count, countFollows), a numeric date's (a dot, the
// separator again) or a clock's (the half of the day or "o'clock" after
// minutes written as a number).
func decimalFollows(e *lex.Entry) bool {
	switch e.Key {
	case kDot, kA, kP, kAM, kPM, kO:
		return true
	}
	return countFollows(e)
}

// mayBeDurationAfterLead reports whether the relative word at i may begin
// a duration (see family.rel): after a word that leads a span ("last",
// "past") duration reads a count or a unit, and a unit with no count only
// in the plural ("the past weeks") or as a compound ("year-long"); "last
// year", "next week" are dates (see relative).
func mayBeDurationAfterLead(s *scanner, i int) bool {
	j := i + 1
	return !s.Has(j, lex.UnitWord) || s.isPlural(j) || s.Is(j+1, kHyphen) && s.Is(j+2, kLong)
}

// mayBeDurationAtUnit reports whether the calendar unit in the singular
// at i may begin a duration (see family.unit): with no count before it,
// duration reads one only as a compound ("year-long", longCompound);
// "year", "day" alone are no span.
func mayBeDurationAtUnit(s *scanner, i int) bool {
	return s.Is(i+1, kHyphen) && s.Is(i+2, kLong)
}

// duration matches "three weeks", "the past three years", "a decade",
// "several days", "five-year", "weeks", and the dates built on a count:
// "two years ago", "a year earlier", "two days later", "three days from now".
func duration(s *scanner, i int) bool {
	// a compound only before a hyphen (longCompound's first check): most
	// tokens tried are not, and each call zeroed and copied a match
	if s.Is(i+1, kHyphen) {
		if c, ok := s.longCompound(i); ok {
			s.cand = c
			return true
		}
	}
	k := i
	mod := ""
	if m, j, ok := s.quantifier(k); ok {
		mod, k = m, j
	}
	the := s.Is(k, kThe)
	if the {
		k++
	}
	lead := false
	if s.Has(k, lex.DurationLead) {
		lead = true
		k++
	}
	n, j, vague, hasNum := s.number(k)
	quarters := 0                                           // a fraction of the unit, in quarters: "5 1/2 hours", "a year and a half"
	if !hasNum && s.Is(k, kHalf) && s.isAny(k+1, kA, kAn) { // "half an hour"
		hasNum, quarters, j = true, 2, k+2
	}
	if hasNum {
		k = j
		if q, e, ok := s.fraction(k); ok && !vague && s.isNumber(k-1) {
			quarters, k = q, e
		}
		if s.isAny(k, kMore, kAdditional, kFull, kStraight) {
			k++
		}
		if s.Is(k, kHyphen) && s.Glued(k) {
			k++
		}
	} else if the && !lead {
		return false
	}
	u, ok := s.unit(k)
	if !ok {
		return false
	}
	if s.Is(k+1, kHyphen) && s.isAny(k+2, kEarlier, kAgo) && s.Glued(k+1) {
		return false // "a year-earlier loss": a date, see modified
	}
	if s.Is(k+1, kHyphen) {
		if c, ok := s.longCompound(k); ok && (!hasNum || s.isAny(k-1, kA, kAn)) {
			s.cand = c // "an hour-long speech": the article belongs to the noun
			return true
		}
	}
	if u.gran == timeline.GranSeason && (s.Is(k+1, kOf) || s.Is(k-1, kHyphen)) {
		return false // "three-quarters of the vote" is a fraction
	}
	if u.time && s.upper(k) && !s.AllCaps(k) && s.isNumber(k-1) && k-1 > 0 && !s.Has(k-2, lex.SentenceEnd) {
		return false // "CBS's 60 Minutes" in mid-sentence is a title
	}
	plural := s.isPlural(k)
	if !hasNum && !plural {
		return false // "the past year" is a date, see relative
	}
	if !hasNum && !lead && !the {
		// a bare plural counts only in a temporal role: "for years", "weeks
		// after the clashes", "within days"; "days of talks" is not a span
		if !s.Has(i-1, lex.BareDurationBefore) && !s.Has(k+1, lex.BareDurationAfter) {
			return false
		}
		vague = true
	}
	if s.Is(k, kSecond) && hasNum && n == 1 && !s.isNumber(k-1) {
		return false // "a second time" is an ordinal
	}
	if !hasNum {
		vague = true
	}
	if hasNum && !vague && n == 1 && plural && !s.Is(k-1, kHyphen) && !(s.isNumber(k-1) && s.Source(k-1) == "1") {
		return false // "one years" is not English; "a days" neither
	}
	hyphenated := s.Is(k-1, kHyphen)
	k++
	if quarters == 0 && hasNum && !vague && s.Is(k, kAnd) && s.Is(k+1, kA) && s.Is(k+2, kHalf) {
		quarters, k = 2, k+3
	}
	if s.Is(k, kOld) || (s.Is(k, kHyphen) && s.isAny(k+1, kOld, kOlds)) {
		return false // "a 6-year-old" is an age
	}
	if hyphenated && mod == "" && s.isAny(i, kThe, kA, kAn) {
		i++ // "the two-week strike": the article belongs to the noun, not the duration
	}
	count := 0 // read where not vague
	if !vague {
		count = n * u.mult
	}
	if years := yearsIn(u.code); years > 0 { // TimeML counts decades, centuries and millennia in years
		u.code = "Y"
		if !vague {
			count = n * years
		}
	}
	if u.code == "WE" { // weekends
		if hasNum && !vague {
			count = n * 2
		}
		u = unit{gran: timeline.GranDay, code: "D"}
	}
	value := durationValue(u, count, vague)
	if quarters > 0 && !vague {
		value = fractionalDuration(n*u.mult, quarters, u)
	}
	c := grammar.Cand{I: i, J: k, Type: timeline.TypeDuration, Value: value, Mod: mod}
	// dates built on a count
	if hasNum && !lead && !the && u.gran >= timeline.GranDay {
		sh := n
		if vague {
			sh = 0
		}
		switch s.Key(k) {
		case kAgo:
			c.J = k + 1
			c.Type = timeline.TypeDate
			c.Value = ""
			c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: u.gran, N: -sh * max(u.mult, 1), Out: agoGran(u.gran), ViaQuarter: u.gran == timeline.GranYear})
			if vague {
				c.Value = "PAST_REF"
				c.Spec = nil
				c.Fuzzy = true
			}
			s.cand = c
			return true
		case kEarlier, kLater, kBefore, kAfter:
			if s.isAny(k, kBefore, kAfter) {
				// "weeks after the clashes": a duration the events stage places
				if !s.closesClause(k + 1) {
					s.cand = c
					return true
				}
			}
			if s.isAny(k, kEarlier, kLater) && s.Is(k+1, kThan) {
				// "six months later than planned": by how much, not when
				s.cand = c
				return true
			}
			sign := 1
			if s.isAny(k, kEarlier, kBefore) {
				sign = -1
			}
			c.J = k + 1
			c.Type = timeline.TypeDate
			if vague {
				c.Value = "FUTURE_REF"
				if sign < 0 {
					c.Value = "PAST_REF"
				}
				s.cand = c
				return true
			}
			c.Value = ""
			c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: u.gran, N: sign * sh * max(u.mult, 1), Anaphoric: true, Out: agoGran(u.gran), ViaQuarter: u.gran == timeline.GranYear})
			s.cand = c
			return true
		case kFrom:
			if s.isAny(k+1, kNow, kToday) {
				c.J = k + 2
				c.Type = timeline.TypeDate
				c.Value = ""
				c.Spec = s.spec(grammar.Spec{Rel: grammar.RelShift, G: u.gran, N: sh * max(u.mult, 1), Out: agoGran(u.gran)})
				s.cand = c
				return true
			}
		}
	}
	s.cand = c
	return true
}

// longCompound matches an adjective of length: "day-long" (P1D),
// "decades-long" (PXY), "hour-long" (PT1H).
func (s *scanner) longCompound(i int) (grammar.Cand, bool) {
	if !s.Is(i+1, kHyphen) || !s.Is(i+2, kLong) { // asked at every token a duration may begin at
		return grammar.Cand{}, false
	}
	u, ok := s.unit(i)
	if !ok || !s.Glued(i+1) || !s.Glued(i+2) || u.code == "WE" {
		return grammar.Cand{}, false
	}
	count := "1"
	if s.isPlural(i) {
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
	return grammar.Cand{I: i, J: i + 3, Type: timeline.TypeDuration, Value: value, Fuzzy: count == "X"}, true
}

// durationValue returns the TIMEX3 value of count units u ("X" if vague):
// "P3D", "PT2H", "PXY". The values of X and of one to nine of a unit with
// a code of one letter (most that news writes: "P1Y", "PXY", "P2W") are
// cut from shortDurations, with no allocation; the others are written by
// durationValueOf, a string allocated and copied, some 150 instructions,
// ~680 values a megabyte of news.
func durationValue(u unit, count int, vague bool) string {
	k := count // the value's place in its string of shortDurations
	if vague {
		k = 0
	}
	if len(u.code) == 1 && (vague || uint(count-1) < 9) {
		t, w := 0, len("P1D")
		if u.time {
			t, w = 1, len("PT1H")
		}
		if all := shortDurations[t][u.code[0]&(utf8.RuneSelf-1)]; all != "" {
			return all[k*w : k*w+w]
		}
	}
	if vague {
		return durationValueOf(u, "X")
	}
	return durationValueOf(u, strconv.Itoa(count))
}

// shortDurations holds, by unit (of time or not, its code), the values of
// X and of one to nine of it, one after another, each as long as the
// others, as durationValueOf writes them.
var shortDurations = [2][utf8.RuneSelf]string{
	{
		'D': "PXDP1DP2DP3DP4DP5DP6DP7DP8DP9D",
		'W': "PXWP1WP2WP3WP4WP5WP6WP7WP8WP9W",
		'M': "PXMP1MP2MP3MP4MP5MP6MP7MP8MP9M",
		'Q': "PXQP1QP2QP3QP4QP5QP6QP7QP8QP9Q",
		'Y': "PXYP1YP2YP3YP4YP5YP6YP7YP8YP9Y",
	},
	{
		'H': "PTXHPT1HPT2HPT3HPT4HPT5HPT6HPT7HPT8HPT9H",
		'M': "PTXMPT1MPT2MPT3MPT4MPT5MPT6MPT7MPT8MPT9M",
		'S': "PTXSPT1SPT2SPT3SPT4SPT5SPT6SPT7SPT8SPT9S",
	},
}

// durationValueOf writes the TIMEX3 value of count units u: "P3D", "PT2H",
// "PXY". It is built in one piece, as the concatenation of three strings
// cost four times as much.
func durationValueOf(u unit, count string) string {
	var buf [24]byte
	b := append(buf[:0], 'P')
	if u.time {
		b = append(b, 'T')
	}
	b = append(b, count...)
	return string(append(b, u.code...))
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
	w := s.Key(i)
	if w == 0 {
		return "", 0, false
	}
	x := s.Key(i + 1)
	switch {
	case w == kMore && x == kThan, w == kOver && s.startsCount(i+1):
		mod = "MORE_THAN"
	case (w == kLess || w == kFewer) && x == kThan, w == kUnder && s.startsCount(i+1):
		mod = "LESS_THAN"
	case w == kAt && x == kLeast:
		mod = "EQUAL_OR_MORE"
	case w == kAt && x == kMost, w == kUp && x == kTo, w == kNo && s.Is(i+2, kThan) && (x == kMore || x == kLonger):
		mod = "EQUAL_OR_LESS"
	case w == kNearly || w == kAlmost || w == kAbout || w == kAround || w == kApproximately || w == kRoughly || w == kSome && s.startsCount(i+1):
		if !s.startsCount(i + 1) {
			return "", 0, false
		}
		if w == kNearly || w == kAlmost {
			return "LESS_THAN", i + 1, true
		}
		return "APPROX", i + 1, true
	default:
		return "", 0, false
	}
	j = i + 2
	if w == kNo {
		j = i + 3
	}
	if w == kOver || w == kUnder {
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
	a, b := s.Tok(i), s.Tok(i+2)
	if a.Kind() != lex.Number || !s.Is(i+1, kSlash) || b.Kind() != lex.Number || !s.Glued(i+1) || !s.Glued(i+2) {
		return 0, 0, false
	}
	switch {
	case a.Num() == 1 && b.Num() == 2:
		return 2, i + 3, true
	case a.Num() == 1 && b.Num() == 4:
		return 1, i + 3, true
	case a.Num() == 3 && b.Num() == 4:
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

// closesClause reports whether token k ends the clause, so "two days
// later." or "a week before," is anaphoric rather than relative to an event
// named next.
func (s *scanner) closesClause(k int) bool { return s.atEnd(k) || s.Has(k, lex.ClauseCloser) }

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
