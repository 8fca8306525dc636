package events

import (
	"testing"

	"retrace/timeline/lex"
)

// TestClassBitsAsSets holds the class sets the rules test as constants
// (notNounishBits, articlesBits, read by lex.Set.AnyBits) to the sets they
// stand for (notNounish, articles): for every class alone, and for sets of
// many classes (every class but one, every other class), the constant
// answers as the set.
func TestClassBitsAsSets(t *testing.T) {
	type pair struct {
		name       string
		set        lex.Set
		w0, w1, w2 uint64
	}
	pairs := []pair{
		{"notNounish", notNounish, notNounishBits & word0, notNounishBits >> 64 & word0, notNounishBits >> 128},
		{"articles", articles, articlesBits & word0, articlesBits >> 64 & word0, articlesBits >> 128},
	}
	var sets []lex.Set
	for c := range 192 {
		sets = append(sets, lex.Of(lex.Class(c)))
	}
	for skip := range 192 {
		var all, every lex.Set
		for c := range 192 {
			if c != skip {
				all = all.Union(lex.Of(lex.Class(c)))
			}
			if c%(skip%5+2) == 0 {
				every = every.Union(lex.Of(lex.Class(c)))
			}
		}
		sets = append(sets, all, every)
	}
	for _, p := range pairs {
		for i, s := range sets {
			if got, want := s.AnyBits(p.w0, p.w1, p.w2), s.Any(p.set); got != want {
				t.Fatalf("%s: set %d: AnyBits of the constant = %v, Any of the set %v", p.name, i, got, want)
			}
		}
	}
}
