package events

import (
	"sort"
	"strings"

	"retrace/timeline"
	"retrace/timeline/lex"
)

func isPossessiveAfter(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// dropTimeExpressions marks the tokens of every time expression in the
// sentence, with the words that introduce or close it, so that labels say
// what happened and not when. A time expression used as a possessive
// modifier ("Putin's New Year's greeting") is part of the name of the thing
// and stays. The marks are set in the sentence's drop (sentenceSlices),
// which holds len(toks) false ones, and it is returned.
func (b *builder) dropTimeExpressions() []bool {
	// The sentence's slices are read through s where they are used, not
	// held in locals, which the calls in the loop would spill each time
	// (but the token ranges, checked once).
	s := &b.cur
	first, last := s.first[:len(s.mentions)], s.last[:len(s.mentions)] // checked here once, not at each mention
	for i, mi := range s.mentions {
		// the participle that joins a period to the day it ends on goes
		// with them: "in the year ended March 31". Asked here, in the one
		// loop over the mentions: the marks are only set, so the order
		// of the rules does not matter.
		if k := last[i]; i+1 < len(s.mentions) && first[i+1] == k+1 && first[i] < k && s.toks[k].word && isLowerWord(s.toks[k].text) &&
			s.toks[k].cls.AnyBits(participlesBits&word0, participlesBits>>64&word0, participlesBits>>128) && first[i+1] < last[i+1] && !isPossessiveAfter(b.text, b.ms[s.mentions[i+1]].End) {
			dropEndedPeriod(s.drop, s.toks, first[i], k)
		}
		// A time that premodifies the word after it, or is its subject,
		// needs a word after it: many are followed by a mark or end the
		// sentence, and are not asked.
		followed := last[i] < len(s.toks) && s.toks[last[i]].word
		if first[i] >= last[i] || isPossessiveAfter(b.text, b.ms[mi].End) ||
			followed && (isPremodifier(s.toks, first[i], last[i]) || isSubject(s.toks, first[i], last[i])) {
			continue
		}
		toks, drop := s.toks, s.drop
		for k := first[i]; k < last[i]; k++ {
			drop[k] = true
		}
		for k := first[i] - 1; k >= 0 && toks[k].word && toks[k].cls.Has(lex.LeftOfTime); k-- {
			drop[k] = true
		}
		for k := last[i]; k < len(toks) && toks[k].word && toks[k].cls.Has(lex.RightOfTime); k++ {
			drop[k] = true
		}
	}
	return s.drop
}

// dropEndedPeriod marks the tokens of a period from from to the
// participle at k that joins it to the day it ends on, with the words
// before that introduce it, for dropTimeExpressions. Few sentences have
// one: out of line, its loops are no code for the others to read.
//
//go:noinline
func dropEndedPeriod(drop []bool, toks []token, from, k int) {
	for j := from; j <= k; j++ {
		drop[j] = true
	}
	for j := from - 1; j >= 0 && toks[j].word && (toks[j].cls.Has(lex.LeftOfTime) || toks[j].cls.Has(lex.Determiner)); j-- {
		drop[j] = true // "for its fourth quarter ended Sept. 30"
	}
}

// isSubject reports whether the time expression in toks[first:last] is the
// subject of its clause ("Today is a sad day"): it opens the clause and a
// verb follows. Without it the label would have no subject.
func isSubject(toks []token, first, last int) bool {
	opens := first == 0 || !toks[first-1].word
	if !opens || last >= len(toks) || !toks[last].word {
		return false
	}
	next := toks[last].cls
	return next.Has(lex.PredicateStart) && !next.Has(lex.ReportingVerb)
}

// isPremodifier reports whether the time expression in toks[first:last]
// modifies the noun after it, between a determiner and that noun: "the 2014
// election", "the weekend talks". It names the thing, so the label keeps it.
func isPremodifier(toks []token, first, last int) bool {
	if first == 0 || last >= len(toks) || !toks[last].word || !isLowerWord(toks[last].text) {
		return false
	}
	if next := toks[last].cls; next.Has(lex.FunctionWord) || next.Has(lex.RightOfTime) {
		return false
	}
	if toks[first].cls.Has(lex.DefiniteArticle) && last-first >= 2 && (toks[last-1].cls.Has(lex.CenturyWord) || isDecade(toks[last-1].text)) {
		return true // "since the 1990s boom", "a 19th century novel" with its own article
	}
	if toks[first].cls.Has(lex.Article) && !toks[last].cls.AnyBits(notContentBits&word0, notContentBits>>64&word0, notContentBits>>128) && !toks[last].cls.Has(lex.Preposition) {
		return true // "by a quarter point", "a two-day visit": the span measures the noun
	}
	if next := toks[last]; last == first+1 && isLowerWord(toks[first].text) && !toks[first].cls.Has(lex.PresentWord) &&
		!toks[first].cls.AnyBits(notContentBits&word0, notContentBits>>64&word0, notContentBits>>128) && !next.cls.Any(notNoun) {
		return true // "about recent declines", "current market conditions": an adjective of time
	}
	before := toks[first-1].cls
	return before.Has(lex.Determiner) && !before.Has(lex.Preposition)
}

// notNoun are the classes of words no adjective qualifies: "yesterday when"
// is no adjective before a noun.
var notNoun = lex.Of(lex.FunctionWord, lex.Preposition, lex.Connector, lex.ClauseBreakWord, lex.PastForm,
	lex.IrregularPast, lex.ParticipleForm, lex.ReportingVerb, lex.AuxiliaryOrModal, lex.LyForm)

// isDecade reports whether a word names a decade: "1990s", "'80s" arrives
// as "80s".
func isDecade(w string) bool {
	n := len(w)
	if n < 3 || w[n-1]|0x20 != 's' || w[n-2] != '0' {
		return false
	}
	return strings.Trim(w[:n-1], "0123456789") == ""
}

// findRelatives finds the event-relative expressions of a sentence: a
// duration followed by after/before/later/earlier, and "shortly after X",
// in the sentence being read (builder.cur).
//
// Most sentences have neither a duration nor a window adverb: findRelatives
// looks for the first of each and leaves the rest, when there is one, to
// relativesFrom, out of line. The search is a few lines of code for the
// sentence's pass to read; the whole, some 5 KB, was read in good part
// (~15 instruction-cache misses a sentence) to find nothing.
func (b *builder) findRelatives() []relative {
	mentions, toks := b.cur.mentions, b.cur.toks
	if len(toks) == 0 {
		return nil
	}
	first, last := b.cur.first[:len(mentions)], b.cur.last[:len(mentions)] // checked here once, not at each mention
	i := 0
	for i < len(mentions) && !b.mayPlace(toks, first[i], last[i], mentions[i]) {
		i++
	}
	window := toks[:max(len(toks)-2, 0)]
	k := nextWindowAdverb(window, 0)
	if i == len(mentions) && k == len(window) {
		return nil
	}
	return b.relativesFrom(i, k)
}

// mayPlace reports whether mention mi, the tokens first:last, may place an
// event from another: it is a span ("P...") that a word of relation
// follows ("two weeks after", "a year earlier"). relativesFrom asks the
// rest: that the word is in the span's clause, and what it says.
func (b *builder) mayPlace(toks []token, first, last, mi int) bool {
	return first < last && last < len(toks) && toks[last].word && toks[last].cls.AnyBits(relationAfterSpanBits&word0, relationAfterSpanBits>>64&word0, relationAfterSpanBits>>128) &&
		strings.HasPrefix(b.ms[mi].Value, "P")
}

// relativesFrom is findRelatives from mention i, the first that may place
// an event from another (mayPlace), and token adverb, the first window
// adverb (len(toks)-2 or more when none is).
func (b *builder) relativesFrom(i, adverb int) []relative {
	mentions, toks, cls, first, last, inTime := b.cur.mentions, b.cur.toks, b.cur.cls, b.cur.first, b.cur.last, b.cur.inTime
	// datedIn reports whether a placeable mention starts inside the tokens
	// np (datedWithin). The mentions' starts are listed when first asked:
	// few spans and adverbs place an event from another.
	var dated []int
	datedIn := func(np clause) bool {
		if dated == nil {
			dated = make([]int, 0, len(mentions)) // ascending: mentions are in text order
			for _, mi := range mentions {
				if placeable(&b.ms[mi]) {
					dated = append(dated, b.ms[mi].Start)
				}
			}
		}
		return datedWithin(toks, np, dated)
	}
	var out []relative
	for ; i < len(mentions); i++ {
		mi := mentions[i]
		m := &b.ms[mi] // a mention is large to copy
		if first[i] >= last[i] || !strings.HasPrefix(m.Value, "P") {
			continue
		}
		ci := clauseOf(toks, cls, toks[first[i]].Start)
		c := cls[ci]
		k := last[i]
		if k >= c.to || !toks[k].word || !toks[k].cls.AnyBits(relationAfterSpanBits&word0, relationAfterSpanBits>>64&word0, relationAfterSpanBits>>128) {
			continue // most spans place nothing ("for three years"): their values are not read
		}
		d, err := parseDuration(m.Value)
		if err != nil {
			continue
		}
		r := relative{mention: mi, at: i, dur: d, clauseAt: ci, tail: first[i]}
		for r.tail > c.from && toks[r.tail-1].word && toks[r.tail-1].cls.Has(lex.Quantifier) {
			r.tail--
		}
		npFrom := k + 1
		switch next := toks[k].cls; {
		case next.Has(lex.AfterWord) || next.Has(lex.FollowingWord):
			r.kind = relAfterNP
		case next.Has(lex.BeforeWord):
			r.kind = relBeforeNP
		case next.Has(lex.PriorWord):
			if npFrom < c.to && toks[npFrom].cls.Has(lex.PriorLink) {
				npFrom++
			}
			r.kind = relBeforeNP
		case next.Has(lex.LaterWord):
			r.kind = relLater
		case next.Has(lex.EarlierWord):
			r.kind = relEarlier
		default:
			continue
		}
		hasNP := npFrom < c.to && toks[npFrom].word && !inTime[npFrom]
		switch {
		case r.kind == relAfterNP && !hasNP:
			r.kind = relLater // "two days after," reads as "two days later"
		case r.kind == relBeforeNP && !hasNP:
			r.kind = relEarlier
		}
		if r.kind == relAfterNP || r.kind == relBeforeNP {
			r.np = clause{npFrom, c.to}
			if datedIn(r.np) {
				continue // "weeks after the 2014 election": the phrase has its own date
			}
		}
		out = append(out, r)
	}
	// "shortly after X": every token is asked, and few are such an
	// adverb; nextWindowAdverb finds them, and windowRelative reads
	// what follows them
	window := toks[:max(len(toks)-2, 0)]
	for k := adverb; k < len(window); k = nextWindowAdverb(window, k+1) {
		if r, ok := windowRelative(toks, cls, inTime, k); ok && !datedIn(r.np) {
			out = append(out, r)
		}
	}
	return out
}

// nextWindowAdverb returns the index of the first token from i on that is
// an adverb of a window ("shortly", "soon"), len(toks) when none is. The
// tokens are read eight a round, then four, by the union of their classes,
// and one at a time from the round that holds one and for the last few (as
// nextBreak reads them); when eight or more are read, the last few are
// first read in one round of the last eight. Few sentences hold one: rounds
// of eight pay the step of the slice, five instructions, once for eight
// tokens.
func nextWindowAdverb(toks []token, i int) int {
	rest := toks[i:]
	for ; len(rest) >= 8; rest = rest[8:] {
		c := rest[0].cls.Union(rest[1].cls).Union(rest[2].cls).Union(rest[3].cls)
		if c.Union(rest[4].cls).Union(rest[5].cls).Union(rest[6].cls).Union(rest[7].cls).Has(lex.WindowAdverb) {
			break
		}
	}
	if len(rest) < 8 && len(toks)-i >= 8 {
		// The last few: one round of the last eight tokens, some read
		// already, settles the sentences that have none, whose rounds of
		// four and one, of varying count, cost a mispredicted branch or
		// two a call.
		l := toks[len(toks)-8:]
		c := l[0].cls.Union(l[1].cls).Union(l[2].cls).Union(l[3].cls)
		if !c.Union(l[4].cls).Union(l[5].cls).Union(l[6].cls).Union(l[7].cls).Has(lex.WindowAdverb) {
			return len(toks)
		}
	}
	for ; len(rest) >= 4; rest = rest[4:] {
		if rest[0].cls.Union(rest[1].cls).Union(rest[2].cls).Union(rest[3].cls).Has(lex.WindowAdverb) {
			break
		}
	}
	for i = len(toks) - len(rest); i < len(toks) && !toks[i].cls.Has(lex.WindowAdverb); i++ {
	}
	return i
}

// windowRelative returns the relative expression that the adverb toks[k]
// opens with the word after it ("shortly after the vote", "soon before
// midnight"), for findRelatives; false when there is none. Whether the
// phrase after it has a date of its own, findRelatives asks.
//
//go:noinline
func windowRelative(toks []token, cls []clause, inTime []bool, k int) (relative, bool) {
	if inTime[k] || inTime[k+1] || inTime[k+2] || !toks[k+2].word {
		return relative{}, false
	}
	var kind int
	switch next := toks[k+1].cls; {
	case next.Has(lex.AfterWord):
		kind = relAfterNP
	case next.Has(lex.BeforeWord):
		kind = relBeforeNP
	default:
		return relative{}, false
	}
	e := toks[k].e
	d := durationRange{max: span{days: e.Num}, vague: true, gran: timeline.GranDay, words: e.Word}
	ci := clauseOf(toks, cls, toks[k].Start)
	if k+2 >= cls[ci].to {
		return relative{}, false
	}
	return relative{kind: kind, mention: -1, at: -1, dur: d, clauseAt: ci, tail: k, np: clause{k + 2, cls[ci].to}}, true
}

// datedWithin reports whether a placeable mention starts inside the tokens
// c. dated holds the start offsets of the sentence's placeable mentions in
// ascending order, so this is a binary search.
func datedWithin(toks []token, c clause, dated []int) bool {
	if c.from >= c.to {
		return false
	}
	i := sort.SearchInts(dated, toks[c.from].Start)
	return i < len(dated) && dated[i] < toks[c.to-1].End
}

// clauseLabel labels the event of clause ci. When the clause holds nothing
// but its time expression ("On Monday, ...", "..., in 2019"), the label is
// taken from the clause it modifies: the next one when it opens the
// sentence, else the one before.
//
// Most clauses are labelled by their own words, which no rule of the first
// candidate's changes (ownWordsOnly): those are answered here, and only
// the rest go to candidateLabel, whose list of candidates, memo and
// closures (half a kilobyte of stack, zeroed, and its state spilled about
// every call) cost more than such a label's join.
func (b *builder) clauseLabel(toks []token, cls []clause, ci int, drop []bool) string {
	if ci == 0 && len(cls) > 1 && setsScene(toks, cls[0]) {
		return b.candidateLabel(toks, cls, ci, drop, nil) // the first candidate is the clause after
	}
	c := cls[ci]
	ws := b.labelWords(toks[c.from:c.to], drop[c.from:c.to])
	if len(ws) >= 2 && hasContentWords(ws, 1) && ownWordsOnly(toks, cls, ci, ws) {
		return b.joinLabel(ws)
	}
	return b.candidateLabel(toks, cls, ci, drop, ws)
}

// setsScene reports whether the sentence's first clause c is an opening
// prepositional phrase that only sets the scene for the main clause, which
// says what happened: "In a televised address Friday, Arpad Gencz
// described...".
func setsScene(toks []token, c clause) bool {
	opener := toks[c.from].cls
	commaAfter := c.to < len(toks) && toks[c.to].text == ","
	return opener.Has(lex.Preposition) && !opener.Has(lex.TemporalPreposition) && commaAfter && c.to-c.from <= maxOpener
}

// ownWordsOnly reports whether the words ws of clause ci are its label as
// they are, when they say enough: whether none of the rules
// candidateLabel applies to its first candidate (a subject lent, an
// antecedent brought in, a report turned into a quotation) asks for more.
func ownWordsOnly(toks []token, cls []clause, ci int, ws []word) bool {
	c := cls[ci]
	if ci == 0 {
		return c.to >= len(toks) || toks[c.to].text != ":" || reportVerb(ws) == 0 // a report is quoted only before a colon
	}
	if looksLikePredicate(ws[0]) || c.to-c.from > 2 && toks[c.from].cls.Has(lex.Preposition) && toks[c.from+1].cls.Has(lex.RelativePronoun) {
		return false
	}
	return reportVerb(ws) == 0
}

// candidateLabel is clauseLabel for any clause: it tries the candidates in
// turn and applies the rules of the first. first holds the words of the
// first candidate, clause ci, when clauseLabel has read them (nil when
// not).
func (b *builder) candidateLabel(toks []token, cls []clause, ci int, drop []bool, first []word) string {
	// the words of a stretch of the sentence, each stretch read once: the
	// candidates below ask for the same clauses again
	type labelled struct {
		c  clause
		ws []word
	}
	var room [4]labelled // candidates are few, and most labels take the first: room for them without a heap allocation
	seen := room[:0]
	if first != nil {
		seen = append(seen, labelled{cls[ci], first})
	}
	try := func(c clause) []word {
		for _, l := range seen {
			if l.c == c {
				return l.ws
			}
		}
		ws := b.labelWords(toks[c.from:c.to], drop[c.from:c.to])
		seen = append(seen, labelled{c, ws})
		return ws
	}
	good := func(ws []word) bool { return len(ws) >= 2 && hasContentWords(ws, 1) }
	cands := append(make([]clause, 0, 8), cls[ci])
	subjectDated := -1 // the candidate taken only when the predicate follows the subject (predicateFollows)
	predicateFollows := func() bool {
		ws := try(cls[1])
		return len(ws) > 0 && looksLikePredicate(ws[0]) && len(try(cls[0])) > 0 && len(subjectOf(try(cls[0]))) == len(try(cls[0]))
	}
	if ci == 0 && len(cls) > 1 {
		if setsScene(toks, cls[0]) {
			cands = []clause{cls[1], cls[0]}
		} else {
			// "The attacks of Sept. 11, 2001, changed the city": the date
			// sits in the subject, and the predicate follows it. Whether
			// it does is asked only when the clause itself makes no
			// label (subjectDated), as the clause after it is read for it.
			subjectDated = len(cands)
			cands = append(cands, clause{cls[0].from, cls[1].to})
			if next := toks[cls[1].from].cls; next.Has(lex.Preposition) && !next.Has(lex.TemporalPreposition) {
				// "Born on May 2, 1938, in Juarez, she moved...": the
				// phrase after the comma completes the opening one
				cands = append(cands, clause{cls[0].from, cls[1].to})
			}
			cands = append(cands, cls[1])
		}
	}
	if ci > 0 {
		cands = append(cands, clause{cls[ci-1].from, cls[ci].to})
	}
	if ci+1 < len(cls) {
		cands = append(cands, cls[ci+1])
	}
	cands = append(cands, clause{0, len(toks)})
	var fallback []word
	for n, c := range cands {
		if n == subjectDated && !predicateFollows() {
			continue
		}
		ws := try(c)
		if n == 0 && ci > 0 && len(ws) > 0 && looksLikePredicate(ws[0]) {
			// "Rescue teams, working through the night, pulled 12
			// survivors...": the clause has no subject of its own; borrow
			// the sentence's opening noun phrase when it is short.
			if subj := b.lentSubject(toks, cls, ci, try); len(subj) > 0 {
				ws = b.concatWords(subj, ws)
				if len(ws) > maxLabelWords {
					ws = trimTrailingFunctionWords(ws[:maxLabelWords])
				}
			}
		}
		if n == 0 && ci > 0 && c.to-c.from > 2 && toks[c.from].cls.Has(lex.Preposition) &&
			toks[c.from+1].cls.Has(lex.RelativePronoun) {
			// "Saddam, with whom the king met Monday": "King met with
			// Saddam"
			if obj := antecedent(try(tail(cls[ci-1]))); len(obj) > 0 && len(ws) > 0 {
				ws = capWords(append(append(append([]word(nil), ws...), b.newWord(toks[c.from].text)), obj...))
			}
		}
		rv := 0 // the reporting verb of a clause that only reports (reportVerb), which the two rules below ask of the clause's own words
		if n == 0 {
			rv = reportVerb(ws)
		}
		if rv > 0 && cls[ci].to < len(toks) && toks[cls[ci].to].text == ":" {
			// "Bush replied: 'I don't see anything to be pleasing in
			// there'": what was said follows the colon
			if c := (clause{cls[ci].to + 1, len(toks)}); c.from < c.to {
				if content := try(c); hasContentWords(content, 3) {
					speaker := append([]word(nil), subjectHead(ws[:rv])...)
					if len(speaker) > 1 && isTitle(b.lx, speaker[0]) && !speaker[1].isLower() {
						speaker = speaker[1:] // "Bush:", as a headline quotes him
					}
					speaker[len(speaker)-1] = b.newWord(speaker[len(speaker)-1].text + ":")
					return b.joinLabel(capWords(append(speaker, content...)))
				}
			}
		}
		if rv > 0 && ci > 0 {
			// "..., Castro said Sunday.": the saying is dated, but what
			// was said is the news. Write it as a headline does:
			// "Castro: group would be ready to leave". What was said
			// runs from the sentence's start over as many clauses as it
			// takes to say something (a quotation broken by its marks),
			// leaving out a phrase that only names again what came
			// before it ("Sytenko, a former deputy secretary-general of
			// the United Nations, is also expected to visit Baghdad").
			mask := append([]bool(nil), drop...)
			for j := 0; j < ci; j++ {
				if b.rd.appositive(j) {
					for k := cls[j].from; k < cls[j].to; k++ {
						mask[k] = true
					}
					continue
				}
				content := b.labelWords(toks[cls[0].from:cls[j].to], mask[cls[0].from:cls[j].to])
				if !hasContentWords(content, 3) {
					continue
				}
				if own := try(cls[ci]); len(own) < 2 {
					// the speaker stands apart ("Prince Bandar, the Saudi
					// ambassador, said"): what was said is the headline
					return b.joinLabel(content)
				}
				speaker := append([]word(nil), ws[:rv]...)
				speaker[len(speaker)-1] = b.newWord(speaker[len(speaker)-1].text + ":")
				return b.joinLabel(capWords(append(speaker, content...)))
			}
		}
		if good(ws) {
			return b.joinLabel(ws)
		}
		if fallback == nil && hasContentWords(ws, 1) {
			fallback = ws
		}
	}
	return b.joinLabel(fallback)
}

func looksLikePredicate(w word) bool {
	return w.isLower() && w.cls.AnyBits(predicateOrPastBits&word0, predicateOrPastBits>>64&word0, predicateOrPastBits>>128)
}

// lentSubject finds the subject for clause ci, whose label opens with its
// predicate: a short opening noun phrase ("Rescue teams, working through
// the night, pulled..."), or, for a predicate joined by "and", "or" or
// "then", the subject of the clause before it or of the sentence ("The
// suspect was arrested ... and arraigned", "Born ..., she moved to Texas
// in 1956 and published her first book"). A relative clause (", which had
// condemned") and an appositive (", Virginia, will vote") lend nothing.
func (b *builder) lentSubject(toks []token, cls []clause, ci int, try func(clause) []word) []word {
	canLend := func(lender int) bool {
		at := cls[lender].from
		for at+1 < cls[lender].to && toks[at].cls.Has(lex.PartOpener) {
			at++ // "And President Bush yesterday, asked ...": the "and" joins sentences
		}
		opener := toks[at]
		return (!isLowerWord(opener.text) || opener.cls.Has(lex.SubjectPronoun)) && !opener.cls.Has(lex.Preposition) &&
			!opener.cls.Has(lex.Connector) && !opener.cls.Has(lex.ExistentialThere)
	}
	if toks[cls[ci].from].cls.Has(lex.RelativePronoun) && ci > 0 {
		// ", which has been on patrol since March": the subject is the
		// noun the clause follows, "the carrier Dwight D. Eisenhower"
		return antecedent(try(tail(cls[ci-1])))
	}
	first := 0 // the opening clause, past any that held only a time ("A day earlier, scores of trucks, ...") or a dateline's place
	for first < ci-1 && (len(try(cls[first])) == 0 || inCapitals(toks[cls[first].from:cls[first].to])) {
		first++
	}
	if ws := try(cls[first]); len(ws) > 0 && len(ws) <= 4 && len(subjectOf(ws)) == len(ws) &&
		(canLend(first) || first > 0 && !ws[0].has(lex.Preposition) && !ws[0].has(lex.Connector)) {
		return ws
	}
	if !toks[cls[ci].from].cls.Has(lex.PartOpener) {
		return nil
	}
	for _, lender := range []int{ci - 1, 0} {
		ws := try(cls[lender])
		if subj := subjectOf(ws); len(subj) > 0 && len(subj) < len(ws) && len(subj) <= 4 && canLend(lender) {
			return subj
		}
	}
	return nil
}

// inCapitals reports whether every word of toks is written in capitals:
// a dateline's place, "WASHINGTON", "NEW YORK". upperCase tells it without
// the upper-case copy strings.ToUpper made of each word (~500 instructions
// a call, most words not in capitals).
func inCapitals(toks []token) bool {
	words := 0
	for _, t := range toks {
		if t.word {
			if !upperCase(t.text) || len(t.text) < 2 {
				return false
			}
			words++
		}
	}
	return words > 0
}

// tail returns the last few tokens of a clause, where the noun a relative
// clause follows ends it.
func tail(c clause) clause {
	return clause{max(c.from, c.to-2*maxAntecedent), c.to}
}

// maxAntecedent bounds the words of the noun a relative clause follows.
const maxAntecedent = 4

// antecedent returns the noun phrase that ends ws: its run of capitalised
// words (a name, "Dwight D. Eisenhower"), or its last word with the
// possessive before it ("Iraq's Saddam"); nil when ws ends in a verb or
// a function word.
func antecedent(ws []word) []word {
	n := len(ws)
	if n == 0 || ws[n-1].has(lex.FunctionWord) || looksLikePredicate(ws[n-1]) {
		return nil
	}
	k := n - 1
	if !ws[k].isLower() {
		for k > 0 && n-k < maxAntecedent && !ws[k-1].isLower() && !isNumber(ws[k-1].text) {
			k--
		}
	}
	if k > 0 && ws[k-1].has(lex.Possessive) {
		k--
	}
	return ws[k:]
}

// subjectOf returns the label words before the first verb: the subject a
// clause lends to a predicate cut from it ("Suspect was arrested ... and
// arraigned" lends "Suspect"). An opening participle ("Born") lends nothing.
// Only the first word, capitalised by the sentence, is read as a
// participle when it ends in -ed.
func subjectOf(ws []word) []word {
	for i, w := range ws {
		if w.has(lex.AuxiliaryOrModal) && w.isLower() || looksLikePredicate(w) ||
			i == 0 && (w.has(lex.BornWord) || w.has(lex.PastForm)) {
			return ws[:i]
		}
	}
	return ws
}

// reportVerb returns where the reporting verb is in a label that is only
// a speaker and a reporting verb, with at most a phrase of where or how
// after it: "Castro said", "Justice official said", "Viktor Orban said
// here", "Gremitskikh said at a regular news briefing"; 0 for any other
// label.
func reportVerb(ws []word) int {
	ws = trimPlaceAdverbs(ws)
	for i := 1; i < len(ws) && i <= 3; i++ {
		if !ws[i].has(lex.ReportingVerb) || !ws[i].isLower() {
			continue
		}
		if i+1 == len(ws) || ws[i+1].written(lex.Preposition) {
			return i
		}
		return 0
	}
	return 0
}

func trimPlaceAdverbs(ws []word) []word {
	for len(ws) > 0 && ws[len(ws)-1].has(lex.PlaceAdverb) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// maxOpener bounds the tokens of an opening phrase that only sets the scene
// for the main clause ("In a long verbal attack read on Iraqi television
// Thursday, Saddam called Bush a liar").
const maxOpener = 12
