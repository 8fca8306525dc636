package events

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline/lex"
)

// TestStemmedAsWorkedOut holds builder.stemmed, whose answers are kept and
// read back by a lookup put in line, to the stem and content of each word
// worked out afresh: every word of the TimeBank texts as written (names,
// capitals, numbers, marks glued on), each asked three times, so that a
// kept answer that differs from the first, or from the word's own, fails.
func TestStemmedAsWorkedOut(t *testing.T) {
	files := timeBankFiles(t)
	words := 0
	for _, f := range files[:min(len(files), 40)] {
		doc, _, _ := readTimeML(t, f)
		tt := tokens(doc)
		b := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
		fields := strings.Fields(doc.Text)
		for range 3 {
			for _, w := range fields {
				lw := strings.ToLower(w)
				e := b.lx.Lookup(lw)
				want := stemmed{b.lx.Rules().Stem(lw), !e.Has(lex.StopWord) && !e.Has(lex.FunctionWord)}
				if got := b.stemmed(w); got != want {
					t.Fatalf("%s: stemmed(%q) = %+v, want %+v", filepath.Base(f), w, got, want)
				}
				words++
			}
		}
	}
	if words < 10000 {
		t.Errorf("only %d words asked", words)
	}
}

// TestStemTableAsMap holds stemTable to a Go map: random words of one to
// twenty-four bytes of "a", "b" and "é", and words of seventeen to
// twenty-two bytes that share their first and last eight bytes (told apart
// only by their middle), kept and asked again, through growth from the
// smallest table and past maxStems, where the table lets its words go and
// the map is cleared with it. A word is put in the free slot get found
// for it; a second table, whose words are put with no slot given (insert),
// holds the same slots (put at get's slot as insert puts).
func TestStemTableAsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "b", "é"}
	for _, words := range []int{0, 100, maxStems} {
		var table, inserted stemTable
		want := map[string]stemmed{}
		for n := range 3 * maxStems {
			var sb strings.Builder
			for size := 1 + rng.IntN(24); sb.Len() < size; {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
			w := sb.String()
			if rng.IntN(3) == 0 { // the same ends and length, another middle
				w = "abababab" + w[:min(len(w), 1+rng.IntN(3))] + "babababa"
			}
			got, at, ok := table.get(w)
			if s, found := want[w]; ok != found || got != s {
				t.Fatalf("table made for %d words, after %d: get(%q) = %+v, %v, want %+v, %v", words, n, w, got, ok, s, found)
			}
			if !ok {
				if len(want) >= maxStems {
					clear(want)
				}
				s := stemmed{w + "/" + strconv.Itoa(n), n%2 == 0}
				table.put(w, s, words, at)
				inserted.put(w, s, words, stemProbe{free: -1})
				want[w] = s
				if table.n != inserted.n || at.free >= 0 && table.slots[at.free] != inserted.slots[at.free] ||
					n%97 == 0 && !slices.Equal(table.slots, inserted.slots) {
					t.Fatalf("table made for %d words, after %d: put(%q) at get's slot %d differs from insert's", words, n, w, at.free)
				}
			}
		}
		if len(table.slots) > 2*maxStems {
			t.Errorf("table made for %d words has %d slots, more than %d", words, len(table.slots), 2*maxStems)
		}
	}
}
