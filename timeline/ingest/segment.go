package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
)

// FromText wraps already-decoded plain text in a Document with paragraph and
// sentence boundaries. The document date is left unknown.
func FromText(path, text string) *timeline.Document {
	doc := &timeline.Document{Path: path, Format: "text", Text: text, DateSource: timeline.DateUnknown}
	doc.Paragraphs = Paragraphs(text)
	doc.Sentences = Sentences(text, doc.Paragraphs)
	return doc
}

// Paragraphs splits text at blank lines (and at single line breaks, since
// saved articles often put one paragraph on each line), trimming spaces.
func Paragraphs(text string) []timeline.Span {
	var out []timeline.Span
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if sp := trimSpan(text, start, end); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// Sentences splits each paragraph into sentences at '.', '!' or '?' followed
// by space and an upper-case letter, digit or quote, except after common
// abbreviations ("Dr.", "U.S.", "Jan.") and single initials.
func Sentences(text string, paragraphs []timeline.Span) []timeline.Span {
	var out []timeline.Span
	for _, p := range paragraphs {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < p.End && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
				j++
			}
			if j < p.End && strings.HasPrefix(text[j:], "”") || j < p.End && strings.HasPrefix(text[j:], "’") {
				j += 3
			}
			if j >= p.End || (text[j] != ' ' && text[j] != '\t') {
				continue
			}
			k := j
			for k < p.End && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k >= p.End {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘(", r) {
				continue
			}
			if c == '.' && isAbbreviation(text[start:i]) {
				continue
			}
			if sp := trimSpan(text, start, j); sp.Len() > 0 {
				out = append(out, sp)
			}
			start = k
		}
		if sp := trimSpan(text, start, p.End); sp.Len() > 0 {
			out = append(out, sp)
		}
	}
	return out
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "etc": true, "no": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.n": true,
	"u.k": true, "a.m": true, "p.m": true, "e.g": true, "i.e": true,
}

// isAbbreviation reports whether the text before a period ends in a known
// abbreviation or a single letter (an initial).
func isAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " \t(\"“")
	word := strings.ToLower(before[i+1:])
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return abbreviations[word]
}

func trimSpan(text string, start, end int) timeline.Span {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	return timeline.Span{Start: start, End: end}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }
