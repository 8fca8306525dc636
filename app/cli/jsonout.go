package cli

import (
	"bufio"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"retrace/timeline"
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
type jsonEnc struct {
	buf    []byte
	indent bool
	depth  int
	// started has bit d set once something is written in the object or
	// array open at depth d: the next element takes a comma.
	started uint64
	// out, when set, takes buf whenever it holds more than spillSize, so
	// a document of any size is written with a small buffer.
	out *bufio.Writer
}

const spillSize = 32 << 10

// spill hands what is written so far to out.
func (e *jsonEnc) spill() {
	if e.out != nil && len(e.buf) >= spillSize {
		e.out.Write(e.buf) // a write error sticks in out; its Flush reports it
		e.buf = e.buf[:0]
	}
}

// lineStarts[d] begins a line at depth d: a line break and the indent, in
// one append rather than one per level. A document goes no deeper than
// maxDepth; deeper, newline and key write the indent a level at a time.
var lineStarts = func() (lines [maxDepth + 1]string) {
	for d := range lines {
		lines[d] = "\n" + strings.Repeat("  ", d)
	}
	return lines
}()

const maxDepth = 8

// A jsonKey is a field's name as the writer puts it before the value: the
// comma, the line break and indent of each depth (indented) or none
// (compact), the name in quotes and the colon, made once so that a field
// is begun in one append; the comma is cut off before an object's first
// field. The documents are made of keys as much as of values.
type jsonKey struct {
	name     string
	compact  string
	indented [maxDepth + 1]string
}

func newKey(name string) *jsonKey {
	k := &jsonKey{name: name, compact: `,"` + name + `":`}
	for d := range k.indented {
		k.indented[d] = "," + lineStarts[d] + `"` + name + `": `
	}
	return k
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

func (e *jsonEnc) newline() {
	if !e.indent {
		return
	}
	if e.depth <= maxDepth {
		e.buf = append(e.buf, lineStarts[e.depth]...)
		return
	}
	e.buf = append(e.buf, '\n')
	for range e.depth {
		e.buf = append(e.buf, ' ', ' ')
	}
}

func (e *jsonEnc) open(c byte) {
	e.buf = append(e.buf, c)
	e.depth++
	e.started &^= 1 << (e.depth & 63)
}

func (e *jsonEnc) close(c byte) {
	started := e.started&(1<<(e.depth&63)) != 0
	e.depth--
	if started {
		e.newline()
	}
	e.buf = append(e.buf, c)
}

// elem starts the next element of the open array or object.
func (e *jsonEnc) elem() {
	bit := uint64(1) << (e.depth & 63)
	if e.started&bit != 0 {
		e.buf = append(e.buf, ',')
	}
	e.started |= bit
	e.newline()
}

// key starts the next field of the open object.
func (e *jsonEnc) key(k *jsonKey) {
	p := k.compact
	if e.indent {
		if e.depth > maxDepth {
			e.deepKey(k)
			return
		}
		p = k.indented[e.depth]
	}
	bit := uint64(1) << (e.depth & 63)
	if e.started&bit == 0 {
		p = p[1:]
	}
	e.started |= bit
	e.buf = append(e.buf, p...)
}

// deepKey is key deeper than the keys are made for.
func (e *jsonEnc) deepKey(k *jsonKey) {
	e.elem()
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, k.name...)
	e.buf = append(e.buf, '"', ':', ' ')
}

func (e *jsonEnc) str(k *jsonKey, v string) {
	e.key(k)
	e.buf = appendJSONString(e.buf, v)
}

// optStr writes a field tagged omitempty.
func (e *jsonEnc) optStr(k *jsonKey, v string) {
	if v != "" {
		e.str(k, v)
	}
}

// float writes a number as encoding/json does: the shortest decimal that
// reads back the same, with an exponent below 1e-6 and from 1e21 on.
func (e *jsonEnc) float(k *jsonKey, f float64) {
	e.key(k)
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.buf = strconv.AppendFloat(e.buf, f, format, -1, 64)
	if format == 'e' { // "1e-07" is written "1e-7"
		if n := len(e.buf); n >= 4 && e.buf[n-4] == 'e' && e.buf[n-3] == '-' && e.buf[n-2] == '0' {
			e.buf[n-2] = e.buf[n-1]
			e.buf = e.buf[:n-1]
		}
	}
}

// optFloat writes a number field tagged omitempty.
func (e *jsonEnc) optFloat(k *jsonKey, f float64) {
	if f != 0 {
		e.float(k, f)
	}
}

func (e *jsonEnc) int(k *jsonKey, v int) {
	e.key(k)
	e.buf = appendInt(e.buf, v)
}

// interval writes the earliest, latest and granularity fields of
// export.MentionJSON and EventJSON, each tagged omitempty: all three are
// absent when the interval is zero.
func (e *jsonEnc) interval(iv timeline.Interval) {
	if iv.IsZero() {
		return
	}
	if !iv.Earliest.IsZero() {
		e.key(keyEarliest)
		e.date(iv.Earliest)
	}
	if !iv.Latest.IsZero() {
		e.key(keyLatest)
		e.date(iv.Latest)
	}
	if iv.Granularity != timeline.GranUnknown {
		e.str(keyGranularity, iv.Granularity.String())
	}
}

// date writes a day as a JSON string, as timeline.FormatDate writes it:
// nothing in it needs escaping.
func (e *jsonEnc) date(t time.Time) {
	e.buf = append(e.buf, '"')
	e.buf = timeline.AppendDate(e.buf, t)
	e.buf = append(e.buf, '"')
}

// analysis writes an analysis as export.DocumentJSON shapes it, its
// mentions and events one by one as they come.
func (e *jsonEnc) analysis(a *timeline.Analysis) {
	head := export.DocumentJSON(&timeline.Analysis{Doc: a.Doc, Narrative: a.Narrative})
	e.open('{')
	e.str(keyPath, head.Path)
	e.optStr(keyTitle, head.Title)
	e.key(keyDCT)
	e.dct(head.DCT)
	e.str(keyMode, head.Mode)
	e.key(keyMentions)
	e.open('[')
	for i := range a.Mentions {
		e.elem()
		e.mention(&a.Mentions[i])
		e.spill()
	}
	e.close(']')
	e.key(keyEvents)
	e.open('[')
	for i := range a.Events {
		e.elem()
		e.event(a.Doc, &a.Events[i])
		e.spill()
	}
	e.close(']')
	e.close('}')
}

func (e *jsonEnc) dct(d export.DCTJSON) {
	e.open('{')
	e.str(keyValue, d.Value)
	e.str(keySource, d.Source)
	e.optFloat(keyConfidence, d.Confidence)
	e.optStr(keyEvidence, d.Evidence)
	e.optStr(keyNote, d.Note)
	if len(d.Candidates) > 0 {
		e.key(keyCandidates)
		e.open('[')
		for _, c := range d.Candidates {
			e.elem()
			e.open('{')
			e.str(keyValue, c.Value)
			e.str(keySource, c.Source)
			e.float(keyConfidence, c.Confidence)
			e.optStr(keyEvidence, c.Evidence)
			e.optStr(keyNote, c.Note)
			e.close('}')
		}
		e.close(']')
	}
	e.close('}')
}

// mention writes what export.MentionOf makes of m.
func (e *jsonEnc) mention(m *timeline.Mention) {
	e.open('{')
	e.str(keyID, m.ID)
	e.int(keyStart, m.Start)
	e.int(keyEnd, m.End)
	e.str(keyText, m.Text)
	e.str(keyType, string(m.Type))
	e.str(keyValue, m.Value)
	e.optStr(keyMod, m.Mod)
	e.optStr(keyKind, string(m.Kind))
	e.interval(m.Interval)
	e.str(keyAnchor, m.Anchor)
	if m.AnchorWhy != "" {
		e.str(keyAnchorWhy, m.AnchorWhy.Describe())
	}
	e.close('}')
}

// event writes what export.EventOf makes of ev, an event of document d.
func (e *jsonEnc) event(d *timeline.Document, ev *timeline.Event) {
	e.open('{')
	e.str(keyID, ev.ID)
	e.str(keyLabel, ev.Label)
	e.interval(ev.Interval)
	e.optStr(keyKind, string(ev.Kind))
	if ev.State {
		e.key(keyState)
		e.buf = append(e.buf, "true"...)
	}
	e.key(keyMentions) // never null: EventOf makes a missing list empty
	e.open('[')
	for _, id := range ev.Mentions {
		e.elem()
		e.buf = appendJSONString(e.buf, id)
	}
	e.close(']')
	e.int(keyStart, ev.Sentence.Start)
	e.int(keyEnd, ev.Sentence.End)
	e.optStr(keyHow, ev.How)
	if inText(d, ev.Trigger) {
		e.key(keyTrigger)
		e.span(d, ev.Trigger)
	}
	if slices.ContainsFunc(ev.With, func(s timeline.Span) bool { return inText(d, s) }) {
		e.key(keyWith)
		e.open('[')
		for _, s := range ev.With {
			if inText(d, s) {
				e.elem()
				e.span(d, s)
			}
		}
		e.close(']')
	}
	e.optStr(keyReporter, ev.Reporter)
	if len(ev.Also) > 0 {
		e.key(keyAlso)
		e.open('[')
		for _, r := range ev.Also {
			e.elem()
			e.open('{')
			e.int(keyStart, r.Sentence.Start)
			e.int(keyEnd, r.Sentence.End)
			if inText(d, r.Trigger) {
				e.key(keyTrigger)
				e.span(d, r.Trigger)
			}
			e.close('}')
		}
		e.close(']')
	}
	e.close('}')
}

// inText reports whether s is a span export writes: one the document's
// text holds, not empty.
func inText(d *timeline.Document, s timeline.Span) bool {
	return d != nil && s.Start >= 0 && s.End > s.Start && s.End <= len(d.Text)
}

func (e *jsonEnc) span(d *timeline.Document, s timeline.Span) {
	e.open('{')
	e.int(keyStart, s.Start)
	e.int(keyEnd, s.End)
	e.str(keyText, d.Text[s.Start:s.End])
	e.close('}')
}

// appendInt appends v in decimal, for the offsets the documents are full
// of: its digits counted first and written in place from the last, two at
// a time, rather than into a buffer and copied.
func appendInt(b []byte, v int) []byte {
	if v < 0 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	i := len(b) + decimalLen(uint64(v))
	b = slices.Grow(b, i-len(b))[:i]
	for v >= 100 {
		q := v / 100
		r := 2 * (v - 100*q)
		i -= 2
		b[i], b[i+1] = digitPairs[r], digitPairs[r+1]
		v = q
	}
	if v >= 10 {
		b[i-2], b[i-1] = digitPairs[2*v], digitPairs[2*v+1]
	} else {
		b[i-1] = byte('0' + v)
	}
	return b
}

// decimalLen is the number of decimal digits of v. A number of n bits has
// about n*log10(2) ~= n*1233/4096 of them, or one more: t below is the
// fewer, and v has t+1 digits from powersOf10[t] on.
func decimalLen(v uint64) int {
	t := bits.Len64(v) * 1233 >> 12
	if v >= powersOf10[t] {
		t++
	}
	return t
}

// powersOf10[t] is 10^t, but for 0: zero has a digit too.
var powersOf10 = [...]uint64{0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// digitPairs holds "00" to "99" one after another.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

const hexDigits = "0123456789abcdef"

// load8 reads eight bytes of s, the first in the low byte.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load4 reads four bytes of s, the first in the low byte.
func load4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// plain8 reports whether the eight bytes of v are all ASCII that JSON
// writes as they are: none a control character, a quote, a backslash or
// the start of a rune beyond ASCII. (x - n*ones) &^ x & highs is not zero
// exactly when some byte of x is below n, for n up to 128.
func plain8(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := v^('"'*ones), v^('\\'*ones)
	return ((v-' '*ones)&^v|(quote-ones)&^quote|(backslash-ones)&^backslash|v)&highs == 0
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
			if !plain8(load8(s[i : i+8])) {
				return false
			}
		}
		return plain8(load8(s[n-8:]))
	case n >= 4:
		return plain8(uint64(load4(s)) | uint64(load4(s[n-4:]))<<32)
	case n > 0:
		const spaces = 0x2020202020 << 24
		return plain8(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | spaces)
	}
	return true
}

// appendJSONString appends s quoted as encoding/json quotes it without
// HTML escaping: control characters, quotes and backslashes escaped,
// invalid UTF-8 as U+FFFD, and U+2028 and U+2029 escaped for JavaScript.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	if isPlain(s) { // nearly every string: ids, values, most text
		dst = append(dst, s...)
		return append(dst, '"')
	}
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time while none needs a look
		for i+8 <= len(s) && plain8(load8(s[i:i+8])) {
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
