package events

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"retrace/timeline/lex"
)

// TestTokenPluralAsLowered holds token.plural, which reads an unlisted
// word's last byte first and an ASCII word as written, to plural of the
// word's lower case, on 100,000 words made of endings, capitals and
// letters beyond ASCII (some of which change length when lowered), and on
// every rune written alone, after a short word and before an s.
func TestTokenPluralAsLowered(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	parts := []string{"s", "S", "ss", "SS", "us", "US", "is", "IS", "a", "E", "x", "ß", "É", "İ", "K", "ſ", "3", ".",
		"-", "\xff", "es", "Es", "news", "NEWS", "ies", "bus", "crisis", "talks", "TALKS", "i", "u"}
	var words []string
	for range 100000 {
		var b strings.Builder
		for k := rng.Intn(5); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		words = append(words, b.String())
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		c := string(r)
		words = append(words, c, "ab"+c, "abc"+c, c+"s", "a"+c+"s", "ab"+c+"s")
	}
	words = append(words, "")
	for _, w := range words {
		tok := token{text: w, e: &lex.Entry{}}
		if got, want := tok.plural(), plural(strings.ToLower(w)); got != want {
			t.Errorf("token{%q}.plural() = %v, plural of its lower case %v", w, got, want)
		}
	}
}
