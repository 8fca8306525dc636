package events

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// windowRelativesByToken is findRelatives' search for "shortly after X" as
// it was written first, every condition asked in the loop over the
// tokens: the reference the loop that leaves the rest to windowRelative
// is held to.
func windowRelativesByToken(toks []token, cls []clause, inTime []bool, dated []int) []relative {
	var out []relative
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].cls.Has(lex.WindowAdverb) || inTime[k] || inTime[k+1] || inTime[k+2] || !toks[k+2].word {
			continue
		}
		var kind int
		switch next := toks[k+1].cls; {
		case next.Has(lex.AfterWord):
			kind = relAfterNP
		case next.Has(lex.BeforeWord):
			kind = relBeforeNP
		default:
			continue
		}
		e := toks[k].e
		d := durationRange{max: span{days: e.Num}, vague: true, gran: timeline.GranDay, words: e.Word}
		ci := clauseOf(toks, cls, toks[k].Start)
		if k+2 >= cls[ci].to {
			continue
		}
		r := relative{kind: kind, mention: -1, at: -1, dur: d, clauseAt: ci, tail: k, np: clause{k + 2, cls[ci].to}}
		if !datedWithin(toks, r.np, dated) {
			out = append(out, r)
		}
	}
	return out
}

// TestWindowRelativesAsByToken holds findRelatives to the token-by-token
// search on random sentences of window adverbs, after and before words,
// marks, times, clauses and dated phrases, none to thirty tokens long (a
// loop that stops a token short or reads past the end, or a condition
// lost on the way to windowRelative, fails it).
func TestWindowRelativesAsByToken(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	kinds := []lex.Set{{}, lex.Of(lex.WindowAdverb), lex.Of(lex.AfterWord), lex.Of(lex.BeforeWord),
		lex.Of(lex.WindowAdverb, lex.AfterWord), lex.Of(lex.Article)}
	entries := []*lex.Entry{{Word: "shortly", Num: 1}, {Word: "soon", Num: 3}, {}}
	b := &builder{}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	found := 0
	for range 20000 {
		toks := make([]token, rng.IntN(31))
		inTime := make([]bool, len(toks))
		var dated []int
		for k := range toks {
			toks[k] = token{Span: timeline.Span{Start: 10 * k, End: 10*k + 5}, word: rng.IntN(6) > 0,
				cls: kinds[rng.IntN(len(kinds))], e: entries[rng.IntN(len(entries))]}
			inTime[k] = rng.IntN(8) == 0
			if rng.IntN(10) == 0 {
				dated = append(dated, 10*k+rng.IntN(10))
			}
		}
		cls := []clause{{0, len(toks)}}
		for k := 1; k < len(toks); k++ {
			if rng.IntN(6) == 0 {
				cls[len(cls)-1].to = k
				cls = append(cls, clause{k, len(toks)})
			}
		}
		// the dated phrases are placeable dates that findRelatives lists
		// (their tokens are left out: first = last)
		b.ms = b.ms[:0]
		u := unit{}
		for i, at := range dated {
			b.ms = append(b.ms, timeline.Mention{Span: timeline.Span{Start: at, End: at + 1}, Type: timeline.TypeDate,
				Value: "1998-01-08", Interval: timeline.Interval{Earliest: day, Latest: day}})
			u.mentions = append(u.mentions, i)
		}
		none := make([]int, len(dated))
		b.setSentence(toks, cls, u, none, none, inTime, nil)
		got := b.findRelatives()
		want := windowRelativesByToken(toks, cls, inTime, dated)
		if len(toks) == 0 {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findRelatives = %+v, token by token %+v", got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Errorf("only %d relatives found", found)
	}
}

// clauseLabelEagerly is clauseLabel as it was written first, the clause
// after the first read for the candidate of a dated subject before any
// candidate is tried: the reference clauseLabel is held to.
func (b *builder) clauseLabelEagerly(toks []token, cls []clause, ci int, drop []bool) string {
	// the words of a stretch of the sentence, each stretch read once: the
	// candidates below ask for the same clauses again
	type labelled struct {
		c  clause
		ws []word
	}
	var room [8]labelled // candidates are few: room for them without a heap allocation
	seen := room[:0]
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
	good := func(ws []word) bool { return len(ws) >= 2 && contentWords(ws) >= 1 }
	cands := append(make([]clause, 0, 8), cls[ci])
	if ci == 0 && len(cls) > 1 {
		opener := toks[cls[0].from].cls
		commaAfter := cls[0].to < len(toks) && toks[cls[0].to].text == ","
		if opener.Has(lex.Preposition) && !opener.Has(lex.TemporalPreposition) && commaAfter && cls[0].to-cls[0].from <= maxOpener {
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
		ws := try(c)
		if n == 0 && ci > 0 && len(ws) > 0 && looksLikePredicate(ws[0]) {
			// "Rescue teams, working through the night, pulled 12
			// survivors...": the clause has no subject of its own; borrow
			// the sentence's opening noun phrase when it is short.
			if subj := b.lentSubject(toks, cls, ci, try); len(subj) > 0 {
				ws = append(append([]word(nil), subj...), ws...)
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
		if rv := reportVerb(ws); n == 0 && rv > 0 && cls[ci].to < len(toks) && toks[cls[ci].to].text == ":" {
			// "Bush replied: 'I don't see anything to be pleasing in
			// there'": what was said follows the colon
			if c := (clause{cls[ci].to + 1, len(toks)}); c.from < c.to {
				if content := try(c); contentWords(content) >= 3 {
					speaker := append([]word(nil), subjectHead(ws[:rv])...)
					if len(speaker) > 1 && isTitle(b.lx, speaker[0]) && !speaker[1].isLower() {
						speaker = speaker[1:] // "Bush:", as a headline quotes him
					}
					speaker[len(speaker)-1] = b.newWord(speaker[len(speaker)-1].text + ":")
					return b.joinLabel(capWords(append(speaker, content...)))
				}
			}
		}
		if rv := reportVerb(ws); n == 0 && ci > 0 && rv > 0 {
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
				if contentWords(content) < 3 {
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
		if fallback == nil && contentWords(ws) > 0 {
			fallback = ws
		}
	}
	return b.joinLabel(fallback)
}

// TestClauseLabelAsEagerly holds clauseLabel, which asks whether a
// predicate follows a dated subject only when it reaches that candidate,
// and answers a clause its own words label as they are before it lists
// any candidate (ownWordsOnly), to clauseLabelEagerly on every clause of
// the TimeBank sentences, with their times dropped and kept (a candidate
// skipped whatever the answer, or taken whatever it, fails it; so do a
// clause's own words taken whatever the rules of the first candidate).
func TestClauseLabelAsEagerly(t *testing.T) {
	labels := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		r, _ := timeBankReading(ts)
		b := ts.b
		b.rd = *r
		for _, drop := range [][]bool{make([]bool, len(r.toks)), r.inTime} {
			for ci := range r.clause {
				b.words.used, b.made.used = 0, 0
				got := b.clauseLabel(r.toks, r.clause, ci, drop)
				want := b.clauseLabelEagerly(r.toks, r.clause, ci, drop)
				if got != want {
					t.Fatalf("%s: %q, clause %d: clauseLabel %q, eagerly %q", ts.file, ts.doc.Text[ts.span.Start:ts.span.End], ci, got, want)
				}
				labels++
			}
		}
	})
	if labels < 1000 {
		t.Errorf("only %d labels compared", labels)
	}
}

// TestReportedMarksAsTokenByToken checks reportedMarks, which copies the
// marks and finds the appositives between two clauses once, against
// asking of every token whether it belongs to either clause, as
// reportedLabel first did: on random sentences of clauses and marks.
func TestReportedMarksAsTokenByToken(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	b := &builder{}
	for range 20000 {
		n := 1 + rng.IntN(30)
		rd := &reading{toks: make([]token, n)}
		drop := make([]bool, n)
		for k := range n {
			rd.toks[k].Span = timeline.Span{Start: 10 * k, End: 10*k + 5}
			drop[k] = rng.IntN(4) == 0
		}
		rd.clause = []clause{{0, n}}
		for k := 1; k < n; k++ {
			if rng.IntN(5) == 0 {
				rd.clause[len(rd.clause)-1].to = k
				rd.clause = append(rd.clause, clause{k, n})
			}
		}
		ci := rng.IntN(len(rd.clause))
		c := rd.clause[ci]
		from := c.from + rng.IntN(c.to-c.from)
		to := rd.clause[ci+rng.IntN(len(rd.clause)-ci)].to
		want := make([]bool, to-from)
		for k := from; k < to; k++ {
			inClauses := k < c.to || k >= rd.clause[clauseOf(rd.toks, rd.clause, rd.toks[to-1].Start)].from
			want[k-from] = drop[k] || !inClauses
		}
		if got := b.reportedMarks(rd, drop, c, from, to); !slices.Equal(got, want) {
			t.Fatalf("clauses %v, clause %d, %d:%d, drop %v: reportedMarks = %v, token by token %v", rd.clause, ci, from, to, drop, got, want)
		}
	}
}

// dropTimeExpressionsAsAsked is dropTimeExpressions as first written,
// which asked isPremodifier and isSubject of every time expression, also
// of one with no word after it: the reference
// TestDropTimeExpressionsAsAsked holds it to.
func (b *builder) dropTimeExpressionsAsAsked(drop []bool, toks []token, u unit, first, last []int) []bool {
	for i, mi := range u.mentions {
		if first[i] >= last[i] || isPossessiveAfter(b.text, b.ms[mi].End) || isPremodifier(toks, first[i], last[i]) ||
			isSubject(toks, first[i], last[i]) {
			continue
		}
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
	for i := range u.mentions {
		if k := last[i]; i+1 < len(u.mentions) && first[i] < k && first[i+1] == k+1 && toks[k].word && isLowerWord(toks[k].text) &&
			toks[k].cls.Any(participles) && first[i+1] < last[i+1] && !isPossessiveAfter(b.text, b.ms[u.mentions[i+1]].End) {
			for j := first[i]; j <= k; j++ {
				drop[j] = true
			}
			for j := first[i] - 1; j >= 0 && toks[j].word && (toks[j].cls.Has(lex.LeftOfTime) || toks[j].cls.Has(lex.Determiner)); j-- {
				drop[j] = true
			}
		}
	}
	return drop
}

// TestDropTimeExpressionsAsAsked holds dropTimeExpressions, which asks
// whether a time premodifies the word after it or is its subject only when
// a word follows it, to dropTimeExpressionsAsAsked, on every TimeBank
// sentence with its gold time expressions (a time followed by a word and
// not asked fails it).
func TestDropTimeExpressionsAsAsked(t *testing.T) {
	marked := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		b, toks := ts.b, ts.toks
		b.ms = ts.ms
		var u unit
		for mi, m := range ts.ms {
			if ts.span.Start <= m.Start && m.End <= ts.span.End {
				u.mentions = append(u.mentions, mi)
			}
		}
		slices.SortFunc(u.mentions, func(i, j int) int { return ts.ms[i].Start - ts.ms[j].Start })
		first, last := make([]int, len(u.mentions)), make([]int, len(u.mentions))
		mentionTokens(toks, b.ms, u.mentions, first, last)
		b.setSentence(toks, nil, u, first, last, nil, make([]bool, len(toks)))
		got := b.dropTimeExpressions()
		want := b.dropTimeExpressionsAsAsked(make([]bool, len(toks)), toks, u, first, last)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: %q: dropTimeExpressions %v, every time asked %v", ts.file, ts.doc.Text[ts.span.Start:ts.span.End], got, want)
		}
		for _, d := range got {
			if d {
				marked++
			}
		}
	})
	if marked < 1000 {
		t.Errorf("only %d tokens marked", marked)
	}
}

// TestFindRelativesAsWritten holds findRelatives, which looks for a span
// that may place an event (mayPlace) and a window adverb before it calls
// relativesFrom for the rest, to it as written first, in one function that
// reads every mention: random sentences of spans (known and unknown units,
// "PRESENT_REF"), dates, the words of relation after them, window adverbs,
// quantifiers and marks, in random clauses, none to thirty tokens long
// (broke it by hand three times, mayPlace narrowed to "after" words,
// relativesFrom started a mention late and a window adverb late: each
// fails).
func TestFindRelativesAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	kinds := []lex.Set{{}, lex.Of(lex.AfterWord), lex.Of(lex.BeforeWord), lex.Of(lex.LaterWord), lex.Of(lex.EarlierWord),
		lex.Of(lex.PriorWord), lex.Of(lex.PriorLink), lex.Of(lex.FollowingWord), lex.Of(lex.WindowAdverb), lex.Of(lex.Article),
		lex.Of(lex.Quantifier)}
	values := []string{"P3D", "PXW", "P1Y", "P2DE", "PT5H", "P1Y2M", "PRESENT_REF"}
	b := &builder{}
	found := 0
	for range 50000 {
		rs := newRelativeSentence(rng, b, kinds, values, true)
		toks, u, first, last, inTime, cls := rs.toks, rs.u, rs.first, rs.last, rs.inTime, rs.cls
		b.setSentence(toks, cls, u, first, last, inTime, nil)
		got := b.findRelatives()
		want := b.findRelativesAsWritten(toks, cls, u, first, last, inTime)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokens %+v, mentions %v %v: findRelatives = %+v, as written %+v", toks, first, last, got, want)
		}
		found += len(got)
	}
	if found < 5000 {
		t.Errorf("only %d relatives found", found)
	}
}

