package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
)

// token is a word or a punctuation mark of a sentence, with its byte span in
// the document's text.
type token struct {
	timeline.Span
	text  string
	lower string
	word  bool // letters or digits; false for punctuation
}

// tokenize splits text[span] into words and punctuation marks. A word may
// carry inner apostrophes, hyphens, periods, commas and slashes when a
// letter or digit follows ("Putin's", "long-standing", "U.S", "3,000").
func tokenize(text string, span timeline.Span) []token {
	var toks []token
	i := span.Start
	for i < span.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < span.End {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if strings.ContainsRune("'’-.,/", r2) && j+s2 < span.End {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); isWordRune(r3) {
						j += s2
						continue
					}
				}
				break
			}
			// Keep the final period of an abbreviation with inner periods
			// ("U.S."), so labels do not read "U.S embassies".
			if j < span.End && text[j] == '.' && strings.IndexByte(text[i:j], '.') >= 0 {
				j++
			}
			toks = append(toks, newToken(text, i, j, true))
			i = j
		default:
			j := i + size
			if (r == '-' || r == '`' || r == '\'') && j < span.End && text[j] == byte(r) {
				j++ // "--" used as a dash, "``" and "''" as quotation marks
			}
			toks = append(toks, newToken(text, i, j, false))
			i = j
		}
	}
	return toks
}

func newToken(text string, start, end int, word bool) token {
	s := text[start:end]
	return token{Span: timeline.Span{Start: start, End: end}, text: s, lower: strings.ToLower(s), word: word}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("$%&£€", r)
}

// clauseBreakPunct are the marks that end a clause: commas, semicolons,
// colons, dashes, brackets and double quotes. A lone hyphen between spaces
// is a dash too.
var clauseBreakPunct = map[string]bool{
	",": true, ";": true, ":": true, "—": true, "–": true, "--": true, "-": true,
	"(": true, ")": true, "[": true, "]": true, "\"": true, "“": true, "”": true, "_": true,
	"``": true, "''": true,
}

// clauseBreakWords start a new clause: subordinating conjunctions and
// relative words. "and" is not among them: it joins noun phrases ("Russia
// and North Korea") far more often than clauses, and a clause it joins
// usually follows a comma anyway.
// Nor are "which" and "who" without a comma: a restrictive relative clause
// ("a suspect who was returned from Pakistan had not admitted") sits inside
// the clause whose verb follows it.
var clauseBreakWords = map[string]bool{
	"but": true, "while": true, "whereas": true, "although": true, "though": true,
	"because": true, "when": true, "where": true, "unless": true,
}

// clauseBreakBeforePronoun are prepositions that open a clause when a
// subject pronoun follows: "since he was rescued", "after they left".
var clauseBreakBeforePronoun = map[string]bool{
	"since": true, "after": true, "before": true, "until": true, "as": true, "once": true,
}

var subjectPronouns = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
}

// clause is a half-open range [from, to) of token indices.
type clause struct{ from, to int }

// splitClauses cuts a sentence's tokens into clauses at punctuation and
// conjunctions, ignoring any that fall inside a protected span (a time
// expression such as "March 3, 2019" must not be cut at its comma).
// Break punctuation is left out of every clause; break words open the
// clause they introduce.
func splitClauses(toks []token, protected []timeline.Span) []clause {
	// protected is sorted by Start and tokens come in text order, so one
	// pointer sweeps both: linear even for a huge unpunctuated "sentence".
	p := 0
	inside := func(t token) bool {
		for p < len(protected) && protected[p].End <= t.Start {
			p++
		}
		for q := p; q < len(protected) && protected[q].Start < t.End; q++ {
			if protected[q].Overlaps(t.Span) {
				return true
			}
		}
		return false
	}
	var out []clause
	from := 0
	for i, t := range toks {
		switch {
		case !t.word && clauseBreakPunct[t.text] && !inside(t):
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 1
		case t.word && i > from && !inside(t) && (clauseBreakWords[t.lower] ||
			clauseBreakBeforePronoun[t.lower] && i+1 < len(toks) && subjectPronouns[toks[i+1].lower]):
			out = append(out, clause{from, i})
			from = i
		}
	}
	if from < len(toks) {
		out = append(out, clause{from, len(toks)})
	}
	return out
}

// clauseOf returns the index of the clause holding byte offset off, or the
// nearest clause before it (off may sit on a dropped comma).
func clauseOf(toks []token, cls []clause, off int) int {
	i := sort.Search(len(cls), func(ci int) bool { return toks[cls[ci].from].Start > off })
	if i == 0 {
		return 0
	}
	return i - 1
}
