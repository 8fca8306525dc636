package extract

import (
	"slices"
	"sort"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Anchoring decided per reference. A date that lacks its year or its day
// ("23 Apr", "June", "Sunday", "at 11 a.m."), or counts from another
// ("yesterday", "the following year"), takes them from the context that
// governs it: the year heading of a chronology it is an entry of, the last
// date of the narrative thread it continues, or the day the text was
// written. Which one is weighed for each reference from the layout of the
// text and what the grammar reads around it, never from its words:
//
//   - an entry that opens a line under a year heading ("1943" alone on a
//     line, then "23 Apr – ...") is in the heading's year;
//   - an expression that refers back ("that March", "the following year")
//     takes the last date;
//   - an expression that counts from the time of writing ("yesterday",
//     "last week", "next month") takes the document date;
//   - a clause that looks ahead ("will be doubled from June 2") is seen
//     from the time of writing;
//   - otherwise a bare date continues the thread when the thread's last
//     date is in the same sentence, or in the same paragraph and far from
//     the document date (a history paragraph in a news story), or when the
//     text as a whole is a history (most of its dates far from the
//     document date); else the document date governs (news).
//
// The document date unknown, a bare date continues the thread, and what
// counts from the time of writing stays unplaced.

// anchorChoice is the date a reference is placed from, and why.
type anchorChoice struct {
	// p points at where the date is kept (the document date's day, a kept
	// slot, the list item's or the part's point), not a copy of it: a
	// point is 112 bytes, and copied it cost some 30 instructions a
	// choice. Nothing the resolver does changes it before its last use
	// (place and the memo of values read it; remember writes after).
	p      *grammar.Point
	name   string // "dct", "mention:t3"; set once chosen
	why    timeline.AnchorReason
	thread bool // a date of the text rather than the document date's day (p): pick occurrences forward from it
}

// minHistoryDates is how many dates far from the document date a paragraph
// must hold, and none near it, to be read as history.
const minHistoryDates = 2

// farFromDCT is how far a date must lie from the document date for the
// text around it to be history rather than news, in days.
const farFromDCT = 365

// layout is where the lines and paragraphs of the text begin, by token. A
// paragraph ends at a blank line, or at a line break after the end of a
// sentence (histories and wire copy often put one paragraph on each line).
// It holds an entry per line, not per token: the tagger asks it only about
// the tokens of its expressions.
type layout struct {
	lines marks // the tokens a line break comes before, in order
	paras marks // those of them that begin a paragraph
}

// marks are tokens of the text in order (where its lines or paragraphs
// begin), asked how many lie at or before a token. The resolver asks in
// text order, a token or two per expression: the answer is mostly the
// last one or the next, so it looks there before it searches (a search
// through a chronology's thousands of lines was its most costly step).
type marks struct {
	at   []int32
	last int // the last answer
}

// upTo returns how many marks lie at or before token k.
func (m *marks) upTo(k int) int {
	at, n := m.at, m.last
	switch {
	case m.holds(k, n):
	case n < len(at) && int(at[n]) <= k:
		// ahead: in news mostly two to eight paragraphs on, stepped over
		// one by one before the rest is searched
		end := min(n+marksStepped, len(at))
		for n++; n < end && int(at[n]) <= k; n++ {
		}
		if n < len(at) && int(at[n]) <= k {
			i, _ := slices.BinarySearch(at[n:], int32(k+1))
			n += i
		}
	default: // behind: the last answer's mark lies after k
		n, _ = slices.BinarySearch(at[:n], int32(k+1))
	}
	m.last = n
	return n
}

// marksStepped is how many marks upTo steps over before it searches.
const marksStepped = 8

// holds reports whether n marks lie at or before token k, as upTo would
// answer, without moving the last answer.
func (m *marks) holds(k, n int) bool {
	at := m.at
	return (n == 0 || int(at[n-1]) <= k) && (n == len(at) || int(at[n]) > k)
}

func newLayout(toks *lex.Tokenized, rd grammar.Reader) *layout {
	starts := toks.LineStarts() // noted by the tokenizer
	if len(starts) > 0 && starts[0] == 0 {
		starts = starts[1:] // a break before the first token opens no line
	}
	l := &layout{lines: marks{at: starts}}
	text := toks.Text
	for _, k := range starts {
		// white space holds the breaks, and all else between the two tokens
		n := lineBreaks(text[toks.End(int(k)-1):toks.Start(int(k))])
		if n > 1 || rd.EndsSentence(int(k)-1) {
			l.paras.at = append(l.paras.at, k)
		}
	}
	return l
}

// lineEnd returns the first token after k that opens a line: len(tokens)
// when none does.
func (l *layout) lineEnd(k, tokens int) int {
	if i := l.lines.upTo(k); i < len(l.lines.at) {
		return int(l.lines.at[i])
	}
	return tokens
}

// lineStart returns the token that opens the line of token k.
func (l *layout) lineStart(k int) int {
	if i := l.lines.upTo(k); i > 0 {
		return int(l.lines.at[i-1])
	}
	return 0
}

// para returns the number of the paragraph of token k, counted from 0.
func (l *layout) para(k int) int32 {
	return int32(l.paras.upTo(k))
}

// lineBreaks counts the line ends in white space: LF, CRLF or CR.
func lineBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			n++
		case '\r':
			n++
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
	}
	return n
}

