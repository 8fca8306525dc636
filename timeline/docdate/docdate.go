// Package docdate finds when a document was written by weighing the
// evidence it gives: the dates its file declares (HTML metadata, front
// matter), bylines and timestamps near the top ("January 20, 2016 / 3:36
// PM", "Published 3 March 2024", "Updated: ..."), a dateline in the first
// screenful after any navigation text ("ZURICH, Jan 20 (Reuters) -"), a
// photo caption's date, a date in the file name or in a URL in the text,
// and, as a weak cue, the latest date the text states. It refuses the
// entries of a chronology ("September 23, 1889: the company is founded")
// and the headings of "this day in history" pages. A dateline without a
// year takes it from a full date beside it; the file's modification time is
// the last resort, and the result says so.
//
// The finder returns every candidate with a confidence, so that a reader
// can be shown what was seen and asked when nothing is sure enough.
package docdate

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
)

// Input is what the finder weighs.
type Input struct {
	// Name is the file's path; a date in its base name is evidence.
	Name string
	// Text is the document's readable text.
	Text string
	// Metadata are the dates the file declares about itself (HTML meta,
	// JSON-LD, front matter), most trusted first.
	Metadata []time.Time
	// Bylines are lines of the page the reader left out of Text as page
	// furniture (an HTML byline or dateline element): evidence all the same.
	Bylines []string
	// FileTime is the file's modification time; zero when unknown.
	FileTime time.Time
	// Lines are Text's lines as Lines cuts them, when the caller has cut
	// them already (package ingest does, to find paragraphs), so that a
	// text is not cut twice; nil: Find cuts them.
	Lines []timeline.Span
}

// Result is the finder's verdict.
type Result struct {
	// Date is the chosen date, zero when no candidate reaches
	// MinConfidence; Source says where it came from (DateUnknown then).
	Date       time.Time
	Source     timeline.DateSource
	Confidence float64
	// Candidates are the dates seen, most likely first, the chosen one
	// first when there is one; dates that several pieces of evidence agree
	// on appear once, with the confidence of all of them.
	Candidates []timeline.DateCandidate
	// Rejected are dates seen and refused as a document date, with why.
	Rejected []Rejection
}

// Rejection is a date the finder saw and refused.
type Rejection struct {
	Date     time.Time // zero when the date was incomplete (a dateline with no year)
	Evidence string
	Reason   string
}

// MinConfidence is how sure the finder must be to take a date without
// asking: a weak cue alone (the latest date in the text, the file's time)
// stays below it.
const MinConfidence = 0.5

// The confidence each kind of evidence carries on its own. They are
// combined when several agree, and lowered when a strong one disagrees.
const (
	confMetadata     = 0.95 // the page says so in its markup
	confPublished    = 0.9  // "Published 3 March 2024", "By Jane Doe | March 5, 2025"
	confTimestamp    = 0.8  // a line that is a date and a time and nothing else
	confUpdated      = 0.75 // "Updated: ...": a revision, a little after the writing
	confFooter       = 0.7  // a labelled date at the bottom: "Page updated June 12, 2023"
	confDateline     = 0.85 // "ZURICH, Jan 20 (Reuters) -"
	confBareDateline = 0.65 // "Jan. 2, 2026 —": could open a chronology entry as well
	confYearFromFile = 0.55 // a dateline whose year only the file's time gives
	confFileName     = 0.7
	confURLEdge      = 0.65 // a URL at the top or bottom: likely the page's own
	confURLBody      = 0.45 // a URL in the body: often a link to another story
	confCaption      = 0.6  // a photo is mostly taken the day the story is written
	confLatestInText = 0.3
	confFileTime     = 0.15
	// ambiguousOrder lowers a byline written in numbers whose day and
	// month could swap ("12/03/2024"): still chosen, but offered as a guess
	ambiguousOrder     = 0.25
	weekdayMismatch    = 0.3  // taken off when the weekday printed beside a date is not its own
	rivalWeight        = 0.25 // how much a disagreeing candidate takes off the best one
	sameDateTolerance  = 2    // days within which two candidates agree
	futureToleranceDay = 2    // days a date may lie after the file was saved (time zones)
)

// maxEvidenceRunes is the longest quote of a line kept as evidence.
const maxEvidenceRunes = 90

