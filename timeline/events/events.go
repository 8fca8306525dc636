// Package events turns the time references the tagger found in a document
// into events: what happened, when, and how we know.
//
// Every placeable reference (a DATE or TIME with an interval) dates the
// event of its clause; several references in one clause date one event.
// Event-relative expressions ("just weeks after intense clashes in the Kursk
// region", "two days after the vote", "months before the election",
// "shortly after X", "a year later") add or place events relative to the
// sentence's own event, and the bounds travel along the chain. A sentence
// with no date of its own takes the date of the last dated event before it,
// as a reader does ("The timing of the message" after a sentence about a
// New Year's greeting).
package events

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ascii"
	"retrace/timeline/internal/numbered"
	"retrace/timeline/lex"
)

// Build groups the mentions of doc into events and returns them sorted by
// their earliest day, with IDs e1, e2, ... in the text order of their first
// mention. It also returns a copy of mentions in which every duration that
// places an event relative to another ("weeks" in "weeks after the clashes")
// has Kind relative and Anchor "event:eN", naming the event it counts from.
//
// toks are the tokens of doc.Text, the ones the tagger read: the events
// stage reads the sentences through them and asks their words' classes,
// never the words themselves.
//
// dct is the document date, used only to explain deictic references; a
// zero dct is reported as unknown. Mentions whose span lies outside the
// text are ignored.
func Build(doc *timeline.Document, toks *lex.Tokenized, mentions []timeline.Mention, dct time.Time) ([]timeline.Event, []timeline.Mention) {
	return BuildInPlace(doc, toks, append([]timeline.Mention(nil), mentions...), dct, nil)
}

// BuildInPlace is Build for a caller done with mentions (the pipeline, which
// has them from the tagger): it sets the kind and anchor of the relative
// durations in mentions itself and returns it, rather than a copy. A long
// document's mentions are megabytes, full of pointers: a copy made them
// twice over for the collector to mark while the tagger's were still held.
// Called twice on the same mentions it may explain its events otherwise,
// as the second call reads the anchors the first set.
//
// sentencesRead, when not nil, is called once the sentences are read and the tokens
// let go, before the events are finished: the pipeline collects there when
// the rest would bring the heap to the collector's goal (the tokens are
// then garbage, and nothing else runs).
func BuildInPlace(doc *timeline.Document, toks *lex.Tokenized, mentions []timeline.Mention, dct time.Time, sentencesRead func()) ([]timeline.Event, []timeline.Mention) {
	if doc == nil || toks == nil {
		return nil, mentions
	}
	b := &builder{text: doc.Text, tt: toks, lx: toks.Lexicon, ms: mentions, dct: dct, ref: -1}
	b.drafts = make([]*draft, 0, len(mentions)) // about a draft a mention
	b.run(doc)
	// The sentences are read: the tokens are done with, and finishing the
	// events needs only the lexicon. Let go of them here, and for a long
	// document the collector has the tokens' megabytes back (toks is the
	// caller's last use of them) while the events are numbered and copied
	// out, the stage's largest moment.
	b.tt, b.rd, b.cur = nil, reading{}, sentenceSlices{}
	if sentencesRead != nil {
		sentencesRead()
	}
	return b.finish(), mentions
}

// draft is an event under construction; IDs are given once all are known.
type draft struct {
	pos      int // text offset that orders IDs: its first mention, or its phrase
	label    string
	iv       timeline.Interval
	kind     timeline.Kind
	mentions []int // indices into builder.ms
	sentence timeline.Span

	trigger  timeline.Span   // the word naming the happening
	with     []timeline.Span // the other happenings of its predicate the same times date
	reporter string          // who said so, when a reporting clause was left out of the label
	stem     string          // the trigger's stem, to find the same event said twice
	also     []timeline.Retelling

	// For events placed relative to another:
	anchor    int    // index of the draft counted from, or -1
	relation  string // "some weeks before", "shortly before", "1 year after"
	inherited bool   // the anchor is the last dated event before an undated sentence

	state bool  // how things stand at its time, not a happening (timeline.Event.State)
	own   int32 // for an event dated by its own mentions, how many its sentence gave (the rest are retellings'): finish explains them
}

type builder struct {
	text    string
	tt      *lex.Tokenized // nil once the sentences are read (Build)
	lx      *lex.Lexicon   // tt's lexicon, kept when tt is let go: every word lookup asks it
	ms      []timeline.Mention
	dct     time.Time
	drafts  []*draft // held by pointer (from draftRoom): a long document's drafts are megabytes, and a slice of them would be copied whole as it grows
	ref     int      // the last dated event in the discourse, for undated sentences
	pending []anchorFix
	byID    []int32 // mention indices sorted by ID, made when first needed and ms is not in ID order (mentionByID)
	idOrder int8    // whether ms is in ID order: 0 not asked yet, 1 yes, -1 no (mentionByID)
	dctHow  string  // how an event placed from the document date was placed (explain)

	shortPronoun shortPronouns // personPronoun's answers for short words

	at  int            // the token after the last sentence read (firstToken)
	rd  reading        // the sentence being read, its buffers reused
	cur sentenceSlices // the slices of the sentence being read, which its rules read
	// The slices a sentence is read with, reused from one sentence to the
	// next (none outlives its sentence): which tokens are time expressions
	// and which labels leave out (flags, halved: see builder.sentence;
	// tailDrop), the spans no clause is cut in, the clauses, the clauses'
	// labels.
	flags, tailDrop []bool
	protected       []timeline.Span
	clauses         []clause
	labels          []madeLabel
	read            int          // the sentences read so far, which number them (madeLabel)
	stems           stemTable    // words' stems, as written (builder.stemmed)
	words           arena[word]  // room for the words of the sentence's labels
	made            arena[token] // the tokens of the words the label rules make
	with            []int        // the partners of a trigger (partners.go), reused
	triggers        []triggered  // the sentence's triggers and their drafts (an array on the stack was zeroed each sentence)
	marks           []bool       // the tokens a label leaves out (labelMarks)
	labelText       arena[byte]  // the labels' bytes (joinLabel): never reset, as the labels are strings
	// The drafts and their first mentions are cut from blocks of them
	// (never reset: they live until finish), not allocated one by one: a
	// megabyte of news makes over 3,000.
	draftRoom   arena[draft]
	mentionRoom arena[int]
	spanRoom    arena[timeline.Span] // the drafts' partners (withRoom)
}

// sentenceSlices is the sentence being read (builder.sentence): the
// slices it is read with, which builder.sentence sets and its rules
// (splitBetweenDates, dropTimeExpressions, findRelatives) read through
// the builder, rather than as arguments: passed, they were some twenty
// words a call, moved from the sentence's stack to the callee's at each
// of the ~3,150 sentences a megabyte of news. The token slice and the
// mentions' token ranges are reused from one sentence to the next, as
// their buffers; the rest are views of the builder's.
type sentenceSlices struct {
	mentions    []int   // the sentence's mentions (unit.mentions), in text order
	toks        []token // its tokens
	cls         []clause
	first, last []int  // the token range of each mention: mentions[i]'s is first[i]:last[i]
	inTime      []bool // which tokens are time expressions
	drop        []bool // len(toks) false ones, for dropTimeExpressions' marks
}

// newDraft returns a place for a new draft, zeroed: the room is the
// block's as it was made, as draftRoom is never reset, so a caller need
// write only the fields it sets. The caller appends it to b.drafts.
func (b *builder) newDraft() *draft {
	return &b.draftRoom.alloc(1)[:1][0]
}

// oneMention returns the mentions of a draft that has mention mi alone,
// with no room to grow: a second mention moves them to a slice of their
// own.
func (b *builder) oneMention(mi int) []int {
	return append(b.mentionRoom.alloc(1), mi)
}

// withRoom returns room for a draft's partners, the spans of the n tokens
// of b.with: cut from a block of them rather than allocated one draft at a
// time (some 1,100 a megabyte of news), nil when there are none.
func (b *builder) withRoom(n int) []timeline.Span {
	if n == 0 {
		return nil
	}
	return b.spanRoom.alloc(n)
}

// firstToken returns the index of the first token at or after span's
// start. The sentences come in text order, so the search starts where the
// last sentence read ended (b.at), rather than search the whole document
// again.
//
// Most sentences begin at the token the last one read stopped at (b.at,
// sentenceTokens' next): that is asked first, of the two tokens about it,
// and the search (firstTokenFrom, as firstToken was) is set up only for
// the rest, few: its bound and its loop cost some ten instructions more
// for each of the ~8,000 sentences a megabyte of news.
func (b *builder) firstToken(span timeline.Span) int {
	if ts, k := b.tt.Tokens, b.at; k > 0 && k < len(ts) && ts[k-1].Start() < span.Start && ts[k].Start() >= span.Start {
		return k
	}
	return b.firstTokenFrom(span)
}

// firstTokenFrom is firstToken searching from b.at.
func (b *builder) firstTokenFrom(span timeline.Span) int {
	tt := b.tt
	k := b.at
	if k > tt.Len() || k > 0 && tt.Start(k-1) >= span.Start {
		k = 0 // not after the last one after all
	}
	for stop := min(k+64, tt.Len()); k < stop && tt.Start(k) < span.Start; k++ {
	}
	if k < tt.Len() && tt.Start(k) < span.Start { // far ahead: a long sentence, or many passed over
		k += sort.Search(tt.Len()-k, func(n int) bool { return tt.Start(k+n) >= span.Start })
	}
	b.at = k
	return k
}

// madeLabel is a clause's label, once made, and the sentence it is of
// (builder.read): one of another sentence is none, so the labels need not
// be cleared for each sentence, a clear of strings that asks the
// collector's barrier.
type madeLabel struct {
	label    string
	sentence int
}

// zeroed returns buf resized to n zero elements, in its own array when
// that is large enough.
func zeroed[T any](buf []T, n int) []T {
	buf = resized(buf, n)
	clear(buf)
	return buf
}

// resized returns buf resized to n elements, in its own array when that
// is large enough, for a caller that sets each: they are left as they
// were, not cleared.
func resized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// draftKey is what finish sorts a draft by: its earliest day (as Unix
// second and nanosecond), its place in the text and its index.
type draftKey struct {
	sec              int64
	nsec, pos, draft int
}

