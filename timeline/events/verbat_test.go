package events

import (
	"math/rand"
	"testing"
	"unicode"
	"unicode/utf8"

	"retrace/timeline/lex"
)

// verbAtAsWritten is verb without its memory as it was written before it
// left the words its classes do not settle to auxiliaryVerb and
// verbInContext, and before it stopped asking whether a word in lower case
// is a number (then a function of its own, verbAt, under verb's memory):
// the reference the tests below hold verb to. (verbInContext asked it too, in its
// rule for a relative clause's verb; here the word is no number.)
func verbAtAsWritten(r *reading, i int) bool {
	t := &r.toks[i]
	if !t.word || r.inTime[i] || isNumber(t.text) || t.mod && !t.has(lex.BaseVerbAfter) && !r.has(i-1, lex.InfinitiveMarker) {
		return false
	}
	if !t.lc {
		return r.opens(i) && (t.has(lex.PastForm) || t.has(lex.IrregularPast) || t.has(lex.BornWord)) &&
			!t.has(lex.StampWord)
	}
	if t.has(lex.AuxiliaryOrModal) || t.has(lex.BaseVerbAfter) || t.has(lex.Copula) {
		return r.auxiliaryVerb(i)
	}
	if t.has(lex.FunctionWord) {
		return false
	}
	return r.verbInContext(i)
}

// TestLowerWordIsNoNumber holds what verb leaves out: a word that begins
// in lower case (isLowerWord) is no number (isNumber), as no rune is both
// a lower-case letter and a digit.
func TestLowerWordIsNoNumber(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if unicode.IsLower(c) && unicode.IsDigit(c) {
			t.Fatalf("%U is a lower-case letter and a digit", c)
		}
	}
	for _, w := range []string{"", "a", "z", "0", "9", "A", "é", "É", "٣", "१२", "ⅻ", "\xff", "a1", "1a", "ß"} {
		if isLowerWord(w) && isNumber(w) {
			t.Fatalf("%q begins in lower case and is a number", w)
		}
	}
}

// TestVerbAsWritten holds verb to verbAtAsWritten on 200,000 random
// sentences of up to six words, each with some of the classes verb's
// own rules read (and those of a verb before it), written as numbers
// (ASCII and not), capitals, lower case or a mark, modifiers or not, in a
// time or not, every word asked by both with readings of their own, and
// asked of verb twice: the second answer is the one it keeps (dropping
// the number test from the capitals' rule, reading a modifier's
// BaseVerbAfter as the word's before it, or keeping no for a word the
// capitals' rule says yes of, by hand: each fails).
func TestVerbAsWritten(t *testing.T) {
	classes := []lex.Class{lex.PastForm, lex.IrregularPast, lex.BornWord, lex.StampWord, lex.BaseVerbAfter, lex.InfinitiveMarker,
		lex.AuxiliaryOrModal, lex.Copula, lex.FunctionWord, lex.ParticipleForm, lex.ReportingVerb, lex.Determiner}
	texts := []string{"1990", "12th", "٣", "१२", "Born", "Said", "Published", "Then", "born", "said", "rose", "the", "É", "é", ","}
	rng := rand.New(rand.NewSource(9))
	asked := 0
	for n := 0; n < 200000; n++ {
		fast, slow := randomReadings(rng, sentenceShape{texts: texts, classes: classes, maxLen: 6, maxClasses: 4, modOneIn: 6, timeOneIn: 8})
		toks, inTime := fast.toks, fast.inTime
		for k := range toks {
			want := verbAtAsWritten(slow, k)
			if got := fast.verb(k); got != want {
				t.Fatalf("sentence %d, word %d of %+v, in time %v: verb = %v, as written %v", n, k, toks, inTime, got, want)
			}
			if got := fast.verb(k); got != want {
				t.Fatalf("sentence %d, word %d of %+v, in time %v: verb asked again = %v, as written %v", n, k, toks, inTime, got, want)
			}
			asked++
		}
	}
	if asked < 500000 {
		t.Fatalf("asked %d times", asked)
	}
}

// TestNumberIsAmount holds what nounPhrase, quantity and joinsObjects
// leave out when they ask isAmount: a word that is a number (isNumber) is
// an amount (isAmount), for a word that begins with any rune, with a byte
// that is no UTF-8, or is empty (a number opening with a byte isNumber
// took and isAmount not, by hand: fails).
func TestNumberIsAmount(t *testing.T) {
	check := func(w string) {
		if isNumber(w) && !isAmount(w) {
			t.Fatalf("%q is a number and no amount", w)
		}
	}
	for _, w := range []string{"", "\xff", "\xc3", "$", "x5"} {
		check(w)
	}
	var b []byte
	for c := rune(0); c <= unicode.MaxRune; c++ {
		b = utf8.AppendRune(b[:0], c)
		check(string(append(b, '5')))
	}
}

