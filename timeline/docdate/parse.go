package docdate

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
)

// months maps month names and abbreviations, English and Russian (genitive,
// as in "2 января"), to months. Keys are lower case without a final period.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
	"августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10,
	"ноя": 11, "дек": 12,
}

// monthPattern matches any key of months, longest first so "sept" wins
// over "sep" and "january" over "jan".
var monthPattern = func() string {
	names := make([]string, 0, len(months))
	for k := range months {
		names = append(names, regexp.QuoteMeta(k))
	}
	// Longest first: RE2 prefers the earlier alternative. Ties are broken
	// alphabetically so the pattern does not depend on map order.
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	})
	return "(?:" + strings.Join(names, "|") + ")"
}()

// The patterns that read dates, compiled when first asked for, as those of
// read.go are.
var (
	// isoDate matches the civil date at the start of an ISO 8601 value
	// ("2026-01-02", "2026-01-02T09:30:00+03:00", "2026/01/02", "20260102T0930").
	isoDate = lazyPattern(`^(\d{4})(?:([-/.])(\d{1,2})[-/.](\d{1,2})|(\d{2})(\d{2}))(?:$|[^\d])`)

	// wordDate matches "January 2, 2026", "Jan. 2 2026", "2 January 2026",
	// "Fri, 02 Jan 2026 09:30:00 GMT" and "2 января 2026 г.".
	wordDate = lazyPattern(`(?i)^(?:[a-z]{3,9}\.?,?\s+)?(?:(` + monthPattern + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(` + monthPattern + `)\.?,?\s+(\d{4}))\b`)

	// dateline matches the opening of a news story that states its date:
	// "MOSCOW, Jan 2 (Reuters) -", "WASHINGTON (AP) — March 3, 2019",
	// "Jan. 2, 2026 —", "МОСКВА, 2 января — РИА Новости", "Published: January 2, 2026".
	dateline = lazyPattern(`^(?P<label>(?i:published|posted|dated?)(?:\s+on)?:?\s+)?` +
		`(?:(?P<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]*\p{Lu}\.?)(?:,\s*[\p{L}.' ]{2,30}?)?\s*)?` +
		`(?:\((?P<agency1>[^()\n]{1,40})\)\s*)?` +
		`(?P<sep>,\s*|[-—–:]\s*)?` +
		`(?P<date>(?i:(?P<mon1>` + monthPattern + `)\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{4}))?` +
		`|(?P<day2>\d{1,2})\s+(?P<mon2>` + monthPattern + `)\.?(?:,?\s+(?P<year2>\d{4}))?` +
		`|(?P<isoY>\d{4})-(?P<isoM>\d{2})-(?P<isoD>\d{2})))` +
		`\s*(?:\((?P<agency2>[^()\n]{1,40})\)\s*)?` +
		`(?P<dash>[-—–:])?`)
)

// monthHead reports whether the three ASCII bytes a, b, c, in either case,
// are the first three letters of an English month's name, which every
// English name months lists begins with.
func monthHead(a, b, c byte) bool {
	// |0x20 lower-cases an ASCII letter and turns no other byte into one
	switch uint32(a|0x20)<<16 | uint32(b|0x20)<<8 | uint32(c|0x20) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		return true
	}
	return false
}