// Find weighs the evidence in in and returns the document's date.
func Find(in Input) Result {
	return newFinder(in).find()
}

// find gathers the evidence of f's input and weighs it.
func (f *finder) find() Result {
	in := f.in
	for _, t := range in.Metadata {
		f.add(timeline.DateCandidate{Date: t, Source: timeline.DateFromMetadata, Confidence: confMetadata})
	}
	f.findBylines()
	f.findFileName()
	f.findURLs()
	f.findDatelines()
	f.findLatest()
	if !in.FileTime.IsZero() {
		f.add(timeline.DateCandidate{Date: timeline.Truncate(in.FileTime), Source: timeline.DateFromFileTime,
			Confidence: confFileTime, Note: "the file's modification time: when it was saved, not necessarily written"})
	}
	return f.weigh()
}

// finder holds the evidence gathered so far.
type finder struct {
	in       Input
	lines    []line
	top      int // lines[:top] are the first screenful, after any navigation
	bottom   int // lines[bottom:] are the last few lines
	entries  int // lines that open like a chronology entry ("1902: ...", "23 Apr – ...")
	years    []int
	runs     []int        // where the runs of four digits are in the text's first maxScan bytes (fourDigitRuns)
	dates    [][]fullDate // the full dates of each line, nil until read (datesOf)
	used     map[int]bool // lines whose date is already evidence
	cands    []timeline.DateCandidate
	rejected []Rejection
}

// line is one non-empty line of the text, trimmed.
type line struct {
	text string
	span timeline.Span
}

// firstScreenLines is the least the top region spans, however soon prose
// starts; maxTopLines the most, however long the navigation.
const (
	firstScreenLines  = 8
	maxTopLines       = 80
	linesAfterProse   = 3
	bottomLines       = 4
	proseWords        = 12
	proseRunes        = 120
	maxBylineResidue  = 2 // words a byline may hold besides date, time, labels and author
	maxAuthorWords    = 4
	laterYearsToBreak = 3 // later years that show a date-first line opens a history, not a story
	// maxScan bounds the text read for the weak cues (chronology entries,
	// years, the latest date): far longer than any article, so a 20 MB file
	// costs no more than an article does.
	maxScan = 256 << 10
)

func newFinder(in Input) *finder {
	spans := in.Lines
	if spans == nil {
		spans = Lines(in.Text)
	}
	return finderOf(in, readLines(in.Text, spans))
}

// readLines returns the lines of text (cut at spans) that a finder reads,
// trimmed, the empty ones left out: the first maxTopLines, those that begin
// within maxScan bytes, and the last bottomLines. Those between, in a text
// longer than maxScan, would be read by no cue (findBylines and findURLs
// pass over the lines between the top and the bottom, the others read the
// first maxScan bytes), and are not made: with them, a long text's lines
// and their dates took more memory than its sentences.
func readLines(text string, spans []timeline.Span) []line {
	trimmed := func(l timeline.Span) line {
		t, lead := trimLine(text[l.Start:l.End])
		return line{text: t, span: timeline.Span{Start: l.Start + lead, End: l.Start + lead + len(t)}}
	}
	// room for what is read: the spans that begin within maxScan bytes, the
	// top ones and the bottom ones (grown a quarter at a time, a long
	// text's lines took five times their size)
	n, _ := slices.BinarySearchFunc(spans, maxScan, func(l timeline.Span, off int) int { return cmp.Compare(l.Start, off) })
	out := make([]line, 0, min(len(spans), n+maxTopLines+bottomLines))
	i := 0
	for ; i < len(spans); i++ {
		l := trimmed(spans[i])
		if l.text == "" {
			continue
		}
		if len(out) >= maxTopLines && l.span.Start >= maxScan {
			break // and so are all after it
		}
		out = append(out, l)
	}
	prefix := len(out)
	for j := len(spans) - 1; j >= i && len(out)-prefix < bottomLines; j-- {
		if l := trimmed(spans[j]); l.text != "" {
			out = append(out, l)
		}
	}
	slices.Reverse(out[prefix:])
	return out
}

