package en

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
	"retrace/timeline/timeml"
)

// mayBeYear rules a number out of the year family only where the family
// does not match at it: on random texts of years, eras, ranges and
// numbers, and on each way of writing a year of other than four digits.
func TestMayBeYearRulesOutOnlyNonYears(t *testing.T) {
	for _, text := range []string{"300 BC", "44 B.C.", "44 B.C.E.", "79 AD", "79 A.D.", "200 CE", "264 to 241 BC",
		"(240-238 BC)", "356–323 BC", "1915-17", "1915—17", "the Siege of Kut (1915-16)", "the winter of 1854–55"} {
		if !hasShortYear(t, text) {
			t.Errorf("no year of other than four digits read in %q", text)
		}
	}
	words := []string{"BC", "B", "C", "E", "AD", "A", "D", "CE", ".", "to", "-", "–", "—", "and", "(", ")", ",", "the", "year",
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
		if c, ok := s.found(year(s, i)); ok && c.J > c.I {
			found = found || s.digits(i) != 4
			if s.begins(i)&bit == 0 {
				t.Fatalf("year matches %q in %q, but begins leaves it out", text[tt.Start(c.I):tt.End(c.J-1)], text)
			}
		}
	}
	return found
}

// Each family's number check (family.number) rules a number out only
// where the family does not match at it: on random texts of numbers and
// the words that follow them in dates, times, durations, quarters and
// prices, and on each way of writing what the families read from a number.
func TestNumberChecksRuleOutOnlyNonMatches(t *testing.T) {
	l := english.(*language)
	found := map[string]int{}
	for _, text := range []string{"19-20 Oct", "8 and 9 March", "April 24 and 25", "Oct. 19-20, 1999", "2019-03-03", "3/4/2019",
		"3.4.2019", "5.30pm", "5.30 o'clock", "5.30 p.m.", "5.30 a.m.", "5.30 pm", "5.30 AM", "5:30pm", "10 a.m.", "17:45", "4 in the morning", "11 at night", "5 o'clock", "19:00 hrs",
		"3 weeks", "1,460 years", "1.5 years", "5 1/2 hours", "2 more weeks", "5-year", "10 additional days", "3 full years"} {
		numberMatches(t, l, text, found)
	}
	words := []string{"3", "5", "9", "12", "19", "20", "24", "25", "30", "45", "05", "00", "000", "460", "1999", "2019", "12345",
		".", ",", "-", "–", "/", ":", "and", "to", "Oct", "March", "a", "p", "m", "am", "pm", "in", "at", "the", "morning",
		"night", "o", "'", "clock", "hrs", "weeks", "years", "year", "hours", "more", "additional", "full", "straight", "long",
		"million", "%", "BC", "AD", "troops", "3/4/", "2019-03-", "3.4.", "19-", "12/", "4 and", "April 24", "March 3", "30pm", "5.",
		"quarter", "third quarter", "first half", "Q3", "fiscal"}
	r := rand.New(rand.NewPCG(41, 42))
	for range 30000 {
		numberMatches(t, l, randomText(r, words, 1+r.IntN(8)), found)
	}
	for _, f := range l.families {
		if (f.number != nil || f.fourDigits != anyDigits) && found[f.name] < 20 {
			t.Errorf("%s matched at %d numbers only: the texts do not try its check", f.name, found[f.name])
		}
	}
}

// numberMatches fails t where a family with a number check matches at an
// unlisted number of text that begins leaves the family out at, and counts
// the family's matches at numbers in found.
func numberMatches(t *testing.T, l *language, text string, found map[string]int) {
	t.Helper()
	tt := lex.Tokenize(text, lexicon)
	s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
	for i := range tt.Tokens {
		if !s.isNumber(i) || tt.ID(i) != 0 {
			continue
		}
		for fi, f := range l.families {
			if f.number == nil && f.fourDigits == anyDigits {
				continue
			}
			if c, ok := s.found(f.match(s, i)); ok && c.J > c.I {
				found[f.name]++
				if s.begins(i)&(1<<fi) == 0 {
					t.Fatalf("%s matches %q in %q, but begins leaves it out", f.name, text[tt.Start(c.I):tt.End(c.J-1)], text)
				}
			}
		}
	}
}

