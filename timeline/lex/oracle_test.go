package lex

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceTokens cuts text as the tokenizer's specification says, one
// rune at a time and with no fast path: white space is skipped (a line
// break noted before the next token); a word is a run of ASCII letters
// and digits and letters beyond ASCII, begun by a letter, or by ASCII
// digits with letters after them; a number is a run of ASCII digits; any
// other rune, or a byte that is not UTF-8, is a mark. A word or number is
// looked up by its lower-case form, a mark by its lookup form (markForm).
func referenceTokens(text string, lx *Lexicon) (toks []Token, ends []int, lines []int32) {
	space := true
	isWordRune := func(r rune) bool {
		return r < utf8.RuneSelf && wordByte[r] || r >= utf8.RuneSelf && unicode.IsLetter(r)
	}
	runEnd := func(i int, in func(r rune) bool) int {
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !in(r) {
				break
			}
			i += size
		}
		return i
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\r' {
				if n := len(lines); n == 0 || int(lines[n-1]) != len(toks) {
					lines = append(lines, int32(len(toks)))
				}
			}
			space = true
			i += size
			continue
		}
		var flags uint8
		if space {
			flags = flagSpace
		}
		space = false
		end := i + size
		switch {
		case r >= '0' && r <= '9':
			digits := runEnd(i, func(r rune) bool { return r >= '0' && r <= '9' })
			end = runEnd(digits, func(r rune) bool { return isWordRune(r) && !(r >= '0' && r <= '9') })
			flags |= uint8(Number) | uint8(min(digits-i, maxDigits))<<digitShift
			if end > digits {
				flags = flags&^kindMask | uint8(Word)
			}
		case unicode.IsLetter(r):
			end = runEnd(i, isWordRune)
			flags |= uint8(Word)
			if unicode.IsUpper(r) {
				flags |= flagUpper
			}
		default:
			flags |= uint8(Mark)
		}
		var id uint32
		if Kind(flags&kindMask) == Mark {
			id = lx.ID(markForm(text[i:end]))
		} else {
			id = lx.ID(Lower(text[i:end]))
		}
		if id != 0 && Kind(flags&kindMask) != Mark && flags&flagUpper == 0 && lx.entries[id].Word != text[i:end] {
			flags |= flagFolded
		}
		n := uint8(longLen)
		if end-i < longLen {
			n = uint8(end - i)
		}
		toks = append(toks, makeToken(uint32(i), uint16(id), n, flags))
		ends = append(ends, end)
		i = end
	}
	if n := len(lines); n > 0 && int(lines[n-1]) == len(toks) {
		lines = lines[:n-1]
	}
	return toks, ends, lines
}

// checkTokenizer holds the tokens of text, cut with lx, to referenceTokens
// and reports whether they agree (at most a few differences are logged).
func checkTokenizer(t *testing.T, text string, lx *Lexicon) bool {
	t.Helper()
	want, ends, lines := referenceTokens(text, lx)
	tt := Tokenize(text, lx)
	ok := len(tt.Tokens) == len(want) && slices.Equal(tt.LineStarts(), lines)
	for k := 0; ok && k < len(want); k++ {
		ok = tt.Tokens[k] == want[k] && tt.End(k) == ends[k]
		if listed := tt.ID(k) != 0 && tt.Kind(k) != Mark && tt.Source(k) == tt.Entry(k).Word; ok && tt.Tokens[k].AsListed() != listed {
			t.Errorf("token %d of %q: %q AsListed = %v, want %v", k, clip(text, int(want[k].start())), tt.Source(k), !listed, listed)
			ok = false
		}
		if !ok {
			t.Errorf("token %d of %q: got %q %#x, want %q %#x", k, clip(text, int(want[k].start())), tt.Source(k), uint64(tt.Tokens[k]),
				text[want[k].start():ends[k]], uint64(want[k]))
		}
	}
	if !ok && len(tt.Tokens) != len(want) {
		t.Errorf("%q: %d tokens, want %d", clip(text, 0), len(tt.Tokens), len(want))
	}
	if !ok && !slices.Equal(tt.LineStarts(), lines) {
		t.Errorf("%q: line starts %v, want %v", clip(text, 0), tt.LineStarts(), lines)
	}
	return ok
}