// opensLine reports whether token k is the first word or number of its
// line (list markers and punctuation before it do not count).
func (r *resolver) opensLine(k int) bool {
	for j := k - 1; j >= r.lay.lineStart(k); j-- {
		if kind := r.toks.Kind(j); kind == lex.Word || kind == lex.Number {
			return false
		}
	}
	return true
}

// isHeading reports whether the expression c, a year, stands alone on its
// line: a year heading of a chronology ("1943", "## 1943").
func (r *resolver) isHeading(c *grammar.Cand) bool {
	if c.Spec == nil || c.Spec.Rel != grammar.RelNone || c.Spec.Base.Gran != timeline.GranYear || !r.opensLine(c.I) {
		return false
	}
	for j, end := c.J, r.lay.lineEnd(c.I, len(r.toks.Tokens)); j < end; j++ {
		if kind := r.toks.Kind(j); kind == lex.Word || kind == lex.Number {
			return false
		}
	}
	return true
}

// noteHeading records a year heading; any other mention opening a line
// after it leaves its section only at the next heading.
func (r *resolver) noteHeading(c *grammar.Cand, ref string) {
	if r.isHeading(c) {
		r.heading, r.headingRef = r.keep(&c.Spec.Base), ref
	}
}

// chooseAnchor picks the date a relative or incomplete expression is
// placed from, and why, into a; it is false when there is none.
func (r *resolver) chooseAnchor(c *grammar.Cand, sp *grammar.Spec, a *anchorChoice) bool {
	if (sp.QuarterRef || sp.ViaQuarter) && r.lastQuarter != nil {
		return a.mention(r.lastQuarter, r.lastQuarterRef, timeline.AnchorQuarter)
	}
	// the three below answer with the resolver's own item or day, which
	// mention copies, or nil: most expressions are none of them, and
	// an item handed back by value was zeroed and copied for each. Each
	// is called only for what passes its first test, asked here (see
	// firstTests)
	if mayBePart(sp) {
		if pt := r.partOfSameYear(c, sp); pt != nil {
			return a.mention(&pt.p, pt.ref, timeline.AnchorQuarter)
		}
	}
	if r.mayFollowItem(c) {
		if it := r.listedAfter(c, sp); it != nil {
			return a.mention(&it.p, it.ref, timeline.AnchorList)
		}
	}
	if sp.Clock { // sentenceDay's first test
		if d := r.sentenceDay(c); d != nil {
			return a.mention(d, r.lastDayRef, timeline.AnchorSentence)
		}
	}
	if sp.Anaphoric {
		if r.last != nil {
			return a.mention(r.last, r.lastRef, timeline.AnchorAnaphora)
		}
		return r.fromDCT(a, timeline.AnchorDeictic)
	}
	switch r.mode {
	case ModeNews:
		return r.fromDCT(a, timeline.AnchorToldNews)
	case ModeNarrative:
		if r.story != nil && r.threadPlaces(sp, r.story) {
			return r.fromStory(a, timeline.AnchorToldStory)
		}
		return r.fromDCT(a, timeline.AnchorToldStory)
	}
	if r.heading != nil { // governingHeading's first test
		if h := r.governingHeading(c, sp); h != nil {
			return a.mention(h, r.headingRef, timeline.AnchorHeading)
		}
	}
	// a bare time of day ("at 10:57") is no word of the time of writing,
	// as "today" is: in a history it is on the story's day
	deictic := sp.Rel == grammar.RelShift && !sp.Definite && !isBareClock(sp) || sp.Pick == grammar.PickLast || sp.Pick == grammar.PickNext || sp.Pick == grammar.PickThis
	canThread := r.story != nil && r.threadPlaces(sp, r.story)
	if r.dct.IsZero() {
		// a weekday continues a history's thread ("On Sunday it reached the
		// city"); in news it is a day of the week of writing, unknown here
		if canThread && !deictic && (sp.Weekday == 0 || r.narrative) {
			return r.fromStory(a, timeline.AnchorUndated)
		}
		a.why = timeline.AnchorUnknown
		return false
	}
	if !canThread {
		return r.fromDCT(a, r.dctReason(c, sp, deictic))
	}
	switch {
	case deictic:
		return r.fromDCT(a, timeline.AnchorDeictic)
	case r.tense(c) == grammar.TenseFuture && !r.afterDCT(r.story):
		return r.fromDCT(a, timeline.AnchorFuture)
	}
	// how far the story lies from the document date is asked only here,
	// where it counts (it takes the story's bounds)
	if r.storyFarFromDCT() {
		if r.historyParagraph(c) {
			return r.fromStory(a, timeline.AnchorThread)
		}
		if r.narrative {
			return r.fromStory(a, timeline.AnchorNarrative)
		}
	}
	return r.fromDCT(a, r.dctReason(c, sp, false))
}

