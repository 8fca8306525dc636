// Package extract is Retrace's temporal tagger: it finds every time
// expression in a text in one pass over its tokens, normalizes each to a
// TIMEX3 type, value and mod, and places it on the calendar as an interval,
// anchored to the document date (news) or to the last mentioned date
// (narratives).
//
// Day/month order: "3/4/2019" is read the US way, March 4, unless the first
// number cannot be a month ("31/12/2019") or the separator is a dot
// ("3.4.2019", European).
package extract

import (
	"strconv"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/en"
	"retrace/timeline/lex"
)

// Mode says how relative references are anchored.
type Mode int

const (
	ModeAuto      Mode = iota // decide from the text
	ModeNews                  // deictic references anchor to the document date
	ModeNarrative             // relative references anchor to the last mentioned date
)

// Options configure Tag.
type Options struct {
	DCT  time.Time // document creation time; zero when unknown
	Mode Mode
	// Holidays recognised by name; nil means DefaultHolidays().
	Holidays []Holiday
}

// holidays returns the holidays to recognise: opts.Holidays, or the
// default ones when it is nil.
func (opts Options) holidays() []Holiday {
	if opts.Holidays != nil {
		return opts.Holidays
	}
	return DefaultHolidays()
}

// Tag returns every temporal expression in doc.Text in text order, with IDs
// t1, t2, ..., and reports whether the text was read as a narrative.
func Tag(doc *timeline.Document, opts Options) (mentions []timeline.Mention, narrative bool) {
	return TagText(doc.Text, opts)
}

// TagText is Tag over a bare string.
func TagText(text string, opts Options) (mentions []timeline.Mention, narrative bool) {
	return TagTokens(Tokenize(text, opts), opts)
}

// Tokenize cuts text into the tokens the tagger reads, each looked up in
// the lexicon of its language. The events stage reads the same tokens, so
// a document is tokenized once (see analyze.Document).
func Tokenize(text string, opts Options) *lex.Tokenized {
	return lex.Tokenize(text, en.Lexicon())
}

// TagTokens is Tag over text already tokenized by Tokenize with the same
// options.
func TagTokens(toks *lex.Tokenized, opts Options) (mentions []timeline.Mention, narrative bool) {
	s := newScanner(toks, opts.holidays())
	cands := s.scan()
	s.shareRangeYears(cands)
	dct := time.Time{}
	if !opts.DCT.IsZero() {
		dct = timeline.Truncate(opts.DCT)
	}
	switch opts.Mode {
	case ModeNews:
		narrative = false
	case ModeNarrative:
		narrative = true
	default:
		narrative = looksNarrative(cands, dct)
	}
	r := &resolver{s: s, dct: dct, narrative: narrative}
	mentions = make([]timeline.Mention, 0, len(cands))
	for n, c := range cands {
		mentions = append(mentions, r.resolve(c, "t"+strconv.Itoa(n+1)))
	}
	return mentions, narrative
}

// shareRangeYears gives the first end of a range the year written only on
// its second: "from March to May 2023", "Nov. 28 through Dec. 3, 2024",
// "March and April 2023" are all in 2023 (and "December to February 2024"
// starts in 2023), whatever the document date.
func (s *scanner) shareRangeYears(cands []cand) {
	for n := 0; n+1 < len(cands); n++ {
		a, b := &cands[n], &cands[n+1]
		if a.spec == nil || b.spec == nil || a.spec.rel != relNamed || a.spec.weekday != 0 || a.spec.holiday != nil ||
			a.spec.base.month == 0 || a.spec.base.year != 0 || a.mod != "" ||
			b.spec.rel != relNone || b.spec.base.month == 0 || b.spec.base.year == 0 || b.i != a.j+1 {
			continue
		}
		year := b.spec.base.year
		switch s.w(a.j) {
		case "to", "through", "until", "till", "-", "–", "—":
			if a.spec.base.month > b.spec.base.month {
				year-- // "December to February 2024"
			}
		case "and", "or":
			if a.spec.base.month > b.spec.base.month {
				continue
			}
		default:
			continue
		}
		sp := *a.spec
		sp.rel, sp.base.year = relNone, year
		if sp.base.day > daysIn(year, sp.base.month) {
			continue // "Feb. 29 to March 3, 2023": no such day
		}
		a.spec = &sp
	}
}