// finderOf returns a finder of in that reads lines.
func finderOf(in Input, lines []line) *finder {
	f := &finder{in: in, used: map[int]bool{}, lines: lines}
	f.top = min(len(f.lines), maxTopLines)
	for i, l := range f.lines {
		if isProse(l.text) {
			f.top = min(len(f.lines), max(i+1+linesAfterProse, firstScreenLines), maxTopLines)
			break
		}
	}
	f.bottom = max(f.top, len(f.lines)-bottomLines)
	for _, l := range f.scanned() {
		if opensEntry(l.text) {
			f.entries++
		}
	}
	scan := in.Text[:min(len(in.Text), maxScan)]
	f.runs = fourDigitRuns(scan)
	f.years = textYears(scan, f.runs)
	return f
}

// trimLine returns s trimmed of spaces and where in s that begins. Most
// lines begin and end with an ASCII byte that is not a space, and are
// their own trimmed text, with no call.
func trimLine(s string) (t string, lead int) {
	if s == "" || mayBeSpace(s[0]) || mayBeSpace(s[len(s)-1]) {
		t = strings.TrimSpace(s)
		return t, strings.Index(s, t)
	}
	return s, 0
}

// mayBeSpace reports whether b is, or may begin or end, a rune that
// unicode.IsSpace takes: an ASCII space or control byte, or a byte
// beyond ASCII.
func mayBeSpace(b byte) bool { return b <= ' ' || b >= utf8.RuneSelf }

// scanned returns the lines within the first maxScan bytes.
func (f *finder) scanned() []line {
	n, _ := slices.BinarySearchFunc(f.lines, maxScan, func(l line, off int) int { return cmp.Compare(l.span.Start, off) })
	return f.lines[:n]
}

// datesOf returns the full dates of line i, read once: the bylines and the
// latest date look at the same lines.
func (f *finder) datesOf(i int) []fullDate {
	if f.dates == nil {
		f.dates = make([][]fullDate, len(f.lines))
	}
	if f.dates[i] == nil {
		f.dates[i] = f.fullDates(f.lines[i])
		if f.dates[i] == nil {
			f.dates[i] = []fullDate{}
		}
	}
	return f.dates[i]
}

// fullDates returns the full dates of l, found from the runs of four
// digits of the text when l lies within the first maxScan bytes, as most
// lines read do.
func (f *finder) fullDates(l line) []fullDate {
	if l.span.End > maxScan {
		return allFullDates(l.text)
	}
	from, _ := slices.BinarySearch(f.runs, l.span.Start)
	to := from
	for to < len(f.runs) && f.runs[to] < l.span.End {
		to++
	}
	return fullDatesAt(l.text, f.runs[from:to], l.span.Start)
}

// isProse reports whether a line reads as the story's prose rather than
// navigation, a headline or a byline: a long sentence.
func isProse(s string) bool {
	if !hasFields(s, proseWords) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’)", last) || utf8.RuneCountInString(s) >= proseRunes
}

// hasFields reports whether s holds at least n words apart, as
// strings.Fields splits it, without making the words.
func hasFields(s string, n int) bool {
	inWord := false
	for _, r := range s {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			if n--; n == 0 {
				return true
			}
			inWord = true
		}
	}
	return n <= 0
}

// asciiSpace are the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func (f *finder) add(c timeline.DateCandidate) {
	if c.Date.IsZero() {
		return
	}
	if !f.in.FileTime.IsZero() && c.Source != timeline.DateFromFileTime &&
		c.Date.After(timeline.Truncate(f.in.FileTime).AddDate(0, 0, futureToleranceDay)) {
		// a page cannot have been written after the file was saved
		c.Confidence /= 2
		c.Note = joinNote(c.Note, "later than the file's modification time")
	}
	f.cands = append(f.cands, c)
}

func (f *finder) reject(t time.Time, evidence, reason string) {
	f.rejected = append(f.rejected, Rejection{Date: t, Evidence: quote(evidence), Reason: reason})
}

// findBylines reads the top lines, the last lines and the furniture the
// reader set aside for timestamps, bylines and captions.
func (f *finder) findBylines() {
	for i, l := range f.lines {
		if i >= f.top && i < f.bottom {
			continue
		}
		f.bylineAt(i, l.text, l.span, i >= f.bottom)
	}
	for _, b := range f.in.Bylines {
		f.bylineAt(-1, strings.TrimSpace(b), timeline.Span{}, false)
	}
}