// sortByDay returns keys, which are in text order (by place, then index),
// ordered by earliest day, those of one day in text order: as sorted by
// day, place and index, but a megabyte of news has some 2,000 events on
// some 200 days, so the days are sorted, each once, and the keys dealt out
// to them in the order they come, rather than every key compared with
// others. A day is a calendar date with no monotonic clock reading, so its
// Unix second and nanosecond order it as time.Time.Compare does.
func sortByDay(keys []draftKey) []draftKey {
	// Each day's number, in the order first met, from a table open
	// addressed by the day's second, as repeatTable is: a slot holds a
	// day's number plus one (0: empty), in a power of two slots at least
	// twice the keys, so that at most half are taken; a day that shares
	// the second of another, a nanosecond apart, as no calendar date is,
	// lies further on. A Go map (mapaccess2_fast64) cost some 80
	// instructions a lookup, for ~1,800 keys a megabyte of news.
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	slots, mask := make([]int32, size), uint64(size-1)
	shift := 64 - bits.TrailingZeros(uint(size))
	var days []day
	dayOf := make([]int32, len(keys))
	for k, key := range keys {
		d := day{key.sec, key.nsec}
		var n int32
		if k > 0 && d == days[dayOf[k-1]] { // the last key's: the events of a paragraph share days
			n = dayOf[k-1]
		} else {
			for j := uint64(d.sec) * 0x9E3779B97F4A7C15 >> shift; ; j = (j + 1) & mask {
				s := &slots[j&mask]
				if *s == 0 {
					n = int32(len(days))
					*s = n + 1
					days = append(days, d)
					break
				}
				if days[*s-1] == d {
					n = *s - 1
					break
				}
			}
		}
		dayOf[k] = n
	}
	byDate := daysByDate(days)
	// each day's first place among the sorted keys: after the keys of the
	// days before it
	at := make([]int, len(days))
	for _, n := range dayOf {
		at[n]++
	}
	next := 0
	for _, n := range byDate {
		at[n], next = next, next+at[n]
	}
	sorted := make([]draftKey, len(keys))
	for k, n := range dayOf {
		sorted[at[n]] = keys[k]
		at[n]++
	}
	return sorted
}

// day is a day of sortByDay: the Unix second and nanosecond its earliest
// time begins at.
type day struct {
	sec  int64
	nsec int
}

// daysByDate returns the numbers (indices) of days, which are distinct,
// ordered by date. Days of no nanosecond, as calendar days are, less than
// 2^39 seconds from 1970 (some 17,000 years), are ordered by one number
// each, the second shifted up with the day's number below it (which the
// int64 holds whole), sorted by slices.Sort,
// which compares them in line: slices.SortFunc called a comparison of two
// days for each, some 100 K instructions for the ~200 days of a megabyte
// of news. Any other days are sorted so.
func daysByDate(days []day) []int32 {
	const numberBits = 24 // below the second: a day's number
	byDate := make([]int32, len(days))
	packed := len(days) <= 1<<numberBits
	for _, d := range days {
		packed = packed && d.nsec == 0 && d.sec >= -1<<(63-numberBits) && d.sec < 1<<(63-numberBits)
	}
	if packed {
		// distinct seconds, each shifted up past the numbers: ordered as
		// the seconds are
		ns := make([]int64, len(days))
		for n, d := range days {
			ns[n] = d.sec<<numberBits | int64(n)
		}
		slices.Sort(ns)
		for i, v := range ns {
			byDate[i] = int32(v & (1<<numberBits - 1))
		}
		return byDate
	}
	for n := range byDate {
		byDate[n] = int32(n)
	}
	slices.SortFunc(byDate, func(x, y int32) int {
		if days[x].sec != days[y].sec {
			return cmp.Compare(days[x].sec, days[y].sec)
		}
		return days[x].nsec - days[y].nsec
	})
	return byDate
}

// anchorFix records a mention whose Anchor names a draft, set once IDs exist.
type anchorFix struct{ mention, draft int }

// unit is one sentence and the mentions in it.
type unit struct {
	span     timeline.Span
	mentions []int
}

// run reads the document a unit at a time: a sentence and the mentions in
// it. A sentence that is out of order or outside the text is passed over;
// a mention outside every sentence joins the sentence before it (the first
// one, for a mention before them all), which grows to cover it. The units
// are made as they are read, not all first: for a long document they would
// be megabytes.
func (b *builder) run(doc *timeline.Document) {
	order := b.inText()
	p := 0       // the next mention of order to place
	var ms []int // the unit's mentions, the slice reused: sentence keeps none
	// nextStart is the start of the next mention to place, math.MaxInt when
	// none is left: most sentences have none, and are told so by one
	// compare, where the mention's start was read anew through order at
	// each (~7,800 sentences a megabyte of news).
	nextStart := math.MaxInt
	if len(order) > 0 {
		nextStart = b.ms[order[0]].Start
	}
	// take reads the sentence span with the mentions that start before next
	// (all that are left when last: every mention starts before MaxInt).
	take := func(span timeline.Span, next int, last bool) {
		if last {
			next = math.MaxInt
		}
		u := unit{span: span, mentions: ms[:0]}
		for nextStart < next {
			m := &b.ms[order[p]]
			u.span.Start = min(u.span.Start, m.Start)
			u.span.End = max(u.span.End, m.End)
			u.mentions = append(u.mentions, order[p])
			p++
			nextStart = math.MaxInt
			if p < len(order) {
				nextStart = b.ms[order[p]].Start
			}
		}
		ms = u.mentions
		b.sentence(u)
	}
	// The sentences are read in a loop of their own, not from an iterator:
	// a range over a func checked its state around each of the ~7,800
	// yields a megabyte of news, some fifteen instructions each. A sentence
	// is read when the next one is found (its mentions are those that start
	// before that one), the last after the loop; the first is found before
	// the loop, which so holds no flag of whether one was found, and the
	// end of the one before is that sentence's.
	sentences, n := doc.Sentences, len(b.text)
	inOrder := func(s timeline.Span, end int) bool { // not out of order nor outside the text
		return s.Start >= end && s.End > s.Start && s.End <= n
	}
	k := 0
	for k < len(sentences) && !inOrder(sentences[k], 0) {
		k++
	}
	if k == len(sentences) { // none: the text is one
		take(timeline.Span{Start: 0, End: n}, 0, true)
		return
	}
	prev := sentences[k]
	for _, s := range sentences[k+1:] {
		if inOrder(s, prev.End) {
			take(prev, s.Start, false)
			prev = s
		}
	}
	take(prev, 0, true)
}

// inText returns the indices of the mentions whose span lies inside the
// text, in text order (by start; in their own order for the same start).
//
// The tagger lists its mentions in text order, which the loop that picks
// them tells as it goes (no start before the one kept before it), where a
// pass of slices.IsSortedFunc after it called its comparison for each pair
// (~3,700 a megabyte of news, some 20 instructions each).
func (b *builder) inText() []int {
	ms, n := b.ms, len(b.text) // in registers: the loop writes memory (order), which b might share
	order := make([]int, 0, len(ms))
	sorted, last := true, 0 // last: the start of the mention kept last (none is below 0)
	for i := range ms {
		if m := &ms[i]; m.Start >= 0 && m.Start <= m.End && m.End <= n {
			order = append(order, i)
			if m.Start < last {
				sorted = false
			}
			last = m.Start
		}
	}
	if !sorted {
		slices.SortStableFunc(order, func(i, j int) int { return b.ms[i].Start - b.ms[j].Start })
	}
	return order
}

// relation kinds a duration or adverb can express.
const (
	relNone     = iota
	relAfterNP  // "weeks after the clashes": the clashes are earlier than the sentence's event
	relBeforeNP // "months before the election": the election is later
	relLater    // "a year later": the sentence's event is later than the last dated one
	relEarlier  // "two days earlier"
)

// relative is an event-relative expression found in a sentence.
type relative struct {
	kind     int
	mention  int // the duration mention, or -1 for "shortly after"
	at       int // the mention's place among the sentence's (its tokens are first[at]:last[at]), or -1
	dur      durationRange
	tail     int // first token of the expression: the clause is cut there for its own label
	np       clause
	clauseAt int
}

