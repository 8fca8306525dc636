package events

import (
	"testing"

	"retrace/timeline/lex"
)

// TestDeterminerAsClasses holds determiner, which tests a determiner that is
// no preposition as one intersection and comparison, to the classes it
// reads tested one by one, on every combination of them, alone and with a
// class from each of the set's words besides.
func TestDeterminerAsClasses(t *testing.T) {
	classes := []lex.Class{lex.Article, lex.Possessive, lex.Determiner, lex.Preposition}
	for _, extra := range []lex.Set{{}, lex.Of(lex.Month), lex.Of(lex.Title), lex.Of(lex.StopWord)} {
		for mask := 0; mask < 1<<len(classes); mask++ {
			cls := extra
			for k, c := range classes {
				if mask&(1<<k) != 0 {
					cls = cls.Union(lex.Of(c))
				}
			}
			want := cls.Has(lex.Article) || cls.Has(lex.Possessive) || cls.Has(lex.Determiner) && !cls.Has(lex.Preposition)
			r := &reading{toks: []token{{cls: cls}}}
			if got := r.determiner(0); got != want {
				t.Errorf("classes %v with %v: determiner %v, want %v", mask, extra, got, want)
			}
		}
	}
	r := &reading{toks: []token{{cls: lex.Of(lex.Article)}}}
	if r.determiner(-1) || r.determiner(1) {
		t.Error("determiner outside the sentence")
	}
}

// TestRelativeWordAsClasses holds relativeWord, which tests its classes as
// one set, to them tested one by one, on every combination of them, alone
// and with a class from each of the set's words besides.
func TestRelativeWordAsClasses(t *testing.T) {
	for _, extra := range []lex.Set{{}, lex.Of(lex.Month), lex.Of(lex.Title), lex.Of(lex.StopWord)} {
		for _, with := range []lex.Set{{}, lex.Of(lex.RelativeSubject), lex.Of(lex.ThatWord), lex.Of(lex.RelativeSubject, lex.ThatWord)} {
			cls := extra.Union(with)
			if got, want := relativeWord(cls), cls.Has(lex.RelativeSubject) || cls.Has(lex.ThatWord); got != want {
				t.Errorf("%v with %v: relativeWord %v, want %v", with, extra, got, want)
			}
		}
	}
}