// The anchors chooseAnchor takes, each built only once chosen: most
// references are explicit dates, and a relative one takes the first that
// applies. Each fills in the caller's choice rather than returning one:
// a choice holds a point, and handed back by value it was copied at each
// step out to the resolver (some 150 instructions a reference).

// fromDCT anchors a to the document date, for the reason why; there is
// none when the date is unknown.
func (r *resolver) fromDCT(a *anchorChoice, why timeline.AnchorReason) bool {
	a.name, a.why = "dct", why
	if r.dct.IsZero() {
		return false
	}
	a.p = &r.dctDay
	return true
}

// fromStory anchors a to the story's date (r.story, which must be set),
// for the reason why.
func (r *resolver) fromStory(a *anchorChoice, why timeline.AnchorReason) bool {
	return a.mention(r.story, r.storyRef, why)
}

// mention anchors a to the date p of the mention whose anchor name is
// ref, for the reason why.
func (a *anchorChoice) mention(p *grammar.Point, ref string, why timeline.AnchorReason) bool {
	a.p, a.name, a.why, a.thread = p, ref, why, true
	return true
}

// firstTests: chooseAnchor asks where it calls them the first tests of
// partOfSameYear (mayBePart), listedAfter (mayFollowItem), sentenceDay (a
// time of day) and governingHeading (a heading): a call cost some 15 to 30
// instructions to say no, for nearly every expression (2,175 a megabyte
// of news). The rules keep their tests; TestChooseAnchorFirstTests holds
// each rule to its first test.