// TestCapitalRulesAsWritten holds namedSubject and copulaOf, which ask
// capitalOrNumber where they asked capitalized, to them as written before
// on 200,000 random sentences of up to six words of numbers (ASCII and
// not), amounts, capitals, lower case and marks with the classes they read,
// every word asked (capitalOrNumber in namedSubject with its test for an
// amount left out, by hand: fails).
func TestCapitalRulesAsWritten(t *testing.T) {
	namedSubject := func(r *reading, p int) bool {
		return r.has(p, lex.SubjectPronoun) || r.capitalized(p) && !r.opens(p) && !r.has(p, lex.FunctionWord) &&
			!isAmount(r.toks[p].text) && !(p > 0 && isAmount(r.toks[p-1].text))
	}
	copulaOf := func(r *reading, k int) int {
		if r.has(k, lex.Copula) {
			return k
		}
		for j := k - 1; j >= 0 && j >= k-4 && r.wordOrTime(j); j-- {
			switch {
			case r.has(j, lex.Copula):
				return j
			case r.inTime[j] || r.modifier(j) || r.determiner(j) && !r.has(j, lex.Preposition) || isAmount(r.toks[j].text) ||
				r.nounish(j) || r.capitalized(j):
			default:
				return -1
			}
		}
		return -1
	}
	classes := []lex.Class{lex.SubjectPronoun, lex.FunctionWord, lex.Copula, lex.Determiner, lex.Preposition, lex.Article}
	texts := []string{"1990", "$5", "٣", "१२", "£3", "Clinton", "Iraq", "É", "é", "sales", "the", ","}
	rng := rand.New(rand.NewSource(10))
	named, copulas := 0, 0
	for n := 0; n < 200000; n++ {
		toks, inTime := randomSentence(rng, sentenceShape{texts: texts, classes: classes, maxLen: 6, maxClasses: 3, modOneIn: 8, timeOneIn: 8})
		r := &reading{toks: toks, inTime: inTime}
		for k := range toks {
			want := namedSubject(r, k)
			if got := r.namedSubject(k); got != want {
				t.Fatalf("sentence %d, word %d of %+v: namedSubject = %v, as written %v", n, k, toks, got, want)
			}
			if want {
				named++
			}
			c := copulaOf(r, k)
			if got := r.copulaOf(k); got != c {
				t.Fatalf("sentence %d, word %d of %+v: copulaOf = %d, as written %d", n, k, toks, got, c)
			}
			if c >= 0 && c != k {
				copulas++
			}
		}
	}
	if named < 10000 || copulas < 10000 {
		t.Fatalf("%d named subjects, %d copulas before the word: too few", named, copulas)
	}
}

// TestPresentTenseAsWritten holds presentTense to its rules read in order
// (presentTenseInOrder, the reference TestPresentTenseInOrder holds it to
// on TimeBank)
// on 200,000 random sentences of up to seven words of names, plurals,
// numbers, amounts, lower case, dashes and marks, with the classes its
// rules read, in a time or not, every word asked after the word prev finds
// and after each word before it (the function word's test left out of
// the subject pronoun's exception, or the lower-case word's, by hand:
// each fails).
func TestPresentTenseAsWritten(t *testing.T) {
	classes := []lex.Class{lex.Determiner, lex.SubjectPronoun, lex.FunctionWord, lex.VerbObjectStart, lex.Preposition,
		lex.Quantifier, lex.InfinitiveMarker, lex.VerbEnding, lex.PastForm, lex.Possessive, lex.OfWord, lex.NumberWord,
		lex.ParticipleForm, lex.PersonPronoun, lex.Connector, lex.LyForm, lex.IrregularPast, lex.DashMark, lex.Article}
	texts := []string{"1990", "$5", "٣", "Clinton", "Congress", "É", "sales", "talks", "they", "meet", "the", "to", "_", ","}
	rng := rand.New(rand.NewSource(11))
	asked, yes := 0, 0
	for n := 0; n < 200000; n++ {
		fast, slow := randomReadings(rng, sentenceShape{texts: texts, classes: classes, maxLen: 7, maxClasses: 4, modOneIn: 8, timeOneIn: 6})
		toks, inTime := fast.toks, fast.inTime
		for i := range toks {
			for p := -1; p < i; p++ {
				got, want := fast.presentTense(i, p), slow.presentTenseInOrder(i, p)
				if got != want {
					t.Fatalf("sentence %d, word %d after %d of %+v, in time %v: presentTense = %v, as written %v", n, i, p, toks,
						inTime, got, want)
				}
				asked++
				if want {
					yes++
				}
			}
			if p := fast.prev(i); fast.presentTense(i, p) != slow.presentTenseInOrder(i, p) {
				t.Fatalf("sentence %d, word %d after prev %d of %+v: presentTense differs", n, i, p, toks)
			}
		}
	}
	if asked < 500000 || yes < 5000 {
		t.Fatalf("asked %d times, %d yes: too few", asked, yes)
	}
}