// sentence builds the events of one sentence.
func (b *builder) sentence(u unit) {
	b.words.used, b.made.used = 0, 0 // the last sentence's label words are done with
	if len(u.mentions) == 0 && !b.mayRelate(u.span) {
		return // nothing to date here
	}
	s := &b.cur
	toks, next := sentenceTokens(b.tt, u.span, b.firstToken(u.span), s.toks)
	s.toks, b.at, s.mentions = toks, next, u.mentions
	b.read++
	// Time expressions are never cut, and neither is the comma between two
	// that belong together ("Monday, March 3"). Mentions are in text order,
	// so protected stays sorted by Start.
	protected := b.protected[:0]
	for i, mi := range u.mentions {
		sp := b.ms[mi].Span
		if i > 0 {
			if prev := &b.ms[u.mentions[i-1]]; prev.End <= sp.Start && placeable(prev) && placeable(&b.ms[mi]) &&
				strings.Trim(b.text[prev.End:sp.Start], " ,") == "" {
				sp.Start = prev.End
			}
		}
		protected = append(protected, sp)
	}
	b.protected = protected
	cls := splitClauses(toks, protected, b.clauses[:0])
	if len(cls) == 0 {
		cls = append(cls, clause{0, 0})
	}
	b.clauses, s.cls = cls, cls
	first, last := resized(s.first, len(u.mentions)), resized(s.last, len(u.mentions)) // mentionTokens sets each
	s.first, s.last = first, last
	mentionTokens(toks, b.ms, u.mentions, first, last)
	// Which tokens are time expressions (inTime) and which the labels
	// leave out (drop, for dropTimeExpressions): the halves of one array,
	// zeroed once for both.
	flags := zeroed(b.flags, 2*len(toks))
	b.flags = flags
	inTime := flags[:len(toks):len(toks)]
	s.inTime, s.drop = inTime, flags[len(toks):]
	for i := range u.mentions {
		for k := first[i]; k < last[i]; k++ {
			inTime[k] = true
		}
	}
	if len(u.mentions) > 1 { // a cut falls between two dated mentions: most sentences have one, and pay no call
		cls = b.splitBetweenDates() // and s.cls
	}
	mentionDrop := b.dropTimeExpressions()

	rels := b.findRelatives()
	// The labels leave out what dropTimeExpressions marks, and the tail
	// of a clause with a phrase placed from another event (tailsDropped).
	// Most sentences have no relative phrase: their loop over rels, in
	// line here, cost its set-up and spilled registers in each.
	tailDrop := mentionDrop
	if len(rels) > 0 {
		tailDrop = b.tailsDropped(rels, mentionDrop)
	}
	// each clause's label, made once: several triggers may ask
	if cap(b.labels) < len(cls) {
		b.labels = make([]madeLabel, len(cls)) // of sentence 0, before the first read
	}
	labels := b.labels[:len(cls)]
	b.labels = labels
	label := func(ci int) string {
		if labels[ci].sentence != b.read {
			labels[ci] = madeLabel{b.clauseLabel(toks, cls, ci, tailDrop), b.read}
		}
		return labels[ci].label
	}

	// Events dated by the sentence's own mentions, one per trigger: the
	// word naming the happening each time dates (see trigger.go). A
	// mention that places one event from another ("weeks" in "weeks after
	// the clashes") is not among them; a duration or a set joins the event
	// it measures or repeats without placing it.
	rd := &b.rd
	rd.read(b.text, b.lx, toks, cls, inTime)
	byTrigger := b.triggers[:0] // few per sentence: a slice beats a map
	nextRel := 0                // see placesFrom
	for i, mi := range u.mentions {
		m := &b.ms[mi] // a mention is large to copy
		if placesFrom(rels, &nextRel, i) || len(toks) == 0 {
			continue
		}
		tr, noun, state := rd.attach(m, first[i], last[i])
		if tr == noTrigger || state && rd.boundsSpan(first[i], last[i]) {
			continue
		}
		b.with = b.with[:0]
		if !state { // how things stand has no other happenings of its predicate
			b.with = rd.partners(tr, noun, first[i], last[i], b.with)
		}
		di, ok := -1, false
		for _, t := range byTrigger {
			if t.token == tr && t.state == state {
				di, ok = t.draft, true
			}
		}
		if ok {
			d := b.drafts[di]
			d.mentions = append(d.mentions, mi)
			d.with = addSpans(d.with, toks, b.with)
			if placeable(m) {
				if d.iv.IsZero() {
					d.iv, d.kind = normalized(m.Interval), kindOf(m)
				} else {
					d.iv = combine(d.iv, normalized(m.Interval))
				}
			}
			continue
		}
		ci := clauseOf(toks, cls, toks[tr].Start)
		lbl, reporter := b.triggerLabel(rd, tr, noun, ci, tailDrop, label)
		if state && noun {
			if l := b.stateLabel(rd, tr, first[i], last[i], tailDrop); l != "" {
				lbl, reporter = l, ""
			}
		} else if state {
			if l := b.conjunctLabel(rd, tr, ci, tailDrop); l != "" {
				lbl = l
			} else if l := b.relativeStateLabel(rd, tr, ci, tailDrop, lbl); l != "" {
				lbl = l
			}
		}
		if lbl == "" {
			lbl = b.mentionLabel(m.Text)
		}
		lbl = b.namePerson(lbl)
		d := b.newDraft() // zeroed: only what is set here is written
		d.pos, d.label, d.kind, d.mentions, d.sentence, d.anchor = m.Start, lbl, kindOf(m), b.oneMention(mi), u.span, -1
		d.reporter, d.state = reporter, state
		d.trigger = toks[tr].Span
		d.with = addSpans(b.withRoom(len(b.with)), toks, b.with)
		if !rd.has(tr, lex.ReportingVerb) { // a saying is not one happening told twice
			d.stem = b.stemmed(toks[tr].stemWord()).stem
		}
		if placeable(m) {
			d.iv = m.Interval
			normalize(&d.iv)
		}
		byTrigger = append(byTrigger, triggered{tr, len(b.drafts), ci, state})
		b.drafts = append(b.drafts, d)
	}
	b.triggers = byTrigger
	main := b.finishOwn(byTrigger)
	if len(rels) > 0 { // few sentences have a relative phrase: read apart
		main = b.placeRelatives(rels, byTrigger, main, relativeContext{rd, toks, first, last, mentionDrop, u.span}, label)
	}
	if main >= 0 {
		b.ref = main
	}
}

// tailsDropped returns what the labels of a sentence with relative
// phrases (rels) leave out: what dropTimeExpressions marks (mentionDrop),
// and the tail of a clause with a phrase placed from another event. That
// is mentionDrop itself (the labels only read it) but in the few
// sentences with such a phrase, which mark a copy (b.tailDrop).
func (b *builder) tailsDropped(rels []relative, mentionDrop []bool) []bool {
	tailDrop, copied := mentionDrop, false
	for k := range rels {
		r := &rels[k]
		if r.kind != relAfterNP && r.kind != relBeforeNP {
			continue // "a year later" went with the time expressions
		}
		if !copied {
			tailDrop, copied = append(b.tailDrop[:0], mentionDrop...), true
			b.tailDrop = tailDrop
		}
		for i := r.tail; i < b.cur.cls[r.clauseAt].to; i++ {
			tailDrop[i] = true // "weeks after the clashes" is another event
		}
	}
	return tailDrop
}

// placesFrom reports whether mention i of a sentence (of unit.mentions)
// places one event from another ("weeks" in "weeks after the clashes"),
// for the mentions asked in order. findRelatives lists those first in
// rels, in the order of the mentions (relative.at), so a pointer walks
// them: *next is the first not yet passed. A sorted list of them and a
// search for each mention cost a sort and a call a sentence.
func placesFrom(rels []relative, next *int, i int) bool {
	if *next < len(rels) && rels[*next].at == i {
		*next++
		return true
	}
	return false
}

// triggered is a trigger of a sentence's own mentions, and its draft.
type triggered struct {
	token, draft int
	clause       int  // the trigger's, found as its draft is made
	state        bool // a present state is never one event with a happening
}

// finishOwn sets how many mentions the drafts of the sentence's own
// triggers (byTrigger) have of their sentence (draft.own), and returns
// the sentence's event: the last of the dated ones, by clause and then as
// made, as ownDated lists them, or -1 when none is dated. A state is not
// the sentence's happening: relative phrases and undated sentences after
// it count from the happenings. Most sentences have no relative phrase,
// and need only this one, not the list sorted.
func (b *builder) finishOwn(byTrigger []triggered) int {
	main, mainClause := -1, -1
	for _, t := range byTrigger {
		d := b.drafts[t.draft]
		d.own = int32(len(d.mentions))
		if !d.iv.IsZero() && !t.state && (t.clause > mainClause || t.clause == mainClause && t.draft > main) {
			main, mainClause = t.draft, t.clause
		}
	}
	return main
}

// ownDated appends to own the drafts of the sentence's dated triggers
// (byTrigger; no state), in clause order and then as made, and their
// clauses to ownClauses.
func (b *builder) ownDated(byTrigger []triggered, own, ownClauses []int) ([]int, []int) {
	type dated struct{ draft, clause int }
	var dsBuf [8]dated // in an array on the stack; a long sentence's go on in the heap
	ds := dsBuf[:0]
	for _, t := range byTrigger {
		if !b.drafts[t.draft].iv.IsZero() && !t.state {
			ds = append(ds, dated{t.draft, t.clause})
		}
	}
	if len(ds) > 1 { // most sentences date one draft or none (as addSpans)
		slices.SortFunc(ds, func(x, y dated) int {
			if x.clause != y.clause {
				return x.clause - y.clause
			}
			return x.draft - y.draft
		})
	}
	for _, d := range ds {
		own = append(own, d.draft)
		ownClauses = append(ownClauses, d.clause)
	}
	return own, ownClauses
}

// relativeContext is what placeRelatives reads of the sentence: its reading
// and tokens, the token ranges of its mentions, the tokens its labels
// leave out (mentionDrop) and its span.
type relativeContext struct {
	rd          *reading
	toks        []token
	first, last []int
	mentionDrop []bool
	span        timeline.Span
}

// placeRelatives makes the events of a sentence's relative expressions
// (rels), few sentences': the sentence's own events are the drafts of its
// dated triggers (byTrigger), and main is the last of them
// (finishOwn), or -1; label gives a clause's label. It returns the
// sentence's event, which the relatives may have placed. (label is apart
// from sc, which leaks into the drafts: in it, the closure and all it
// holds would go to the heap.)
func (b *builder) placeRelatives(rels []relative, byTrigger []triggered, main int, sc relativeContext, label func(ci int) string) int {
	rd, toks, first, last, mentionDrop := sc.rd, sc.toks, sc.first, sc.last, sc.mentionDrop
	// the sentence's own events in clause order, and their clauses, in
	// arrays on the stack; a long sentence's go on in the heap
	var ownBuf, ownClauseBuf [8]int
	own, ownClauses := b.ownDated(byTrigger, ownBuf[:0], ownClauseBuf[:0])

	// "A year later, the treaty was signed": with no date of its own, the
	// sentence's event is placed from the last dated one. main is the
	// sentence's event, its last own one or the first placed by "later";
	// once it is set, further "later"s have nothing to place.
	for _, r := range rels {
		if (r.kind != relLater && r.kind != relEarlier) || main >= 0 || b.ref < 0 {
			continue
		}
		sign, word := +1, " after"
		if r.kind == relEarlier {
			sign, word = -1, " before"
		}
		lbl := label(r.clauseAt)
		if lbl == "" {
			lbl = b.mentionLabel(b.ms[r.mention].Text)
		}
		main = len(b.drafts)
		d := b.newDraft()
		*d = draft{
			pos: b.ms[r.mention].Start, label: lbl, iv: shift(b.drafts[b.ref].iv, r.dur, sign),
			kind: timeline.KindRelative, mentions: b.oneMention(r.mention), sentence: sc.span,
			anchor: b.ref, relation: r.dur.words + word,
		}
		b.triggerRelative(d, rd, toks, r, first, last)
		b.drafts = append(b.drafts, d)
		b.pending = append(b.pending, anchorFix{r.mention, b.ref})
	}

	// "Weeks after the clashes", "shortly before the vote": the phrase is an
	// event of its own, placed from the sentence's event, or from the last
	// dated event when the sentence has none.
	for _, r := range rels {
		if r.kind != relAfterNP && r.kind != relBeforeNP {
			continue
		}
		anchor, inherited := b.nearest(own, ownClauses, r.clauseAt, main)
		if anchor < 0 {
			continue
		}
		if r.mention >= 0 && b.ref >= 0 && b.otherHappening(rd, toks, r, own, first, last) {
			// "His car was spotted in the weeks before the shooting":
			// the clause tells its own happening, which no date of the
			// sentence places, and the shooting is an event the story
			// has told. The last dated event stands for it, as it does
			// for "weeks later"; what is new, and what the weeks
			// place, is the spotting.
			anchor = b.ref
			sign, word := +1, " after"
			if r.kind == relBeforeNP {
				sign, word = -1, " before"
			}
			lbl := label(r.clauseAt)
			if lbl == "" {
				continue
			}
			d := b.newDraft()
			*d = draft{
				pos: b.ms[r.mention].Start, label: lbl, iv: shift(b.drafts[anchor].iv, r.dur, sign),
				kind: timeline.KindRelative, mentions: b.oneMention(r.mention), sentence: sc.span,
				anchor: anchor, relation: r.dur.words + word, inherited: true,
			}
			b.triggerRelative(d, rd, toks, r, first, last)
			b.drafts = append(b.drafts, d)
			b.pending = append(b.pending, anchorFix{r.mention, anchor})
			continue
		}
		// "A jogger saw the car at 6 a.m. near the house 10 days before
		// the murder": the phrase says when the clause's dated happening
		// was, and dates it with the clause's own time; the murder is
		// placed from it, with no time of its own.
		joined := r.mention >= 0 && !inherited && b.datesVerbBefore(rd, toks, anchor, r, first)
		if joined {
			b.drafts[anchor].mentions = append(b.drafts[anchor].mentions, r.mention)
		}
		npDrop := mentionDrop[r.np.from:r.np.to]
		ws := b.labelWords(toks[r.np.from:r.np.to], npDrop)
		if contentWords(ws) == 0 {
			continue
		}
		sign, word := -1, " before"
		if r.kind == relBeforeNP {
			sign, word = +1, " after"
		}
		d := b.newDraft()
		*d = draft{
			label: b.joinLabel(ws), iv: shift(b.drafts[anchor].iv, r.dur, sign), kind: timeline.KindRelative,
			sentence: sc.span, anchor: anchor, relation: r.dur.words + word, inherited: inherited,
		}
		if k := rd.phraseHappening(r.np); k >= 0 {
			d.trigger = toks[k].Span
		}
		if r.mention >= 0 && !joined {
			d.pos = b.ms[r.mention].Start
			d.mentions = b.oneMention(r.mention)
			b.pending = append(b.pending, anchorFix{r.mention, anchor})
		} else {
			d.pos = toks[r.tail].Start
			d.mentions = []int{}
		}
		b.drafts = append(b.drafts, d)
	}
	return main
}

