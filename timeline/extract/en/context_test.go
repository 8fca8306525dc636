package en

import (
	"math/rand/v2"
	"strings"
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

// A word marked tenseless is passed over by tenseAt without its full
// reading: the answer must be the full reading's. Random texts of the
// words the grammar names, past forms and other words, every token from
// either side at every distance.
func TestTenselessWordsSayNothing(t *testing.T) {
	vocabulary := append(grammarWords(), "walked", "Walked", "seed", "red", "WANTED", "said", "had", "would", "will",
		"to", "planned", "is", "are", "expected", "ahead", "of", "won", "'", "t", ".", ",", "and", "the", "company", "1998")
	for id := 1; id < lexicon.Len(); id++ {
		vocabulary = append(vocabulary, lexicon.Entry(uint32(id)).Word)
	}
	l := english.(*language)
	full := l.words
	full.tenseless = make([]bool, len(l.words.tenseless)) // every word read in full
	r := rand.New(rand.NewPCG(5, 6))
	marked := 0
	for range 20000 {
		words := make([]string, 3+r.IntN(8))
		for k := range words {
			words[k] = vocabulary[r.IntN(len(vocabulary))]
		}
		tt := lex.Tokenize(strings.Join(words, " "), lexicon)
		fast := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		slow := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		slow.words = full
		for k := range tt.Tokens {
			if fast.words.tenseless[tt.ID(k)] {
				marked++
			}
			for d := 1; d <= 6; d++ {
				for _, left := range []bool{true, false} {
					if a, b := fast.tenseAt(k, d, left), slow.tenseAt(k, d, left); a != b {
						t.Fatalf("%q, token %d (%q), %d away, left %v: %d, read in full %d", tt.Text, k, tt.Source(k), d, left, a, b)
					}
				}
			}
		}
	}
	if marked == 0 {
		t.Fatal("no word was marked tenseless: the test misses its case")
	}
}