func (f *finder) bylineAt(i int, s string, span timeline.Span, footer bool) {
	var ds []fullDate
	if i >= 0 {
		ds = f.datesOf(i)
	} else {
		ds = allFullDates(s)
	}
	if len(ds) == 0 {
		return
	}
	d := ds[0]
	if isThisDayHeading(s) {
		f.reject(d.t, s, "a 'this day in history' heading")
		f.use(i)
		return
	}
	if endsSpan(s[:d.start]) || opensSpan(s[d.end:]) {
		// "Date: 1 July – 18 November 1916" in an encyclopedia's box: when
		// the thing happened, not when the page was written
		f.reject(d.t, s, "the end of a span of dates")
		f.use(i)
		return
	}
	if hasCredit(s) && !footer {
		f.add(timeline.DateCandidate{Date: d.t, Source: timeline.DateFromCaption, Evidence: quote(s),
			Span: span, Confidence: confCaption})
		f.use(i)
		return
	}
	if opensEntry(s) && f.entries >= 2 {
		return // left to findDatelines, which refuses chronology entries
	}
	words, label := bylineResidue(s, d)
	if words > maxBylineResidue {
		return
	}
	conf := confTimestamp
	switch {
	case label == labelPublished:
		conf = confPublished
	case label == labelUpdated:
		conf = confUpdated
	case label == labelAuthor:
		conf = confPublished
	}
	if footer {
		if label == labelNone {
			return // a bare date at the bottom is as likely a chronology's last line
		}
		conf = confFooter
	}
	c := timeline.DateCandidate{Date: d.t, Source: timeline.DateFromByline, Evidence: quote(s), Span: span, Confidence: conf}
	if d.ambiguous {
		c.Confidence -= ambiguousOrder
		c.Note = "month and day read in that order; the other order is possible"
		// the other reading is offered beside it
		other := timeline.Day(d.t.Year(), time.Month(d.t.Day()), int(d.t.Month()))
		f.add(timeline.DateCandidate{Date: other, Source: timeline.DateFromByline, Evidence: quote(s), Span: span,
			Confidence: c.Confidence - 0.05, Note: "day and month read in that order"})
	}
	if wd, ok := d.weekday(s); ok && wd != d.t.Weekday() {
		c.Confidence -= weekdayMismatch
		c.Note = fmt.Sprintf("the line says %s, but that day was a %s", wd, d.t.Weekday())
	}
	f.add(c)
	f.use(i)
}

func (f *finder) use(i int) {
	if i >= 0 {
		f.used[i] = true
	}
}

// findDatelines reads the datelines of the first screenful: "ZURICH, Jan 20
// (Reuters) -" after any navigation, "Jan. 2, 2026 —". A dateline without a
// year takes the year of a full date that agrees with it (a timestamp
// beside it, the file name, a URL, the metadata), else the file's time,
// and says which.
func (f *finder) findDatelines() {
	for i, l := range f.lines[:f.top] {
		if f.used[i] {
			continue
		}
		m, ok := matchDateline(l.text)
		if !ok || m.labelled && m.year != "" {
			continue // a "Published: ..." line with its year is a byline, read already
		}
		evidence := l.text[:m.end]
		if isThisDayHeading(l.text) {
			t, _ := m.date(0)
			f.reject(t, l.text, "a 'this day in history' heading")
			continue
		}
		conf := confDateline
		if !m.sourced {
			conf = confBareDateline
			if f.entries >= 2 {
				t, _ := m.date(0)
				f.reject(t, l.text, "an entry of a chronology")
				continue
			}
		}
		if m.year != "" {
			t, ok := m.date(0)
			if !ok {
				continue
			}
			if !m.sourced && f.laterYears(t.Year()) {
				f.reject(t, l.text, "the first entry of a history: the text goes on to later years")
				continue
			}
			f.add(timeline.DateCandidate{Date: t, Source: timeline.DateFromDateline, Evidence: quote(evidence),
				Span: timeline.Span{Start: l.span.Start, End: l.span.Start + m.end}, Confidence: conf})
			f.use(i)
			continue
		}
		t, note, ok := f.yearFor(m)
		if !ok {
			f.reject(time.Time{}, l.text, "a dateline without a year, and nothing gives one")
			continue
		}
		if note == noteFileTime {
			conf = min(conf, confYearFromFile)
		}
		f.add(timeline.DateCandidate{Date: t, Source: timeline.DateFromDateline, Evidence: quote(evidence),
			Span: timeline.Span{Start: l.span.Start, End: l.span.Start + m.end}, Confidence: conf, Note: note})
		f.use(i)
	}
}