// mentionTokens sets first[i]:last[i] to the tokens of toks that the
// mention ms[mentions[i]] covers, for mentions in text order (by start).
// A mention's first token is the first after the last mention's first that
// ends after the mention starts: the tokens' ends rise, so it is searched
// for by halves (written out, as clauseOf does) rather than swept to, as
// most of a sentence comes before its first time.
func mentionTokens(toks []token, ms []timeline.Mention, mentions []int, first, last []int) {
	t := 0
	for i, mi := range mentions {
		start, end := ms[mi].Start, ms[mi].End
		for hi := len(toks); t < hi; {
			m := int(uint(t+hi) >> 1)
			if toks[m].End <= start {
				t = m + 1
			} else {
				hi = m
			}
		}
		l := t // counted in a register, not in last[i]
		for l < len(toks) && toks[l].Start < end {
			l++
		}
		first[i], last[i] = t, l
	}
}

// datesVerbBefore reports whether draft di, the sentence's event that the
// relative phrase r is placed from, is dated by a verb of r's own clause
// that comes before the phrase: "saw the van at 7 a.m. outside the bank
// two days before the robbery".
func (b *builder) datesVerbBefore(rd *reading, toks []token, di int, r relative, first []int) bool {
	tr := b.drafts[di].trigger
	if tr.End <= tr.Start || r.at < 0 || r.at >= len(first) {
		return false
	}
	// the trigger's token: tokens are in text order, so a binary search
	// (a run-on "sentence" asks for thousands)
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= tr.Start })
	if k == len(toks) || toks[k].Start != tr.Start {
		return false
	}
	// in the phrase's clause, or in the one before when the phrase stands
	// alone after a comma ("sailed in May 1497, five weeks before the
	// landing")
	ci := clauseOf(toks, rd.clause, tr.Start)
	return k < first[r.at] && rd.verb(k) && (ci == r.clauseAt || ci == r.clauseAt-1 && !rd.verbIn(rd.clause[r.clauseAt]))
}

// otherHappening reports whether the relative expression r follows a verb
// of its own clause that none of the sentence's dated events is on: "His
// car was spotted in the weeks before the shooting, and was found ... in
// December" places the spotting from the shooting, and has nothing to say
// of when the shooting was from the finding.
func (b *builder) otherHappening(rd *reading, toks []token, r relative, own []int, first, last []int) bool {
	tr, noun := rd.triggerOf(&b.ms[r.mention], first[r.at], last[r.at])
	if tr == noTrigger || noun || clauseOf(toks, rd.clause, toks[tr].Start) != r.clauseAt || tr > r.tail {
		return false
	}
	for _, d := range own {
		if b.drafts[d].trigger == toks[tr].Span {
			return false
		}
	}
	return true
}

// triggerRelative gives the event d, placed by the relative expression r
// ("a year later, the treaty was signed"), the happening its time attaches
// to, as a time of its own would.
func (b *builder) triggerRelative(d *draft, rd *reading, toks []token, r relative, first, last []int) {
	if r.at < 0 {
		return
	}
	tr, noun := rd.triggerOf(&b.ms[r.mention], first[r.at], last[r.at])
	if tr == noTrigger {
		return
	}
	d.trigger = toks[tr].Span
	b.with = rd.partners(tr, noun, first[r.at], last[r.at], b.with[:0])
	d.with = addSpans(b.withRoom(len(b.with)), toks, b.with)
}

// addSpans adds the spans of tokens ks to with, each once, in text order.
func addSpans(with []timeline.Span, toks []token, ks []int) []timeline.Span {
	if with == nil && len(ks) > 0 {
		with = make([]timeline.Span, 0, len(ks)) // at its size, not grown from one
	}
	for _, k := range ks {
		if !slices.Contains(with, toks[k].Span) {
			with = append(with, toks[k].Span)
		}
	}
	if len(with) > 1 { // most triggers have no partner: a sort of none or one is a call for nothing
		slices.SortFunc(with, func(x, y timeline.Span) int { return x.Start - y.Start })
	}
	return with
}

// nearest picks the event a relative phrase counts from: the sentence's own
// event in the closest clause (the earlier on a tie), else the one placed
// by "later", else the last dated event of the discourse (inherited).
// ownClauses is ascending, so the closest is found by binary search.
func (b *builder) nearest(own, ownClauses []int, ci, main int) (int, bool) {
	if len(own) > 0 {
		k := sort.SearchInts(ownClauses, ci)
		switch {
		case k == len(own):
			return own[k-1], false
		case k == 0 || ownClauses[k] == ci:
			return own[k], false
		case ci-ownClauses[k-1] <= ownClauses[k]-ci:
			return own[k-1], false
		default:
			return own[k], false
		}
	}
	if main >= 0 {
		return main, false
	}
	return b.ref, b.ref >= 0
}

// mentionLabel labels an event after its time expression when its clause
// has no words of its own to offer.
func (b *builder) mentionLabel(text string) string {
	var ws []word
	for _, f := range strings.Fields(text) {
		ws = append(ws, b.newWord(f))
	}
	return b.joinLabel(capWords(ws))
}

// placeable reports whether a mention denotes a stretch of the calendar that
// dates an event. FUTURE_REF ("in the years to come", "in the future") has an
// interval but no end: it says something may happen, not when anything did,
// and as a bar years long it would only stretch the timeline.
func placeable(m *timeline.Mention) bool {
	return (m.Type == timeline.TypeDate || m.Type == timeline.TypeTime) && !m.Interval.IsZero() &&
		m.Value != "FUTURE_REF"
}

func normalized(iv timeline.Interval) timeline.Interval {
	normalize(&iv)
	return iv
}

// normalize swaps the ends of iv when they are the wrong way round. In
// place: a new draft's interval is copied from its mention and put right
// there, not carried through normalized's copies (an interval is eight
// words, and a time holds a pointer).
func normalize(iv *timeline.Interval) {
	if iv.Latest.Before(iv.Earliest) {
		iv.Earliest, iv.Latest = iv.Latest, iv.Earliest
		iv.FuzzyStart, iv.FuzzyEnd = iv.FuzzyEnd, iv.FuzzyStart
	}
}

// combine merges the intervals of two references to one event. Overlapping
// ones describe the same time more precisely ("Monday" and "March 3"), so
// they intersect; disjoint ones are the two ends of a range ("from 2009 to
// 2010"), so they span.
func combine(a, b timeline.Interval) timeline.Interval {
	if a.Overlaps(b) {
		out := a
		if b.Earliest.After(a.Earliest) {
			out.Earliest, out.FuzzyStart = b.Earliest, b.FuzzyStart
		}
		if b.Latest.Before(a.Latest) {
			out.Latest, out.FuzzyEnd = b.Latest, b.FuzzyEnd
		}
		if b.Granularity != timeline.GranUnknown && (a.Granularity == timeline.GranUnknown || b.Granularity < a.Granularity) {
			out.Granularity = b.Granularity
		}
		return out
	}
	out := a
	if b.Earliest.Before(a.Earliest) {
		out.Earliest, out.FuzzyStart = b.Earliest, b.FuzzyStart
	}
	if b.Latest.After(a.Latest) {
		out.Latest, out.FuzzyEnd = b.Latest, b.FuzzyEnd
	}
	out.Granularity = max(a.Granularity, b.Granularity)
	return out
}

func kindOf(m *timeline.Mention) timeline.Kind {
	if m.Kind == "" {
		return timeline.KindExplicit
	}
	return m.Kind
}

// explain says in words how the first mention of an event was placed.
func (b *builder) explain(mentions []int) string {
	m := &b.ms[mentions[0]]
	var how string
	switch {
	case m.Anchor == "dct" || (m.Kind == timeline.KindDeictic && (m.Anchor == "" || m.Anchor == "none")):
		if b.dctHow == "" { // the same words for every event so placed: written once
			b.dctHow = "relative to the document date (unknown)"
			if !b.dct.IsZero() {
				b.dctHow = "relative to the document date " + timeline.FormatDate(b.dct)
			}
		}
		how = b.dctHow
	case strings.HasPrefix(m.Anchor, "mention:"):
		id := strings.TrimPrefix(m.Anchor, "mention:")
		if o, ok := b.mentionByID(id); ok && id != "" {
			how = mentionedBefore(b.ms[o].Text, id)
		} else {
			how = "relative to the date mentioned before (" + id + ")"
		}
	case strings.HasPrefix(m.Anchor, "event:"):
		how = "relative to " + strings.TrimPrefix(m.Anchor, "event:")
	case m.Kind == timeline.KindFuzzy:
		how = "explicit date with vague bounds"
	default:
		how = "explicit date"
	}
	if len(mentions) > 1 {
		how += "; " + strconv.Itoa(len(mentions)) + " time expressions in the clause combined"
	}
	return how
}

// mentionedBefore says how an event was placed from the date mentioned
// before, text, whose mention is id: as fmt.Sprintf("relative to the date
// mentioned before, %q (%s)", text, id) writes it (%q of a string is
// strconv.Quote's), without the formatter's parsing and its conversions
// of the strings to interfaces, some 3,000 instructions each. A text of
// printable ASCII but the quotation mark and the backslash, as the dates
// of news are ("Monday", "last year"), is quoted as it is: strconv.Quote
// writes those bytes themselves, after reading the text a rune at a time
// with a test of each, some 1,200 instructions a text, and a string of its
// own.
func mentionedBefore(text, id string) string {
	if quotesAsItIs(text) {
		return "relative to the date mentioned before, \"" + text + "\" (" + id + ")"
	}
	return "relative to the date mentioned before, " + strconv.Quote(text) + " (" + id + ")"
}

// quotesAsItIs reports whether strconv.Quote writes s between quotation
// marks as it is: every byte printable ASCII, from the space to '~', and
// neither '"' nor '\\'.
func quotesAsItIs(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// relationHow says how an event was placed from another, with id and
// label: its relation to it, as fmt.Sprintf("%s %s (%s)", relation, id,
// label) writes it.
func relationHow(relation, id, label string) string {
	return relation + " " + id + " (" + label + ")"
}

// mentionByID returns the index of the first mention whose ID is id. The
// tagger numbers the mentions in text order, so they are in ID order
// (compareIDs) themselves, as the first call finds, and are searched as
// they are. Mentions out of order are indexed by ID: a slice of their
// indices sorted by ID and index, a tenth of a map's size for a long
// document. The sort cost more than the check, a call of its comparison
// for each mention and most of a megabyte of news's lookups.
func (b *builder) mentionByID(id string) (int, bool) {
	if b.idOrder == 0 {
		b.idOrder = -1
		if inIDOrder(b.ms) {
			b.idOrder = 1
		}
	}
	if b.idOrder > 0 {
		// The tagger's mention "t12" is the twelfth (idPlace): when that
		// mention has the ID and the one before it another, it is the
		// first with the ID, as the IDs never go down (the IDs before it
		// are all before id). Most mentions named by an anchor are found
		// so, with no search (~12 rounds of compareIDs each, ~700
		// instructions).
		if k := idPlace(id); k < len(b.ms) && b.ms[k].ID == id && (k == 0 || b.ms[k-1].ID != id) {
			return k, true
		}
		// the first mention whose ID is not before id: with equal IDs
		// in index order, the first of them
		lo, hi := 0, len(b.ms)
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if compareIDs(b.ms[h].ID, id) < 0 {
				lo = h + 1
			} else {
				hi = h
			}
		}
		if lo < len(b.ms) && b.ms[lo].ID == id {
			return lo, true
		}
		return 0, false
	}
	if b.byID == nil {
		b.byID = make([]int32, len(b.ms))
		for i := range b.byID {
			b.byID[i] = int32(i)
		}
		slices.SortFunc(b.byID, func(i, j int32) int {
			if c := compareIDs(b.ms[i].ID, b.ms[j].ID); c != 0 {
				return c
			}
			return int(i - j)
		})
	}
	k, found := slices.BinarySearchFunc(b.byID, id, func(i int32, id string) int { return compareIDs(b.ms[i].ID, id) })
	if !found {
		return 0, false
	}
	return int(b.byID[k]), true
}

// idPlace returns the index the tagger gives the mention of ID id: the
// number it ends with less one ("t12" is at 11), when it ends with a number
// of one to nine digits that is not 0; math.MaxInt, which no index reaches,
// when it does not. It is a guess that mentionByID checks.
func idPlace(id string) int {
	k := len(id)
	for k > 0 && id[k-1]-'0' <= 9 {
		k--
	}
	if k == len(id) || len(id)-k > 9 {
		return math.MaxInt
	}
	n := 0
	for _, c := range []byte(id[k:]) {
		n = n*10 + int(c-'0')
	}
	if n == 0 {
		return math.MaxInt
	}
	return n - 1
}

// inIDOrder reports whether the mentions' IDs never go down (compareIDs).
// Each ID is read once, and compared with the one before it as compareIDs
// compares them, in line: a shorter one goes down; one of the same length
// of four to eight bytes, as nearly all are, is compared by its key (its
// first four bytes and then its last four, each read big-endian, as one
// number), which is kept for the next. A call of compareIDs for each pair
// cost some 50 instructions a mention (~3,700 a megabyte of news).
func inIDOrder(ms []timeline.Mention) bool {
	var last string
	var lastKey uint64 // last's key, when it has four to eight bytes
	for i := range ms {
		id := ms[i].ID
		switch n := len(id); {
		case n < len(last):
			return false
		case n >= 4 && n <= 8:
			key := bits.ReverseBytes64(uint64(ascii.Load4(id)) | uint64(ascii.Load4(id[n-4:]))<<32)
			if n == len(last) && key < lastKey {
				return false
			}
			lastKey = key
		case n == len(last) && id < last:
			return false
		}
		last = id
	}
	return true
}

// compareIDs orders mention IDs shorter first, then by their bytes: the
// tagger's "t1", "t2", ..., "t10" come in that order, so the mentions are
// sorted by ID already and the sort has little to do.
//
// Two IDs of four to eight bytes (nearly all: "t1000" to "t99999") are
// compared as numbers, their first four bytes and then their last four,
// each read big-endian (its first byte the highest): the first byte that
// differs decides, as in strings.Compare, as the last four hold every byte
// past the first four. strings.Compare was a call of runtime.cmpstring, some
// 32 instructions, for each ID of one length compared (inIDOrder compares
// its IDs so, in line).
func compareIDs(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	if n := len(a); n >= 4 && n <= 8 {
		x, y := bits.ReverseBytes32(ascii.Load4(a)), bits.ReverseBytes32(ascii.Load4(b))
		if x == y {
			x, y = bits.ReverseBytes32(ascii.Load4(a[n-4:])), bits.ReverseBytes32(ascii.Load4(b[n-4:]))
		}
		return cmp.Compare(x, y)
	}
	return strings.Compare(a, b)
}

// finish numbers the drafts in text order, resolves the anchors that name
// them, and returns the events sorted by earliest day.
func (b *builder) finish() []timeline.Event {
	alias, merged := b.mergeRepeats()
	for i := range b.pending {
		b.pending[i].draft = alias[b.pending[i].draft]
	}
	// The sorts order keys that hold what they compare, not indices of
	// drafts: a comparison then reads no draft through its pointer. The
	// drafts not merged into another are found and their keys made in one
	// pass over alias.
	keys := make([]draftKey, len(b.drafts)-merged)
	k := 0
	for i, j := range alias {
		if j == i {
			d := b.drafts[i]
			keys[k] = draftKey{sec: d.iv.Earliest.Unix(), nsec: d.iv.Earliest.Nanosecond(), pos: d.pos, draft: i}
			k++
		}
	}
	// in text order; of the same place, in the order made (the index breaks
	// the tie, as a stable sort would)
	sortByPlace(keys)
	// The IDs e1, e2, ... are cut from one string written once, not
	// allocated one by one.
	joined, ends := numbered.Names("e", len(keys))
	ids := make([]string, len(b.drafts))
	start := int32(0)
	for n, k := range keys {
		ids[k.draft] = joined[start:ends[n]]
		start = ends[n]
	}
	// listed by earliest day; of the same day, in text order
	order := make([]int, len(keys))
	for k, key := range sortByDay(keys) {
		order[k] = key.draft
	}
	evs := make([]timeline.Event, 0, len(order))
	// The events' mention IDs share one array, each event's cut to its
	// own length, rather than one allocation an event.
	n := 0
	for _, di := range order {
		n += len(b.drafts[di].mentions)
	}
	allIDs := make([]string, n)
	for _, di := range order {
		d := b.drafts[di]
		var how string
		if d.own > 0 {
			// explained only now, for the events that were not merged
			// into another, and before the mentions' anchors are set
			how = b.explain(d.mentions[:d.own])
		}
		if d.anchor >= 0 {
			anchor := alias[d.anchor]
			how = relationHow(d.relation, ids[anchor], b.drafts[anchor].label)
			if d.inherited {
				how += ", the last dated event before this sentence, which gives no date of its own"
			}
		}
		mids := allIDs[:len(d.mentions):len(d.mentions)]
		allIDs = allIDs[len(d.mentions):]
		for k, mi := range d.mentions {
			mids[k] = b.ms[mi].ID
		}
		evs = evs[:len(evs)+1] // made with room for all, zeroed: written field by field in place
		e := &evs[len(evs)-1]
		e.ID, e.Label, e.Interval, e.Kind = ids[di], d.label, d.iv, d.kind
		e.Mentions, e.Sentence, e.How = mids, d.sentence, how
		e.Trigger, e.With, e.Reporter, e.Also, e.State = d.trigger, d.with, d.reporter, d.also, d.state
	}
	for _, f := range b.pending {
		b.ms[f.mention].Anchor = "event:" + ids[f.draft]
		b.ms[f.mention].Kind = timeline.KindRelative
	}
	return evs
}

// sortByPlace sorts keys made in the order of their drafts (draft
// ascending) by place, those of one place by draft. The keys are nearly in
// that order: a draft's place is most often after the one before it's. So
// each key is moved back past the keys before it of a later place, as an
// insertion sort does, in line; slices.SortFunc, given them so, still
// compared each key with the next by a call of the comparison, some 45
// instructions a key. Should the moves pass four a key, the sort is left
// to slices.SortFunc: a document whose drafts' places go down often would
// cost an insertion sort's square.
func sortByPlace(keys []draftKey) {
	budget := 4 * len(keys)
	for k := 1; k < len(keys); k++ {
		if keys[k].pos >= keys[k-1].pos {
			continue // in place: most
		}
		key := keys[k]
		j := k
		for ; j > 0 && keys[j-1].pos > key.pos; j-- {
			keys[j] = keys[j-1] // an earlier draft of the same place stays before
		}
		keys[j] = key
		if budget -= k - j; budget < 0 {
			slices.SortFunc(keys, func(x, y draftKey) int {
				if c := x.pos - y.pos; c != 0 {
					return c
				}
				return x.draft - y.draft
			})
			return
		}
	}
}

