package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ascii"
	"retrace/timeline/lex"
)

// A time dates the happening its phrase attaches to, and the trigger is the
// word that names that happening: an event noun the time modifies ("the
// 2010 raid", "the protests of June 1989"), or else the verb of the clause
// the time sits in ("The company was founded in 1930 and went public in
// 1936": 1930 dates "founded", 1936 "went"). The rules read word classes
// and the order of words, as a headline writer parses a sentence; they know
// no words themselves.

// reading is what the trigger rules know of one sentence: its tokens, their
// classes (listed and by form), the clauses and which tokens belong to a
// time expression.
type reading struct {
	marks  marks // which of the few classes some rules look for the sentence holds at all, found when first asked
	text   string
	lx     *lex.Lexicon
	toks   []token // with their classes, listed and by form, and the answers found of each (verb, eventNoun)
	clause []clause
	inTime []bool
	// the clause of the time last asked of (timeClause): timeAt is its
	// first token + 1, 0 for none
	timeAt, timeCI int
	// the lower case of the names eventNoun reads (lowerText), kept from
	// one sentence to the next: never reset, as they are strings
	lowered arena[byte]
	// listedEventNoun's answers, by entry number: 0 not asked, 1 yes, -1
	// no; made when first asked, and kept for the lexicon's sentences
	nounParts []int8
}

// read sets r to read a sentence.
func (r *reading) read(text string, lx *lex.Lexicon, toks []token, cls []clause, inTime []bool) {
	if lx != r.lx {
		r.nounParts = nil
	}
	r.text, r.lx, r.toks, r.clause, r.inTime = text, lx, toks, cls, inTime
	r.marks, r.timeAt = 0, 0
}

// timeClause returns the index of the clause of token first, the first of
// a time: the rules that attach one time (nearestVerb, nounTrigger,
// rangeStartAcross, verblessPhraseNoun, ...) each ask it, and it is found
// once, not by a search of the clauses in each.
func (r *reading) timeClause(first int) int {
	if r.timeAt != first+1 {
		r.timeAt, r.timeCI = first+1, clauseOf(r.toks, r.clause, r.toks[first].Start)
	}
	return r.timeCI
}

// The rules ask of tokens before and after the one they read, which may be
// outside the sentence: there the answer is no. One unsigned comparison
// tells both ends.

func (r *reading) has(i int, c lex.Class) bool {
	return uint(i) < uint(len(r.toks)) && r.toks[i].cls.Has(c)
}

func (r *reading) word(i int) bool { return uint(i) < uint(len(r.toks)) && r.toks[i].word }

func (r *reading) lower(i int) bool { return uint(i) < uint(len(r.toks)) && r.toks[i].lc }

// modifier reports whether word i only qualifies a predicate: a negation,
// a sentence adverb or an -ly adverb (modifierOf).
func (r *reading) modifier(i int) bool { return uint(i) < uint(len(r.toks)) && r.toks[i].mod }

// capitalized reports whether word i begins with a capital letter (a name,
// or the sentence's first word); a number is not.
func (r *reading) capitalized(i int) bool {
	return r.word(i) && !r.toks[i].lc && !isNumber(r.toks[i].text) // a word's lc is isLowerWord
}

// capitalOrNumber is capitalized without its test for a number, which
// costs a call: for the rules that rule out an amount of the word anyway
// (isAmount), as a number is one.
func (r *reading) capitalOrNumber(i int) bool { return r.word(i) && !r.toks[i].lc }

// nounish reports whether word i can be the noun an adjective or a
// participle stands before: a lower-case word that is no function word,
// determiner, preposition, number or modifier.
func (r *reading) nounish(i int) bool {
	return r.lower(i) && !r.inTime[i] && !r.toks[i].mod && !r.toks[i].cls.AnyBits(notNounishBits&word0, notNounishBits>>64&word0, notNounishBits>>128)
}

// notNounishBits are the classes of the words no adjective stands before,
// as a constant, each class its bit (see lex.Set.AnyBits): nounish is
// asked ~12,000 times a megabyte of news, and Any of a set in memory
// loaded its three words and the token's three.
const notNounishBits = 1<<lex.FunctionWord | 1<<lex.Determiner | 1<<lex.Preposition | 1<<lex.SubjectPronoun | 1<<lex.Connector

// word0 is the bits of one word of a lex.Set, to cut a constant of class
// bits into its words.
const word0 = 1<<64 - 1

// prev returns the word before i, passing over modifiers and time
// expressions ("had not yet", "was now"); -1 at the sentence's start or at
// a mark.
//
// A word of a time is passed over whatever it is, so that is asked first
// (most words are in none), then whether it is a word at all, then
// whether it is a modifier; the slices are read through locals, which
// the compiler keeps in registers rather than reloading them through r at
// each test.
func (r *reading) prev(i int) int {
	toks, inTime := r.toks, r.inTime
	for k := i - 1; k >= 0; k-- {
		if inTime[k] {
			continue // the full stop of "Oct." is the time's
		}
		if !toks[k].word {
			return -1
		}
		if !toks[k].mod {
			return k
		}
	}
	return -1
}

// next returns the word after i, passing over modifiers; -1 at a mark or
// the sentence's end.
func (r *reading) next(i int) int {
	for k := i + 1; k < len(r.toks); k++ {
		if !r.toks[k].word {
			return -1
		}
		if !r.modifier(k) && !r.inTime[k] {
			return k
		}
	}
	return -1
}

// opens reports whether word i opens the sentence (a capital there is not
// a name's).
func (r *reading) opens(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if r.toks[k].word {
			return false
		}
	}
	return true
}

// determiner reports whether word i opens a noun phrase: an article, a
// possessive or another determiner that is no preposition ("the", "his",
// "Iraq's"; not "of", "in").
func (r *reading) determiner(i int) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
	cls := r.toks[i].cls
	return cls.AnyBits(articlesBits&word0, articlesBits>>64&word0, articlesBits>>128) ||
		cls.MaskedIs(determinerOrPrepositionBits&word0, determinerOrPrepositionBits>>64&word0, determinerOrPrepositionBits>>128,
			determinerBits&word0, determinerBits>>64&word0, determinerBits>>128)
}

// articlesBits are the classes of the words that always open a noun
// phrase, as a constant (see notNounishBits): determiner is asked some
// 33,000 times a megabyte of news.
const articlesBits = 1<<lex.Article | 1<<lex.Possessive

// eventNoun reports whether word i names a happening; a compound is read by
// its last part ("cease-fire", "power-grab" are a fire and a grab).
//
// The answer is kept in the token (isNoun). A word asked anew is read
// here, under the memory, rather than by a function of its own below it
// (eventNounAt, as it was): its call, frame and second look-up of the token
// cost ~15 instructions for each of the ~14,000 words a megabyte of news
// asks anew.
func (r *reading) eventNoun(i int) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
	t := &r.toks[i]
	if t.isNoun != 0 {
		return t.isNoun == 1
	}
	yes := t.has(lex.EventNoun)
	if !yes {
		if e := t.e; e.Word != "" {
			// the answer kept for the entry, when there is one, read here
			// rather than by a call (listedEventNoun): the lexicon's words
			// asked most are the same few hundred, function words most of them
			if n := e.ID(); int(n) < len(r.nounParts) && r.nounParts[n] != 0 && r.lx.Entry(n) == e {
				yes = r.nounParts[n] == 1
			} else {
				yes = r.listedEventNoun(e)
			}
		} else {
			// Of a word with no hyphen only the singular tells, and
			// lx.Singular answers none for a word whose lower case does
			// not end in s, as written not in S or s (names, adjectives,
			// ~4,700 of the ~6,000 such words a megabyte of news): those
			// are no event noun, neither lowered nor read by parts.
			w := t.text
			lower, hyphen := mayLower(w)
			if hyphen || w != "" && w[len(w)-1]|0x20 == 's' { // only S and s are s with the bit set
				if lower { // most have no capital: their own lower case
					w = r.lowerText(w)
				}
				yes = r.eventNounByParts(w, hyphen)
			}
		}
	}
	t.isNoun = -1
	if yes {
		t.isNoun = 1
	}
	return yes
}

// eventNounByParts reports whether the lower-case word w names a happening
// by its last part after a hyphen (hyphen: whether it holds one) or by its
// singular.
func (r *reading) eventNounByParts(w string, hyphen bool) bool {
	if hyphen { // most words have none: LastIndexByte would read them all, a byte at a time
		if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
			w = w[k+1:]
			if r.lx.Lookup(w).Has(lex.EventNoun) {
				return true
			}
		}
	}
	// a plural is read by its singular, a compound's by its last part's:
	// "meetings", "strategies", "cease-fires"
	if s := r.lx.Singular(w); s != "" {
		return r.lx.Lookup(s).Has(lex.EventNoun)
	}
	return false
}

// listedEventNoun is eventNounByParts of a listed word, e its entry, kept
// by the entry's number for the document (nounParts): the answer is the
// word's alone, and a document asks the same few hundred listed words
// thousands of times (1 MB of news 6,700 times, 290 words), each cost a
// scan for a hyphen and the Singular rule.
func (r *reading) listedEventNoun(e *lex.Entry) bool {
	n := e.ID()
	if r.lx.Entry(n) != e {
		return r.eventNounByParts(e.Word, true) // not one of the lexicon's own entries
	}
	if r.nounParts == nil {
		r.nounParts = make([]int8, r.lx.Len())
	}
	a := &r.nounParts[n]
	if *a == 0 {
		*a = -1
		if r.eventNounByParts(e.Word, true) {
			*a = 1
		}
	}
	return *a == 1
}

// lowerText returns s as strings.ToLower does. Most words eventNoun
// would lower are not listed and have no capital ("yesterday's", some
// 5,000 a megabyte of news): it asks mayLower first, eight bytes at a
// time, and calls lowerText only for the rest. The names among them
// ("Clinton", 1,500), each lowered only to be looked up, are written into
// the reading's blocks of lowered text rather than into a string of their
// own, and no byte of the blocks is written again once it is a string (as
// joinLabel's).
func (r *reading) lowerText(s string) string {
	if s == "" {
		return s
	}
	if !ascii.Only(s) {
		return strings.ToLower(s)
	}
	return lowerASCII(&r.lowered, s)
}