const noteFileTime = "year from the file's modification time"

// yearFor gives a yearless dateline its year: that of the most trusted
// full date found so far within a week of it, else the latest year that
// puts it on or before the file's modification day.
func (f *finder) yearFor(m datelineMatch) (time.Time, string, bool) {
	byConf := slices.Clone(f.cands)
	slices.SortStableFunc(byConf, func(a, b timeline.DateCandidate) int { return cmp.Compare(b.Confidence, a.Confidence) })
	const week = 7 * 24 * time.Hour
	for _, c := range byConf {
		if c.Source == timeline.DateFromFileTime {
			continue
		}
		for _, y := range []int{c.Date.Year(), c.Date.Year() - 1, c.Date.Year() + 1} { // December datelines on January pages
			t, ok := m.date(y)
			if ok && t.Sub(c.Date).Abs() <= week {
				return t, "year from " + describeEvidence(c), true
			}
		}
	}
	if ft := f.in.FileTime; !ft.IsZero() {
		ref := timeline.Truncate(ft)
		for y := ref.Year(); y > ref.Year()-8; y-- { // 8 years reach a 29 February
			if t, ok := m.date(y); ok && !t.After(ref) {
				return t, noteFileTime, true
			}
		}
	}
	return time.Time{}, "", false
}

// describeEvidence names a candidate for a note: `"January 20, 2016 / 3:36 PM"`,
// "the file name", "the page's metadata".
func describeEvidence(c timeline.DateCandidate) string {
	switch c.Source {
	case timeline.DateFromMetadata:
		return "the page's metadata"
	case timeline.DateFromFileName:
		return "the file name"
	case timeline.DateFromURL:
		return "the URL in the text"
	}
	return fmt.Sprintf("%q", c.Evidence)
}

// laterYears reports whether the text goes on mostly to years after year:
// a date-first line that opens it is the first entry of a history.
func (f *finder) laterYears(year int) bool {
	later, other := 0, 0
	for _, y := range f.years {
		switch {
		case y > year+1:
			later++
		case y != year:
			other++
		}
	}
	return later >= laterYearsToBreak && later > 2*other
}

// findFileName reads a date in the file's base name: "2024-05-01-kursk.txt",
// "20190308_budget.txt".
func (f *finder) findFileName() {
	if f.in.Name == "" {
		return
	}
	base := filepath.Base(f.in.Name)
	if !hasDigits(base, 8) {
		return // both patterns want eight digits
	}
	if t, ok := compactOrSeparatedDate(base); ok {
		f.add(timeline.DateCandidate{Date: t, Source: timeline.DateFromFileName, Evidence: base, Confidence: confFileName})
	}
}

// hasDigits reports whether s holds at least n ASCII digits.
func hasDigits(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; i++ {
		if isDigit(s[i]) {
			n--
		}
	}
	return n <= 0
}

// findURLs reads dates in the URLs of the text: ".../2022/07/14/heat-...".
// A URL at the top or the bottom is likely the page's own; one in the body
// is as likely a link to another story.
func (f *finder) findURLs() {
	scanned := len(f.scanned())
	for i, l := range f.lines {
		if i >= scanned && i < f.bottom || !strings.Contains(l.text, "://") && !strings.Contains(l.text, "www.") {
			continue
		}
		for _, loc := range urlPattern().FindAllStringIndex(l.text, -1) {
			u := l.text[loc[0]:loc[1]]
			t, ok := urlDate(u)
			if !ok {
				continue
			}
			conf := confURLBody
			if i < f.top || i >= f.bottom {
				conf = confURLEdge
			}
			f.add(timeline.DateCandidate{Date: t, Source: timeline.DateFromURL, Evidence: u,
				Span: timeline.Span{Start: l.span.Start + loc[0], End: l.span.Start + loc[1]}, Confidence: conf})
		}
	}
}

