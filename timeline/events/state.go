package events

import "retrace/timeline/lex"

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
	ws := labelWords(b.tt.Lexicon, rd.toks[from:to], own)
	for len(ws) > 1 && ws[len(ws)-1].has(lex.FunctionWord) {
		ws = ws[:len(ws)-1] // "part of", cut short, ends on what it says
	}
	if contentWords(ws) < 2 {
		return ""
	}
	return joinLabel(ws)
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
