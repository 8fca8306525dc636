package events

import (
	"fmt"
	"math/rand"
	"testing"

	"retrace/timeline/lex"
)

// reportedFromAsWritten is reportedFrom as first written, which asked verb
// again of each word from what was reported on to its first verb: the
// reference TestReportedFromAsWritten holds reportedFrom to.
func reportedFromAsWritten(rd *reading, rv int, c clause) (int, bool) {
	addressee := rd.has(rv, lex.AddresseeVerb)
	from := rv + 1
	that := false
	for k := from; k < c.to && !rd.verb(k); k++ {
		if rd.has(k, lex.ThatWord) {
			from, that = k+1, true
			break
		}
	}
	if addressee && !that {
		return 0, false
	}
	for from < c.to && (rd.inTime[from] || rd.has(from, lex.ThatWord) || !rd.toks[from].word) {
		from++
	}
	for k := from; k < c.to; k++ {
		if !rd.verb(k) {
			continue
		}
		if (rd.has(k, lex.ReportingVerb) || rd.has(k, lex.AddresseeVerb)) && k > from {
			n := k + 1
			for n < c.to && rd.lower(n) && (rd.has(n, lex.VerbObjectStart) && !rd.determiner(n) && !rd.has(n, lex.Preposition) ||
				rd.has(n, lex.ThatWord)) {
				n++
			}
			if n > k+1 && rd.verbIn(clause{n, c.to}) {
				from = n
			}
		}
		break
	}
	return from, from < c.to
}

// TestReportedFromAsWritten checks reportedFrom, which takes the report's
// first verb from its search for "that" unless the words it passes over
// reach past it, against reportedFrom as first written, and its answer
// whether what was reported holds a verb against verbIn's: every word of
// every clause of the TimeBank sentences as the reporting verb, and of
// random sentences of "that", reporting and addressee verbs, times and
// marks.
func TestReportedFromAsWritten(t *testing.T) {
	check := func(where func() string, got, want *reading) {
		t.Helper()
		for _, c := range got.clause {
			for rv := c.from; rv < c.to; rv++ {
				gf, gok, gv := got.reportedFrom(rv, c)
				wf, wok := reportedFromAsWritten(want, rv, c)
				wv := wok && want.verbIn(clause{wf, c.to})
				if gf != wf || gok != wok || gv != wv {
					t.Fatalf("%s: reportedFrom(%d, %v) = %d, %v, %v; as written %d, %v, and a verb after %v", where(), rv, c, gf, gok, gv, wf, wok, wv)
				}
			}
		}
	}
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		got, _ := timeBankReading(ts)
		want, _ := timeBankReading(ts)
		check(func() string { return fmt.Sprintf("%s: %q", ts.file, ts.doc.Text[ts.span.Start:ts.span.End]) }, got, want)
	})
	classes := []lex.Class{lex.ThatWord, lex.ReportingVerb, lex.AddresseeVerb, lex.PastForm, lex.VerbObjectStart,
		lex.Preposition, lex.Determiner, lex.AuxiliaryOrModal}
	texts := []string{"that", "said", "told", "him", "the", "Kim", "rose", "in", ",", "_"}
	rng := rand.New(rand.NewSource(31))
	for n := range 100000 {
		got, want := randomReadings(rng, sentenceShape{texts: texts, classes: classes, maxLen: 10, maxClasses: 3, modOneIn: 8, timeOneIn: 4})
		toks, inTime := got.toks, got.inTime
		check(func() string { return fmt.Sprintf("sentence %d of %+v, in time %v", n, toks, inTime) }, got, want)
	}
}

