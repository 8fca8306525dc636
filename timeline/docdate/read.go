package docdate

import (
	"iter"
	"math/bits"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline/ascii"
)

// The shapes of dates and of the lines around them. Each is compiled when
// first asked for: compiled with the package, the patterns of this package
// cost every run of the program some 13 M instructions (a third of its
// start-up), and most texts need few of them, as cheaper tests pass over
// most lines first.
var (
	// entryPattern finds a line that opens like an entry of a chronology:
	// a year, a month or a date, then a colon or a dash, then the entry
	// ("1902: ...", "23 Apr – ...", "September 23, 1889: ...", "April 1929: ...").
	entryPattern = lazyPattern(`(?i)^(?:[-*•·]\s+)?(?:` +
		`(?:` + monthPattern + `)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?` +
		`|\d{1,2}(?:st|nd|rd|th)?\s+(?:` + monthPattern + `)\.?(?:,?\s+\d{4})?` +
		`|\d{4}(?:-\d{2}-\d{2})?` +
		`)\s*(?::|[–—]|-\s)`)

	// urlPattern finds a web address.
	urlPattern = lazyPattern(`(?i)\b(?:https?://|www\.)[^\s<>"'()\[\]]+`)

	// urlDates find a date in a URL's path: "/2022/07/14/", "/2022-07-14-", "/20220714/".
	urlSlashDate = lazyPattern(`/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])`)

	// separatedDate and compactDate find a date in a name: "2024-05-01",
	// "2024_05_01", "20190308", not inside a longer number.
	separatedDate = lazyPattern(`(?:^|[^\d])(\d{4})[-_.](\d{2})[-_.](\d{2})(?:[^\d]|$)`)
	compactDate   = lazyPattern(`(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?:[^\d]|$)`)
)

