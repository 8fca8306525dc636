package cli

import (
	"bufio"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ascii"
	"retrace/timeline/export"
)

// jsonEnc writes JSON as it goes, with encoding/json's exact bytes
// (SetEscapeHTML(false); indented with SetIndent("", "  ") or compact), so
// the extract command prints each document as soon as it is analysed with
// no second pass to indent it, no reflection and no value of its own per
// field: mentions and events are written straight from the analysis, each
// field appended to one buffer. It writes what encoding/json makes of
// export.DocumentJSON, field by field; TestJSONMatchesEncodingJSON holds
// the two together.
//
// The writing is done by functions that take the buffer and return it, as
// strconv's Append functions do, so that it stays in registers from one
// field to the next rather than being loaded from and stored to the
// encoder around every append.
type jsonEnc struct {
	buf    []byte
	indent bool
	depth  int // of the document, when indented
	// out, when set, takes buf whenever it holds more than spillSize, so
	// a document of any size is written with a small buffer.
	out    *bufio.Writer
	caches *caches // made when nil
}

// spillSize is out's size (outBufferSize): a spill, at least as large,
// goes from buf to the file, not through out's buffer (see spill).
const spillSize = outBufferSize

// spill hands what is written so far to out. What out holds is flushed
// first, so that out writes the spill, larger than its buffer, from b
// itself: copied into out's buffer, every byte of a long document was
// moved once more, 2.7 MB for a megabyte of news.
func (e *jsonEnc) spill(b []byte) []byte {
	if e.out != nil && len(b) >= spillSize {
		// a write error sticks in out; its Flush reports it
		e.out.Flush()
		e.out.Write(b)
		return b[:0]
	}
	return b
}

// A level is where a value is written: 0 in a compact document, or one
// more than its depth in an indented one. It says how the value's lines
// start and how its fields' keys are written.
type level int

// inner is the level of the fields or elements of a value at l.
func (l level) inner() level {
	if l == 0 {
		return 0
	}
	return l + 1
}

// newline begins a line at l: nothing when compact.
func (l level) newline(b []byte) []byte {
	if l == 0 {
		return b
	}
	return appendLineStart(b, int(l)-1)
}

// appendLineStart begins a line at depth d.
func appendLineStart(b []byte, d int) []byte {
	if d <= maxDepth {
		return append(b, lineStarts[d]...)
	}
	b = append(b, '\n')
	for range d {
		b = append(b, ' ', ' ')
	}
	return b
}

// elem begins the i-th element of an array whose elements are at l.
func (l level) elem(b []byte, i int) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	return l.newline(b)
}

// end closes with c an object or array at l that holds n fields or
// elements: on a line of its own, unless it is empty.
func (l level) end(b []byte, c byte, n int) []byte {
	if n > 0 {
		b = l.newline(b)
	}
	return append(b, c)
}

// lineStarts[d] begins a line at depth d: a line break and the indent, in
// one append rather than one per level. A document goes no deeper than
// maxDepth; deeper, appendLineStart and jsonKey.at make the indent.
var lineStarts = func() (lines [maxDepth + 1]string) {
	for d := range lines {
		lines[d] = "\n" + strings.Repeat("  ", d)
	}
	return lines
}()

const maxDepth = 8

// A jsonKey is a field's name as the writer puts it before the value: the
// comma, the line break and indent of each level, the name in quotes and
// the colon, made once so that a field is begun in one append; the comma
// is cut off before an object's first field, which every object has (see
// open). The documents are made of keys as much as of values. Most values
// are strings, so each prefix is also kept with the opening quote.
type jsonKey struct {
	name     string
	prefixes [maxDepth + 2]string // by level: compact, then indented at depth 0, 1, ...
	quotes   [maxDepth + 2]string // the prefixes and a quote
}

// newKey makes a key's prefixes and quotes in one buffer, each prefix
// followed by its quote, and cuts them from one string: made apart, each
// of the twenty took a few allocations, 400,000 instructions at start-up
// for the thirty keys.
func newKey(name string) *jsonKey {
	k := &jsonKey{name: name}
	var buf []byte
	var ends [len(k.prefixes)]int // of each prefix's quote
	for l := range k.prefixes {
		buf = append(appendKeyPrefix(buf, name, level(l)), '"')
		ends[l] = len(buf)
	}
	all, start := string(buf), 0
	for l, end := range ends {
		k.prefixes[l], k.quotes[l] = all[start:end-1], all[start:end]
		start = end
	}
	return k
}

func keyPrefix(name string, l level) string {
	return string(appendKeyPrefix(nil, name, l))
}

func appendKeyPrefix(b []byte, name string, l level) []byte {
	if l == 0 {
		return append(append(append(b, `,"`...), name...), `":`...)
	}
	b = appendLineStart(append(b, ','), int(l)-1)
	return append(append(append(b, '"'), name...), `": `...)
}

// at is the key's prefix at level l, made anew only deeper than the
// documents go.
func (k *jsonKey) at(l level) string {
	if int(l) < len(k.prefixes) {
		return k.prefixes[l]
	}
	return keyPrefix(k.name, l)
}

// quoted is at with the opening quote of a string value.
func (k *jsonKey) quoted(l level) string {
	if int(l) < len(k.quotes) {
		return k.quotes[l]
	}
	return keyPrefix(k.name, l) + `"`
}

// The keys of export.DocJSON and the shapes in it.
var (
	keyPath, keyTitle, keyDCT, keyMode = newKey("path"), newKey("title"), newKey("dct"), newKey("mode")
	keyMentions, keyEvents             = newKey("mentions"), newKey("events")
	keyValue, keySource                = newKey("value"), newKey("source")
	keyConfidence, keyEvidence         = newKey("confidence"), newKey("evidence")
	keyNote, keyCandidates             = newKey("note"), newKey("candidates")
	keyID, keyStart, keyEnd, keyText   = newKey("id"), newKey("start"), newKey("end"), newKey("text")
	keyType, keyMod, keyKind           = newKey("type"), newKey("mod"), newKey("kind")
	keyEarliest, keyLatest             = newKey("earliest"), newKey("latest")
	keyGranularity                     = newKey("granularity")
	keyAnchor, keyAnchorWhy            = newKey("anchor"), newKey("anchorWhy")
	keyLabel, keyState, keyHow         = newKey("label"), newKey("state"), newKey("how")
	keyTrigger, keyWith, keyAlso       = newKey("trigger"), newKey("with"), newKey("also")
	keyReporter                        = newKey("reporter")
)