// splitBetweenDates cuts a clause between two of its dated mentions that
// name disjoint times when a new predicate or phrase starts between them:
// "He was convicted in March 2024 | of taking bribes between 2015 and 2019",
// "The city was founded around 750 BC | and reached its height in the 5th
// century BC". Each part is an event of its own; merged, the two times would
// make one wrong date or one span covering both. The cut is made only where
// the words after the first time open a new part ("and", "or", "then", a
// subject pronoun, a preposition) and say something (not only function
// words or amounts), so these stay one event: the ends of a range ("between
// 2015 and 2019", "from March to May"), a comparison ("fell to $3 million
// from $4 million a year ago", "rose over 1988"), a time that names a noun
// ("his 1990 projection"), a time between subject and verb ("The court
// Friday rejected objections ... in 1988"), "the quarter ended July 31", and
// the vague "now". The part after the cut starts past its prepositions,
// which belong with the first part's verb. It returns the sentence's
// clauses, cut, and sets them as its clauses (b.cur.cls).
func (b *builder) splitBetweenDates() []clause {
	mentions, toks, cls, first, last := b.cur.mentions, b.cur.toks, b.cur.cls, b.cur.first, b.cur.last
	if len(mentions) < 2 {
		return cls // a cut falls between two dated mentions (most sentences have one)
	}
	var cuts []int // token indices where a new clause starts, ascending
	prev := -1     // index into mentions of the last dated mention
	for i, mi := range mentions {
		m := &b.ms[mi]
		if !placeable(m) || first[i] >= last[i] || strings.HasSuffix(m.Value, "_REF") {
			continue
		}
		if prev >= 0 && b.cutsBetween(toks, cls, mentions[prev], mi, first, last, prev, i) {
			k := last[prev]
			for k < first[i] && toks[k].word && toks[k].cls.Has(lex.Preposition) {
				k++
			}
			cuts = append(cuts, k)
		}
		prev = i
	}
	if len(cuts) == 0 {
		return cls
	}
	out := make([]clause, 0, len(cls)+len(cuts))
	c := 0
	for _, cl := range cls {
		from := cl.from
		for c < len(cuts) && cuts[c] < cl.to {
			if cuts[c] > from {
				out = append(out, clause{from, cuts[c]})
				from = cuts[c]
			}
			c++
		}
		out = append(out, clause{from, cl.to})
	}
	b.cur.cls = out
	return out
}

// cutsBetween reports whether splitBetweenDates cuts between the dated
// mentions a (token range first[p]:last[p]) and m (first[i]:last[i]).
func (b *builder) cutsBetween(toks []token, cls []clause, a, m int, first, last []int, p, i int) bool {
	if last[p] >= first[i] || normalized(b.ms[a].Interval).Overlaps(normalized(b.ms[m].Interval)) ||
		clauseOf(toks, cls, toks[first[p]].Start) != clauseOf(toks, cls, toks[first[i]].Start) ||
		isPremodifier(toks, first[p], last[p]) || isPremodifier(toks, first[i], last[i]) ||
		isPossessiveAfter(b.text, b.ms[a].End) {
		return false
	}
	opener := toks[last[p]]
	if !opener.word || !(opener.cls.Has(lex.PartOpener) || opener.cls.Has(lex.SubjectPronoun) ||
		opener.cls.Has(lex.Preposition) && !opener.cls.Has(lex.ComparisonWord)) {
		return false
	}
	content := false
	for k := last[p]; k < first[i]; k++ {
		t := toks[k]
		if t.cls.Has(lex.ComparisonWord) {
			return false
		}
		if t.word && !t.cls.AnyBits(notContentBits&word0, notContentBits>>64&word0, notContentBits>>128) && !isAmount(t.text) {
			content = true
		}
	}
	return content
}

// mayRelate reports whether a sentence with no time of its own could still
// hold a relative phrase: with no mention, the only one findRelatives finds
// is an adverb of a window followed by a relation word ("shortly after the
// vote", windowRelative), so mayRelate asks for a lex token that is a
// window adverb with one after it that is a relation word, both inside the
// span. A sentence with a relation word alone ("after the talks") was read
// whole before, to find nothing: some 170 sentences a megabyte of news.
//
// The sentence's words are its lex tokens, or several glued together
// (sentenceTokens) and looked up whole: no word of several lex tokens is
// listed as a window adverb or a relation word, which are plain words
// ("shortly", "after"), so a pair of them among the sentence's words is a
// pair of lex tokens. TestMayRelateAtEveryPlace (random texts, words glued
// and not) and TestMayRelateAsksEveryWord (the TimeBank sentences) hold it
// to findRelatives: nothing is found where it answers false.
func (b *builder) mayRelate(span timeline.Span) bool {
	tt, lx := b.tt, b.lx
	// Most sentences are read here to their end, and none of their words
	// is a window adverb: the loops ask the class as a constant, which the
	// compiler tests as a single bit.
	// The tokens are read from a slice of them, which needs no bounds
	// check, each once as the number it is.
	i := b.firstToken(span)
	rest := tt.Tokens[i:]
	for {
		// Four tokens a round while the fourth starts inside the span
		// (and so do the three before it), by the union of their
		// classes: one test of the end and of the class for four. The
		// round that holds a window adverb is read again by the loop
		// after, one token at a time. The rounds step an index bounded by
		// len(rest)-4, which the compiler sees keeps the four in the
		// slice: no check of its length but the loop's own, and an add a
		// round, where moving rest on (rest = rest[4:]) cost six
		// instructions to keep its pointer inside its array.
		k := 0
		for ; k <= len(rest)-4; k += 4 {
			r := (*[4]lex.Token)(rest[k:])
			if r[3].Start() >= span.End {
				break
			}
			c := lx.EntryOf(r[0]).Classes.Union(lx.EntryOf(r[1]).Classes).
				Union(lx.EntryOf(r[2]).Classes).Union(lx.EntryOf(r[3]).Classes)
			if c.Has(lex.WindowAdverb) {
				break
			}
		}
		rest, i = rest[k:], i+k // from the first token the rounds did not pass
		k = 0
		for ; k < len(rest) && rest[k].Start() < span.End; k++ {
			if lx.EntryOf(rest[k]).Has(lex.WindowAdverb) {
				break
			}
		}
		if k == len(rest) || rest[k].Start() >= span.End {
			b.at = i + k // the next sentence starts here or after
			return false
		}
		// a window adverb: a relation word after it?
		if k+1 < len(rest) {
			if e := lx.EntryOf(rest[k+1]); (e.Has(lex.AfterWord) || e.Has(lex.BeforeWord)) && tt.End(i+k+1) <= span.End {
				return true
			}
		}
		rest, i = rest[k+1:], i+k+1
	}
}

// isAmount reports whether a word is a number or a sum: "$29.75", "4.1",
// "21%". Small enough to be put in line: the rules ask it of most words.
func isAmount(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return startsAmount(w)
	}
	return amountOpeners[w[0]]
}

// amountOpeners are the ASCII bytes an amount opens with: a digit or "$".
var amountOpeners = [256]bool{'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true, '$': true}

func startsAmount(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || strings.ContainsRune("$£€", r)
}

// mergeRepeats finds the events the document reports twice, in different
// sentences (a lead repeated further down, a photo caption and the
// paragraph it illustrates): the same trigger (by stem), the same dates and
// a word of the label in common besides the trigger ("Summit opened in
// Geneva" and "Summit opened"; "Stocks fell" and "Bonds fell" stay two).
// The later draft joins the earlier one, its sentence kept in also. It
// returns for each draft the draft it now is, and how many were merged
// into another.
func (b *builder) mergeRepeats() (alias []int, merged int) {
	alias = make([]int, len(b.drafts))
	// Each key's first draft (firsts), and the drafts of one key that stay
	// themselves chained in their order (next; tail is a chain's last):
	// a slice for each key cost an allocation when made and most when
	// grown.
	firsts := newRepeatTable(len(b.drafts))
	links := make([]int, 2*len(b.drafts)) // 0 ends a chain: a draft's next comes after it
	next, tail := links[:len(b.drafts)], links[len(b.drafts):]
	var stems [][]string // each draft's label words, found once
	var found []bool
	var pool []string // the stems of all of them, one backing array: a label has a few
	// labelWords returns draft i's stems, found now
	labelWords := func(i int) []string {
		at := len(pool)
		pool = b.labelStems(pool, b.drafts[i].label, b.drafts[i].stem)
		return pool[at:len(pool):len(pool)]
	}
	for i := range b.drafts {
		alias[i] = i
		d := b.drafts[i]
		if d.stem == "" || d.iv.IsZero() || d.anchor >= 0 {
			continue
		}
		head := firsts.first(b.drafts, i)
		if head == i {
			tail[i] = i
			continue
		}
		// Each draft's stems are found when first compared with a label
		// not its own word for word, in the loop (a closure's call for
		// each of the two labels of the ~2,000 pairs compared a megabyte
		// of news cost more than its work). Two labels the same word for
		// word, as a repeated lead's are (the key holds the trigger's
		// stem, the rest of what labelStems reads), have the same stems,
		// and similar finds such a pair alike when it has any: asked
		// that, hasStem stops at the first (1.4 words a label read, most
		// often its first), where all of them were found: some 1,200 of
		// the ~2,000 pairs a megabyte of news are such, and most of
		// their labels are compared with no other.
		merged := false
		for j := head; ; j = next[j] {
			if e := b.drafts[j]; e.sentence != d.sentence {
				if stems == nil {
					stems, found = make([][]string, len(b.drafts)), make([]bool, len(b.drafts))
				}
				var alike bool
				switch {
				case d.label != e.label:
					if !found[j] {
						stems[j], found[j] = labelWords(j), true
					}
					if !found[i] {
						stems[i], found[i] = labelWords(i), true
					}
					alike = similar(stems[j], stems[i])
				case found[j]:
					alike = len(stems[j]) > 0
				case found[i]:
					alike = len(stems[i]) > 0
				default:
					alike = b.hasStem(d.label, d.stem)
				}
				if alike {
					alias[i] = j
					merged = true
					break
				}
			}
			if next[j] == 0 {
				break
			}
		}
		if !merged {
			next[tail[head]], tail[head] = i, i
		}
	}
	return alias, b.joinRepeats(alias, links)
}

// repeatTable keeps mergeRepeats' first draft of each key: the trigger's
// stem, the Unix seconds of the dates' ends, and whether the draft is a
// state (a state is never the retelling of a happening). It is open
// addressed, as stemTable is, in a power of two slots at least twice the
// drafts, so that at most half are taken and a key is most often found in
// the first slot read. A Go map with the key as a struct hashed it by
// calls for the string and the rest, some 190 instructions a lookup and
// 270 an insert (2,500 and 1,050 a megabyte of news). A slot holds the
// draft, whose key is read from it.
type repeatTable struct {
	slots []int32 // a key's first draft plus one (0: empty), in the first slot from its hash's on that is empty or its own
	shift uint8   // 64 less the bits of a slot's index: the hash's top bits pick it
}

// newRepeatTable makes room for the keys of n drafts.
func newRepeatTable(n int) repeatTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return repeatTable{make([]int32, size), uint8(64 - bits.TrailingZeros(uint(size)))}
}

