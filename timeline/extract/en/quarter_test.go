package en

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// quarter takes its match's spec from the scanner's blocks (scanner.spec):
// on random texts of the words quarters are written with, every spec of a
// match at any token, asked in turn of one scanner, is its own (no later
// match writes it) and the one a new scanner matches at that token alone.
func TestQuarterSpecsAreTheirOwn(t *testing.T) {
	words := []string{"the", "The", "first", "second", "third", "fourth", "last", "this", "next", "latest", "same", "fiscal",
		"quarter", "quarters", "half", "Q1", "Q3", "Q4", "H1", "H2", "1998", "2024", "98", "'98", "of", "year", "year's",
		"-", "earlier", "ago", "ended", "March", "31", ",", ".", "'s", "calendar", "1/2", "a", "in"}
	r := rand.New(rand.NewPCG(31, 32))
	l := english.(*language)
	matched := 0
	for range 20000 {
		tt := lex.Tokenize(randomText(r, words, 1+r.IntN(10)), l.lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		type match struct {
			at   int
			sp   *grammar.Spec
			copy grammar.Spec
		}
		var ms []match
		for i := range tt.Tokens {
			if quarter(s, i) && s.cand.Spec != nil {
				ms = append(ms, match{i, s.cand.Spec, *s.cand.Spec})
			}
		}
		for _, m := range ms {
			fresh := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
			if !quarter(fresh, m.at) || fresh.cand.Spec == nil || !reflect.DeepEqual(*m.sp, m.copy) || !reflect.DeepEqual(m.copy, *fresh.cand.Spec) {
				t.Fatalf("quarter at %d of %q: spec %+v, held %+v, alone %+v", m.at, tt.Text, m.copy, *m.sp, fresh.cand.Spec)
			}
		}
		matched += len(ms)
	}
	if matched < 2000 {
		t.Errorf("quarter matched %d times only: the texts do not try it", matched)
	}
}
