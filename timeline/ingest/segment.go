package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ascii"
)

// FromText wraps already-decoded plain text in a Document with paragraph and
// sentence boundaries. The document date is left unknown: use Read to look
// for one.
func FromText(path, text string) *timeline.Document {
	doc, _ := fromText(path, text, false)
	return doc
}

// fromText is FromText that also returns the text's lines as docdate.Lines
// cuts them, for the date to be found without cutting them again. isASCII
// tells that the text holds no byte beyond ASCII (see decoded): then the
// line and sentence ends of several bytes are not looked for.
func fromText(path, text string, isASCII bool) (*timeline.Document, []timeline.Span) {
	ls := splitLinesOf(text, isASCII)
	doc := &timeline.Document{Path: path, Format: FormatText, Text: text, DateSource: timeline.DateUnknown}
	doc.Paragraphs = paragraphs(text, ls)
	doc.Sentences = sentences(text, doc.Paragraphs, isASCII)
	return doc, dateLines(ls)
}

// dateLines returns the lines as docdate.Lines cuts the text: at LF, CRLF
// and CR as splitLines does, but not at U+2028 or U+2029. The spans are
// the lines' own, not a copy (a long text's lines are megabytes); when
// one of those separators ends a line, which is rare, it returns nil and
// docdate cuts the text itself.
func dateLines(ls textLines) []timeline.Span {
	if ls.separated {
		return nil
	}
	return ls.spans
}

// textLines are a text's lines, each without its line end, as splitLines cuts
// them: their spans, and what each pass over them asks, worked out once.
type textLines struct {
	spans []timeline.Span
	// blank is, by line, whether it is all white space (isBlank)
	blank []bool
	// separated is set when U+2028 or U+2029 ends a line
	separated bool
}

// lineRunes counts the runes of the line l of text up to maxLineRunes+1: a
// longer line is long, whatever its length.
func lineRunes(text string, l timeline.Span) int {
	return countRunes(text[l.Start:l.End], maxLineRunes+1)
}

// maxLineRunes is the longest line a hard-wrapped text has (see wrapWidth).
const maxLineRunes = 100

// splitLines cuts text at LF, CRLF, CR and the Unicode line and paragraph
// separators, so files written on any system read alike.
func splitLines(text string) textLines { return splitLinesOf(text, false) }

// splitLinesOf is splitLines of a text that, when isASCII is set, holds
// no byte beyond ASCII and so no separator.
func splitLinesOf(text string, isASCII bool) textLines {
	n := strings.Count(text, "\n") + 1
	out := textLines{spans: make([]timeline.Span, 0, n), blank: make([]bool, 0, n)}
	breaks := lineBreaks{text: text, next: -1, cr: -1, sep: -1}
	if isASCII {
		breaks.sep = len(text)
	}
	for start := 0; start < len(text); {
		// the line up to the next LF, unless a CR or a separator (U+2028,
		// U+2029) comes first: the usual line is found by one byte search
		end, eol := len(text), 1
		if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
			end = start + i
		}
		if j := breaks.from(start); j < end {
			end = j
			switch {
			case text[end] != '\r':
				eol = 3 // U+2028 or U+2029
				out.separated = true
			case end+1 < len(text) && text[end+1] == '\n':
				eol = 2
			}
		}
		// a line that opens with a byte of ASCII that is no space, as
		// nearly every one does, is not blank: asked with no call
		blank := start == end || !asciiNoSpace[text[start]] && isBlank(text[start:end])
		out.spans = append(out.spans, timeline.Span{Start: start, End: end})
		out.blank = append(out.blank, blank)
		start = end + eol
	}
	return out
}

// lineBreaks finds in a text the line ends other than LF: CR and the
// separators U+2028 and U+2029. Most texts have none, or few, so it keeps
// where the next of each is and searches the text for them once (byte
// searches: the separators begin with 0xE2), not in every line.
type lineBreaks struct {
	text string
	next int // the nearer of cr and sep: from's answer until it is passed
	cr   int // the next CR at or after the last search, or len(text); -1 before the first
	sep  int // the next separator likewise
}