// A choice is a field whose value is most often one of a few strings
// known beforehand (a mention's type and kind, an anchor and the reason
// for it), and the constant text that follows it. For each
// of those values the whole, key, value quoted and what follows, is made
// once, so that it is written in one append with no look for bytes to
// escape; another value is written between the key and what follows. The
// values are found by index functions (typeIndex, ...), switches that the
// compiler makes into a few compares of lengths and words, where a loop
// over a list called memequal for each candidate. About 25,000 fields a
// megabyte of news.
type choice struct {
	texts []runText // by the value's index
	key   string    // the field's key, with the value's opening quote
	after string
}

func newChoice(k *jsonKey, l level, values []string, after string) choice {
	c := choice{key: k.quoted(l), after: after}
	for _, v := range values {
		c.texts = append(c.texts, newRun(string(appendStringBody([]byte(c.key), v))+after))
	}
	return c
}

// write writes the field with the value of index i, or v when i is -1.
func (c *choice) write(b []byte, i int, v string) []byte {
	if i >= 0 {
		return c.texts[i].put(b)
	}
	b = append(b, c.key...)
	b = appendStringBody(b, v)
	return append(b, c.after...)
}

// The values the choices know, in the order of their index functions,
// which TestChoicesAsStr holds them to.
var (
	timexTypes = []string{string(timeline.TypeDate), string(timeline.TypeDuration), string(timeline.TypeSet),
		string(timeline.TypeTime)}
	kinds = []string{string(timeline.KindDeictic), string(timeline.KindExplicit), string(timeline.KindFuzzy),
		string(timeline.KindRelative)}
	anchors       = []string{"dct", ""}
	anchorReasons = []timeline.AnchorReason{timeline.AnchorNews, timeline.AnchorDeictic, timeline.AnchorFuture,
		timeline.AnchorSentence, timeline.AnchorThread, timeline.AnchorAnaphora, timeline.AnchorList,
		timeline.AnchorQuarter, timeline.AnchorPresent, timeline.AnchorHeading, timeline.AnchorNarrative,
		timeline.AnchorUndated, timeline.AnchorUnknown, timeline.AnchorToldNews, timeline.AnchorToldStory}
)

func typeIndex(t timeline.TimexType) int {
	switch t {
	case timeline.TypeDate:
		return 0
	case timeline.TypeDuration:
		return 1
	case timeline.TypeSet:
		return 2
	case timeline.TypeTime:
		return 3
	}
	return -1
}

func kindIndex(k timeline.Kind) int {
	switch k {
	case timeline.KindDeictic:
		return 0
	case timeline.KindExplicit:
		return 1
	case timeline.KindFuzzy:
		return 2
	case timeline.KindRelative:
		return 3
	}
	return -1
}

func anchorIndex(a string) int {
	switch a {
	case "dct":
		return 0
	case "":
		return 1
	}
	return -1
}

func reasonIndex(r timeline.AnchorReason) int {
	switch r {
	case timeline.AnchorNews:
		return 0
	case timeline.AnchorDeictic:
		return 1
	case timeline.AnchorFuture:
		return 2
	case timeline.AnchorSentence:
		return 3
	case timeline.AnchorThread:
		return 4
	case timeline.AnchorAnaphora:
		return 5
	case timeline.AnchorList:
		return 6
	case timeline.AnchorQuarter:
		return 7
	case timeline.AnchorPresent:
		return 8
	case timeline.AnchorHeading:
		return 9
	case timeline.AnchorNarrative:
		return 10
	case timeline.AnchorUndated:
		return 11
	case timeline.AnchorUnknown:
		return 12
	case timeline.AnchorToldNews:
		return 13
	case timeline.AnchorToldStory:
		return 14
	}
	return -1
}

// granularityField holds, by level and granularity, the granularity field
// of an interval.
var granularityField = func() (fields [maxDepth + 2][]string) {
	for l := range fields {
		for g := range timeline.GranMillennium + 1 {
			fields[l] = append(fields[l], string(level(l).str(nil, keyGranularity, g.String())))
		}
	}
	return fields
}()

// granularity writes the granularity field of an interval.
func (l level) granularity(b []byte, g timeline.Granularity) []byte {
	if int(l) < len(granularityField) && g >= 0 && int(g) < len(granularityField[l]) {
		return append(b, granularityField[l][g]...)
	}
	return l.str(b, keyGranularity, g.String())
}

// openStr begins an object at l with its first field, k, whose value is
// the string v: every object the documents hold has a field it always
// writes first.
func (l level) openStr(b []byte, k *jsonKey, v string) []byte {
	b = append(b, '{')
	b = append(b, k.quoted(l.inner())[1:]...)
	return appendStringBody(b, v)
}

// key begins a field at l, not the first of its object.
func (l level) key(b []byte, k *jsonKey) []byte {
	return append(b, k.at(l)...)
}

func (l level) str(b []byte, k *jsonKey, v string) []byte {
	b = append(b, k.quoted(l)...)
	return appendStringBody(b, v)
}

// optStr writes a field tagged omitempty.
func (l level) optStr(b []byte, k *jsonKey, v string) []byte {
	if v == "" {
		return b
	}
	return l.str(b, k, v)
}

