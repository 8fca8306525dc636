package extract

import (
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, possibly with trailing digits ("Q3") or leading digits ("1990s")
	tokNum                  // ASCII digits only
	tokPunct                // one punctuation or symbol rune
)

// token is one word, number or punctuation mark of the text. The tagger
// works on tokens so that every rule looks at a bounded window after its
// first token and the whole text is scanned once.
type token struct {
	start, end int
	num        int // value of the leading digits (saturated at 1e9)
	ndigits    int // number of leading ASCII digits
	kind       tokKind
	upper      bool   // first rune is upper case
	space      bool   // whitespace (or text start) precedes the token
	lower      string // lowercased text; apostrophes normalized to '
}

// tokenize splits text into tokens in one pass.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4+1)
	space := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		t := token{start: i, space: space}
		space = false
		switch {
		case r >= '0' && r <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			k := j // digits followed by letters ("1990s", "3rd", "5pm") make a word
			for k < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsLetter(r2) {
					break
				}
				k += s2
			}
			t.kind, t.end, t.num, t.ndigits = tokNum, j, n, j-i
			if k > j {
				t.kind, t.end = tokWord, k
			}
		case unicode.IsLetter(r):
			t.kind = tokWord
			t.upper = unicode.IsUpper(r)
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !(r2 >= '0' && r2 <= '9') {
					break
				}
				j += s2
			}
			t.end = j
		default:
			t.kind = tokPunct
			t.end = i + size
			if r == '’' || r == '‘' || r == '`' {
				t.lower = "'"
			} else if r == '–' || r == '—' {
				t.lower = "-"
			}
		}
		if t.lower == "" {
			t.lower = lower(text[t.start:t.end])
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

// lower lowercases ASCII without allocating when there is nothing to change,
// and falls back to full Unicode case mapping otherwise.
func lower(s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return toLowerUnicode(s)
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

func toLowerUnicode(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return string(rs)
}