// from returns the offset of the first CR, U+2028 or U+2029 in text at or
// after i, or len(text). Calls must not go back: i is at least the i of
// the call before. It is put in line: the search is rare.
func (b *lineBreaks) from(i int) int {
	if b.next < i {
		b.search(i)
	}
	return b.next
}

// search finds the next CR and separator at or after i where those found
// before lie before i.
func (b *lineBreaks) search(i int) {
	if b.cr < i {
		b.cr = len(b.text)
		if j := strings.IndexByte(b.text[i:], '\r'); j >= 0 {
			b.cr = i + j
		}
	}
	if b.sep < i {
		b.sep = len(b.text)
		for off := i; off < len(b.text); {
			p := strings.IndexByte(b.text[off:], 0xE2)
			if p < 0 {
				break
			}
			if k := off + p; strings.HasPrefix(b.text[k:], "\u2028") || strings.HasPrefix(b.text[k:], "\u2029") {
				b.sep = k
				break
			}
			off += p + 1
		}
	}
	b.next = min(b.cr, b.sep)
}

// countRunes counts the runes of s, up to limit.
func countRunes(s string, limit int) int {
	if len(s) <= limit {
		return utf8.RuneCountInString(s)
	}
	// No rune takes more than four bytes, and most long lines are a
	// paragraph on one line in ASCII: neither needs counting.
	if len(s) >= utf8.UTFMax*limit || ascii.Only(s[:limit]) {
		return limit
	}
	n := 0
	for i := 0; i < len(s) && n < limit; n++ {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}

// Paragraphs returns the paragraph spans of plain text, trimmed of spaces.
// Blank lines always separate paragraphs. A single line break does too,
// since saved articles often put one paragraph on each line, unless the
// text is hard-wrapped (mail, Project Gutenberg): then consecutive lines
// that fill the wrap width are one paragraph.
func Paragraphs(text string) []timeline.Span {
	return paragraphs(text, splitLines(text))
}

// paragraphs is Paragraphs of a text cut into lines.
func paragraphs(text string, ls textLines) []timeline.Span {
	width, nonBlank := wrapWidth(text, ls)
	out := make([]timeline.Span, 0, nonBlank) // a paragraph starts on a line that is not blank
	spans, blank := ls.spans, ls.blank[:len(ls.spans)]
	for i := 0; i < len(spans); i++ {
		if blank[i] {
			continue
		}
		j := i
		for width > 0 && j+1 < len(spans) && lineRunes(text, spans[j])*10 >= width*6 &&
			!blank[j+1] && !startsBlock(text[spans[j+1].Start:spans[j+1].End]) {
			j++
		}
		if sp := trimSpan(text, spans[i].Start, spans[j].End); sp.Len() > 0 {
			out = append(out, sp)
		}
		i = j
	}
	return trimmed(out)
}

// trimmed returns spans in a slice of their own length when the one they
// are in is much longer: the spans of a long document are megabytes, kept
// as long as the document.
// None is nil, as before there was room.
func trimmed(spans []timeline.Span) []timeline.Span {
	switch {
	case len(spans) == 0:
		return nil
	case cap(spans)-len(spans) <= len(spans)/8:
		return spans
	}
	return slices.Clone(spans)
}

// wrapWidth returns the width text is hard-wrapped at, or 0 when it is not,
// and how many lines are not blank.
// It is wrapped when at least three lines, and most lines followed by
// another, are 50 to 100 characters long, almost none is longer, and a
// quarter or more of the lines followed by another run on into it in lower
// case: lines that are each a short paragraph start with a capital.
func wrapWidth(text string, ls textLines) (width, nonBlank int) {
	// The lines followed by another decide first, and alone when the text
	// has none or few such, as news written a paragraph a line between
	// blank lines has: only their runes are counted, and those of the others
	// only when the text may be wrapped.
	var wrapLike, followed, runOn int
	spans, blank := ls.spans, ls.blank[:len(ls.spans)]
	for i, l := range spans {
		if blank[i] {
			continue
		}
		nonBlank++
		if i+1 == len(spans) || blank[i+1] {
			continue
		}
		n := lineRunes(text, l)
		if n > maxLineRunes {
			continue
		}
		followed++
		next := spans[i+1]
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[next.Start:next.End], " \t")); unicode.IsLower(r) {
			runOn++
		}
		if n >= 50 {
			wrapLike++
		}
	}
	if wrapLike < 3 || wrapLike*2 < followed || runOn*4 < followed {
		return 0, nonBlank
	}
	long := 0
	for i, l := range spans {
		if blank[i] {
			continue
		}
		if n := lineRunes(text, l); n > maxLineRunes {
			long++
		} else {
			width = max(width, n)
		}
	}
	if long*20 > nonBlank {
		return 0, nonBlank
	}
	return width, nonBlank
}