// lazyPattern returns the pattern expr, compiled on the first call.
func lazyPattern(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// fullDate is a date found in a line, with its place there.
type fullDate struct {
	t          time.Time
	start, end int
	// ambiguous: written in numbers whose day and month could swap
	// ("12/03/2024"); read month first, as the tagger reads them
	ambiguous bool
}

// dateReach is how far before its year a written date can start:
// "September 30th, " and "30 сентября " fit.
const dateReach = 40

// allFullDates returns the full dates written in s, in order: each year
// that ends one, with the day and month before it ("January 20, 2016",
// "Jan. 20 2016", "3 March 2024", "2 of May, 2024") or the month and day
// after it ("2024-05-01"). It reads the few words before each year rather
// than running a pattern over the line: lines are many, years few.
func allFullDates(s string) []fullDate {
	return fullDatesAt(s, fourDigitRuns(s), 0)
}

// fullDatesAt is allFullDates of s given where its runs of four digits
// are (as fourDigitRuns finds them), each off bytes further on: the runs
// of a text serve each of its lines.
func fullDatesAt(s string, runs []int, off int) []fullDate {
	var out []fullDate
	for _, p := range runs {
		i := p - off
		y := s[i : i+4]
		if len(s) >= i+10 && s[i+4] == '-' && s[i+7] == '-' && isDigits(s[i+5:i+7]) && isDigits(s[i+8:i+10]) &&
			(len(s) == i+10 || !isDigit(s[i+10])) {
			if t, ok := civilDate(y, s[i+5:i+7], s[i+8:i+10]); ok {
				out = append(out, fullDate{t: t, start: i, end: i + 10})
				continue
			}
		}
		if t, start, ok := dateBefore(s, i, y); ok {
			out = append(out, fullDate{t: t, start: start, end: i + 4})
		} else if d, ok := numericBefore(s, i, y); ok {
			out = append(out, d)
		}
	}
	return out
}

// fourDigitRuns returns where in s four ASCII digits stand between bytes
// that are not digits (or the ends of s), in order: the years both the
// full dates and the years of a text are read from, found in one pass
// over the text where each cost one.
func fourDigitRuns(s string) []int {
	var out []int
	for i := 0; i+4 <= len(s); {
		if i = nextDigit(s, i); i+4 > len(s) {
			break
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			out = append(out, i)
		}
		i = j
	}
	return out
}

// numericBefore reads a date written in numbers before the year at s[i:]:
// "12/03/2024", "3.12.2024", "25-12-2024". The day comes first when the
// first number cannot be a month, else the month, as the tagger reads them.
func numericBefore(s string, i int, year string) (fullDate, bool) {
	if i < 4 || i+4 < len(s) && (s[i+4] == '/' || s[i+4] == '.' && i+5 < len(s) && isDigit(s[i+5])) {
		return fullDate{}, false
	}
	sep := s[i-1]
	if sep != '/' && sep != '.' && sep != '-' {
		return fullDate{}, false
	}
	j := i - 1
	b := j
	for b > 0 && isDigit(s[b-1]) && j-b < 2 {
		b--
	}
	if b == j || s[b-1] != sep {
		return fullDate{}, false
	}
	a := b - 1
	for a > 0 && isDigit(s[a-1]) && b-1-a < 2 {
		a--
	}
	if a == b-1 || a > 0 && (isDigit(s[a-1]) || s[a-1] == sep) {
		return fullDate{}, false
	}
	first, second := s[a:b-1], s[b:j]
	n1, _ := strconv.Atoi(first)
	n2, _ := strconv.Atoi(second)
	month, day := first, second
	if n1 > 12 {
		month, day = second, first
	}
	t, ok := civilDate(year, pad2(month), pad2(day))
	if !ok {
		return fullDate{}, false
	}
	return fullDate{t: t, start: a, end: i + 4, ambiguous: n1 <= 12 && n2 <= 12 && n1 != n2}, true
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// dateBefore reads the day and month written before the year at s[i:]:
// "Month Day, " or "Day Month " (with "of" between them allowed), with only
// spaces, commas and full stops between the words.
func dateBefore(s string, i int, year string) (time.Time, int, bool) {
	from := max(0, i-dateReach)
	for from < i && !utf8.RuneStart(s[from]) {
		from++
	}
	words := wordsBefore(s[from:i], 3)
	if len(words) < 2 {
		return time.Time{}, 0, false
	}
	day := func(w string) (string, bool) {
		w = strings.TrimRight(strings.ToLower(w), "stndrh")
		return w, len(w) >= 1 && len(w) <= 2 && isDigits(w)
	}
	var d, m string
	var start int
	switch w1, w2 := words[0], words[1]; {
	case isMonth(w2.text):
		if dd, ok := day(w1.text); ok { // "January 20, 2016"
			d, m, start = dd, w2.text, w2.start
		}
	case isMonth(w1.text):
		if strings.EqualFold(w2.text, "of") && len(words) == 3 {
			w2 = words[2]
		}
		if dd, ok := day(w2.text); ok { // "3 March 2024", "2 of May, 2024"
			d, m, start = dd, w1.text, w2.start
		}
	}
	if d == "" {
		return time.Time{}, 0, false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:from+start]); isWordRune(r) {
		return time.Time{}, 0, false
	}
	t, ok := monthDate(year, m, d)
	return t, from + start, ok
}

// word is a run of letters or digits and where it starts.
type word struct {
	text  string
	start int
}

// wordsBefore returns up to n words that end s, last first, stopping at any
// character other than a space, a comma or a full stop between them.
func wordsBefore(s string, n int) []word {
	out := make([]word, 0, n)
	end := len(s)
	for len(out) < n {
		// an ASCII byte is read as itself, with no rune decoded and no
		// Unicode table asked: most text before a year is ASCII
		k := end
		for k > 0 {
			if c := s[k-1]; c < utf8.RuneSelf {
				if c != ' ' && c != ',' && c != '.' && c != '\t' {
					break
				}
				k--
				continue
			}
			r, size := utf8.DecodeLastRuneInString(s[:k])
			if r != '\u00a0' {
				break
			}
			k -= size
		}
		if k == end && len(out) > 0 || k == 0 {
			break // words must be apart
		}
		j := k
		for j > 0 {
			if c := s[j-1]; c < utf8.RuneSelf {
				if !isWordByte(c) {
					break
				}
				j--
				continue
			}
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isWordRune(r) {
				break
			}
			j -= size
		}
		if j == k {
			break // not a word: some other sign
		}
		out = append(out, word{text: s[j:k], start: j})
		end = j
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// nextDigit returns the offset of the first ASCII digit of s at or after i,
// or len(s): the years and dates of a text are found from its digits, and
// most of its bytes are not, so they are passed over eight at a time.
func nextDigit(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if i >= len(s) {
		return i
	}
	// indexed from i and bounded by len(rest)-7, the loads need no check
	// of their bounds: indexed by i, each was checked twice
	rest := s[i:]
	j := 0
	for last := len(rest) - 7; j < last; j += 8 {
		// a byte is a digit when, XOR-ed with '0', it is below 10: less
		// 10 it then borrows and sets its high bit, which is cleared in
		// a byte that had it already (0x80 and up). A borrow runs only
		// into the bytes above a digit, so the lowest bit set is exact,
		// and it costs four operations where testing each byte against
		// both ends of the range cost seven
		y := ascii.Load8(rest[j:]) ^ '0'*ones
		if m := (y - 10*ones) &^ y & highs; m != 0 {
			return i + j + bits.TrailingZeros64(m)>>3
		}
	}
	for ; j < len(rest) && !isDigit(rest[j]); j++ {
	}
	return i + j
}

// weekday returns the weekday written right before the date in line s
// ("Thursday, June 12, 2025", "Sat Nov 2, 2024"), if any.
func (d fullDate) weekday(s string) (time.Weekday, bool) {
	words := strings.FieldsFunc(s[:d.start], func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return 0, false
	}
	wd, ok := weekdays[strings.ToLower(words[len(words)-1])]
	return wd, ok
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// bylineLabel is what a byline line says its date is.
type bylineLabel int

const (
	labelNone      bylineLabel = iota
	labelPublished             // "Published", "Posted", "Date:"
	labelUpdated               // "Updated", "Last modified"
	labelAuthor                // "By Jane Doe | ..."
)

// bylineResidue counts the words of line s that are neither its date d, a
// time of day, a weekday, a time zone, a label, filler such as "6 min
// read", nor an author's name after "by"; and says which label it has. A
// line with few such words is a byline or timestamp; a sentence is not, and
// the count stops past maxBylineResidue: the label of a sentence is no
// matter.
func bylineResidue(s string, d fullDate) (int, bylineLabel) {
	label := labelNone
	n := 0
	author := 0 // words of an author's name that may follow "by"
	for w := range residueWords(s[:d.start] + " " + s[d.end:]) {
		if author > 0 {
			if !isDigits(w) { // the author: up to a few words, up to the date or a number
				author--
				continue
			}
			author = 0
		}
		w = strings.ToLower(w)
		switch {
		case publishedLabels[w]:
			if label != labelUpdated {
				label = labelPublished
			}
		case updatedLabels[w]:
			if label == labelNone {
				label = labelUpdated
			}
		case w == "by":
			if label == labelNone {
				label = labelAuthor
			}
			author = maxAuthorWords
		case bylineFiller[w] || timeZones[w] || isDigits(w):
		default:
			if _, ok := weekdays[w]; ok {
				continue
			}
			if n++; n > maxBylineResidue {
				return n, label
			}
		}
	}
	return n, label
}

// residueWords yields the words of s, runs of letters and digits, with the
// times of day taken out (they part the words around them as a space does).
func residueWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1 // of the word being read
		for i := 0; i < len(s); {
			if isDigit(s[i]) && (i == 0 || !isASCIIWordChar(s[i-1])) {
				if e := clockEnd(s, i); e > i {
					if start >= 0 && !yield(s[start:i]) {
						return
					}
					start, i = -1, e
					continue
				}
			}
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if isWordRune(r) {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// clockEnd returns where the time of day at s[i] ends ("3:36 PM", "1:12
// a.m.", "17:00:05", "6 p.m."), or -1 for none: one or two digits after a
// word boundary, then minutes (and seconds) and any "am" or "pm", or spaces
// and "am" or "pm". The caller checks the boundary. It is what clockPattern
// (in the tests) matches, by hand: the pattern cost a line of prose with a
// date in it more than all the rest of the finder did.
func clockEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && isDigit(s[j]) {
		j++
	}
	if j < len(s) && isDigit(s[j]) {
		return -1 // a longer number: neither one nor two digits fit
	}
	if j+3 <= len(s) && (s[j] == ':' || s[j] == '.') && isDigit(s[j+1]) && isDigit(s[j+2]) {
		k := j + 3
		if k+3 <= len(s) && s[k] == ':' && isDigit(s[k+1]) && isDigit(s[k+2]) {
			k += 3
		}
		k = skipRegexpSpace(s, k)
		if e := meridiemEnd(s, k); e >= 0 {
			return e
		}
		return k
	}
	return meridiemEnd(s, skipRegexpSpace(s, j))
}

// meridiemEnd returns where an "am" or "pm" at s[k] ends ("PM", "a.m.",
// "p. m", "am."), or -1: a or p, a full stop, a space, m, the end of a word
// and a full stop, each but a, p and m optional.
func meridiemEnd(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'a' && s[k]|0x20 != 'p' {
		return -1
	}
	k++
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k+1 < len(s) && isRegexpSpace(s[k]) && s[k+1]|0x20 == 'm' {
		k++
	}
	if k >= len(s) || s[k]|0x20 != 'm' || k+1 < len(s) && isASCIIWordChar(s[k+1]) {
		return -1
	}
	k++
	if k < len(s) && s[k] == '.' {
		k++
	}
	return k
}

// isRegexpSpace reports whether c is what \s matches in a pattern.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipRegexpSpace(s string, k int) int {
	for k < len(s) && isRegexpSpace(s[k]) {
		k++
	}
	return k
}

// isASCIIWordChar reports whether c is what \w matches in a pattern.
func isASCIIWordChar(c byte) bool { return isWordByte(c) || c == '_' }

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// endsSpan reports whether the text before a date opens a span it ends:
// a day or month, then a dash or "to", "until", "through" or "and" ("1
// July – ", "from March to ", "between 4 and ").
func endsSpan(before string) bool {
	b := strings.TrimRight(before, " \t")
	lower := strings.ToLower(b)
	link := ""
	for _, l := range []string{"–", "—", "-", " to", " until", " through", " and"} {
		if strings.HasSuffix(lower, l) {
			link = l
			break
		}
	}
	if link == "" {
		return false
	}
	words := strings.FieldsFunc(b[:len(b)-len(link)], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return false
	}
	n := len(words)
	if isMonth(words[n-1]) || isDigits(words[n-1]) && len(words[n-1]) == 4 {
		return true // "1 July –", "1915 to"
	}
	last := words[n-1]
	if !isDigits(last) || len(last) > 2 {
		return false
	}
	if n >= 2 && isMonth(words[n-2]) {
		return true // "July 1 –"
	}
	// "2–6 September 1666": a first day before a dash, not a clock's minutes
	head := strings.TrimRight(b[:len(b)-len(link)], " \t")
	head = head[:len(head)-len(last)]
	return link != " to" && link != " until" && link != " through" && link != " and" &&
		!strings.HasSuffix(head, ":") && !strings.HasSuffix(head, ".")
}

// opensSpan reports whether the text after a date makes it the first end
// of a span: a dash or "to", "until", "through", then a day or month ("
// to 29 April 1916", " – 3 May").
func opensSpan(after string) bool {
	a := strings.TrimLeft(after, " \t")
	lower := strings.ToLower(a)
	link := ""
	for _, l := range []string{"–", "—", "-", "to ", "until ", "through "} {
		if strings.HasPrefix(lower, l) {
			link = l
			break
		}
	}
	if link == "" {
		return false
	}
	words := strings.FieldsFunc(a[len(link):], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return false
	}
	if isMonth(words[0]) {
		return true // "– November 18"
	}
	if !isDigits(words[0]) { // a clock after the date ("- 10:15 AM", "- 6 min read") opens none
		return false
	}
	return len(words) >= 2 && len(words[0]) <= 2 && isMonth(words[1]) || // "– 18 November"
		len(words[0]) == 4 && !strings.HasPrefix(strings.TrimLeft(a[len(link):], " "), words[0]+":") // "– 1916"
}

// isThisDayHeading reports whether a line heads a "this day in history"
// page: "On This Day: March 3", "Today in History — January 20".
func isThisDayHeading(s string) bool {
	// every phrase holds one of thisDayAnchors: three searches of a line
	// that holds none, rather than one for each phrase
	l := strings.ToLower(s)
	return containsOne(l, thisDayAnchors) && containsOne(l, thisDayPhrases)
}

// containsOne reports whether s holds one of subs.
func containsOne(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// hasCredit reports whether a line carries a photo credit, as a caption does.
func hasCredit(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if creditWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// opensEntry reports whether a line opens like an entry of a chronology.
// The pattern is dear, and so is looking through the whole line for the
// marks it needs (see entryMark): first a look at the first word, which
// in most lines of prose is neither a number nor a month.
func opensEntry(s string) bool {
	s = trimBullets(s)
	if s == "" {
		return false
	}
	if !isDigit(s[0]) {
		end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(s)
		}
		if !isMonth(s[:end]) || !mayFollowMonth(s[end:]) {
			return false
		}
	}
	return entryMark(s) && entryPattern().MatchString(s)
}

// mayFollowMonth reports whether s, what follows a month's name that opens
// a line, can go on as entryPattern needs: after a period and spaces (\s,
// as the pattern has it), a day or a year, the comma before a year, or the
// colon or dash that closes the date. Most lines that open with a month's
// name go on in words ("May be", "March madness"), and are answered with
// no pattern, which is compiled only when a line needs it.
func mayFollowMonth(s string) bool {
	s = strings.TrimPrefix(s, ".")
	s = strings.TrimLeft(s, " \t\n\f\r")
	return s != "" && (isDigit(s[0]) || s[0] == ',' || s[0] == ':' || s[0] == '-' || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—"))
}

// trimBullets is strings.TrimLeft(s, "*_-•· "), which with runes beyond
// ASCII in its set reads every line through its general path: most lines
// begin with none of them, and the loop returns at their first byte.
func trimBullets(s string) string {
	for s != "" {
		switch c := s[0]; {
		case c == '*' || c == '_' || c == '-' || c == ' ':
			s = s[1:]
		case strings.HasPrefix(s, "•"):
			s = s[len("•"):]
		case strings.HasPrefix(s, "·"):
			s = s[len("·"):]
		default:
			return s
		}
	}
	return s
}

// isMonth reports whether w, in lower case, is a key of months. A word in
// ASCII of at most nine bytes (the longest name's) is one only when it
// begins as a month's name does (see monthHead), and is then lowered into
// an array on the stack rather than by strings.ToLower, which allocates
// for the capital most words of a date begin with; the map is read with
// the bytes converted in place. |0x20 lowers an ASCII letter as ToLower
// does and turns no other byte into a letter, and every key is letters.
func isMonth(w string) bool {
	var b [len("september")]byte
	if len(w) > len(b) || !ascii.Only(w) {
		_, ok := months[strings.ToLower(w)]
		return ok
	}
	if len(w) < 3 || !monthHead(w[0], w[1], w[2]) {
		return false
	}
	for i := range len(w) {
		b[i] = w[i] | 0x20
	}
	_, ok := months[string(b[:len(w)])]
	return ok
}

// entryMark reports whether s holds what entryPattern needs after its
// date: a colon, a dash or a hyphen. Most lines of prose hold none, and
// looking for them costs far less than the pattern.
func entryMark(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '-') >= 0 ||
		strings.Contains(s, "–") || strings.Contains(s, "—")
}

// textYears returns every year written as a number of its own in the
// text, from 1000 to 2099, given where the text's runs of four digits are
// (as fourDigitRuns finds them).
func textYears(text string, runs []int) []int {
	var out []int
	for _, i := range runs {
		if (text[i] != '1' && !(text[i] == '2' && text[i+1] == '0')) ||
			i > 0 && isWordByte(text[i-1]) || i+4 < len(text) && isWordByte(text[i+4]) {
			continue
		}
		y, _ := strconv.Atoi(text[i : i+4])
		out = append(out, y)
	}
	return out
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// compactOrSeparatedDate finds a date in a file name.
func compactOrSeparatedDate(name string) (time.Time, bool) {
	for _, re := range []func() *regexp.Regexp{separatedDate, compactDate} {
		if m := re().FindStringSubmatch(name); m != nil {
			if t, ok := civilDate(m[1], m[2], m[3]); ok && plausibleYear(t.Year()) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// urlDate finds a date in a URL's path.
func urlDate(u string) (time.Time, bool) {
	if m := urlSlashDate().FindStringSubmatch(u); m != nil {
		if t, ok := civilDate(m[1], m[2], m[3]); ok && plausibleYear(t.Year()) {
			return t, true
		}
	}
	// past the host: a hostname's digits are no date
	path := u
	if i := strings.Index(u, "//"); i >= 0 {
		path = u[i+2:]
	}
	if i := strings.IndexByte(path, '/'); i >= 0 {
		return compactOrSeparatedDate(path[i:])
	}
	return time.Time{}, false
}

// plausibleYear bounds the years a file name or URL date may have: the web
// and digital files are recent, and digits in names are often other numbers.
func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }
