package events

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"retrace/timeline/extract/en"
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

// TestListedTokenPluralAsEntry holds token.plural of a listed word, which
// reads the last byte as written before its entry's word (and where
// verbInContext calls it, endsInS before the call), to plural of the
// entry's word: on every entry of the English lexicon written in lower
// case, in capitals and with a capital first, and on every word of the
// TimeBank articles as sentenceTokens reads them (broke it
// by hand, the last byte read without its 0x20 bit: fails).
func TestListedTokenPluralAsEntry(t *testing.T) {
	lx := en.Lexicon()
	asked, yes := 0, 0
	check := func(tok token) {
		if tok.e.Word == "" {
			return
		}
		want := plural(tok.e.Word)
		if got := tok.plural(); got != want {
			t.Fatalf("token{%q} of entry %q: plural() = %v, plural of the entry's word %v", tok.text, tok.e.Word, got, want)
		}
		if got := tok.endsInS() && tok.plural(); got != want {
			t.Fatalf("token{%q} of entry %q: endsInS() && plural() = %v, plural of the entry's word %v", tok.text, tok.e.Word, got, want)
		}
		asked++
		if want {
			yes++
		}
	}
	for id := 1; id < lx.Len(); id++ {
		e := lx.Entry(uint32(id))
		for _, w := range []string{e.Word, strings.ToUpper(e.Word), strings.ToUpper(e.Word[:1]) + e.Word[1:]} {
			check(token{text: w, e: e})
		}
	}
	for _, f := range timeBankFiles(t) {
		doc, _, _ := readTimeML(t, f)
		tt := lex.Tokenize(doc.Text, lx)
		bl := &builder{text: doc.Text, tt: tt, lx: lx}
		var toks []token
		for _, s := range doc.Sentences {
			toks, bl.at = sentenceTokens(tt, s, bl.firstToken(s), toks[:0])
			for _, tok := range toks {
				if tok.word {
					check(tok)
				}
			}
		}
	}
	if asked < 30000 || yes < 1000 {
		t.Fatalf("asked %d times, %d plurals: too few to hold plural", asked, yes)
	}
}
