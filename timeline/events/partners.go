package events

import "retrace/timeline/lex"

// A time dates a predicate, and a predicate may name more than one
// happening: "held talks on Sunday" (the holding and the talks), "Third-
// quarter profit rose 14 percent" (the profit and its rise), "began to fall
// apart in 2016" (the beginning and the falling apart). The trigger is one
// of those words; the others go with it (Event.With), so that the event is
// one item that knows all the words of its happening.

// partners returns the words of the predicate of trigger tr that name a
// happening besides it, appended to buf: for a verb, the verb it chains
// with ("agreed to pay", "began turning"), the event noun heading its
// object ("posted a loss", "wrapped up a round of talks") or its subject
// ("profit rose"), and the event noun of a phrase with no verb that holds
// the time ("In heavy trading Tuesday, shares fell"); for an event noun,
// the verb it is the subject of ("Third-quarter profit rose"), the light
// verb whose object it is ("reported third-quarter earnings") and a
// participle that follows it ("a bid launched last week"); and for either,
// the participle that ends the time's period ("the quarter ended Sept. 30").
func (r *reading) partners(tr int, noun bool, first, last int, buf []int) []int {
	// Most of the ~25 words asked of a verb are none (-1): that test is
	// all that is put in line at each, and the rest is a call.
	add := func(k int) {
		if k >= 0 {
			r.addPartner(&buf, tr, k)
		}
	}
	// the participle that ends the time's period: "for the quarter ended
	// Sept. 30", before Sept. 30 and after the quarter (two calls: a
	// range over a slice of the two cost some 40 instructions a call)
	if r.periodEnd(first - 1) {
		add(first - 1)
	}
	if r.periodEnd(last) {
		add(last)
	}
	if noun {
		if v := r.verbOfSubject(tr); v >= 0 {
			add(v)
			add(r.objectHead(v)) // "Results for that quarter included a write-down"
		}
		// the light verb whose object it is, when the time follows the
		// noun ("had a loss of $5.5 million for the quarter"); a time
		// before it names the noun alone ("reported a third-quarter
		// loss": the report came later)
		if v := r.objectOf(tr, r.clause[clauseOf(r.toks, r.clause, r.toks[tr].Start)].from); v >= 0 && r.has(v, lex.LightVerb) &&
			first > tr {
			add(v)
		}
		if n := tr + 1; r.lower(n) && !r.inTime[n] && r.toks[n].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && !r.has(n, lex.FunctionWord) {
			add(n) // "a takeover bid launched last week"
		}
		add(r.headOfPhrase(tr, first))
		if p := tr - 1; r.lower(p) && !r.inTime[p] && r.eventNoun(p) {
			add(p) // "the October 1998 shooting death": a happening that names the other
		}
		for _, k := range r.listedNouns(tr) {
			add(k) // "40 years of the blockade, armed invasions, sabotage and attempts"
		}
		if r.holds(whenMarked) {
			add(r.whenClauseVerb(last)) // "a campaign poster from 1989, when Solidarity won"
		}
		return buf
	}
	// Some rules are called only when the first test each makes passes
	// (the word after or before the verb, the time after the verb): most
	// calls of them returned -1 at once, after a call and the callee's
	// first lines read, mostly out of the instruction cache by then.
	var chainBuf [3]int
	chain := append(chainBuf[:0], tr)
	if r.has(tr+1, lex.InfinitiveMarker) || r.has(tr+1, lex.ParticipleForm) {
		if v := r.chainedAfter(tr); v >= 0 {
			add(v)
			chain = append(chain, v)
		}
	}
	if r.has(tr-1, lex.InfinitiveMarker) {
		if v := r.chainedBefore(tr); v >= 0 {
			add(v)
			chain = append(chain, v)
		}
	}
	if tr < first {
		if k := r.complementNoun(tr, first); k >= 0 {
			add(k)
		}
	}
	for _, v := range chain {
		if h := r.objectHead(v); h >= 0 {
			add(h)
			if r.eventNoun(h) {
				for _, k := range r.listedNouns(h) {
					add(k)
				}
			}
		}
		add(r.subjectPartner(v, first))
	}
	add(r.verblessPhraseNoun(first, tr))
	// The rules below that read a "when", a relative word or a copula are
	// called only for a sentence that has one (holds), though each asks
	// it first too: few sentences have a "when", and a call that returns
	// at once still reads the callee's code, most often out of the
	// instruction cache by then.
	when := r.holds(whenMarked)
	if when {
		if v := r.whenClauseVerb(last); v >= 0 {
			add(v)
			add(r.subjectHead(v)) // "Oct. 13, when Wall Street's plunge helped"
		}
		add(r.mainOfWhenClause(first))
	}
	if r.holds(relativeMarked) {
		add(r.antecedentNoun(tr))
	}
	if p := tr - 1; r.lower(tr) && r.toks[tr].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && r.lower(p) && !r.inTime[p] && r.eventNoun(p) {
		add(p) // "a long verbal attack read on Iraqi television Thursday"
	}
	// a state's subject: "The dividend increase was Du Pont's second this
	// year", "net income was $2.1 million"
	if r.holds(copulaMarked) {
		if c := r.copulaOf(tr); c >= 0 {
			add(r.subjectOf(c))
		}
	}
	if when {
		add(r.laterWhenVerb(tr, last))
	}
	if tr+2 < first {
		add(r.qualifyingParticiple(tr, first))
	}
	// the happening the time follows directly: "shares rose in early
	// trading yesterday"
	if k := first - 1; k > tr && r.lower(k) && !r.inTime[k] &&
		(r.eventNoun(k) || r.has(k, lex.ParticipleForm) && !r.has(k, lex.IngNotVerb) && !r.verb(k)) {
		add(k)
	}
	return buf
}

// addPartner appends word k to *buf, the partners of trigger tr, unless it
// is tr, part of a time, or there already. It is out of line: put in line
// at each of partners' ~30 calls of add, it made up half of partners' 9 KB
// of code, which a call reads in large part (some 40 instruction-cache
// misses a call, ~3,500 calls a megabyte of news), and few words pass
// partners' test k >= 0 to come here. buf is passed by its address, so
// that partners keeps it in memory rather than moving the slice's three
// words between registers and the stack around each call.
//
//go:noinline
func (r *reading) addPartner(buf *[]int, tr, k int) {
	if k == tr || r.inTime[k] {
		return
	}
	for _, b := range *buf {
		if b == k {
			return
		}
	}
	*buf = append(*buf, k)
}

// mainOfWhenClause returns, for a time in a clause that opens with "when"
// ("73 soldiers were killed when two helicopters crashed last February"),
// the verb of the clause it tells the time of; -1 otherwise.
func (r *reading) mainOfWhenClause(first int) int {
	if !r.holds(whenMarked) {
		return -1
	}
	ci := r.timeClause(first)
	c := r.clause[ci]
	if ci == 0 || !r.has(c.from, lex.WhenWord) {
		return -1
	}
	for k := c.from - 1; k >= r.clause[ci-1].from; k-- {
		if r.verb(k) {
			if r.has(k, lex.Copula) {
				return -1
			}
			return k
		}
	}
	return -1
}

// whenClauseVerb returns the verb of a clause that tells what happened at
// the time ending before token last: "in 1983, when the mills closed";
// -1 when none follows.
func (r *reading) whenClauseVerb(last int) int {
	if !r.holds(whenMarked) { // partners asks it of every trigger's time
		return -1
	}
	k := last
	if k < len(r.toks) && r.toks[k].text == "," {
		k++
	}
	if !r.has(k, lex.WhenWord) || !r.lower(k) {
		return -1
	}
	for j := k + 1; j < len(r.toks) && r.word(j); j++ {
		if !r.inTime[j] && r.verb(j) {
			return j
		}
	}
	return -1
}

// chainedAfter returns the verb that verb v chains with after it: an
// infinitive ("agreed to pay", "began to fall") or a participle ("began
// turning out"), or -1.
func (r *reading) chainedAfter(v int) int {
	n := v + 1
	if r.has(n, lex.InfinitiveMarker) && r.lower(n+1) && !r.inTime[n+1] && r.verb(n+1) {
		return n + 1
	}
	if r.lower(n) && !r.inTime[n] && r.has(n, lex.ParticipleForm) && !r.has(n, lex.IngNotVerb) && r.verb(n) {
		return n
	}
	return -1
}

