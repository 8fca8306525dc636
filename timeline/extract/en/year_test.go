package en

import (
	"math/rand/v2"
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// mayBeShortYear rules a number out of the year family only where the
// checks it stands before (an era after it or after a range it opens, the
// short end of a range) all fail: on random texts of years, eras, ranges
// and numbers, and on each way of writing a short year.
func TestMayBeShortYearRulesOutOnlyNonYears(t *testing.T) {
	for _, text := range []string{"300 BC", "44 B.C.", "44 B.C.E.", "79 AD", "79 A.D.", "200 CE", "264 to 241 BC",
		"(240-238 BC)", "356–323 BC", "1915-17", "the Siege of Kut (1915-16)", "the winter of 1854–55", "the year 300 BC"} {
		if !hasShortYear(t, text) {
			t.Errorf("no year read in %q", text)
		}
	}
	words := []string{"BC", "B", "C", "E", "AD", "A", "D", "CE", ".", "to", "-", "–", "and", "(", ")", ",", "the", "year",
		"fiscal", "3", "44", "79", "98", "17", "300", "264", "241", "1915", "1854", "12345", "2.5", "troops", "in"}
	r := rand.New(rand.NewPCG(31, 32))
	for range 20000 {
		hasShortYear(t, randomText(r, words, 1+r.IntN(8)))
	}
}

// hasShortYear fails t where mayBeShortYear rules out a number of text that
// the checks after it would read as a year, and reports whether any number
// of other than four digits was read as one.
func hasShortYear(t *testing.T, text string) bool {
	t.Helper()
	tt := lex.Tokenize(text, lexicon)
	s := english.Read(grammar.NewScanner(tt, english.HolidayIndex())).(*scanner)
	found := false
	for k := range tt.Tokens {
		if !s.isNumber(k) || s.digits(k) == 4 {
			continue
		}
		_, bc := s.beforeChrist(k + 1)
		_, ad := s.annoDomini(k + 1)
		_, short := s.shortRangeEnd(k)
		era := bc || ad || s.opensRangeBC(k)
		for _, i := range []int{k, k - 1} { // at the family's first token, or after "fiscal"
			read := era || i == k && s.digits(k) == 2 && short
			found = found || read
			if read && !s.mayBeShortYear(i, k) {
				t.Fatalf("mayBeShortYear(%d, %d) rules out a year in %q", i, k, text)
			}
		}
	}
	return found
}
