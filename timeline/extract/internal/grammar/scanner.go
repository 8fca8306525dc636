package grammar

import (
	"strings"
	"unicode/utf8"

	"retrace/timeline/lex"
)

// Scanner is the tokens of one text as a grammar reads them: every token's
// lexicon entry, and the holidays the text may name.
type Scanner struct {
	Text     string
	Toks     []lex.Token
	Lex      *lex.Lexicon
	Holidays HolidayIndex
	empty    lex.Token
}

// NewScanner reads tt; holidays is the index of the holiday names to know
// (see IndexHolidays), over tt's lexicon.
func NewScanner(tt *lex.Tokenized, holidays HolidayIndex) *Scanner {
	return &Scanner{Text: tt.Text, Toks: tt.Tokens, Lex: tt.Lexicon, Holidays: holidays}
}

// Tok returns token i; out of range, an empty word with no entry.
func (s *Scanner) Tok(i int) *lex.Token {
	if i < 0 || i >= len(s.Toks) {
		return &s.empty
	}
	return &s.Toks[i]
}

// Entry returns the lexicon entry of token i (the empty entry when it is
// not listed or i is out of range).
func (s *Scanner) Entry(i int) *lex.Entry {
	if i < 0 || i >= len(s.Toks) {
		return s.Lex.Entry(0)
	}
	return s.Lex.Entry(s.Toks[i].ID())
}

// Key returns the grammar's name for token i, 0 for none.
func (s *Scanner) Key(i int) lex.Key { return s.Entry(i).Key }

// Is reports whether token i is the word the grammar names k.
func (s *Scanner) Is(i int, k lex.Key) bool { return s.Entry(i).Key == k }

// Has reports whether token i is in class c.
func (s *Scanner) Has(i int, c lex.Class) bool { return s.Entry(i).Classes.Has(c) }

// BlankLineBefore reports whether a blank line (a paragraph break, a
// heading's end) separates token i from the one before: no expression
// runs across it ("Born on this day: June 12" above "1819 – ...").
func (s *Scanner) BlankLineBefore(i int) bool {
	if i <= 0 || i >= len(s.Toks) {
		return false
	}
	gap := s.Text[s.Toks[i-1].End():s.Toks[i].Start()]
	return strings.Count(gap, "\n") >= 2 || strings.Count(gap, "\r") >= 2
}

// LineStart reports whether token i opens a line of the text.
func (s *Scanner) LineStart(i int) bool {
	if i <= 0 {
		return i == 0
	}
	if i >= len(s.Toks) {
		return false
	}
	return strings.ContainsAny(s.Text[s.Toks[i-1].End():s.Toks[i].Start()], "\n\r")
}

// Glued reports whether token i directly follows token i-1, without space.
func (s *Scanner) Glued(i int) bool { return i > 0 && i < len(s.Toks) && !s.Toks[i].Space() }

// Source returns the text of token i, "" out of range.
func (s *Scanner) Source(i int) string {
	if i < 0 || i >= len(s.Toks) {
		return ""
	}
	t := &s.Toks[i]
	return s.Text[t.Start():t.End()]
}

// Suffix returns the entry of the letters after a word's leading digits
// ("rd" of "3rd", "s" of "1990s"), looked up in lower case.
func (s *Scanner) Suffix(i int) *lex.Entry {
	w := s.Source(i)
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return s.Lex.Lookup(lex.Lower(w[n:]))
}

// Prefix returns the entry of the first n letters of token i, in lower
// case ("fy" of "FY2025").
func (s *Scanner) Prefix(i, n int) *lex.Entry {
	w := s.Source(i)
	if len(w) < n {
		return s.Lex.Entry(0)
	}
	return s.Lex.Lookup(lex.Lower(w[:n]))
}

// LowerLen returns the length in bytes of token i in lower case.
func (s *Scanner) LowerLen(i int) int {
	w := s.Source(i)
	for j := 0; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf {
			return len(lex.Lower(w))
		}
	}
	return len(w)
}

// AllCaps reports whether token i is written in capitals ("NEXT WEEK"), as
// headlines are, rather than capitalised as a title.
func (s *Scanner) AllCaps(i int) bool {
	return !strings.ContainsFunc(s.Source(i), func(r rune) bool { return r >= 'a' && r <= 'z' })
}

// HolidayAt reports whether token i could begin a holiday's name: a word
// with a capital that is the first word of one.
func (s *Scanner) HolidayAt(i int) bool {
	t := s.Tok(i)
	return t.Upper() && len(s.Holidays[t.ID()]) > 0
}
