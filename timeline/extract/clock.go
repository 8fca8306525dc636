package extract

import (
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"

	"retrace/timeline"
)

// clockRules are olebedev/when's English hour rules, which read "5 pm",
// "5:30 p.m.", "17:45" correctly; we run them on the small window of text a
// clock candidate covers, so they never rescan the article.
var clockRules = []rules.Rule{en.HourMinute(rules.Override), en.Hour(rules.Override)}

// clockTime matches a time of day: "5 p.m.", "5:30pm", "10 a.m.", "17:45",
// "noon", "midnight". The hour and minute come from when's rules.
func (s *scanner) clockTime(i int) (cand, bool) {
	w := s.w(i)
	switch w {
	case "noon", "midday", "midnight":
		if w == "noon" && s.w(i-1) == "high" {
			return cand{}, false // "high noon" is a showdown, not a time
		}
		h := 12
		if w == "midnight" {
			h = 0
		}
		return s.clockDay(cand{i: i, j: i + 1, typ: timeline.TypeTime, spec: &spec{rel: relShift, g: timeline.GranDay, clock: true, hour: h}}), true
	}
	t := s.tok(i)
	if t.num > 24 || t.ndigits == 0 || t.ndigits > 2 {
		return cand{}, false
	}
	if h, j, ok := s.hourOfPart(i); ok { // "4 in the morning", "11 at night"
		return s.clockDay(cand{i: i, j: j, typ: timeline.TypeTime, spec: &spec{rel: relShift, g: timeline.GranDay, clock: true, hour: h}}), true
	}
	// find the end of the clock expression: H[:MM] [a.m.|am|p.m.|pm|o'clock]
	j := i + 1
	hasMinutes, hasMeridiem := false, false
	if t.kind == tokWord { // "5pm", "10am"
		suf := t.lower[t.ndigits:]
		if suf != "am" && suf != "pm" {
			return cand{}, false
		}
		hasMeridiem = true
	} else {
		if (s.w(j) == ":" || s.w(j) == ".") && s.glued(j) && s.tok(j+1).kind == tokNum && s.tok(j+1).ndigits == 2 && s.glued(j+1) {
			j += 2
			hasMinutes = true
		}
		switch s.w(j) {
		case "a", "p":
			if s.w(j+1) == "." && s.w(j+2) == "m" {
				j += 3
				if s.w(j) == "." && s.glued(j) {
					j++
				}
				hasMeridiem = true
			}
		case "am", "pm":
			hasMeridiem = true
			j++
		case "o":
			if s.w(j+1) == "'" && s.w(j+2) == "clock" {
				j += 3
				hasMeridiem = true // o'clock marks a time though not the half of day
			}
		}
		if hasMinutes && s.w(i+1) == "." && !hasMeridiem {
			return cand{}, false // "3.45" is a number
		}
	}
	if !hasMeridiem && !hasMinutes {
		return cand{}, false
	}
	window := s.text[s.tok(i).start:s.tok(j-1).end]
	hour, minute, ok := whenClock(window)
	if !ok {
		if s.w(j-1) == "clock" && t.num <= 12 {
			hour, ok = t.num, true
		}
		if !ok {
			return cand{}, false
		}
	}
	// a time zone right after belongs to the expression
	switch s.w(j) {
	case "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "et", "bst", "cet", "msk":
		if s.tok(j).upper {
			j++
		}
	}
	return s.clockDay(cand{i: i, j: j, typ: timeline.TypeTime, spec: &spec{rel: relShift, g: timeline.GranDay, clock: true, hour: hour, min: minute}}), true
}

// hourOfPart reads an hour told by the part of the day: "4 in the
// morning" is 04:00, "8 in the evening" 20:00, "11 at night" 23:00.
func (s *scanner) hourOfPart(i int) (hour, j int, ok bool) {
	t := s.tok(i)
	if t.kind != tokNum || t.num < 1 || t.num > 12 {
		return 0, 0, false
	}
	h := t.num % 12
	switch {
	case s.w(i+1) == "in" && s.w(i+2) == "the":
		switch s.w(i + 3) {
		case "morning":
		case "afternoon", "evening":
			h += 12
		default:
			return 0, 0, false
		}
		return h, i + 4, true
	case s.w(i+1) == "at" && s.w(i+2) == "night":
		if t.num >= 6 && t.num != 12 {
			h += 12
		}
		return h, i + 3, true
	}
	return 0, 0, false
}

// clockDay extends a time of day with the day right after it: "noon
// Thursday", "5 p.m. yesterday".
func (s *scanner) clockDay(c cand) cand {
	j := c.j
	keepEnd := false
	if s.w(j) == "(" { // "10:35 a.m. (0735 GMT) Friday": the day after the aside is the time's, the aside is not
		for k := j + 1; k < j+10; k++ {
			if s.w(k) == ")" {
				if _, ok := weekdayNames[s.w(k-1)]; ok {
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
	if s.w(j) == "on" {
		j++
	}
	if d, ok := weekdayNames[s.w(j)]; ok {
		if !keepEnd {
			c.j = j + 1
		}
		c.spec.rel = relNamed
		c.spec.weekday = isoWeekday(d)
		c.spec.base = point{gran: timeline.GranDay}
		return c
	}
	switch s.w(j) {
	case "today", "yesterday", "tomorrow":
		if !keepEnd {
			c.j = j + 1
		}
		c.spec.n = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[s.w(j)]
		return c
	}
	if keepEnd {
		return c
	}
	if s.w(j) == "," {
		j++
	}
	if d, ok := s.monthDate(j); ok && d.spec != nil && d.spec.base.gran == timeline.GranDay { // "5 p.m. EST, Nov. 9"
		sp := atTime(*d.spec, c.spec.hour, c.spec.min)
		c.j = d.j
		c.spec = &sp
	}
	return c
}

// whenClock runs when's hour rules on a short window and returns the hour
// and minute they set.
func whenClock(window string) (hour, minute int, ok bool) {
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
