// Package timeline holds the values every stage of Retrace shares: documents,
// time-reference mentions, the intervals they denote, the events they date,
// and the merged timeline the chart draws.
//
// Every stage (ingest, extract, events, scale, chart) is a plain function over
// these values, so each can be tested without a window.
package timeline

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Span is a half-open range of byte offsets [Start, End) into a document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether offset off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether the two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// DateSource says where a document date came from, most trusted first.
type DateSource string

const (
	DateFromUser     DateSource = "flag"     // set explicitly by the user (flag or UI)
	DateFromMetadata DateSource = "metadata" // HTML meta, <time>, JSON-LD, front matter, TimeML DCT
	DateFromByline   DateSource = "byline"   // "Published 3 March 2024", "January 20, 2016 / 3:36 PM" near the top
	DateFromDateline DateSource = "dateline" // "MOSCOW, Jan 2 (Reuters) -" at the top of the text
	DateFromFileName DateSource = "filename" // "2024-05-01-kursk.txt"
	DateFromURL      DateSource = "url"      // ".../2022/07/14/heat-records" in the text
	DateFromCaption  DateSource = "caption"  // a photo caption's date: "... on Aug. 9, 2023. (AP Photo/...)"
	DateFromText     DateSource = "text"     // the latest explicit date in the text: a weak cue
	DateFromFileTime DateSource = "filetime" // the file's modification time: a last resort
	DateUnknown      DateSource = "none"     // nothing found; relative references stay unresolved
)

// dateSources lists every source, so that a stored one can be checked.
var dateSources = [...]DateSource{DateFromUser, DateFromMetadata, DateFromByline, DateFromDateline,
	DateFromFileName, DateFromURL, DateFromCaption, DateFromText, DateFromFileTime, DateUnknown}

// Known reports whether s is one of the sources above.
func (s DateSource) Known() bool {
	for _, k := range dateSources {
		if s == k {
			return true
		}
	}
	return false
}

// Describe says in a few words where a date of this source was read, for
// messages: "from the dateline", "the file's modification time".
func (s DateSource) Describe() string {
	switch s {
	case DateFromUser:
		return "set by you"
	case DateFromMetadata:
		return "from the page's metadata"
	case DateFromByline:
		return "from the byline"
	case DateFromDateline:
		return "from the dateline"
	case DateFromFileName:
		return "from the file name"
	case DateFromURL:
		return "from a URL in the text"
	case DateFromCaption:
		return "from a photo caption"
	case DateFromText:
		return "the latest date in the text"
	case DateFromFileTime:
		return "the file's modification time"
	case DateUnknown:
		return "unknown"
	}
	return string(s)
}

// DateCandidate is one piece of evidence of when a document was written:
// a date, where it was read, the words it was read from and how far it
// can be trusted.
type DateCandidate struct {
	Date   time.Time  `json:"-"`
	Source DateSource `json:"source"`
	// Evidence quotes the words the date was read from ("ZURICH, Jan 20
	// (Reuters)"), or names the file or URL; empty for metadata.
	Evidence string `json:"evidence,omitempty"`
	// Span locates Evidence in Document.Text when it is there.
	Span Span `json:"-"`
	// Confidence, from 0 to 1, is how likely the date is the one the
	// document was written on, all the evidence weighed.
	Confidence float64 `json:"confidence"`
	// Note says how the date was put together when that is not plain:
	// "year from the file's modification time".
	Note string `json:"note,omitempty"`
}

// Document is one article read into plain text, with the structure the tagger
// and the article view need. Spans index Text.
type Document struct {
	Path       string     `json:"path"`
	Title      string     `json:"title,omitempty"`
	Format     string     `json:"format,omitempty"` // "text", "markdown", "html", "timeml"
	Text       string     `json:"-"`
	Paragraphs []Span     `json:"-"`
	Sentences  []Span     `json:"-"`
	Date       time.Time  `json:"-"` // document creation time (UTC midnight); zero when unknown
	DateSource DateSource `json:"-"`
	// DateCandidates are the dates the reader found evidence for, most
	// likely first. When the reader chose one, it is the first and Date is
	// its date; when none was trusted enough, Date is zero and these are
	// what the user may choose from.
	DateCandidates []DateCandidate `json:"-"`
}

