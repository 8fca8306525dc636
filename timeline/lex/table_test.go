package lex

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

	"retrace/timeline/ascii"
)

// A word of the text is found in the lexicon whatever its length and case,
// by the path the tokenizer takes for it (one load for a short word, two
// for one of eight to fifteen bytes, a hash of the rest past sixteen), and
// a word that differs from a listed one in one byte, or in its length, is
// not.
func TestWordsOfEveryLengthAreFound(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	var entries []Entry
	for n := 1; n <= 24; n++ {
		for range 20 {
			b := []byte{alphabet[r.IntN(26)]}
			for len(b) < n {
				b = append(b, alphabet[r.IntN(len(alphabet))])
			}
			entries = append(entries, Entry{Word: string(b)})
		}
	}
	lx, err := New(entries, Rules{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		w := []byte(e.Word)
		for k := range w {
			if w[k] >= 'a' && r.IntN(2) == 0 {
				w[k] -= 'a' - 'A'
			}
		}
		// the text goes on, as the tokenizer reads sixteen bytes at a word
		const more = " and more words after it"
		tt := Tokenize("x "+string(w)+more, lx)
		if len(tt.Tokens) != 7 || tt.Lower(1) != e.Word || tt.ID(1) != lx.ID(e.Word) {
			t.Fatalf("%q: found %q", w, tt.Lower(1))
		}
		changed := []byte(e.Word)
		k := r.IntN(len(changed))
		changed[k] = alphabet[(strings.IndexByte(alphabet, changed[k])+1+r.IntN(25))%26]
		if lx.ID(string(changed)) == 0 {
			if tt := Tokenize(string(changed)+"."+more, lx); tt.ID(0) != 0 {
				t.Fatalf("%q (from %q) found as %q", changed, e.Word, tt.Lower(0))
			}
		}
		if lx.ID(e.Word+"q") == 0 {
			if tt := Tokenize(e.Word+"q"+more, lx); tt.ID(0) != 0 {
				t.Fatalf("%q found as %q", e.Word+"q", tt.Lower(0))
			}
		}
	}
}

// nonSmallBytes and nonDigitBytes find the first byte of eight that is not
// a small letter, or not a digit, whatever comes before it of those and
// whatever value it has or the bytes after it have.
func TestByteTestsFindTheFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 7))
	tests := []struct {
		name    string
		find    func(uint64) uint64
		members string
	}{
		{"nonSmallBytes", nonSmallBytes, "abcdefghijklmnopqrstuvwxyz"},
		{"nonDigitBytes", nonDigitBytes, "0123456789"},
	}
	for _, tc := range tests {
		for p := 0; p <= 8; p++ {
			for b := range 256 {
				for range 8 {
					var w [8]byte
					for k := range w {
						switch {
						case k < p:
							w[k] = tc.members[r.IntN(len(tc.members))]
						case k == p:
							w[k] = byte(b)
						default:
							w[k] = byte(r.IntN(256))
						}
					}
					want := 8
					for k, c := range w {
						if !strings.ContainsRune(tc.members, rune(c)) {
							want = k
							break
						}
					}
					got := bits.TrailingZeros64(tc.find(ascii.Load8(string(w[:])))) >> 3
					if got != want {
						t.Fatalf("%s(%q) finds byte %d, want %d", tc.name, w, got, want)
					}
				}
			}
		}
	}
}

// head reads the first eight bytes of a string (fewer, the rest zero) as a
// byte loop would, whatever its length: its two overlapping loads of four
// are held to the loop on strings of every length to twelve, of every
// byte value.
func TestHeadAsByteLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 4))
	for range 20000 {
		b := make([]byte, r.IntN(13))
		for k := range b {
			b[k] = byte(r.Uint32())
		}
		var want uint64
		for k := min(len(b), 8) - 1; k >= 0; k-- {
			want = want<<8 | uint64(b[k])
		}
		if got := head(string(b)); got != want {
			t.Fatalf("head(%q) = %#x, want %#x", b, got, want)
		}
	}
}

// ID (find) answers as the lexicon's map of its words does, for the words
// listed and for others near them, of every length to twenty-four bytes:
// the words of eight bytes or fewer are searched for by shortWord, the
// longer ones by their tail as well. The words hold any byte, zero bytes
// too, which a shorter word's head ends in.
func TestIDAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 9))
	const alphabet = "ab\x00\xe9"
	var entries []Entry
	for n := 1; n <= 24; n++ {
		for range 40 {
			b := make([]byte, n)
			for k := range b {
				b[k] = alphabet[r.IntN(len(alphabet))]
			}
			entries = append(entries, Entry{Word: string(b)})
		}
	}
	lx, err := New(entries, Rules{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]uint32{} // the words by the ids New gave them
	for id := 1; id < lx.Len(); id++ {
		ids[lx.Entry(uint32(id)).Word] = uint32(id)
	}
	for range 200000 {
		b := make([]byte, r.IntN(26))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
		}
		want := ids[string(b)]
		if got := lx.ID(string(b)); got != want {
			t.Fatalf("ID(%q) = %d, want %d", b, got, want)
		}
	}
	for _, e := range entries {
		if got, want := lx.ID(e.Word), ids[e.Word]; got != want || got == 0 {
			t.Fatalf("ID(%q) = %d, want %d", e.Word, got, want)
		}
	}
}

// wordIDs finds, for add, each word's id as a map of the words would: on
// 2,000 random lists of words (from none to 3,000; short and long, sharing
// their first eight or sixteen bytes, holding zero bytes, beyond ASCII,
// many given again), each word given for the first time is not found and
// is noted with the next id, and each given again is found with its own.
func TestWordIDsAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	stems := []string{"", "a", "ab", "abcdefgh", "abcdefghijklmnop", "\x00", "a\x00", "é", "reconstruct", "x"}
	for range 2000 {
		n := r.IntN(3001) >> r.IntN(8)
		words := make([]string, n)
		for k := range words {
			if k > 0 && r.IntN(3) == 0 {
				words[k] = words[r.IntN(k)]
				continue
			}
			var b strings.Builder
			b.WriteString(stems[r.IntN(len(stems))])
			for range r.IntN(4) {
				b.WriteByte("ab\x00zé"[r.IntN(6)])
			}
			words[k] = b.String()
		}
		ids := newWordIDs(n)
		want := map[string]uint32{}
		entries := []Entry{{}}
		for _, w := range words {
			at := ids.of(entries, w)
			id, ok := want[w]
			if *at != id {
				t.Fatalf("word %q found as %d, want %d", w, *at, id)
			}
			if !ok {
				*at = uint32(len(entries))
				want[w] = *at
				entries = append(entries, Entry{Word: w})
			}
		}
	}
}
