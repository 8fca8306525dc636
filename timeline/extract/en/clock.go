package en

import (
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	whenen "github.com/olebedev/when/rules/en"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// clockRules are olebedev/when's English hour rules, which read "5 pm",
// "5:30 p.m.", "17:45" correctly; we run them on the small window of text a
// clock candidate covers, so they never rescan the article.
var clockRules = []rules.Rule{whenen.HourMinute(rules.Override), whenen.Hour(rules.Override)}

// clockTime matches a time of day: "5 p.m.", "5:30pm", "10 a.m.", "17:45",
// "noon", "midnight". The hour and minute come from when's rules.
func clock(s *scanner, i int) bool { return s.keep(s.clockTime(i)) }

func (s *scanner) clockTime(i int) (grammar.Cand, bool) {
	switch s.Key(i) {
	case kNoon, kMidday, kMidnight:
		if s.Is(i, kNoon) && s.Is(i-1, kHigh) {
			return grammar.Cand{}, false // "high noon" is a showdown, not a time
		}
		h := 12
		if s.Is(i, kMidnight) {
			h = 0
		}
		return s.clockDay(grammar.Cand{I: i, J: i + 1, Type: timeline.TypeTime, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, Clock: true, Hour: h})}), true
	}
	t := s.Tok(i)
	if t.Num() > 24 || t.Digits() == 0 || t.Digits() > 2 {
		return grammar.Cand{}, false
	}
	if h, j, ok := s.hourOfPart(i); ok { // "4 in the morning", "11 at night"
		return s.clockDay(grammar.Cand{I: i, J: j, Type: timeline.TypeTime, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, Clock: true, Hour: h})}), true
	}
	// find the end of the clock expression: H[:MM] [a.m.|am|p.m.|pm|o'clock]
	j := i + 1
	hasMinutes, hasMeridiem, military, am := false, false, false, false
	glued := lex.Key(0)       // the half of the day glued to the minutes: "5:30PM"
	if t.Kind() == lex.Word { // "5pm", "10am"
		if suf := s.Suffix(i).Key; suf != kAM && suf != kPM || s.minutesOf(i) {
			return grammar.Cand{}, false
		}
		hasMeridiem = true
	} else {
		if s.isAny(j, kColon, kDot) && s.Glued(j) && s.digits(j+1) == 2 && s.Glued(j+1) {
			if s.isNumber(j + 1) {
				j += 2
				hasMinutes = true
			} else if s.Tok(j+1).Kind() == lex.Word { // "5:30PM", "05:30hrs": the minutes carry the ending
				switch s.Suffix(j + 1).Key {
				case kAM, kPM:
					hasMeridiem, glued = true, s.Suffix(j+1).Key
				case kHrs:
					military = s.Is(j, kColon)
				}
				if !hasMeridiem && !military {
					return grammar.Cand{}, false
				}
				j += 2
				hasMinutes = true
			}
		}
		switch s.Key(j) {
		case kA, kP:
			if s.Is(j+1, kDot) && s.Is(j+2, kM) {
				am = s.Is(j, kA)
				j += 3
				if s.Is(j, kDot) && s.Glued(j) {
					j++
				}
				hasMeridiem = true
			}
		case kAM, kPM:
			am = s.Is(j, kAM)
			hasMeridiem = true
			j++
		case kO:
			if s.Is(j+1, kApostrophe) && s.Is(j+2, kClock) {
				j += 3
				hasMeridiem = true // o'clock marks a time though not the half of day
			}
		case kHrs: // "19:00 hrs", the military way of writing the hours
			if hasMinutes && !hasMeridiem && !military && s.Is(i+1, kColon) {
				j++
				military = true
			}
		}
		if hasMinutes && s.Is(i+1, kDot) && !hasMeridiem {
			return grammar.Cand{}, false // "3.45" is a number
		}
	}
	if !hasMeridiem && !hasMinutes {
		return grammar.Cand{}, false
	}
	if military || glued != 0 {
		h, m := t.Num(), s.Tok(i+2).Num()
		if glued != 0 {
			if h < 1 || h > 12 {
				return grammar.Cand{}, false
			}
			h %= 12
			if glued == kPM {
				h += 12
			}
		}
		if h > 23 || m > 59 {
			return grammar.Cand{}, false
		}
		return s.clockDay(grammar.Cand{I: i, J: j, Type: timeline.TypeTime, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, Clock: true, Hour: h, Min: m})}), true
	}
	window := s.Text[s.Tok(i).Start():s.Tok(j-1).End()]
	hour, minute, ok := whenClock(window)
	if !ok {
		if s.Is(j-1, kClock) && t.Num() <= 12 {
			hour, ok = t.Num(), true
		}
		if !ok {
			return grammar.Cand{}, false
		}
	}
	if (am || t.Kind() == lex.Word && s.Suffix(i).Key == kAM) && hour == 12 {
		hour = 0 // "12:01 a.m." is a minute past midnight; when reads it as noon
	}
	// a time zone right after belongs to the expression
	if s.Has(j, lex.TimeZone) && s.upper(j) {
		j++
	}
	return s.clockDay(grammar.Cand{I: i, J: j, Type: timeline.TypeTime, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranDay, Clock: true, Hour: hour, Min: minute})}), true
}