// float writes a number as encoding/json does: the shortest decimal that
// reads back the same, with an exponent below 1e-6 and from 1e21 on.
func (l level) float(b []byte, k *jsonKey, f float64) []byte {
	b = append(b, k.at(l)...)
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // "1e-07" is written "1e-7"
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// interval writes the earliest, latest and granularity fields of
// export.MentionJSON and EventJSON, each tagged omitempty: all three are
// absent when the interval is zero.
func (l level) interval(b []byte, iv *timeline.Interval, dates *dateCache) []byte {
	if iv.IsZero() {
		return b
	}
	start, end := 0, 0 // where the earliest date is written, when it is
	if !iv.Earliest.IsZero() {
		b = l.key(b, keyEarliest)
		start = len(b)
		b = dates.appendDate(b, iv.Earliest)
		end = len(b)
	}
	if !iv.Latest.IsZero() {
		b = l.key(b, keyLatest)
		if end > start && iv.Latest == iv.Earliest { // one day, as about half are: its date copied
			b = append(b, b[start:end]...)
		} else {
			b = dates.appendDate(b, iv.Latest)
		}
	}
	if iv.Granularity != timeline.GranUnknown {
		b = l.granularity(b, iv.Granularity)
	}
	return b
}

// dateCache holds days written and their text, a day to a slot by its
// Unix day: a megabyte of news writes some 7,000 dates, most of them a few
// hundred days over and over (the document date, the days before it), and
// time.Time.Date takes some 200 instructions to find a day's year, month
// and day, where a look here takes a few.
type dateCache struct {
	slots [dateSlots]struct {
		t    time.Time
		text [len("2006-01-02")]byte
		full bool // t and text are set
	}
}

const dateSlots = 128

// appendDate writes a day as a JSON string, as timeline.FormatDate writes
// it: nothing in it needs escaping. A slot is used when it holds the very
// same time.Time (==, not Equal: the same instant in another location
// may be another day), whose text is then the same; only a text of ten
// bytes, as every year from 0 to 9999 writes, is kept.
func (c *dateCache) appendDate(b []byte, t time.Time) []byte {
	b = append(b, '"')
	s := &c.slots[uint64(t.Unix()/(24*60*60))%dateSlots]
	if s.full && s.t == t {
		b = append(b, s.text[:]...)
		return append(b, '"')
	}
	start := len(b)
	b = timeline.AppendDate(b, t)
	if len(b)-start == len(s.text) {
		s.t, s.full = t, true
		copy(s.text[:], b[start:])
	}
	return append(b, '"')
}

// analysis writes an analysis as export.DocumentJSON shapes it, its
// mentions and events one by one as they come.
func (e *jsonEnc) analysis(a *timeline.Analysis) {
	var l level
	if e.indent {
		l = level(e.depth + 1)
	}
	e.buf = e.document(e.buf, l, a)
}

func (e *jsonEnc) document(b []byte, l level, a *timeline.Analysis) []byte {
	head := export.DocumentJSON(&timeline.Analysis{Doc: a.Doc, Narrative: a.Narrative})
	f, g := l.inner(), l.inner().inner()
	c := e.caches
	if c == nil {
		c = &caches{tails: new(tailCache), hows: new(howMemo)}
	}
	b = l.openStr(b, keyPath, head.Path)
	b = f.optStr(b, keyTitle, head.Title)
	b = f.dct(f.key(b, keyDCT), head.DCT)
	b = f.str(b, keyMode, head.Mode)
	// asked for once a document (see forms)
	mentionForm, eventForm := mentionForms.at(g), eventForms.at(g)
	b = append(f.key(b, keyMentions), '[')
	for i := range a.Mentions {
		b = g.mention(b, mentionForm, i, &a.Mentions[i], c)
		if len(b) >= spillSize { // checked here: a call for each object cost more
			b = e.spill(b)
		}
	}
	b = f.end(b, ']', len(a.Mentions))
	b = append(f.key(b, keyEvents), '[')
	for i := range a.Events {
		b = g.event(b, eventForm, i, a.Doc, &a.Events[i], c)
		if len(b) >= spillSize {
			b = e.spill(b)
		}
	}
	b = f.end(b, ']', len(a.Events))
	return l.end(b, '}', 1)
}

func (l level) dct(b []byte, d export.DCTJSON) []byte {
	f := l.inner()
	given := export.CandidateJSON{Value: d.Value, Source: d.Source, Confidence: d.Confidence, Evidence: d.Evidence, Note: d.Note}
	b = l.reading(b, given, false)
	if len(d.Candidates) > 0 {
		b = append(f.key(b, keyCandidates), '[')
		g := f.inner()
		for i, c := range d.Candidates {
			b = g.end(g.reading(g.elem(b, i), c, true), '}', 1)
		}
		b = f.end(b, ']', len(d.Candidates))
	}
	return l.end(b, '}', 1)
}

// reading opens an object at l with the fields that the document date and
// each of its candidates begin with: the date read and where from. The
// document date's confidence is tagged omitempty, a candidate's is not.
func (l level) reading(b []byte, c export.CandidateJSON, withConfidence bool) []byte {
	f := l.inner()
	b = l.openStr(b, keyValue, c.Value)
	b = f.str(b, keySource, c.Source)
	if withConfidence || c.Confidence != 0 {
		b = f.float(b, keyConfidence, c.Confidence)
	}
	b = f.optStr(b, keyEvidence, c.Evidence)
	return f.optStr(b, keyNote, c.Note)
}

// A mentionForm is the constant text of a mention at one level, in the
// runs that come between its values, each written in one append: keys
// and punctuation, and the fields whose values are known beforehand with
// the key that follows them. A mention has a dozen fields and a megabyte
// of news some 3,700 mentions.
type mentionForm struct {
	// the comma and line start of an element of the mentions, the brace
	// and the id's key
	open      opening
	start     runText // the id's closing quote and the start's key
	end, text runText // keys
	mod       string  // key
	typeValue choice  // the type, and the key of the value
	// the text's closing quote and typeValue's texts, by the type's index
	textType     []runText
	kind, anchor choice
	why          choice // anchorWhy, and the closing brace
	close        string // the closing brace, when there is no anchorWhy
}

func newMentionForm(l level) mentionForm {
	f := l.inner()
	close := string(l.end(nil, '}', 1))
	reasons := make([]string, len(anchorReasons))
	for i, r := range anchorReasons {
		reasons[i] = r.Describe()
	}
	return mentionForm{
		open:      newOpening("," + string(l.newline(nil)) + "{" + keyID.quoted(f)[1:]),
		start:     newRun(`"` + keyStart.at(f)),
		end:       newRun(keyEnd.at(f)),
		text:      newRun(keyText.quoted(f)),
		mod:       keyMod.quoted(f),
		typeValue: newChoice(keyType, f, timexTypes, keyValue.quoted(f)),
		kind:      newChoice(keyKind, f, kinds, ""),
		anchor:    newChoice(keyAnchor, f, anchors, ""),
		why:       newChoice(keyAnchorWhy, f, reasons, close),
		close:     close,
		textType:  closedTexts(newChoice(keyType, f, timexTypes, keyValue.quoted(f))),
	}
}

// closedTexts returns c's texts with the closing quote of the string
// before them.
func closedTexts(c choice) []runText {
	var runs []runText
	for _, r := range c.texts {
		runs = append(runs, newRun(`"`+r.text))
	}
	return runs
}

// forms holds an object's form for each level the documents are written
// at, made when first asked for: the forms of all ten levels took a
// million instructions at start-up (keys, choices), where a run writes
// at three or four levels (compact: one). Deeper than the levels kept, at
// makes one anew, as jsonKey.at does a key. A form is set once and never
// changed: two goroutines that both find a level empty make the same form,
// and the first stored is the one kept. at is a call (beyond the
// inliner's budget), some 27 instructions: the document asks for the
// forms of its mentions and events once, and an event's form holds those
// of its spans, rather than each object asking for its own.
type forms[F any] struct {
	byLevel [maxDepth + 2]atomic.Pointer[F]
	build   func(level) F
}

func newForms[F any](build func(level) F) *forms[F] {
	return &forms[F]{build: build}
}

func (fs *forms[F]) at(l level) *F {
	if int(l) < len(fs.byLevel) {
		if f := fs.byLevel[l].Load(); f != nil {
			return f
		}
	}
	return fs.make(l)
}

// make makes the form of level l, and keeps it unless another goroutine
// has kept one first or l is deeper than the levels kept.
func (fs *forms[F]) make(l level) *F {
	f := fs.build(l)
	if int(l) >= len(fs.byLevel) {
		return &f
	}
	fs.byLevel[l].CompareAndSwap(nil, &f)
	return fs.byLevel[l].Load()
}

var mentionForms = newForms(newMentionForm)

// mention writes what export.MentionOf makes of m, the i-th element of
// the mentions, from the comma before it, with t, the form of level l.
func (l level) mention(b []byte, t *mentionForm, i int, m *timeline.Mention, c *caches) []byte {
	b = t.open.nth(i).put(b)
	b = appendStringThen(b, m.ID, &t.start)
	b = appendStartEnd(b, m.Start, &t.end, m.End, &t.text)
	if i := typeIndex(m.Type); i >= 0 {
		b = appendStringThen(b, m.Text, &t.textType[i])
	} else {
		b = appendStringBody(b, m.Text)
		b = t.typeValue.write(b, -1, string(m.Type))
	}
	b = appendStringBody(b, m.Value)
	if m.Mod != "" {
		b = append(b, t.mod...)
		b = appendStringBody(b, m.Mod)
	}
	code := mentionCode(m)
	s, found := c.tails.find(&m.Interval, l, code)
	if found {
		return append(b, s.text...)
	}
	start := len(b)
	b = l.mentionTail(b, m, t, &c.dates)
	c.tails.keep(s, &m.Interval, l, code, b[start:])
	return b
}

// mentionTail writes the fields of a mention from its kind on, and the
// closing brace.
func (l level) mentionTail(b []byte, m *timeline.Mention, t *mentionForm, dates *dateCache) []byte {
	if m.Kind != "" {
		b = t.kind.write(b, kindIndex(m.Kind), string(m.Kind))
	}
	b = l.inner().interval(b, &m.Interval, dates)
	b = t.anchor.write(b, anchorIndex(m.Anchor), m.Anchor)
	if m.AnchorWhy == "" { // omitempty
		return append(b, t.close...)
	}
	if i := reasonIndex(m.AnchorWhy); i >= 0 {
		return t.why.write(b, i, "")
	}
	return t.why.write(b, -1, m.AnchorWhy.Describe())
}

// mentionCode packs what a mention's tail is made of besides its interval
// and level: its kind, anchor and anchorWhy, each by its index, or 0 when
// one is not among those known. The code is odd, an event's even.
func mentionCode(m *timeline.Mention) uint32 {
	kind, anchor, why := kindIndex(m.Kind), anchorIndex(m.Anchor), reasonIndex(m.AnchorWhy)
	if kind < 0 && m.Kind != "" || anchor < 0 || why < 0 && m.AnchorWhy != "" {
		return 0
	}
	return 1 | uint32(kind+1)<<1 | uint32(anchor)<<4 | uint32(why+1)<<5
}

// eventCode packs what an event's tail is made of besides its interval
// and level: its kind by its index and its state, or 0 when the kind is
// not among those known.
func eventCode(ev *timeline.Event) uint32 {
	kind := kindIndex(ev.Kind)
	if kind < 0 && ev.Kind != "" {
		return 0
	}
	state := uint32(0)
	if ev.State {
		state = 1
	}
	return 2 | uint32(kind+1)<<2 | state<<5
}

// A tailCache holds the text of the fields that end a mention (kind,
// interval, anchor and anchorWhy, and the closing brace) or follow an
// event's label (interval, kind, state and the key of its mentions), by
// the interval, the level and a code of the other values (mentionCode,
// eventCode): some 580 tails end the 3,700 mentions of a megabyte of news
// and 370 begin its 2,100 events, and one found is written in one append,
// where its fields cost some 300 instructions. An object goes to a slot by
// its interval and code; a slot answers only for the very same times (==:
// the same instants in the same locations, whose text is the same, see
// dateCache.appendDate), compared one by one as Interval's == is a call.
// 1,024 slots find 79 % of the mentions' tails of a megabyte of news and
// 82 % of the events'; 256 find 71 % of the mentions'.
type tailCache struct {
	slots [1 << tailBits]tailSlot
}

type tailSlot struct {
	iv   timeline.Interval
	l    level
	code uint32 // 0 when the slot is empty
	text []byte // kept when the slot is reused
}

const tailBits = 10

// find returns the slot of an object's tail, and whether it holds it; nil
// for an object whose code is 0, or when there is no cache.
func (c *tailCache) find(iv *timeline.Interval, l level, code uint32) (*tailSlot, bool) {
	if c == nil || code == 0 {
		return nil, false
	}
	h := uint64(iv.Earliest.Unix())*0x9E3779B97F4A7C15 + uint64(iv.Latest.Unix())*0xBF58476D1CE4E5B9 + uint64(code)*0x94D049BB133111EB
	s := &c.slots[h>>(64-tailBits)]
	return s, s.code == code && s.l == l && s.iv.Earliest == iv.Earliest && s.iv.Latest == iv.Latest && s.iv.Granularity == iv.Granularity
}

// keep keeps in s, unless it is nil, the text of a tail.
func (c *tailCache) keep(s *tailSlot, iv *timeline.Interval, l level, code uint32, text []byte) {
	if s != nil {
		s.iv, s.l, s.code, s.text = *iv, l, code, append(s.text[:0], text...)
	}
}

// caches holds what the writer keeps from one object to the next, and
// from one document to the next (docWriter).
type caches struct {
	tails *tailCache // nil: every object written field by field
	hows  *howMemo   // nil: every how field written as it comes
	dates dateCache  // for the tails not found
}

// A howMemo holds the how fields of events last written, whole: the key,
// the text quoted and the closing quote, with the text and the level. A
// megabyte of news has some 2,100 hows, more than half of them the same
// words (the document date's, which events build once for a document, and
// a few constant ones), each some 230 instructions to write, most of them
// testing the text for bytes to escape and copying key and text apart. A
// field held again is one compare of strings, which for the very same
// string is one of pointers, and one append. A text goes to a slot by its
// length: 16 slots find 88 % of the hows of a megabyte of news (8: a few
// fewer).
type howMemo struct {
	slots [howSlots]struct {
		how  string
		l    level
		text []byte // kept when the slot is reused
	}
}

const howSlots = 16

// write writes the how field h at level l, whose key with the quote is
// key; with no memo, field by field.
func (m *howMemo) write(b []byte, key string, l level, h string) []byte {
	if m == nil {
		b = append(b, key...)
		return appendStringBody(b, h)
	}
	s := &m.slots[len(h)%howSlots]
	if s.how == h && s.l == l {
		return append(b, s.text...)
	}
	start := len(b)
	b = append(b, key...)
	b = appendStringBody(b, h)
	s.how, s.l, s.text = h, l, append(s.text[:0], b[start:]...)
	return b
}

// An eventForm is the constant text of an event at one level, as a
// mentionForm is a mention's. A megabyte of news has some 2,100 events.
type eventForm struct {
	open     opening // as a mentionForm's
	label    runText // the id's closing quote and the label's key
	kind     choice
	state    string  // the state field, whole
	mentions string  // the key of the mentions and the bracket
	mention  opening // the comma and line start before a mention's id, with its quote
	// the closing quote of a mention's id, and the next one's opening
	mentionNext runText
	// the closing quote of the last mention's id and the closing bracket
	// of the mentions, or the bracket of none, and the key of the start
	// that follows
	mentionsEnd, noMentions runText
	end                     runText // key
	how, reporter           string  // keys
	with, also              string  // keys, with the bracket
	// the key of the trigger, and the comma and line start before an
	// element of with or also, and the spanOpen of what follows
	trigger            runText
	withSpan, alsoSpan opening
	close              runText
	// the span forms of the trigger (a level in), of an element of with
	// or a retelling (two levels in) and of a retelling's trigger (three)
	spans [3]*spanForm
}

func newEventForm(l level) eventForm {
	f, g := l.inner(), l.inner().inner()
	elem := "," + string(g.newline(nil))
	return eventForm{
		open:        newOpening("," + string(l.newline(nil)) + "{" + keyID.quoted(f)[1:]),
		label:       newRun(`"` + keyLabel.quoted(f)),
		kind:        newChoice(keyKind, f, kinds, ""),
		state:       keyState.at(f) + "true",
		mentions:    keyMentions.at(f) + "[",
		mention:     newOpening(elem + `"`),
		mentionNext: newRun(`"` + elem + `"`),
		mentionsEnd: newRun(`"` + string(f.end(nil, ']', 1)) + keyStart.at(f)),
		noMentions:  newRun("]" + keyStart.at(f)),
		end:         newRun(keyEnd.at(f)),
		how:         keyHow.quoted(f),
		reporter:    keyReporter.quoted(f),
		with:        keyWith.at(f) + "[",
		also:        keyAlso.at(f) + "[",
		trigger:     newRun(keyTrigger.at(f) + spanOpen(f)),
		withSpan:    newOpening(elem + spanOpen(g)),
		alsoSpan:    newOpening(elem + spanOpen(g)),
		close:       newRun(string(l.end(nil, '}', 1))),
		spans:       [3]*spanForm{spanForms.at(f), spanForms.at(g), spanForms.at(g.inner())},
	}
}

var eventForms = newForms(newEventForm)

// An opening is the start of an array's element, from its comma on, and
// the same less the comma, for the first element.
type opening struct{ first, next runText }

func newOpening(start string) opening {
	return opening{first: newRun(start[1:]), next: newRun(start)}
}

// nth is the start of the i-th element.
func (o *opening) nth(i int) *runText {
	if i == 0 {
		return &o.first
	}
	return &o.next
}

// event writes what export.EventOf makes of ev, an event of document d
// and the i-th element of its events, from the comma before it, with t,
// the form of level l.
func (l level) event(b []byte, t *eventForm, i int, d *timeline.Document, ev *timeline.Event, c *caches) []byte {
	f, g := l.inner(), l.inner().inner()
	b = t.open.nth(i).put(b)
	b = appendStringThen(b, ev.ID, &t.label)
	b = appendStringBody(b, ev.Label)
	code := eventCode(ev)
	if s, found := c.tails.find(&ev.Interval, l, code); found {
		b = append(b, s.text...)
	} else {
		start := len(b)
		b = f.interval(b, &ev.Interval, &c.dates)
		if ev.Kind != "" {
			b = t.kind.write(b, kindIndex(ev.Kind), string(ev.Kind))
		}
		if ev.State {
			b = append(b, t.state...)
		}
		b = append(b, t.mentions...) // never null: EventOf makes a missing list empty
		c.tails.keep(s, &ev.Interval, l, code, b[start:])
	}
	if last := len(ev.Mentions) - 1; last >= 0 {
		b = t.mention.first.put(b)
		for _, id := range ev.Mentions[:last] {
			b = appendStringThen(b, id, &t.mentionNext)
		}
		b = appendStringThen(b, ev.Mentions[last], &t.mentionsEnd)
	} else {
		b = t.noMentions.put(b)
	}
	b = appendStartEnd(b, ev.Sentence.Start, &t.end, ev.Sentence.End, &noRun)
	if ev.How != "" {
		b = c.hows.write(b, t.how, l, ev.How)
	}
	if inText(d, ev.Trigger) {
		b = f.span(b, t.spans[0], &t.trigger, d, ev.Trigger)
	}
	if slices.ContainsFunc(ev.With, func(s timeline.Span) bool { return inText(d, s) }) {
		b = append(b, t.with...)
		n := 0
		for _, s := range ev.With {
			if inText(d, s) {
				b = g.span(b, t.spans[1], t.withSpan.nth(n), d, s)
				n++
			}
		}
		b = f.end(b, ']', n)
	}
	if ev.Reporter != "" {
		b = append(b, t.reporter...)
		b = appendStringBody(b, ev.Reporter)
	}
	if len(ev.Also) > 0 {
		b = append(b, t.also...)
		for i := range ev.Also {
			b = g.retelling(b, t.spans[1], t.spans[2], t.alsoSpan.nth(i), d, &ev.Also[i])
		}
		b = f.end(b, ']', len(ev.Also))
	}
	return t.close.put(b)
}

// A spanForm is the constant text of a span at one level, or of a
// retelling, which has a span's fields but its text, all but what begins
// it: whoever writes one (an event, a retelling) begins it with what
// comes before, a key or the start of an element, and spanOpen in one run.
type spanForm struct {
	end, text runText // keys
	trigger   runText // a retelling's key and its span's spanOpen
	close     runText
	textClose runText // the text's closing quote and close
}

func newSpanForm(l level) spanForm {
	f := l.inner()
	return spanForm{
		end:       newRun(keyEnd.at(f)),
		text:      newRun(keyText.quoted(f)),
		trigger:   newRun(keyTrigger.at(f) + spanOpen(f)),
		close:     newRun(string(l.end(nil, '}', 1))),
		textClose: newRun(`"` + string(l.end(nil, '}', 1))),
	}
}

var spanForms = newForms(newSpanForm)

// spanOpen begins a span or a retelling at l: the brace and the start's
// key.
func spanOpen(l level) string {
	return "{" + keyStart.at(l.inner())[1:]
}

// retelling writes one of the other places that report an event, after
// begin, which ends with its spanOpen, with t, the span form of level l,
// and inner, that of the level within, its trigger's.
func (l level) retelling(b []byte, t, inner *spanForm, begin *runText, d *timeline.Document, r *timeline.Retelling) []byte {
	b = begin.put(b)
	b = appendStartEnd(b, r.Sentence.Start, &t.end, r.Sentence.End, &noRun)
	if inText(d, r.Trigger) {
		b = l.inner().span(b, inner, &t.trigger, d, r.Trigger)
	}
	return t.close.put(b)
}

// inText reports whether s is a span export writes: one the document's
// text holds, not empty.
func inText(d *timeline.Document, s timeline.Span) bool {
	return d != nil && s.Start >= 0 && s.End > s.Start && s.End <= len(d.Text)
}

// span writes a span after begin, which ends with its spanOpen, with t,
// the span form of level l.
func (l level) span(b []byte, t *spanForm, begin *runText, d *timeline.Document, s timeline.Span) []byte {
	b = begin.put(b)
	b = appendStartEnd(b, s.Start, &t.end, s.End, &t.text)
	return appendStringThen(b, d.Text[s.Start:s.End], &t.textClose)
}

// appendInt appends v in decimal, for the offsets the documents are full
// of. Below 10^8, as every offset of a file under 100 MB is, its eight
// digits, leading zeros and all, are made at once in one word (digits8),
// which is appended whole and cut after the leading zeros, shifted out:
// no loop, no division and no bounds check for each digit. Other numbers
// are strconv's.
func appendInt(b []byte, v int) []byte {
	if uint(v) >= 1e8 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	word, n := digitsWord(uint64(v))
	b = binary.LittleEndian.AppendUint64(b, word)
	return b[:len(b)-8+n]
}

// digitsWord returns v < 10^8 in decimal as one word, its first digit in
// the low byte, and the count of its digits: digits8's word with the
// leading zeros shifted out.
func digitsWord(v uint64) (word uint64, n int) {
	d := digits8(v)
	// the leading zeros are the zero bytes at the low end of d, all but
	// the last digit's: the bit set in its byte stops the count there
	// when every digit is zero, and makes d not zero, so that counting
	// needs no test for zero; zeros is their count in bits
	zeros := bits.TrailingZeros64(d|1<<56) &^ 7
	return (d | 0x3030303030303030) >> zeros, 8 - zeros>>3
}

// appendStartEnd writes the two offsets that every span, mention, event
// and retelling has, from "start": on: the start, end's key, the end and
// what follows, after (noRun: nothing). They are the numbers that fill
// most of the documents besides the text (some 23,000 a megabyte of
// news, two to each of 11,300 objects). With room for all four, each
// number is stored as one word (digitsWord) and each key as one block
// (runText), the buffer cut after each, in one call where two appendInts
// and two appends of keys were four, and each key's a call to copy it.
func appendStartEnd(b []byte, start int, end *runText, endValue int, after *runText) []byte {
	n := len(b)
	room := cap(b) - n - 2*8 - runBlock // past the numbers and one block
	if uint(start) >= 1e8 || uint(endValue) >= 1e8 || room < end.need || room < after.need {
		b = appendInt(b, start)
		b = append(b, end.text...)
		b = appendInt(b, endValue)
		return append(b, after.text...)
	}
	// digitsWord by hand, as a call (beyond the inliner's budget) made
	// this function save its values around it
	d := digits8(uint64(start))
	zeros := bits.TrailingZeros64(d|1<<56) &^ 7
	binary.LittleEndian.PutUint64(b[n:n+8], (d|0x3030303030303030)>>zeros)
	n += 8 - zeros>>3
	*(*[runBlock]byte)(b[n : n+runBlock]) = end.block
	n += len(end.text)
	d = digits8(uint64(endValue))
	zeros = bits.TrailingZeros64(d|1<<56) &^ 7
	binary.LittleEndian.PutUint64(b[n:n+8], (d|0x3030303030303030)>>zeros)
	n += 8 - zeros>>3
	*(*[runBlock]byte)(b[n : n+runBlock]) = after.block
	return b[:n+len(after.text)]
}

// A runText is a short constant text of the forms (a key, with the comma,
// the line start and the punctuation around it) kept in a fixed block
// too, so that put copies it with a few moves of the whole block, the
// buffer then cut after the text, where append copies a string through
// a call (runtime.memmove, some twenty instructions for the short texts
// the forms are made of, and the caller's registers saved around it).
type runText struct {
	text  string
	block [runBlock]byte // text, padded with zeros
	// need is the room put needs past the buffer's length to copy the
	// block: runBlock, or more than any buffer has (math.MaxInt) for a
	// text longer than the block, which put appends, so that one
	// compare tells both cases
	need int
}

// runBlock holds every run of the levels the extract command writes
// (objects at 4, their spans at 5 and 6) but a retelling's trigger key
// with its span's opening, 50 bytes: a block of 32 left the event's
// trigger key to append (+53 K instructions a megabyte of news), one of
// 64 cost more moves than it saved (+54 K).
const runBlock = 48

// noRun is an empty text, for appendStartEnd when nothing follows the
// end.
var noRun = newRun("")

func newRun(text string) runText {
	r := runText{text: text, need: runBlock}
	if copy(r.block[:], text) < len(text) {
		r.need = math.MaxInt
	}
	return r
}

// put appends r's text.
func (r *runText) put(b []byte) []byte {
	n := len(b)
	if cap(b)-n < r.need {
		return append(b, r.text...)
	}
	*(*[runBlock]byte)(b[n : n+runBlock]) = r.block
	return b[:n+len(r.text)]
}

// digits8 returns the eight decimal digits of v < 10^8, leading zeros
// included, one to a byte, the first in the low byte. v is cut in two
// numbers of four digits, each of those in two of two digits, and each of
// those in two digits, every step done on all the parts at once, one in
// each lane of the word, a lane wide enough that no product spills into the
// next: n/100 is n*5243>>19 for n < 43,699, and n/10 is n*103>>10 for
// n < 179. v/10000 itself is v*109951163>>40 for v < 10^8 (checked for
// every v), a multiplier small enough for one instruction, where the
// compiler's divide by a constant is a wide multiply through fixed
// registers.
func digits8(v uint64) uint64 {
	hi := v * 109951163 >> 40  // v/10000
	x := hi | (v-10000*hi)<<32 // two lanes of 32 bits, the first four digits in the low one
	q := x * 5243 >> 19 & 0x0000007F_0000007F
	x = q | (x-100*q)<<16 // four lanes of 16 bits: two digits each
	q = x * 103 >> 10 & 0x000F_000F_000F_000F
	return q | (x-10*q)<<8 // eight lanes of 8 bits: one digit each
}

const hexDigits = "0123456789abcdef"

// plain8 reports whether the eight bytes of v are all ASCII that JSON
// writes as they are: none a control character, a quote, a backslash or
// the start of a rune beyond ASCII. When every byte of x is ASCII,
// (x - n*ones) & highs is not zero exactly when some byte of x is below n:
// a byte from n up stays below 128 and borrows nothing, and a high bit is
// set only by a byte below n or by a borrow from one. A byte beyond ASCII
// sets its own high bit in v, or-ed in, so the tests need not mask it out
// of theirs (&^ x), as a test of any bytes would.
func plain8(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := v^('"'*ones), v^('\\'*ones)
	return ((v-' '*ones)|(quote-ones)|(backslash-ones)|v)&highs == 0
}

// isPlain reports whether JSON writes s as it is: every byte plain ASCII
// (see plain8), tested eight at a time, the last eight overlapping those
// before. A shorter string, as most are (ids, types, values), is tested in
// one word too: from four bytes on, its first four and last four; below,
// its first, middle and last bytes, which are all of them, padded with
// spaces.
func isPlain(s string) bool {
	n := len(s)
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			if !plain8(ascii.Load8(s[i : i+8])) {
				return false
			}
		}
		return plain8(ascii.Load8(s[n-8:]))
	case n >= 4:
		return plain8(uint64(ascii.Load4(s)) | uint64(ascii.Load4(s[n-4:]))<<32)
	case n > 0:
		const spaces = 0x2020202020 << 24
		return plain8(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | spaces)
	}
	return true
}