// verbInContextAsWritten is verbInContext as it was written before it read
// the classes of the word before once (pc), each rule asking them of its
// place in the sentence: the reference TestVerbInContextAsWritten holds it
// to. The rules it asks of other words are the package's own.
func verbInContextAsWritten(r *reading, i int) bool {
	t := &r.toks[i]
	if t.has(lex.LightVerb) && t.has(lex.ParticipleForm) {
		if n := r.next(i); n > i && r.perfectParticiple(i, n) {
			return false // "having" before its participle
		}
	}
	if r.periodEnd(i) {
		return false // "the quarter ended Sept. 30", "the week beginning Monday": part of the time
	}
	if t.has(lex.QuasiPreposition) && r.has(i+1, lex.QuasiPrepositionLink) {
		return false // "compared with", "according to": prepositions in all but spelling
	}
	p := r.prev(i)
	if p >= 0 && relativeWord(r.toks[p].cls) && r.relativeSubject(p) && !t.mod && !t.has(lex.Determiner) && !t.has(lex.Preposition) &&
		!t.has(lex.SubjectPronoun) {
		// "which expire", "who oversees", "a strike that began"; not the
		// subject of a relative clause whose verb follows ("which
		// parliament passed")
		n := r.next(i)
		return t.cls.Any(verbForms) || n < 0 || !r.lower(n) || !r.toks[n].cls.Any(verbForms)
	}
	switch {
	case p >= 0 && r.has(p, lex.BaseVerbAfter):
		return true // "may rule", "did not pay"
	case p >= 0 && r.has(p, lex.AuxiliaryOrModal) && t.cls.Any(participles) && r.takes(p, i):
		return true // "was founded", "had risen", "is considering"
	case p >= 0 && r.has(p, lex.LightVerb) && r.perfectParticiple(p, i):
		return true // "having donated", "with the quarter having begun"
	case t.has(lex.ReportingVerb) || t.has(lex.IrregularPast) || t.has(lex.PastForm) || t.has(lex.PredicateStart):
		// "the failed invasion", "his stolen car": after a determiner it
		// describes a noun; so it does before one after a preposition, an
		// adjective or a conjunction ("from discontinued operations",
		// "dismembered and decapitated body")
		if p >= 0 && r.determiner(p) && !r.pronounBefore(p, i) {
			return false
		}
		if t.cls.Any(pastParticiples) && p >= 0 && !r.has(p, lex.SubjectPronoun) && !r.has(p, lex.RelativePronoun) &&
			!r.has(p, lex.ThatWord) && !t.has(lex.ReportingVerb) {
			n := i + 1
			for r.word(n) && !r.inTime[n] && r.modifier(n) {
				n++
			}
			if r.word(n) && !r.inTime[n] && r.has(n, lex.AuxiliaryOrModal) {
				// "the money raised will go", "everyone involved should be
				// searching": the subject's participle; not one with a time
				// of its own ("the workers dismissed last spring have")
				return false
			}
		}
		if p == i-1 && r.nounish(p) && !t.has(lex.ReportingVerb) && r.lower(i+1) && !r.inTime[i+1] &&
			r.toks[i+1].cls.Any(pastParticiples) && !r.has(i+1, lex.FunctionWord) {
			return false // "a takeover bid launched last week": a noun that a participle follows
		}
		if p == i-1 && r.nounish(p) && t.cls.Any(pastParticiples) && !t.has(lex.ReportingVerb) &&
			r.has(i+1, lex.Preposition) && !r.has(i+1, lex.Quantifier) && !r.inTime[i+1] {
			// "planned to ship a computer based on the chip": a
			// participle that qualifies the noun, when a verb came
			// before it; not the verb of what was reported ("the
			// figures showed the rate for adult men declined to 3.8
			// percent")
			if v := r.verbBeforeIn(i); v >= 0 && !r.has(v, lex.ReportingVerb) {
				return false
			}
		}
		q := i - 1 // the word right before, time expressions included: "on Friday finished drafting"
		attributive := t.has(lex.PastForm) && r.nounish(i+1) && r.word(q) && !r.inTime[q] && (r.has(q, lex.Preposition) ||
			r.has(q, lex.PartOpener) && r.has(q-1, lex.PastForm) || isNumber(r.toks[q].text))
		return !attributive || t.has(lex.ReportingVerb) && !t.has(lex.PastForm)
	case t.has(lex.ParticipleForm):
		// "composite trading", "a holding company": after a noun or an
		// adjective and before no object, an -ing word is a noun
		if t.has(lex.IngNotVerb) || p >= 0 && r.determiner(p) {
			return false
		}
		if q := i - 1; q >= 0 && r.word(q) && (r.has(q, lex.Possessive) || r.inTime[q] && isPossessiveAfter(r.text, r.toks[q].End)) ||
			p >= 1 && p == i-1 && r.nounish(p) && (r.has(p-1, lex.Preposition) || r.determiner(p-1)) && !r.articleAfter(i) {
			// "Friday's trading", "in composite trading", "a hostile
			// takeover": a noun; but one that takes an object qualifies
			// the noun before it as a verb: "a man carrying a bag",
			// "Kopp's car crossing the Canadian border"
			return false
		}
		if p == i-1 && r.has(p, lex.PartOpener) && r.nounish(p-1) && r.nounish(i+1) && !r.verb(p-1) {
			return false // "the automobile and trucking insurer"
		}
		n := i + 1
		object := n < len(r.toks) && r.toks[n].word && !r.inTime[n] &&
			(r.has(n, lex.VerbObjectStart) || isNumber(r.toks[n].text) || r.has(n, lex.Preposition) || r.nounish(n))
		return p < 0 || !(r.nounish(p) || r.capitalized(p) && !r.opens(p)) || object && !r.nounish(n) || r.has(p, lex.Copula)
	case p == i-1 && r.has(p, lex.InfinitiveMarker):
		// "agreed to buy": an infinitive, unless the word is a plural
		// ("rose to dlrs 14 billion") or an object ("wrote to him")
		return !t.has(lex.Determiner) && !t.plural() && !t.has(lex.VerbObjectStart) && !r.fromTo(p)
	}
	return r.presentTense(i, p)
}

