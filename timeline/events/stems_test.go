package events

import (
	"path/filepath"
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
	files, _ := filepath.Glob(filepath.Join(timeBankDir, "*.tml"))
	if len(files) == 0 {
		t.Skipf("no TimeBank corpus at %s", timeBankDir)
	}
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