// mayLower reports whether strings.ToLower may change s: whether it has a
// capital A to Z or a byte beyond ASCII; and hyphen whether s holds a
// hyphen, which eventNounByParts would look for a byte at a time. It reads
// eight bytes at a time, the last eight over the ones before them; a word
// of fewer in two four-byte halves that may overlap, or byte by byte under
// four. A byte loop cost some 9 instructions a byte.
func mayLower(s string) (lower, hyphen bool) {
	var m, h uint64
	switch {
	case len(s) >= 8:
		for i := 0; i+8 < len(s); i += 8 {
			x := ascii.Load8(s[i : i+8])
			m, h = m|capitalsOrBeyond(x), h|hyphens(x)
		}
		x := ascii.Load8(s[len(s)-8:])
		m, h = m|capitalsOrBeyond(x), h|hyphens(x)
	case len(s) >= 4:
		x := uint64(ascii.Load4(s)) | uint64(ascii.Load4(s[len(s)-4:]))<<32
		m, h = capitalsOrBeyond(x), hyphens(x)
	default:
		var x uint64 // the bytes past s are zero: none is a capital or a hyphen
		for i := 0; i < len(s); i++ {
			x |= uint64(s[i]) << (8 * i)
		}
		m, h = capitalsOrBeyond(x), hyphens(x)
	}
	return m != 0, h != 0
}

// hyphens is not zero when one of the eight bytes of x is a hyphen: a
// byte that is one is zero once x is XOR-ed with hyphens, and subtracting
// one from a zero byte sets its high bit, where the byte's own high bit
// was clear. A byte that borrows from the one before it was zero or
// borrowed itself, so the lowest byte that sets a high bit is a hyphen.
func hyphens(x uint64) uint64 {
	const ones = 0x0101010101010101
	x ^= '-' * ones
	return (x - ones) &^ x & (0x80 * ones)
}

// capitalsOrBeyond returns the high bit of each of the eight bytes of x
// that is a capital A to Z or beyond ASCII. Of ASCII bytes only: a byte
// is a capital when adding 0x80-'A' sets its high bit and adding
// 0x80-'Z'-1 does not, and no sum carries into the next byte. A byte
// beyond ASCII has its own high bit set, whatever its sums carry into
// the bytes after it: the answer is then not zero, all that is asked.
func capitalsOrBeyond(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x | (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)) & (0x80 * ones)
}

// actionNoun reports whether word i names a happening, listed as one or
// made from a verb to name its action ("agreement", "declaration"). The
// ending alone is weak evidence, so this is asked only where a time
// qualifies the noun: "a June agreement", "Tuesday's declaration".
func (r *reading) actionNoun(i int) bool {
	return r.eventNoun(i) || r.lower(i) && r.has(i, lex.ActionNounForm)
}

// verb reports whether word i is the verb that carries a predicate: its
// last verb, so "had moved" is "moved", "did not pay" is "pay", and a
// modal or auxiliary is one only with no verb after it ("has 300 stores").
//
// The answer is kept in the token (isVerb). A word asked anew is settled
// here when its own classes settle it (a mark, a time, a name, a function
// word, some 40 % of them), and left to auxiliaryVerb and verbInContext
// otherwise, whose rules call other functions: kept apart, their spills of
// registers are paid only by the words they read. Those first rules were a
// function of their own under the memory (verbAt), whose call, frame and
// second look-up of the token cost ~18 instructions for each of the
// ~30,000 words a megabyte of news asks anew.
func (r *reading) verb(i int) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
	t := &r.toks[i]
	if t.isVerb != 0 {
		return t.isVerb == 1
	}
	// no while the rules read: they ask only of words before it, but a
	// word that asked of itself would be told no rather than loop
	t.isVerb = -1
	if !t.word || r.inTime[i] || t.mod && !t.has(lex.BaseVerbAfter) && !r.has(i-1, lex.InfinitiveMarker) {
		return false
	}
	var yes bool
	switch {
	case !t.lc:
		// A capital is a name's, except for the participle that opens a
		// sentence ("Born in Ohio, ..."); a stamp ("Published 6:15 a.m.")
		// is the page's, not a happening; nor is a number.
		yes = t.cls.AnyBits(pastOrBornBits&word0, pastOrBornBits>>64&word0, pastOrBornBits>>128) && !t.has(lex.StampWord) &&
			r.opens(i) && !isNumber(t.text)
	case t.cls.AnyBits(auxiliariesBits&word0, auxiliariesBits>>64&word0, auxiliariesBits>>128):
		// a word in lower case begins with a letter: it is no number
		yes = r.auxiliaryVerb(i)
	case t.has(lex.FunctionWord):
		return false
	default:
		yes = r.verbInContext(i)
	}
	if yes {
		t.isVerb = 1
	}
	return yes
}

// auxiliaryVerb is verb of an auxiliary, a modal or a copula in lower
// case: the verb only when no verb follows.
func (r *reading) auxiliaryVerb(i int) bool {
	t := &r.toks[i]
	if n := r.next(i); n >= 0 && r.lower(n) && (r.toks[n].cls.AnyBits(participlesBits&word0, participlesBits>>64&word0, participlesBits>>128) && (t.has(lex.AuxiliaryOrModal) || t.has(lex.Copula)) &&
		r.takes(i, n) ||
		t.has(lex.BaseVerbAfter) && !r.has(n, lex.FunctionWord) || r.has(n, lex.Copula) && !t.has(lex.BaseVerbAfter)) {
		return false // the verb follows: "has risen", "will be", "has been"
	}
	return (t.has(lex.AuxiliaryOrModal) || t.has(lex.Copula)) && !t.has(lex.BaseVerbAfter) || t.has(lex.IrregularPast)
}