// startsBlock reports whether a line opens a block of its own even in
// wrapped text: a list item or a heading underline.
func startsBlock(s string) bool {
	s = strings.TrimLeft(s, " \t")
	for _, p := range []string{"- ", "* ", "+ ", "• ", "# ", "===", "---"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// isBlank reports whether s is all white space.
func isBlank(s string) bool {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf { // without a call: nearly every line opens with one
			if !asciiSpace[b] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// Sentences splits each paragraph into sentences. A sentence ends at '.',
// '!', '?', '…' (and closing quotes or brackets after them) followed by
// space and a capital letter, digit or opening quote, or at the CJK full
// stops. A period after an abbreviation ("Dr.", "U.S.", "Jan.") or an
// initial does not end a sentence, unless, for abbreviations that can close
// one ("U.S.", "Inc.", "etc."), a typical sentence opener follows ("The").
// Decimals ("3.5") have no space after the period and never split.
func Sentences(text string, paragraphs []timeline.Span) []timeline.Span {
	return sentences(text, paragraphs, false)
}

// sentences is Sentences of a text that, when isASCII is set, holds no
// byte beyond ASCII, and so no terminator of several bytes.
func sentences(text string, paragraphs []timeline.Span, isASCII bool) []timeline.Span {
	var out spanChunks
	// One finder for the whole text, not one for each paragraph: a byte
	// a paragraph does not hold (most often all but '.') is searched for
	// to the next that holds it, not to the end of every paragraph. The
	// finder cannot go back: paragraphs out of order get one of their own.
	marks := newTerminatorFinder(text, isASCII)
	last := 0 // where marks was last asked from
	for _, p := range paragraphs {
		start := p.Start
		if p.Start < last {
			marks = newTerminatorFinder(text, isASCII)
		}
		for i := p.Start; i < p.End; {
			last = i
			if i = min(marks.from(i), p.End); i == p.End {
				break
			}
			// a byte found is a terminator when it is ASCII ('.', '!', '?'),
			// and may begin another rune when it is not
			if text[i] >= utf8.RuneSelf {
				if r, size := utf8.DecodeRuneInString(text[i:p.End]); !isTerminator(r) {
					i += size
					continue
				}
			}
			end, next, ok := sentenceEnd(text, p, start, i)
			if !ok {
				i = next // past the whole run of terminators: no rescans
				continue
			}
			if sp := trimSpan(text, start, end); sp.Len() > 0 {
				out.add(sp)
			}
			start, i = next, next
		}
		if sp := trimSpan(text, start, p.End); sp.Len() > 0 {
			out.add(sp)
		}
	}
	return out.spans()
}

// spanChunks collects spans whose number is not known beforehand, as a
// text's sentences are, in chunks that are never copied as more come, and
// then copies them once into a slice of their own length. Grown by append,
// a long document's sentences took five times their size; in room for an
// upper bound (a sentence a paragraph and one more after each '.', '!' and
// '?'), three times, and three passes over the text to count.
type spanChunks struct {
	full [][]timeline.Span // the chunks filled, in order
	last []timeline.Span   // the chunk being filled
	n    int               // spans in full
}

// Chunks double from firstChunk spans up to maxChunk, so that a short text
// takes one small chunk and a long one few large ones.
const firstChunk, maxChunk = 64, 8 << 10

func (c *spanChunks) add(sp timeline.Span) {
	if len(c.last) == cap(c.last) {
		c.grow()
	}
	c.last = append(c.last, sp)
}

// grow sets the chunk filled aside and begins another.
func (c *spanChunks) grow() {
	if c.last != nil {
		c.full = append(c.full, c.last)
		c.n += len(c.last)
	}
	c.last = make([]timeline.Span, 0, min(max(2*cap(c.last), firstChunk), maxChunk))
}

// spans returns the spans added, in order; nil for none.
func (c *spanChunks) spans() []timeline.Span {
	if len(c.full) == 0 {
		return trimmed(c.last)
	}
	out := make([]timeline.Span, 0, c.n+len(c.last))
	for _, chunk := range c.full {
		out = append(out, chunk...)
	}
	return append(out, c.last...)
}

// terminatorBytes are the bytes a terminator can begin with: '.', '!', '?'
// and the lead bytes of '…', '。', '！', '？'.
var terminatorBytes = [...]byte{'.', '!', '?', 0xE2, 0xE3, 0xEF}

// terminatorFinder finds in a text the bytes a terminator can begin with
// by a byte search for each (the processor's vector search: most of a text
// is passed over without a look at each byte), keeping where each is next
// so that none is searched for twice. '.' is nearly every terminator of
// most texts, and is looked for on its own; the other bytes are rare, and
// the nearest of them is searched for again only once it is passed. A
// byte the rest of the text does not hold is dropped.
type terminatorFinder struct {
	s    string
	dot  int // where '.' is next, at or after the last search, or len(s); -1 before the first
	rare int // where the nearest of the other bytes is next, likewise
	// the other bytes that may still occur, bytes[:n], and where each is next
	bytes [len(terminatorBytes) - 1]byte
	next  [len(terminatorBytes) - 1]int
	n     int
}

// newTerminatorFinder returns a finder of terminators in s, which holds no
// byte beyond ASCII when isASCII is set: then those are not looked for.
func newTerminatorFinder(s string, isASCII bool) terminatorFinder {
	f := terminatorFinder{s: s, dot: -1, rare: -1}
	for _, b := range terminatorBytes {
		if b != '.' && (b < utf8.RuneSelf || !isASCII) {
			f.bytes[f.n], f.next[f.n] = b, -1
			f.n++
		}
	}
	return f
}

// from returns the index of the first byte of s from i on that may begin a
// terminator, or len(s). Calls must not go back: i is at least the i of the
// call before.
func (f *terminatorFinder) from(i int) int {
	if f.dot < i {
		f.dot = len(f.s)
		if j := strings.IndexByte(f.s[i:], '.'); j >= 0 {
			f.dot = i + j
		}
	}
	if f.rare < i {
		f.rare = f.rareFrom(i)
	}
	return min(f.dot, f.rare)
}

// rareFrom returns the index of the first of the bytes other than '.' in s
// from i on, or len(s).
func (f *terminatorFinder) rareFrom(i int) int {
	first := len(f.s)
	for k := 0; k < f.n; {
		if f.next[k] < i {
			j := strings.IndexByte(f.s[i:], f.bytes[k])
			if j < 0 { // none left: the last byte takes its place
				f.n--
				f.bytes[k], f.next[k] = f.bytes[f.n], f.next[f.n]
				continue
			}
			f.next[k] = i + j
		}
		first = min(first, f.next[k])
		k++
	}
	return first
}

// runeAt decodes the rune at s[i:], an ASCII byte without a call.
func runeAt(s string, i int) (rune, int) {
	if b := s[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at s[:i], an ASCII byte without a call.
func runeBefore(s string, i int) (rune, int) {
	if b := s[i-1]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpace is unicode.IsSpace, answered for ASCII without a call.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// asciiSpace marks the ASCII runes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isTerminator(r rune) bool {
	if r < utf8.RuneSelf { // without the switch's search: nearly every one is '.'
		return r == '.' || r == '!' || r == '?'
	}
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

func isCJKTerminator(r rune) bool { return r == '。' || r == '！' || r == '？' }

// isCloser reports whether r closes a quote or a bracket a sentence ends in.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

// sentenceEnd decides whether the run of terminators at i ends the sentence
// that began at start. If it does, it returns the end of the sentence (after
// any closing quotes) and the start of the next one; if not, next is where to
// resume scanning.
//
// Most terminators are a period that closes its paragraph, stands inside
// a word or number, or is followed by one space and a byte of ASCII: those
// it answers from the bytes after the period, as the loops of
// sentenceEndAt would, and leaves the rest to them.
func sentenceEnd(text string, p timeline.Span, start, i int) (end, next int, ok bool) {
	if text[i] != '.' {
		return sentenceEndAt(text, p, start, i)
	}
	switch {
	case i+1 == p.End:
		return 0, p.End, false // the paragraph's end closes the sentence anyway
	case text[i+1] < utf8.RuneSelf && asciiInWord[text[i+1]]:
		return 0, i + 1, false // "3.5", "U.S.-led", "e.g.,"
	case text[i+1] == ' ' && i+2 < p.End && text[i+2] < utf8.RuneSelf && !asciiSpace[text[i+2]]:
		if !asciiOpens[text[i+2]] || !canEndAfter(text[start:i], text[i+2:p.End]) {
			return 0, i + 1, false
		}
		return i + 1, i + 2, true
	}
	return sentenceEndAt(text, p, start, i)
}

// asciiInWord marks the ASCII bytes that keep a period before them inside
// a word or number: no terminator, closing quote or bracket, or space.
var asciiInWord = func() (in [utf8.RuneSelf]bool) {
	for b := range in {
		r := rune(b)
		in[b] = !isTerminator(r) && !isCloser(r) && !isSpace(r)
	}
	return in
}()

// sentenceEndAt is sentenceEnd for any run of terminators.
func sentenceEndAt(text string, p timeline.Span, start, i int) (end, next int, ok bool) {
	par := text[:p.End]
	first := rune(par[i]) // runeAt, which is not put in line
	if first >= utf8.RuneSelf {
		first, _ = runeAt(par, i)
	}
	j := i
	dots := 0
	for j < p.End { // a run of terminators: "?!", "...", "…"
		r, size := rune(par[j]), 1 // runeAt, which is not put in line
		if r >= utf8.RuneSelf {
			r, size = runeAt(par, j)
		}
		if !isTerminator(r) {
			break
		}
		if r == '.' {
			dots++
		}
		j += size
	}
	runEnd := j
	for j < p.End { // closing quotes and brackets belong to the sentence
		r, size := rune(par[j]), 1 // runeAt, which is not put in line
		if r >= utf8.RuneSelf {
			r, size = runeAt(par, j)
		}
		if !isCloser(r) {
			break
		}
		j += size
	}
	end = j
	k := j
	var after rune // the rune at k, the first past the spaces
	for k < p.End {
		r, size := rune(par[k]), 1 // runeAt, which is not put in line
		if r >= utf8.RuneSelf {
			r, size = runeAt(par, k)
		}
		if !isSpace(r) {
			after = r
			break
		}
		k += size
	}
	if k >= p.End {
		return 0, runEnd, false // the paragraph's end closes the sentence anyway
	}
	if k == j && !isCJKTerminator(first) {
		return 0, runEnd, false // "3.5", "U.S.-led", "e.g.,"
	}
	if !opensSentence(after) {
		return 0, runEnd, false
	}
	if first == '.' && dots == 1 && !canEndAfter(text[start:i], text[k:p.End]) {
		return 0, runEnd, false
	}
	return end, k, true
}

// opensSentence reports whether r can be the first character of a sentence:
// a capital, a digit, an opening quote or bracket, or a letter of a script
// without case.
func opensSentence(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '"' || r == '\'' || r == '(' || r == '['
	}
	switch {
	case unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r):
		return true
	case unicode.IsLetter(r) && !unicode.IsLower(r):
		return true
	}
	return strings.ContainsRune("\"'“‘«([¿¡", r)
}

// asciiOpens marks the ASCII runes opensSentence reports, for the byte
// after a period's space to be asked with no call.
var asciiOpens = func() (opens [utf8.RuneSelf]bool) {
	for b := range opens {
		opens[b] = opensSentence(rune(b))
	}
	return opens
}()

// titles precede a name and never end a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "st": true, "rev": true,
	"hon": true, "pres": true, "adm": true, "maj": true, "cmdr": true, "gens": true, "sens": true,
	"reps": true, "messrs": true, "mt": true, "ft": true, "fr": true, "supt": true, "insp": true,
	"gr": true, "im": true, "ул": true, "проф": true, "акад": true,
}

// abbreviations usually continue a sentence but may also close one.
var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "bros": true,
	"jr": true, "sr": true, "vs": true, "v": true, "etc": true, "no": true, "nos": true, "vol": true,
	"approx": true, "est": true, "dept": true, "fig": true, "ave": true, "blvd": true, "rd": true,
	"al": true, "cf": true, "ca": true, "op": true, "pp": true, "p": true,
	"янв": true, "фев": true, "мар": true, "апр": true, "июн": true, "июл": true, "авг": true, "сен": true,
	"сент": true, "окт": true, "ноя": true, "нояб": true, "дек": true,
	"г": true, "гг": true, "др": true, "млн": true, "млрд": true, "тыс": true, "руб": true, "см": true,
}

// sentenceOpeners are words that begin sentences far more often than they
// follow "U.S." or "Inc." inside one.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "But": true, "And": true, "In": true, "On": true, "At": true, "This": true,
	"That": true, "These": true, "Those": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "There": true, "However": true, "Meanwhile": true, "If": true, "When": true,
	"As": true, "After": true, "Before": true, "So": true, "Yet": true, "Also": true, "Some": true,
	"Many": true, "Most": true, "What": true, "Why": true, "How": true, "Who": true, "For": true,
	"Officials": true, "According": true, "Recently": true, "Yesterday": true, "Today": true,
	"Last": true, "Now": true, "Still": true, "Then": true, "Earlier": true, "Later": true,
	"While": true, "Although": true, "Since": true, "Under": true, "With": true, "By": true,
	"From": true, "During": true, "Analysts": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
}

// canEndAfter decides whether a single period after the text before can end
// a sentence, given the text after the following space.
func canEndAfter(before, after string) bool {
	word, class, dotted := wordBefore(before)
	if word == "" {
		return true
	}
	if class == titleWord {
		return false
	}
	// an acronym has a period inside: most words do not, and lower case
	// costs a string only then
	if class == abbreviationWord || isInitial(word) || dotted && isAcronymWord(word) {
		return sentenceOpeners[firstWord(after)]
	}
	return true
}

// A wordClass says whether a word before a period is, in lower case, one of
// the titles or of the abbreviations.
type wordClass uint8

const (
	otherWord wordClass = iota
	titleWord
	abbreviationWord
)

// periodWords holds the class of each title and abbreviation by its bytes
// packed in a number (packWord): a word is looked up with no string hashed,
// and one longer than any of them not at all. A title that is also an
// abbreviation is a title, as canEndAfter asks titles first.
var periodWords = func() *wordTable {
	t := new(wordTable)
	for _, words := range []struct {
		set   map[string]bool
		class wordClass
	}{{abbreviations, abbreviationWord}, {titles, titleWord}} {
		for w := range words.set {
			key, ok := packWord(w)
			if !ok || key == 0 {
				panic("ingest: title or abbreviation " + w + " is empty, longer than eight bytes or holds a zero byte: periodWords cannot hold it")
			}
			t.add(key, words.class)
		}
	}
	return t
}()

// wordTable is a set of packed words (packWord) and their classes: a table
// of open addressing, a quarter full or less, looked up in a multiplication
// and a probe or two, where a map hashes the key with a call.
type wordTable struct {
	keys    [1 << wordTableBits]uint64 // 0 for none: no word packs to 0 but the empty one
	classes [1 << wordTableBits]wordClass
	n       int // keys that are not 0
}

const wordTableBits = 9 // room for 128 words

// slot is where key is, or would be put.
func (t *wordTable) slot(key uint64) int {
	i := int(key * 0x9E3779B97F4A7C15 >> (64 - wordTableBits))
	for t.keys[i] != key && t.keys[i] != 0 {
		i = (i + 1) % len(t.keys)
	}
	return i
}

func (t *wordTable) add(key uint64, c wordClass) {
	i := t.slot(key)
	if t.keys[i] == 0 {
		if 4*t.n >= len(t.keys) {
			panic("ingest: wordTable is a quarter full: make it larger")
		}
		t.n++
	}
	t.keys[i], t.classes[i] = key, c
}

// class returns the class of the word packed in key: otherWord when the
// table does not hold it (the empty word's slot is always empty).
func (t *wordTable) class(key uint64) wordClass {
	return t.classes[t.slot(key)]
}

// packWord returns s's bytes in a number, the first lowest, when s has eight
// bytes or fewer and no zero byte: two such strings have the same number
// only when they are the same. ok is false for another s.
func packWord(s string) (key uint64, ok bool) {
	if len(s) > 8 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return 0, false
		}
		key |= uint64(s[i]) << (8 * i)
	}
	return key, true
}