// mayBeClock reports whether the unlisted number at i may begin a time of
// day (see family.number): an hour of two digits at most, to 24, and,
// when a dot follows, minutes of two digits glued after it ("5.30 p.m.";
// clockTime reads the "3.5" of "3.5 million" as a number), and after
// minutes written as a number the half of the day or "o'clock", without
// which clockTime reads "1.25 percent" as a number too. An hour of one
// digit is at most 9, and one of two is read from its two bytes: most
// numbers asked are ruled out with no value worked out (num).
func mayBeClock(s *scanner, i int) bool {
	switch t := s.tok(i); t.Digits() {
	case 0, 1:
	case 2:
		if d := s.Text[t.Start() : t.Start()+2]; (d[0]-'0')*10+d[1]-'0' > 24 {
			return false
		}
	default:
		return false
	}
	if !s.Is(i+1, kDot) {
		return true
	}
	if !s.Glued(i+1) || s.digits(i+2) != 2 || !s.Glued(i+2) {
		return false
	}
	return !s.isNumber(i+2) || s.isAny(i+3, kA, kP, kAM, kPM, kO)
}

// minutesOf reports whether the word at i, "00AM" or "30pm", holds the
// minutes of a time whose hour comes before it: "1:00AM".
func (s *scanner) minutesOf(i int) bool {
	return s.Glued(i) && s.isAny(i-1, kColon, kDot) && s.Glued(i-1) && s.isNumber(i-2)
}

// hourOfPart reads an hour told by the part of the day: "4 in the
// morning" is 04:00, "8 in the evening" 20:00, "11 at night" 23:00.
func (s *scanner) hourOfPart(i int) (hour, j int, ok bool) {
	t := s.Tok(i)
	if t.Kind() != lex.Number || t.Num() < 1 || t.Num() > 12 {
		return 0, 0, false
	}
	h := t.Num() % 12
	switch {
	case s.Is(i+1, kIn) && s.Is(i+2, kThe):
		switch s.Key(i + 3) {
		case kMorning:
		case kAfternoon, kEvening:
			h += 12
		default:
			return 0, 0, false
		}
		return h, i + 4, true
	case s.Is(i+1, kAt) && s.Is(i+2, kNight):
		if t.Num() >= 6 && t.Num() != 12 {
			h += 12
		}
		return h, i + 3, true
	}
	return 0, 0, false
}