// DateEvidence returns the candidate the document's date was taken from,
// if the reader chose it (not when the user set the date or none was found).
func (d *Document) DateEvidence() (DateCandidate, bool) {
	if len(d.DateCandidates) == 0 || d.Date.IsZero() {
		return DateCandidate{}, false
	}
	c := d.DateCandidates[0]
	if !c.Date.Equal(d.Date) || c.Source != d.DateSource {
		return DateCandidate{}, false
	}
	return c, true
}

// HasDate reports whether the document date is known.
func (d *Document) HasDate() bool { return !d.Date.IsZero() }

// Quote returns the text of span s with every run of white space, line
// breaks of a wrapped paragraph included, collapsed to one space: the form
// in which a sentence is shown, exported and remembered, so that re-wrapping
// a paragraph changes none of them. A span outside the text quotes as "".
func (d *Document) Quote(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return strings.Join(strings.Fields(d.Text[s.Start:s.End]), " ")
}

// SentenceAt returns the span of the sentence containing offset off, or the
// whole text when the document has no sentence boundaries.
func (d *Document) SentenceAt(off int) Span {
	lo, hi := 0, len(d.Sentences)
	for lo < hi { // sentences are sorted and disjoint: binary search
		mid := (lo + hi) / 2
		s := d.Sentences[mid]
		switch {
		case off < s.Start:
			hi = mid
		case off >= s.End:
			lo = mid + 1
		default:
			return s
		}
	}
	return Span{0, len(d.Text)}
}

// TimexType is the TIMEX3 type of a mention.
type TimexType string

// The TIMEX3 types (TimeML 1.2.1).
const (
	TypeDate     TimexType = "DATE"
	TypeTime     TimexType = "TIME"
	TypeDuration TimexType = "DURATION"
	TypeSet      TimexType = "SET"
)

// Kind is how a reference gets its place in time; the UI colours by it.
type Kind string

const (
	KindExplicit Kind = "explicit" // "March 3, 2019", "2014": placed by the text alone
	KindDeictic  Kind = "deictic"  // "yesterday", "last week": relative to the document date
	KindRelative Kind = "relative" // "the following year", "weeks after X": relative to another date or event
	KindFuzzy    Kind = "fuzzy"    // "late 2024", "recently", "the years to come": vague bounds
)

// Kinds lists every kind in the order legends show them.
var Kinds = [...]Kind{KindExplicit, KindDeictic, KindRelative, KindFuzzy}

// Describe says in words how a reference of this kind is placed, for legends,
// hover cards and status lines.
func (k Kind) Describe() string {
	switch k {
	case KindExplicit:
		return "explicit date"
	case KindDeictic:
		return "relative to the document date"
	case KindRelative:
		return "relative to another event"
	case KindFuzzy:
		return "fuzzy"
	}
	return string(k)
}

// Granularity is the precision of an interval, coarsest last.
type Granularity int

// The granularities, finest first, so that a comparison tells the coarser.
const (
	GranUnknown Granularity = iota
	GranMinute
	GranHour
	GranDay
	GranWeek
	GranMonth
	GranSeason // seasons and quarters
	GranYear
	GranDecade
	GranCentury
	GranMillennium
)

// granNames are the granularities' names, as String and the JSON files
// write them; UnmarshalText reads them back.
var granNames = [...]string{"unknown", "minute", "hour", "day", "week", "month", "season", "year", "decade", "century", "millennium"}

// String returns the granularity's name: "day", "month", ...; out of range
// values are "unknown".
func (g Granularity) String() string {
	if g < 0 || int(g) >= len(granNames) {
		return "unknown"
	}
	return granNames[g]
}

// MarshalText writes the granularity by name.
func (g Granularity) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText reads a granularity name.
func (g *Granularity) UnmarshalText(b []byte) error {
	for i, n := range granNames {
		if n == string(b) {
			*g = Granularity(i)
			return nil
		}
	}
	return fmt.Errorf("unknown granularity %q", b)
}

// Interval is the stretch of civil time a reference denotes: the closed range
// of days [Earliest, Latest], both at UTC midnight. Fuzzy bounds are
// estimates ("late 2024" starts about September) and are drawn fading.
type Interval struct {
	Earliest    time.Time   `json:"-"`
	Latest      time.Time   `json:"-"`
	Granularity Granularity `json:"granularity"`
	FuzzyStart  bool        `json:"fuzzyStart,omitempty"`
	FuzzyEnd    bool        `json:"fuzzyEnd,omitempty"`
}