// At an unlisted number of other than four digits, begins reads one table
// of what may follow it: at a lone number, afterLoneNumber, which holds
// afterNumber's limits too. It gives what the two tables read in turn (the
// form first written) give, on random texts of numbers and the words
// around them.
func TestBeginsAtNumbersAsTwoTables(t *testing.T) {
	l := english.(*language)
	lone := followsOf(lexicon, func(a after) *begin { return a.loneNumber })
	words := []string{"3", "12", "19", "20", "25", "460", "1999", "12345", ".", ",", "-", "–", "/", ":", "and", "to", "of",
		"Oct", "March", "a", "p", "m", "pm", "in", "at", "o", "'", "clock", "weeks", "years", "year", "more", "full",
		"million", "%", "BC", "AD", "B.C.", "troops", "3/4/", "19-", "30pm", "5."}
	r := rand.New(rand.NewPCG(43, 44))
	tried := 0
	for range 20000 {
		text := randomText(r, words, 1+r.IntN(8))
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := range tt.Tokens {
			if !s.isNumber(i) || tt.ID(i) != 0 || s.digits(i) == 4 {
				continue
			}
			want := (s.starts.small[0] | l.numbers) & s.follow(&s.starts.afterNumber, i+1) &^ l.fourDigitsOnly
			if !s.starts.numberLinks[s.tok(i-1).ID()] {
				want &= s.follow(&lone, i+1)
			}
			want = l.numberChecks.leaveOut(want, s, i)
			if got := s.begins(i); got != want {
				t.Fatalf("begins %b at %q of %q, the two tables %b", got, tt.Source(i), text, want)
			}
			tried++
		}
	}
	if tried < 10000 {
		t.Errorf("only %d numbers tried", tried)
	}
}

// mayBeDuration reads a count before a comma as number does, but for its
// value: it answers as mayBeDurationAsWritten, which asks number, on
// random texts of numbers (some of more groups than number reads),
// commas and the words that follow a count.
func TestMayBeDurationAsWritten(t *testing.T) {
	l := english.(*language)
	words := []string{"1", "3", "12", "460", "000", "999", "1999", "12345", "1,460", "12,000,000", "1,000,", ",", ".", "-",
		"a", "an", "few", "couple", "of", "dozen", "three", "twenty", "hundred", "more", "additional", "full", "straight",
		"weeks", "years", "year", "million", "people",
		// past four groups number's bound is read (see groupedNumberEnd)
		"999,999,999,999", "1,000,000,000,000,000", "999,999,999,999,999,999", "0,000,000,000,000,001", "3.5", "1,2345"}
	r := rand.New(rand.NewPCG(45, 46))
	grouped := 0
	for range 20000 {
		text := randomText(r, words, 1+r.IntN(8))
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := range tt.Tokens {
			got, want := mayBeDuration(s, i), mayBeDurationAsWritten(s, i)
			if got != want {
				t.Fatalf("mayBeDuration at %q of %q: %v, as written %v", tt.Source(i), text, got, want)
			}
			if got && s.Is(i+1, kComma) {
				grouped++
			}
		}
	}
	if grouped < 100 {
		t.Errorf("only %d grouped numbers read", grouped)
	}
}

// mayBeDurationAsWritten is mayBeDuration as first written.
func mayBeDurationAsWritten(s *scanner, i int) bool {
	j := i + 1
	switch {
	case s.Is(j, kComma):
		_, e, _, ok := s.number(i)
		if !ok {
			return false
		}
		j = e
	case s.Is(j, kDot) && s.isNumber(j+1) && s.Glued(j):
		j += 2
	}
	return s.isNumber(j) || s.isAny(j, kMore, kAdditional, kFull, kStraight, kHyphen) || s.Has(j, lex.UnitWord)
}

// checkNumber asks the number checks by name, where begins asked them
// through numberChecks.leaveOut's table: it answers as leaveOut at every
// token of the TimeBank articles and of random texts of numbers and the
// words around them, for every family's bit and random masks of them.
func TestCheckNumberAsLeaveOut(t *testing.T) {
	l := english.(*language)
	checked := l.numberChecks.checked
	if b := l.numberBits; b.numericDate|b.rangeDay|b.year|b.duration|b.clock != checked {
		t.Fatalf("numberBits %+v name other families than the checked %b", b, checked)
	}
	r := rand.New(rand.NewPCG(47, 48))
	ruledOut := 0
	compare := func(text string) {
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := range tt.Tokens {
			for _, mask := range []uint32{checked, ^uint32(0), r.Uint32() & checked, r.Uint32()} {
				got, want := s.checkNumber(mask, i), l.numberChecks.leaveOut(mask, s, i)
				if got != want {
					t.Fatalf("checkNumber(%b) at token %d, %q, of %.80q: %b, leaveOut %b", mask, i, tt.Source(i), text, got, want)
				}
				if mask == checked && got != mask {
					ruledOut++
				}
			}
		}
	}
	eachNumberText(t, r, compare)
	if ruledOut < 1000 {
		t.Errorf("only %d tokens ruled out of a family: the texts do not try the checks", ruledOut)
	}
}