// findLatest offers the latest full date the text states, outside the lines
// already read and the entries of a chronology: a story is mostly written
// soon after the last thing it reports.
func (f *finder) findLatest() {
	var best fullDate
	var bestSpan timeline.Span
	for i, l := range f.scanned() {
		if f.used[i] {
			continue
		}
		// the line is read as a heading or an entry only when one of its
		// dates is later than the best so far: a long line of a story
		// costs a search for each phrase of a heading
		ds := f.datesOf(i)
		if !slices.ContainsFunc(ds, func(d fullDate) bool { return d.t.After(best.t) }) ||
			isThisDayHeading(l.text) || f.entries >= 2 && opensEntry(l.text) {
			continue
		}
		for _, d := range ds {
			if d.t.After(best.t) {
				best, bestSpan = d, timeline.Span{Start: l.span.Start + d.start, End: l.span.Start + d.end}
			}
		}
	}
	if best.t.IsZero() {
		return
	}
	f.add(timeline.DateCandidate{Date: best.t, Source: timeline.DateFromText, Evidence: f.in.Text[bestSpan.Start:bestSpan.End],
		Span: bestSpan, Confidence: confLatestInText, Note: "the latest date the text states"})
}

// weigh merges candidates that agree, lowers the best when a strong one
// disagrees, and chooses.
func (f *finder) weigh() Result {
	res := Result{Source: timeline.DateUnknown, Rejected: f.rejected}
	// strongest first, so each group is represented by its best evidence
	cands := slices.Clone(f.cands)
	slices.SortStableFunc(cands, func(a, b timeline.DateCandidate) int { return cmp.Compare(b.Confidence, a.Confidence) })
	type group struct {
		rep  timeline.DateCandidate
		miss float64 // the chance that all its evidence is wrong
	}
	var groups []*group
	for _, c := range cands {
		var g *group
		for _, h := range groups {
			if days(h.rep.Date, c.Date) <= sameDateTolerance {
				g = h
				break
			}
		}
		if g == nil {
			groups = append(groups, &group{rep: c, miss: 1 - c.Confidence})
			continue
		}
		g.miss *= 1 - c.Confidence
	}
	for _, g := range groups {
		g.rep.Confidence = 1 - g.miss
	}
	slices.SortStableFunc(groups, func(a, b *group) int { return cmp.Compare(b.rep.Confidence, a.rep.Confidence) })
	for _, g := range groups[min(1, len(groups)):] {
		if g.rep.Source != timeline.DateFromFileTime { // the day it was saved is no rival
			groups[0].rep.Confidence *= 1 - rivalWeight*g.rep.Confidence
			break
		}
	}
	for _, g := range groups {
		g.rep.Confidence = float64(int(g.rep.Confidence*100+0.5)) / 100
		res.Candidates = append(res.Candidates, g.rep)
	}
	if len(res.Candidates) > 0 && res.Candidates[0].Confidence >= MinConfidence {
		best := res.Candidates[0]
		res.Date, res.Source, res.Confidence = best.Date, best.Source, best.Confidence
	}
	return res
}

// days is the number of whole days between two dates.
func days(a, b time.Time) int {
	return int(a.Sub(b).Abs().Hours() / 24)
}

// quote trims a line to a length fit to quote as evidence.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxEvidenceRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxEvidenceRunes-1]) + "…"
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// Lines cuts text at LF, CRLF and CR. A text with no CR, as most are,
// is cut by a byte search for LF rather than a look at every byte: on a
// folder of articles the lines cost as much as all the rest of Find did.
func Lines(text string) []timeline.Span {
	if strings.IndexByte(text, '\r') >= 0 {
		return splitLinesCR(text)
	}
	out := make([]timeline.Span, 0, strings.Count(text, "\n")+1)
	start := 0
	for {
		k := strings.IndexByte(text[start:], '\n')
		if k < 0 {
			break
		}
		out = append(out, timeline.Span{Start: start, End: start + k})
		start += k + 1
	}
	if start < len(text) {
		out = append(out, timeline.Span{Start: start, End: len(text)})
	}
	return out
}

// splitLinesCR is Lines for a text that holds a CR.
func splitLinesCR(text string) []timeline.Span {
	var out []timeline.Span
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, timeline.Span{Start: start, End: i})
			start = i + 1
		case '\r':
			out = append(out, timeline.Span{Start: start, End: i})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, timeline.Span{Start: start, End: len(text)})
	}
	return out
}
