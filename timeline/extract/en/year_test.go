package en

import (
	"math/rand/v2"
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// mayBeYear rules a number out of the year family only where the family
// does not match at it: on random texts of years, eras, ranges and
// numbers, and on each way of writing a year of other than four digits.
func TestMayBeYearRulesOutOnlyNonYears(t *testing.T) {
	for _, text := range []string{"300 BC", "44 B.C.", "44 B.C.E.", "79 AD", "79 A.D.", "200 CE", "264 to 241 BC",
		"(240-238 BC)", "356–323 BC", "1915-17", "the Siege of Kut (1915-16)", "the winter of 1854–55"} {
		if !hasShortYear(t, text) {
			t.Errorf("no year of other than four digits read in %q", text)
		}
	}
	words := []string{"BC", "B", "C", "E", "AD", "A", "D", "CE", ".", "to", "-", "–", "and", "(", ")", ",", "the", "year",
		"3", "44", "79", "98", "17", "300", "264", "241", "1915", "1854", "12345", "2.5", "troops", "in"}
	r := rand.New(rand.NewPCG(31, 32))
	for range 20000 {
		hasShortYear(t, randomText(r, words, 1+r.IntN(8)))
	}
}

// hasShortYear fails t where the year family matches at a number of text
// that begins leaves it out at, and reports whether it matched at any
// number of other than four digits.
func hasShortYear(t *testing.T, text string) bool {
	t.Helper()
	tt := lex.Tokenize(text, lexicon)
	l := english.(*language)
	s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
	bit := uint32(0)
	for fi, f := range l.families {
		if f.name == "year" {
			bit = 1 << fi
		}
	}
	found := false
	for i := range tt.Tokens {
		if !s.isNumber(i) {
			continue
		}
		if c, ok := year(s, i); ok && c.J > c.I {
			found = found || s.digits(i) != 4
			if s.begins(i)&bit == 0 {
				t.Fatalf("year matches %q in %q, but begins leaves it out", text[tt.Start(c.I):tt.End(c.J-1)], text)
			}
		}
	}
	return found
}