// first returns the first draft of drafts[i]'s key that t holds, or
// keeps i as the key's first and returns i when it holds none. Each draft
// is put at most once, and no more than t was made for.
func (t *repeatTable) first(drafts []*draft, i int) int {
	d := drafts[i]
	earliest, latest := d.iv.Earliest.Unix(), d.iv.Latest.Unix()
	mask := uint64(len(t.slots) - 1)
	for j := repeatHash(d.stem, earliest, latest) >> t.shift; ; j = (j + 1) & mask {
		s := &t.slots[j&mask]
		if *s == 0 {
			*s = int32(i + 1)
			return i
		}
		if e := drafts[*s-1]; e.stem == d.stem && e.state == d.state &&
			e.iv.Earliest.Unix() == earliest && e.iv.Latest.Unix() == latest {
			return int(*s - 1)
		}
	}
}

// repeatHash hashes a repeatTable's key but its state: the stem by its
// length and its first and last bytes, and the dates' seconds, one
// multiplied by a large odd number, as hashEnds does, then all of it by
// another, which carries every bit into the top ones the index is taken
// from. Keys that meet (the same but for the state, few; stems alike but
// for their middle on the same dates) cost a slot more to read, not a
// wrong answer; and a key's twin of the other state always lies in its
// way, so that its test (TestRepeatTableAsMap) tells the state apart.
func repeatHash(stem string, earliest, latest int64) uint64 {
	const k0, k1 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := uint64(len(stem))
	if len(stem) > 0 {
		h |= uint64(stem[0])<<32 | uint64(stem[len(stem)-1])<<40
	}
	return (h ^ uint64(earliest)*k0 ^ uint64(latest)) * k1
}

// joinRepeats adds to each draft the mentions and the retelling of the
// drafts merged into it (alias[i] != i), in their order, as mergeRepeats
// found them. The lists are counted first, and cut to size from two arrays
// made once, rather than grown by append one draft at a time: most of the
// events merged into take one or two. counts has room for two numbers a
// draft; what it holds is overwritten. It reads alias twice: once to count,
// once to cut each draft's room, when the first draft merged into it is
// met, and fill it (four passes, two over all the drafts, cost some 26 K
// instructions more a megabyte of news). It returns how many drafts were
// merged into another.
func (b *builder) joinRepeats(alias, counts []int) int {
	tells, more := counts[:len(alias)], counts[len(alias):2*len(alias)] // retellings and mentions merged into each draft
	clear(tells)
	clear(more)
	nTells, nMentions := 0, 0
	for i, j := range alias {
		if j != i {
			if tells[j] == 0 {
				nMentions += len(b.drafts[j].mentions) // its own, once
			}
			n := len(b.drafts[i].mentions)
			tells[j]++
			more[j] += n
			nMentions += n
			nTells++
		}
	}
	if nTells == 0 {
		return 0
	}
	mentions := make([]int, nMentions)
	also := make([]timeline.Retelling, nTells)
	// the appends fill the room made for them: each draft's lists end where
	// the next one's begin
	for i, j := range alias {
		if j != i {
			e, d := b.drafts[j], b.drafts[i]
			if n := tells[j]; n > 0 { // the first draft merged into e: its room, cut once
				size := len(e.mentions) + more[j]
				e.mentions = mentions[:copy(mentions, e.mentions):size]
				mentions = mentions[size:]
				e.also, also = also[:0:n], also[n:]
				tells[j] = 0
			}
			e.mentions = append(e.mentions, d.mentions...)
			e.also = append(e.also, timeline.Retelling{Sentence: d.sentence, Trigger: d.trigger})
		}
	}
	return nTells
}

// labelStems appends to out the stems of a label's content words but the
// trigger's (stem), which similar compares. A label in ASCII, as most
// are, is split at ASCII white between in one pass here rather than by
// strings.Fields, whose every word costs a call; a label with a byte
// beyond ASCII is read again by strings.Fields.
func (b *builder) labelStems(out []string, label, stem string) []string {
	from := len(out) // each stem once; a label has a few words, fewer than a map would pay for
	for i := 0; ; {
		a, z, stop := nextLabelWord(label, i)
		if stop != inWord {
			if stop == between {
				return out
			}
			out = out[:from]
			for w := range strings.FieldsSeq(label) {
				out = b.addStem(out, from, w, stem)
			}
			return out
		}
		// (addStem and stemmed, written out: a call a word showed)
		s, at, ok := b.stems.get(label[a:z])
		if !ok {
			s = b.stemAnew(label[a:z], at)
		}
		if s.content && s.stem != stem && !slices.Contains(out[from:], s.stem) {
			out = append(out, s.stem)
		}
		i = z
	}
}

// hasStem reports whether labelStems finds any stem in label, as
// len(b.labelStems(nil, label, stem)) > 0: whether a word of it is a
// content word whose stem is not stem. It stops at the first such word.
func (b *builder) hasStem(label, stem string) bool {
	for i := 0; ; {
		a, z, stop := nextLabelWord(label, i)
		if stop != inWord {
			if stop == between {
				return false
			}
			for w := range strings.FieldsSeq(label) {
				if s := b.stemmed(w); s.content && s.stem != stem {
					return true
				}
			}
			return false
		}
		if s := b.stemmed(label[a:z]); s.content && s.stem != stem {
			return true
		}
		i = z
	}
}

// nextLabelWord finds the next word of label from i for labelStems and
// hasStem, which split a label alike: it passes the ASCII white space from
// i and returns the word's bounds, label[a:z], and what stopped it: inWord
// for a word of ASCII, ended by white space or the end of the label;
// between for the end of the label, with no word left (a == z); or
// beyondASCII for a word that runs into a byte beyond ASCII (or begins
// with one), when the label is read again by strings.Fields, whose white
// space that byte may begin. One answer, not a flag and the test a == z,
// costs the callers one test a word. It is inlined in both: a call a word
// would cost more than the split.
func nextLabelWord(label string, i int) (a, z int, stop uint8) {
	n, j := uint(len(label)), uint(i) // unsigned, the reads need no bounds check
	for j < n && labelBytes[label[j]] == between {
		j++
	}
	for k := j; k < n; k++ {
		if c := labelBytes[label[k]]; c != inWord {
			return int(j), int(k), c & beyondASCII // white space (between) ends an ASCII word
		}
	}
	if j == n {
		return int(j), int(j), between
	}
	return int(j), len(label), inWord
}

// addStem appends to out[from:] the stem of w, for labelStems, when w is a
// content word whose stem is not stem and not there yet.
func (b *builder) addStem(out []string, from int, w, stem string) []string {
	if s := b.stemmed(w); s.content && s.stem != stem && !slices.Contains(out[from:], s.stem) {
		out = append(out, s.stem)
	}
	return out
}

// labelBytes sorts the bytes of a label for labelStems: ASCII white space,
// bytes beyond ASCII and the rest, which make words.
var labelBytes = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = beyondASCII
		case asciiSpace(byte(c)):
			t[c] = between
		}
	}
	return t
}()

const ( // labelBytes' sorts
	inWord = iota
	between
	beyondASCII
)

