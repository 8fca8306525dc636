package en

import (
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Every family fires on its example from the example's first word: the
// table lists the words it begins with, and a family whose beginnings were
// left out would never be tried.
func TestFamilies(t *testing.T) {
	if len(families) > 32 {
		t.Fatalf("%d families do not fit a 32-bit mask", len(families))
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
