package extract

import (
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Every point the resolver keeps is its own: across blocks, each keeps the
// value it was given while later ones are kept, on texts short and long.
// A short text's first block is smaller than a whole one, and no block is
// larger.
func TestKeptAreTheirOwn(t *testing.T) {
	for _, tokens := range []int{0, 300, 100 * keptBlock * tokensPerKept} {
		r := &resolver{toks: &lex.Tokenized{Tokens: make([]lex.Token, tokens)}}
		var got []*grammar.Point
		for n := range 3*keptBlock + 5 {
			got = append(got, r.keep(&grammar.Point{Year: n}))
			if c := cap(r.kept); c > keptBlock || n == 0 && tokens <= 300 && c >= keptBlock {
				t.Fatalf("%d tokens: point %d kept in a block of %d", tokens, n, c)
			}
		}
		for n, p := range got {
			if p.Year != n {
				t.Fatalf("%d tokens: point %d holds %d", tokens, n, p.Year)
			}
		}
	}
}