// findRelativesAsWritten is findRelatives as first written, every mention
// read in one function.
func (b *builder) findRelativesAsWritten(toks []token, cls []clause, u unit, first, last []int, inTime []bool) []relative {
	if len(toks) == 0 {
		return nil
	}
	// datedIn reports whether a placeable mention starts inside the
	// tokens np (datedWithin). The mentions' starts are listed when first
	// asked: few spans and adverbs place an event from another.
	var dated []int
	datedIn := func(np clause) bool {
		if dated == nil {
			dated = make([]int, 0, len(u.mentions)) // ascending: mentions are in text order
			for _, mi := range u.mentions {
				if placeable(&b.ms[mi]) {
					dated = append(dated, b.ms[mi].Start)
				}
			}
		}
		return datedWithin(toks, np, dated)
	}
	var out []relative
	first, last = first[:len(u.mentions)], last[:len(u.mentions)] // checked here once, not at each mention
	for i, mi := range u.mentions {
		m := &b.ms[mi] // a mention is large to copy
		if first[i] >= last[i] || !strings.HasPrefix(m.Value, "P") {
			continue
		}
		ci := clauseOf(toks, cls, toks[first[i]].Start)
		c := cls[ci]
		k := last[i]
		if k >= c.to || !toks[k].word || !toks[k].cls.Any(relationAfterSpan) {
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
	for k := nextWindowAdverb(window, 0); k < len(window); k = nextWindowAdverb(window, k+1) {
		if r, ok := windowRelative(toks, cls, inTime, k); ok && !datedIn(r.np) {
			out = append(out, r)
		}
	}
	return out
}

// TestInCapitalsAsToUpper holds inCapitals, which asks upperCase of each
// word, to it as first written, each word compared with strings.ToUpper's
// copy of it: on random runs of words and marks of every kind of rune,
// invalid bytes among them (broke it by hand, upperCase's answer turned:
// fails).
func TestInCapitalsAsToUpper(t *testing.T) {
	asWritten := func(toks []token) bool {
		words := 0
		for _, t := range toks {
			if t.word {
				if strings.ToUpper(t.text) != t.text || len(t.text) < 2 {
					return false
				}
				words++
			}
		}
		return words > 0
	}
	rng := rand.New(rand.NewPCG(41, 42))
	parts := []string{"A", "Z", "z", "NEW", "YORK", "Q3", "1990S", "É", "é", "Σ", "ß", "\xff", "-", "İ", "ı"}
	capitals := 0
	for range 100000 {
		toks := make([]token, rng.IntN(5))
		for k := range toks {
			var b strings.Builder
			for n := rng.IntN(3); n >= 0; n-- {
				b.WriteString(parts[rng.IntN(len(parts))])
			}
			toks[k] = token{text: b.String(), word: rng.IntN(5) > 0}
		}
		got, want := inCapitals(toks), asWritten(toks)
		if got != want {
			t.Fatalf("inCapitals(%+v) = %v, as written %v", toks, got, want)
		}
		if got {
			capitals++
		}
	}
	if capitals < 1000 {
		t.Errorf("only %d runs in capitals", capitals)
	}
}

// tailsDroppedAsWritten is the loop over a sentence's relatives that
// marks the tails their labels leave out as it was written in
// builder.sentence, for every sentence: the reference tailsDropped, now
// asked only of sentences with relatives, is held to.
func tailsDroppedAsWritten(b *builder, rels []relative, cls []clause, mentionDrop []bool) []bool {
	tailDrop := mentionDrop
	copied := false
	for _, r := range rels {
		if r.kind != relAfterNP && r.kind != relBeforeNP {
			continue
		}
		if !copied {
			tailDrop, copied = append(b.tailDrop[:0], mentionDrop...), true
			b.tailDrop = tailDrop
		}
		for i := r.tail; i < cls[r.clauseAt].to; i++ {
			tailDrop[i] = true
		}
	}
	return tailDrop
}

// TestTailsDroppedAsWritten holds tailsDropped, as builder.sentence asks
// it, to tailsDroppedAsWritten on random sentences: random clauses, drop
// marks and relatives of every kind (none, some or all of them with a
// noun phrase). The marks must be the same, mentionDrop left as it was,
// and mentionDrop itself returned when no relative has a noun phrase.
func TestTailsDroppedAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	kinds := []int{relNone, relAfterNP, relBeforeNP, relLater, relEarlier}
	var want, got builder
	for n := 0; n < 20000; n++ {
		ntok := rng.IntN(30)
		var cls []clause
		for from := 0; from < ntok || len(cls) == 0; {
			to := min(ntok, from+1+rng.IntN(10))
			cls = append(cls, clause{from, to})
			from = to
			if ntok == 0 {
				break
			}
		}
		mentionDrop := make([]bool, ntok)
		for i := range mentionDrop {
			mentionDrop[i] = rng.IntN(4) == 0
		}
		var rels []relative
		for range rng.IntN(4) {
			ci := rng.IntN(len(cls))
			c := cls[ci]
			rels = append(rels, relative{kind: kinds[rng.IntN(len(kinds))], tail: c.from + rng.IntN(c.to-c.from+1), clauseAt: ci})
		}
		before := slices.Clone(mentionDrop)
		wantDrop := slices.Clone(tailsDroppedAsWritten(&want, rels, cls, slices.Clone(mentionDrop)))
		got.setSentence(nil, cls, unit{}, nil, nil, nil, mentionDrop)
		gotDrop := mentionDrop
		if len(rels) > 0 {
			gotDrop = got.tailsDropped(rels, mentionDrop)
		}
		if !slices.Equal(gotDrop, wantDrop) {
			t.Fatalf("clauses %v, drop %v, relatives %+v: tailsDropped %v, want %v", cls, before, rels, gotDrop, wantDrop)
		}
		if !slices.Equal(mentionDrop, before) {
			t.Fatalf("clauses %v, drop %v, relatives %+v: mentionDrop changed to %v", cls, before, rels, mentionDrop)
		}
		noun := slices.ContainsFunc(rels, func(r relative) bool { return r.kind == relAfterNP || r.kind == relBeforeNP })
		if !noun && len(gotDrop) > 0 && &gotDrop[0] != &mentionDrop[0] {
			t.Fatalf("relatives %+v without a noun phrase: tailsDropped made a copy", rels)
		}
	}
}
