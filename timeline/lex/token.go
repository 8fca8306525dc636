package lex

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// Kind tells words, numbers and punctuation apart.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with digits after them ("Q3") or before them ("1990s")
	Number             // ASCII digits only
	Mark               // one punctuation mark or symbol
)

// Token is one word, number or punctuation mark of a text. Tokens never
// hold white space, and every rule that reads them looks at a bounded
// window, so a whole text is scanned once.
type Token struct {
	start, end int32
	id         uint32 // the lexicon entry; 0 when the word is not listed
	num        int32  // value of the leading ASCII digits (see Num)
	digits     uint8  // number of leading ASCII digits, saturated
	kind       Kind
	flags      uint8
}

const (
	flagUpper uint8 = 1 << iota // the first rune is upper case
	flagSpace                   // white space, or the start of the text, comes before the token
)

// Start returns the byte offset of the token in its text.
func (t *Token) Start() int { return int(t.start) }

// End returns the byte offset just past the token.
func (t *Token) End() int { return int(t.end) }

// Kind returns whether the token is a word, a number or a mark.
func (t *Token) Kind() Kind { return t.kind }

// ID returns the token's lexicon entry number, 0 when it is not listed.
func (t *Token) ID() uint32 { return t.id }

// Upper reports whether a word begins with a capital. Numbers and words
// that begin with a digit ("1990s") report false.
func (t *Token) Upper() bool { return t.flags&flagUpper != 0 }

// Space reports whether white space or the start of the text precedes the
// token: "U.S." is three tokens, the last two without space.
func (t *Token) Space() bool { return t.flags&flagSpace != 0 }

// Num returns the value of the token's leading ASCII digits, 0 when it has
// none. A long number stops growing once past a billion: no rule reads more.
func (t *Token) Num() int { return int(t.num) }

// Digits returns the number of leading ASCII digits, saturated at 255.
func (t *Token) Digits() int { return int(t.digits) }

// Tokenized is a text cut into tokens, each looked up in a lexicon.
type Tokenized struct {
	Text    string
	Tokens  []Token
	Lexicon *Lexicon
}

// Tokenize cuts text into tokens in one pass and looks every word and mark
// up in lx.
func Tokenize(text string, lx *Lexicon) *Tokenized {
	return &Tokenized{Text: text, Tokens: AppendTokens(nil, text, 0, len(text), lx), Lexicon: lx}
}

// AppendTokens appends the tokens of text[from:to] to toks, with offsets
// into text. A token is cut where the range ends, so from and to should lie
// between tokens (at white space) for the tokens to be the text's own.
func AppendTokens(toks []Token, text string, from, to int, lx *Lexicon) []Token {
	space := from == 0 || isSpaceBefore(text, from)
	var buf [64]byte
	for i := from; i < to; {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
			if asciiSpace[c] {
				space = true
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:to])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		t := Token{start: int32(i)}
		if space {
			t.flags |= flagSpace
		}
		space = false
		switch {
		case r >= '0' && r <= '9':
			j := i
			n := int64(0)
			for j < to && text[j] >= '0' && text[j] <= '9' {
				if n < 1e9 {
					n = n*10 + int64(text[j]-'0')
				}
				j++
			}
			k := j // digits followed by letters ("1990s", "3rd", "5pm") make a word
			for k < to {
				if c := text[k]; c < utf8.RuneSelf {
					if !isASCIILetter(c) {
						break
					}
					k++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[k:to])
				if !unicode.IsLetter(r2) {
					break
				}
				k += s2
			}
			t.kind, t.end = Number, int32(j)
			t.num = int32(min(n, math.MaxInt32))
			t.digits = uint8(min(j-i, math.MaxUint8))
			if k > j {
				t.kind, t.end = Word, int32(k)
			}
			t.id = lx.lookupWord(text[i:t.end], &buf)
		case c < utf8.RuneSelf && isASCIILetter(c) || c >= utf8.RuneSelf && unicode.IsLetter(r):
			t.kind = Word
			if c < utf8.RuneSelf {
				if c >= 'A' && c <= 'Z' {
					t.flags |= flagUpper
				}
			} else if unicode.IsUpper(r) {
				t.flags |= flagUpper
			}
			j := i + size
			for j < to {
				if c := text[j]; c < utf8.RuneSelf {
					if !isASCIILetter(c) && !(c >= '0' && c <= '9') {
						break
					}
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:to])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			t.end = int32(j)
			t.id = lx.lookupWord(text[i:j], &buf)
		default:
			t.kind = Mark
			t.end = int32(i + size)
			t.id = lx.ID(markForm(text[i : i+size]))
		}
		toks = append(toks, t)
		i = int(t.end)
	}
	return toks
}

// isSpaceBefore reports whether the rune before offset i is white space.
func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// markForm is the form a mark is looked up by: curly quotes and the
// backtick read as an apostrophe, en and em dashes as a hyphen.
func markForm(s string) string {
	switch s {
	case "’", "‘", "`":
		return "'"
	case "–", "—":
		return "-"
	}
	return s
}

// lookupWord finds a word's entry by its lower-case form, written into buf
// so that looking up allocates nothing.
func (lx *Lexicon) lookupWord(s string, buf *[64]byte) uint32 {
	b := buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, unicode.ToLower(r))
			i += size
		}
		if len(b) > lx.longest {
			return 0
		}
	}
	return lx.ids[string(b)]
}

// Lower returns the lower-case form of a token's text, as the lexicon
// looks it up: marks in their lookup form (see markForm), letters through
// unicode.ToLower, bytes that are not UTF-8 as U+FFFD.
func Lower(s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			rs := []rune(s)
			for i, r := range rs {
				rs[i] = unicode.ToLower(r)
			}
			return string(rs)
		}
		if c >= 'A' && c <= 'Z' {
			hasUpper = true
		}
	}
	if !hasUpper {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// Entry returns the lexicon entry of token i, the empty entry when i is out
// of range or the word is not listed.
func (t *Tokenized) Entry(i int) *Entry {
	if i < 0 || i >= len(t.Tokens) {
		return &t.Lexicon.entries[0]
	}
	return &t.Lexicon.entries[t.Tokens[i].id]
}

// Has reports whether token i is in class c.
func (t *Tokenized) Has(i int, c Class) bool { return t.Entry(i).Classes.Has(c) }

// Lower returns the lower-case form of token i ("" out of range): its
// lexicon word when it is listed, else computed from the text.
func (t *Tokenized) Lower(i int) string {
	if i < 0 || i >= len(t.Tokens) {
		return ""
	}
	tok := &t.Tokens[i]
	if tok.id != 0 {
		return t.Lexicon.entries[tok.id].Word
	}
	s := t.Text[tok.start:tok.end]
	if tok.kind == Mark {
		return Lower(markForm(s))
	}
	return Lower(s)
}

// Source returns the text of token i.
func (t *Tokenized) Source(i int) string {
	tok := &t.Tokens[i]
	return t.Text[tok.start:tok.end]
}
