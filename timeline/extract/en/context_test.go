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

// tenseOn passes a quiet word by (words.quiet) without asking whether it
// ends a sentence, joins a clause or tells a tense: its answer must be
// that of every word read in full. Texts of each kind of word it must not
// pass by, and random texts of the words the grammar names, marks, past
// forms and other words, with an expression at every span of one to three
// tokens, looked for on either side or both.
func TestQuietWordsAsReadInFull(t *testing.T) {
	l := english.(*language)
	full := l.words
	full.quiet = make([]bool, len(l.words.quiet)) // every word read in full
	quiet := 0
	compare := func(text string) {
		tt := lex.Tokenize(text, lexicon)
		fast := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		slow := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		slow.words = full
		for k := range tt.Tokens {
			if fast.quietAt(k) {
				quiet++
			}
		}
		for i := range tt.Tokens {
			for j := i + 1; j <= i+3 && j <= tt.Len(); j++ {
				c := &grammar.Cand{I: i, J: j}
				for _, side := range [][2]bool{{true, true}, {true, false}, {false, true}} {
					if a, b := fast.tenseOn(c, side[0], side[1]), slow.tenseOn(c, side[0], side[1]); a != b {
						t.Fatalf("%q, tokens %d to %d, left %v, right %v: %d, every word read in full %d", text, i, j, side[0], side[1], a, b)
					}
				}
			}
		}
	}
	for _, text := range []string{"Friday and said", "Friday or said", "Friday, officials said",
		"They met. Friday walked", "walked Friday; the talks", "walked in the company Friday"} {
		compare(text)
	}
	// half the words drawn from those tenseOn and tenseAt ask about
	asked := []string{"walked", "Walked", "seed", "red", "WANTED", "said", "had", "would", "will", "to", "planned", "is",
		"are", "expected", "ahead", "of", "won", "'", "t", ".", ",", ";", "and", "or", "the", "company", "1998", "In", "On",
		"in", "on", "s", "vs", "Mr", "a", "m", "p", "!", "?", "were", "told", "that", "May", "Friday"}
	vocabulary := grammarWords()
	for id := 1; id < lexicon.Len(); id++ {
		vocabulary = append(vocabulary, lexicon.Entry(uint32(id)).Word)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		words := make([]string, 3+r.IntN(14))
		for k := range words {
			if r.IntN(2) == 0 {
				words[k] = asked[r.IntN(len(asked))]
			} else {
				words[k] = vocabulary[r.IntN(len(vocabulary))]
			}
		}
		compare(strings.Join(words, " "))
	}
	if quiet == 0 {
		t.Fatal("no word was passed by: the test misses its case")
	}
}

// mayBePastAt reads the last byte of a word from its token as mayBePast
// reads it from the word's text: on random texts of words ending in d, D
// and other bytes, one too long for a token to give its length, and
// beyond the last token.
func TestMayBePastAtAsSource(t *testing.T) {
	words := []string{"walked", "WALKED", "Walked", "seed", "red", "d", "D", "and", "said", "walks", "dog", "é", "naïd",
		",", ".", "1998", "3rd", "2d", "'d", strings.Repeat("x", 300) + "ed", strings.Repeat("y", 300)}
	r := rand.New(rand.NewPCG(9, 10))
	past := 0
	for range 5000 {
		tt := lex.Tokenize(randomText(r, words, 1+r.IntN(10)), lexicon)
		s := english.Read(grammar.NewScanner(tt, english.(*language).holidays)).(*scanner)
		for k := -1; k <= tt.Len(); k++ {
			want := mayBePast(s.Source(k))
			if got := s.mayBePastAt(k); got != want {
				t.Fatalf("%q, token %d (%q): %v, from its text %v", tt.Text, k, s.Source(k), got, want)
			}
			if want {
				past++
			}
		}
	}
	if past == 0 {
		t.Fatal("no word ended in d: the test misses its case")
	}
}