// mayBePart reports whether sp is a quarter or half of a year, as
// partOfSameYear asks first.
func mayBePart(sp *grammar.Spec) bool { return sp.Base.Quarter|sp.Base.Half != 0 }

// mayFollowItem reports whether c opens on the token after the last item
// placed, as listedAfter asks first.
func (r *resolver) mayFollowItem(c *grammar.Cand) bool { return c.I == r.item.end+1 }

// partOfSameYear returns the quarter or half of a year placed before c in
// its sentence, when c is a bare one: "We expect the first half of the
// year to remain difficult, ... a recovery in the second half" speaks of
// one year. It is nil when there is none.
func (r *resolver) partOfSameYear(c *grammar.Cand, sp *grammar.Spec) *listItem {
	if !r.part.ok || sp.Rel != grammar.RelNamed || sp.Base.Year != 0 || sp.Base.Quarter == 0 && sp.Base.Half == 0 {
		return nil
	}
	for k := r.part.end - 1; k < c.I; k++ {
		if r.rd.EndsSentence(k) {
			return nil
		}
	}
	return &r.part
}

// listedAfter returns the month, season or day of a month that c follows
// in a list, if any: "in July and August", "in December or January",
// "Dec. 28 and Jan. 3" are one stretch of the calendar, so the next item
// counts forward from the one before it, whatever the words around it
// say. Weekdays are not: "statements made Friday and Thursday" runs back.
// It is nil when c follows none.
func (r *resolver) listedAfter(c *grammar.Cand, sp *grammar.Spec) *listItem {
	it := &r.item
	if !it.ok || it.weekday || sp.Rel != grammar.RelNamed || sp.Weekday != 0 || sp.Holiday != nil || sp.Base.Gran != it.p.Gran ||
		c.I != it.end+1 || r.rd.Join(it.end) != grammar.JoinList {
		return nil
	}
	return it
}

// paragraphDates tallies the dates of the paragraph read so far: those far
// from the document date and those near it (or counted from it).
type paragraphDates struct {
	para      int32
	far, near int
}

// noteDate counts a placed date of the paragraph at token k: near or far
// from the document date.
func (r *resolver) noteDate(k int, placed *placedSlot, fromDCT bool) {
	r.enterParagraph(k)
	if r.dct.IsZero() {
		return
	}
	if fromDCT || !farFrom(r.dctNum, placed.first, placed.last) {
		r.para.near++
	} else {
		r.para.far++
	}
}

// enterParagraph starts a new tally when token k opens a new paragraph.
func (r *resolver) enterParagraph(k int) {
	if p := r.lay.para(k); p != r.para.para {
		r.para = paragraphDates{para: p}
	}
}

// historyParagraph reports whether the paragraph of c, so far, is a piece
// of history inside the text: the thread's last date is in it, and it has
// at least two dates, all far from the document date ("The bridge has a
// long history of delays. Construction began in 1932 ... In June 1967 ...").
func (r *resolver) historyParagraph(c *grammar.Cand) bool {
	r.enterParagraph(c.I)
	// the story's token is asked of without moving the last answer, which
	// stays at c's paragraph for the next expression
	return r.para.far >= minHistoryDates && r.para.near == 0 && r.lay.paras.holds(r.storyTok, int(r.para.para))
}

// dctReason says why the document date governs a reference: it counts
// from the time of writing (a weekday too: "said Tuesday"), looks ahead
// from it, or is a bare date in news.
func (r *resolver) dctReason(c *grammar.Cand, sp *grammar.Spec, deictic bool) timeline.AnchorReason {
	switch {
	case deictic || sp.Weekday != 0:
		return timeline.AnchorDeictic
	case r.tense(c) > 0:
		return timeline.AnchorFuture
	}
	return timeline.AnchorNews
}