// looksNarrative decides ModeAuto: a text whose explicit dates are mostly
// years away from its document date and that uses few deictic words
// ("yesterday", "last week") is a history or chronology.
func looksNarrative(cands []cand, dct time.Time) bool {
	explicit, far, deictic := 0, 0, 0
	for _, c := range cands {
		if c.spec == nil {
			if c.value == "PRESENT_REF" {
				deictic++
			}
			continue
		}
		switch {
		case c.spec.rel == relNone:
			explicit++
			if !dct.IsZero() {
				a, b := c.spec.base.bounds()
				if dct.Sub(b) > 2*365*24*time.Hour || a.Sub(dct) > 2*365*24*time.Hour {
					far++
				}
			}
		case !c.spec.anaphoric:
			deictic++
		}
	}
	if dct.IsZero() {
		return explicit >= 2 && deictic*3 <= explicit
	}
	return explicit >= 3 && far*3 >= explicit*2 && deictic*3 <= explicit
}

// resolver turns candidates into mentions, tracking the last mentioned date
// for anaphora.
type resolver struct {
	s         *scanner
	dct       time.Time
	narrative bool

	last, lastQuarter     *point
	lastID, lastQuarterID string
	// the last day named, and the token after it: a bare time of day later
	// in the same sentence is on that day ("The day after Thanksgiving,
	// stores opened at 6 a.m.")
	lastDay    *point
	lastDayEnd int
	lastDayID  string
}

func (r *resolver) resolve(c cand, id string) timeline.Mention {
	t0, t1 := r.s.toks[c.i], r.s.toks[c.j-1]
	m := timeline.Mention{
		ID:   id,
		Span: timeline.Span{Start: t0.start, End: t1.end},
		Text: r.s.text[t0.start:t1.end],
		Type: c.typ,
		Mod:  c.mod,
	}
	if c.spec == nil {
		m.Value = c.value
		r.resolveFixed(&m, c)
		return m
	}
	sp := c.spec
	if sp.rel == relNone {
		m.Value = sp.base.value()
		m.Interval = sp.base.interval(c.mod)
		if c.turn {
			m.Interval = turnOf(sp.base)
		}
		m.Kind = timeline.KindExplicit
		if isFuzzyMod(c.mod) {
			m.Kind = timeline.KindFuzzy
		}
		r.remember(sp.base, id)
		r.rememberDay(sp.base, c, id)
		return m
	}
	anchor, anchorName, ok := r.anchorFor(sp)
	if d, ok2 := r.sentenceDay(c); ok2 {
		anchor, anchorName, ok = d, "mention:"+r.lastDayID, true
	}
	if !ok {
		m.Value = unresolvedValue(sp)
		m.Anchor = "none"
		m.Kind = timeline.KindDeictic
		if sp.anaphoric {
			m.Kind = timeline.KindRelative
		}
		return m
	}
	p := r.place(c, sp, anchor)
	m.Value = p.value()
	m.Interval = p.interval(c.mod)
	if c.turn {
		m.Interval = turnOf(p)
	}
	if sp.anaphoric && sp.rel == relShift && sp.g == timeline.GranDay && sp.n == 0 && !sp.clock && anchor.gran == timeline.GranMonth {
		// "that same day" after "last October": a day of that month, which one unknown
		m.Value = anchor.value() + "-XX"
		if sp.part != "" {
			m.Value += "T" + sp.part
		}
		m.Interval = anchor.interval(c.mod)
		m.Anchor, m.Kind = anchorName, timeline.KindRelative
		return m
	}
	if sp.holiday != nil && sp.holiday.LeadDays > 0 {
		m.Interval.Earliest = m.Interval.Earliest.AddDate(0, 0, -sp.holiday.LeadDays)
	}
	m.Anchor = anchorName
	m.Kind = timeline.KindDeictic
	if anchorName != "dct" {
		m.Kind = timeline.KindRelative
	}
	if isFuzzyMod(c.mod) {
		m.Kind = timeline.KindFuzzy
	}
	// "the year-ago quarter", "the 1988 period" are comparisons, not the topic
	if p.quarter == 0 || (sp.n == 0 && !(sp.quarterRef && sp.base.year != 0)) {
		r.remember(p, id)
	}
	r.rememberDay(p, c, id)
	return m
}