// fiscalYear reads the last byte of a six-letter word from its token as it
// read it from the word's text.
func TestFiscalYearAsSource(t *testing.T) {
	words := []string{"FY2025", "FY202X", "FY20X5", "Fy2025", "FYABCD", "XY2025", "ABCDE1", "FY25", "the", "in", "-", "2025"}
	r := rand.New(rand.NewPCG(11, 12))
	fiscal := 0
	for range 2000 {
		tt := lex.Tokenize(randomText(r, words, 1+r.IntN(6)), lexicon)
		s := english.Read(grammar.NewScanner(tt, english.(*language).holidays)).(*scanner)
		for i := range tt.Tokens {
			if tok := tt.Tokens[i]; tok.ID() != 0 || !tok.Upper() || tok.Len() != 6 || tok.Kind() != lex.Word {
				continue
			}
			w := s.Source(i)
			want := w[5] >= '0' && w[5] <= '9' && s.Prefix(i, 2).Key == kFY
			if got := s.fiscalYear(i); got != want {
				t.Fatalf("%q, token %d (%q): %v, from its text %v", tt.Text, i, w, got, want)
			}
			if want {
				fiscal++
			}
		}
	}
	if fiscal == 0 {
		t.Fatal("no fiscal year read: the test misses its case")
	}
}