// TestVerbInContextAsWritten holds verbInContext to verbInContextAsWritten
// on 200,000 random sentences of up to seven words with the classes its
// rules read, of numbers, capitals, lower case and marks, modifiers or
// not, in a time or not, every word asked by both with readings of their
// own (the infinitive marker's rule read of the word itself, by hand:
// fails).
func TestVerbInContextAsWritten(t *testing.T) {
	classes := []lex.Class{lex.LightVerb, lex.ParticipleForm, lex.QuasiPreposition, lex.QuasiPrepositionLink,
		lex.RelativeSubject, lex.ThatWord, lex.Determiner, lex.Preposition, lex.SubjectPronoun, lex.BaseVerbAfter,
		lex.AuxiliaryOrModal, lex.ReportingVerb, lex.IrregularPast, lex.PastForm, lex.PredicateStart, lex.RelativePronoun,
		lex.FunctionWord, lex.PartOpener, lex.IngNotVerb, lex.Possessive, lex.VerbObjectStart, lex.Copula,
		lex.InfinitiveMarker, lex.BeForm, lex.Article, lex.VerbEnding, lex.Quantifier, lex.ComparisonWord}
	texts := []string{"1990", "$5", "Clinton", "É", "sales", "having", "rose", "founded", "trading", "to", "which", "the", ","}
	rng := rand.New(rand.NewSource(13))
	asked, yes := 0, 0
	for n := 0; n < 200000; n++ {
		fast, slow := randomReadings(rng, sentenceShape{texts: texts, classes: classes, maxLen: 7, maxClasses: 5, modOneIn: 8, timeOneIn: 6})
		toks, inTime := fast.toks, fast.inTime
		for k := range toks {
			got, want := fast.verbInContext(k), verbInContextAsWritten(slow, k)
			if got != want {
				t.Fatalf("sentence %d, word %d of %+v, in time %v: verbInContext = %v, as written %v", n, k, toks, inTime, got, want)
			}
			asked++
			if want {
				yes++
			}
		}
	}
	if asked < 500000 || yes < 50000 {
		t.Fatalf("asked %d times, %d yes: too few", asked, yes)
	}
}
