package en

import (
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// A full stop ends the sentence the tense is read in, unless it closes an
// abbreviation or an initial.
func TestEndsSentence(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int // index of the "." token to test
		want bool
	}{
		{"Roe vs. Wade", 2, false},
		{"the U.S. embassy", 2, false},
		{"Birmingham, Ala., killed", 3, false},
		{"shares of IBM Corp. The company", 4, true},
		{"It fell. Then it rose.", 2, true},
		{"at 5 p.m. yesterday", 5, false},
		{"at 8 p.m. Results came", 5, true},
		{"Mr. Price said", 1, false},
	} {
		rd := english.Read(grammar.NewScanner(lex.Tokenize(c.text, lexicon), nil))
		s := rd.(*scanner)
		if s.Source(c.at) != "." {
			t.Fatalf("%q: token %d is %q, not a full stop", c.text, c.at, s.Source(c.at))
		}
		if got := s.EndsSentence(c.at); got != c.want {
			t.Errorf("%q: endsSentence(%d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