// rememberDay notes a mention that names one day.
func (r *resolver) rememberDay(p point, c cand, id string) {
	if p.gran > timeline.GranDay || p.gran == timeline.GranUnknown {
		return
	}
	q := p
	q.gran, q.part, q.hour, q.minute = timeline.GranDay, "", 0, 0
	r.lastDay, r.lastDayEnd, r.lastDayID = &q, c.j, id
}

// sentenceDay returns the day named earlier in the sentence of a bare time
// of day ("at 6 a.m." with no day of its own).
func (r *resolver) sentenceDay(c cand) (point, bool) {
	sp := c.spec
	if r.lastDay == nil || !sp.clock || sp.rel != relShift || sp.n != 0 || sp.anaphoric {
		return point{}, false
	}
	for k := r.lastDayEnd - 1; k < c.i; k++ { // from the mention's own last token: "at 8 p.m. Results"
		if r.s.endsSentence(k) {
			return point{}, false
		}
	}
	return *r.lastDay, true
}

// turnOf is the interval of "the turn of" a period: a twentieth of its
// length on either side of its start ("the turn of the century" in 2025 is
// about 1995-2005, not the first decades of the 2000s).
func turnOf(p point) timeline.Interval {
	a, b := p.bounds()
	iv := timeline.Interval{Granularity: p.gran, FuzzyStart: true, FuzzyEnd: true}
	if years := (b.Year() - a.Year() + 1) / 20; years > 0 {
		iv.Earliest, iv.Latest = a.AddDate(-years, 0, 0), a.AddDate(years, 0, -1)
	} else {
		days := int(b.Sub(a).Hours()/24) + 1
		iv.Earliest, iv.Latest = a.AddDate(0, 0, -days/20), a.AddDate(0, 0, days/20)
	}
	return iv
}

func isFuzzyMod(mod string) bool {
	return mod == "START" || mod == "MID" || mod == "END" || mod == "APPROX"
}

// resolveFixed fills the interval and anchor of durations, sets and the
// PRESENT/PAST/FUTURE references.
func (r *resolver) resolveFixed(m *timeline.Mention, c cand) {
	switch m.Type {
	case timeline.TypeDuration, timeline.TypeSet:
		m.Kind = timeline.KindExplicit
		if c.fuzzy || len(m.Value) > 2 && m.Value[1] == 'X' {
			m.Kind = timeline.KindFuzzy
		}
		return
	}
	m.Kind = timeline.KindFuzzy
	if r.dct.IsZero() {
		m.Anchor = "none"
		return
	}
	m.Anchor = "dct"
	d := r.dct
	switch m.Value {
	case "PRESENT_REF":
		m.Interval = timeline.Interval{Earliest: d, Latest: d, Granularity: timeline.GranDay}
	case "PAST_REF":
		m.Interval = timeline.Interval{Earliest: d.AddDate(-1, 0, 0), Latest: d, Granularity: timeline.GranYear, FuzzyStart: true}
	case "FUTURE_REF":
		m.Interval = timeline.Interval{Earliest: d, Latest: d.AddDate(5, 0, 0), Granularity: timeline.GranYear, FuzzyEnd: true}
	}
}

func (r *resolver) remember(p point, id string) {
	if p.gran >= timeline.GranDecade {
		return // "the 1990s" is too coarse to anchor "the next day"
	}
	q := p
	r.last, r.lastID = &q, id
	if p.gran == timeline.GranSeason && p.quarter > 0 {
		r.lastQuarter, r.lastQuarterID = &q, id
	}
}