// chainedBefore returns the word whose infinitive verb v is: a verb
// ("voted to support", "invited Sinn Fein to rejoin") or the adjective of
// a copula ("weren't available to comment"); -1 when none.
func (r *reading) chainedBefore(v int) int {
	p := v - 1
	if !r.has(p, lex.InfinitiveMarker) || !r.word(p-1) || r.inTime[p-1] {
		return -1
	}
	if !r.has(p-1, lex.Copula) && r.verb(p-1) {
		return p - 1
	}
	if a := p - 1; r.nounish(a) {
		for c := a - 1; c >= 0 && r.word(c) && !r.inTime[c]; c-- {
			if r.has(c, lex.Copula) {
				return a // "weren't available to comment", "is likely to rise"
			}
			if !r.modifier(c) {
				break
			}
		}
	}
	// the verb's object stands between: a name or a pronoun, a few words
	for k := p - 1; k >= 0 && k >= p-4 && r.word(k) && !r.inTime[k]; k-- {
		if !r.has(k, lex.Copula) && r.verb(k) {
			if k < p-1 && (!r.lower(k+1) || r.has(k+1, lex.SubjectPronoun) || r.determiner(k+1)) {
				return k
			}
			return -1
		}
		if r.has(k, lex.Preposition) || r.has(k, lex.FunctionWord) && !r.determiner(k) {
			return -1
		}
	}
	return -1
}

// complementNoun returns the event noun nearest before the time that
// completes verb v ("filed for bankruptcy in 2001": "bankruptcy"), -1 when
// none does.
func (r *reading) complementNoun(v, first int) int {
	if v >= first {
		return -1
	}
	for k := first - 1; k > v; k-- {
		if !r.inTime[k] && r.lower(k) && r.eventNoun(k) {
			if r.complementOf(k, v) == v || r.objectOf(k, v) == v {
				return k
			}
			return -1
		}
	}
	return -1
}

// objectHead returns the event noun heading the object of verb v: "posted
// a $41 million loss", "held talks", "wrapped up a fourth round of talks";
// -1 when the object names no happening.
func (r *reading) objectHead(v int) int {
	k := v + 1
	if r.particle(k) {
		k++ // "wrapped up", "shut down"
	}
	h, end := r.nounPhrase(k)
	if h < 0 {
		return -1
	}
	if r.eventNoun(h) || r.has(h, lex.ParticipleForm) && !r.has(h, lex.IngNotVerb) {
		return h // "a net loss", "had a falling out"
	}
	if r.has(end, lex.OfWord) { // "a round of talks", "part of a broad investigation"
		if h2, _ := r.nounPhrase(end + 1); h2 >= 0 && r.actionNoun(h2) {
			return h2
		}
	}
	return -1
}

// subjectPartner returns the event noun heading the subject of verb v
// (subjectHead) when it goes with v for a time that starts at token first:
// when v tells how much something changed (changes), or the subject stands
// at most four words before the time; -1 otherwise. The subject comes
// before the verb, so it can stand there only when the verb does too, or
// after: a verb further before its time is settled without reading its
// subject (subjectOf reads back over the words before the verb, asking
// verb and eventNoun of them).
func (r *reading) subjectPartner(v, first int) int {
	if v <= first-4 && !r.changes(v) {
		return -1
	}
	// changes, which reads the words after the verb for an amount, is
	// asked only when the answer turns on it
	if s := r.subjectHead(v); s < 0 || s < first && s >= first-4 || r.changes(v) {
		return s // -1 when there is no subject
	}
	return -1
}

// subjectHead returns the event noun heading the subject of verb v when it
// stands right before v's verb group ("profit rose", "sales have
// dropped"), or -1.
func (r *reading) subjectHead(v int) int {
	if r.has(v, lex.Copula) || r.has(v, lex.ReportingVerb) {
		return -1
	}
	return r.subjectOf(v)
}

