package events

import (
	"slices"
	"testing"

	"retrace/timeline/lex"
)

// TestPartnersAsWritten holds partners, which puts in line at each word it
// asks only the test that there is one (k >= 0) and leaves the rest of
// add to addPartner, to it as written first, with all of add in line: on
// the TimeBank sentences, every word as a verb's and a noun's trigger, for
// each of the sentence's times, with an empty buf and one that holds a
// word already. The two are read apart, each with tokens of its own.
func TestPartnersAsWritten(t *testing.T) {
	found := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		got, times := timeBankReading(ts)
		want, _ := timeBankReading(ts)
		for _, tm := range times {
			for tr := range ts.toks {
				for _, noun := range []bool{false, true} {
					for _, held := range [][]int{nil, {tr + 1}} {
						g := got.partners(tr, noun, tm[0], tm[1], slices.Clone(held))
						w := partnersAsWritten(want, tr, noun, tm[0], tm[1], slices.Clone(held))
						if !slices.Equal(g, w) {
							t.Fatalf("%s: %q: partners(%d, %v, %d, %d, %v) = %v, as written %v", ts.file,
								ts.doc.Text[ts.span.Start:ts.span.End], tr, noun, tm[0], tm[1], held, g, w)
						}
						found += len(g) - len(held)
					}
				}
			}
		}
	})
	if found < 10000 {
		t.Errorf("only %d partners found: the rules are hardly tried", found)
	}
}

// partnersAsWritten is partners as first written, add all in line.
func partnersAsWritten(r *reading, tr int, noun bool, first, last int, buf []int) []int {
	add := func(k int) {
		if k < 0 || k == tr || r.inTime[k] {
			return
		}
		for _, b := range buf {
			if b == k {
				return
			}
		}
		buf = append(buf, k)
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
		if n := tr + 1; r.lower(n) && !r.inTime[n] && r.toks[n].cls.Any(pastParticiples) && !r.has(n, lex.FunctionWord) {
			add(n) // "a takeover bid launched last week"
		}
		add(r.headOfPhrase(tr, first))
		if p := tr - 1; r.lower(p) && !r.inTime[p] && r.eventNoun(p) {
			add(p) // "the October 1998 shooting death": a happening that names the other
		}
		for _, k := range r.listedNouns(tr) {
			add(k) // "40 years of the blockade, armed invasions, sabotage and attempts"
		}
		add(r.whenClauseVerb(last)) // "a campaign poster from 1989, when Solidarity won"
		return buf
	}
	var chainBuf [3]int
	chain := append(chainBuf[:0], tr)
	if v := r.chainedAfter(tr); v >= 0 {
		add(v)
		chain = append(chain, v)
	}
	if v := r.chainedBefore(tr); v >= 0 {
		add(v)
		chain = append(chain, v)
	}
	if k := r.complementNoun(tr, first); k >= 0 {
		add(k)
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
	if v := r.whenClauseVerb(last); v >= 0 {
		add(v)
		add(r.subjectHead(v)) // "Oct. 13, when Wall Street's plunge helped"
	}
	add(r.mainOfWhenClause(first))
	add(r.antecedentNoun(tr))
	if p := tr - 1; r.lower(tr) && r.toks[tr].cls.Any(pastParticiples) && r.lower(p) && !r.inTime[p] && r.eventNoun(p) {
		add(p) // "a long verbal attack read on Iraqi television Thursday"
	}
	// a state's subject: "The dividend increase was Du Pont's second this
	// year", "net income was $2.1 million"
	if c := r.copulaOf(tr); c >= 0 {
		add(r.subjectOf(c))
	}
	add(r.laterWhenVerb(tr, last))
	add(r.qualifyingParticiple(tr, first))
	// the happening the time follows directly: "shares rose in early
	// trading yesterday"
	if k := first - 1; k > tr && r.lower(k) && !r.inTime[k] &&
		(r.eventNoun(k) || r.has(k, lex.ParticipleForm) && !r.has(k, lex.IngNotVerb) && !r.verb(k)) {
		add(k)
	}
	return buf
}