// wordClassOf returns the class of word in lower case. An ASCII word, as
// nearly every one is, is put in lower case as it is packed; no title or
// abbreviation has a zero byte or more than eight bytes.
func wordClassOf(word string) wordClass {
	if len(word) <= 8 {
		var key uint64
		i := 0
		for ; i < len(word); i++ {
			c := word[i]
			if c >= utf8.RuneSelf || c == 0 {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key |= uint64(c) << (8 * i)
		}
		if i == len(word) {
			return periodWords.class(key)
		}
	} else if ascii.Only(word) {
		return otherWord
	}
	key, ok := packWord(strings.ToLower(word))
	if !ok {
		return otherWord
	}
	return periodWords.class(key)
}

// wordBefore returns lastWord(s), its wordClassOf and whether it holds a
// period (dotted), in one pass back over an ASCII word, as nearly every one
// is: its bytes are put in lower case and packed as they are passed (the
// last one read, the word's first, lowest, as packWord has it), and a word
// longer than any title or abbreviation is not packed. A word with a byte
// beyond ASCII, or a zero byte, is left to the two. A packed word is asked
// for a period in its packed bytes, with no search: nearly every word
// before a period is packed and holds none, and so is no acronym.
func wordBefore(s string) (word string, class wordClass, dotted bool) {
	var key uint64
	i := len(s)
	for ; i > 0; i-- {
		c := asciiWordFold[s[i-1]]
		if c == 0 {
			break
		}
		key = key<<8 | uint64(c)
	}
	if i > 0 && !asciiStopsWord(s[i-1]) {
		word = lastWord(s)
		return word, wordClassOf(word), strings.IndexByte(word, '.') >= 0
	}
	if len(s)-i > 8 { // no title or abbreviation is longer
		return s[i:], otherWord, strings.IndexByte(s[i:], '.') >= 0
	}
	// a byte of the key is '.' when it is 0 in x, and the bytes above the
	// word's are 0 in the key: (x-ones) &^ x has a byte's high bit set
	// for the lowest zero byte of x, and only when x has one
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := key ^ '.'*ones
	return s[i:], periodWords.class(key), (x-ones)&^x&highs != 0
}

// asciiWordFold gives each ASCII byte that lastWord takes into a word in
// lower case, and 0 for a byte it stops at, for a zero byte and for each
// byte beyond ASCII: one load tells wordBefore whether a byte goes on an
// ASCII word, and what to pack of it.
var asciiWordFold = func() (fold [256]byte) {
	for b := byte(1); b < utf8.RuneSelf; b++ {
		if !asciiEndsWord[b] {
			fold[b] = b
			if 'A' <= b && b <= 'Z' {
				fold[b] += 'a' - 'A'
			}
		}
	}
	return fold
}()

// asciiStopsWord reports whether b is an ASCII byte lastWord stops at.
func asciiStopsWord(b byte) bool { return b < utf8.RuneSelf && asciiEndsWord[b] }

// lastWord returns the word just before a period: the text after the last
// space, quote or opening bracket.
func lastWord(s string) string {
	for i := len(s); i > 0; {
		if b := s[i-1]; b < utf8.RuneSelf { // without a call: nearly every word
			if asciiEndsWord[b] {
				return s[i:]
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isSpace(r) || opensWord(r) {
			return s[i:]
		}
		i -= size
	}
	return s
}

// asciiEndsWord marks the ASCII runes lastWord stops at, going back: white
// space and those opensWord reports.
var asciiEndsWord = func() (stop [utf8.RuneSelf]bool) {
	for b := range stop {
		stop[b] = isSpace(rune(b)) || opensWord(rune(b))
	}
	return stop
}()

// opensWord reports whether r is a quote, bracket, dash or slash a word
// may follow directly.
func opensWord(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '{', '—', '–', '/':
		return true
	}
	return false
}

func firstWord(s string) string {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // without decoding: nearly every byte
			if c |= 0x20; c < 'a' || c > 'z' { // |0x20 lowers a capital and makes no other byte a letter
				return s[:i]
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return s[:i]
		}
		i += size
	}
	return s
}

// isInitial reports whether word is one capital letter ("J" in "J. Smith").
// It is put in line: nearly every word it is asked of is ASCII of more than
// one byte, and so more than one rune.
func isInitial(word string) bool {
	if len(word) > 1 && word[0] < utf8.RuneSelf {
		return false
	}
	return isCapitalRune(word)
}

// isCapitalRune reports whether word is one upper-case rune.
func isCapitalRune(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

// isAcronymWord reports whether word, in lower case, is an acronym
// (isAcronym). Most words hold no period, and are none; an ASCII word that
// does is read as it is, with no copy in lower case, as lowering keeps an
// ASCII letter a letter of one byte and a period a period: it is an
// acronym when it is letters with a period between each two.
func isAcronymWord(word string) bool {
	switch {
	case strings.IndexByte(word, '.') < 0:
		return false
	case !ascii.Only(word):
		return isAcronym(strings.ToLower(word))
	case len(word)%2 == 0:
		return false
	}
	for i := 0; i < len(word); i += 2 {
		if c := word[i] | 0x20; c < 'a' || c > 'z' || i+1 < len(word) && word[i+1] != '.' {
			return false
		}
	}
	return true
}

// isAcronym reports whether word is letters separated by periods, the last
// period excluded ("u.s", "d.c", "a.m", "e.g", "т.е").
func isAcronym(word string) bool {
	parts := strings.Split(word, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r, size := utf8.DecodeRuneInString(p)
		if size == 0 || size != len(p) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// trimSpan returns [start, end) without leading and trailing white space,
// stepping over whole runes so the span stays on rune boundaries. Nearly
// every span begins and ends with a byte of ASCII that is no space, and is
// answered in line, with no call.
func trimSpan(text string, start, end int) timeline.Span {
	if start < end && asciiNoSpace[text[start]] && asciiNoSpace[text[end-1]] {
		return timeline.Span{Start: start, End: end}
	}
	return trimSpanAt(text[:end], start)
}

// asciiNoSpace marks the bytes of ASCII that are no space.
var asciiNoSpace = func() (no [256]bool) {
	for b := range utf8.RuneSelf {
		no[b] = !asciiSpace[b]
	}
	return no
}()

// trimSpanAt is trimSpan for any span, from start to the end of text.
func trimSpanAt(text string, start int) timeline.Span {
	end := len(text)
	for start < end && (text[start] >= utf8.RuneSelf || asciiSpace[text[start]]) {
		r, size := runeAt(text[:end], start)
		if !isSpace(r) && r != '\uFEFF' {
			break
		}
		start += size
	}
	for end > start && (text[end-1] >= utf8.RuneSelf || asciiSpace[text[end-1]]) {
		r, size := runeBefore(text[start:end], end-start)
		if !isSpace(r) && r != '\uFEFF' {
			break
		}
		end -= size
	}
	return timeline.Span{Start: start, End: end}
}