// subjectOf returns the event noun heading the subject of verb v, a copula
// too, or -1.
func (r *reading) subjectOf(v int) int {
	k := v - 1
	for k >= 0 && r.word(k) && (r.modifier(k) || r.has(k, lex.AuxiliaryOrModal) || r.has(k, lex.BaseVerbAfter)) && !r.inTime[k] {
		k--
	}
	// past a phrase that qualifies the subject: "its net loss for the
	// third quarter narrowed"
	j := k
	for j >= 0 && r.wordOrTime(j) && (r.inTime[j] || r.nounish(j) || r.determiner(j) && !r.has(j, lex.Preposition)) {
		j--
	}
	if j < k && j > 0 && r.has(j, lex.Preposition) && !r.inTime[j] {
		k = j - 1
	}
	if j == k {
		// a name in the phrase: "growth in the U.S. has not met"
		for j >= 0 && r.wordOrTime(j) && (r.inTime[j] || r.nounish(j) || r.determiner(j) && !r.has(j, lex.Preposition) ||
			r.capitalized(j) && !r.opens(j)) {
			j--
		}
		if j < k && j > 0 && r.has(j, lex.Preposition) && !r.inTime[j] {
			k = j - 1
		}
	}
	if k < 0 || !r.word(k) || r.inTime[k] || !r.nounish(k) || !r.eventNoun(k) || r.verb(k) {
		return -1
	}
	return k
}

// headOfPhrase returns, for an event noun k in a phrase that completes
// another event noun, that noun: "a 77% drop in third-quarter net income",
// "a surge of growth"; -1 otherwise.
func (r *reading) headOfPhrase(k, first int) int {
	j := k - 1
	for j >= 0 && r.wordOrTime(j) && (r.inTime[j] || r.nounish(j) || r.determiner(j) && !r.has(j, lex.Preposition) ||
		r.has(j, lex.Possessive)) {
		j--
	}
	if j < 1 || !(r.has(j, lex.OfWord) || r.has(j, lex.PlacePreposition)) || r.inTime[j] {
		return -1
	}
	h := j - 1
	if !r.lower(h) || r.inTime[h] || !r.eventNoun(h) || h == k {
		return -1
	}
	// the head noun heads its own phrase, not one inside another ("the
	// impact of the earthquake on fourth-quarter results")
	s := h - 1
	for s >= 0 && r.wordOrTime(s) && (r.nounish(s) || r.determiner(s) && !r.has(s, lex.Preposition) || isAmount(r.toks[s].text)) {
		s--
	}
	if s >= 0 && r.has(s, lex.OfWord) {
		return -1
	}
	return h
}