// reportedLabelAsWritten is reportedLabel as first written, which asked
// verbIn of what was reported again once it had run it on past an
// appositive: the reference TestReportedLabelAsWritten holds reportedLabel
// to.
func (b *builder) reportedLabelAsWritten(rd *reading, tr, ci int, drop []bool) (label, reporter string) {
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
	from, ok, _ := rd.reportedFrom(rv, c)
	if !ok {
		return "", ""
	}
	to := c.to
	if !rd.verbIn(clause{from, to}) {
		// "confirmed reports that a fourth aircraft carrier -- the John
		// F. Kennedy -- and its group of ships could head for the
		// Middle East": past a phrase set off by dashes or commas
		for cj := ci + 1; cj < len(rd.clause); cj++ {
			if rd.verbIn(rd.clause[cj]) {
				to = rd.clause[cj].to
				break
			}
			if !rd.appositive(cj) {
				break
			}
		}
	}
	keep := b.reportedMarks(rd, drop, c, from, to)
	if !rd.verbIn(clause{from, to}) {
		return "", ""
	}
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

// eachTimeBankTrigger calls f with every word of every TimeBank sentence
// as the trigger tr in its clause ci, twice: with no marks (drop all false)
// and with the times marked. The builder's reading is the sentence's, and
// its word and label arenas are emptied before each call.
func eachTimeBankTrigger(t *testing.T, f func(ts *timeBankSentence, b *builder, tr, ci int, drop []bool)) {
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		r, _ := timeBankReading(ts)
		b := ts.b
		b.rd = *r
		for _, drop := range [][]bool{make([]bool, len(r.toks)), r.inTime} {
			for ci, c := range r.clause {
				for tr := c.from; tr < c.to; tr++ {
					b.words.used, b.made.used = 0, 0
					f(ts, b, tr, ci, drop)
				}
			}
		}
	})
}

// TestReportedLabelAsWritten checks reportedLabel, which returns as soon as
// what was reported is found to hold no verb, against reportedLabel as
// first written: every word of every TimeBank sentence as the trigger in
// its clause, with no marks and with the times marked.
func TestReportedLabelAsWritten(t *testing.T) {
	labels := 0
	eachTimeBankTrigger(t, func(ts *timeBankSentence, b *builder, tr, ci int, drop []bool) {
		got, gotWho := b.reportedLabel(&b.rd, tr, ci, drop)
		want, wantWho := b.reportedLabelAsWritten(&b.rd, tr, ci, drop)
		if got != want || gotWho != wantWho {
			t.Fatalf("%s: %q, trigger %d: reportedLabel %q, %q; as written %q, %q", ts.file,
				ts.doc.Text[ts.span.Start:ts.span.End], tr, got, gotWho, want, wantWho)
		}
		if got != "" {
			labels++
		}
	})
	if labels < 1000 {
		t.Errorf("only %d reported labels", labels)
	}
}

// TestLastReportingFirstTest holds triggerLabel's first test of
// reportedLabel to reportedLabel asked of the trigger itself: every word of
// every TimeBank sentence as the trigger in its clause, with no marks and
// with the times marked. Where lastReporting finds no reporting verb,
// reportedLabel labels nothing; where it finds one, reportedLabel asked
// from it labels as asked from the trigger.
func TestLastReportingFirstTest(t *testing.T) {
	labels, skipped := 0, 0
	eachTimeBankTrigger(t, func(ts *timeBankSentence, b *builder, tr, ci int, drop []bool) {
		want, wantWho := b.reportedLabel(&b.rd, tr, ci, drop)
		var got, gotWho string
		if rv := b.rd.lastReporting(tr, b.rd.clause[ci].from); rv >= 0 {
			b.words.used, b.made.used = 0, 0
			got, gotWho = b.reportedLabel(&b.rd, rv, ci, drop)
		} else {
			skipped++
		}
		if got != want || gotWho != wantWho {
			t.Fatalf("%s: %q, trigger %d: from the first test %q, %q; from the trigger %q, %q", ts.file,
				ts.doc.Text[ts.span.Start:ts.span.End], tr, got, gotWho, want, wantWho)
		}
		if got != "" {
			labels++
		}
	})
	if labels < 1000 || skipped < 1000 {
		t.Errorf("only %d reported labels, %d triggers with no reporting verb", labels, skipped)
	}
}
