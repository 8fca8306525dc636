package events

import (
	"math/rand/v2"
	"testing"

	"retrace/timeline/lex"
)

// TestClassBitsAsSets holds the class sets the rules test as constants
// (notNounishBits, articlesBits and those of classbits.go, read by
// lex.Set.AnyBits) to the sets they stand for (notNounish, articles, ...,
// written out in classrefs_test.go):
// for every class alone, and for sets of
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
		{"phraseOpeners", phraseOpeners, phraseOpenersBits & word0, phraseOpenersBits >> 64 & word0, phraseOpenersBits >> 128},
		{"pastParticiples", pastParticiples, pastParticiplesBits & word0, pastParticiplesBits >> 64 & word0, pastParticiplesBits >> 128},
		{"participles", participles, participlesBits & word0, participlesBits >> 64 & word0, participlesBits >> 128},
		{"verbForms", verbForms, verbFormsBits & word0, verbFormsBits >> 64 & word0, verbFormsBits >> 128},
		{"leadingDrops", leadingDrops, leadingDropsBits & word0, leadingDropsBits >> 64 & word0, leadingDropsBits >> 128},
		{"finiteVerbs", finiteVerbs, finiteVerbsBits & word0, finiteVerbsBits >> 64 & word0, finiteVerbsBits >> 128},
		{"finiteForms", finiteForms, finiteFormsBits & word0, finiteFormsBits >> 64 & word0, finiteFormsBits >> 128},
		{"badEndings", badEndings, badEndingsBits & word0, badEndingsBits >> 64 & word0, badEndingsBits >> 128},
		{"trailingDrops", trailingDrops, trailingDropsBits & word0, trailingDropsBits >> 64 & word0, trailingDropsBits >> 128},
		{"subjectEnders", subjectEnders, subjectEndersBits & word0, subjectEndersBits >> 64 & word0, subjectEndersBits >> 128},
		{"relationAfterSpan", relationAfterSpan, relationAfterSpanBits & word0, relationAfterSpanBits >> 64 & word0, relationAfterSpanBits >> 128},
		{"notContent", notContent, notContentBits & word0, notContentBits >> 64 & word0, notContentBits >> 128},
		{"auxiliaries", lex.Of(lex.AuxiliaryOrModal, lex.BaseVerbAfter, lex.Copula), // verb's three Has
			auxiliariesBits & word0, auxiliariesBits >> 64 & word0, auxiliariesBits >> 128},
		{"articlesAndRelatives", articlesAndRelatives,
			articlesAndRelativesBits & word0, articlesAndRelativesBits >> 64 & word0, articlesAndRelativesBits >> 128},
		{"openerOrThat", lex.Of(lex.PartOpener, lex.ThatWord), openerOrThatBits & word0, openerOrThatBits >> 64 & word0, openerOrThatBits >> 128},
		{"relativeOrThat", lex.Of(lex.RelativeSubject, lex.ThatWord), relativeOrThatBits & word0, relativeOrThatBits >> 64 & word0, relativeOrThatBits >> 128},
		{"connectorOrArticle", lex.Of(lex.Connector, lex.Article),
			connectorOrArticleBits & word0, connectorOrArticleBits >> 64 & word0, connectorOrArticleBits >> 128},
		{"predicateOrPast", lex.Of(lex.PredicateStart, lex.PastForm, lex.IrregularPast),
			predicateOrPastBits & word0, predicateOrPastBits >> 64 & word0, predicateOrPastBits >> 128},
		{"pastOrBorn", lex.Of(lex.PastForm, lex.IrregularPast, lex.BornWord), pastOrBornBits & word0, pastOrBornBits >> 64 & word0, pastOrBornBits >> 128},
		{"adverbOrLy", lex.Of(lex.SentenceAdverb, lex.LyForm), adverbOrLyBits & word0, adverbOrLyBits >> 64 & word0, adverbOrLyBits >> 128},
		{"clauseBreaks", lex.Of(lex.ClauseBreakMark, lex.ClauseBreakWord, lex.ClauseBreakBeforePronoun), // splitClauses' three Has
			clauseBreaksBits & word0, clauseBreaksBits >> 64 & word0, clauseBreaksBits >> 128},
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
	// "a and not b": MaskedIs of the constants, as Intersect of the sets
	type masked struct {
		name       string
		mask, is   lex.Set
		m0, m1, m2 uint64
		v0, v1, v2 uint64
	}
	maskeds := []masked{
		{"determiner", determinerOrPreposition, determinerAlone,
			determinerOrPrepositionBits & word0, determinerOrPrepositionBits >> 64 & word0, determinerOrPrepositionBits >> 128,
			determinerBits & word0, determinerBits >> 64 & word0, determinerBits >> 128},
		{"particle", particleOrNot, particleAlone,
			particleOrNotBits & word0, particleOrNotBits >> 64 & word0, particleOrNotBits >> 128,
			particleBits & word0, particleBits >> 64 & word0, particleBits >> 128},
	}
	for _, m := range maskeds {
		for _, a := range sets[:192] { // each class alone, and with each other one
			for _, b := range sets[:192] {
				s := a.Union(b)
				if got, want := s.MaskedIs(m.m0, m.m1, m.m2, m.v0, m.v1, m.v2), s.Intersect(m.mask) == m.is; got != want {
					t.Fatalf("%s: MaskedIs of the constants = %v, Intersect of the sets %v", m.name, got, want)
				}
			}
		}
		for i, s := range sets[192:] {
			if got, want := s.MaskedIs(m.m0, m.m1, m.m2, m.v0, m.v1, m.v2), s.Intersect(m.mask) == m.is; got != want {
				t.Fatalf("%s: set %d: MaskedIs of the constants = %v, Intersect of the sets %v", m.name, i, got, want)
			}
		}
	}
}

// holdingAsked are the classes labelRules asks of what a label's words
// hold (holding.in).
var holdingAsked = []lex.Class{lex.SentenceAdverb, lex.LyForm, lex.ParticipleForm, lex.RelativePronoun, lex.Article,
	lex.Title, lex.CompanySuffix, lex.PossessiveS}

// TestHoldingAsksUnder128 holds holdingOf, which gathers only the classes
// below 128 of its words (Set.Under128), to the union of all their classes
// for every class labelRules asks of it, each below 128, on random words of
// random classes of all three words of a set.
func TestHoldingAsksUnder128(t *testing.T) {
	for _, c := range holdingAsked {
		if c >= 128 {
			t.Fatalf("labelRules asks holding.in for class %d, which holdingOf does not gather", c)
		}
	}
	rng := rand.New(rand.NewPCG(12, 15))
	for range 20_000 {
		ws := make([]word, 1+rng.IntN(10))
		var all lex.Set
		for i := range ws {
			var cls lex.Set
			for range rng.IntN(6) {
				cls = cls.Union(lex.Of(lex.Class(rng.IntN(192))))
			}
			if rng.IntN(3) == 0 {
				cls = cls.Union(lex.Of(holdingAsked[rng.IntN(len(holdingAsked))]))
			}
			ws[i] = word{&token{text: "w", cls: cls}}
			all = all.Union(cls)
		}
		h := holdingOf(ws)
		for _, c := range holdingAsked {
			if h.in.Has(c) != all.Has(c) {
				t.Fatalf("holdingOf: class %d %v, the words' union %v", c, h.in.Has(c), all.Has(c))
			}
		}
	}
}
