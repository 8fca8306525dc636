package extract

import (
	"slices"
	"strconv"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// The resolver turns what a language's grammar found into mentions on the
// calendar: it anchors each relative expression to the document date or to
// the last date mentioned, picks which March or Friday is meant, and never
// reads a word (it asks the grammar's Reader about tense and sentences).

// resolver turns candidates into mentions, tracking the last mentioned date
// for anaphora.
type resolver struct {
	rd   grammar.Reader
	toks *lex.Tokenized
	lay  *layout
	dct  time.Time
	// dctDay is the document date's day: most relative expressions of
	// news are placed from it, and it is worked out once; dctNum numbers
	// it (see unixDay)
	dctDay grammar.Point
	dctNum int
	mode   Mode // ModeNews or ModeNarrative when the user said which
	// narrative is whether the text as a whole reads as a history: one
	// piece of evidence among others for each reference (see anchor.go)
	narrative bool

	last, lastQuarter       *grammar.Point
	lastRef, lastQuarterRef string
	// story is the narrative thread: the last date that carries the story
	// on, which a bare date continues. It is the last date mentioned
	// unless that steps out of the story (see excursion); anaphora ("the
	// following year") take the last date mentioned whatever it is.
	story    *grammar.Point
	storyRef string
	storyTok int
	// the story's first and last days (see unixDay), kept with it from
	// the memo's slot where it was placed: how far it lies from the
	// document date is asked of most relative expressions, and working
	// out a point's days took some 130 instructions
	storyFirst, storyLast int
	// years are the years of the text's explicit dates, in text order,
	// for excursion to look ahead at
	years    []yearAt
	nextYear int // the first of years after the token last asked about (see yearsFrom)
	// the last year heading of a chronology ("1943" alone on a line)
	heading    *grammar.Point
	headingRef string
	// the dates of the current paragraph so far
	para paragraphDates
	// the last day named, and the token after it: a bare time of day later
	// in the same sentence is on that day ("The day after Thanksgiving,
	// stores opened at 6 a.m.")
	lastDay    *grammar.Point
	lastDayEnd int
	lastDayRef string
	// the last name placed (a weekday, month, season or day of a month)
	// and the token after it: the next item of a list continues from it
	// ("on Thursday and Friday", "in December and January")
	item listItem
	// the first and last days the current paragraph names by their dates:
	// a weekday inside them is one of them ("from Sunday 2 September to
	// Thursday 6 September ... shortly after midnight on Sunday")
	daySpan daySpan
	// the last quarter or half of a year placed: a bare one after it in
	// its sentence is of its year ("the first half of the year ... a
	// recovery in the second half")
	part listItem
	// the slots the points above are kept in (see keep): one more than
	// there are holders, so that one is always free
	kept [6]grammar.Point
	// the values and intervals of the points placed last
	placed placedMemo
	// the expression whose tense was asked last, and its tense (see tense)
	tenseOf  *grammar.Cand
	tenseWas int
	// room for pickOccurrence's occurrences (at most three), kept from
	// one name to the next: an array of its own was zeroed at each call,
	// some 400 bytes, though every occurrence put in it is written whole
	occurrences [3]occurrence
}

// listItem is a name placed in the text, which the next item of a list
// counts from.
type listItem struct {
	p       grammar.Point
	ref     string // the mention's anchor name (see idList)
	end     int    // the token after it
	weekday bool
	ok      bool
}

// newResolver resolves the expressions read by rd from toks, written on
// dct, a UTC midnight (zero when unknown); mode is what the user said the
// text is, and narrative whether it reads as a history.
func newResolver(rd grammar.Reader, toks *lex.Tokenized, dct time.Time, mode Mode, narrative bool) *resolver {
	r := &resolver{rd: rd, toks: toks, lay: newLayout(toks, rd), dct: dct, mode: mode, narrative: narrative,
		placed: newPlacedMemo(toks.Len())}
	if !dct.IsZero() {
		r.dctDay, r.dctNum = grammar.DayPoint(dct), unixDay(dct)
	}
	return r
}

// resolve fills m, a zero Mention, with the expression c, whose anchor
// name (what a mention anchored on it names it) is ref: "mention:t3".
func (r *resolver) resolve(m *timeline.Mention, c *grammar.Cand, ref string) {
	start, end := r.toks.Start(c.I), r.toks.End(c.J-1)
	m.ID = ref[len(mentionAnchor):]
	m.Span = timeline.Span{Start: start, End: end}
	m.Text = r.toks.Text[start:end]
	m.Type, m.Mod = c.Type, c.Mod
	if c.Spec == nil {
		m.Value = c.Value
		r.resolveFixed(m, c)
		return
	}
	sp := c.Spec
	if sp.Rel == grammar.RelNone {
		placed := r.placed.of(&sp.Base, c.Mod)
		m.Value, m.Interval = placed.value, placed.iv
		if c.Turn {
			m.Interval = turnOf(sp.Base)
		}
		m.Kind = timeline.KindExplicit
		if isFuzzyMod(c.Mod) {
			m.Kind = timeline.KindFuzzy
		}
		kept := r.remember(&sp.Base, c, ref, placed.first, placed.last)
		r.rememberDay(&sp.Base, c, ref, kept)
		r.notePart(&sp.Base, c, ref)
		r.noteHeading(c, ref)
		r.noteDate(c.I, placed, false)
		r.noteDaySpan(&sp.Base, c.I)
		return
	}
	if r.presentInHistory(sp) {
		m.Value = "PRESENT_REF"
		r.resolveFixed(m, c)
		m.AnchorWhy = timeline.AnchorPresent
		return
	}
	var choice anchorChoice
	ok := r.chooseAnchor(c, sp, &choice)
	anchor, anchorName := choice.p, choice.name
	m.AnchorWhy = choice.why
	if !ok {
		m.Value = unresolvedValue(sp)
		m.Anchor = "none"
		m.AnchorWhy = timeline.AnchorUnknown
		m.Kind = timeline.KindDeictic
		if sp.Anaphoric {
			m.Kind = timeline.KindRelative
		}
		return
	}
	var p grammar.Point
	r.place(c, sp, anchor, choice.thread, &p)
	placed := r.placed.of(&p, c.Mod)
	m.Value, m.Interval = placed.value, placed.iv
	if c.Turn {
		m.Interval = turnOf(p)
	}
	if sp.Anaphoric && sp.Rel == grammar.RelShift && sp.G == timeline.GranDay && sp.N == 0 && !sp.Clock && anchor.Gran == timeline.GranMonth {
		// "that same day" after "last October": a day of that month, which one unknown
		m.Value = anchor.Value() + "-XX"
		if sp.Part != "" {
			m.Value += "T" + sp.Part
		}
		m.Interval = anchor.Interval(c.Mod)
		m.Anchor, m.Kind = anchorName, timeline.KindRelative
		return
	}
	if sp.Holiday != nil && sp.Holiday.LeadDays > 0 {
		m.Interval.Earliest = m.Interval.Earliest.AddDate(0, 0, -sp.Holiday.LeadDays)
	}
	m.Anchor = anchorName
	r.noteDate(c.I, placed, anchorName == "dct")
	m.Kind = timeline.KindDeictic
	if anchorName != "dct" {
		m.Kind = timeline.KindRelative
	}
	if isFuzzyMod(c.Mod) {
		m.Kind = timeline.KindFuzzy
	}
	// "the year-ago quarter", "the 1988 period" are comparisons, not the topic
	var kept *grammar.Point
	if (p.Quarter == 0 || (sp.N == 0 && !(sp.QuarterRef && sp.Base.Year != 0))) && r.movesThread(anchorName == "dct") {
		kept = r.remember(&p, c, ref, placed.first, placed.last)
	}
	r.rememberDay(&p, c, ref, kept)
	if sp.Rel == grammar.RelNamed {
		// field by field: a composite literal was built aside, then copied
		it := &r.item
		it.p, it.ref, it.end, it.weekday, it.ok = p, ref, c.J, sp.Weekday != 0, true
	}
	if sp.N == 0 {
		r.notePart(&p, c, ref) // not "the year-earlier quarter", a comparison
	}
}

// placedMemo holds the TIMEX3 values and intervals of the points placed
// last, a point to a slot by its date and granularity: a text names the
// same days over and over (the document date's, the days around it, the
// dates of its story), and a point's Value and Interval took some 350 and
// 240 instructions (and a string allocated for the value), where a point
// found here is compared and its value shared. 64 slots find 58 % of the
// points of a megabyte of news (16: 40 %, 256: 69 %); a short text, which
// places few, has fewer (newPlacedMemo).
type placedMemo struct {
	slots []placedSlot
	shift uint // a hash's bits beyond the slots' number
}

type placedSlot struct {
	p     grammar.Point
	mod   string
	value string
	iv    timeline.Interval
	// p's first and last days (Unix day numbers), which noteDate
	// measures from the document date: a point found here is placed
	// again, and its days with it
	first, last int
	full        bool // p, mod, value, iv and the days are set
}

// newPlacedMemo returns a memo for a text of n tokens: a slot for every
// tokensPerPlaced of them, a power of two from 4 to 64.
func newPlacedMemo(n int) placedMemo {
	bits := uint(2)
	for bits < 6 && n>>bits > tokensPerPlaced {
		bits++
	}
	return placedMemo{slots: make([]placedSlot, 1<<bits), shift: 64 - bits}
}

const tokensPerPlaced = 256

// samePoint is a == b, written out: the == of Points is a call that
// compares their numbers with memequal and each string with another.
// TestSamePointAsEqual holds it to ==, and to the fields Point has.
func samePoint(a, b *grammar.Point) bool {
	return a.Day == b.Day && a.Month == b.Month && a.Year == b.Year && a.Gran == b.Gran &&
		a.Hour == b.Hour && a.Minute == b.Minute && a.Week == b.Week && a.Quarter == b.Quarter &&
		a.Half == b.Half && a.Weekend == b.Weekend && sameString(a.Season, b.Season) && sameString(a.Part, b.Part)
}

// sameString is a == b with no call when both are empty, as a point's
// season and part, and a mention's mod, nearly always are.
func sameString(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a == b)
}