// verbInContext is verb of a word in lower case that is no auxiliary,
// modal, copula or function word (nor a number): the words around it tell.
func (r *reading) verbInContext(i int) bool {
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
	var pc lex.Set // the classes of the word before, none when there is none: read once for the rules below
	if p >= 0 {
		pc = r.toks[p].cls
	}
	// relativeWord by its two constant classes: each reads one word of pc
	// where the set in memory read and or-ed all three
	if pc.AnyBits(relativeOrThatBits&word0, relativeOrThatBits>>64&word0, relativeOrThatBits>>128) && r.relativeSubject(p) && !t.mod &&
		!t.has(lex.Determiner) && !t.has(lex.Preposition) && !t.has(lex.SubjectPronoun) {
		// "which expire", "who oversees", "a strike that began"; not the
		// subject of a relative clause whose verb follows ("which
		// parliament passed")
		n := r.next(i)
		return t.cls.AnyBits(verbFormsBits&word0, verbFormsBits>>64&word0, verbFormsBits>>128) || n < 0 || !r.lower(n) || !r.toks[n].cls.AnyBits(verbFormsBits&word0, verbFormsBits>>64&word0, verbFormsBits>>128)
	}
	switch {
	case pc.Has(lex.BaseVerbAfter):
		return true // "may rule", "did not pay"
	case pc.Has(lex.AuxiliaryOrModal) && t.cls.AnyBits(participlesBits&word0, participlesBits>>64&word0, participlesBits>>128) && r.takes(p, i):
		return true // "was founded", "had risen", "is considering"
	case pc.Has(lex.LightVerb) && r.perfectParticiple(p, i):
		return true // "having donated", "with the quarter having begun"
	case t.cls.AnyBits(finiteVerbsBits&word0, finiteVerbsBits>>64&word0, finiteVerbsBits>>128):
		// "the failed invasion", "his stolen car": after a determiner it
		// describes a noun; so it does before one after a preposition, an
		// adjective or a conjunction ("from discontinued operations",
		// "dismembered and decapitated body")
		if p >= 0 && r.determiner(p) && !r.pronounBefore(p, i) {
			return false
		}
		if t.cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && p >= 0 && !pc.Has(lex.SubjectPronoun) && !pc.Has(lex.RelativePronoun) &&
			!pc.Has(lex.ThatWord) && !t.has(lex.ReportingVerb) {
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
			r.toks[i+1].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && !r.has(i+1, lex.FunctionWord) {
			return false // "a takeover bid launched last week": a noun that a participle follows
		}
		if p == i-1 && r.nounish(p) && t.cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && !t.has(lex.ReportingVerb) &&
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
	case p == i-1 && pc.Has(lex.InfinitiveMarker):
		// "agreed to buy": an infinitive, unless the word is a plural
		// ("rose to dlrs 14 billion") or an object ("wrote to him")
		return !t.has(lex.Determiner) && !t.plural() && !t.has(lex.VerbObjectStart) && !r.fromTo(p)
	}
	// presentTense settles most of the words that come this far by the
	// word before: a function word that is no subject pronoun, or a word
	// in lower case that is neither one nor a plural. Its first tests of
	// a word before that prev found are asked here, where that word's
	// classes are read already, and the call is made for the rest.
	if p >= 0 && !pc.Has(lex.SubjectPronoun) && (pc.Has(lex.FunctionWord) || r.toks[p].lc && !(r.toks[p].endsInS() && r.toks[p].plural())) {
		return false
	}
	return r.presentTense(i, p)
}

// presentTense is the last of verb's rules, for a word i that none of
// the others placed, p the word before it (prev; -1 for none): a present
// tense between its subject (a name, a pronoun or a plural) and its
// object: "Firefighters battle the blaze", "Kuwait now controls a fifth".
//
// Most words that come this far are nouns, with no object after them and
// neither a time nor a phrase: whether the word before names a subject
// (namedSubject, pluralSubject) is asked only of the rest.
func (r *reading) presentTense(i, p int) bool {
	t := &r.toks[i]
	aside := false
	if p < 0 {
		p = r.beforeAside(i) // "the 700,000 Cubans living in South Florida _ and elsewhere _ send $1 billion"
		aside = p >= 0
	}
	if p < 0 || t.has(lex.Determiner) {
		return false
	}
	// Every rule below wants word p for a subject: a subject pronoun, or a
	// name or a plural that is no function word (namedSubject,
	// pluralSubject, the name that opens the sentence). Many of the words
	// that come this far follow an article or a preposition, function
	// words all: they are settled here, before the object is looked for.
	// Two tests of constant classes read one word of the set each, where
	// an intersection with a set in memory read and compared all three.
	pt := &r.toks[p]
	if pt.has(lex.FunctionWord) && !pt.has(lex.SubjectPronoun) {
		return false
	}
	// So does a word in lower case that is no subject pronoun and no
	// plural ("the trade deficit", "a big rise"): no name, and no plural
	// subject either.
	if pt.lc && !pt.has(lex.SubjectPronoun) && !pt.plural() {
		return false
	}
	if pt.has(lex.SubjectPronoun) && r.pronounsVerb(p, i) {
		return true
	}
	n := i + 1
	object := false // the word after, read through one pointer: through r, each test reloaded the tokens
	if n < len(r.toks) {
		nt := &r.toks[n]
		object = nt.word && !r.inTime[n] && (nt.has(lex.VerbObjectStart) && !nt.has(lex.Preposition) ||
			nt.has(lex.Quantifier) && r.quantity(n) || isNumber(nt.text) || aside && isAmount(nt.text) ||
			nt.has(lex.InfinitiveMarker) && r.lower(n+1) && !r.has(n+1, lex.Determiner) && !r.has(n+1, lex.FunctionWord) &&
				(t.has(lex.VerbEnding) || pt.has(lex.SubjectPronoun))) // "LIN plans to sell", "they want to"
	}
	if object {
		return r.namedSubject(p) || r.lower(p) && r.pluralSubject(p)
	}
	if p == i-1 && p == 0 && r.capitalized(p) && t.has(lex.VerbEnding) && !t.has(lex.PastForm) &&
		!r.has(p, lex.FunctionWord) && r.word(n) && r.inTime[n] && r.verbAfterTime(n) < 0 {
		// a name that opens the sentence, a verb in the present and its
		// time: "Congress reconvenes Jan. 24", "Parliament resumes Monday"
		return true
	}
	if p != i-1 || t.cls.AnyBits(verbFormsBits&word0, verbFormsBits>>64&word0, verbFormsBits>>128) || r.has(p, lex.Possessive) || n >= len(r.toks) || isAmount(r.toks[p].text) {
		return false
	}
	// a base form after its subject, before its time or a phrase:
	// "Arafat meet separately Monday", "Voters go to the polls"; not
	// a noun after a name that qualifies it ("on Iraqi television
	// Thursday", "the Bush administration")
	timed := r.inTime[n] || r.modifier(n) && r.word(n+1) && r.inTime[n+1]
	phrase := r.has(n, lex.Preposition) && !r.has(n, lex.OfWord) && !r.inTime[n]
	if !timed && !phrase {
		return false
	}
	named := r.namedSubject(p)
	if timed && (named && p > 0 && r.word(p-1) && (isNumber(r.toks[p-1].text) || r.has(p-1, lex.NumberWord)) || r.verbAfterTime(n) >= 0) {
		// "two American fishermen last November": a number counts
		// the noun the name qualifies; "an appeals court Thursday
		// refused": the verb comes after the time, whose subject the
		// word is
		return false
	}
	plurals := r.pluralSubject(p)
	c := r.clause[clauseOf(r.toks, r.clause, t.Start)]
	opensClause := p == c.from || p == c.from+1 && r.determiner(c.from)
	subjectPlace := p == 0 || !r.has(p-1, lex.Preposition) && !r.determiner(p-1) && !r.toks[p-1].cls.AnyBits(verbFormsBits&word0, verbFormsBits>>64&word0, verbFormsBits>>128)
	return (named || plurals) && timed && subjectPlace || plurals && phrase && opensClause
}

// namedSubject reports whether word p, before a verb in the present, can
// be its subject by name: a subject pronoun, or a capitalised word that
// does not open the sentence and is no function word nor an amount's
// ("14 Canadian cents").
func (r *reading) namedSubject(p int) bool {
	return r.has(p, lex.SubjectPronoun) || r.capitalOrNumber(p) && !r.opens(p) && !r.has(p, lex.FunctionWord) &&
		!isAmount(r.toks[p].text) && !(p > 0 && isAmount(r.toks[p-1].text))
}

// pluralSubject reports whether word p, before a verb in the present, can
// be its subject as a plural noun: in lower case or opening the sentence,
// and no function word, number word or participle.
func (r *reading) pluralSubject(p int) bool {
	return (r.lower(p) || r.opens(p)) && !r.has(p, lex.FunctionWord) && !r.has(p, lex.NumberWord) &&
		!r.toks[p].cls.AnyBits(participlesBits&word0, participlesBits>>64&word0, participlesBits>>128) && r.toks[p].plural()
}

// pronounsVerb reports whether word i, a lower-case content word right
// after the subject pronoun p (modifiers aside), is its verb in the present
// tense: "I just work in my pharmacy", "we meet every Monday", "they train".
// "I" after a name is a numeral ("Charles I").
func (r *reading) pronounsVerb(p, i int) bool {
	if !r.has(p, lex.SubjectPronoun) || !r.lower(i) || r.inTime[i] || isNumber(r.toks[i].text) ||
		r.has(i, lex.FunctionWord) || r.has(i, lex.Preposition) || r.has(i, lex.Quantifier) || r.has(i, lex.NumberWord) ||
		r.has(i, lex.Connector) || r.has(i, lex.SubjectPronoun) || r.has(i, lex.ParticipleForm) || r.has(i, lex.LyForm) {
		return false
	}
	if !r.lower(p) && !r.opens(p) && r.capitalized(p-1) && !r.has(p-1, lex.FunctionWord) && !r.has(p-1, lex.Connector) {
		return false // "Charles I", "World War I"
	}
	// "he", "she" and "it" (the one also an object) take a verb in -s,
	// which the other rules read ("the zone it occupies" would make the
	// zone's clause a verb's)
	return !r.has(p, lex.PersonPronoun) && !r.has(p, lex.VerbObjectStart)
}

// quantity reports whether word n opens an amount: a quantifier ("some",
// "several"), or one that is also a preposition before a number ("controls
// around 20 percent", not "the border around the days").
func (r *reading) quantity(n int) bool {
	if !r.has(n, lex.Quantifier) {
		return false
	}
	return !r.has(n, lex.Preposition) || r.word(n+1) && (isAmount(r.toks[n+1].text) || r.has(n+1, lex.NumberWord)) // a number is an amount
}

// articleAfter reports whether an article follows word i: the object of
// an -ing verb.
func (r *reading) articleAfter(i int) bool {
	return r.has(i+1, lex.Article) && !r.inTime[i+1]
}

// beforeAside returns, for a word right after an aside set off by dashes
// ("the Cubans living in South Florida _ and elsewhere in the United
// States _ send"), the word before the aside; -1 when none.
func (r *reading) beforeAside(i int) int {
	if i < 1 || !r.has(i-1, lex.DashMark) {
		return -1
	}
	for k := i - 2; k >= 1 && k >= i-16; k-- {
		if r.has(k, lex.DashMark) {
			return r.prev(k)
		}
	}
	return -1
}

// fromTo reports whether the "to" at p ends a "from X to Y" of nouns
// ("traveling from demonstration to demonstration", "from town to
// town"): what follows it is a noun, no infinitive.
func (r *reading) fromTo(p int) bool {
	x := p - 1
	return r.nounish(x) && r.has(x-1, lex.ComparisonWord) && r.has(x-1, lex.Preposition) && r.lower(x-1) && !r.verb(x)
}

// perfectParticiple reports whether word p is "having" and word i the
// past participle it takes: "listed him as having donated", "with the
// quarter having begun". The participle carries the happening.
func (r *reading) perfectParticiple(p, i int) bool {
	return r.has(p, lex.LightVerb) && r.has(p, lex.ParticipleForm) && r.lower(p) && r.lower(i) &&
		r.toks[i].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && !r.inTime[i]
}

// periodEnd reports whether word i is a participle between two times that
// joins a period to the day it ends or starts on: "the quarter ended Sept.
// 30", "the week beginning Monday". It is no clause's verb; the day dates
// it with the clause's happening.
//
// It is asked of most words verb, nounPhrase and partners read, few of
// which follow a time: put in line, it asks that first, and leaves the
// rest to periodEndAfterTime.
func (r *reading) periodEnd(i int) bool {
	return i > 0 && r.inTime[i-1] && r.periodEndAfterTime(i)
}

// periodEndAfterTime is periodEnd of a word after a time.
//
// Whether a time follows the word is asked first: most words after a time
// have none after them.
func (r *reading) periodEndAfterTime(i int) bool {
	return r.word(i+1) && r.inTime[i+1] && r.word(i) && !r.inTime[i] && r.lower(i) && r.toks[i].cls.AnyBits(participlesBits&word0, participlesBits>>64&word0, participlesBits>>128)
}

// relativeSubject reports whether word p is a relative pronoun that is the
// subject of its clause: "which", "who", or "that" after a noun ("the
// decree that broke up", not "said that").
func (r *reading) relativeSubject(p int) bool {
	if r.has(p, lex.RelativeSubject) {
		return true
	}
	return r.has(p, lex.ThatWord) && r.lower(p) && p > 0 && (r.nounish(p-1) || r.capitalized(p-1) && !r.opens(p-1)) &&
		!r.has(p-1, lex.ReportingVerb) && !r.verb(p-1)
}

// relativeWord reports whether a word of the classes cls may be a relative
// subject: a relative pronoun, or "that" (relativeSubject is false of any
// other). Asked first of the many words that are neither, it saves them a
// call.
func relativeWord(cls lex.Set) bool { return cls.Any(relativeWords) }

// relativeWords are the classes relativeWord asks for, tested in one so that
// it inlines (two Has cost the inliner 84, over its budget of 80).
var relativeWords = lex.Of(lex.RelativeSubject, lex.ThatWord)

// upperCase reports whether strings.ToUpper(w) == w, without making the
// upper-case copy (asked of the first word of every sentence with a time,
// most of them not in capitals): no rune changes in upper case, and no
// byte is outside UTF-8 (ToUpper writes U+FFFD for it).
func upperCase(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c-'a' <= 'z'-'a' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// plural is plural of the token's lower case. A word that is not listed
// is read as written when it is ASCII, not lowered into a string of its
// own: lowering keeps an ASCII word's length, and a letter's case goes
// with its 0x20 bit. The last byte as written is read first, of a listed
// word too (its entry's word is its lower case): a word whose lower case
// ends in s ends in S or s, as no letter beyond ASCII lowers to s, and
// most words end otherwise, answered with no look at the bytes before.
func (t *token) plural() bool {
	if !t.endsInS() {
		return false
	}
	w := t.text
	if t.e.Word != "" {
		return plural(t.e.Word)
	}
	if !ascii.Only(w) {
		return plural(strings.ToLower(w))
	}
	if len(w) <= 3 {
		return false
	}
	x := w[len(w)-2] | 0x20
	return x != 's' && x != 'u' && x != 'i'
}

// endsInS reports whether the token's lower case may end in s: whether
// its last byte as written is S or s (only those are s with the 0x20 bit
// set). plural's first test, asked where verbInContext calls it for the
// word before (~2,600 times a megabyte of news), so that the call is made
// only for the few that pass.
func (t *token) endsInS() bool {
	return t.text != "" && t.text[len(t.text)-1]|0x20 == 's'
}

// plural reports whether a lower-case word looks like a plural noun or a
// verb's third person: it ends in s but not ss, us or is.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is")
}

// noTrigger marks a time that dates no happening: a dateline, a stamp, a
// menu, a name holding a year, a present state, a line with no predicate.
const noTrigger = -1

// triggerOf returns the token naming the happening that the mention m,
// whose tokens are toks[first:last], dates, and whether it is an event
// noun; noTrigger when it dates none, a present state included.
func (r *reading) triggerOf(m *timeline.Mention, first, last int) (int, bool) {
	k, noun, state := r.attach(m, first, last)
	if state {
		return noTrigger, false
	}
	return k, noun
}

// attach is triggerOf that also finds present states: with state true,
// k is the verb or noun of how things stand at the time m names
// ("Montedison currently owns 72 %": owns; "the barricade now in force":
// barricade), which is no happening.
func (r *reading) attach(m *timeline.Mention, first, last int) (k int, noun, state bool) {
	if first >= last || first >= len(r.toks) {
		return noTrigger, false, false
	}
	// The rules below that most times fail by their first test are called
	// only for the times that pass it, asked here: each call paid its
	// frame, and read the rule's code, mostly out of the instruction cache
	// by the next time, only to return. The rules keep their tests.
	if r.holds(navigationMarked) && r.navigation() || r.mayOpenDateline(first) && r.dateline(first, last) ||
		r.holds(stampMarked) && r.stamp(first) {
		return noTrigger, false, false
	}
	if r.has(last, lex.Connector) {
		if k := r.chosenFor(first, last); k != noTrigger {
			return k, !r.verb(k), false
		}
	}
	if r.has(first-1, lex.Preposition) {
		if f, l := r.rangeStartAcross(first); f >= 0 {
			k, noun := r.nearestVerb(f, l) // "lived in London from 1968, when ..., until 1989"
			return k, noun, false
		}
	}
	if k, ok := r.nounTrigger(m, first, last); ok {
		return k, k != noTrigger, false
	}
	if r.has(last+1, lex.PossessiveS) || isPossessiveAfter(r.text, m.End) {
		if v := r.possessorsVerb(m, last); v != noTrigger {
			return v, false, false
		}
	}
	if r.determiner(first - 1) {
		if v := r.premodifiersVerb(first, last); v != noTrigger {
			return v, false, false
		}
	}
	if m.Value == "PRESENT_REF" {
		if p, ok := r.nounState(first, last); ok {
			return p, true, p != noTrigger // "now that": a reason, no state
		}
	}
	// verbAfterSubject and presentState read only a time that says it is
	// the present ("now", "today"), which most do not: asked once, here
	present := r.saysPresent(first, last)
	if present {
		if k := r.verbAfterSubject(first, last); k != noTrigger {
			return k, false, r.presentState(first, last, k) // "Today the museum houses more than 2,000 paintings"
		}
	}
	v, noun := r.nearestVerb(first, last)
	if m.Value == "PRESENT_REF" {
		if n := r.next(last - 1); n >= 0 && !r.inTime[n] && (r.verb(n) || r.presentVerbAfter(first, n)) {
			// "Russia now feels", "police departments are now beginning":
			// "now" before a verb says when that verb holds (a day,
			// "today", follows its verb: "announced today")
			v, noun = n, false
		}
	}
	if noun {
		// "the barricade now in force": a state, not a happening
		return v, true, m.Value == "PRESENT_REF"
	}
	if r.has(v, lex.Copula) {
		if k := r.cleft(v, last); k != noTrigger {
			return k, false, false
		}
	}
	if v != noTrigger {
		v, noun = r.governing(v, first)
		if noun {
			return v, true, false
		}
	}
	if v == noTrigger {
		if k := r.nearestEventNoun(first, last); k != noTrigger {
			return k, true, false
		}
		return noTrigger, false, false // no predicate: a heading, a caption's credit, a list entry
	}
	if m.Type == timeline.TypeDuration {
		if k := r.spanTakenTo(m, first, last, v); k != noTrigger {
			return k, false, false
		}
	}
	return v, false, present && r.presentState(first, last, v)
}

// spanTakenTo returns, for a span that a light verb takes before an
// infinitive ("the plan took three months to complete", "takes two
// weeks to process"), the infinitive's verb: the span measures that
// happening, the light verb only carries it. noTrigger otherwise.
func (r *reading) spanTakenTo(m *timeline.Mention, first, last, v int) int {
	if m.Type != timeline.TypeDuration || v != first-1 || !r.has(v, lex.LightVerb) || !r.has(last, lex.InfinitiveMarker) ||
		!r.verb(last+1) {
		return noTrigger
	}
	return last + 1
}

// rangeStartAcross returns, for a time that ends a range whose start a
// clause has cut off ("who lived in London from 1968, when the Soviets
// invaded Czechoslovakia, until 1989"), the tokens of the range's start:
// both ends date what the start dates, not the clause between them. -1
// when the time ends no such range.
func (r *reading) rangeStartAcross(first int) (int, int) {
	if !r.has(first-1, lex.Preposition) || r.has(first-1, lex.OfWord) {
		return -1, -1
	}
	ci := r.timeClause(first)
	c := r.clause[ci]
	if ci < 2 || c.from != first-1 || !r.lower(c.from) || !r.has(c.from, lex.Preposition) || r.has(c.from, lex.OfWord) || r.verbIn(c) {
		return -1, -1 // "until 1989", "to 1974" opening a clause with no verb
	}
	mid, start := r.clause[ci-1], r.clause[ci-2]
	if !r.has(mid.from, lex.WhenWord) && !r.has(mid.from, lex.RelativePronoun) && !r.has(mid.from, lex.ClauseBreakWord) {
		return -1, -1
	}
	l := start.to
	for l > start.from && !r.toks[l-1].word && !r.inTime[l-1] {
		l-- // the comma after the start
	}
	f := l
	for f > start.from && r.inTime[f-1] {
		f--
	}
	if f == l || f-1 < start.from || !r.has(f-1, lex.ComparisonWord) || !r.has(f-1, lex.Preposition) {
		return -1, -1 // the start is "from 1968"
	}
	return f, l
}

// chosenFor returns, for a time a verb takes as its object and names as
// the day of something ("set March 1 as the deadline for the transfer",
// "picked Saturday night as the time to start the offensive"), the
// happening it is the day of: the event noun after "for" or "of", or the
// verb of the infinitive. Choosing the day is not what the day dates.
// noTrigger when the time is not so named.
func (r *reading) chosenFor(first, last int) int {
	as := last
	if !r.has(as, lex.Connector) || !r.has(as, lex.FunctionWord) || r.has(as, lex.Preposition) ||
		r.has(as, lex.ClauseBreakWord) || r.has(as, lex.PartOpener) || r.has(as, lex.ThatWord) ||
		r.has(as, lex.RelativePronoun) || !r.has(as+1, lex.Article) || !r.lower(as) ||
		!r.lower(first-1) || r.inTime[first-1] || !r.verb(first-1) {
		return noTrigger // "as" and then "the": "set March 1 as the deadline"
	}
	j := as + 2
	for j < as+6 && r.nounish(j) && !r.verb(j) {
		j++ // "the optimal time", "the final deadline"
	}
	if j == as+2 || !r.has(j, lex.Preposition) {
		return noTrigger
	}
	if r.has(j, lex.InfinitiveMarker) {
		if r.verb(j + 1) {
			return j + 1
		}
		return noTrigger
	}
	for k := j + 1; k <= j+5 && r.word(k) && !r.inTime[k]; k++ {
		if r.actionNoun(k) {
			return k
		}
		if !r.determiner(k) && !r.nounish(k) {
			break
		}
	}
	return noTrigger
}

// chosenInfinitive reports whether the verb v is the infinitive that
// chosenFor found after a time: "picked Saturday night as the optimal time
// to start the offensive".
func (r *reading) chosenInfinitive(v int) bool {
	j := v - 2
	for j > v-6 && r.nounish(j) && !r.verb(j) {
		j--
	}
	if j == v-2 || j < 2 || !r.has(j, lex.Article) || !r.inTime[j-2] {
		return false
	}
	last := j - 1
	first := last - 1
	for first > 0 && r.inTime[first-1] {
		first--
	}
	return r.chosenFor(first, last) == v
}

// nounTrigger applies the rules by which a time dates a noun: it
// qualifies an event noun after it ("the 2010 raid", "Colombia's May 29
// presidential election", "last month's discovery", "three days of
// questioning"), or one before it ("the protests of June 1989", "the War
// of 1812"), or it is part of a name ("the Class of 1934", "Vision 2030"),
// which dates nothing. ok is false when no rule applies.
func (r *reading) nounTrigger(m *timeline.Mention, first, last int) (int, bool) {
	before := first - 1
	// Premodifier: after a determiner, a possessive or nothing (and the
	// adjectives after them: "the failed 1961 invasion"), or as a
	// possessive itself ("last month's discovery"), before the noun it
	// qualifies, passing over the adjectives and nouns between.
	// A time that opens with its own determiner ("for the two day rally":
	// 915 of the 3,711 times asked in a megabyte of news) has it for the
	// phrase's: the words before it, each asked whether it is a verb, need
	// not be read.
	det := first
	if !r.determiner(first) {
		det = before
		for n := 0; n < 2 && r.lower(det) && !r.has(det, lex.FunctionWord) && !r.has(det, lex.Determiner) && !r.verb(det); n++ {
			det--
		}
		if det != before && (det < 0 || !r.determiner(det)) {
			det = before // no determiner before those words: they are no adjectives of this noun phrase
		}
	}
	k := last
	apart := k+1 < len(r.toks) && !r.toks[k].word && r.has(k+1, lex.PossessiveS)
	possessive := apart || isPossessiveAfter(r.text, m.End) // "tomorrow's vote" is one word
	switch {
	case apart:
		k += 2 // "Corp.'s" arrives as "Corp", ".", "'", "s"
	case k < len(r.toks) && r.toks[k].text == "," && det == first-1 && det >= 0 && r.determiner(det):
		k++ // "the Dec. 21, 1988, bombing"
	}
	// A time written as an adjective ("third-quarter", "year-earlier",
	// "two-year") qualifies the noun after it whatever comes before: asked
	// last, as its hyphen is looked for by a call.
	if possessive || det < 0 || !r.toks[det].word || r.determiner(det) ||
		last == first+1 && strings.IndexByte(r.toks[first].text, '-') > 0 && r.lower(last) {
		// not in a phrase that sets the scene for the clause after it:
		// "In its Friday issue, the Spectator quoted", "At its Monday
		// meeting, the board approved" date what the clause tells
		if h := r.eventNounAhead(k, 4); h != noTrigger && !r.sceneSetter(r.timeClause(first)) {
			return h, true
		}
	}
	// "three days of questioning", "40 years of the blockade": a span
	// measures the happening it is of
	if k := last; m.Type == timeline.TypeDuration && r.has(k, lex.OfWord) {
		j := k + 1
		for j < len(r.toks) && j <= k+3 && r.word(j) && (r.determiner(j) || r.nounish(j) && !r.eventNoun(j) && !r.has(j, lex.ParticipleForm)) {
			j++
		}
		if r.word(j) && !r.inTime[j] && (r.eventNoun(j) || r.has(j, lex.ParticipleForm) && r.lower(j)) {
			return j, true
		}
	}
	if before < 0 || !r.toks[before].word {
		return noTrigger, false
	}
	bt := &r.toks[before] // the word before the time, its facts read through one pointer
	// "the protests of June 1989", "the War of 1812"; "the Class of 1934"
	// is a name.
	if bt.has(lex.OfWord) && before >= 1 && r.word(before-1) {
		head := before - 1
		if r.actionNoun(head) {
			return head, true
		}
		if !r.lower(head) && !r.opens(head) && !r.has(head, lex.FunctionWord) {
			return noTrigger, true
		}
	}
	// A year right after a capitalised word is part of its name:
	// "Vision 2030", "Elections 2024".
	if !bt.lc && !bt.has(lex.FunctionWord) && !bt.has(lex.Month) && !bt.has(lex.Weekday) && isYearValue(m.Value) &&
		bt.End < r.toks[first].Start &&
		last == first+1 && r.toks[first].text == m.Value { // the year written alone, in digits
		return noTrigger, true
	}
	return noTrigger, false
}

// eventNounAhead returns the event noun that the words from k on lead to,
// passing over at most n adjectives and nouns ("deadly U.S. Embassy
// blasts"), or noTrigger.
func (r *reading) eventNounAhead(k, n int) int {
	found := noTrigger
	for end := min(k+n+1, len(r.toks)); k < end && r.word(k) && !r.inTime[k]; k++ {
		t := &r.toks[k] // its facts read through one pointer, not each through r (reloading the tokens)
		if found != noTrigger && (t.has(lex.VerbEnding) || !r.nounish(k)) {
			break // "This quarter's loss includes": a verb, not the phrase's head
		}
		if r.actionNoun(k) {
			// the phrase's head names it when it is a happening: "an
			// Aug. 10, 1988, stock purchase agreement"
			found = k
			continue
		}
		if t.has(lex.FunctionWord) || t.has(lex.Connector) || t.has(lex.Preposition) || t.has(lex.Determiner) ||
			t.lc && r.verb(k) {
			break
		}
	}
	return found
}

// isYearValue reports whether a TIMEX3 value is a bare year: "2030".
func isYearValue(v string) bool {
	if len(v) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// nearestVerb finds the verb the time attaches to: the nearest before it in
// its clause (temporal phrases follow their verb: "invaded Kuwait on Aug.
// 2"), else the nearest after it there ("Bush on Wednesday denounced"),
// else the nearest in the clauses around it, looking first to the clause
// after a time that opens the sentence ("In 1969, Armstrong became").
func (r *reading) nearestVerb(first, last int) (int, bool) {
	ci := r.timeClause(first)
	c := r.clause[ci]
	// subjectsVerbAfter's first test, asked here: most times have no verb
	// by its form right after them in the clause (~200 of ~3,300 a
	// megabyte of news do), and the call is made only for those that have
	if v := r.verbAfterTime(first); v >= 0 && v < c.to {
		if v := r.subjectsVerbAfter(first, last, c); v >= 0 {
			return v, false
		}
	}
	for k := first - 1; k >= c.from; k-- {
		if r.verb(k) {
			return k, false
		}
		if k >= first-2 && r.lower(k) && r.has(k, lex.DateAdjective) { // the place first: most words asked are further off
			return k, false // "debentures due March 1, 2011", "payable on Jan. 3"
		}
		if !r.inTime[k] && r.eventNoun(k) {
			if r.sceneSetter(ci) {
				break // "At the close of business Thursday, Chiron said": the main clause's happening, the noun with it
			}
			// The nearest happening before it: "condemned Iraq's
			// invasion of Kuwait on Aug. 2". When the noun is the
			// object of the verb before it ("launching a surprise
			// incursion in late 2024", "wrapped up a meeting with
			// Saddam in Baghdad today"), the time dates the verb's
			// predicate, the noun with it (partners.go).
			if v := r.objectOf(k, c.from); v >= 0 {
				return v, false
			}
			// In a phrase that completes a verb ("go to the polls
			// next Tuesday", "filed for bankruptcy in 2001", "may rule
			// on the appeal next month") the time may date either; the
			// verb is the clause's happening, the noun goes with it.
			// Not when another time dates the clause already: "The World
			// Court Friday rejected objections to a case over a bombing
			// in 1988".
			// A named happening ("the Battle of Verdun in 1916") keeps
			// its time.
			if v := r.complementOf(k, c.from); v >= 0 && r.lower(k) && !r.otherTime(c, first, last) {
				return v, false
			}
			return k, true
		}
	}
	for k := last; k < c.to; k++ {
		if r.verb(k) {
			return k, false
		}
	}
	if k, noun := r.trailingPhrase(c, first, last); k != noTrigger {
		return k, noun
	}
	best, dist := noTrigger, 0
	// A relative clause (", who had left the bank in 2011,") keeps its
	// verb to its own times.
	relative := func(k int) bool {
		cj := clauseOf(r.toks, r.clause, r.toks[k].Start)
		if cj != ci && (r.has(r.clause[cj].from, lex.RelativePronoun) || r.reducedRelative(cj)) {
			return true
		}
		// a restrictive relative clause inside the clause: "officers who
		// had been searching for Howes concluded"
		for j := k - 1; j > r.clause[cj].from; j-- {
			if r.verb(j) {
				return false
			}
			if r.relativeSubject(j) {
				return true
			}
		}
		return false
	}
	// A phrase with no verb after a relative clause that has no time of
	// its own and ends on an amount continues it: "the Nasdaq 100 Index,
	// which fell 1.4%, or 6.43, on Friday, to 437.68" (not "hired Jones,
	// who had left the bank, as chief executive in 2014").
	if ci > 0 {
		for cj := ci - 1; cj >= 0; cj-- {
			cl := r.clause[cj]
			v := -1
			for k := cl.to - 1; k >= cl.from && v < 0; k-- {
				if r.verb(k) {
					v = k
				}
			}
			if v < 0 {
				continue
			}
			if r.has(cl.from, lex.RelativeSubject) && !r.otherTime(cl, first, last) &&
				(r.measures(cl.from, c.from) || r.listGoesOn(cl, c)) {
				return v, false
			}
			break
		}
	}
	inRelatives := false
	consider := func(from, to int) {
		keep := func(k int) bool { return relative(k) == inRelatives }
		if k, d := r.nearestVerbIn(from, to, first, last, keep); k != noTrigger && (best == noTrigger || d < dist) {
			best, dist = k, d
		}
	}
	for _, inRelatives = range []bool{false, true} { // a relative clause's verb only when there is no other
		if ci == 0 {
			for cj := 1; cj < len(r.clause) && best == noTrigger; cj++ {
				consider(r.clause[cj].from, r.clause[cj].to)
			}
		} else if r.opensClause(ci) {
			// a time that opens what follows a semicolon or a "that"
			// ("; last Monday, the company had", "noted that over the
			// past 20 years, Mr. Fournier has built") dates what follows
			consider(c.to, len(r.toks))
			if best == noTrigger {
				consider(0, c.from)
			}
		} else {
			// a time that ends a clause of its own belongs to what came
			// before it ("occurred ... but minutes apart on Friday,
			// turning streets into ..."), unless nothing did
			consider(0, c.from)
			if best == noTrigger {
				consider(c.to, len(r.toks))
			}
		}
		if best != noTrigger {
			break
		}
	}
	return best, false
}

// subjectsVerbAfter returns, for a time between a subject and its verb
// ("after a federal court Monday refused the request", "the company
// Tuesday announced"), the verb after it in clause c; -1 for any other.
// Whether a verb in the past follows the time is asked before whether the
// word before opens the subject: most times have none after them, and the
// subject is read back to the clause's start, asking verb and eventNoun
// of each word.
func (r *reading) subjectsVerbAfter(first, last int, c clause) int {
	v := r.verbAfterTime(first)
	if v < 0 || v >= c.to {
		return -1
	}
	p := first - 1
	if p < c.from || !r.word(p) || r.inTime[p] || !(r.nounish(p) || r.capitalized(p) && !r.opens(p)) ||
		r.verb(p) || r.saysPresent(first, last) || !r.opensSubject(p, c.from) || !r.verb(v) {
		return -1
	}
	return v
}

// nearestVerbIn returns the verb nearest the time toks[first:last] among
// the tokens from..to that keep accepts, and its distance: from the time's
// first token for a verb before it, from its last for one after it; the
// earlier of two as near. noTrigger when there is none.
func (r *reading) nearestVerbIn(from, to, first, last int, keep func(int) bool) (best, dist int) {
	// A range that lies all before or all after the time (most: the
	// clauses around it) is read from its end nearer the time, where the
	// first verb found is the nearest: the distance only grows after it,
	// and the words further off need not be read.
	before := to <= first
	best = noTrigger
	for n := from; n < to; n++ {
		k := n
		if before {
			k = from + to - 1 - n
		}
		if !r.verb(k) || !keep(k) {
			continue
		}
		if d := distance(k, first, last); best == noTrigger || d < dist {
			best, dist = k, d
		}
		if before || from > first {
			break
		}
	}
	return best, dist
}

// distance returns how far token k lies from the time toks[first:last]:
// from its first token when k is before it, from its last when after.
func distance(k, first, last int) int {
	if k > first {
		return k - last
	}
	return first - k
}

// listGoesOn reports whether clause c, which holds no verb, only goes on
// with a list that the clause cl before it ended on: "James A. Taylor,
// who stepped down as chairman, president and chief executive in March".
// Both sides of the comma are nouns.
func (r *reading) listGoesOn(cl, c clause) bool {
	end := cl.to - 1
	return c.from == cl.to+1 && end > cl.from && r.nounish(end) && !r.verb(end) && r.nounish(c.from) && !r.verb(c.from) &&
		!r.verbIn(c)
}

// trailingPhrase returns, for a time whose clause is nothing but the
// phrase that holds it, set off by a comma at the end of the sentence
// ("a suspect in three sniper attacks on providers, and one near
// Rochester, between 1994 and 1997."), the nearest happening before it: a
// verb, or an event noun (then true) unless a verb takes it as its object.
// noTrigger otherwise.
func (r *reading) trailingPhrase(c clause, first, last int) (int, bool) {
	if c.from < 2 || c.from >= first || !r.has(c.from, lex.Preposition) || !r.lower(c.from) || r.toks[c.from-1].text != "," {
		return noTrigger, false
	}
	for k := c.to; k < len(r.toks); k++ {
		if r.word(k) {
			return noTrigger, false // it ends the sentence
		}
	}
	for k := c.from + 1; k < c.to; k++ {
		if r.word(k) && !r.inTime[k] && !(r.has(k, lex.LeftOfTime) && r.inTime[k+1]) {
			return noTrigger, false // more than the time ("between 1994 and 1997" is all time)
		}
	}
	for k := c.from - 1; k >= 0; k-- {
		switch {
		case r.inTime[k]:
			return noTrigger, false // another time dates what comes before
		case r.verb(k):
			return k, false
		case r.eventNoun(k):
			if v := r.objectOf(k, 0); v >= 0 {
				return v, false // "had a loss of $158,666, ..., in the quarter"
			}
			return k, true
		}
	}
	return noTrigger, false
}

// measures reports whether tokens from..to hold an amount that is no
// year: "fell 1.4%, or 6.43," measures a change, "had left the bank in
// 2011" does not.
func (r *reading) measures(from, to int) bool {
	for k := from; k < to; k++ {
		if t := r.toks[k].text; r.word(k) && isAmount(t) && !isYearValue(t) {
			return true
		}
	}
	return false
}

// sceneSetter reports whether clause ci is a phrase that opens the
// sentence and sets the scene for the clause after it: a preposition of
// place or occasion and no verb ("At the close of business Thursday, ...",
// "In a speech on Monday, ..."); not one that relates two happenings
// ("After the vote on Monday, protests erupted").
func (r *reading) sceneSetter(ci int) bool {
	if ci != 0 || len(r.clause) < 2 {
		return false
	}
	c := r.clause[0]
	if !r.has(c.from, lex.Preposition) || r.has(c.from, lex.TemporalPreposition) || r.verbIn(c) {
		return false
	}
	// the clause after it, past a name's brackets: "In its Friday issue,
	// The Hamilton (Ontario) Spectator quoted"
	for _, next := range r.clause[1:min(len(r.clause), 4)] {
		if r.verbIn(next) {
			return true
		}
		if next.to < len(r.toks) && r.toks[next.to].text != "(" && r.toks[next.to].text != ")" {
			return false
		}
	}
	return false
}

// opensClause reports whether clause ci, which holds a time and no verb,
// opens what follows it: it comes after a semicolon, or after a clause
// that ends on "that" or on a word that opens a clause ("said that, over
// the past 20 years, ...", "wouldn't be surprised if, over the next two
// years, ...").
func (r *reading) opensClause(ci int) bool {
	c := r.clause[ci]
	if c.from == 0 || r.verbIn(c) {
		return false
	}
	if b := c.from - 1; !r.word(b) && r.toks[b].text == ";" {
		return true
	}
	p := r.clause[ci-1]
	last := p.to - 1
	return last >= p.from && r.word(last) && r.lower(last) &&
		(r.has(last, lex.ThatWord) || r.has(last, lex.ClauseBreakWord) || r.has(last, lex.Connector) && !r.has(last, lex.Preposition))
}

// reducedRelative reports whether clause ci is a participle phrase set off
// by commas after a noun: ", led by Bank of America," or ", based in
// Basel,".
func (r *reading) reducedRelative(ci int) bool {
	c := r.clause[ci]
	k := c.from
	n := k + 1 // "led by", "based in", "asked whether"
	return ci > 0 && r.lower(k) && r.toks[k].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) &&
		(r.has(n, lex.Preposition) || r.has(n, lex.Connector) && !r.has(n, lex.PartOpener)) &&
		!r.has(k, lex.AuxiliaryOrModal) && !r.has(k, lex.ReportingVerb)
}

// governing moves from the verb a time attached to, to the word that
// carries the happening:
//   - a participle right after an event noun belongs to it: "a NATO summit
//     set for April" dates the summit;
//   - a participle right after a verb completes it: "was found abandoned
//     in December", "Found clinging to an inner tube";
//   - a copula gives way to what the subject is: "was weak", "is
//     payable", "there were no one-time gains";
//   - a reporting verb gives way to what was reported when the time comes
//     after its subject: "said he now believed".
func (r *reading) governing(v, first int) (int, bool) {
	var vc lex.Set // the verb's classes, read once for the rules below (none past the sentence's ends)
	if uint(v) < uint(len(r.toks)) {
		vc = r.toks[v].cls
	}
	participle := vc.AnyBits(participlesBits&word0, participlesBits>>64&word0, participlesBits>>128)
	if p := v - 1; participle && r.lower(v) && p >= 0 && r.word(p) && !r.inTime[p] {
		if !vc.Has(lex.ParticipleForm) && !vc.Has(lex.AuxiliaryOrModal) && r.eventNoun(p) && r.verbBefore(p) {
			return p, true // the noun is an object, so the participle after it is no main verb
		}
		if !r.has(p, lex.Copula) && !r.has(p, lex.AuxiliaryOrModal) && r.verb(p) {
			return p, false
		}
	}
	if vc.Has(lex.Copula) {
		for j := v + 1; j < len(r.toks) && j <= v+4 && r.word(j) && !r.inTime[j]; j++ {
			switch {
			case r.eventNoun(j):
				return j, true
			case r.has(j, lex.Preposition) || isNumber(r.toks[j].text) || r.has(j, lex.Copula):
				return v, false
			case r.nounish(j) && !r.nounish(j+1):
				return j, false // "is payable", "was part"
			}
		}
		// a longer noun phrase names what the subject was by its head:
		// "had been the information-services company's general manager"
		if head, _ := r.nounPhrase(v + 1); head > v+4 && head <= v+8 {
			return head, r.eventNoun(head)
		}
	}
	if vc.Has(lex.ReportingVerb) && v < first {
		// "said net income in the third quarter jumped": what was said
		// has begun before the time, with its subject
		subject := false
		if n := r.next(v); n >= 0 && n < first && !r.has(n, lex.Preposition) && !vc.Has(lex.AddresseeVerb) &&
			!r.placeBeforeTime(n, first) {
			subject = true
		}
		for j := v + 1; j < first; j++ {
			if subject || r.has(j, lex.SubjectPronoun) || r.has(j, lex.ThatWord) {
				for k := first; k < len(r.toks) && r.word(k); k++ {
					if !r.inTime[k] && r.verb(k) {
						return k, false
					}
				}
				break
			}
		}
	}
	return v, false
}

// placeBeforeTime reports whether word n is "here" or "there" saying where
// the time that starts at first, right after it or after a preposition,
// dates the verb before them: "said here Friday that", "said there on
// Sunday that". It is no subject of what was said ("said there were
// clashes on Monday").
func (r *reading) placeBeforeTime(n, first int) bool {
	return r.has(n, lex.PlaceAdverb) && (n+1 == first || n+2 == first && r.has(n+1, lex.Preposition))
}

// objectOf returns the verb whose direct object the noun k heads (only
// articles, adjectives and nouns between them, no possessive and no
// preposition), or -1.
func (r *reading) objectOf(k, from int) int {
	for j := k - 1; j >= from; j-- {
		switch {
		case r.verb(j):
			return j
		case r.particle(j):
		case r.inTime[j] && r.word(j) && j+1 < k+1 && (r.nounish(j+1) || j+1 == k || r.inTime[j+1]):
			// a time that qualifies the object: "release third-quarter
			// results in mid-November"
		case r.has(j, lex.Possessive) && r.word(j) && j == k-1:
			// "hurt Sun's performance": whose, in the object
		case !r.word(j) || r.has(j, lex.Possessive) || r.has(j, lex.Preposition) || r.inTime[j] ||
			r.has(j, lex.ThatWord) || r.has(j, lex.FunctionWord) && !r.determiner(j):
			return -1
		}
	}
	return -1
}

// otherTime reports whether clause c holds a time expression besides the
// one at toks[first:last].
func (r *reading) otherTime(c clause, first, last int) bool {
	// the other end of a range is no other time: "this year through
	// August"
	// and neither is the day a period ends on: "in the year ended March 31"
	joins := func(k int) bool { return r.has(k, lex.Preposition) || r.periodEnd(k) }
	lo, hi := first, last
	for lo-2 >= c.from && r.inTime[lo-2] && joins(lo-1) {
		lo -= 2
		for lo > c.from && r.inTime[lo-1] {
			lo--
		}
	}
	for hi+1 < c.to && joins(hi) && r.inTime[hi+1] {
		hi += 2
		for hi < c.to && r.inTime[hi] {
			hi++
		}
	}
	for k := c.from; k < c.to; k++ {
		if r.inTime[k] && (k < lo || k >= hi) {
			return true
		}
	}
	return false
}

// complementOf returns the verb whose complement holds the noun k: only
// noun phrases and prepositions stand between them in the clause ("filed
// for bankruptcy", "suffered from a rash of kidnappings", "charged her with
// fraud"); -1 when none does.
func (r *reading) complementOf(k, from int) int {
	for j := k - 1; j >= from; j-- {
		switch {
		case r.verb(j):
			if r.has(j, lex.Copula) {
				return -1
			}
			return j
		case r.has(j, lex.PartOpener) && r.joinsObjects(j):
			// "accounted for 58% of sales and 71% of operating profit
			// last year": one complement, listed (joinsObjects' class
			// asked here: few words are an "and" or "or", and each call
			// cost ~25 instructions to say no)
		case !r.wordOrTime(j) || r.inTime[j] || r.has(j, lex.ThatWord) || r.has(j, lex.RelativePronoun) ||
			r.has(j, lex.Connector) && !r.has(j, lex.Preposition) || r.has(j, lex.PartOpener) || r.has(j, lex.ClauseBreakWord):
			return -1
		}
	}
	return -1
}

// joinsObjects reports whether word j is an "and" or "or" between two
// noun phrases that begin with an amount: "58% of sales and 71% of
// operating profit". A verb or a subject after it opens a new clause
// instead.
func (r *reading) joinsObjects(j int) bool {
	return r.lower(j) && r.has(j, lex.PartOpener) && r.has(j, lex.Connector) && r.word(j+1) &&
		isAmount(r.toks[j+1].text) && r.word(j-1) && r.nounish(j-1) // a number is an amount
}

// verbBefore reports whether a verb comes before word k in its clause.
func (r *reading) verbBefore(k int) bool {
	return r.verbBeforeIn(k) >= 0
}

// verbBeforeIn returns the nearest verb before word k in its clause, or -1.
func (r *reading) verbBeforeIn(k int) int {
	c := r.clause[clauseOf(r.toks, r.clause, r.toks[k].Start)]
	for j := k - 1; j >= c.from; j-- {
		if r.verb(j) {
			return j
		}
	}
	return -1
}

// nearestEventNoun finds the event noun nearest the time in a sentence
// with no verb: "Battle of Verdun, 1916".
func (r *reading) nearestEventNoun(first, last int) int {
	best, dist := noTrigger, 0
	for k, t := range r.toks {
		if !t.word || r.inTime[k] || !r.eventNoun(k) {
			continue
		}
		d := first - k
		if k >= last {
			d = k - last
		}
		if best == noTrigger || d < dist {
			best, dist = k, d
		}
	}
	return best
}

// navigation reports whether the sentence is a menu or a breadcrumb trail:
// "Home | World | Elections 2024 | Sport".
func (r *reading) navigation() bool {
	return r.holds(navigationMarked) && navigationMarks(r.toks) >= 2
}

// marks are the classes the sentence holds among those that a rule needs
// a word of, and that many sentences lack: a navigation mark, a stamp's
// word, a relative word, "when", a copula. A rule asked of each time
// (navigation, stamp) or of each trigger (antecedentNoun, laterWhenVerb,
// mainOfWhenClause, copulaOf) would otherwise look for its word over many
// tokens of a sentence that has none.
type marks uint8

const (
	marksKnown marks = 1 << iota // the others are found
	navigationMarked
	stampMarked
	relativeMarked // a relative subject or "that" (relativeWord)
	whenMarked
	copulaMarked // "is", "was", "been": copulaOf looks back from each verb trigger for one
)

// holds reports whether the sentence has a word of the class m stands for.
func (r *reading) holds(m marks) bool {
	if r.marks == 0 {
		r.marks = r.findMarks()
	}
	return r.marks&m != 0
}

// findMarks reads the sentence's tokens eight at a time, then four, by the
// union of their classes. Only the classes asked of the union are read of
// it: for the compiler, the words of the sets that hold none of them are
// dead. It reads every token, and a round's step of the slice (five
// instructions) is paid once for eight tokens rather than twice.
func (r *reading) findMarks() marks {
	var all lex.Set
	toks := r.toks
	for ; len(toks) >= 8; toks = toks[8:] {
		c := toks[0].cls.Union(toks[1].cls).Union(toks[2].cls).Union(toks[3].cls)
		all = all.Union(c.Union(toks[4].cls).Union(toks[5].cls).Union(toks[6].cls).Union(toks[7].cls))
	}
	for ; len(toks) >= 4; toks = toks[4:] {
		all = all.Union(toks[0].cls.Union(toks[1].cls).Union(toks[2].cls).Union(toks[3].cls))
	}
	for i := range toks {
		all = all.Union(toks[i].cls)
	}
	m := marksKnown
	if all.Has(lex.NavigationMark) {
		m |= navigationMarked
	}
	if all.Has(lex.StampWord) {
		m |= stampMarked
	}
	if all.AnyBits(relativeOrThatBits&word0, relativeOrThatBits>>64&word0, relativeOrThatBits>>128) { // relativeWord, by two constant classes: see findMarks
		m |= relativeMarked
	}
	if all.Has(lex.WhenWord) {
		m |= whenMarked
	}
	if all.Has(lex.Copula) {
		m |= copulaMarked
	}
	return m
}

// navigationMarks counts the navigation marks among toks.
func navigationMarks(toks []token) int {
	n := 0
	for i := range toks {
		if toks[i].has(lex.NavigationMark) {
			n++
		}
	}
	return n
}

// mayOpenDateline is dateline's first test, asked where it is called: a
// time after the sentence's first word, which is one whose second byte is
// no lower-case letter. Most sentences open with a capital and a
// lower-case letter ("The"), and each call cost ~30 instructions to return.
func (r *reading) mayOpenDateline(first int) bool {
	if first == 0 || !r.word(0) {
		return false
	}
	w := r.toks[0].text
	return len(w) >= 2 && w[1]-'a' > 'z'-'a'
}

// dateline reports whether the time is the date of a dateline: it follows
// nothing but the place in capitals and commas at the start of the
// sentence, and a dash follows it, after the agency in brackets if any:
// "WASHINGTON, March 3, 2024 (AP) — ", "LONDON, Feb 7 (Reuters) - ".
//
// Most sentences open with a capital and a lower-case letter ("The"): a
// lower-case second byte settles them before upperCase is called.
func (r *reading) dateline(first, last int) bool {
	if first == 0 || !r.word(0) {
		return false
	}
	if w := r.toks[0].text; len(w) < 2 || w[1]-'a' <= 'z'-'a' || !upperCase(w) {
		return false // the place opens in capitals: "WASHINGTON", "CAGUAS, Puerto Rico"
	}
	for k := 0; k < first; k++ {
		t := r.toks[k]
		if t.word && (isLowerWord(t.text) || r.has(k, lex.FunctionWord) || r.has(k, lex.Connector)) ||
			!t.word && !r.has(k, lex.ClauseBreakMark) {
			return false
		}
	}
	k := last
	if k < len(r.toks) && r.toks[k].text == "(" {
		for k < len(r.toks) && r.toks[k].text != ")" && k-last < 6 {
			k++
		}
		k++
	}
	return k < len(r.toks) && (r.has(k, lex.DashMark) || r.toks[k].text == ":")
}

// stamp reports whether the time follows a publication stamp's word
// ("Published 6:15 a.m. ET, Jan. 12, 2025", "Updated: 14:05 GMT").
func (r *reading) stamp(first int) bool {
	if !r.holds(stampMarked) {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		if r.word(k) && !r.lower(k) && r.has(k, lex.StampWord) {
			return true
		}
	}
	return false
}

// nounState reports whether a time that says "at present" qualifies a
// noun with no verb of its own: "the naval barricade now in force",
// "Syrian troops now part of a multinational force", "soldiers now in
// Kuwait", and returns that noun, whose state the time dates; or whether
// it opens "now that", which gives a reason, not a time ("now that he is
// in a confrontation"), and returns noTrigger. Neither dates a happening.
// It is asked only of a time that says "at present" and names no day: a
// day ("left Pakistan today on orders from Washington", "apply for visas
// today at the embassy") dates what happened on it.
func (r *reading) nounState(first, last int) (int, bool) {
	if !r.saysPresent(first, last) {
		return noTrigger, false
	}
	n := last
	if r.has(n, lex.ThatWord) && r.lower(n) {
		return noTrigger, true
	}
	p := first - 1
	if p < 0 || !r.word(p) || r.inTime[p] || !(r.nounish(p) || r.capitalized(p) && !r.opens(p)) || r.verb(p) {
		return noTrigger, false
	}
	if r.has(n, lex.Preposition) && !r.inTime[n] || r.nounish(n) && !r.verb(n) && r.has(n+1, lex.Preposition) && !r.quantity(n+1) {
		// not before an amount: "the hospital currently houses about 40
		// patients" has a verb
		return p, true
	}
	return noTrigger, false
}

// saysPresent reports whether the time toks[first:last] says "at present".
func (r *reading) saysPresent(first, last int) bool {
	for k := first; k < last; k++ {
		if r.has(k, lex.PresentWord) {
			return true
		}
	}
	return false
}

// presentState reports whether a time that says "at present" ("now",
// "currently", "today") sits with a verb of state in the present tense:
// "Kuwait now controls a fifth of the oil", "The bridge is now closed".
// What happened recently ("has now annexed", "today announced") or is
// under way ("is now considering") stays an event.
func (r *reading) presentState(first, last, v int) bool {
	if !r.saysPresent(first, last) {
		return false
	}
	if p := r.prev(v); p >= 0 && (r.has(p, lex.BaseVerbAfter) || r.has(p, lex.InfinitiveMarker)) {
		return false // "would recommend today", "willing to talk today": no state of the present
	}
	if r.reportsNow(first, v) {
		return false
	}
	if r.has(v, lex.PastForm) || r.has(v, lex.ParticipleForm) {
		// a past tense, or a participle: past, passive or progressive by
		// the auxiliary before it
		aux := r.prev(v)
		if aux < 0 || !r.has(aux, lex.AuxiliaryOrModal) {
			return false // "today sought", "now holding the city": a happening
		}
		return r.has(aux, lex.Auxiliary) && !r.has(aux, lex.IrregularPast) && !r.has(v, lex.ParticipleForm) // "is now closed"
	}
	if r.has(v, lex.IrregularPast) {
		aux := r.prev(v)
		return aux >= 0 && r.has(aux, lex.Auxiliary) && !r.has(aux, lex.IrregularPast) // "is now shut"
	}
	return true // "controls", "has", "is"
}

// reportsNow reports whether the verb v, which a time that says "at
// present" dates, reports what someone says: "The State Department now
// says the talks will resume", "The real problem, U.S. officials now say,
// was ...". Saying it now is a report made at that time, labelled by what
// was said with the reporter kept apart as any report is; how things
// stand is what was said, which the time does not date. A reporting verb
// with a noun phrase for its object ("experts now predict a price war")
// says what they hold now, a state; so does what a time in a clause of
// its own qualifies ("For now, the State Department says, employees can
// offer only emergency service": for now, they can).
func (r *reading) reportsNow(first, v int) bool {
	if !r.has(v, lex.ReportingVerb) || r.has(v, lex.PastForm) || r.has(v, lex.IrregularPast) {
		return false
	}
	ci := clauseOf(r.toks, r.clause, r.toks[v].Start)
	if r.timeClause(first) != ci {
		return false
	}
	c := r.clause[ci]
	n := v + 1
	for n < c.to && (r.inTime[n] || r.modifier(n)) {
		n++
	}
	if n >= c.to {
		return c.from > 0 // "..., officials now say, was that": what was said is around it
	}
	_, ok, verb := r.reportedFrom(v, c)
	return ok && verb
}

// phraseHappening returns the word that names the happening of the phrase
// c, which follows "after" or "before" ("after his team was blocked",
// "before the shooting", "after the Asian crisis"): its first verb or
// event noun; -1 when it names none.
func (r *reading) phraseHappening(c clause) int {
	for k := c.from; k < c.to && k < len(r.toks); k++ {
		if r.inTime[k] {
			continue
		}
		if r.verb(k) || r.eventNoun(k) {
			return k
		}
	}
	return -1
}

// possessorsVerb returns, for a time written as a possessive before a noun
// that names no happening ("they said Friday's focus on the top-tier
// stocks telegraphed selling", "Sunday's newspaper reported"), the verb
// whose subject that noun is: the time is the noun's, and the noun's
// clause is what it dates. noTrigger when the time is no possessive or
// its noun is no verb's subject.
func (r *reading) possessorsVerb(m *timeline.Mention, last int) int {
	k := last
	switch {
	case k+1 < len(r.toks) && !r.toks[k].word && r.has(k+1, lex.PossessiveS):
		k += 2
	case !isPossessiveAfter(r.text, m.End):
		return noTrigger
	}
	head, _ := r.nounPhrase(k)
	if head < 0 {
		return noTrigger
	}
	if v := r.verbOfSubject(head); v >= 0 && r.verb(v) {
		return v
	}
	return noTrigger
}

// premodifiersVerb is possessorsVerb for a time between a determiner and
// the noun it qualifies: "your Oct. 23 Journal item recognized the
// money-fund concept", "the March 3 letter warned". The noun names no
// happening; the verb it is the subject of does. noTrigger otherwise.
func (r *reading) premodifiersVerb(first, last int) int {
	if !r.determiner(first-1) || r.has(first-1, lex.Preposition) || r.inTime[first-1] {
		return noTrigger
	}
	head, _ := r.nounPhrase(last)
	if head < last || r.eventNoun(head) {
		return noTrigger
	}
	if v := r.verbOfSubject(head); v >= 0 && r.verb(v) {
		return v
	}
	return noTrigger
}

// verbAfterTime returns the verb by its form that follows the time
// expression starting at token n ("a federal appeals court Thursday
// refused"), or -1.
//
// The tokens and time flags are read through locals, and the word's facts
// through one pointer: through r, each test reloaded the tokens and
// checked the index again (it is asked ~3,400 times a megabyte of news,
// nearly all by subjectsVerbAfter, once for each time nearestVerb reads).
func (r *reading) verbAfterTime(n int) int {
	toks, inTime := r.toks, r.inTime
	for n < len(toks) && inTime[n] {
		n++
	}
	if n < len(toks) && toks[n].mod {
		n++
	}
	if uint(n) >= uint(len(toks)) {
		return -1
	}
	if t := &toks[n]; t.lc && t.cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && !t.has(lex.FunctionWord) {
		return n
	}
	return -1
}

// opensSubject reports whether the noun phrase that ends at word p may be
// a subject: no verb stands before it in its clause, or a word that opens
// a clause ("after", "when", "that", "which") does between them. After
// "police found the man's body" a participle qualifies the body.
func (r *reading) opensSubject(p, from int) bool {
	for k := p; k >= from; k-- {
		switch {
		case r.has(k, lex.TemporalPreposition) || r.has(k, lex.ThatWord) || r.has(k, lex.RelativePronoun) || r.has(k, lex.WhenWord):
			return true
		case r.verb(k), r.eventNoun(k) && !r.inTime[k]:
			return false // a happening in the phrase is what the time qualifies: "the rescue off Florida's coast two months ago"
		}
	}
	return true
}

// presentVerbAfter reports whether word n, right after a time that says
// "at present" and its subject, is a verb in the present tense: "the
// mother now wants", "some experts now predict", "LIN now plans". Between
// a subject and "now" a lower-case word that ends as a verb does, or
// any content word after a plural or a name, is the verb.
func (r *reading) presentVerbAfter(first, n int) bool {
	p := first - 1
	if !r.word(p) || r.inTime[p] || !r.nounish(n) || !(r.nounish(p) || r.capitalized(p)) {
		return false
	}
	if r.has(n, lex.VerbEnding) {
		return true
	}
	return r.has(p, lex.SubjectPronoun) || r.capitalized(p) && !r.opens(p) || r.lower(p) && r.toks[p].plural()
}

// maxSubjectWords bounds the noun phrase verbAfterSubject passes over
// between a time and its verb: "the city's main art museum".
const maxSubjectWords = 6

// verbAfterSubject returns, for a time that says "at present" and opens
// its clause ("Today the museum houses more than 2,000 paintings",
// "Currently the group's holdings total 40 percent"), the verb of the
// clause it opens: after the subject's noun phrase, the word an object
// follows (an amount, a number, an article or a determiner). Such a word
// ends as a plural does ("houses", "number") and no other rule reads it
// as a verb: with the time before its subject, a noun there would leave
// the clause without one. noTrigger when the time opens no such clause.
func (r *reading) verbAfterSubject(first, last int) int {
	if !r.saysPresent(first, last) {
		return noTrigger
	}
	ci := r.timeClause(first)
	c := r.clause[ci]
	for k := c.from; k < first; k++ {
		if r.word(k) && !r.has(k, lex.PartOpener) && !r.has(k, lex.ClauseBreakWord) {
			return noTrigger // the time qualifies a word before it: "the museum today houses" is read elsewhere
		}
	}
	j := last
	if j < len(r.toks) && !r.toks[j].word && j+1 < len(r.toks) && (r.toks[j].text == "," || r.has(j, lex.ClauseBreakMark)) {
		j++ // "Today, the museum houses ..."
	}
	if r.determiner(j) && !r.has(j, lex.Quantifier) {
		j++
	}
	head := j // the subject's first noun
	for k := head; k < len(r.toks) && k < head+maxSubjectWords && r.word(k) && !r.inTime[k]; k++ {
		if !(r.nounish(k) || r.capitalized(k)) || r.verb(k) {
			return noTrigger // a verb the other rules read, or no noun phrase
		}
		if k == head || !r.lower(k) || r.has(k, lex.Possessive) {
			continue // the verb follows at least one noun; a name or a possessive is the subject's
		}
		n := k + 1
		if !r.word(n) || r.inTime[n] {
			return noTrigger
		}
		if r.has(n, lex.Quantifier) && r.quantity(n) || isAmount(r.toks[n].text) || r.has(n, lex.NumberWord) ||
			r.has(n, lex.Article) || r.determiner(n) && !r.has(n, lex.Quantifier) {
			return k
		}
	}
	return noTrigger
}

// takes reports whether the auxiliary a takes the participle v as its verb:
// an -ing form only after a form of "be" ("is considering"); after "has"
// or "had" it is a noun or an adjective ("had operating profit of $50
// million").
func (r *reading) takes(a, v int) bool {
	return !r.has(v, lex.ParticipleForm) || r.has(v, lex.PastForm) || r.has(v, lex.IrregularPast) || r.has(a, lex.BeForm)
}

// pronounBefore reports whether the determiner p stands for a noun of its
// own before the participle i, which no noun follows: "similar to those
// held here annually", "some injured in the blast". "the failed invasion",
// "his stolen car" and "those stolen cars" qualify the noun after them.
func (r *reading) pronounBefore(p, i int) bool {
	if p != i-1 || r.has(p, lex.Article) || r.has(p, lex.Possessive) || r.has(p, lex.PossessivePronoun) ||
		!r.toks[i].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) {
		return false
	}
	n := i + 1
	return n >= len(r.toks) || !r.toks[n].word || r.inTime[n] || r.has(n, lex.Preposition) || r.has(n, lex.PlaceAdverb)
}

// cleft returns, for a time that a cleft sentence puts first ("It was not
// until Tuesday that Castro revealed ...", "It was on Monday that the
// troops arrived"), the verb of the clause after "that": the copula only
// frames it. noTrigger otherwise.
func (r *reading) cleft(v, last int) int {
	if v < 0 || !r.has(v, lex.Copula) || last >= len(r.toks) || !r.has(last, lex.ThatWord) || !r.lower(last) {
		return noTrigger
	}
	if p := r.prev(v); p < 0 || !r.has(p, lex.SubjectPronoun) || r.has(p, lex.PersonPronoun) {
		return noTrigger
	}
	for k := last + 1; k < len(r.toks) && r.word(k); k++ {
		if !r.inTime[k] && r.verb(k) {
			return k
		}
	}
	return noTrigger
}
