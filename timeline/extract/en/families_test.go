package en

import (
	"maps"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Every family fires on its example from the example's first word: the
// table lists the words it begins with, and a family whose beginnings were
// left out would never be tried.
func TestFamilies(t *testing.T) {
	if len(families) > 31 {
		t.Fatalf("%d families do not fit a 32-bit mask beside the bit of \"the\"", len(families))
	}
	for fi, f := range families {
		tt := lex.Tokenize(f.example, lexicon)
		s := english.Read(grammar.NewScanner(tt, grammar.IndexHolidays(holidays(), lexicon))).(*scanner)
		if s.begins(0)&(1<<fi) == 0 {
			t.Errorf("%s: %q does not begin the family: add its first word to the table", f.name, f.example)
		}
		if c, ok := s.found(f.match(s, 0)); !ok || c.I != 0 || c.J <= c.I {
			t.Errorf("%s: does not match its example %q", f.name, f.example)
		}
		if cs := s.Scan(); len(cs) == 0 || cs[0].I != 0 {
			t.Errorf("%s: the scan finds nothing at the start of %q", f.name, f.example)
		}
	}
}

// A family is tried only where what it needs lies ahead (family.needs):
// every match of it, wherever it begins, holds a word that meets its need
// within reach. Texts of random words the grammar names (by key, or by a
// class a family begins with or needs), numbers and marks try every family
// at every token.
func TestFamilyNeeds(t *testing.T) {
	vocabulary := grammarWords()
	// the words that chain into long expressions, drawn as often as all others
	chain := strings.Fields("the a an of fiscal year 's - ' no more than at least up to half over under nearly about " +
		"this last next that latest same two thousand and twenty one nineteen ninety 1998 98 3 1/2 third first quarter " +
		"half period Q3 weeks years days couple dozen past additional ago earlier later")
	l := english.(*language)
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 30000 {
		words := make([]string, 2+r.IntN(10))
		for k := range words {
			if r.IntN(2) == 0 {
				words[k] = chain[r.IntN(len(chain))]
			} else {
				words[k] = vocabulary[r.IntN(len(vocabulary))]
			}
		}
		text := strings.Join(words, " ")
		if n%3 == 0 {
			text = strings.ReplaceAll(text, " - ", "-")
		}
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for _, f := range l.families {
			if f.needs.reach == 0 {
				continue
			}
			for i := range tt.Tokens {
				c, ok := s.found(f.match(s, i))
				if !ok || c.J <= c.I {
					continue
				}
				met := false
				for j := i; j < i+f.needs.reach && j < len(tt.Tokens); j++ {
					met = met || f.needs.word(tt.Entry(j))
				}
				if !met {
					t.Fatalf("%s matches %q in %q with nothing it needs within %d tokens", f.name, text[tt.Start(c.I):tt.End(c.J-1)], text, f.needs.reach)
				}
			}
		}
	}
}

// A family is tried after "the", a number or an apostrophe only where the
// next token is one its table says may follow (family.after). Every word
// the grammar names (by key or class), numbers and marks follow each such
// first token, each with every tail of a list that completes expressions.
func TestFamilyFollows(t *testing.T) {
	next := append(grammarWords(), "", "May")
	tails := []string{"", ".m.", " . m .", "'clock", " ' clock", " the morning", "80s", "98", " third quarter", " 3 March",
		" half of the '80s", " half of 1998", ".30 p.m.", " of March", " March", " March 2019", " 2019", " century", " half of 2008", " quarter",
		":30 p.m.", " p.m.", " a.m.", " o'clock", " in the morning", " at night", "-end", " - end", " end", " of the year",
		" of 1998", "s", " weeks", " years ago", " days later", " future", " to come", " ahead", "/4/2019", "-03-03",
		".4.2019", "-20 Oct", " and 25", " BC", " AD", " year", " week", " of weeks", " of March 6", " before Christmas",
		" ended March 31", "-ago results", " Monday", " of", " the year", " an hour", "'s third quarter", "-earlier quarter",
		"98 third quarter", " year's third quarter", " thousand third quarter", " ninety-eight third quarter"}
	firsts := []struct {
		name  string
		texts []string
		is    func(tt *lex.Tokenized) bool // the first token is of the kind
		spec  func(after) *begin
	}{
		{"the", []string{"the ", "The "}, func(tt *lex.Tokenized) bool { return tt.Entry(0).Key == kThe },
			func(a after) *begin { return a.the }},
		{"a number", []string{"3 ", "12 ", "1998 ", "12", "1998"}, func(tt *lex.Tokenized) bool { return tt.Kind(0) == lex.Number && tt.ID(0) == 0 },
			func(a after) *begin { return a.number }},
		{"a lone number", []string{"3 ", "12 ", "3", "12", "264 "},
			func(tt *lex.Tokenized) bool { return tt.Kind(0) == lex.Number && tt.ID(0) == 0 && tt.Digits(0) != 4 },
			func(a after) *begin { return a.loneNumber }},
		{"a weekday", []string{"Monday ", "Monday", "Mon ", "Mon", "Tues", "Friday ", "monday "},
			func(tt *lex.Tokenized) bool {
				return tt.Entry(0).Has(lex.Weekday) || tt.Entry(0).Has(lex.WeekdayAbbrev)
			},
			func(a after) *begin { return a.weekday }},
		{"an apostrophe", []string{"'", "' "}, func(tt *lex.Tokenized) bool { return tt.Entry(0).Key == kApostrophe },
			func(a after) *begin { return a.apostrophe }},
		{"a relative word", []string{"last ", "this ", "that ", "next ", "past ", "same ", "coming ", "This ", "Last ", "previous ", "following "},
			func(tt *lex.Tokenized) bool { return tt.Entry(0).Has(lex.RelWord) },
			func(a after) *begin { return a.rel }},
		{"at", []string{"at ", "At "}, func(tt *lex.Tokenized) bool { return tt.Entry(0).Key == kAt },
			func(a after) *begin { return a.at }},
		{"an article", []string{"a ", "an ", "A ", "An ", "a", "an"}, func(tt *lex.Tokenized) bool { return tt.Entry(0).Key == kA || tt.Entry(0).Key == kAn },
			func(a after) *begin { return a.article }},
	}
	l := english.(*language)
	for _, first := range firsts {
		for _, text := range first.texts {
			for _, w := range next {
				for _, tail := range tails {
					text := text + w + tail
					tt := lex.Tokenize(text, lexicon)
					if tt.Len() < 2 || !first.is(tt) {
						continue
					}
					s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
					for _, f := range l.families {
						b := first.spec(f.after)
						if b == nil {
							continue
						}
						c, ok := s.found(f.match(s, 0))
						if !ok || c.J <= c.I {
							continue
						}
						allowed := b.word(tt.Entry(1)) || b.numbers && tt.Kind(1) == lex.Number ||
							b.digitWords && tt.Kind(1) == lex.Word && tt.Digits(1) > 0
						if !allowed {
							t.Fatalf("%s matches %q after %s, which its table does not let %q follow", f.name, text, first.name, tt.Source(1))
						}
					}
				}
			}
		}
	}
}

// grammarWords returns the words the grammar names, by key or by a class
// a family begins with or needs, and numbers, words after digits and
// marks.
func grammarWords() []string {
	named := map[lex.Class]bool{}
	for _, f := range families {
		for _, c := range append(f.begin.classes, f.needs.classes...) {
			named[c] = true
		}
		for _, b := range []*begin{f.after.the, f.after.number, f.after.apostrophe, f.after.rel, f.after.loneNumber, f.after.weekday} {
			if b != nil {
				for _, c := range b.classes {
					named[c] = true
				}
			}
		}
	}
	var words []string
	for id := 1; id < lexicon.Len(); id++ {
		e := lexicon.Entry(uint32(id))
		if e.Key != 0 || slices.ContainsFunc(slices.Collect(maps.Keys(named)), e.Has) {
			words = append(words, e.Word)
		}
	}
	return append(words, "1998", "98", "3", "12", "31", "1,000", "2.5", "1/2", "2000s", "1990s", "80s", "3rd", "FY2025",
		"Q3", "5pm", "10:30", "Smith", "March", "Monday", "Mon", "-", "'", "/")
}

// The scan visits only the tokens the sieve keeps (see sieveOf): every
// token a family may begin at (begins is not 0) must be among them, in text
// order, and whatever its case and length ("FY2025" is an unlisted word of
// six with a capital). The tokenizer lists them as it cuts the text, and a
// pass over tokens cut without the sieve lists the same, as do the tokens
// that meet each need.
func TestListedTokensCoverBegins(t *testing.T) {
	words := append(grammarWords(), "Boston", "boston", "Fiscal", "FY2025", "FY25", "Q3", "company", "The", "the", "THE", ".", ",", "’",
		"Ünited", "Ünite", "über", "Über", "fiscalyear2025", "Officialdoms", "officialdoms")
	r := rand.New(rand.NewPCG(12, 16))
	l := english.(*language)
	for n := 0; n < 3000; n++ {
		text := randomText(r, words, r.IntN(40))
		tt := l.sieve.Tokenize(text)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		listed := map[int]bool{}
		for k, f := range s.firsts {
			if k > 0 && f <= s.firsts[k-1] {
				t.Fatalf("%q: firsts out of order: %v", text, s.firsts)
			}
			listed[int(f)] = true
		}
		for i := range tt.Tokens {
			if s.begins(i) != 0 && !listed[i] {
				t.Fatalf("%q: token %d (%q) may begin a family but is not listed", text, i, tt.Source(i))
			}
		}
		bare := l.Read(grammar.NewScanner(lex.Tokenize(text, lexicon), l.holidays)).(*scanner)
		if !slices.Equal(bare.firsts, s.firsts) {
			t.Fatalf("%q: listed as cut %v, by a pass %v", text, s.firsts, bare.firsts)
		}
		for g := range s.ahead {
			if !slices.Equal(bare.ahead[g].at, s.ahead[g].at) {
				t.Fatalf("%q: need %d met as cut at %v, by a pass at %v", text, g, s.ahead[g].at, bare.ahead[g].at)
			}
		}
	}
}

// dropUnbegun drops from the tokens the sieve keeps only tokens that begin
// nothing: at each one it drops, begins says 0. Random texts of the words
// the grammar names, "the", "a", apostrophes, "at" and relative words before
// words listed, unlisted, with digits and numbers, and words of six with a
// capital (some fiscal years), with the default holidays, with one that
// begins with "The" (a capital then begins more than a word in small
// letters), and with a lexicon that lists a word with digits as "the".
// It keeps what dropUnbegunAsWritten keeps.
func TestDropUnbegunDropsOnlyWhatBeginsNothing(t *testing.T) {
	vocabulary := grammarWords()
	// drawn as often as all others
	gates := []string{"the", "a", "an", "at", "'", "`", "’", "that", "this", "last", "company", "Boston", "Castro", "United",
		"FY2025", "FY25", "Fy2025", "Q3", "3rd", "1990s", "80s", "3", "1998", "first", "day", "Monday", "year", "s",
		"Christmas", "4the", ".", ","}
	l := english.(*language)
	other := grammar.IndexHolidays(append(holidays(), grammar.Holiday{Name: "The Day", Date: grammar.Fixed(5, 1)}), lexicon)
	// a word with digits that is "the" too: begins reads it as both
	more, err := lexicon.With([]lex.Entry{{Word: "4the", Key: kThe}})
	if err != nil {
		t.Fatal(err)
	}
	moreHolidays := grammar.IndexHolidays(holidays(), more)
	r := rand.New(rand.NewPCG(17, 18))
	dropped := 0
	for n := range 60 {
		words := make([]string, 4000)
		for k := range words {
			if r.IntN(2) == 0 {
				words[k] = gates[r.IntN(len(gates))]
			} else {
				words[k] = vocabulary[r.IntN(len(vocabulary))]
			}
		}
		text := randomText(r, words, len(words)-1)
		tt, idx := l.sieve.Tokenize(text), l.holidays
		switch n % 3 {
		case 1:
			idx = other
		case 2:
			tt, idx = lex.Tokenize(text, more), moreHolidays
		}
		s := l.Read(grammar.NewScanner(tt, idx)).(*scanner)
		kept := s.dropUnbegun(slices.Clone(s.firsts))
		if want := s.dropUnbegunAsWritten(slices.Clone(s.firsts)); !slices.Equal(kept, want) {
			t.Fatalf("dropUnbegun keeps %d tokens, as first written %d", len(kept), len(want))
		}
		for _, f := range s.firsts {
			if _, ok := slices.BinarySearch(kept, f); !ok {
				dropped++
				if m := s.begins(int(f)); m != 0 {
					t.Fatalf("token %d (%q before %q) begins %x, but dropUnbegun drops it", f, s.Source(int(f)), s.Source(int(f)+1), m)
				}
			}
		}
	}
	if dropped < 20000 {
		t.Errorf("dropUnbegun dropped %d tokens only: the texts do not try it", dropped)
	}
}

// dropUnbegunAsWritten is dropUnbegun as first written, a branch on
// whether the token is gated, which TestDropUnbegunDropsOnlyWhatBeginsNothing
// holds it to. It reads the marks of the token's entry and the table they
// pick, where dropUnbegun reads them gathered by entry (starts.gated).
func (s *scanner) dropUnbegunAsWritten(firsts []int32) []int32 {
	toks, st := s.toks, &s.starts
	n := 0
	for _, f := range firsts {
		i := int(f)
		t := toks[i]
		if id := t.ID(); !hasDigits(s.Lexicon.Entry(id).Word) && gatedBy(st, st.small[id]) != nil {
			fw := gatedBy(st, st.small[id])
			var next lex.Token
			if i+1 < len(toks) {
				next = toks[i+1]
			}
			m := fw.words[next.ID()]
			switch {
			case next.Kind() == lex.Number:
				m |= fw.numbers
			case next.Digits() > 0:
				m |= fw.digitWords
			}
			if st.capital[id]&m == 0 {
				continue
			}
		} else if id == 0 && t.Kind() != lex.Number && t.Digits() == 0 && st.capital[0]|st.small[0] == 0 &&
			(t.Len() != 6 || !isDigit(s.Text[t.Start()+5])) {
			continue
		}
		firsts[n] = f
		n++
	}
	return firsts[:n]
}

// The scan lets go of the tokens it listed once it has read them (they
// are megabytes on a long text); a second scan of the same reader finds
// the same expressions.
func TestScanTwice(t *testing.T) {
	text := "On Friday, March 3, 2019, the ministry said prices rose 3% in the third quarter of FY2025, " +
		"two weeks after the talks of the '80s; the 1990s and next year."
	rd := english.Read(grammar.NewScanner(english.Sieve().Tokenize(text), english.HolidayIndex()))
	first, second := rd.Scan(), rd.Scan()
	if len(first) < 6 || !reflect.DeepEqual(first, second) {
		t.Errorf("first scan %v, second %v", first, second)
	}
}

// A modifier tries, for the date it wraps, only the core families coreAt
// names at its token: any core family that matches there is among them.
// Random texts of the words the grammar names, some capitalised, try every
// core family at every token.
func TestCoreAtCoversMatches(t *testing.T) {
	words := append(grammarWords(), "Boston", "Fiscal", "FY2025", "The", "the", ".", ",", "’", "Christmas", "Eve", "Day",
		"New", "Year", "'s", "of", "in", "on", "at", "late", "early", "mid", "around", "about")
	r := rand.New(rand.NewPCG(21, 22))
	l := english.(*language)
	for range 20000 {
		checkCoreAtCovers(t, l, randomText(r, words, 1+r.IntN(12)))
	}
}

// randomText joins n+1 words drawn from words, a quarter of them
// capitalised, all but an eighth with a space after.
func randomText(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for m := n; m >= 0; m-- {
		w := words[r.IntN(len(words))]
		if r.IntN(4) == 0 && w != "" && w[0] < 0x80 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		if r.IntN(8) != 0 {
			b.WriteString(" ")
		}
	}
	return b.String()
}

// checkCoreAtCovers fails t where a core family matches text at a token
// coreAt leaves it out of.
func checkCoreAtCovers(t *testing.T, l *language, text string) {
	t.Helper()
	tt := lex.Tokenize(text, lexicon)
	s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
	for i := range tt.Tokens {
		mask := s.coreAt(i)
		for fi, f := range l.families {
			if c, ok := s.found(f.match(s, i)); ok && c.J > c.I && f.core && mask&(1<<fi) == 0 {
				t.Fatalf("%s matches %q in %q, but coreAt leaves it out at its first token", f.name, text[tt.Start(c.I):tt.End(c.J-1)], text)
			}
		}
	}
}

// Every spec taken from the scanner's blocks is its own: across blocks,
// each keeps the value it was given while later ones are taken, on texts
// short and long. A short text's first block is smaller than a whole one,
// and no block is larger.
func TestSpecsAreTheirOwn(t *testing.T) {
	for _, tokens := range []int{0, 300, 100 * specBlock * tokensPerSpec} {
		s := &scanner{toks: make([]lex.Token, tokens)}
		var got []*grammar.Spec
		for n := range 3*specBlock + 5 {
			got = append(got, s.spec(grammar.Spec{N: n}))
			if c := cap(s.specs); c > specBlock || n == 0 && tokens <= 300 && c >= specBlock {
				t.Fatalf("%d tokens: spec %d taken from a block of %d", tokens, n, c)
			}
		}
		for n, sp := range got {
			if sp.N != n {
				t.Fatalf("%d tokens: spec %d holds %d", tokens, n, sp.N)
			}
		}
	}
}

// A weekday begins a family with a weekday check (family.weekday) only
// where the family may match: every match of such a family at a weekday,
// on random texts of weekdays, months, days, years and marks, is among
// those begins leaves.
func TestWeekdayChecksRuleOutOnlyNonMatches(t *testing.T) {
	l := english.(*language)
	words := []string{"Monday", "monday", "Mon", "Tue", "Wed", "Thu", "Fri", "Friday", "Sunday", "Sat", "sun", ",", ".", ", .",
		"March", "Mar", "Sept", "May", "may", "Oct", "3", "3rd", "20", "31", "32", "the", "of", "1999", "2019", "'", "98",
		"said", "on", "night", "morning", "last", "next", "5:30", "pm", "at", "Friday-March", "-", "3-4", "and"}
	atWeekday := func(tt *lex.Tokenized, i int) bool {
		e := tt.Entry(i)
		return e.Has(lex.Weekday) || e.Has(lex.WeekdayAbbrev)
	}
	checked := func(f *family) bool { return f.weekday != nil }
	found := map[string]int{}
	r := rand.New(rand.NewPCG(51, 52))
	for range 40000 {
		beginsKeepsMatches(t, l, randomText(r, words, 1+r.IntN(7)), atWeekday, checked, found)
	}
	triedEnough(t, l, found, checked, "weekdays")
}

// TestRelChecksRuleOutOnlyNonMatches holds the rel checks to the families:
// every match of a family with one at a relative word, on random texts of
// relative words, units, counts and compounds, is among those begins
// leaves.
func TestRelChecksRuleOutOnlyNonMatches(t *testing.T) {
	l := english.(*language)
	words := []string{"last", "Last", "next", "past", "previous", "following", "coming", "this", "that", "the",
		"year", "years", "week", "weeks", "day", "days", "second", "seconds", "quarter", "quarters", "decade", "weekend", "weekends", "hour",
		"-", "long", "-long", "year-long", "weeks-long", "a", "an", "few", "couple", "of", "half", "three", "3", "1.5", "1/2", "dozen",
		"more", "ago", "later", ",", ".", "said", "old", "and"}
	atRelWord := func(tt *lex.Tokenized, i int) bool { return tt.Entry(i).Has(lex.RelWord) }
	checked := func(f *family) bool { return f.rel != nil }
	found := map[string]int{}
	r := rand.New(rand.NewPCG(61, 62))
	for range 40000 {
		beginsKeepsMatches(t, l, randomText(r, words, 1+r.IntN(6)), atRelWord, checked, found)
	}
	triedEnough(t, l, found, checked, "relative words")
}

// TestUnitChecksRuleOutOnlyNonMatches holds the unit checks to the
// families: every match of a family with one at a calendar unit, in the
// singular or the plural, on random texts of units, compounds, counts and relative
// words, is among those begins leaves.
func TestUnitChecksRuleOutOnlyNonMatches(t *testing.T) {
	l := english.(*language)
	words := []string{"year", "Year", "years", "week", "day", "days", "second", "minute", "hour", "night", "quarter", "decade",
		"century", "weekend", "fortnight", "month", "-", "long", "-long", "year-long", "day-long", "-ago", "earlier", "ago", "later",
		"end", "'s", "the", "a", "last", "past", "3", "three", "half", "and", "of", "ended", "before", "Christmas", ",", ".", "said", "old"}
	atUnit := func(tt *lex.Tokenized, i int) bool { return tt.Entry(i).Has(lex.UnitWord) } // plurals too: they are not checked
	checked := func(f *family) bool { return f.unit != nil }
	found := map[string]int{}
	r := rand.New(rand.NewPCG(71, 72))
	for range 40000 {
		beginsKeepsMatches(t, l, randomText(r, words, 1+r.IntN(6)), atUnit, checked, found)
	}
	triedEnough(t, l, found, checked, "units")
}

// TestOrdinalChecksRuleOutOnlyNonMatches holds the ordinal checks to the
// families: every match of a family with one at an ordinal, on random
// texts of ordinals, centuries, decades and marks, is among those begins
// leaves.
func TestOrdinalChecksRuleOutOnlyNonMatches(t *testing.T) {
	l := english.(*language)
	words := []string{"first", "First", "second", "third", "fourth", "twentieth", "nineteenth", "21st", "century", "Century",
		"centuries", "-", "-century", "third-century", "the", "'", "80s", "1990s", "nineties", "BC", "AD", "of", "half", "quarter",
		"time", ",", ".", "year", "long", "-long"}
	atOrdinal := func(tt *lex.Tokenized, i int) bool { return tt.Entry(i).Has(lex.Ordinal) }
	// "second" is both an ordinal and a unit: the unit checks run there too.
	checked := func(f *family) bool { return f.ordinal != nil || f.unit != nil }
	found := map[string]int{}
	r := rand.New(rand.NewPCG(81, 82))
	for range 40000 {
		beginsKeepsMatches(t, l, randomText(r, words, 1+r.IntN(6)), atOrdinal, checked, found)
	}
	triedEnough(t, l, found, func(f *family) bool { return f.ordinal != nil }, "ordinals")
}

// beginsKeepsMatches fails t where a family that checked says has the
// check under test matches text at a token that at says the check is asked
// at, but begins leaves the family out there; it counts each such family's
// matches in found.
func beginsKeepsMatches(t *testing.T, l *language, text string, at func(tt *lex.Tokenized, i int) bool, checked func(f *family) bool, found map[string]int) {
	t.Helper()
	tt := lex.Tokenize(text, lexicon)
	s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
	for i := range tt.Tokens {
		if !at(tt, i) {
			continue
		}
		for fi := range l.families {
			f := &l.families[fi]
			if !checked(f) {
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

// triedEnough fails t where a family that required says has a check matched
// at fewer than 20 tokens (of what kind, what says) of the random texts: the
// texts do not try its check.
func triedEnough(t *testing.T, l *language, found map[string]int, required func(f *family) bool, what string) {
	t.Helper()
	for fi := range l.families {
		if f := &l.families[fi]; required(f) && found[f.name] < 20 {
			t.Errorf("%s matched at %d %s only: the texts do not try its check", f.name, found[f.name], what)
		}
	}
}

// followsOf builds, for every kind of first token and every word of the
// English lexicon and of one with more words listed, the table the loop
// over every family and entry built (followsWorkedOut): setting the bits
// of the families that let any token follow at once, at the end, changes
// none.
func TestFollowsOfAsWorkedOut(t *testing.T) {
	more := lexiconWithMore(t)
	kinds := map[string]func(after) *begin{
		"the":        func(a after) *begin { return a.the },
		"number":     func(a after) *begin { return a.number },
		"apostrophe": func(a after) *begin { return a.apostrophe },
		"rel":        func(a after) *begin { return a.rel },
		"at":         func(a after) *begin { return a.at },
		"article":    func(a after) *begin { return a.article },
		"loneNumber": func(a after) *begin { return a.loneNumber },
		"weekday":    func(a after) *begin { return a.weekday },
	}
	for _, lx := range []*lex.Lexicon{lexicon, more} {
		for name, of := range kinds {
			got, want := followsOf(lx, of), followsWorkedOut(lx, of)
			if got.numbers != want.numbers || got.digitWords != want.digitWords || !slices.Equal(got.words, want.words) {
				t.Errorf("after %s (%d words): followsOf differs from the table worked out", name, lx.Len())
			}
		}
	}
}

// followsWorkedOut is followsOf as first written: each family asked of
// each entry.
func followsWorkedOut(lx *lex.Lexicon, of func(after) *begin) follows {
	f := follows{words: make([]uint32, lx.Len())}
	for fi, fam := range families {
		bit := uint32(1) << fi
		b := of(fam.after)
		if b == nil || b.numbers {
			f.numbers |= bit
		}
		if b == nil || b.digitWords {
			f.digitWords |= bit
		}
		for id := range f.words {
			if b == nil || b.word(lx.Entry(uint32(id))) {
				f.words[id] |= bit
			}
		}
	}
	return f
}

// The families each entry may begin, of the English lexicon, of one with
// more words listed and of one with 2,000 more words of random classes
// (wordMasks asks the families' classes only of an entry with one of
// them), are those begin.word finds asked of each family and entry in
// turn.
func TestBeginsAsWorkedOut(t *testing.T) {
	more := lexiconWithMore(t)
	r := rand.New(rand.NewPCG(51, 52))
	random := randomEntries(r, 2000, nil)
	randomClasses, err := lexicon.With(random)
	if err != nil {
		t.Fatal(err)
	}
	for _, lx := range []*lex.Lexicon{lexicon, more, randomClasses} {
		got := wordMasks(lx, func(f *family) *begin { return &f.begin })
		for id := range lx.Len() {
			e := lx.Entry(uint32(id))
			var want uint32
			for fi, f := range families {
				if f.begin.word(e) {
					want |= 1 << fi
				}
			}
			if got[id] != want {
				t.Errorf("%q (%d words): begins %b, worked out %b", e.Word, lx.Len(), got[id], want)
			}
		}
	}
}

// lexiconWithMore is the English lexicon With two more words: one of a
// class the families name, one with a key they name.
func lexiconWithMore(t *testing.T) *lex.Lexicon {
	t.Helper()
	more, err := lexicon.With([]lex.Entry{{Word: "fortnightly", Classes: lex.Of(lex.UnitWord)}, {Word: "thé", Key: kThe}})
	if err != nil {
		t.Fatal(err)
	}
	return more
}

// duration asks longCompound for a compound at its first token only before
// a hyphen: it answers as durationCompoundFirst, which asks at every token,
// on random texts of units, hyphens, "long" and the words before a count.
func TestDurationAsCompoundFirst(t *testing.T) {
	l := english.(*language)
	words := []string{"year", "years", "day", "hour", "decades", "weekend", "week", "-", "–", "long", "-long", "year-long",
		"day-long", "a", "an", "the", "three", "3", "more", "than", "past", "few", "couple", "of", "half", "ago", "earlier",
		".", ","}
	r := rand.New(rand.NewPCG(51, 52))
	compounds := 0
	for range 20000 {
		text := randomText(r, words, 1+r.IntN(6))
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := range tt.Tokens {
			got, gotOK := s.found(duration(s, i))
			want, wantOK := durationCompoundFirst(s, i)
			sameSpec := got.Spec == want.Spec || got.Spec != nil && want.Spec != nil && *got.Spec == *want.Spec
			if got.Spec, want.Spec = nil, nil; got != want || gotOK != wantOK || !sameSpec {
				t.Fatalf("duration at %q of %q: %+v %v, compound first %+v %v", tt.Source(i), text, got, gotOK, want, wantOK)
			}
			if _, ok := s.longCompound(i); ok {
				compounds++
			}
		}
	}
	if compounds < 1000 {
		t.Errorf("only %d compounds read", compounds)
	}
}

// durationCompoundFirst is duration asking longCompound at every token
// first, as first written.
func durationCompoundFirst(s *scanner, i int) (grammar.Cand, bool) {
	if c, ok := s.longCompound(i); ok {
		return c, true
	}
	return s.found(duration(s, i))
}

// hasDigits reports whether w holds an ASCII digit: a token of such an
// entry is a number or a word after digits, which begins reads in full.
func hasDigits(w string) bool { return strings.ContainsAny(w, "0123456789") }

// startsFor gates (starts.gate, gated) the words the loop as first
// written gated, in its order (gatesAsWritten): of the English lexicon and
// of one with 400 more words that "the" or a relative word gates, some
// with digits, past the 255 a byte numbers.
func TestGatesAsWritten(t *testing.T) {
	l := english.(*language)
	var more []lex.Entry
	for n := range 400 {
		w := "the" + strings.Repeat("x", 1+n%7) + strings.Repeat("y", n/7)
		if n%4 == 0 {
			w += strconv.Itoa(n / 4 % 10) // every digit
		}
		e := lex.Entry{Word: w, Key: kThe}
		if n%3 == 0 {
			e = lex.Entry{Word: w, Classes: lex.Of(lex.RelWord)}
		}
		more = append(more, e)
	}
	moreLexicon, err := lexicon.With(more)
	if err != nil {
		t.Fatal(err)
	}
	for _, lx := range []*lex.Lexicon{lexicon, moreLexicon} {
		st := l.startsFor(lx, l.holidays)
		gate, gated := gatesAsWritten(lx, &st)
		if *gate != *st.gate || !reflect.DeepEqual(*gated, *st.gated) {
			t.Fatalf("%d words: startsFor gates otherwise than as written", lx.Len())
		}
		taken := 0
		for _, g := range gate {
			taken = max(taken, int(g))
		}
		if lx == moreLexicon && taken != 255 {
			t.Fatalf("%d words gated: the test does not reach a byte's limit", taken)
		}
	}
}

// gatesAsWritten is startsFor's loop over the words to gate as first
// written: the word's digits asked first.
func gatesAsWritten(lx *lex.Lexicon, st *starts) (*[1 << 16]uint8, *[1 << 8]gatedWord) {
	gate, gated := new([1 << 16]uint8), new([1 << 8]gatedWord)
	g := uint8(0)
	for id, m := range st.small {
		if strings.ContainsAny(lx.Entry(uint32(id)).Word, "0123456789") {
			continue
		}
		if fw := gatedBy(st, m); fw != nil && g < math.MaxUint8 {
			g++
			gated[g] = gatedWord{follows: *fw, begins: st.capital[id]}
			gate[id] = g
		}
	}
	return gate, gated
}