// copulaOf returns the copula whose predicate word k is, k itself when it
// is one, or -1: "was $2.1 million", "was Du Pont's second".
func (r *reading) copulaOf(k int) int {
	if !r.holds(copulaMarked) {
		return -1
	}
	if r.has(k, lex.Copula) {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-4 && r.wordOrTime(j); j-- {
		switch {
		case r.has(j, lex.Copula):
			return j
		case r.inTime[j] || r.modifier(j) || r.determiner(j) && !r.has(j, lex.Preposition) || isAmount(r.toks[j].text) ||
			r.nounish(j) || r.capitalOrNumber(j): // not an amount: no number
		default:
			return -1
		}
	}
	return -1
}

// laterWhenVerb returns the verb of a "when" clause that follows verb v's
// clause and tells what happened at its time: "a policeman is killed when a
// bomb explodes"; -1 when none does.
func (r *reading) laterWhenVerb(v, last int) int {
	if v < 0 || r.has(v, lex.Copula) || r.has(v, lex.ReportingVerb) || !r.holds(whenMarked) {
		return -1
	}
	// The words up to the "when" must hold no verb. The "when" is looked
	// for first, by the words' classes, and the verbs asked only then:
	// most scans end at a mark with no "when" before it, and a word's
	// verb is dear to work out the first time. The answer is the same as
	// asking each word in turn, as verb's answers do not depend on the
	// order they are asked in (verbAt asks only of the words before it).
	from := max(v, last) + 1
	for k := from; k < len(r.toks); k++ {
		if r.has(k, lex.WhenWord) && r.lower(k) {
			if r.verbIn(clause{from, k}) {
				return -1
			}
			return r.whenClauseVerb(k)
		}
		if !r.wordOrTime(k) && r.toks[k].text != "," {
			return -1
		}
	}
	return -1
}

// qualifyingParticiple returns a participle between verb v and the time
// that qualifies the noun before it: "buy all shares tendered by
// shareholders ... from today through Nov. 17"; -1 when none does.
func (r *reading) qualifyingParticiple(v, first int) int {
	for k := v + 2; k < first; k++ {
		if r.lower(k) && r.toks[k].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && r.nounish(k-1) && r.has(k+1, lex.Preposition) && !r.verb(k) {
			return k
		}
	}
	return -1
}

// changes reports whether verb v tells how much something changed or came
// to: an amount follows it, straight or after a preposition ("profit rose
// 14%", "sales dropped to $1.27 billion", "losses totaled $212 million").
// Its subject is then the happening as much as the verb is.
func (r *reading) changes(v int) bool {
	n := v + 1
	for n < len(r.toks) && r.word(n) && (r.modifier(n) || r.particle(n)) {
		n++
	}
	if r.has(n, lex.Preposition) || r.determiner(n) && !r.has(n, lex.Preposition) {
		n++
	}
	return n < len(r.toks) && r.word(n) && isAmount(r.toks[n].text)
}

// antecedentNoun returns, for a verb v of a relative clause, the event
// noun the clause follows: "at closing, which is expected in December",
// "the recapitalization that took place in 1988"; -1 otherwise.
func (r *reading) antecedentNoun(v int) int {
	// The words back to the relative word must hold no verb: as in
	// laterWhenVerb, the word is looked for first and the verbs asked
	// only of the words from it to v.
	if !r.holds(relativeMarked) {
		return -1
	}
	for j := v - 1; j > 0; j-- {
		if !r.word(j) && r.toks[j].text != "," {
			return -1
		}
		if relativeWord(r.toks[j].cls) && r.relativeSubject(j) {
			if r.verbIn(clause{j, v}) {
				return -1
			}
			a := j - 1
			if a > 0 && !r.word(a) {
				a-- // ", which"
			}
			if r.lower(a) && !r.inTime[a] && r.actionNoun(a) {
				return a
			}
			return -1
		}
	}
	return -1
}

// verbOfSubject returns the verb whose subject the event noun k heads, when
// the verb follows the noun phrase directly or past one phrase that
// qualifies it ("Third-quarter sales dropped", "Friday's trading volume
// totaled", "Net income for the quarter declined"); -1 when none does, or
// the verb only links the noun to what it is or reports it.
func (r *reading) verbOfSubject(k int) int {
	j := k + 1
	for r.wordOrTime(j) && (r.inTime[j] || r.nounish(j) && !r.verb(j)) {
		j++ // "trading volume"
	}
	if r.has(j, lex.Preposition) && !r.has(j, lex.OfWord) {
		if _, end := r.nounPhrase(j + 1); end > j+1 {
			j = end
		}
	}
	for r.wordOrTime(j) && (r.inTime[j] || r.modifier(j) || r.has(j, lex.AuxiliaryOrModal) && !r.verb(j) || r.periodEnd(j)) {
		j++
	}
	if !r.word(j) || !r.lower(j) || !r.verb(j) || r.has(j, lex.ReportingVerb) {
		return -1
	}
	if r.has(j, lex.Copula) {
		// what the subject was: "third-quarter earnings will be lower",
		// "haven't been very good"
		n := r.next(j)
		if n >= 0 && r.has(n, lex.Determiner) && !r.has(n, lex.Article) && !r.has(n, lex.Preposition) && r.nounish(n+1) {
			n++ // "very good"
		}
		if n >= 0 && r.nounish(n) && !r.eventNoun(n) && !r.has(n, lex.Determiner) && !r.inTime[n] {
			return n
		}
		return -1
	}
	return j
}

// verblessPhraseNoun returns, for a time in a phrase with no verb of its
// own that opens or closes the sentence ("In heavy trading on the Nasdaq
// Tuesday, shares fell"), the happening that phrase names: its event noun
// or -ing noun nearest before the time; -1 otherwise. tr is the time's
// trigger.
func (r *reading) verblessPhraseNoun(first, tr int) int {
	ci := r.timeClause(first)
	c := r.clause[ci]
	// The trigger is most often a verb of the time's clause, and known to
	// be one already: then the clause's other words need not be asked.
	if tr >= c.from && tr < c.to && r.verb(tr) || r.verbIn(c) {
		return -1
	}
	return r.phraseNoun(ci, first)
}

// phraseNoun is verblessPhraseNoun once the time's clause ci is known to
// have no verb.
func (r *reading) phraseNoun(ci, first int) int {
	c := r.clause[ci]
	for k := first - 1; k >= c.from; k-- {
		if r.inTime[k] || !r.lower(k) {
			continue
		}
		if r.eventNoun(k) || r.has(k, lex.ParticipleForm) && !r.has(k, lex.IngNotVerb) {
			return k
		}
	}
	// "posted a loss of $2.3 million, or 68 cents a share, versus net
	// income of $5.3 million, or $1.61 a share, a year earlier": the
	// phrases before it that have no verb either
	for cj := ci - 1; cj >= 0 && !r.verbIn(r.clause[cj]); cj-- {
		for k := r.clause[cj].to - 1; k >= r.clause[cj].from; k-- {
			if !r.inTime[k] && r.lower(k) && r.eventNoun(k) {
				return k
			}
		}
	}
	return -1
}

// wordOrTime reports whether token k is a word or part of a time
// expression ("Oct." arrives as "Oct" and ".").
func (r *reading) wordOrTime(k int) bool {
	return k >= 0 && k < len(r.toks) && (r.toks[k].word || r.inTime[k])
}

// particle reports whether word k is a verb's particle: "up" in "wrapped
// up", "down" in "shut down".
func (r *reading) particle(k int) bool {
	return r.lower(k) && !r.inTime[k] && r.toks[k].cls.MaskedIs(particleOrNotBits&word0, particleOrNotBits>>64&word0, particleOrNotBits>>128,
		particleBits&word0, particleBits>>64&word0, particleBits>>128)
}

// nounPhrase reads the noun phrase starting at word k: determiners,
// possessives, numbers and amounts, times and the adjectives and nouns
// before its head. It returns the head (its last lower-case noun, -1 when
// there is none) and the token after the phrase.
//
// The word's classes are read of its token, which wordOrTime has found in
// the sentence, and a determiner or a quantifier that is no preposition is
// one test of a set (phraseOpenersBits): asked as determiner and Has of the
// word's place, each class checked that place again (945 K instructions
// on 1 MB of news, 775 K so).
func (r *reading) nounPhrase(k int) (head, end int) {
	head = -1
	for ; r.wordOrTime(k); k++ {
		t := &r.toks[k]
		switch {
		case r.inTime[k], r.periodEnd(k), isAmount(t.text), t.cls.AnyBits(phraseOpenersBits&word0, phraseOpenersBits>>64&word0, phraseOpenersBits>>128) && !t.has(lex.Preposition), // a number is an amount
			t.has(lex.ComparisonWord) && r.has(k-1, lex.Quantifier):
			// "more than eight thousand reports"
		case r.nounish(k) && !r.verb(k):
			head = k
		case !t.lc && !t.has(lex.FunctionWord) && !r.opens(k):
			// a name inside the phrase ("the Gaza aid flotilla")
		default:
			return head, k
		}
	}
	return head, k
}

// listedNouns returns the nouns listed after the event noun k, joined
// to it by commas and a last "and" or "or" ("the blockade, armed
// invasions, sabotage and attempts"): one time dates them all. Each item
// is a short noun phrase of lower-case words headed by its last; the list
// ends at anything else.
func (r *reading) listedNouns(k int) []int {
	var out []int
	j := k + 1
	for len(out) < 4 {
		comma := j < len(r.toks) && r.toks[j].text == ","
		if comma {
			j++
		}
		if r.has(j, lex.PartOpener) && r.lower(j) && !r.has(j, lex.Preposition) {
			j++
		} else if !comma {
			break
		}
		head, end := -1, j
		for ; end < len(r.toks) && end < j+3 && r.lower(end) && !r.inTime[end] && !r.has(end, lex.FunctionWord) &&
			!r.has(end, lex.Preposition) && !r.has(end, lex.PartOpener); end++ {
			head = end // "armed invasions": the last word heads the item
		}
		if head < 0 || !r.nounish(head) || r.verb(head) && !r.eventNoun(head) {
			break // a noun coordinated with a happening names one too: "sabotage"
		}
		out = append(out, head)
		j = end
	}
	return out
}
