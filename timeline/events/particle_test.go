package events

import (
	"testing"

	"retrace/timeline/lex"
)

// TestParticleAsClasses holds particle, which tests the word's five classes
// as one intersection and comparison, to them tested one by one, on every
// combination of them, alone and with a class from each of the set's words
// besides, in lower case or not and in a time or not.
func TestParticleAsClasses(t *testing.T) {
	classes := []lex.Class{lex.VerbObjectStart, lex.Determiner, lex.Preposition, lex.SubjectPronoun, lex.InfinitiveMarker}
	for _, extra := range []lex.Set{{}, lex.Of(lex.Month), lex.Of(lex.Title), lex.Of(lex.StopWord)} {
		for mask := 0; mask < 1<<len(classes); mask++ {
			cls := extra
			for k, c := range classes {
				if mask&(1<<k) != 0 {
					cls = cls.Union(lex.Of(c))
				}
			}
			for _, lc := range []bool{false, true} {
				for _, timed := range []bool{false, true} {
					want := lc && !timed && cls.Has(lex.VerbObjectStart) && !cls.Has(lex.Determiner) && !cls.Has(lex.Preposition) &&
						!cls.Has(lex.SubjectPronoun) && !cls.Has(lex.InfinitiveMarker)
					r := &reading{toks: []token{{cls: cls, word: true, lc: lc}}, inTime: []bool{timed}}
					if got := r.particle(0); got != want {
						t.Errorf("classes %b with %v, lower case %v, in a time %v: particle %v, want %v", mask, extra, lc, timed, got, want)
					}
				}
			}
		}
	}
	r := &reading{toks: []token{{cls: lex.Of(lex.VerbObjectStart), word: true, lc: true}}, inTime: []bool{false}}
	if r.particle(-1) || r.particle(1) {
		t.Error("particle outside the sentence")
	}
}