// asciiSpace reports whether c is white space as unicode.IsSpace says of
// an ASCII byte: a space, or one of \t \n \v \f \r, which are in a row.
func asciiSpace(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

// stemmed returns what labelStems and a trigger ask of a word as written: the
// stem of its lower case, and whether it is a content word (no stop word
// or function word). The answers are kept: labels repeat their words, and
// a stem is dear to work out.
func (b *builder) stemmed(w string) stemmed {
	s, at, ok := b.stems.get(w)
	if ok {
		return s
	}
	return b.stemAnew(w, at)
}

// stemAnew is stemmed for a word not kept, which it keeps: labelStems
// asks the table itself, and only a word not kept costs it a second call.
// at is what get found of w: lowerWord and put read its ends from it.
func (b *builder) stemAnew(w string, at stemProbe) stemmed {
	lx := b.lx
	lw := b.lowerWord(w, at.a, at.z)
	e := lx.Lookup(lw)
	s := stemmed{lx.Rules().Stem(lw), !e.Has(lex.StopWord) && !e.Has(lex.FunctionWord)}
	// Sized for the document (labels bring about a new word per 300
	// bytes of news), grown as a long one asks for more.
	b.stems.put(w, s, len(b.text)/512, at)
	return s
}

// lowerWord returns w in lower case, as strings.ToLower does, for
// stemAnew: w itself when it has no capital, and for a word in ASCII with
// one ("Clinton", "NATO": a third of the words labels bring) a copy
// lowered into the label text's room (labelText, never reset), not into a
// string of its own, an allocation each. The stem kept is cut from it.
// A word of up to sixteen bytes (nearly all of its ~3,000 a megabyte of
// news) is tested whole, by its ends (wordEnds, which hold all of its
// bytes), for bytes beyond ASCII and for capitals (lower8 changes it): a
// test and a branch at each byte cost some fifteen instructions a byte.
// x and y are wordEnds(w), which the stem table read to look w up.
func (b *builder) lowerWord(w string, x, y uint64) string {
	if n := len(w); n > 0 && n <= 16 { // most: read whole, not a byte at a time
		const high = 0x8080808080808080 // x and y hold all of its bytes
		switch {
		case (x|y)&high != 0:
			return strings.ToLower(w)
		case lower8(x) == x && lower8(y) == y:
			return w
		}
		return lowerASCII(&b.labelText, w)
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		upper = upper || c-'A' <= 'Z'-'A'
	}
	if !upper {
		return w
	}
	return lowerASCII(&b.labelText, w)
}

// stemmed is what builder.stemmed knows of a word.
type stemmed struct {
	stem    string
	content bool
}

// maxStems bounds the words a stemTable keeps: a long document's words
// come and go.
const maxStems = 1 << 13

// stemTable keeps builder.stemmed's answers by the word as written, open
// addressed in an array of a power of two slots, at most half of them
// taken. A Go map did the same at twice the cost a word: its lookup and
// its insert are made for any key and any size, and labels and triggers
// ask some 11,000 words a megabyte of news. A slot holds its word's ends
// (wordEnds), which say what a word of up to sixteen bytes is (most are)
// with its length: such a word is found with no string compared.
type stemTable struct {
	slots []stemSlot // a word is in the first slot from its hash's on that is empty or its own
	shift uint8      // 64 less the bits of a slot's index: the hash's top bits pick it
	n     int        // the words kept
}

// stemSlot is a slot of a stemTable, empty when its word is "" (an empty
// word is never kept).
type stemSlot struct {
	word string
	a, z uint64 // wordEnds(word)
	stemmed
}

// wordEnds returns the first and the last eight bytes of w, or four for a
// word of four to seven bytes, or its first, middle and last byte for a
// shorter one: with its length, all of a word of up to sixteen bytes.
func wordEnds(w string) (a, z uint64) {
	switch n := len(w); {
	case n >= 8:
		return ascii.Load8(w), ascii.Load8(w[n-8:])
	case n >= 4:
		return uint64(ascii.Load4(w)), uint64(ascii.Load4(w[n-4:]))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16, 0
	}
	return 0, 0
}

// hashEnds hashes a word by its ends and length for a stemTable, whose
// index is the top bits: each is multiplied by a large odd number, which
// carries every bit of it into the top ones. A word longer than sixteen
// bytes is hashed by its ends alone: few words are, and one that meets
// another's hash costs a slot more to read, not a wrong answer.
func hashEnds(a, z uint64, n int) uint64 {
	const k0, k1, k2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
	h := (a*k0 ^ z) * k1
	return (h ^ h>>29 ^ uint64(n)) * k2
}

// stemProbe is what stemTable.get found of a word it does not keep: the
// empty slot where the word goes (free, for put; -1 with no slots) and
// its ends (wordEnds), which stemAnew then reads twice more, to lower the
// word and to fill its slot: wordEnds is a call of some fifteen
// instructions, for each of the ~3,100 words a megabyte of news stemAnew
// keeps.
type stemProbe struct {
	free int
	a, z uint64
}

// get returns what t keeps of the word w, or, when it keeps nothing, what
// it found of it (at, for put). The loop for a word of up to sixteen bytes
// compares no string, and calls nothing: its state stays in registers.
//
// wordEnds is written out here: too long for the compiler to put in line,
// its call and the reload of get's state after it cost some fifteen
// instructions for each of the ~11,500 words a megabyte of news asked.
func (t *stemTable) get(w string) (s stemmed, at stemProbe, ok bool) {
	var a, z uint64 // wordEnds(w)
	switch n := len(w); {
	case n > 16:
		return t.getLong(w)
	case n >= 8:
		a, z = ascii.Load8(w), ascii.Load8(w[n-8:])
	case n >= 4:
		a, z = uint64(ascii.Load4(w)), uint64(ascii.Load4(w[n-4:]))
	case n > 0:
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	if len(t.slots) == 0 || w == "" {
		return stemmed{}, stemProbe{-1, a, z}, false
	}
	slots, mask := t.slots, uint64(len(t.slots)-1)
	for i := hashEnds(a, z, len(w)) >> t.shift; ; i = (i + 1) & mask {
		s := &slots[i&mask]
		if len(s.word) == len(w) && s.a == a && s.z == z {
			return s.stemmed, stemProbe{}, true
		}
		if s.word == "" {
			return stemmed{}, stemProbe{int(i & mask), a, z}, false
		}
	}
}

// getLong is get for a word longer than sixteen bytes, whose ends do not
// say what it is.
func (t *stemTable) getLong(w string) (stemmed, stemProbe, bool) {
	a, z := wordEnds(w)
	if len(t.slots) == 0 {
		return stemmed{}, stemProbe{-1, a, z}, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := hashEnds(a, z, len(w)) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.word == w {
			return s.stemmed, stemProbe{}, true
		}
		if s.word == "" {
			return stemmed{}, stemProbe{int(i), a, z}, false
		}
	}
}

// put keeps s for the word w, which t does not hold. The first put makes
// room for about words words; when t holds maxStems, it lets them all go.
// at is what get found of w; at.free is the empty slot it stopped at, or
// -1: when t is neither made, cleared nor grown, w goes there, where
// insert would put it (the first empty slot from its hash on), with no
// hash worked out, slot read again or ends read again (at.a, at.z).
func (t *stemTable) put(w string, s stemmed, words int, at stemProbe) {
	switch {
	case w == "":
		return
	case len(t.slots) == 0:
		size := 16
		for size < 2*min(words, maxStems) {
			size *= 2
		}
		t.slots, t.shift = make([]stemSlot, size), uint8(64-bits.TrailingZeros(uint(size)))
	case t.n >= maxStems:
		clear(t.slots)
		t.n = 0
	case 2*(t.n+1) > len(t.slots):
		old := t.slots
		t.slots, t.shift, t.n = make([]stemSlot, 2*len(old)), t.shift-1, 0
		for i := range old {
			if old[i].word != "" {
				t.insert(old[i])
			}
		}
	case at.free >= 0:
		t.slots[at.free] = stemSlot{w, at.a, at.z, s}
		t.n++
		return
	}
	a, z := wordEnds(w)
	t.insert(stemSlot{w, a, z, s})
}

// insert puts slot into the first empty slot from its word's hash on.
func (t *stemTable) insert(slot stemSlot) {
	mask := uint64(len(t.slots) - 1)
	i := hashEnds(slot.a, slot.z, len(slot.word)) >> t.shift
	for t.slots[i].word != "" {
		i = (i + 1) & mask
	}
	t.slots[i] = slot
	t.n++
}

// similar reports whether two labels tell the same happening, given their
// content words besides the trigger (labelStems): they share some, at
// least half of the shorter label's ("Summit opened in Geneva", "Summit
// opened"; not "Officials said talks failed", "Officials said prices
// rose").
//
// The answer is given as soon as the words shared so far, or those that
// could still be, decide it: most pairs compared share a word or none.
func similar(wx, wy []string) bool {
	need := (min(len(wx), len(wy)) + 1) / 2 // 2*shared >= the shorter length; with none, no word is shared
	shared := 0
	for i, w := range wx {
		if slices.Contains(wy, w) {
			if shared++; shared >= need {
				return true
			}
		} else if shared+len(wx)-1-i < need {
			return false
		}
	}
	return false
}

// personPronoun reports whether the word w, as written, is listed as a
// person pronoun ("He", "she"). None is longer than maxPersonPronoun bytes,
// and an ASCII word lowers to as many: a longer ASCII word, as the first
// word of most labels is, is not looked up (namePerson asks it of every
// label). A shorter word is answered from shortPronoun when it was asked
// before (see shortPronouns), and looked up and kept there when not.
func (b *builder) personPronoun(w string) bool {
	n := len(w)
	if n > maxPersonPronoun && (n <= 8 && asciiHalves(w) || n > 8 && ascii.Only(w)) {
		return false
	}
	if n == 0 || n > maxPersonPronoun { // beyond ASCII, lowered, it may be shorter
		return lookupWritten(b.lx, w).Has(lex.PersonPronoun)
	}
	const yes = 1 << 31 // no key reaches it: the length takes bits 24 and 25
	key := uint32(n)<<24 | uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16
	slot := &b.shortPronoun[(key*0x9E3779B1)>>25]
	if *slot&^yes == key {
		return *slot&yes != 0
	}
	ok := lookupWritten(b.lx, w).Has(lex.PersonPronoun)
	*slot = key
	if ok {
		*slot |= yes
	}
	return ok
}

// shortPronouns keeps personPronoun's answers for words of one to
// maxPersonPronoun bytes, by the word as written, for the builder's
// lexicon: such a word (a label's "He", "It", "Mr", "Net", "FBI", ~620 a
// megabyte of news, some 90 of them different) was looked up each time
// (lookupWritten, ~200 instructions). A slot holds a word's key, with the
// answer in its top bit: the word's length over its first, middle and
// last bytes, which are all its bytes; 0, which no word's key is, when
// empty. A word whose slot holds another's key is looked up and takes the
// slot.
type shortPronouns [128]uint32

// asciiHalves reports whether w, of four to eight bytes, is all ASCII, by
// its two four-byte halves, as ascii.Only tests them: put in line, with
// no call and its length switch, for the words of that length (most)
// isPersonPronoun asks. A test of each byte cost it three times as much.
func asciiHalves(w string) bool {
	return (ascii.Load4(w)|ascii.Load4(w[len(w)-4:]))&0x80808080 == 0
}

// plainWords reports whether s is ASCII words joined by single spaces, with
// none before or after them: then strings.Fields(s) is s cut at each
// space.
func plainWords(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || asciiSpace(c) && (c != ' ' || s[i+1] == ' ') {
			return false // (s[i+1]: no space ends s)
		}
	}
	return true
}

// firstWords appends to buf the words of s (plainWords) up to cap(buf).
func firstWords(s string, buf []string) []string {
	for len(buf) < cap(buf) {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return append(buf, s)
		}
		buf, s = append(buf, s[:i]), s[i+1:]
	}
	return buf
}

// maxPersonPronoun is the length of the longest word listed as a person
// pronoun: "she".
const maxPersonPronoun = len("she")

// namePerson replaces "He" or "She" opening a label with the person the
// event before it names as its subject ("So Saddam Hussein on Friday tried
// to scare ... Then yesterday, he tried to entice ...": "Saddam Hussein
// tried to entice Arab leaders"), as a reader takes the pronoun. Only a
// subject written as a name (capitalised words) is lent.
func (b *builder) namePerson(label string) string {
	sp := strings.IndexByte(label, ' ') // (strings.Cut, which searches for a string, costs twice as much)
	if sp < 0 || len(b.drafts) == 0 || !b.personPronoun(label[:sp]) {
		return label
	}
	rest, last := label[sp+1:], b.drafts[len(b.drafts)-1].label
	// Labels are words joined by single spaces, nearly all (plainWords):
	// then the name is cut from the last label and the rest kept as it
	// is, where strings.Fields and strings.Join made a slice and a string
	// of each.
	plain := plainWords(last) && plainWords(rest)
	var prev []string
	if plain {
		var firstBuf [4]string // the rule reads the first four words at most
		prev = firstWords(last, firstBuf[:0])
	} else {
		prev = strings.Fields(last)
	}
	n := 0
	notName := lex.Of(lex.SubjectPronoun, lex.BornWord, lex.IrregularPast, lex.PastForm, lex.ParticipleForm, lex.FunctionWord)
	for n < len(prev) && n < 3 && !isLowerWord(prev[n]) && !isNumber(prev[n]) &&
		!b.lx.Classes(prev[n], strings.ToLower(prev[n])).Any(notName) {
		n++
	}
	if n == 0 || n == len(prev) || !isLowerWord(prev[n]) || strings.HasSuffix(prev[n-1], ":") {
		return label // no name opens it, or the whole label is a name
	}
	if plain && n+strings.Count(rest, " ")+1 <= maxLabelWords {
		end := n - 1 // the name's words and the spaces between them
		for _, w := range prev[:n] {
			end += len(w)
		}
		return last[:end] + " " + rest
	}
	name := strings.Join(prev[:n], " ")
	words := strings.Fields(rest)
	if len(words)+n > maxLabelWords {
		words = words[:max(0, maxLabelWords-n)]
		// a cut label ends on a word that says something, not on "from"
		for len(words) > 1 && isLowerWord(words[len(words)-1]) &&
			b.lx.Classes(words[len(words)-1], words[len(words)-1]).Has(lex.FunctionWord) {
			words = words[:len(words)-1]
		}
	}
	return name + " " + strings.Join(words, " ")
}
