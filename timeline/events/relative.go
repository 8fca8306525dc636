package events

import (
	"sort"
	"strings"

	"retrace/timeline"
)

// leftOfTime are the words that belong to a time expression when they come
// just before it ("in late 2024", "on Monday", "from March to May", "for
// now"); a label drops them along with it.
var leftOfTime = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "since": true, "until": true,
	"till": true, "by": true, "from": true, "to": true, "through": true, "throughout": true,
	"for": true, "of": true, "within": true, "over": true, "around": true, "about": true,
	"circa": true, "before": true, "after": true, "as": true, "early": true, "late": true,
	"the": true, "this": true, "that": true, "last": true, "next": true, "each": true,
	"every": true, "just": true, "only": true, "between": true, "and": true, "or": true,
	"starting": true, "beginning": true, "earlier": true, "later": true, "sometime": true,
	"mid": true, "some": true, "nearly": true, "almost": true, "roughly": true,
}

// rightOfTime are the words that belong to a time expression just after it
// ("two years ago", "a week later").
var rightOfTime = map[string]bool{
	"ago": true, "earlier": true, "later": true, "afterwards": true, "afterward": true,
	"previously": true,
}

// quantifiers may open a duration in a relative expression: "just weeks
// after", "only days before", "a few months later".
var quantifiers = map[string]bool{
	"just": true, "only": true, "some": true, "about": true, "barely": true, "mere": true,
	"nearly": true, "almost": true, "roughly": true, "around": true, "a": true, "few": true,
	"several": true, "less": true, "more": true, "than": true, "merely": true,
}

// windowAdverbs say how soon one thing followed another without a number:
// "shortly after the vote" is within about two weeks, "immediately after"
// within about two days.
var windowAdverbs = map[string]durationRange{
	"shortly":     {max: span{days: 14}, vague: true, gran: timeline.GranDay, words: "shortly"},
	"soon":        {max: span{days: 14}, vague: true, gran: timeline.GranDay, words: "soon"},
	"immediately": {max: span{days: 2}, vague: true, gran: timeline.GranDay, words: "immediately"},
	"right":       {max: span{days: 2}, vague: true, gran: timeline.GranDay, words: "right"},
	"just":        {max: span{days: 2}, vague: true, gran: timeline.GranDay, words: "just"},
	"directly":    {max: span{days: 2}, vague: true, gran: timeline.GranDay, words: "directly"},
}