// of returns the slot that holds p, mod, p.Value(), p.Interval(mod) and
// p.DayBounds(), good until of is asked again.
func (m *placedMemo) of(p *grammar.Point, mod string) *placedSlot {
	h := uint64(p.Year)*0x9E3779B97F4A7C15 + uint64(p.Month<<5|p.Day)*0xBF58476D1CE4E5B9 + uint64(p.Gran)*0x94D049BB133111EB
	s := &m.slots[h>>m.shift]
	if !s.full || !samePoint(&s.p, p) || !sameString(s.mod, mod) {
		s.p, s.mod, s.value, s.iv, s.full = *p, mod, p.Value(), p.Interval(mod), true
		if mod == "" { // the interval is the point's bounds: no need to work them out again
			s.first, s.last = unixDay(s.iv.Earliest), unixDay(s.iv.Latest)
		} else {
			s.first, s.last = p.DayBounds()
		}
	}
	return s
}

// notePart remembers a quarter or half of a year placed at c.
func (r *resolver) notePart(p *grammar.Point, c *grammar.Cand, ref string) {
	if p.Gran == timeline.GranSeason && (p.Quarter > 0 || p.Half > 0) {
		r.part = listItem{p: *p, ref: ref, end: c.J, ok: true}
	}
}

// rememberDay notes a mention that names one day. kept is the copy of p
// that remember kept, or nil: a plain day (most named days are) is that
// copy, which is kept once rather than twice.
func (r *resolver) rememberDay(p *grammar.Point, c *grammar.Cand, ref string, kept *grammar.Point) {
	if p.Gran > timeline.GranDay || p.Gran == timeline.GranUnknown {
		return
	}
	q := kept
	if q == nil || !isPlainDay(q) {
		q = r.keep(p)
		q.Gran, q.Part, q.Hour, q.Minute = timeline.GranDay, "", 0, 0
	}
	r.lastDay, r.lastDayEnd, r.lastDayRef = q, c.J, ref
}

