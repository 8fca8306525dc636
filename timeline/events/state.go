package events

import (
	"strings"

	"retrace/timeline/lex"
)

// Present states (timeline.Event.State): a time that says "at present"
// with a verb of state ("Montedison currently owns 72 %") or with a noun
// it qualifies ("the naval barricade now in force") dates how things stand,
// not a happening. trigger.go finds them (attach, presentState,
// nounState); what follows shapes the events they make.

// maxStatePredicate bounds the words after the time that a noun state's
// label keeps: "part of a multinational force".
const maxStatePredicate = 5

// stateLabel labels a present state whose trigger, the noun k, is
// qualified by the time toks[first:last] right after it: the noun phrase
// and the predicate after the time, "Naval barricade in force" for "the
// naval barricade now in force", "Syrian troops part of multinational
// force". It returns "" when the time does not follow the noun or nothing
// follows the time, and the label is then made as any event's.
func (b *builder) stateLabel(rd *reading, k, first, last int, drop []bool) string {
	if k != first-1 {
		return ""
	}
	from := k
	for from > 0 && rd.word(from-1) && !rd.inTime[from-1] && !rd.has(from-1, lex.Determiner) && !rd.has(from-1, lex.Article) &&
		!rd.has(from-1, lex.Preposition) && !rd.verb(from-1) && !rd.has(from-1, lex.FunctionWord) {
		from--
	}
	to := last
	for to < len(rd.toks) && to-last < maxStatePredicate && rd.word(to) && !rd.inTime[to] && !rd.verb(to) &&
		!rd.has(to, lex.RelativeSubject) {
		to++
	}
	if to == last {
		return ""
	}
	own := make([]bool, to-from)
	for i := from; i < to; i++ {
		own[i-from] = drop[i] || rd.inTime[i]
	}
	ws := b.labelWords(rd.toks[from:to], own)
	for len(ws) > 1 && ws[len(ws)-1].has(lex.FunctionWord) {
		ws = ws[:len(ws)-1] // "part of", cut short, ends on what it says
	}
	if !hasContentWords(ws, 2) {
		return ""
	}
	return b.joinLabel(ws)
}

// boundsSpan reports whether the time toks[first:last] is an end of a
// span ("until now", "since today", "from now to Election Day"): it bounds
// a happening and says nothing of how things stand now.
func (r *reading) boundsSpan(first, last int) bool {
	p := first - 1
	if r.word(p) && (r.has(p, lex.TemporalPreposition) || r.has(p, lex.RangeLink)) {
		return true
	}
	return r.has(p, lex.Preposition) && r.has(last, lex.RangeLink)
}

// maxConjunctSubject bounds the subject of a joined predicate that
// conjunctLabel reads: "they", "the rebels", "its armed forces".
const maxConjunctSubject = 3

// conjunctLabel labels a present state whose verb tr ends a predicate
// that "and" joins, with a subject of its own, to the clause before it:
// "said Iraq has continued to increase its armed forces in Kuwait and they
// now number about 160,000" is "They number 160,000", not what Iraq
// continued to do, which the clause's label says. After a "that" with no
// one named before it ("saying on Friday that Russia now feels the US must
// hold off") the predicate is the label too: "Russia feels US must hold
// off". It returns "" when the verb has no such predicate.
func (b *builder) conjunctLabel(rd *reading, tr, ci int, drop []bool) string {
	if rd.has(tr, lex.ParticipleForm) || rd.has(tr-1, lex.InfinitiveMarker) {
		return ""
	}
	k := rd.conjunct(tr, ci)
	if k < 0 {
		return ""
	}
	to := rd.clause[ci].to
	ws := b.labelWords(rd.toks[k:to], drop[k:to])
	if !hasContentWords(ws, 2) {
		return ""
	}
	return b.joinLabel(capWords(ws))
}

// relativeStateLabel labels a present state whose verb tr opens a
// relative clause, when label, the clause's label, opens with that verb
// and so names no one: the name the clause follows is its subject. ",
// which now reaches more viewers than any other company" after "Home
// Shopping Network Inc." is "Home Shopping Network reaches more viewers",
// not "Reaches more viewers than any other company". It returns ""
// otherwise.
func (b *builder) relativeStateLabel(rd *reading, tr, ci int, drop []bool, label string) string {
	c := rd.clause[ci]
	if ci == 0 || !rd.has(c.from, lex.RelativeSubject) || rd.prev(tr) != c.from {
		return ""
	}
	if f := strings.Fields(label); len(f) == 0 || !strings.EqualFold(f[0], rd.toks[tr].text) {
		return "" // the label has a subject of its own
	}
	t := tail(rd.clause[ci-1])
	who := antecedent(b.labelWords(rd.toks[t.from:t.to], drop[t.from:t.to]))
	if len(who) == 0 || who[0].isLower() {
		return "" // a name only: "some, especially in Arab countries, who now believe" is not the countries' belief
	}
	ws := b.labelWords(rd.toks[tr:c.to], drop[tr:c.to])
	ws = append(append([]word(nil), who...), ws...)
	if len(ws) > maxLabelWords {
		ws = ws[:maxLabelWords]
		for len(ws) > 1 && ws[len(ws)-1].isLower() && ws[len(ws)-1].cls.Any(cutEndings) {
			ws = ws[:len(ws)-1] // "more viewers than any", cut short, ends on what it says
		}
		ws = trimTrailingFunctionWords(ws)
	}
	return b.joinLabel(capWords(ws))
}

// cutEndings are the words a label cut short must not end on: they open
// what was cut ("than any", "of about").
var cutEndings = lex.Of(lex.Determiner, lex.Quantifier, lex.Preposition, lex.FunctionWord, lex.Article)

// conjunct returns, for the verb tr of clause ci, where the predicate it
// ends begins when "and" (or "or", "then") joins it to a predicate before
// it in the clause with a subject of its own: the subject's first word
// ("... and they now number", "... and the rebels hold"). -1 when the
// verb has no such subject or nothing verbal comes before the "and"
// (then it joins nouns: "Russia and North Korea now hold"). So it does
// for a "that" after a clause that opens with its verb and so names no
// one ("saying on Friday that Russia now feels the US must hold off").
func (rd *reading) conjunct(tr, ci int) int {
	c := rd.clause[ci]
	for k := tr - 1; k > c.from; k-- {
		if rd.inTime[k] || rd.modifier(k) {
			continue
		}
		if rd.verb(k) || !rd.word(k) {
			return -1
		}
		that := rd.has(k, lex.ThatWord) && (!rd.relativeSubject(k) || rd.inTime[k-1]) // "saying on Friday that"
		if !rd.has(k, lex.PartOpener) && !that || !rd.lower(k) {
			continue
		}
		if that && !rd.verb(c.from) && !rd.has(c.from, lex.ParticipleForm) {
			return -1 // "Arab leaders believe that Mr Bush now wants war": they hold it, the label says so
		}
		s := rd.next(k)
		if s < 0 || s >= tr || !(rd.has(s, lex.SubjectPronoun) || rd.nounish(s) || rd.capitalized(s) || rd.determiner(s)) {
			return -1
		}
		words := 0
		for j := s; j < tr; j++ {
			if !rd.inTime[j] && !rd.modifier(j) {
				words++
			}
		}
		if words > maxConjunctSubject {
			return -1 // a long noun phrase: "and" more likely joined nouns
		}
		if !rd.verbIn(clause{c.from, k}) {
			return -1
		}
		return s
	}
	return -1
}
