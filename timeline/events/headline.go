package events

import (
	"strings"

	"retrace/timeline/lex"
)

// triggerLabel writes the headline of the event whose trigger is token tr
// of clause ci, and who reported it when the label leaves a reporting
// clause out:
//   - an event noun that is not its clause's subject stands alone, with
//     what it is of, in or on: "Raid on flotilla", "Battle of Verdun";
//   - a report ("The Pentagon said on Tuesday that Iraq had moved two
//     divisions", "Officials said the factory closed") is labelled with
//     what was reported, the reporter kept apart;
//   - any other event is labelled by its clause (clauseLabel).
func (b *builder) triggerLabel(rd *reading, tr int, noun bool, ci int, drop []bool, clauseLabel func(int) string) (label, reporter string) {
	if !noun && rd.has(tr-1, lex.InfinitiveMarker) && rd.chosenInfinitive(tr) {
		// an infinitive that says what a noun is for ("chose Saturday
		// night as the time to start the offensive") names its
		// happening by itself: "Start offensive"
		c := rd.clause[ci]
		if ws := b.labelWords(rd.toks[tr:c.to], drop[tr:c.to]); hasContentWords(ws, 2) {
			return b.joinLabel(ws), ""
		}
	}
	if noun && !rd.subject(tr, ci) {
		if l := b.nounLabel(rd, tr, drop); l != "" {
			return l, ""
		}
	}
	// reportedLabel's first test, asked here: most triggers have no
	// reporting verb at or before them in their clause (~3 of 4), and the
	// call cost some 40 instructions to say so. Its search for the verb
	// starts at the last one found, as it would come to it.
	if rv := rd.lastReporting(tr, rd.clause[ci].from); rv >= 0 {
		if l, who := b.reportedLabel(rd, rv, ci, drop); l != "" {
			return l, who
		}
	}
	return clauseLabel(ci), ""
}

// lastReporting returns the last token from tr back to from that is
// listed as a reporting verb, or -1 when none is.
func (rd *reading) lastReporting(tr, from int) int {
	for k := tr; k >= from; k-- {
		if rd.has(k, lex.ReportingVerb) {
			return k
		}
	}
	return -1
}

// labelMarks returns room for n marks of the tokens a label leaves out,
// which the caller sets, every one: the builder's, reused from one label
// to the next (labelWords keeps none).
func (b *builder) labelMarks(n int) []bool {
	if cap(b.marks) < n {
		b.marks = make([]bool, n)
	}
	return b.marks[:n]
}

// subject reports whether token k heads the subject of clause ci: no verb
// or preposition comes before it in the clause and a verb comes after. In
// "Survivors of the 1985 earthquake gathered" the earthquake is not the
// subject's head, and stands alone.
func (rd *reading) subject(k, ci int) bool {
	c := rd.clause[ci]
	for j := c.from; j < k; j++ {
		if rd.verb(j) || rd.has(j, lex.Preposition) && !rd.inTime[j] {
			return false
		}
	}
	for j := k + 1; j < c.to; j++ {
		if rd.verb(j) {
			return true
		}
	}
	// "The attacks of Sept. 11, 2001, changed the city": the predicate
	// opens the next clause.
	return ci+1 < len(rd.clause) && rd.verb(rd.clause[ci+1].from)
}

// maxNounPhraseTail bounds the words after a preposition that a noun
// event's label keeps: "Raid on the Gaza aid flotilla".
const maxNounPhraseTail = 4