// mayHoldDate reports whether the dateline pattern's date can be in s: a
// month's name or a date of the form 2026-01-02. Looking costs a fraction
// of running the pattern, on the many top lines with a number and no date.
// Only a line in ASCII is looked at; another may hold a letter that the
// pattern's case folding matches and lower-casing does not ("ſ" for "s").
// Every English name of a month begins with its first three letters.
func mayHoldDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	for i := 0; i+3 <= len(s); i++ {
		if monthHead(s[i], s[i+1], s[i+2]) {
			return true
		}
	}
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i >= 4 && i+6 <= len(s) && isDigits(s[i-4:i]) && isDigits(s[i+1:i+3]) && s[i+3] == '-' && isDigits(s[i+4:i+6]) {
			return true
		}
		next := strings.IndexByte(s[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// mayOpenDateline reports whether the dateline pattern can match at the
// start of s, from its first letters: the pattern opens with a label, a
// place in capitals, an agency, a separator or the date, so a line of prose
// ("The company said ...", "In Washington ...") is passed over at its first
// word, at a hundredth of the pattern's cost. A line opening with a
// character outside ASCII is left to the pattern.
func mayOpenDateline(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case isDigit(c) || c >= utf8.RuneSelf || c == '(' || c == ',' || c == '-' || c == ':':
		return true // a date, an agency, a separator, or anything the test below does not know
	case c|0x20 < 'a' || c|0x20 > 'z':
		return false
	}
	// the first word, if it is ASCII letters: a month's name or a label
	// must be all of it, as the pattern wants a full stop, a space or a
	// colon after either
	w := 0
	for w < len(s) && (s[w]|0x20 >= 'a' && s[w]|0x20 <= 'z') {
		w++
	}
	if w < len(s) && s[w] >= utf8.RuneSelf {
		return true // a letter outside ASCII may continue the word
	}
	if w <= len("september") {
		var lower [len("september")]byte
		for k := range w {
			lower[k] = s[k] | 0x20
		}
		word := string(lower[:w])
		if _, ok := months[word]; ok || word == "published" || word == "posted" || word == "date" || word == "dated" {
			return true
		}
	}
	// else only a place can open it: two capitals, or a capital and a
	// character a place's name holds ("N.Y.", "NEW YORK", "T Rowe")
	if len(s) < 2 {
		return false
	}
	c0, c1 := s[0], s[1]
	return c0 >= 'A' && c0 <= 'Z' &&
		(c1 >= 'A' && c1 <= 'Z' || c1 >= utf8.RuneSelf || c1 == '\'' || c1 == '.' || c1 == '-' || c1 == ' ')
}

// ParseValue reads a date written in metadata: ISO 8601 forms, RFC 1123,
// or "January 2, 2026". The result is the civil date as written, at UTC
// midnight: "2026-01-02T23:30:00-05:00" is 2026-01-02, not the UTC instant's day.
func ParseValue(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if m := isoDate().FindStringSubmatch(s); m != nil {
		mon, day := m[3], m[4]
		if m[2] == "" {
			mon, day = m[5], m[6]
		}
		return civilDate(m[1], mon, day)
	}
	if m := wordDate().FindStringSubmatch(s); m != nil {
		if m[1] != "" {
			return monthDate(m[3], m[1], m[2])
		}
		return monthDate(m[6], m[5], m[4])
	}
	return time.Time{}, false
}

// datelineMatch is what a dateline states: a month and day with or
// without a year, and what marks it as a dateline.
type datelineMatch struct {
	year, month, day string // month is a name, or a number for an ISO date
	// sourced is set when a place or a news agency opens the line
	// ("ZURICH, Jan 20 (Reuters) -"): the surest sign of a dateline; a
	// bare date and a dash ("Jan. 2, 2026 —") may as well open an entry of
	// a chronology.
	sourced  bool
	labelled bool // "Published: January 2, 2026"
	end      int  // where the dateline ends in the line
}

// date is the day the dateline names, in its own year or in year when it
// has none.
func (m datelineMatch) date(year int) (time.Time, bool) {
	y := m.year
	if y == "" {
		y = strconv.Itoa(year)
	}
	return monthDate(y, m.month, m.day)
}

// datelineReach is how far into a line a dateline's date may lie.
const datelineReach = 200

// matchDateline reports whether the line head opens with a dateline.
func matchDateline(head string) (datelineMatch, bool) {
	if len(head) > datelineReach {
		cut := datelineReach
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	if !mayOpenDateline(head) || strings.IndexAny(head, "0123456789") < 0 || !mayHoldDate(head) {
		return datelineMatch{}, false // every dateline has a day
	}
	re := dateline()
	idx := re.FindStringSubmatchIndex(head)
	if idx == nil {
		return datelineMatch{}, false
	}
	g := func(name string) string {
		i := 2 * re.SubexpIndex(name)
		if idx[i] < 0 {
			return ""
		}
		return head[idx[i]:idx[i+1]]
	}
	// RE2's \b knows only ASCII words: check by hand that the date is not
	// the start of a longer word or number ("Mayor", "Jan 234").
	if r, _ := utf8.DecodeRuneInString(head[idx[2*re.SubexpIndex("date")+1]:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return datelineMatch{}, false
	}
	// A date at the top is a dateline only when something marks it as one:
	// a dash or an agency after it, a "Published" label, an agency and a
	// dash before it, or nothing else on the line.
	ends := strings.TrimSpace(head[idx[1]:]) == ""
	sepDash := strings.ContainsAny(g("sep"), "-—–:")
	if !(g("dash") != "" || ends || g("label") != "" || g("agency2") != "" || g("agency1") != "" && sepDash) {
		return datelineMatch{}, false
	}
	m := datelineMatch{
		sourced:  g("place") != "" || g("agency1") != "" || g("agency2") != "",
		labelled: g("label") != "",
		end:      idx[1],
	}
	switch {
	case g("mon1") != "":
		m.year, m.month, m.day = g("year1"), g("mon1"), g("day1")
	case g("mon2") != "":
		m.year, m.month, m.day = g("year2"), g("mon2"), g("day2")
	default:
		m.year, m.month, m.day = g("isoY"), g("isoM"), g("isoD")
	}
	return m, true
}

// IsDateline reports whether a line opens with a dateline ("MOSCOW, Jan 2
// (Reuters) -", "Jan. 2, 2026 —"): such a line starts the story and is no
// title.
func IsDateline(line string) bool {
	_, ok := matchDateline(line)
	return ok
}

// monthDate is civilDate with the month given by name ("Jan.", "января")
// or number.
func monthDate(year, month, day string) (time.Time, bool) {
	if n, err := strconv.Atoi(month); err == nil {
		return civilDate(year, strconv.Itoa(n), day)
	}
	m, ok := months[strings.ToLower(strings.TrimSuffix(month, "."))]
	if !ok {
		return time.Time{}, false
	}
	return civilDate(year, strconv.Itoa(int(m)), day)
}

// civilDate validates year, month and day and returns that day at UTC
// midnight. Years outside 1000-9999 are refused as noise in metadata.
func civilDate(year, month, day string) (time.Time, bool) {
	y, err1 := strconv.Atoi(year)
	m, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := timeline.Day(y, time.Month(m), d)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
