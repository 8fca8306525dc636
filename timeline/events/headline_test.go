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
// reach past it, against reportedFrom as first written: every word of
// every clause of the TimeBank sentences as the reporting verb, and of
// random sentences of "that", reporting and addressee verbs, times and
// marks.
func TestReportedFromAsWritten(t *testing.T) {
	check := func(where func() string, got, want *reading) {
		t.Helper()
		for _, c := range got.clause {
			for rv := c.from; rv < c.to; rv++ {
				gf, gok := got.reportedFrom(rv, c)
				wf, wok := reportedFromAsWritten(want, rv, c)
				if gf != wf || gok != wok {
					t.Fatalf("%s: reportedFrom(%d, %v) = %d, %v; as written %d, %v", where(), rv, c, gf, gok, wf, wok)
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