// appendStringBody appends s quoted as encoding/json quotes it without
// HTML escaping (control characters, quotes and backslashes escaped,
// invalid UTF-8 as U+FFFD, and U+2028 and U+2029 escaped for JavaScript),
// after the opening quote, which a field's key writes with its name
// (jsonKey.quoted).
//
// A string of up to 32 bytes, as nine in ten are (ids, values, mention
// texts, triggers), is read in the few words isPlain would test, each
// tested and then stored where it was read from, overlapping words and
// all, with the closing quote after them: no call to test it, and none to
// copy it. A megabyte of news writes some 24,000 strings, each of which
// cost about 100 instructions through isPlain and append.
func appendStringBody(dst []byte, s string) []byte {
	if n, k := len(s), len(dst); n > 0 && n <= 32 && cap(dst)-k > 32 {
		b := dst[k : k+33]
		switch {
		case n < 4: // its first, middle and last bytes, which are all of them
			const spaces = 0x2020202020 << 24
			if plain8(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | spaces) {
				b[0], b[n/2], b[n-1] = s[0], s[n/2], s[n-1]
				b[n] = '"'
				return dst[:k+n+1]
			}
		case n < 8: // its first four bytes and its last four
			first, last := ascii.Load4(s), ascii.Load4(s[n-4:])
			if plain8(uint64(first) | uint64(last)<<32) {
				binary.LittleEndian.PutUint32(b, first)
				binary.LittleEndian.PutUint32(b[n-4:], last)
				b[n] = '"'
				return dst[:k+n+1]
			}
		case n <= 16: // its first eight bytes and its last eight
			first, last := ascii.Load8(s), ascii.Load8(s[n-8:])
			if plain8(first) && plain8(last) {
				binary.LittleEndian.PutUint64(b, first)
				binary.LittleEndian.PutUint64(b[n-8:], last)
				b[n] = '"'
				return dst[:k+n+1]
			}
		default: // its first sixteen bytes and its last sixteen
			w0, w1 := ascii.Load8(s), ascii.Load8(s[8:])
			w2, w3 := ascii.Load8(s[n-16:]), ascii.Load8(s[n-8:])
			if plain8(w0) && plain8(w1) && plain8(w2) && plain8(w3) {
				binary.LittleEndian.PutUint64(b, w0)
				binary.LittleEndian.PutUint64(b[8:], w1)
				binary.LittleEndian.PutUint64(b[n-16:], w2)
				binary.LittleEndian.PutUint64(b[n-8:], w3)
				b[n] = '"'
				return dst[:k+n+1]
			}
		}
	}
	if isPlain(s) { // nearly every string: ids, values, most text
		dst = append(dst, s...)
		return append(dst, '"')
	}
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time while none needs a look
		for i+8 <= len(s) && plain8(ascii.Load8(s[i:i+8])) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if b >= ' ' && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendStringThen appends s quoted, as appendStringBody does, and then
// after, whose text begins with the closing quote: for a string of up to
// 32 bytes with room for both, the string's words and after's block are
// stored one after the other, the quote with the block rather than alone.
func appendStringThen(dst []byte, s string, after *runText) []byte {
	n, k := len(s), len(dst)
	if n == 0 || n > 32 || cap(dst)-k-32 < after.need {
		dst = appendStringBody(dst, s)
		return after.put(dst[:len(dst)-1])
	}
	b := dst[k : k+32+runBlock]
	switch {
	case n < 4: // its first, middle and last bytes, which are all of them
		const spaces = 0x2020202020 << 24
		if !plain8(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | spaces) {
			break
		}
		b[0], b[n/2], b[n-1] = s[0], s[n/2], s[n-1]
		*(*[runBlock]byte)(b[n : n+runBlock]) = after.block
		return dst[:k+n+len(after.text)]
	case n < 8: // its first four bytes and its last four
		first, last := ascii.Load4(s), ascii.Load4(s[n-4:])
		if !plain8(uint64(first) | uint64(last)<<32) {
			break
		}
		binary.LittleEndian.PutUint32(b, first)
		binary.LittleEndian.PutUint32(b[n-4:], last)
		*(*[runBlock]byte)(b[n : n+runBlock]) = after.block
		return dst[:k+n+len(after.text)]
	case n <= 16: // its first eight bytes and its last eight
		first, last := ascii.Load8(s), ascii.Load8(s[n-8:])
		if !plain8(first) || !plain8(last) {
			break
		}
		binary.LittleEndian.PutUint64(b, first)
		binary.LittleEndian.PutUint64(b[n-8:], last)
		*(*[runBlock]byte)(b[n : n+runBlock]) = after.block
		return dst[:k+n+len(after.text)]
	default: // its first sixteen bytes and its last sixteen
		w0, w1 := ascii.Load8(s), ascii.Load8(s[8:])
		w2, w3 := ascii.Load8(s[n-16:]), ascii.Load8(s[n-8:])
		if !plain8(w0) || !plain8(w1) || !plain8(w2) || !plain8(w3) {
			break
		}
		binary.LittleEndian.PutUint64(b, w0)
		binary.LittleEndian.PutUint64(b[8:], w1)
		binary.LittleEndian.PutUint64(b[n-16:], w2)
		binary.LittleEndian.PutUint64(b[n-8:], w3)
		*(*[runBlock]byte)(b[n : n+runBlock]) = after.block
		return dst[:k+n+len(after.text)]
	}
	dst = appendStringBody(dst, s)
	return after.put(dst[:len(dst)-1])
}
