package events

import "retrace/timeline/lex"

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
	if noun && !rd.subject(tr, ci) {
		if l := b.nounLabel(rd, tr, drop); l != "" {
			return l, ""
		}
	}
	if l, who := b.reportedLabel(rd, tr, ci, drop); l != "" {
		return l, who
	}
	return clauseLabel(ci), ""
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
	if rd.has(to, lex.Preposition) && !rd.inTime[to] {
		end := to + 1
		for end < len(rd.toks) && rd.word(end) && !rd.verb(end) && !(rd.has(end, lex.Preposition) && !rd.inTime[end]) &&
			(end-to <= maxNounPhraseTail || !rd.lower(end)) { // a name is kept whole: "to Kim Jong Un"
			end++
		}
		if end > to+1 {
			to = end
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
	own := make([]bool, to-from)
	for i := from; i < to; i++ {
		own[i-from] = drop[i] || rd.inTime[i] && !keep(i)
	}
	if ws := labelWords(b.tt.Lexicon, rd.toks[from:to], own); contentWords(ws) == 1 && len(ws) == 1 {
		// keep a time before the noun, or one it is of; not one after a
		// preposition ("Bombing", not "Bombing in 1988")
		for i := from; i < to; i++ {
			own[i-from] = !rd.toks[i].word || i > k && !rd.has(k+1, lex.OfWord)
		}
	}
	ws := labelWords(b.tt.Lexicon, rd.toks[from:to], own)
	if contentWords(ws) == 0 {
		return ""
	}
	return joinLabel(ws)
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
			rv = k
			break
		}
	}
	if rv < 0 || rv == c.from {
		return "", ""
	}
	addressee := rd.has(rv, lex.AddresseeVerb) // "told reporters ...": what was told follows "that", if anything
	from := rv + 1
	that := false
	for k := from; k < c.to && !rd.verb(k); k++ {
		if rd.has(k, lex.ThatWord) {
			from, that = k+1, true // "told a news conference that ...": what was told follows "that"
			break
		}
	}
	if addressee && !that {
		return "", ""
	}
	for from < c.to && (rd.inTime[from] || drop[from] || rd.has(from, lex.ThatWord) || !rd.toks[from].word) {
		from++
	}
	hasVerb := false
	for k := from; k < c.to; k++ {
		if rd.verb(k) {
			hasVerb = true
			break
		}
	}
	if from >= c.to || !hasVerb {
		return "", ""
	}
	ws := labelWords(b.tt.Lexicon, rd.toks[from:c.to], drop[from:c.to])
	if contentWords(ws) < 2 {
		return "", ""
	}
	who := labelWords(b.tt.Lexicon, rd.toks[c.from:rv], drop[c.from:rv])
	switch {
	case len(ws) > 0 && ws[0].has(lex.SubjectPronoun) && len(who) > 0 && !who[0].has(lex.SubjectPronoun):
		// "Sun Microsystems said it will cut 3,000 jobs": the pronoun
		// is the reporter, whom the headline names
		ws = capWords(append(append([]word(nil), who...), ws[1:]...))
	case len(ws) > 1 && ws[0].has(lex.PossessivePronoun) && len(who) > 0 && !who[len(who)-1].isLower():
		// "Bangladesh said its troops would join": Bangladesh's troops
		name := who[len(who)-1]
		ws = capWords(append([]word{newWord(b.tt.Lexicon, name.text+"'s")}, ws[1:]...))
	}
	return joinLabel(ws), joinLabel(who)
}