func isPossessiveAfter(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// dropTimeExpressions marks the tokens of every time expression in the
// sentence, with the words that introduce or close it, so that labels say
// what happened and not when. A time expression used as a possessive
// modifier ("Putin's New Year's greeting") is part of the name of the thing
// and stays.
func (b *builder) dropTimeExpressions(toks []token, u unit, first, last []int) []bool {
	drop := make([]bool, len(toks))
	for i, mi := range u.mentions {
		if first[i] >= last[i] || isPossessiveAfter(b.text, b.ms[mi].End) || isPremodifier(toks, first[i], last[i]) ||
			isSubject(toks, first[i], last[i]) {
			continue
		}
		for k := first[i]; k < last[i]; k++ {
			drop[k] = true
		}
		for k := first[i] - 1; k >= 0 && toks[k].word && leftOfTime[toks[k].lower]; k-- {
			drop[k] = true
		}
		for k := last[i]; k < len(toks) && toks[k].word && rightOfTime[toks[k].lower]; k++ {
			drop[k] = true
		}
	}
	return drop
}

// isSubject reports whether the time expression in toks[first:last] is the
// subject of its clause ("Today is a sad day"): it opens the clause and a
// verb follows. Without it the label would have no subject.
func isSubject(toks []token, first, last int) bool {
	opens := first == 0 || !toks[first-1].word
	if !opens || last >= len(toks) || !toks[last].word {
		return false
	}
	next := toks[last].lower
	return predicateStarts[next] && !reportingVerbs[next]
}

// isPremodifier reports whether the time expression in toks[first:last]
// modifies the noun after it, between a determiner and that noun: "the 2014
// election", "the weekend talks". It names the thing, so the label keeps it.
func isPremodifier(toks []token, first, last int) bool {
	if first == 0 || last >= len(toks) || !toks[last].word || !isLowerWord(toks[last].text) {
		return false
	}
	next := toks[last].lower
	if functionWords[next] || rightOfTime[next] {
		return false
	}
	if toks[first].lower == "the" && last-first >= 2 && (toks[last-1].lower == "century" || isDecade(toks[last-1].lower)) {
		return true // "since the 1990s boom", "a 19th century novel" with its own article
	}
	return determiners[toks[first-1].lower] && !prepositions[toks[first-1].lower]
}

// isDecade reports whether a word names a decade: "1990s", "'80s" arrives as "80s".
func isDecade(w string) bool {
	return len(w) >= 3 && strings.HasSuffix(w, "s") && strings.Trim(w[:len(w)-1], "0123456789") == "" && strings.HasSuffix(w[:len(w)-1], "0")
}

// findRelatives finds the event-relative expressions of a sentence: a
// duration followed by after/before/later/earlier, and "shortly after X".
func (b *builder) findRelatives(toks []token, cls []clause, u unit, first, last []int) []relative {
	if len(toks) == 0 {
		return nil
	}
	var dated []int // starts of placeable mentions, ascending (mentions are in text order)
	for _, mi := range u.mentions {
		if placeable(b.ms[mi]) {
			dated = append(dated, b.ms[mi].Start)
		}
	}
	inMention := make([]bool, len(toks))
	for i := range u.mentions {
		for k := first[i]; k < last[i]; k++ {
			inMention[k] = true
		}
	}
	var out []relative
	for i, mi := range u.mentions {
		m := b.ms[mi]
		if first[i] >= last[i] || !strings.HasPrefix(m.Value, "P") {
			continue
		}
		d, err := parseDuration(m.Value)
		if err != nil {
			continue
		}
		ci := clauseOf(toks, cls, toks[first[i]].Start)
		c := cls[ci]
		k := last[i]
		if k >= c.to || !toks[k].word {
			continue
		}
		r := relative{mention: mi, dur: d, clauseAt: ci, tail: first[i]}
		for r.tail > c.from && toks[r.tail-1].word && quantifiers[toks[r.tail-1].lower] {
			r.tail--
		}
		npFrom := k + 1
		switch toks[k].lower {
		case "after", "following":
			r.kind = relAfterNP
		case "before":
			r.kind = relBeforeNP
		case "prior", "ahead":
			if npFrom < c.to && (toks[npFrom].lower == "to" || toks[npFrom].lower == "of") {
				npFrom++
			}
			r.kind = relBeforeNP
		case "later", "afterwards", "afterward":
			r.kind = relLater
		case "earlier", "previously":
			r.kind = relEarlier
		default:
			continue
		}
		hasNP := npFrom < c.to && toks[npFrom].word && !inMention[npFrom]
		switch {
		case r.kind == relAfterNP && !hasNP:
			r.kind = relLater // "two days after," reads as "two days later"
		case r.kind == relBeforeNP && !hasNP:
			r.kind = relEarlier
		}
		if r.kind == relAfterNP || r.kind == relBeforeNP {
			r.np = clause{npFrom, c.to}
			if datedWithin(toks, r.np, dated) {
				continue // "weeks after the 2014 election": the phrase has its own date
			}
		}
		out = append(out, r)
	}
	for k := 0; k+2 < len(toks); k++ {
		d, ok := windowAdverbs[toks[k].lower]
		if !ok || inMention[k] || inMention[k+1] || inMention[k+2] || !toks[k+2].word {
			continue
		}
		var kind int
		switch toks[k+1].lower {
		case "after":
			kind = relAfterNP
		case "before":
			kind = relBeforeNP
		default:
			continue
		}
		ci := clauseOf(toks, cls, toks[k].Start)
		if k+2 >= cls[ci].to {
			continue
		}
		r := relative{kind: kind, mention: -1, dur: d, clauseAt: ci, tail: k, np: clause{k + 2, cls[ci].to}}
		if !datedWithin(toks, r.np, dated) {
			out = append(out, r)
		}
	}
	return out
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
func (b *builder) clauseLabel(toks []token, cls []clause, ci int, drop []bool) string {
	try := func(c clause) []string { return labelWords(toks[c.from:c.to], drop[c.from:c.to]) }
	good := func(ws []string) bool { return len(ws) >= 2 && contentWords(ws) >= 1 }
	cands := []clause{cls[ci]}
	if ci == 0 && len(cls) > 1 {
		opener := toks[cls[0].from].lower
		commaAfter := cls[0].to < len(toks) && toks[cls[0].to].text == ","
		if prepositions[opener] && !temporalPrepositions[opener] && commaAfter && cls[0].to-cls[0].from <= 8 {
			// "In a televised address Friday, Arpad Gencz described...":
			// an opening prepositional phrase only sets the scene for
			// the main clause, which says what happened.
			cands = []clause{cls[1], cls[0]}
		} else {
			if ws := try(cls[1]); len(ws) > 0 && looksLikePredicate(ws[0]) && len(try(cls[0])) > 0 &&
				len(subjectOf(try(cls[0]))) == len(try(cls[0])) {
				// "The attacks of Sept. 11, 2001, changed the city": the
				// date sits in the subject, and the predicate follows it
				cands = append(cands, clause{cls[0].from, cls[1].to})
			}
			if next := toks[cls[1].from].lower; prepositions[next] && !temporalPrepositions[next] {
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
	var fallback []string
	for n, c := range cands {
		ws := try(c)
		if n == 0 && ci > 0 && len(ws) > 0 && looksLikePredicate(ws[0]) {
			// "Rescue teams, working through the night, pulled 12
			// survivors...": the clause has no subject of its own; borrow
			// the sentence's opening noun phrase when it is short.
			if subj := b.lentSubject(toks, cls, ci, try); len(subj) > 0 {
				ws = append(append([]string(nil), subj...), ws...)
				if len(ws) > maxLabelWords {
					ws = trimTrailingFunctionWords(ws[:maxLabelWords])
				}
			}
		}
		if n == 0 && ci > 0 && isReportOnly(ws) {
			// "..., Castro said Sunday.": the saying is dated, but what
			// was said is the news. Write it as a headline does:
			// "Castro: group would be ready to leave".
			if content := try(cls[0]); contentWords(content) >= 3 {
				speaker := append([]string(nil), trimPlaceAdverbs(ws)...)
				speaker = speaker[:len(speaker)-1]
				speaker[len(speaker)-1] += ":"
				return joinLabel(capWords(append(speaker, content...)))
			}
		}
		if good(ws) {
			return joinLabel(ws)
		}
		if fallback == nil && contentWords(ws) > 0 {
			fallback = ws
		}
	}
	return joinLabel(fallback)
}

// predicateStarts are the auxiliaries, modals and common irregular past
// forms that open a predicate; with the -ed forms they mark a clause whose
// subject lies elsewhere in the sentence.
var predicateStarts = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "did": true, "does": true, "said": true, "says": true,
	"began": true, "became": true, "took": true, "made": true, "told": true, "went": true,
	"came": true, "won": true, "lost": true, "fell": true, "rose": true, "held": true,
	"left": true, "met": true, "sent": true, "gave": true, "saw": true, "found": true,
	"led": true, "struck": true, "fought": true, "broke": true, "ran": true, "spoke": true,
	"wrote": true, "brought": true, "built": true, "kept": true, "paid": true, "sold": true,
}

func looksLikePredicate(w string) bool {
	lw := strings.ToLower(w)
	return isLowerWord(w) && (predicateStarts[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed"))
}

// lentSubject finds the subject for clause ci, whose label opens with its
// predicate: a short opening noun phrase ("Rescue teams, working through
// the night, pulled..."), or, for a predicate joined by "and", "or" or
// "then", the subject of the clause before it or of the sentence ("The
// suspect was arrested ... and arraigned", "Born ..., she moved to Texas
// in 1956 and published her first book"). A relative clause (", which had
// condemned") and an appositive (", Virginia, will vote") lend nothing.
func (b *builder) lentSubject(toks []token, cls []clause, ci int, try func(clause) []string) []string {
	canLend := func(lender int) bool {
		opener := toks[cls[lender].from]
		return (!isLowerWord(opener.text) || subjectPronouns[opener.lower]) && !prepositions[opener.lower] &&
			!connectors[opener.lower] && opener.lower != "there"
	}
	if ws := try(cls[0]); len(ws) > 0 && len(ws) <= 4 && len(subjectOf(ws)) == len(ws) && canLend(0) {
		return ws
	}
	if !partOpeners[toks[cls[ci].from].lower] {
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

// subjectOf returns the label words before the first verb: the subject a
// clause lends to a predicate cut from it ("Suspect was arrested ... and
// arraigned" lends "Suspect"). An opening participle ("Born") lends nothing.
// Only the first word, capitalised by the sentence, is read as a
// participle when it ends in -ed.
func subjectOf(ws []string) []string {
	for i, w := range ws {
		lw := strings.ToLower(w)
		if auxiliaryOrModal[lw] && isLowerWord(w) || looksLikePredicate(w) ||
			i == 0 && (lw == "born" || len(lw) > 4 && strings.HasSuffix(lw, "ed")) {
			return ws[:i]
		}
	}
	return ws
}

// reportingVerbs introduce what someone said.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "predicted": true, "stated": true,
	"warned": true, "announced": true, "declared": true, "reported": true, "wrote": true,
	"argued": true, "insisted": true, "noted": true, "explained": true, "claimed": true,
}

// isReportOnly reports whether a label is only a speaker and a reporting
// verb: "Castro said", "Justice official said", "Viktor Orban said here".
func isReportOnly(ws []string) bool {
	ws = trimPlaceAdverbs(ws)
	return len(ws) >= 2 && len(ws) <= 4 && reportingVerbs[strings.ToLower(ws[len(ws)-1])]
}

func trimPlaceAdverbs(ws []string) []string {
	for len(ws) > 0 && placeAdverbs[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

var placeAdverbs = map[string]bool{"here": true, "there": true, "again": true, "also": true}

// temporalPrepositions relate two events: in "After the vote on Monday,
// protests erupted" the vote is what Monday dates.
var temporalPrepositions = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true}
