package lex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// What a sieve keeps and notes, listed as the text is cut, is what its
// rule says of each token, read token by token here, and what a pass over
// tokens cut without it finds: for texts of many thousands of tokens (the
// tokenizer sifts them a few thousand at a time), words in either case,
// unlisted words of every length, numbers, words with digits, marks,
// letters beyond ASCII and a token longer than a Token says.
func TestSieveKeepsWhatItsRuleSays(t *testing.T) {
	lx := testLexicon(t)
	r := rand.New(rand.NewPCG(7, 12))
	words := []string{"march", "March", "MARCH", "week", "Week", "3rd", "été", "Été", "'", "’", "-", ",", ".",
		"the", "The", "FY2025", "Boston", "abcdef", "Abcdef", "Abcdefg", "Q3", "1998", "12", "1990s", "5pm", "über", "Über",
		"officialdoms", "Officialdoms", strings.Repeat("x", 300)}
	for round := range 40 {
		n := lx.Len()
		spec := SieveSpec{Small: make([]bool, n), Capital: make([]bool, n), Groups: make([]uint8, n),
			UnlistedCapital: []int{1 + r.IntN(12)}}
		for id := range n {
			spec.Small[id], spec.Capital[id] = r.IntN(2) == 0, r.IntN(2) == 0
			if r.IntN(3) == 0 {
				spec.Groups[id] = uint8(r.Uint32())
			}
		}
		sv := NewSieve(lx, spec)
		var b strings.Builder
		for m := 1 + r.IntN(1+round*400); m > 0; m-- {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(6) != 0 {
				b.WriteString(" ")
			}
		}
		text := b.String()
		tt := sv.Tokenize(text)
		var want Sifted
		for k, tok := range tt.Tokens {
			id := tok.ID()
			kept := spec.Groups[id] != 0
			switch {
			case tok.Digits() > 0 || tok.Kind() == Number:
				kept = true
			case tok.Upper():
				kept = kept || spec.Capital[id] || id == 0 && slices.Contains(spec.UnlistedCapital, tt.End(k)-tt.Start(k))
			default:
				kept = kept || spec.Small[id]
			}
			if kept {
				want.Kept = append(want.Kept, int32(k))
			}
			for g := range 8 {
				if spec.Groups[id]&(1<<g) != 0 {
					want.Noted[g] = append(want.Noted[g], int32(k))
				}
			}
		}
		for _, got := range []*Tokenized{tt, tt, Tokenize(text, lx)} { // as cut, then (let go of) by passes
			f := got.Sift(sv)
			if !slices.Equal(f.Kept, want.Kept) {
				t.Fatalf("%d tokens: kept %v, want %v", len(tt.Tokens), f.Kept, want.Kept)
			}
			for g := range 8 {
				if !slices.Equal(f.Noted[g], want.Noted[g]) {
					t.Fatalf("%d tokens: noted in %d %v, want %v", len(tt.Tokens), g, f.Noted[g], want.Noted[g])
				}
			}
		}
		if bare := Tokenize(text, lx); !slices.Equal(bare.Tokens, tt.Tokens) || !slices.Equal(bare.LineStarts(), tt.LineStarts()) {
			t.Fatal("a sieve must not change the tokens")
		}
	}
}