// clockDay extends a time of day with the day right after it: "noon
// Thursday", "5 p.m. yesterday".
func (s *scanner) clockDay(c grammar.Cand) grammar.Cand {
	j := c.J
	keepEnd := false
	if s.Is(j, kParen) { // "10:35 a.m. (0735 GMT) Friday": the day after the aside is the time's, the aside is not
		for k := j + 1; k < j+10; k++ {
			if s.Is(k, kParenClose) {
				if s.Has(k-1, lex.Weekday) {
					j = k - 1 // "4 in the morning (4 a.m. EDT Thursday)": the aside names the day
				} else {
					j = k + 1
				}
				keepEnd = true
				break
			}
		}
		if !keepEnd {
			return c
		}
	}
	on := s.Is(j, kOn)
	if on {
		j++
	}
	if s.Has(j, lex.Weekday) {
		if !keepEnd {
			c.J = j + 1
		}
		c.Spec.Rel = grammar.RelNamed
		c.Spec.Weekday = isoWeekday(s.value(j))
		c.Spec.Base = grammar.Point{Gran: timeline.GranDay}
		return c
	}
	switch s.Key(j) {
	case kToday, kYesterday, kTomorrow:
		if !keepEnd {
			c.J = j + 1
		}
		switch s.Key(j) {
		case kYesterday:
			c.Spec.N = -1
		case kTomorrow:
			c.Spec.N = 1
		default: // today
			c.Spec.N = 0
		}
		return c
	}
	if keepEnd {
		return c
	}
	if on {
		// "at 11 a.m. on 11 November 1918", "at 5:00 am on October 3,
		// 1935": the time is on that day, and the day is an expression of
		// its own, as histories mark them; the scan finds it next
		if d, ok := s.dayAfterOn(j); ok {
			sp := grammar.AtTime(*d.Spec, c.Spec.Hour, c.Spec.Min)
			c.Spec = s.spec(sp)
		}
		return c
	}
	if s.Is(j, kComma) {
		j++
	}
	if d, ok := s.found(monthDate(s, j)); ok && d.Spec != nil && d.Spec.Base.Gran == timeline.GranDay { // "5 p.m. EST, Nov. 9"
		sp := grammar.AtTime(*d.Spec, c.Spec.Hour, c.Spec.Min)
		c.J = d.J
		c.Spec = s.spec(sp)
	}
	return c
}

// dayAfterOn reads the date of one day at token j, after "on": "October 3,
// 1935", "11 November 1918", "2 December".
func (s *scanner) dayAfterOn(j int) (grammar.Cand, bool) {
	for _, f := range []func(*scanner, int) bool{monthDate, dayMonth} {
		if d, ok := s.found(f(s, j)); ok && d.Spec != nil && d.Spec.Base.Gran == timeline.GranDay && d.Spec.Weekday == 0 {
			return d, true
		}
	}
	return grammar.Cand{}, false
}

// whenClock returns the hour and minute when's hour rules set on a short
// window.
func whenClock(window string) (hour, minute int, ok bool) {
	if hour, minute, ok := plainClock(window); ok {
		return hour, minute, true
	}
	return whenRules(window)
}

// whenRules runs when's hour rules on a short window and returns the hour
// and minute they set.
func whenRules(window string) (hour, minute int, ok bool) {
	ref := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, r := range clockRules {
		m := r.Find(window)
		if m == nil {
			continue
		}
		ctx := &rules.Context{Text: window}
		applied, err := m.Apply(ctx, &rules.Options{Afternoon: 15, Evening: 18, Morning: 8, Noon: 12}, ref)
		if err != nil || !applied || ctx.Hour == nil {
			continue
		}
		hour = *ctx.Hour
		if ctx.Minute != nil {
			minute = *ctx.Minute
		}
		return hour, minute, true
	}
	return 0, 0, false
}

// plainClock reads the times news writes most, "5 p.m.", "10:30 a.m.",
// "17:45", "5pm", as when's rules read them, without their regular
// expressions, which took some 9,000 instructions a time: an hour of one
// or two digits, minutes after a colon, spaces, and the half of the day
// written am, pm, a.m. or p.m. in any case. It leaves any other window,
// and an hour or minutes the rules turn down, to the rules (ok false).
func plainClock(w string) (hour, minute int, ok bool) {
	n := 0
	for n < len(w) && n < 3 && '0' <= w[n] && w[n] <= '9' {
		hour = 10*hour + int(w[n]-'0')
		n++
	}
	if n == 0 || n > 2 {
		return 0, 0, false
	}
	rest := w[n:]
	minutes := false
	if len(rest) >= 3 && rest[0] == ':' && '0' <= rest[1] && rest[1] <= '5' && '0' <= rest[2] && rest[2] <= '9' {
		minute, minutes = 10*int(rest[1]-'0')+int(rest[2]-'0'), true
		rest = rest[3:]
	}
	rest = strings.TrimLeft(rest, " ")
	pm := false
	switch {
	case rest == "":
		// "17:45": the hour as written; a bare number is no time
		return hour, minute, minutes && hour <= 23
	case strings.EqualFold(rest, "am"), strings.EqualFold(rest, "a.m."):
	case strings.EqualFold(rest, "pm"), strings.EqualFold(rest, "p.m."):
		pm = true
	default:
		return 0, 0, false
	}
	if hour > 12 {
		return 0, 0, false
	}
	if pm && hour < 12 {
		hour += 12
	}
	return hour, minute, true
}
