package cli

import (
	"bufio"
	"iter"
	"math"
	"strconv"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/export"
)

// jsonEnc writes JSON as it goes, with encoding/json's exact bytes
// (SetEscapeHTML(false); indented with SetIndent("", "  ") or compact), so
// the extract command prints each document as soon as it is analysed with
// no second pass to indent it and no reflection. It knows export's DocJSON
// shape field by field; TestJSONMatchesEncodingJSON holds the two together.
type jsonEnc struct {
	buf    []byte
	indent bool
	depth  int
	fresh  []bool // for each open object or array: nothing written in it yet
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

// newlineIndent is a line break and the indent of the deepest a document
// goes and more, cut to length: one append per line instead of one per level.
const newlineIndent = "\n                                "

func (e *jsonEnc) newline() {
	if !e.indent {
		return
	}
	if n := 1 + 2*e.depth; n <= len(newlineIndent) {
		e.buf = append(e.buf, newlineIndent[:n]...)
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
	e.fresh = append(e.fresh, true)
}

func (e *jsonEnc) close(c byte) {
	e.depth--
	last := len(e.fresh) - 1
	if !e.fresh[last] {
		e.newline()
	}
	e.fresh = e.fresh[:last]
	e.buf = append(e.buf, c)
}

// elem starts the next element of the open array or object.
func (e *jsonEnc) elem() {
	last := len(e.fresh) - 1
	if !e.fresh[last] {
		e.buf = append(e.buf, ',')
	}
	e.fresh[last] = false
	e.newline()
}

func (e *jsonEnc) key(k string) {
	e.elem()
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, k...)
	e.buf = append(e.buf, '"', ':')
	if e.indent {
		e.buf = append(e.buf, ' ')
	}
}

func (e *jsonEnc) str(k, v string) {
	e.key(k)
	e.buf = appendJSONString(e.buf, v)
}

// optStr writes a field tagged omitempty.
func (e *jsonEnc) optStr(k, v string) {
	if v != "" {
		e.str(k, v)
	}
}

// float writes a number as encoding/json does: the shortest decimal that
// reads back the same, with an exponent below 1e-6 and from 1e21 on.
func (e *jsonEnc) float(k string, f float64) {
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
func (e *jsonEnc) optFloat(k string, f float64) {
	if f != 0 {
		e.float(k, f)
	}
}

func (e *jsonEnc) int(k string, v int) {
	e.key(k)
	e.buf = strconv.AppendInt(e.buf, int64(v), 10)
}

// document writes one document in export.DocJSON's shape, its mentions and
// events as they come.
func (e *jsonEnc) document(head export.DocJSON, mentions iter.Seq[export.MentionJSON], events iter.Seq[export.EventJSON]) {
	e.open('{')
	e.str("path", head.Path)
	e.optStr("title", head.Title)
	e.key("dct")
	e.dct(head.DCT)
	e.str("mode", head.Mode)
	e.key("mentions")
	e.open('[')
	for m := range mentions {
		e.elem()
		e.mention(m)
		e.spill()
	}
	e.close(']')
	e.key("events")
	e.open('[')
	for ev := range events {
		e.elem()
		e.event(ev)
		e.spill()
	}
	e.close(']')
	e.close('}')
}

func (e *jsonEnc) dct(d export.DCTJSON) {
	e.open('{')
	e.str("value", d.Value)
	e.str("source", d.Source)
	e.optFloat("confidence", d.Confidence)
	e.optStr("evidence", d.Evidence)
	e.optStr("note", d.Note)
	if len(d.Candidates) > 0 {
		e.key("candidates")
		e.open('[')
		for _, c := range d.Candidates {
			e.elem()
			e.open('{')
			e.str("value", c.Value)
			e.str("source", c.Source)
			e.float("confidence", c.Confidence)
			e.optStr("evidence", c.Evidence)
			e.optStr("note", c.Note)
			e.close('}')
		}
		e.close(']')
	}
	e.close('}')
}

func (e *jsonEnc) mention(m export.MentionJSON) {
	e.open('{')
	e.str("id", m.ID)
	e.int("start", m.Start)
	e.int("end", m.End)
	e.str("text", m.Text)
	e.str("type", m.Type)
	e.str("value", m.Value)
	e.optStr("mod", m.Mod)
	e.optStr("kind", m.Kind)
	e.optStr("earliest", m.Earliest)
	e.optStr("latest", m.Latest)
	e.optStr("granularity", m.Granularity)
	e.str("anchor", m.Anchor)
	e.optStr("anchorWhy", m.AnchorWhy)
	e.close('}')
}

func (e *jsonEnc) event(ev export.EventJSON) {
	e.open('{')
	e.str("id", ev.ID)
	e.str("label", ev.Label)
	e.optStr("earliest", ev.Earliest)
	e.optStr("latest", ev.Latest)
	e.optStr("granularity", ev.Granularity)
	e.optStr("kind", ev.Kind)
	if ev.State {
		e.key("state")
		e.buf = append(e.buf, "true"...)
	}
	e.key("mentions")
	if ev.Mentions == nil {
		e.buf = append(e.buf, "null"...)
	} else {
		e.open('[')
		for _, id := range ev.Mentions {
			e.elem()
			e.buf = appendJSONString(e.buf, id)
		}
		e.close(']')
	}
	e.int("start", ev.Start)
	e.int("end", ev.End)
	e.optStr("how", ev.How)
	if ev.Trigger != nil {
		e.key("trigger")
		e.span(ev.Trigger)
	}
	if len(ev.With) > 0 {
		e.key("with")
		e.open('[')
		for i := range ev.With {
			e.elem()
			e.span(&ev.With[i])
		}
		e.close(']')
	}
	e.optStr("reporter", ev.Reporter)
	if len(ev.Also) > 0 {
		e.key("also")
		e.open('[')
		for _, r := range ev.Also {
			e.elem()
			e.open('{')
			e.int("start", r.Start)
			e.int("end", r.End)
			if r.Trigger != nil {
				e.key("trigger")
				e.span(r.Trigger)
			}
			e.close('}')
		}
		e.close(']')
	}
	e.close('}')
}

func (e *jsonEnc) span(t *export.SpanJSON) {
	e.open('{')
	e.int("start", t.Start)
	e.int("end", t.End)
	e.str("text", t.Text)
	e.close('}')
}

// appendAnalysis writes an analysis as export.DocumentJSON shapes it.
func (e *jsonEnc) analysis(a *timeline.Analysis) {
	head := export.DocumentJSON(&timeline.Analysis{Doc: a.Doc, Narrative: a.Narrative})
	e.document(head, func(yield func(export.MentionJSON) bool) {
		for _, m := range a.Mentions {
			if !yield(export.MentionOf(m)) {
				return
			}
		}
	}, func(yield func(export.EventJSON) bool) {
		for _, ev := range a.Events {
			if !yield(export.EventOf(a.Doc, ev)) {
				return
			}
		}
	})
}

const hexDigits = "0123456789abcdef"

// load8 reads eight bytes of s, the first in the low byte.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
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

// appendJSONString appends s quoted as encoding/json quotes it without
// HTML escaping: control characters, quotes and backslashes escaped,
// invalid UTF-8 as U+FFFD, and U+2028 and U+2029 escaped for JavaScript.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time while none needs a look
		for i+8 <= len(s) && plain8(load8(s[i:])) {
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
