package events

import (
	"testing"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// TestMarksFindEveryClass holds findMarks, which reads the tokens eight
// and then four at a time, to a look at each token's classes one by one:
// on sentences of every length to twenty-one (two rounds of eight, one of
// four and a tail), with a word of each class the marks stand for
// at every place (and classes of all three words of a set elsewhere), each
// mark is held exactly when a token has its class. A group of four passed
// over, a tail left out or a class read from the wrong word fails it; so
// does any of stamp, antecedentNoun, laterWhenVerb, mainOfWhenClause,
// whenClauseVerb and copulaOf asking a mark that does not hold for the word
// it looks for (the copula's mark left unset, by hand: fails).
func TestMarksFindEveryClass(t *testing.T) {
	other := lex.Of(lex.ClauseBreakMark, lex.Adverb, lex.RelativePronoun, lex.StopWord, lex.Month)
	for _, c := range []lex.Class{lex.NavigationMark, lex.StampWord, lex.RelativeSubject, lex.ThatWord, lex.WhenWord, lex.Copula} {
		for n := 0; n <= 21; n++ {
			for a := -1; a < n; a++ {
				toks := make([]token, n)
				for i := range toks {
					toks[i].cls = other
				}
				if a >= 0 {
					toks[a].cls = toks[a].cls.Union(lex.Of(c))
				}
				r := reading{toks: toks}
				for m, of := range map[marks][]lex.Class{
					navigationMarked: {lex.NavigationMark},
					stampMarked:      {lex.StampWord},
					relativeMarked:   {lex.RelativeSubject, lex.ThatWord},
					whenMarked:       {lex.WhenWord},
					copulaMarked:     {lex.Copula},
				} {
					want := false
					for _, tok := range toks {
						want = want || tok.cls.Any(lex.Of(of...))
					}
					if got := r.holds(m); got != want {
						t.Fatalf("class %d at %d of %d tokens: holds(%b) = %v, want %v", c, a, n, m, got, want)
					}
				}
			}
		}
	}
}

// TestMarksOnlyRuleOutWhatTheRulesFindNot holds the rules that ask a mark
// first to the same rules with every mark held (as if each sentence had a
// word of every class), on the sentences of the TimeBank articles, for
// every token as the time and as the trigger: a mark asked by a rule that
// can find its answer without a word of that class fails it.
func TestMarksOnlyRuleOutWhatTheRulesFindNot(t *testing.T) {
	files := timeBankFiles(t)
	asked := 0
	for _, f := range files {
		doc, _, _ := readTimeML(t, f)
		asked += marksAgree(t, doc)
	}
	if asked < 10000 {
		t.Fatalf("asked %d times: too few to hold the marks", asked)
	}
}

// marksAgree is TestMarksOnlyRuleOutWhatTheRulesFindNot on one document;
// it returns how many times it asked laterWhenVerb.
func marksAgree(t *testing.T, doc *timeline.Document) int {
	t.Helper()
	tt := tokens(doc)
	bl := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
	var toks []token
	var cls []clause
	asked := 0
	all := marksKnown | navigationMarked | stampMarked | relativeMarked | whenMarked | copulaMarked
	for _, s := range doc.Sentences {
		toks, bl.at = sentenceTokens(tt, s, bl.firstToken(s), toks)
		if len(toks) == 0 {
			continue
		}
		cls = splitClauses(toks, nil, cls[:0])
		inTime := make([]bool, len(toks))
		var fast, slow reading
		fast.read(doc.Text, tt.Lexicon, toks, cls, inTime)
		slow.read(doc.Text, tt.Lexicon, toks, cls, inTime)
		slow.marks = all
		for k := range toks {
			if fast.navigation() != slow.navigation() || fast.stamp(k) != slow.stamp(k) ||
				fast.antecedentNoun(k) != slow.antecedentNoun(k) || fast.mainOfWhenClause(k) != slow.mainOfWhenClause(k) ||
				fast.copulaOf(k) != slow.copulaOf(k) || fast.whenClauseVerb(k) != slow.whenClauseVerb(k) {
				t.Fatalf("%q, token %d: the rules with the sentence's marks differ from those with all", doc.Text[s.Start:s.End], k)
			}
			for last := k + 1; last <= len(toks) && last <= k+3; last++ {
				for v := max(k-3, 0); v < len(toks) && v <= last+3; v++ {
					if fast.laterWhenVerb(v, last) != slow.laterWhenVerb(v, last) {
						t.Fatalf("%q, verb %d, time to %d: laterWhenVerb with the sentence's marks differs", doc.Text[s.Start:s.End], v, last)
					}
					asked++
				}
			}
		}
	}
	return asked
}