// nounLabel labels an event noun by its noun phrase: the noun with the
// words that qualify it before it (up to its determiner) and one phrase
// after it ("of Verdun", "on the flotilla"). Time expressions are dropped
// as in every label, and so is a time that premodifies the noun.
func (b *builder) nounLabel(rd *reading, k int, drop []bool) string {
	from := k
	for from > 0 && (rd.inTime[from-1] || rd.word(from-1) && !rd.has(from-1, lex.Determiner) && !rd.has(from-1, lex.Article) &&
		!rd.has(from-1, lex.Preposition) && !rd.verb(from-1) && !rd.has(from-1, lex.FunctionWord)) {
		from--
	}
	to := k + 1
	for pps := 0; pps < 2 && rd.has(to, lex.Preposition) && !rd.inTime[to]; pps++ {
		end := to + 1
		for end < len(rd.toks) && rd.word(end) && !rd.verb(end) && !(rd.has(end, lex.Preposition) && !rd.inTime[end]) &&
			(end-to <= maxNounPhraseTail || !rd.lower(end)) { // a name is kept whole: "to Kim Jong Un"
			end++
		}
		if end == to+1 || pps == 1 && end-k > maxNounPhraseTail+4 {
			break // a second phrase only when the label stays short: "Cease-fire of the war with Iran"
		}
		to = end
		if !rd.has(k+1, lex.OfWord) {
			break // "Raid on the flotilla", not what follows
		}
	}
	// Time expressions go, as in every label, unless one is a possessive
	// ("Putin's New Year's greeting"), or the noun would stand alone
	// without it ("1990s boom", "Protests of June 1989").
	keep := func(i int) bool {
		j := i
		for j < to && rd.inTime[j] {
			j++
		}
		return j+1 < len(rd.toks) && !rd.toks[j].word && rd.has(j+1, lex.PossessiveS)
	}
	own := b.labelMarks(to - from)
	for i := from; i < to; i++ {
		// a span written as an adjective names the thing: "the
		// eight-year war", "the two-week crisis"
		adjective := rd.inTime[i] && i != k && strings.IndexByte(rd.toks[i].text, '-') > 0 && rd.lower(i+1) && !rd.inTime[i+1] &&
			i > k
		own[i-from] = drop[i] && !adjective || rd.inTime[i] && !keep(i) && !adjective
	}
	ws := b.labelWords(rd.toks[from:to], own)
	if contentWords(ws) == 1 && len(ws) == 1 {
		// keep a time before the noun, or one it is of; not one after a
		// preposition ("Bombing", not "Bombing in 1988")
		for i := from; i < to; i++ {
			own[i-from] = !rd.toks[i].word || i > k && !rd.has(k+1, lex.OfWord)
		}
		ws = b.labelWords(rd.toks[from:to], own)
	}
	if !hasContentWords(ws, 1) {
		return ""
	}
	return b.joinLabel(ws)
}

// reportedLabel labels an event reported in a clause such as "X said
// (that) Y" with Y, and returns X: the happening is the news, and the
// reporter is kept for the hover card. The reporting verb is the nearest
// one at or before the trigger in its clause; what was reported runs from
// after it to the end of the clause and must say something (two content
// words and a verb), else there is nothing to label this way.
func (b *builder) reportedLabel(rd *reading, tr, ci int, drop []bool) (label, reporter string) {
	c := rd.clause[ci]
	rv := -1
	for k := tr; k >= c.from; k-- {
		if rd.has(k, lex.ReportingVerb) && rd.verb(k) {
			if p := rd.prev(k); p >= 0 && rd.has(p, lex.Copula) {
				continue // "was declared effective": a passive, no one's report
			}
			rv = k
			break
		}
	}
	if rv < 0 {
		return "", ""
	}
	if rv == c.from && (ci == 0 || rd.verbIn(rd.clause[0])) {
		return "", "" // nobody to name as the reporter
	}
	from, ok, verb := rd.reportedFrom(rv, c)
	if !ok {
		return "", ""
	}
	to := c.to
	if !verb {
		// "confirmed reports that a fourth aircraft carrier -- the John
		// F. Kennedy -- and its group of ships could head for the
		// Middle East": past a phrase set off by dashes or commas. What
		// was reported holds a verb only when a clause after it does,
		// and then runs on to its end: whether it holds one is not asked
		// again of its words.
		for cj := ci + 1; ; cj++ {
			if cj == len(rd.clause) {
				return "", ""
			}
			if rd.verbIn(rd.clause[cj]) {
				to = rd.clause[cj].to
				break
			}
			if !rd.appositive(cj) {
				return "", ""
			}
		}
	}
	keep := b.reportedMarks(rd, drop, c, from, to)
	ws := b.labelWords(rd.toks[from:to], keep)
	if !hasContentWords(ws, 2) {
		return "", ""
	}
	// who reported it: the clause's words before the verb, or, when the
	// verb opens its clause ("The Iraqi leader, in an initiative ...,
	// announced"), the sentence's opening noun phrase
	var who []word
	if rv > c.from {
		who = b.labelWords(rd.toks[c.from:rv], drop[c.from:rv])
	} else {
		first := rd.clause[0]
		who = b.labelWords(rd.toks[first.from:first.to], drop[first.from:first.to])
	}
	if len(who) == 0 {
		return "", ""
	}
	named := who
	who = subjectHead(who)
	switch {
	case len(ws) > 0 && ws[0].has(lex.SubjectPronoun) && len(who) > 0 && !who[0].has(lex.SubjectPronoun):
		// "Sun Microsystems said it will cut 3,000 jobs": the pronoun
		// is the reporter, whom the headline names
		ws = capWords(b.concatWords(who, ws[1:]))
	case len(ws) > 1 && ws[0].has(lex.PossessivePronoun) && len(named) > 0 && !named[len(named)-1].isLower():
		// "Bangladesh said its troops would join": Bangladesh's troops
		name := named[len(named)-1]
		ws = capWords(append([]word{b.newWord(name.text + "'s")}, ws[1:]...))
	}
	return b.joinLabel(ws), b.joinLabel(who)
}

