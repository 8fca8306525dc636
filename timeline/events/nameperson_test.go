package events

import (
	"math/rand/v2"
	"strings"
	"testing"

	"retrace/timeline/ingest"
	"retrace/timeline/lex"
)

// namePersonAsFields is namePerson as first written: the last label's
// words and the rest of this one read by strings.Fields and joined again.
func (b *builder) namePersonAsFields(label string) string {
	sp := strings.IndexByte(label, ' ')
	if sp < 0 || len(b.drafts) == 0 || !isPersonPronoun(b.lx, label[:sp]) {
		return label
	}
	rest := label[sp+1:]
	prev := strings.Fields(b.drafts[len(b.drafts)-1].label)
	n := 0
	notName := lex.Of(lex.SubjectPronoun, lex.BornWord, lex.IrregularPast, lex.PastForm, lex.ParticipleForm, lex.FunctionWord)
	for n < len(prev) && n < 3 && !isLowerWord(prev[n]) && !isNumber(prev[n]) &&
		!b.lx.Classes(prev[n], strings.ToLower(prev[n])).Any(notName) {
		n++
	}
	if n == 0 || n == len(prev) || !isLowerWord(prev[n]) || strings.HasSuffix(prev[n-1], ":") {
		return label
	}
	name := strings.Join(prev[:n], " ")
	words := strings.Fields(rest)
	if len(words)+n > maxLabelWords {
		words = words[:max(0, maxLabelWords-n)]
		for len(words) > 1 && isLowerWord(words[len(words)-1]) &&
			b.lx.Classes(words[len(words)-1], words[len(words)-1]).Has(lex.FunctionWord) {
			words = words[:len(words)-1]
		}
	}
	return name + " " + strings.Join(words, " ")
}

// TestNamePersonAsFields holds namePerson, which cuts the name from a label
// of words joined by single spaces and keeps the rest of such a one as it
// is, to namePersonAsFields on random labels: pronouns, names, lower-case
// words, function words, numbers, a colon, short and long labels (past
// maxLabelWords), with single spaces mostly and now and then two, a tab, a
// line break, a no-break space, a space before or after, or a word beyond
// ASCII.
func TestNamePersonAsFields(t *testing.T) {
	b := &builder{lx: tokens(ingest.FromText("x", "x")).Lexicon}
	rng := rand.New(rand.NewPCG(5, 8))
	words := []string{"He", "She", "he", "she", "They", "Saddam", "Hussein", "NATO", "U.S.", "Officials:", "Bill", "Clinton",
		"tried", "to", "entice", "the", "from", "of", "3", "1998", "leaders", "Born", "was", "said", "Müller", "É"}
	seps := []string{" ", " ", " ", " ", " ", " ", " ", " ", "  ", "\t", "\n", "\u00a0"}
	random := func() string {
		var sb strings.Builder
		if rng.IntN(20) == 0 {
			sb.WriteString(" ")
		}
		if rng.IntN(2) == 0 {
			sb.WriteString([]string{"He", "She", "he", "she"}[rng.IntN(4)] + " ")
		}
		for k := range 1 + rng.IntN(12) {
			if k > 0 {
				sb.WriteString(seps[rng.IntN(len(seps))])
			}
			sb.WriteString(words[rng.IntN(len(words))])
		}
		if rng.IntN(20) == 0 {
			sb.WriteString(" ")
		}
		return sb.String()
	}
	named := 0
	for range 200000 {
		b.drafts = []*draft{{label: random()}}
		label := random()
		got, want := b.namePerson(label), b.namePersonAsFields(label)
		if got != want {
			t.Fatalf("last label %q: namePerson(%q) = %q, want %q", b.drafts[0].label, label, got, want)
		}
		if got != label {
			named++
		}
	}
	if named < 2000 {
		t.Errorf("only %d labels named a person", named)
	}
}