// IsZero reports whether the interval is unset (the reference could not be placed).
func (iv Interval) IsZero() bool { return iv.Earliest.IsZero() && iv.Latest.IsZero() }

// Days returns the number of days the interval covers (at least 1).
func (iv Interval) Days() int {
	// In Unix seconds, not time.Duration, which saturates past 292 years;
	// half a day rounds bounds that are not at midnight to the nearer day.
	n := int((iv.Latest.Unix()-iv.Earliest.Unix()+12*60*60)/(24*60*60)) + 1
	if n < 1 {
		return 1
	}
	return n
}

// Overlaps reports whether two intervals share at least one day.
func (iv Interval) Overlaps(o Interval) bool {
	return !iv.Latest.Before(o.Earliest) && !o.Latest.Before(iv.Earliest)
}

// Day returns the UTC midnight of a civil date. Year 0 is 1 BC (astronomical numbering).
// A month or day out of range counts on, as time.Date does: month 13 is
// January of the next year, day 0 the last of the month before.
func Day(year int, month time.Month, day int) time.Time {
	if !inFastRange(year, int(month), day) {
		return time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	}
	return time.Unix(int64(civilDays(year, int(month), day))*86400, 0).UTC()
}

// UnixDay returns the day number of Day(year, month, day): the days from
// 1970-01-01 to it, negative before. The tagger compares dates by day, and
// a number spares it making a time and taking the seconds back out of it.
func UnixDay(year, month, day int) int {
	if !inFastRange(year, month, day) {
		return int(Day(year, time.Month(month), day).Unix() / 86400) // a midnight: exact
	}
	return civilDays(year, month, day)
}

// inFastRange reports whether civilDays counts the date: any a text names.
func inFastRange(year, month, day int) bool {
	return year >= -maxFastYear && year <= maxFastYear && day >= -maxFastDay && day <= maxFastDay &&
		month >= -maxFastYear && month <= maxFastYear
}

// civilDays is the day number of a date in the fast range, by the civil
// calendar's arithmetic (H. Hinnant's days from civil), a few times faster
// than time.Date: the tagger and the chart ask for days by the million.
func civilDays(year, month, day int) int {
	m := month - 1 // 0 is January
	if uint(m) >= 12 {
		// a month out of range counts on into the years around
		year += floorDiv(m, 12)
		m -= floorDiv(m, 12) * 12
	}
	// the year counted from March, shifted by whole eras of 400 years so
	// that it is positive and the divisions below are unsigned (cheaper)
	y := uint(year + eraShift*400)
	if m < 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	doe := yoe*365 + yoe/4 - yoe/100 + uint(daysFromMarch[m])
	return int(era*146097+doe) + day - 1 - 719468 - eraShift*146097
}

// daysFromMarch is, by month from January (0), the days from the first of
// March to the first of the month, in a year counted from March.
var daysFromMarch = [12]uint16{306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275}

// eraShift is how many eras of 400 years Day adds to a year to make it
// positive: more than the fast path's years, after a month out of range
// counted on, can lie before year 0.
const eraShift = 100000

// The fast path of Day holds for years and days far past any date a text
// names; beyond them time.Date does the counting.
const (
	maxFastYear = 1 << 24
	maxFastDay  = 1 << 24
)

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Truncate returns t's civil day at UTC midnight.
func Truncate(t time.Time) time.Time {
	y, m, d := t.Date()
	return Day(y, m, d)
}

// FormatDate writes a day as YYYY-MM-DD. Years before 1 AD use ISO 8601's
// astronomical numbering with a minus sign: 1 BC is 0000, 2 BC is -0001.
// The zero time, which means "unknown" throughout Retrace, formats as "".
// It is also 1 January AD 1, a day no news article needs on its own.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return string(AppendDate(make([]byte, 0, 16), t))
}