// governingHeading returns the year heading an expression without its year
// is an entry of: it opens its line in the heading's section, or nothing
// but the heading was dated since.
func (r *resolver) governingHeading(c *grammar.Cand, sp *grammar.Spec) *grammar.Point {
	if r.heading == nil || sp.Rel != grammar.RelNamed || sp.Weekday != 0 || sp.Base.Year != 0 || isDayOfMonth(sp) {
		return nil
	}
	if r.opensLine(c.I) || r.lastRef == r.headingRef {
		return r.heading
	}
	return nil
}

// threadPlaces reports whether the thread's date can place sp: a weekday,
// a time of day or a day counted from another needs a day or a week to
// count from, not a year.
func (r *resolver) threadPlaces(sp *grammar.Spec, last *grammar.Point) bool {
	if isDayOfMonth(sp) { // "the 13th" needs a month
		return last.Gran <= timeline.GranMonth
	}
	needsDay := sp.Weekday != 0 || sp.Clock && sp.Base.Gran != timeline.GranDay ||
		sp.Rel == grammar.RelShift && sp.G <= timeline.GranWeek && sp.G != timeline.GranUnknown
	return !needsDay || last.Gran <= timeline.GranWeek
}

// storyFarFromDCT reports whether the story's date (which must be set)
// lies more than a year from the document date, by the days kept with it.
func (r *resolver) storyFarFromDCT() bool {
	return farFrom(r.dctNum, r.storyFirst, r.storyLast)
}

// farFrom reports whether the days a to b lie more than farFromDCT days
// from day dct (all Unix day numbers, see unixDay). The bounds of points
// and the document date are UTC midnights, so that their days compare as
// their times did (dct.Sub(b) > 365*24*time.Hour), with no Sub: two of
// them were most of the cost of asking, which the resolver does for most
// dates of a history.
func farFrom(dct, a, b int) bool {
	return dct-b > farFromDCT || a-dct > farFromDCT
}

// afterDCT reports whether a date begins after the document date.
func (r *resolver) afterDCT(p *grammar.Point) bool {
	a, _ := p.Bounds()
	return a.After(r.dct)
}

// isBareClock reports whether sp is a time of day with no day of its own
// ("at 10:57", "at noon"), not one counted from today ("5 p.m. yesterday").
func isBareClock(sp *grammar.Spec) bool {
	return sp.Clock && sp.Rel == grammar.RelShift && sp.N == 0 && !sp.Anaphoric && sp.DayShift == 0 && sp.Base.Gran == timeline.GranUnknown
}

// isToday reports whether sp is a bare "today": the day of writing, no
// shift, no part of the day.
func isToday(sp *grammar.Spec) bool {
	return sp.Rel == grammar.RelShift && sp.G == timeline.GranDay && sp.N == 0 && !sp.Anaphoric && !sp.Definite && !sp.Clock &&
		sp.Part == "" && sp.Base.Gran == timeline.GranUnknown && sp.DayShift == 0
}

// presentInHistory reports whether "today" speaks of the present rather
// than a day: in a text with no date of its own, or in a history whose
// dates lie far from the document date ("Today the gatehouse houses a
// museum").
func (r *resolver) presentInHistory(sp *grammar.Spec) bool {
	if r.mode == ModeNews {
		return false
	}
	if sp.Definite && r.story == nil {
		// "this day" with no day told before it to be: "On this day: 6 June"
		d := *sp
		d.Definite = false
		sp = &d
	}
	if !isToday(sp) {
		return false
	}
	if r.dct.IsZero() {
		return true
	}
	return r.narrative && r.story != nil && r.storyFarFromDCT()
}

