package events

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// token is a word or a punctuation mark of a sentence, with its byte span in
// the document's text, its lexicon entry and classes: the entry's, and for
// a word those it has by its form.
type token struct {
	timeline.Span
	text string
	word bool // letters or digits; false for punctuation
	lc   bool // a word that begins with a lower-case letter (isLowerWord)
	cls  lex.Set
	e    *lex.Entry // its Word is the token's lexicon word, "" when not listed (see lowered)
}

func (t *token) has(c lex.Class) bool { return t.cls.Has(c) }

// lowered returns the token in lower case: its lexicon word, or its text
// lowered (which allocates only for a word with capitals, such as a name
// that is not listed; most are never asked for).
func (t *token) lowered() string {
	if t.e.Word != "" {
		return t.e.Word
	}
	return strings.ToLower(t.text)
}

// sentenceTokens groups the document's tokens inside span into the words
// and marks a sentence is read by. A word may carry inner apostrophes,
// hyphens, periods, commas and slashes when a letter or digit follows
// ("Putin's", "long-standing", "U.S", "3,000"), and keeps the final period
// of an abbreviation with inner periods ("U.S."), so labels do not read
// "U.S embassies". Digits, letters and the signs $ % & £ € make words;
// a doubled hyphen, backtick or apostrophe ("--" as a dash, doubled
// backticks and apostrophes as quotation marks) is one mark. A word of one
// token keeps that token's entry; a longer one is looked up whole.
//
// The tokens are appended to buf[:0]: the builder reads one sentence at a
// time and gives back the previous sentence's slice.
func sentenceTokens(tt *lex.Tokenized, span timeline.Span, buf []token) []token {
	a := tt.Search(span.Start)
	b := a
	for b < tt.Len() && tt.End(b) <= span.End {
		b++
	}
	toks := buf[:0]
	end := 0                                                        // the end of token i-1 as the loop reads token i
	glued := func(i int) bool { return tt.Start(i) == tt.End(i-1) } // i > a
	for i := a; i < b; {
		j := i + 1
		kind := tt.Kind(i)
		isWord := kind != lex.Mark || wordMark(tt.Source(i))
		end = tt.End(i)
		if isWord {
			for j < b {
				start := tt.Start(j)
				if start != end {
					break // white space: the word ends
				}
				if tt.Kind(j) != lex.Mark || wordMark(tt.Source(j)) {
					end = tt.End(j)
					j++
					continue
				}
				if j+1 < b && joins(tt.Source(j)) && glued(j+1) && wordMaterial(tt, j+1) {
					end = tt.End(j + 1)
					j += 2
					continue
				}
				break
			}
			if j < b && glued(j) && tt.Source(j) == "." && strings.IndexByte(tt.Text[tt.Start(i):end], '.') >= 0 {
				end = tt.End(j)
				j++
			}
		} else if s := tt.Source(i); j < b && (s == "-" || s == "`" || s == "'") && glued(j) && tt.Source(j) == s {
			end = tt.End(j)
			j++ // "--" used as a dash, "``" and "''" as quotation marks
		}
		start := tt.Start(i)
		text := tt.Text[start:end]
		e := tt.Entry(i)
		if j > i+1 || kind == lex.Mark && e.Word != text {
			// a mark's token is looked up in its usual form ("—" as "-"):
			// look it up as written
			e = tt.Lexicon.Lookup(strings.ToLower(text))
		}
		cls := e.Classes
		if isWord {
			cls = cls.Union(tt.Lexicon.Form(e, text)) // once here, not in every label made of it
		}
		toks = append(toks, token{Span: timeline.Span{Start: start, End: end}, text: text, word: isWord,
			lc: isWord && isLowerWord(text), cls: cls, e: e})
		i = j
	}
	return toks
}

// wordMaterial reports whether token i can be part of a word: a word or a
// number, or a mark that is a digit of another script or one of $ % & £ €.
func wordMaterial(tt *lex.Tokenized, i int) bool {
	return tt.Kind(i) != lex.Mark || wordMark(tt.Source(i))
}

// wordMark reports whether a mark is word material: a digit of another
// script or one of $ % & £ €.
func wordMark(mark string) bool {
	if mark != "" && mark[0] < utf8.RuneSelf {
		c := mark[0]
		return c >= '0' && c <= '9' || c == '$' || c == '%' || c == '&'
	}
	r, _ := utf8.DecodeRuneInString(mark)
	return unicode.IsDigit(r) || strings.ContainsRune("$%&£€", r)
}

// joins reports whether a mark joins two parts of one word when a letter or
// digit follows it directly.
func joins(mark string) bool {
	switch mark {
	case "'", "’", "-", ".", ",", "/":
		return true
	}
	return false
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
	inside := func(t *token) bool {
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
	for i := range toks {
		// inside is asked last: only of a token that would cut (the
		// pointer catches up then, as the tokens only move on)
		t := &toks[i]
		switch {
		case !t.word && t.has(lex.ClauseBreakMark) && !(t.has(lex.OpeningQuote) && i > 0 && toks[i-1].word) &&
			!inside(t):
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 1
		case t.word && i > from && (t.has(lex.ClauseBreakWord) ||
			t.has(lex.ClauseBreakBeforePronoun) && i+1 < len(toks) && toks[i+1].has(lex.SubjectPronoun)) && !inside(t):
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