// tenseOn reads the words before the expression and then those after it,
// the nearer the better and the left of two as near: its answer must be
// that of tenseOnInTurn, which reads them in turn, one word each side at
// a time. The TimeBank articles, with an expression at every span of one
// to three tokens and at every one the scan finds, and random texts of the
// words tenseOn and tenseAt ask about, looked for on either side or both.
func TestTenseOnAsReadInTurn(t *testing.T) {
	l := english.(*language)
	compare := func(text string, spans func(s *scanner, each func(c *grammar.Cand))) {
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		spans(s, func(c *grammar.Cand) {
			for _, side := range [][2]bool{{true, true}, {true, false}, {false, true}} {
				if a, b := s.tenseOn(c, side[0], side[1]), tenseOnInTurn(s, c, side[0], side[1]); a != b {
					t.Fatalf("%q, tokens %d to %d, left %v, right %v: %d, read in turn %d", text, c.I, c.J, side[0], side[1], a, b)
				}
			}
		})
	}
	everySpan := func(s *scanner, each func(c *grammar.Cand)) {
		for i := range s.toks {
			for j := i + 1; j <= i+3 && j <= len(s.toks); j++ {
				each(&grammar.Cand{I: i, J: j})
			}
		}
	}
	found := 0
	scanned := func(s *scanner, each func(c *grammar.Cand)) {
		for _, c := range s.Scan() {
			each(&c)
			found++
		}
	}
	for _, text := range timeBankTexts(t) {
		compare(text, everySpan)
		compare(text, scanned)
	}
	if found == 0 {
		t.Fatal("the scan found no expression: the test misses its case")
	}
	asked := []string{"walked", "Walked", "said", "had", "would", "will", "to", "planned", "is", "are", "expected",
		"ahead", "of", "won", "'", "t", ".", ",", ";", "and", "or", "the", "company", "1998", "In", "On", "in", "on",
		"s", "Mr", "a", "m", "p", "were", "told", "that", "May", "Friday", "Friday", "the", "talks", "officials"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 5000 {
		compare(randomText(r, asked, 3+r.IntN(60)), everySpan)
	}
}

// tenseOnInTurn is tenseOn as first written: it reads the words on both
// sides in turn, one word each side at a time, the left first.
func tenseOnInTurn(s *scanner, c *grammar.Cand, left, right bool) int {
	reach := tenseReach
	opens := c.I == 0 || s.EndsSentence(c.I-1)
	if k := c.I - 1; k >= 0 && (s.EndsSentence(k-1) || k == 0) && s.isAny(k, kIn, kOn) {
		reach, opens = openingTenseReach, true
	}
	reported := false
	named := s.Is(c.J, kApostrophe) && s.Is(c.J+1, kS) && s.Glued(c.J)
	for d := 1; d <= reach && (left || right); d++ {
		for side, k := range [2]int{c.I - d, c.J - 1 + d} {
			if (side == 0 && !left) || (side == 1 && !right) {
				continue
			}
			if s.quietAt(k) {
				continue
			}
			if k < 0 || k >= len(s.Tokens) || s.EndsSentence(k) {
				if side == 0 {
					left = false
				} else {
					right = false
				}
				continue
			}
			if side == 1 && s.Is(k, kComma) && !opens {
				reported = true
			}
			if side == 1 && s.isAny(k, kAnd, kOr) && s.finiteVerb(k+1) {
				right = false
				continue
			}
			if side == 1 && reported && s.Has(k, lex.SayingVerb) {
				continue
			}
			if t := s.tenseAt(k, d, side == 0); t != 0 && !(named && t == grammar.TenseAhead) {
				return t
			}
		}
	}
	return 0
}

// loudFrom finds the first word quietAt does not pass by, on either side
// and at any start and reach: random texts of quiet words, words that end
// in d or D (listed or not, some too long for a token to give their
// length), marks and words that tell a tense, read from every token.
func TestLoudFromAsQuietAt(t *testing.T) {
	l := english.(*language)
	long := strings.Repeat("x", 300)
	words := []string{"the", "company", "in", "red", "Red", "seed", "WANTED", "walked", "said", "will", ",", ".", "'",
		"(", "1998", "talks", "Friday", long + "d", long + "D", long + "s", "of", "to", "and"}
	r := rand.New(rand.NewPCG(21, 22))
	loud := 0
	for range 3000 {
		tt := lex.Tokenize(randomText(r, words, 1+r.IntN(30)), lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for at := -2; at <= tt.Len()+1; at++ {
			for _, dir := range []int{-1, 1} {
				for d := 1; d <= 3; d++ {
					reach := r.IntN(tenseReach + 1)
					want := d
					for want <= reach && s.quietAt(at+dir*want) {
						want++
					}
					if got := s.loudFrom(at, dir, d, reach); got != want {
						t.Fatalf("%q from %d by %d, %d to %d: %d, by quietAt %d", tt.Text, at, dir, d, reach, got, want)
					}
					if want <= reach {
						loud++
					}
				}
			}
		}
	}
	if loud == 0 {
		t.Fatal("no loud word found: the test misses its case")
	}
}

// oneLowerByte answers as LowerLen(k) == 1 at every token of random texts
// of words of one to six bytes, in ASCII and beyond (the Kelvin sign,
// which lowers to one byte, "É", "İ", which lowers to three, a lone byte
// beyond ASCII), initials, marks and a word too long for its token.
func TestOneLowerByteAsLowerLen(t *testing.T) {
	l := english.(*language)
	words := []string{"J", "j", "U", "S", "Mr", "Dr", "Inc", "Corp", "said", "talks", "\u212a", "\u212aa", "É", "é", "İ",
		"\x80", "a\x80", "Ée", "ÉÉ", "\u212a\u212a", "Ltd", ".", ",", "3", "1998", strings.Repeat("K", 300)}
	r := rand.New(rand.NewPCG(51, 52))
	one := 0
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(words[r.IntN(len(words))])
			switch r.IntN(3) {
			case 0:
				b.WriteString(". ")
			case 1:
				b.WriteString(" ")
			}
		}
		tt := lex.Tokenize(b.String(), lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for k := range tt.Len() {
			got, want := s.oneLowerByte(k), s.LowerLen(k) == 1
			if got != want {
				t.Fatalf("%q, token %d (%q): %v, LowerLen %d", tt.Text, k, s.Source(k), got, s.LowerLen(k))
			}
			if got {
				one++
			}
		}
	}
	if one == 0 {
		t.Fatal("no token of one byte: the test misses its case")
	}
}