// reportedFrom returns where what was reported begins after the reporting
// verb rv in clause c: past "that" ("told a news conference that ..."), past
// a report inside the report ("said King Hussein assured him Jordan would
// close ...": what Jordan would do), past the time. ok is false when an
// addressee verb has no "that" ("told reporters") or nothing follows.
// verb is whether what was reported, from to c.to, holds a verb, as
// rd.verbIn(clause{from, c.to}) says: reportedLabel and reportsNow ask
// it, and the search for the report inside the report has found its
// first verb already, where verbIn read its words again.
func (rd *reading) reportedFrom(rv int, c clause) (from int, ok, verb bool) {
	addressee := rd.has(rv, lex.AddresseeVerb) // "told reporters ...": what was told follows "that", if anything
	from = rv + 1
	that := false
	first := c.to // the first verb after rv, when no "that" comes before it (c.to: none)
	for k := from; k < c.to; k++ {
		if rd.verb(k) {
			first = k
			break
		}
		if rd.has(k, lex.ThatWord) {
			from, that = k+1, true // "told a news conference that ...": what was told follows "that"
			break
		}
	}
	if addressee && !that {
		return 0, false, false
	}
	for from < c.to && (rd.inTime[from] || rd.has(from, lex.ThatWord) || !rd.toks[from].word) {
		from++
	}
	// a report inside the report: its verb is the first verb of what was
	// reported, and a clause with its own verb follows it. That verb is
	// first, found above, unless a "that" came before any verb or the
	// time and marks passed over reach past first: the verbs before first
	// are not asked again. k is then the first verb from from on (c.to:
	// none), as verb says.
	k := first
	if that || from > first {
		k = from
		for k < c.to && !rd.verb(k) {
			k++
		}
	}
	if k < c.to && (rd.has(k, lex.ReportingVerb) || rd.has(k, lex.AddresseeVerb)) && k > from {
		n := k + 1
		for n < c.to && rd.lower(n) && (rd.has(n, lex.VerbObjectStart) && !rd.determiner(n) && !rd.has(n, lex.Preposition) ||
			rd.has(n, lex.ThatWord)) {
			n++ // "assured him", "said that"
		}
		if n > k+1 && rd.verbIn(clause{n, c.to}) {
			return n, true, true // n < c.to: a verb follows it
		}
	}
	return from, from < c.to, k < c.to
}

// verbIn reports whether tokens c hold a verb.
func (rd *reading) verbIn(c clause) bool {
	for k := c.from; k < c.to; k++ {
		if rd.verb(k) {
			return true
		}
	}
	return false
}

// appositive reports whether clause ci only names again what comes before
// it, set off by commas or dashes: no verb, and it opens with an article,
// a determiner or a name ("-- the John F. Kennedy --", ", a former deputy
// secretary-general of the United Nations,").
func (rd *reading) appositive(ci int) bool {
	c := rd.clause[ci]
	if ci == 0 || c.from >= c.to || rd.verbIn(c) {
		return false
	}
	k := c.from
	return rd.has(k, lex.Article) || rd.determiner(k) && !rd.has(k, lex.Preposition) || rd.capitalized(k)
}

// reportedMarks returns the marks of the tokens from:to that reportedLabel
// leaves out of what was reported in clause c, which runs on to the clause
// that ends at to: those drop marks, and the appositives between the two.
// The marks are copied, and the appositives found once, not token by
// token.
func (b *builder) reportedMarks(rd *reading, drop []bool, c clause, from, to int) []bool {
	marks := b.labelMarks(to - from)
	copy(marks, drop[from:to])
	if to > c.to {
		last := rd.clause[clauseOf(rd.toks, rd.clause, rd.toks[to-1].Start)]
		for k := c.to; k < last.from; k++ {
			marks[k-from] = true
		}
	}
	return marks
}

// subjectHead shortens a reporter to its head: its words before the first
// preposition after the first word, unless a name goes on ("Bank of
// America"), and without a closing auxiliary ("commanders in charge of
// planning have" -> "commanders").
func subjectHead(ws []word) []word {
	for len(ws) > 1 && ws[len(ws)-1].isLower() && ws[len(ws)-1].cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) {
		ws = ws[:len(ws)-1]
	}
	for i := 1; i < len(ws); i++ {
		if ws[i].written(lex.Preposition) && !(i+1 < len(ws) && !ws[i+1].isLower() && !ws[i-1].isLower()) {
			return ws[:i:i]
		}
	}
	return ws
}