// AppendDate appends t as FormatDate writes it ("" for the zero time): the
// JSON writers put two dates for every time reference straight into their
// buffer, with no string of their own.
func AppendDate(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return b
	}
	y, m, d := t.Date()
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	if y < 10000 { // four digits, zeros first: almost every year
		b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	} else {
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// ParseDate reads YYYY-MM-DD (with an optional leading minus for BC years).
func ParseDate(s string) (time.Time, error) {
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(s, "-")
	parts := strings.Split(body, "-")
	if len(parts) != 3 || len(parts[0]) < 4 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	y, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	d, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	if neg {
		y = -y
	}
	t := Day(y, time.Month(m), d)
	if t.Day() != d {
		return time.Time{}, fmt.Errorf("date %q: no such day", s)
	}
	return t, nil
}

// Mention is one time reference found in a document's text.
type Mention struct {
	ID       string    `json:"id"` // "t1", "t2", ... in text order
	Span               // byte offsets into Document.Text
	Text     string    `json:"text"`
	Type     TimexType `json:"type"`
	Value    string    `json:"value"`         // TIMEX3 value: "2024-12-31", "2024-Q4", "PXW", "PRESENT_REF", ...
	Mod      string    `json:"mod,omitempty"` // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
	Kind     Kind      `json:"kind"`
	Interval Interval  `json:"interval"` // zero when the reference cannot be placed (durations, unknown anchor)
	// Anchor names what a relative reference was resolved against:
	// "dct", "none", "mention:t3" (the last mentioned date), "event:e2".
	Anchor string `json:"anchor"`
	// AnchorWhy says why that anchor governs this reference; empty for a
	// reference that needs none.
	AnchorWhy AnchorReason `json:"anchorWhy,omitempty"`
}

// AnchorReason says why a reference that needs an anchor (a date without
// its year, "yesterday", "the following year") took the one it took.
type AnchorReason string

// The reasons, each a fact about the reference or the text around it.
const (
	AnchorDeictic   AnchorReason = "deictic"   // "yesterday", "last week": relative to the time of writing
	AnchorFuture    AnchorReason = "future"    // the clause looks ahead from the time of writing
	AnchorPresent   AnchorReason = "present"   // "today" in a history: the present, not a day
	AnchorNews      AnchorReason = "news"      // a story about recent days: the document date governs
	AnchorHeading   AnchorReason = "heading"   // an entry under a year heading of a chronology
	AnchorSentence  AnchorReason = "sentence"  // a date earlier in the same sentence
	AnchorList      AnchorReason = "list"      // the item before it in a list: "in July and August"
	AnchorThread    AnchorReason = "thread"    // the last date of the narrative, in the same paragraph
	AnchorNarrative AnchorReason = "narrative" // a history: its dates lie far from the document date
	AnchorAnaphora  AnchorReason = "anaphora"  // "the following year", "that March": the date before
	AnchorQuarter   AnchorReason = "quarter"   // "the quarter": the last quarter mentioned
	AnchorUndated   AnchorReason = "undated"   // no document date: the last date mentioned
	AnchorUnknown   AnchorReason = "unknown"   // nothing to count from: no document date, no date before
	AnchorToldNews  AnchorReason = "told-news" // --news: the user said the text is news
	AnchorToldStory AnchorReason = "told-narrative"
)

// Describe says the reason in words, for hover cards and the JSON.
func (r AnchorReason) Describe() string {
	switch r {
	case AnchorDeictic:
		return "counts from the day the text was written"
	case AnchorFuture:
		return "the sentence looks ahead from the day the text was written"
	case AnchorPresent:
		return "'today' in a history means the present"
	case AnchorNews:
		return "the text reports recent days, so the day it was written governs"
	case AnchorHeading:
		return "an entry under a year heading"
	case AnchorSentence:
		return "a date earlier in the same sentence"
	case AnchorList:
		return "follows the item before it in a list"
	case AnchorThread:
		return "continues the last date of the narrative, in the same paragraph"
	case AnchorNarrative:
		return "the text is a history whose dates lie far from the day it was written: continues the last date"
	case AnchorAnaphora:
		return "refers back to the last date mentioned"
	case AnchorQuarter:
		return "the last quarter mentioned"
	case AnchorUndated:
		return "the text has no date of its own: continues the last date mentioned"
	case AnchorUnknown:
		return "nothing to count from: no document date and no date before it"
	case AnchorToldNews:
		return "counts from the document date, as --news asks"
	case AnchorToldStory:
		return "continues the last date mentioned, as --narrative asks"
	}
	return string(r)
}

// Event is something that happened, dated by one or more mentions, with a
// short label taken from its clause.
type Event struct {
	ID       string   `json:"id"` // "e1", "e2", ...
	Label    string   `json:"label"`
	Interval Interval `json:"interval"`
	Kind     Kind     `json:"kind"`
	Mentions []string `json:"mentions"` // IDs of the mentions that date it
	Sentence Span     `json:"sentence"` // the sentence it came from
	// Trigger is the word or words in the text that name the happening the
	// time dates: a verb ("apologized") or an event noun ("raid"). It is
	// empty (End <= Start) when the event has none.
	Trigger Span `json:"trigger"`
	// With holds the other words that name a happening the same times date
	// with the trigger, in one predicate: the event noun a verb takes ("held
	// talks", "posted a loss"), the verb an event noun is the subject of
	// ("third-quarter profit rose"), the verbs of one chain ("began to fall
	// apart"). They are the event's, not events of their own: the timeline
	// shows one item.
	With []Span `json:"with,omitempty"`
	// Reporter says who reported the event when its label is what they
	// said ("Pentagon" for "The Pentagon said Iraq had moved two
	// divisions"); empty otherwise.
	Reporter string `json:"reporter,omitempty"`
	// Also holds the other places in the document that report the same
	// event (a lead repeated further down, a photo caption).
	Also []Retelling `json:"also,omitempty"`
	// How says in words how the interval was worked out, for the tooltip:
	// "explicit date", "document date 2026-01-02", "some weeks before e1", ...
	How string `json:"how,omitempty"`
	// State marks how things stand at the time the time names, not a
	// happening: "Montedison currently owns 72 % of Erbamont", "Kuwait now
	// controls the border". Its trigger is the state's verb or noun. The
	// window hides states unless asked, and exports leave them out unless
	// asked.
	State bool `json:"state,omitempty"`
}

// Retelling is a further sentence that reports an event, with the word
// that names the event there.
type Retelling struct {
	Sentence Span `json:"sentence"`
	Trigger  Span `json:"trigger"`
}

// Analysis is everything the tagger found in one document.
type Analysis struct {
	Doc       *Document `json:"-"`
	Narrative bool      `json:"narrative"` // relative references anchored to the last mentioned date
	Mentions  []Mention `json:"mentions"`
	Events    []Event   `json:"events"`

	ids *idIndex // see Index
}

// idIndex is where each mention and event id is in an analysis (see
// idPlaces), found at the first lookup (see Index).
type idIndex struct {
	once             sync.Once
	mentions, events idPlaces
}

// idPlaces is where each id of a list is. The pipeline numbers ids after
// a one-letter prefix, 1 to n: the mentions in order (t1 first, t2
// second, ...), and then an id's number says where it is and nothing is
// kept; the events in another order, and then byNumber does. Ids that are
// not so numbered, or repeat a number, are kept in byID.
type idPlaces struct {
	byNumber []int // byNumber[k-1] is the place of the id numbered k
	byID     map[string]int
}

// Index makes MentionByID and EventByID take constant time instead of a
// scan: exports and the merge look up every event and mention of a
// document by id, which on a long document would cost its length squared.
// The pipeline indexes an analysis once it is complete; the places are
// found at the first lookup, in the analysis looked up in: the JSON that
// `retrace extract` writes looks up none, and finding them cost it a third
// of a percent. A copy shares the index; an analysis changed after its
// first lookup is still answered right (a lookup checks what the index
// says and scans when it is wrong), only slower, until it is indexed
// again. Ids numbered 1 to n need no map (see idPlaces): reading a long
// article, the maps cost more than writing its JSON.
func (a *Analysis) Index() {
	a.ids = &idIndex{}
}

// index returns a's index, its places found, or nil when a is not indexed.
func (a *Analysis) index() *idIndex {
	ids := a.ids
	if ids == nil {
		return nil
	}
	ids.once.Do(func() {
		ids.mentions = places(len(a.Mentions), func(i int) string { return a.Mentions[i].ID })
		ids.events = places(len(a.Events), func(i int) string { return a.Events[i].ID })
	})
	return ids
}

// places finds where each of n ids is. A map cost 160 instructions an id
// to make, and reading a long article, the events' ids alone (numbered
// in another order than the events are) cost a third as much as its
// sentences did.
func places(n int, id func(i int) string) idPlaces {
	var byNumber []int // nil while the ids are in order
	for i := range n {
		k, ok := idNumber(id(i))
		if ok && k == i+1 && byNumber == nil {
			continue
		}
		if !ok || k < 1 || k > n {
			return idPlaces{byID: idMap(n, id)}
		}
		if byNumber == nil {
			byNumber = make([]int, n)
			for j := range i {
				byNumber[j] = j
			}
			for j := i; j < n; j++ {
				byNumber[j] = -1 // none yet
			}
		}
		if byNumber[k-1] >= 0 {
			return idPlaces{byID: idMap(n, id)} // a number repeated
		}
		byNumber[k-1] = i
	}
	return idPlaces{byNumber: byNumber}
}

// idMap maps each of n ids to its place, the last where one repeats.
func idMap(n int, id func(i int) string) map[string]int {
	m := make(map[string]int, n)
	for j := range n {
		m[id(j)] = j
	}
	return m
}

// idNumber reads the number an id ends in after its one-letter prefix:
// 12 for "t12".
func idNumber(id string) (int, bool) {
	if len(id) < 2 || len(id) > 10 {
		return 0, false
	}
	n := 0
	for i := 1; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// place is where the index puts id. The caller checks the id found there.
func (p idPlaces) place(id string) (int, bool) {
	if p.byID != nil {
		i, ok := p.byID[id]
		return i, ok
	}
	n, ok := idNumber(id)
	if p.byNumber == nil || !ok {
		return n - 1, ok
	}
	if n < 1 || n > len(p.byNumber) {
		return 0, false
	}
	return p.byNumber[n-1], true
}

// Unresolved counts the mentions that a document date would place:
// what a missing one costs.
func (a *Analysis) Unresolved() int {
	n := 0
	for _, m := range a.Mentions {
		if m.NeedsDocumentDate() {
			n++
		}
	}
	return n
}

// NeedsDocumentDate reports whether the mention could not be placed for
// want of an anchor (Anchor "none"), a date of the writing would place it,
// and it names more than the vague present, past or future ("now",
// "today" in a history: PRESENT_REF), which nobody needs dated.
func (m *Mention) NeedsDocumentDate() bool {
	return m.Anchor == "none" && !strings.HasSuffix(m.Value, "_REF")
}

// MentionByID returns the mention with that id, or nil.
func (a *Analysis) MentionByID(id string) *Mention {
	if ids := a.index(); ids != nil {
		if i, ok := ids.mentions.place(id); ok && i >= 0 && i < len(a.Mentions) && a.Mentions[i].ID == id {
			return &a.Mentions[i]
		}
	}
	for i := range a.Mentions {
		if a.Mentions[i].ID == id {
			return &a.Mentions[i]
		}
	}
	return nil
}

// EventByID returns the event with that id, or nil.
func (a *Analysis) EventByID(id string) *Event {
	if ids := a.index(); ids != nil {
		if i, ok := ids.events.place(id); ok && i >= 0 && i < len(a.Events) && a.Events[i].ID == id {
			return &a.Events[i]
		}
	}
	for i := range a.Events {
		if a.Events[i].ID == id {
			return &a.Events[i]
		}
	}
	return nil
}

// MentionTexts returns the texts of the mentions that date an event, in
// the event's order: with its sentence, what identifies the event across
// edits of the article (see Correction).
func (a *Analysis) MentionTexts(ev *Event) []string {
	out := make([]string, 0, len(ev.Mentions))
	for _, id := range ev.Mentions {
		if m := a.MentionByID(id); m != nil {
			out = append(out, m.Text)
		}
	}
	return out
}

// EventsQuoting returns the events whose sentence quotes as sentence (see
// Document.Quote) and whose mentions' texts are times, in text order.
func (a *Analysis) EventsQuoting(sentence string, times []string) []*Event {
	var out []*Event
	if a.Doc == nil {
		return out
	}
	for i := range a.Events {
		ev := &a.Events[i]
		if a.Doc.Quote(ev.Sentence) == sentence && slices.Equal(a.MentionTexts(ev), times) {
			out = append(out, ev)
		}
	}
	slices.SortStableFunc(out, func(x, y *Event) int { return x.Sentence.Start - y.Sentence.Start })
	return out
}
