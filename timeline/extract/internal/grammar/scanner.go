package grammar

import (
	"strings"
	"unicode/utf8"

	"retrace/timeline/lex"
)

// Scanner is the tokens of one text as a grammar reads them: every token's
// lexicon entry, and the holidays the text may name. Out of range, a token
// reads as an empty word with no entry, so rules may look past either end.
type Scanner struct {
	*lex.Tokenized
	Holidays *HolidayIndex
}

// NewScanner reads tt; holidays is the index of the holiday names to know
// (see IndexHolidays), over tt's lexicon.
func NewScanner(tt *lex.Tokenized, holidays *HolidayIndex) *Scanner {
	return &Scanner{Tokenized: tt, Holidays: holidays}
}

func (s *Scanner) in(i int) bool { return i >= 0 && i < len(s.Tokens) }

// Kind returns whether token i is a word, a number or a mark.
func (s *Scanner) Kind(i int) lex.Kind {
	if !s.in(i) {
		return lex.Word
	}
	return s.Tokenized.Kind(i)
}

// Upper reports whether token i is a word that begins with a capital.
func (s *Scanner) Upper(i int) bool { return s.in(i) && s.Tokenized.Upper(i) }

// Digits returns the number of ASCII digits token i begins with.
func (s *Scanner) Digits(i int) int {
	if !s.in(i) {
		return 0
	}
	return s.Tokenized.Digits(i)
}

// Num returns the value of the ASCII digits token i begins with.
func (s *Scanner) Num(i int) int {
	if !s.in(i) {
		return 0
	}
	return s.Tokenized.Num(i)
}

// ID returns the lexicon entry number of token i, 0 out of range.
func (s *Scanner) ID(i int) uint32 {
	if !s.in(i) {
		return 0
	}
	return s.Tokenized.ID(i)
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
	if i <= 0 || i >= len(s.Tokens) {
		return false
	}
	gap := s.Text[s.End(i-1):s.Start(i)]
	return strings.Count(gap, "\n") >= 2 || strings.Count(gap, "\r") >= 2
}

// LineStart reports whether token i opens a line of the text.
func (s *Scanner) LineStart(i int) bool {
	if i <= 0 {
		return i == 0
	}
	if i >= len(s.Tokens) {
		return false
	}
	return strings.ContainsAny(s.Text[s.End(i-1):s.Start(i)], "\n\r")
}

// Glued reports whether token i directly follows token i-1, without space.
func (s *Scanner) Glued(i int) bool { return i > 0 && i < len(s.Tokens) && !s.Space(i) }

// Source returns the text of token i, "" out of range.
func (s *Scanner) Source(i int) string {
	if !s.in(i) {
		return ""
	}
	return s.Tokenized.Source(i)
}

// Suffix returns the entry of the letters after a word's leading digits
// ("rd" of "3rd", "s" of "1990s"), looked up in lower case.
func (s *Scanner) Suffix(i int) *lex.Entry {
	w := s.Source(i)
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return s.Lexicon.Lookup(lex.Lower(w[n:]))
}

// Prefix returns the entry of the first n letters of token i, in lower
// case ("fy" of "FY2025").
func (s *Scanner) Prefix(i, n int) *lex.Entry {
	w := s.Source(i)
	if len(w) < n {
		return s.Lexicon.Entry(0)
	}
	return s.Lexicon.Lookup(lex.Lower(w[:n]))
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
func (s *Scanner) HolidayAt(i int) bool { return s.Upper(i) && s.Holidays.Begins(s.ID(i)) }

// Tok is token i of a scanner, read on demand.
type Tok struct {
	s *Scanner
	i int
}

// Tok returns token i; out of range, an empty word with no entry.
func (s *Scanner) Tok(i int) Tok { return Tok{s, i} }

func (t Tok) Kind() lex.Kind { return t.s.Kind(t.i) }
func (t Tok) Upper() bool    { return t.s.Upper(t.i) }
func (t Tok) Digits() int    { return t.s.Digits(t.i) }
func (t Tok) Num() int       { return t.s.Num(t.i) }
func (t Tok) ID() uint32     { return t.s.ID(t.i) }
func (t Tok) Start() int     { return t.s.Start(t.i) }
func (t Tok) End() int       { return t.s.End(t.i) }