// numberWords are numbers and the words around them in dates, times,
// durations and counts, for random texts.
var numberWords = []string{"3", "5", "12", "19", "20", "24", "25", "30", "00", "460", "1999", "2019", "12345", "1,460",
	"1,000,", ".", ",", "-", "–", "/", ":", "and", "to", "of", "Oct", "March", "a", "p", "m", "am", "pm", "in", "at", "o",
	"'", "clock", "BC", "AD", "B.C.", "weeks", "years", "year", "more", "full", "million", "%", "3/4/", "19-", "30pm",
	"5.", "1999.5", "2019:30", "1998-", "2019/", "2.5", "1.25", "5.30", "3.4.", "percent", "billion"}

// eachNumberText calls f with the text of each TimeBank article and with
// 20,000 random texts of numberWords, one to eight words long.
func eachNumberText(t *testing.T, r *rand.Rand, f func(text string)) {
	t.Helper()
	for _, text := range timeBankTexts(t) {
		f(text)
	}
	for range 20000 {
		f(randomText(r, numberWords, 1+r.IntN(8)))
	}
}

// timeBankTexts returns the texts of the TimeBank articles.
func timeBankTexts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../../../shared/corpora/tbaq-cleaned/TimeBank/*.tml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no TimeBank articles (%v)", err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := timeml.Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		texts = append(texts, doc.Text)
	}
	return texts
}

// At an unlisted number of four digits begins asks no check that the
// family's fourDigits says such a number passes: each check passes every
// such number of the TimeBank articles and of random texts, and begins
// there gives what asking the other checks in turn gives.
func TestFourDigitsAsChecks(t *testing.T) {
	l := english.(*language)
	r := rand.New(rand.NewPCG(49, 50))
	tried := 0
	check := func(text string) {
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := range tt.Tokens {
			if !s.isNumber(i) || tt.ID(i) != 0 || s.digits(i) != 4 {
				continue
			}
			for _, f := range l.families {
				if f.number == nil {
					continue
				}
				if f.fourDigits == fourDigitsPass && !f.number(s, i) {
					t.Fatalf("%s: its check rules out %q of %.80q, which fourDigitsPass says it passes", f.name, tt.Source(i), text)
				}
			}
			want := (s.starts.small[0] | l.numbers) & s.follow(&s.starts.afterNumber, i+1)
			pass := want & l.fourDigitsPass
			want = l.numberChecks.leaveOut(want&^pass, s, i) | pass
			if got := s.begins(i); got != want {
				t.Fatalf("begins %b at %q of %.80q, the checks in turn %b", got, tt.Source(i), text, want)
			}
			tried++
		}
	}
	eachNumberText(t, r, check)
	if tried < 10000 {
		t.Errorf("only %d numbers of four digits tried", tried)
	}
}

// thousandsGroup reads its three tokens once: it answers as
// thousandsGroupAsWritten, which asks the scanner's accessors, at every
// token of the TimeBank articles and of random texts of numbers grouped
// in thousands or near to it, and at the places out of range.
func TestThousandsGroupAsWritten(t *testing.T) {
	l := english.(*language)
	words := []string{"1", "12", "460", "000", "999", "1999", "12345", "1,460", "12,000,000", "1,000,", ",", ", ", ",000",
		".", "460,", "a", "years", "million", "1,2345", "1234,567", " 460", "5."}
	r := rand.New(rand.NewPCG(51, 52))
	groups := 0
	compare := func(text string) {
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := -3; i < len(tt.Tokens)+3; i++ {
			got, want := s.thousandsGroup(i), thousandsGroupAsWritten(s, i)
			if got != want {
				t.Fatalf("thousandsGroup at token %d of %.80q: %v, as written %v", i, text, got, want)
			}
			if got {
				groups++
			}
		}
	}
	for _, text := range timeBankTexts(t) {
		compare(text)
	}
	for range 20000 {
		compare(randomText(r, words, 1+r.IntN(8)))
	}
	if groups < 1000 {
		t.Errorf("only %d groups found", groups)
	}
}

// thousandsGroupAsWritten is thousandsGroup as first written.
func thousandsGroupAsWritten(s *scanner, i int) bool {
	return s.isNumber(i) && s.digits(i) == 3 && s.Glued(i) && s.Is(i-1, kComma) && s.Glued(i-1) && s.isNumber(i-2) && s.digits(i-2) <= 3
}