// anchorFor picks the date a relative expression is resolved against.
func (r *resolver) anchorFor(sp *spec) (point, string, bool) {
	if (sp.quarterRef || sp.viaQuarter) && r.lastQuarter != nil {
		return *r.lastQuarter, "mention:" + r.lastQuarterID, true
	}
	useLast := sp.anaphoric || (r.narrative && !sp.clock && sp.holiday == nil)
	if useLast && r.last != nil && sp.weekday != 0 && !sp.anaphoric && r.last.gran >= timeline.GranYear &&
		!r.dct.IsZero() && r.last.year == r.dct.Year() {
		// "died on Sunday" after a life span "(1938-2025)": a year says
		// nothing about which week, and the document date lies in it
		useLast = false
	}
	if useLast && r.last != nil {
		return *r.last, "mention:" + r.lastID, true
	}
	if !r.dct.IsZero() {
		return dayPoint(r.dct), "dct", true
	}
	return point{}, "", false
}

// place computes the calendar point of a relative expression from its anchor.
func (r *resolver) place(c cand, sp *spec, a point) point {
	var p point
	switch sp.rel {
	case relShift:
		if sp.viaQuarter && a.quarter > 0 {
			p = a.shift(timeline.GranYear, sp.n)
			break
		}
		if sp.quarterRef {
			if a.gran == timeline.GranSeason && a.quarter > 0 {
				p = a
			} else { // the last complete quarter
				p = a.coarsen(timeline.GranSeason).shift(timeline.GranSeason, -1)
			}
			if sp.base.year != 0 {
				p.year = sp.base.year
			}
			if sp.n != 0 {
				p = p.shift(sp.g, sp.n)
			}
			break
		}
		if a.gran > max(sp.g, sp.out) && a.gran >= timeline.GranMonth && a.gran != timeline.GranSeason && sp.g != timeline.GranSeason &&
			sp.g != timeline.GranUnknown && sp.base.gran == timeline.GranUnknown && !sp.base.weekend && !sp.clock {
			// "two days later" after "in 1996", "the previous week" after
			// "in March 1996": which day or week is unknown, so it stays the
			// year or month (the first days of it would be false precision)
			p = a
			break
		}
		g := sp.g
		if sp.out != 0 {
			g = sp.out
		}
		if a.gran > g {
			g = a.gran
		}
		p = a.coarsen(g)
		if p.gran < sp.g && sp.g != timeline.GranSeason {
			p = p.shift(sp.g, sp.n)
		} else if sp.g == timeline.GranSeason && p.gran == timeline.GranSeason {
			p = p.shift(timeline.GranSeason, sp.n)
		} else {
			p = p.coarsen(sp.g).shift(sp.g, sp.n)
			if sp.out != 0 && p.gran > sp.out {
				p = p.coarsen(sp.out)
			}
		}
		if sp.base.weekend && p.gran == timeline.GranWeek {
			p.weekend = true
			// "the weekend" said on a weekday is the one just past, unless
			// the sentence looks ahead
			t := r.tense(c)
			past := t < 0 || (t == 0 && sp.pick != pickThis)
			if wd := a.anyDate().Weekday(); sp.n == 0 && a.gran == timeline.GranDay &&
				wd != time.Saturday && wd != time.Sunday && past {
				p = p.shift(timeline.GranWeek, -1)
				p.weekend = true
			}
		}
		switch sp.base.gran { // "this year's third quarter", "February this year", "May 5 last year"
		case timeline.GranSeason, timeline.GranMonth, timeline.GranDay:
			y := p.year
			p = sp.base
			p.year = y
			if p.gran == timeline.GranDay && p.day > daysIn(y, p.month) {
				p.day = daysIn(y, p.month) // February 29 of a common year: its last day
			}
		}
	case relNamed:
		p = r.pickOccurrence(c, sp, a)
		if sp.g == timeline.GranYear && sp.n != 0 {
			p = p.shift(timeline.GranYear, sp.n)
		}
		if sp.out == timeline.GranWeek { // "the week of March 6"
			p = p.coarsen(timeline.GranWeek)
		}
	}
	if sp.dayShift != 0 && p.gran == timeline.GranDay {
		p = p.shift(timeline.GranDay, sp.dayShift)
	}
	if sp.part != "" && p.gran == timeline.GranDay {
		p.part = sp.part
	}
	if sp.clock && p.gran == timeline.GranDay {
		p.part = ""
		p.gran = timeline.GranHour
		if sp.min != 0 {
			p.gran = timeline.GranMinute
		}
		p.hour, p.minute = sp.hour, sp.min
	}
	return p
}