// clip is the text around offset i, for a message.
func clip(text string, i int) string {
	return text[max(0, i-20):min(len(text), i+40)]
}

// oracleLexicon lists every other word and mark of words (lower-cased), so
// that the tokens of a text are found in it and missed alike, and words of
// every length up to 24 bytes made of letters and digits.
func oracleLexicon(t *testing.T, words []string) *Lexicon {
	t.Helper()
	seen := map[string]bool{}
	var entries []Entry
	for k, w := range words {
		w = markForm(Lower(w))
		if k%2 == 0 && !seen[w] && len(entries) < 60000 {
			seen[w] = true
			entries = append(entries, Entry{Word: w})
		}
	}
	r := rand.New(rand.NewPCG(5, 8))
	for n := 1; n <= 24; n++ {
		b := make([]byte, n)
		for range 20 {
			for k := range b {
				b[k] = "abcdefghijklmnopqrstuvwxyz0123456789"[r.IntN(36)]
			}
			entries = append(entries, Entry{Word: string(b)})
		}
	}
	lx, err := New(entries, Rules{})
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// oraclePieces are what the random texts are made of: words in every case
// and of every length around the tokenizer's loads of eight and sixteen
// bytes and its blocks, numbers, words with digits, marks, white space of
// every kind, letters and spaces beyond ASCII, bytes that are not UTF-8.
var oraclePieces = []string{"march", "March", "MARCH", "the", "The", "a", "I", "week", "3rd", "1990s", "5pm", "Q3", "1998",
	"12345678901", "1a2", "x9", "McDonald", "mARCH", "1990S", "wordÉs", "abcdefgH", "abcdefghijklmN", "abcdefgh9", "abcdefg", "abcdefgh", "Abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "Abcdefghijklmnopq",
	"extraordinarily", "internationalization", strings.Repeat("y", 63), strings.Repeat("Z", 64), strings.Repeat("w", 300),
	"été", "Été", "über", "wordés", "naïve", "日本", "Ωmega", "x\u0301",
	".", ",", "'", "’", "‘", "`", "-", "–", "—", "$", "%", "&", "(", ")", "\"", "\x01", "\x7f", "\xff", "\xc3", "\xe2\x80",
	" ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", " \n ", "\v", "\f", "\u00a0", "\u2028", "\u0085", "\u3000"}

// randomText joins m pieces, each followed by a space most of the time.
func randomText(r *rand.Rand, m int) string {
	var b strings.Builder
	for ; m > 0; m-- {
		b.WriteString(oraclePieces[r.IntN(len(oraclePieces))])
		if r.IntN(4) != 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// corpusTexts returns the texts of the shared corpora (TimeBank, AQUAINT,
// WikiWars, the tweets) as their files hold them, markup and all; none
// when the corpora are not there.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpora")
	var texts []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, err := os.ReadFile(path); err == nil {
				texts = append(texts, string(data))
			}
		}
		return nil
	})
	return texts
}

// The tokenizer cuts every text as referenceTokens does: tokens, their
// ends and the line starts, on random texts of the pieces above (lengths
// around its blocks and loads, every kind of token at every offset) and on
// every file of the corpora.
func TestTokenizerAsReference(t *testing.T) {
	texts := corpusTexts(t)
	none, err := New(nil, Rules{})
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, text := range texts {
		toks, ends, _ := referenceTokens(text, none)
		for k, tok := range toks {
			words = append(words, text[tok.start():ends[k]])
		}
	}
	words = append(words, oraclePieces...)
	lx := oracleLexicon(t, words)
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 100000; n++ {
		if !checkTokenizer(t, randomText(r, r.IntN(1+n%60)), lx) {
			t.FailNow()
		}
	}
	// runs of line breaks longer than cutCommon's room, and a break
	// before every token of more than a room of them
	for _, text := range []string{
		"First " + strings.Repeat("\n", 1000) + "line and more words after it.",
		strings.Repeat("a\n", 700) + "and the end of the text",
		strings.Repeat("word, \r\n\n", 400) + "and the last words",
	} {
		if !checkTokenizer(t, text, lx) {
			t.FailNow()
		}
	}
	for _, text := range texts {
		if !checkTokenizer(t, text, lx) {
			t.FailNow()
		}
	}
	t.Logf("%d random texts, %d corpus files", 100000, len(texts))
}