// pickInThread chooses which March, 23 April or Sunday a narrative means
// after its last date a: a narrative moves forward, so a weekday is the
// first on or after a, and a month, season or day is the one in a's year
// unless that lies before a and the next year's follows within a season
// ("December 1916 ... 14 January" is 1917). aa and ab are a's first and
// last days. It returns the chosen one's index.
func pickInThread(cands []occurrence, sp *grammar.Spec, a *grammar.Point, aa, ab int) int {
	if sp.Weekday != 0 {
		for k := range cands {
			o := &cands[k]
			if o.last >= aa {
				return k
			}
		}
		return len(cands) - 1
	}
	const season = 92 // days
	for n := range cands {
		o := &cands[n]
		if o.p.Year != a.Year {
			continue
		}
		if o.last < aa && n+1 < len(cands) {
			if cands[n+1].first-ab <= season {
				return n + 1
			}
		}
		return n
	}
	return len(cands) / 2
}

// movesThread reports whether a date placed from the document date becomes
// the thread's last date: not in a history whose thread lies far from the
// document date, which a word of the present ("at 11 a.m." read as
// today's) must not drag to the present. In news it does: "a year
// earlier" after "the third quarter" counts from that quarter.
func (r *resolver) movesThread(fromDCT bool) bool {
	return !fromDCT || !r.narrative || r.story == nil || !r.storyFarFromDCT()
}

// yearAt is the year of an explicit date and its first token.
type yearAt struct {
	tok, year int
}

// noteYears lists the years of the explicit dates among cands, for
// excursion to look ahead at.
func (r *resolver) noteYears(cands []grammar.Cand) {
	for k := range cands {
		c := &cands[k]
		if sp := c.Spec; sp != nil && sp.Rel == grammar.RelNone && sp.Base.Year != 0 && sp.Base.Gran < timeline.GranDecade {
			r.years = append(r.years, yearAt{tok: c.I, year: sp.Base.Year})
		}
	}
}

// excursion reports whether p, a date placed at c, steps out of the story
// rather than carrying it on. A history mentions other times in passing
// ("documents found in 2004 proved ...", "the largest cavalry battle since
// 1813", "the Estates were arranged as in 1614", a book of 2003 cited in
// parentheses) and goes on with its own: "On August 17" after such a year
// is still in the story's. A date is an excursion when it lies years from
// the story's (see minExcursion) and the next year the text names, other
// than its own (three at most, each counted once), mostly lie nearer the story's than its; when the text names no
// other, a bare year is one (a story that moves to a new year goes on
// naming years near it: "In 1939 ... In 1940 ..."), a date with its month
// is not.
func (r *resolver) excursion(p *grammar.Point, c *grammar.Cand) bool {
	if r.story == nil || abs(p.Year-r.story.Year) < minExcursion || r.isHeading(c) {
		return false
	}
	from := r.yearsFrom(c.J)
	var seen [excursionLookahead]int
	n, nearStory := 0, 0
	for _, y := range r.years[from:] {
		if y.year == p.Year || slices.Contains(seen[:n], y.year) {
			continue
		}
		seen[n] = y.year
		if abs(y.year-r.story.Year) < abs(y.year-p.Year) {
			nearStory++
		}
		if n++; n == excursionLookahead {
			break
		}
	}
	if n == 0 {
		return p.Gran == timeline.GranYear
	}
	return nearStory*2 > n
}

// yearsFrom returns the first of the years listed (see noteYears) at or
// after token k. The resolver asks in text order, so it steps on from
// where it was last asked; asked of a token before that, it searches.
func (r *resolver) yearsFrom(k int) int {
	n := r.nextYear
	if n > 0 && r.years[n-1].tok >= k {
		n = sort.Search(n, func(i int) bool { return r.years[i].tok >= k })
	}
	for n < len(r.years) && r.years[n].tok < k {
		n++
	}
	r.nextYear = n
	return n
}

// excursionLookahead is how many of the different years named next
// excursion weighs: they may hold excursions of their own.
const excursionLookahead = 3

// minExcursion is how many years a date must lie from the story's for it
// to be an excursion: the next year or the one before is where a history
// goes on, or back to when it turns to another front.
const minExcursion = 3

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
