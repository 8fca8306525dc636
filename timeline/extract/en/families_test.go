package en

import (
	"maps"
	"math/rand/v2"
	"slices"
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
		if c, ok := f.match(s, 0); !ok || c.I != 0 || c.J <= c.I {
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
	named := map[lex.Class]bool{}
	for _, f := range families {
		for _, c := range append(f.begin.classes, f.needs.classes...) {
			named[c] = true
		}
	}
	var vocabulary []string
	for id := 1; id < lexicon.Len(); id++ {
		e := lexicon.Entry(uint32(id))
		if e.Key != 0 || slices.ContainsFunc(slices.Collect(maps.Keys(named)), e.Has) {
			vocabulary = append(vocabulary, e.Word)
		}
	}
	vocabulary = append(vocabulary, "1998", "98", "3", "12", "1,000", "2.5", "1/2", "2000s", "80s", "3rd", "FY2025",
		"Q3", "5pm", "10:30", "Smith", "-", "'", "/")
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
				c, ok := f.match(s, i)
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