// pickOccurrence chooses which March, Friday or Christmas is meant.
func (r *resolver) pickOccurrence(c cand, sp *spec, a point) point {
	aa, ab := a.bounds()
	var cands []point
	switch {
	case sp.weekday != 0:
		for k := -7; k <= 7; k++ {
			d := aa.AddDate(0, 0, k)
			if isoWeekday(d.Weekday()) == sp.weekday {
				cands = append(cands, dayPoint(d))
			}
		}
	case sp.holiday != nil:
		for y := a.year - 1; y <= a.year+1; y++ {
			cands = append(cands, dayPoint(sp.holiday.Date(y)))
		}
	default:
		for y := a.year - 1; y <= a.year+1; y++ {
			p := sp.base
			p.year = y
			if p.gran == timeline.GranDay && p.day > daysIn(y, p.month) {
				continue // February 29 in a common year
			}
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 {
		return a
	}
	pk := sp.pick
	if pk == pickTense {
		t := r.tense(c)
		if sp.holiday == nil && (sp.weekday != 0 || sp.base.gran != timeline.GranDay) && r.deadline(c) {
			t = 1
		}
		return pickByTense(cands, sp, a, t)
	}
	best := -1
	for n, p := range cands {
		pa, pb := p.bounds()
		switch pk {
		case pickLast:
			if pb.Before(aa) {
				best = n // candidates are in order: keep the latest
			}
		case pickNext:
			if pa.After(ab) && best < 0 {
				best = n
			}
		case pickThis:
			if sp.weekday != 0 {
				ay, aw := aa.ISOWeek()
				py, pw := pa.ISOWeek()
				if ay == py && aw == pw {
					best = n
				}
			} else if p.year == a.year {
				best = n
			}
		case pickNearest:
			if best < 0 {
				best = n
				continue
			}
			ba, bb := cands[best].bounds()
			if distance(pa, pb, aa, ab) < distance(ba, bb, aa, ab) {
				best = n
			}
		}
	}
	if best < 0 {
		best = len(cands) / 2
	}
	return cands[best]
}

// pickByTense chooses an occurrence when the text gives no "last" or
// "next": a weekday is the latest on or before the anchor unless the
// sentence speaks of the future (news reports what happened: "said
// Friday"); a quarter likewise; a day of a month is the nearest one; a bare
// month or season is the anchor year's unless the tense pushes it across.
func pickByTense(cands []point, sp *spec, a point, tense int) point {
	aa, ab := a.bounds()
	latestBy := func() point { // the last one starting on or before the anchor
		best := cands[0]
		for _, p := range cands {
			if pa, _ := p.bounds(); !pa.After(ab) {
				best = p
			}
		}
		return best
	}
	earliestFrom := func() point { // the first one ending on or after the anchor
		for _, p := range cands {
			if _, pb := p.bounds(); !pb.Before(aa) {
				return p
			}
		}
		return cands[len(cands)-1]
	}
	nearest := func() point { // news is mostly about the past: future gaps count double
		best, bestD := cands[0], -1.0
		for _, p := range cands {
			pa, pb := p.bounds()
			d := distance(pa, pb, aa, ab)
			if pa.After(ab) {
				d *= 2
			}
			if bestD < 0 || d < bestD {
				best, bestD = p, d
			}
		}
		return best
	}
	b := sp.base
	if sp.weekday != 0 && a.gran == timeline.GranDay {
		// the day after the anchor is far likelier meant than six days before:
		// "the Senate votes Tuesday" in Monday's paper
		for _, p := range cands {
			if p.anyDate().Equal(aa.AddDate(0, 0, 1)) {
				return p
			}
		}
	}
	switch {
	case sp.weekday != 0 || b.quarter > 0 || b.half > 0:
		// wire stories name the day they are filed: "on Friday" written on a Friday is that day
		if tense > 0 {
			return earliestFrom()
		}
		return latestBy()
	case sp.holiday != nil:
		return nearest()
	case b.gran == timeline.GranDay: // only an explicit future moves a day of a month forward
		p := nearest()
		if _, pb := p.bounds(); tense > 0 && pb.Before(aa) {
			return earliestFrom()
		}
		if pa, _ := p.bounds(); tense < 0 && pa.After(ab.AddDate(0, 2, 0)) {
			// "The ceasefire, agreed on Jan. 19," written in November is
			// last January. A day a few weeks ahead stays ahead even after
			// a past verb: "declared a dividend payable Dec. 15" announces it.
			return latestBy()
		}
		return p
	}
	// months and seasons: the nearest, unless the tense
	// says it lies on the other side of the anchor
	p := nearest()
	pa, pb := p.bounds()
	for n := range cands {
		if cands[n] != p {
			continue
		}
		if tense > 0 && pb.Before(aa) && n+1 < len(cands) {
			return cands[n+1]
		}
		if tense < 0 && pa.After(ab) && n > 0 {
			return cands[n-1]
		}
	}
	return p
}

// distance is the gap in days between two closed intervals (0 if they meet).
func distance(a0, a1, b0, b1 time.Time) float64 {
	switch {
	case a1.Before(b0):
		return b0.Sub(a1).Hours()
	case b1.Before(a0):
		return a0.Sub(b1).Hours()
	}
	return 0
}

// tense looks outward from the expression, within its sentence, for the
// nearest word that marks the future (+1) or the past (-1).
func (r *resolver) tense(c cand) int {
	toks := r.s.toks
	left, right := true, true
	reach := 12
	if k := c.i - 1; k >= 0 && (r.s.endsSentence(k-1) || k == 0) && (toks[k].lower == "in" || toks[k].lower == "on") {
		// "In January, a week after the anniversary of ..., a bombing
		// killed ...": an opening phrase waits for the main verb
		reach = 40
	}
	for d := 1; d <= reach && (left || right); d++ {
		for side, k := range [2]int{c.i - d, c.j - 1 + d} {
			if (side == 0 && !left) || (side == 1 && !right) {
				continue
			}
			if k < 0 || k >= len(toks) || r.s.endsSentence(k) {
				if side == 0 {
					left = false
				} else {
					right = false
				}
				continue
			}
			if t := r.tenseAt(k, d); t != 0 {
				return t
			}
		}
	}
	return 0
}

// deadline reports whether a bare month, season or weekday follows "by",
// "until" or "till" ("talks are to conclude by May", "postponed until
// Tuesday") in a clause that is not in the past perfect ("by May they had
// sold out"): a deadline lies ahead. A day of a month is left to its own
// rule: "by Jan. 14" written on Jan. 15 is the day just past.
func (r *resolver) deadline(c cand) bool {
	switch r.s.w(c.i - 1) {
	case "by", "until", "till":
	default:
		return false
	}
	for k := c.i - 2; k >= 0 && k >= c.i-12 && !isSentenceEnd(r.s.w(k)); k-- {
		if r.s.w(k) == "had" {
			return false
		}
	}
	for k := c.j; k < len(r.s.toks) && k < c.j+12 && !isSentenceEnd(r.s.w(k)); k++ {
		if r.s.w(k) == "had" {
			return false
		}
	}
	return true
}

// tenseAt says whether token k marks the future (+1) or the past (-1).
func (r *resolver) tenseAt(k, d int) int {
	toks := r.s.toks
	w := toks[k].lower
	prev, next := r.s.w(k-1), r.s.w(k+1)
	switch w {
	case "said", "told", "announced", "reported", "added", "stated":
		// the verb of saying dates the saying ("said Friday"), not a
		// date further off in the words said ("would admit them in
		// early March, an official said")
		if d > 5 {
			return 0
		}
		return -1
	case "plans", "planned", "planning":
		// "plans to", "planned for March", "were planning to" look ahead;
		// "vacation plans for the trip" and "a hastily planned trip" say nothing
		if next == "to" || next == "for" && w == "planned" || w == "planning" {
			return 1
		}
		return 0
	case "to":
		if prev == "is" || prev == "are" { // "is to resume trading Tuesday"
			return 1
		}
		return 0
	case "next":
		if next == "to" { // "next to the embassy" is a place
			return 0
		}
	case "expected", "scheduled", "slated":
		// "is expected to", "scheduled for Friday" look ahead; "expected
		// losses" is an adjective and says nothing
		switch prev {
		case "is", "are", "was", "were", "be", "been", "being", "'s":
			return 1
		}
		switch next {
		case "to", "for", "in", "on", "by", "at", "next", "later", "this", "early", "late", "soon":
			return 1
		}
		return 0
	case "ahead":
		if next == "of" { // "ahead of the weekend"
			return 1
		}
		return 0
	}
	if futureCues[w] {
		return 1
	}
	if !pastCues[w] && !(len(w) > 4 && w[len(w)-2:] == "ed" && toks[k].kind == tokWord) {
		return 0
	}
	switch w {
	case "was", "were", "had", "did", "ago", "last", "since", "earlier":
		return -1
	}
	switch prev {
	case "has", "have", "'ve", "be", "been", "being", "is", "are":
		// a participle: the present perfect or the passive says nothing of
		// when ("has decided to admit them in March", "will be held May 5")
		return 0
	}
	return -1
}

// endsSentence reports whether token k ends a sentence: a full stop after
// an abbreviation or an initial ("vs.", "Mr.", "U.S.", "a.m.") or before a
// lower-case word does not.
func (s *scanner) endsSentence(k int) bool {
	w := s.w(k)
	if w != "." {
		return isSentenceEnd(w)
	}
	prev := s.tok(k - 1)
	next := s.tok(k + 1)
	if prev.lower == "m" && s.w(k-2) == "." && (s.w(k-3) == "a" || s.w(k-3) == "p") {
		// "at 8 p.m. Results came later": a time ends many a sentence
		return next.kind == tokWord && next.upper
	}
	if prev.kind == tokWord && s.glued(k) && (len(prev.lower) == 1 || abbreviations[prev.lower]) {
		return false
	}
	if _, isMonth := monthNames[prev.lower]; isMonth && len(prev.lower) <= 4 && s.glued(k) {
		return false // "Jan.", "Sept."
	}
	switch next.lower {
	case ",", ";", ")", ":":
		return false // "Birmingham, Ala., killed"
	}
	return !(next.kind == tokWord && !next.upper && next.ndigits == 0)
}

// abbreviations are written before a name ("Mr. Price", "Roe vs. Wade"), so
// their full stop never ends a sentence; after "Corp." or "Jr." a capital
// may well start a new one, and the general rule decides.
var abbreviations = map[string]bool{"vs": true, "mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"prof": true, "rev": true, "ft": true, "mt": true}

func isSentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" || w == ";" }

// unresolvedValue writes the TIMEX3 value of a relative expression whose
// anchor is unknown, the way TempEval annotates them: "XXXX-XX-XX".
func unresolvedValue(sp *spec) string {
	switch {
	case sp.clock:
		return "XXXX-XX-XXT" + twoDigits(sp.hour) + ":" + twoDigits(sp.min)
	case sp.weekday != 0:
		return anyWeek(sp.weekday)
	case sp.holiday != nil:
		d := sp.holiday.Date(2001)
		return "XXXX-" + twoDigits(int(d.Month())) + "-" + twoDigits(d.Day())
	case sp.rel == relNamed:
		b := sp.base
		switch {
		case b.gran == timeline.GranDay:
			return "XXXX-" + twoDigits(b.month) + "-" + twoDigits(b.day)
		case b.gran == timeline.GranMonth:
			return "XXXX-" + twoDigits(b.month)
		case b.quarter > 0:
			return "XXXX-Q" + strconv.Itoa(b.quarter)
		case b.half > 0:
			return "XXXX-H" + strconv.Itoa(b.half)
		case b.season != "":
			return "XXXX-" + b.season
		}
	}
	g := sp.g
	if sp.out != 0 {
		g = sp.out
	}
	v := ""
	switch g {
	case timeline.GranWeek:
		v = "XXXX-WXX"
		if sp.base.weekend {
			v += "-WE"
		}
	case timeline.GranMonth:
		v = "XXXX-XX"
	case timeline.GranSeason:
		v = "XXXX-QX"
	case timeline.GranYear:
		v = "XXXX"
	case timeline.GranDecade:
		v = "XXX"
	case timeline.GranCentury:
		v = "XX"
	case timeline.GranMillennium:
		v = "X"
	default:
		v = "XXXX-XX-XX"
		if sp.part != "" {
			v += "T" + sp.part
		}
	}
	return v
}