// isPlainDay reports whether p is a day with no part or time of its own,
// as rememberDay makes the days it keeps.
func isPlainDay(p *grammar.Point) bool {
	return p.Gran == timeline.GranDay && p.Part == "" && p.Hour == 0 && p.Minute == 0
}

// sentenceDay returns the day named earlier in the sentence of a bare time
// of day ("at 6 a.m." with no day of its own), nil when there is none.
func (r *resolver) sentenceDay(c *grammar.Cand) *grammar.Point {
	sp := c.Spec
	if r.lastDay == nil || !sp.Clock || sp.Rel != grammar.RelShift || sp.N != 0 || sp.Anaphoric {
		return nil
	}
	for k := r.lastDayEnd - 1; k < c.I; k++ { // from the mention's own last token: "at 8 p.m. Results"
		if r.rd.EndsSentence(k) {
			return nil
		}
	}
	return r.lastDay
}

// turnOf is the interval of "the turn of" a period: a twentieth of its
// length on either side of its start ("the turn of the century" in 2025 is
// about 1995-2005, not the first decades of the 2000s).
func turnOf(p grammar.Point) timeline.Interval {
	a, b := p.Bounds()
	iv := timeline.Interval{Granularity: p.Gran, FuzzyStart: true, FuzzyEnd: true}
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
func (r *resolver) resolveFixed(m *timeline.Mention, c *grammar.Cand) {
	switch m.Type {
	case timeline.TypeDuration, timeline.TypeSet:
		m.Kind = timeline.KindExplicit
		if c.Fuzzy || len(m.Value) > 2 && m.Value[1] == 'X' {
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

// remember notes p, placed at c, as the last date and perhaps the
// story's, and returns the copy it keeps (nil when none). first and last
// are p's first and last days (p.DayBounds()).
func (r *resolver) remember(p *grammar.Point, c *grammar.Cand, ref string, first, last int) *grammar.Point {
	if p.Gran >= timeline.GranDecade {
		return nil // "the 1990s" is too coarse to anchor "the next day"
	}
	q := r.keep(p)
	r.last, r.lastRef = q, ref
	// a date counted back ("the previous year", "two days earlier") looks
	// back from the story; it does not take it back
	back := c.Spec != nil && c.Spec.Rel == grammar.RelShift && c.Spec.N < 0
	if !back && !r.excursion(q, c) {
		r.story, r.storyRef, r.storyTok = q, ref, c.J-1
		r.storyFirst, r.storyLast = first, last
	}
	if p.Gran == timeline.GranSeason && p.Quarter > 0 {
		r.lastQuarter, r.lastQuarterRef = q, ref
	}
	return q
}

// keep returns a copy of p that lives as long as the resolver holds it
// (as last, lastQuarter, story, heading or lastDay), in a slot of the
// resolver's own that none of those holds: the resolver keeps a point or
// two for nearly every expression, and copies allocated on their own, or
// in blocks, were garbage as soon as the next was kept, 5 MB of 16 MB of
// news, which brought the collector's next start nearer.
func (r *resolver) keep(p *grammar.Point) *grammar.Point {
	for i := range r.kept {
		q := &r.kept[i]
		if q != r.last && q != r.lastQuarter && q != r.story && q != r.heading && q != r.lastDay {
			*q = *p
			return q
		}
	}
	panic("extract: every kept point held") // more slots than holders: never
}

// tense returns the tense the reader hears around c. Choosing an anchor
// and then an occurrence may each ask it of the same expression, and the
// words looked at are a dozen on either side: it is asked of the reader
// once.
func (r *resolver) tense(c *grammar.Cand) int {
	if r.tenseOf != c {
		r.tenseOf, r.tenseWas = c, r.rd.Tense(c)
	}
	return r.tenseWas
}

// place computes into p, a zero point that is not a, the calendar point of
// a relative expression from its anchor; thread says the anchor is a date
// of the text, not the document date. p is an out-parameter, as are
// pickOccurrence's and occurrence.pointTo's: a point is 112 bytes, and
// returned by value it was copied again at each level.
func (r *resolver) place(c *grammar.Cand, sp *grammar.Spec, a *grammar.Point, thread bool, p *grammar.Point) {
	switch sp.Rel {
	case grammar.RelShift:
		if sp.ViaQuarter && a.Quarter > 0 {
			*p = a.Shift(timeline.GranYear, sp.N)
			break
		}
		if sp.QuarterRef {
			if a.Gran == timeline.GranSeason && a.Quarter > 0 {
				*p = *a
			} else { // the last complete quarter
				*p = a.Coarsen(timeline.GranSeason).Shift(timeline.GranSeason, -1)
			}
			if sp.Base.Year != 0 {
				p.Year = sp.Base.Year
			}
			if sp.N != 0 {
				*p = p.Shift(sp.G, sp.N)
			}
			break
		}
		if a.Gran > max(sp.G, sp.Out) && a.Gran >= timeline.GranMonth && a.Gran != timeline.GranSeason && sp.G != timeline.GranSeason &&
			sp.G != timeline.GranUnknown && sp.Base.Gran == timeline.GranUnknown && !sp.Base.Weekend && !sp.Clock {
			// "two days later" after "in 1996", "the previous week" after
			// "in March 1996": which day or week is unknown, so it stays the
			// year or month (the first days of it would be false precision)
			*p = *a
			break
		}
		g := sp.G
		if sp.Out != 0 {
			g = sp.Out
		}
		if a.Gran > g {
			g = a.Gran
		}
		*p = a.Coarsen(g)
		if p.Gran < sp.G && sp.G != timeline.GranSeason {
			*p = p.Shift(sp.G, sp.N)
		} else if sp.G == timeline.GranSeason && p.Gran == timeline.GranSeason {
			*p = p.Shift(timeline.GranSeason, sp.N)
		} else {
			*p = p.Coarsen(sp.G).Shift(sp.G, sp.N)
			if sp.Out != 0 && p.Gran > sp.Out {
				*p = p.Coarsen(sp.Out)
			}
		}
		if sp.Base.Weekend && p.Gran == timeline.GranWeek {
			p.Weekend = true
			// "the weekend" said on a weekday is the one just past, unless
			// the sentence looks ahead
			t := r.tense(c)
			past := t < 0 || (t == 0 && sp.Pick != grammar.PickThis)
			if wd := a.AnyDate().Weekday(); sp.N == 0 && a.Gran == timeline.GranDay &&
				wd != time.Saturday && wd != time.Sunday && past {
				*p = p.Shift(timeline.GranWeek, -1)
				p.Weekend = true
			}
		}
		switch sp.Base.Gran { // "this year's third quarter", "February this year", "May 5 last year"
		case timeline.GranSeason, timeline.GranMonth, timeline.GranDay:
			y := p.Year
			*p = sp.Base
			p.Year = y
			if p.Gran == timeline.GranDay && p.Day > grammar.DaysIn(y, p.Month) {
				p.Day = grammar.DaysIn(y, p.Month) // February 29 of a common year: its last day
			}
		}
	case grammar.RelNamed:
		r.pickOccurrence(c, sp, a, thread, p)
		if sp.G == timeline.GranYear && sp.N != 0 {
			*p = p.Shift(timeline.GranYear, sp.N)
		}
		if sp.Out == timeline.GranWeek { // "the week of March 6"
			*p = p.Coarsen(timeline.GranWeek)
		}
	}
	if sp.DayShift != 0 && p.Gran == timeline.GranDay {
		*p = p.Shift(timeline.GranDay, sp.DayShift)
	}
	if sp.Part != "" && p.Gran == timeline.GranDay {
		p.Part = sp.Part
	}
	if sp.Clock && p.Gran == timeline.GranDay {
		p.Part = ""
		p.Gran = timeline.GranHour
		if sp.Min != 0 {
			p.Gran = timeline.GranMinute
		}
		p.Hour, p.Minute = sp.Hour, sp.Min
	}
}

// pickOccurrence chooses into p (not a) which March, Friday or Christmas
// is meant, seen from the document date (whose day a then is) or, with
// thread, from the narrative's last date. The choosers it asks answer
// with an occurrence's index, and the chosen one alone is made a point.
func (r *resolver) pickOccurrence(c *grammar.Cand, sp *grammar.Spec, a *grammar.Point, thread bool, p *grammar.Point) {
	if isDayOfMonth(sp) {
		if sp.Anaphoric { // "the 28th of that month": the month of the date before, or n after it
			m := a.Coarsen(timeline.GranMonth).Shift(timeline.GranMonth, sp.N)
			*p = r.pickDayOfMonth(c, sp.Base.Day, m, thread)
			return
		}
		*p = r.pickDayOfMonth(c, sp.Base.Day, *a, thread)
		return
	}
	// most anchors are the document date's day, whose bounds are the
	// document date (a UTC midnight): Bounds would work them out again
	// for each name
	first, last := r.dct, r.dct
	if thread {
		first, last = a.Bounds()
	}
	aa, ab := unixDay(first), unixDay(last)
	cands := occurrences(r.occurrences[:0], sp, a, first)
	if len(cands) == 0 {
		*p = *a
		return
	}
	pk := sp.Pick
	var k int
	switch {
	case thread && (pk == grammar.PickTense || pk == grammar.PickNearest && sp.Anaphoric && sp.Holiday == nil):
		// the tense says where a date lies from the time of writing, not
		// from the thread's last date; and "that winter" after "9 July
		// 1644" is the winter of that year, the nearer one before it or not
		var ok bool
		if k, ok = r.inDaySpan(c, cands, sp); !ok {
			k = pickInThread(cands, sp, a, aa, ab)
		}
	case pk == grammar.PickTense:
		// the tense (a deadline's, else the sentence's) is asked once, and
		// only where the occurrence turns on it: "Thursday" written on a
		// Thursday, "January" in January, are so whatever the verbs say,
		// and the words looked at are a dozen on either side
		asked, t := false, 0
		tense := func() int {
			if !asked {
				asked, t = true, grammar.TenseFuture
				if sp.Holiday != nil || sp.Weekday == 0 && sp.Base.Gran == timeline.GranDay || !r.rd.Deadline(c) {
					t = r.tense(c)
				}
			}
			return t
		}
		k = pickByTense(cands, sp, a, aa, ab, tense)
	default:
		k = pickByWord(cands, sp, a, aa, ab)
	}
	cands[k].pointTo(p)
}

// pickByWord chooses the occurrence (its index) the text's word says
// ("last", "next", "this") or, for PickNearest, the nearest to the anchor,
// whose first and last days are aa and ab; the middle one when none is.
func pickByWord(cands []occurrence, sp *grammar.Spec, a *grammar.Point, aa, ab int) int {
	best := -1
	for n := range cands {
		o := &cands[n]
		pa, pb := o.first, o.last
		switch sp.Pick {
		case grammar.PickLast:
			if pb < aa {
				best = n // candidates are in order: keep the latest
			}
		case grammar.PickNext:
			if pa > ab && best < 0 {
				best = n
			}
		case grammar.PickThis:
			if sp.Weekday != 0 {
				if isoWeekOf(aa) == isoWeekOf(pa) {
					best = n
				}
			} else if o.p.Year == a.Year {
				best = n
			}
		case grammar.PickNearest:
			if best < 0 {
				best = n
				continue
			}
			if gap(pa, pb, aa, ab) < gap(cands[best].first, cands[best].last, aa, ab) {
				best = n
			}
		}
	}
	if best < 0 {
		best = len(cands) / 2
	}
	return best
}

// occurrence is a candidate occurrence of a named period, with the first
// and last days it covers (see unixDay): choosing one compares them with
// the anchor's several times over, and a point's bounds are calendar
// arithmetic.
type occurrence struct {
	p           grammar.Point
	first, last int
	// day: the occurrence is the day first, and p is made from it only
	// once chosen (see point): a weekday is looked for on three days, and
	// one is meant
	day bool
}

// The choosers read occurrences where they lie (&cands[n]): an occurrence
// is some 130 bytes, which ranging over them by value copied at each step.

// pointTo sets p to the occurrence's point.
func (o *occurrence) pointTo(p *grammar.Point) {
	if o.day {
		*p = grammar.DayPoint(time.Unix(int64(o.first)*secondsPerDay, 0).UTC())
		return
	}
	*p = o.p
}

// unixDay numbers the day that begins at t, a UTC midnight (as the
// bounds of points are), from 1 January 1970: days so numbered compare,
// and count the days between them, as the days' times do.
func unixDay(t time.Time) int { return int(t.Unix() / secondsPerDay) }

const secondsPerDay = 24 * 60 * 60

// isoWeekOf numbers the ISO week (Monday to Sunday) of Unix day d: two
// days have one ISO year and week exactly when they have one number. Day
// 0 was a Thursday, three days after its week's Monday.
func isoWeekOf(d int) int { return grammar.FloorDiv(d+3, 7) }

// occurrences appends to cands, in order, the occurrences of sp around
// the anchor a, whose first day is aa: the days on sp's weekday within a
// week either side of aa, or its holiday, month, season or day in a's
// year and the years either side.
func occurrences(cands []occurrence, sp *grammar.Spec, a *grammar.Point, aa time.Time) []occurrence {
	day := unixDay(aa)
	switch {
	case sp.Weekday != 0:
		if sp.Weekday < 1 || sp.Weekday > 7 {
			break
		}
		// a day's point covers that day alone
		// Its point is left as the room held it, not zeroed: no one
		// reads the point of a day (pointTo makes it from first; the
		// choosers read the points of other names only).
		for k := (sp.Weekday-grammar.IsoWeekday(aa.Weekday())+7)%7 - 7; k <= 7; k += 7 {
			if len(cands) == cap(cands) {
				cands = slices.Grow(cands, 1)
			}
			cands = cands[:len(cands)+1]
			o := &cands[len(cands)-1]
			o.first, o.last, o.day = day+k, day+k, true
		}
	case sp.Holiday != nil:
		for y := a.Year - 1; y <= a.Year+1; y++ {
			cands = appendOccurrence(cands, grammar.DayPoint(sp.Holiday.Date(y)))
		}
	default:
		for y := a.Year - 1; y <= a.Year+1; y++ {
			if sp.Base.Gran == timeline.GranDay && sp.Base.Day > grammar.DaysIn(y, sp.Base.Month) {
				continue // February 29 in a common year
			}
			// made in place, field by field: a point is a hundred bytes,
			// and passing it on took a copy at each step; appended as a
			// literal, the occurrence was made whole aside (zeroed, the
			// base copied in) and copied again
			if len(cands) == cap(cands) {
				cands = slices.Grow(cands, 1)
			}
			cands = cands[:len(cands)+1]
			o := &cands[len(cands)-1]
			o.p = sp.Base
			o.p.Year = y
			o.first, o.last = o.p.DayBounds()
			o.day = false
		}
	}
	return cands
}

// appendOccurrence appends the occurrence p, with its bounds.
func appendOccurrence(cands []occurrence, p grammar.Point) []occurrence {
	first, last := p.DayBounds()
	return append(cands, occurrence{p: p, first: first, last: last})
}

// isDayOfMonth reports whether sp is a day named by its number alone,
// "the 13th": its month and year are the anchor's.
func isDayOfMonth(sp *grammar.Spec) bool {
	return sp.Rel == grammar.RelNamed && sp.Base.Gran == timeline.GranDay && sp.Base.Month == 0 && sp.Weekday == 0 && sp.Holiday == nil
}

// pickDayOfMonth chooses which month's day d "the 13th" means, told after
// a: in a's month when a is a month ("In October ... on the 13th"); else,
// in a narrative, the first on or after a (the story moves forward: "On 28
// March ... On the 5th" is in April); seen from the time of writing, the
// latest on or before it, unless the sentence looks ahead.
func (r *resolver) pickDayOfMonth(c *grammar.Cand, d int, a grammar.Point, thread bool) grammar.Point {
	if a.Gran > timeline.GranMonth || a.Gran == timeline.GranUnknown {
		return a // no month to count in: the day stays as vague as the date told before
	}
	if a.Gran == timeline.GranMonth {
		if d > grammar.DaysIn(a.Year, a.Month) {
			return a
		}
		return grammar.Point{Gran: timeline.GranDay, Year: a.Year, Month: a.Month, Day: d}
	}
	aa, _ := a.Bounds()
	var buf [3]grammar.Point
	cands := buf[:0]
	for m := -1; m <= 1; m++ {
		first := timeline.Day(aa.Year(), aa.Month()+time.Month(m), 1)
		if d <= grammar.DaysIn(first.Year(), int(first.Month())) {
			cands = append(cands, grammar.Point{Gran: timeline.GranDay, Year: first.Year(), Month: int(first.Month()), Day: d})
		}
	}
	forward := thread || r.tense(c) > 0
	best := cands[0]
	for _, p := range cands {
		pa, _ := p.Bounds()
		if forward && !pa.Before(aa) {
			return p
		}
		if !forward && !pa.After(aa) {
			best = p
		}
	}
	if forward {
		return cands[len(cands)-1]
	}
	return best
}

// pickByTense chooses an occurrence when the text gives no "last" or
// "next": a weekday is the latest on or before the anchor unless the
// sentence speaks of the future (news reports what happened: "said
// Friday"); a quarter likewise; a day of a month is the nearest one; a bare
// month or season is the anchor year's unless the tense pushes it across.
// aa and ab are the anchor's first and last days; tense is asked only
// where the choice turns on it. It returns the chosen one's index.
func pickByTense(cands []occurrence, sp *grammar.Spec, a *grammar.Point, aa, ab int, tense func() int) int {
	latestBy := func() int { // the last one starting on or before the anchor
		best := 0
		for n := range cands {
			o := &cands[n]
			if o.first <= ab {
				best = n
			}
		}
		return best
	}
	earliestFrom := func() int { // the first one ending on or after the anchor
		for n := range cands {
			o := &cands[n]
			if o.last >= aa {
				return n
			}
		}
		return len(cands) - 1
	}
	nearest := func() int { // news is mostly about the past: future gaps count double
		best, bestD := 0, -1
		for n := range cands {
			o := &cands[n]
			d := gap(o.first, o.last, aa, ab)
			if o.first > ab {
				d *= 2
			}
			if bestD < 0 || d < bestD {
				best, bestD = n, d
			}
		}
		return best
	}
	b := &sp.Base
	if sp.Weekday != 0 && a.Gran == timeline.GranDay {
		// the day after the anchor is far likelier meant than six days before:
		// "the Senate votes Tuesday" in Monday's paper; but a past tense puts
		// it behind ("The minister resigned on Wednesday" written on a
		// Tuesday is six days before)
		for k := range cands {
			o := &cands[k]
			if o.first == aa+1 {
				if tense() >= grammar.TenseNone {
					return k
				}
				break // one day of the week is the day after
			}
		}
	}
	switch {
	case sp.Weekday != 0 || b.Quarter > 0 || b.Half > 0:
		// wire stories name the day they are filed: "on Friday" written on a Friday is that day
		latest, earliest := latestBy(), earliestFrom()
		if latest == earliest {
			return latest
		}
		t := tense()
		if t == grammar.TenseAhead && sp.Weekday == 0 {
			// a quarter beside a plan is mostly the one reported on: "expects
			// to report a third-quarter loss"
			t = grammar.TenseNone
		}
		if t > 0 {
			return earliest
		}
		return latest
	case sp.Holiday != nil:
		return nearest()
	case b.Gran == timeline.GranDay:
		// only an explicit future moves a day of a month forward: what a
		// modal governs lies ahead of its clause's time, which may be past
		// ("The INS ruled that he must be returned by Jan. 14")
		n := nearest()
		o := &cands[n]
		if o.last < aa && tense() == grammar.TenseFuture {
			return earliestFrom()
		}
		if o.first > ab && tense() < 0 && o.first > unixDay(time.Unix(int64(ab)*secondsPerDay, 0).UTC().AddDate(0, 2, 0)) {
			// "The ceasefire, agreed on Jan. 19," written in November is
			// last January. A day a few weeks ahead stays ahead even after
			// a past verb: "declared a dividend payable Dec. 15" announces it.
			return latestBy()
		}
		return n
	}
	// months and seasons: the nearest, unless the tense
	// says it lies on the other side of the anchor
	n := nearest()
	o := &cands[n]
	if o.last < aa && n+1 < len(cands) && tense() > 0 {
		return n + 1
	}
	if o.first > ab && n > 0 && tense() < 0 {
		return n - 1
	}
	return n
}

// gap is the number of days between two closed stretches of days (0 if
// they meet).
func gap(a0, a1, b0, b1 int) int {
	switch {
	case a1 < b0:
		return b0 - a1
	case b1 < a0:
		return a0 - b1
	}
	return 0
}

// unresolvedValue writes the TIMEX3 value of a relative expression whose
// anchor is unknown, the way TempEval annotates them: "XXXX-XX-XX".
func unresolvedValue(sp *grammar.Spec) string {
	switch {
	case sp.Clock:
		return "XXXX-XX-XXT" + grammar.TwoDigits(sp.Hour) + ":" + grammar.TwoDigits(sp.Min)
	case sp.Weekday != 0:
		return grammar.AnyWeek(sp.Weekday)
	case sp.Holiday != nil:
		d := sp.Holiday.Date(2001)
		return "XXXX-" + grammar.TwoDigits(int(d.Month())) + "-" + grammar.TwoDigits(d.Day())
	case sp.Rel == grammar.RelNamed:
		b := sp.Base
		switch {
		case isDayOfMonth(sp):
			return "XXXX-XX-" + grammar.TwoDigits(b.Day)
		case b.Gran == timeline.GranDay:
			return "XXXX-" + grammar.TwoDigits(b.Month) + "-" + grammar.TwoDigits(b.Day)
		case b.Gran == timeline.GranMonth:
			return "XXXX-" + grammar.TwoDigits(b.Month)
		case b.Quarter > 0:
			return "XXXX-Q" + strconv.Itoa(b.Quarter)
		case b.Half > 0:
			return "XXXX-H" + strconv.Itoa(b.Half)
		case b.Season != "":
			return "XXXX-" + b.Season
		}
	}
	g := sp.G
	if sp.Out != 0 {
		g = sp.Out
	}
	v := ""
	switch g {
	case timeline.GranWeek:
		v = "XXXX-WXX"
		if sp.Base.Weekend {
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
		if sp.Part != "" {
			v += "T" + sp.Part
		}
	}
	return v
}

// daySpan is the stretch of days a paragraph has named by their dates.
type daySpan struct {
	para   int32
	lo, hi time.Time
	ok     bool
}

// noteDaySpan widens the paragraph's span with an explicit day.
func (r *resolver) noteDaySpan(p *grammar.Point, k int) {
	if p.Gran > timeline.GranDay || p.Gran == timeline.GranUnknown {
		return
	}
	d := p.Date()
	para := r.lay.para(k)
	if !r.daySpan.ok || r.daySpan.para != para {
		r.daySpan = daySpan{para: para, lo: d, hi: d, ok: true}
		return
	}
	if d.Before(r.daySpan.lo) {
		r.daySpan.lo = d
	}
	if d.After(r.daySpan.hi) {
		r.daySpan.hi = d
	}
}

// inDaySpan returns the occurrence of the weekday sp that lies inside the
// days its paragraph has named, when they span less than a week and more
// than a day: the weekday is one of them. It returns the occurrence's
// index.
func (r *resolver) inDaySpan(c *grammar.Cand, cands []occurrence, sp *grammar.Spec) (int, bool) {
	ds := r.daySpan
	if sp.Weekday == 0 || !ds.ok || ds.para != r.lay.para(c.I) || !ds.hi.After(ds.lo) || ds.hi.Sub(ds.lo) >= 7*24*time.Hour {
		return 0, false
	}
	for k := range cands {
		o := &cands[k]
		if d := o.first; d >= unixDay(ds.lo) && d <= unixDay(ds.hi) {
			return k, true
		}
	}
	return 0, false
}
