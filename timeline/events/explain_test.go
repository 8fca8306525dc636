package events

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestExplainAsSprintf holds the words explain and finish write by
// concatenation (mentionedBefore; the relation, the anchor's ID and its
// label) to fmt.Sprintf's, on random strings of quotes, backslashes,
// control bytes, letters beyond ASCII, invalid UTF-8 and the rest, and
// on strings of none of them, which mentionedBefore quotes as they are.
func TestExplainAsSprintf(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	pieces := []string{"a", "Z", "7", " ", "\"", "'", "`", "\\", "\n", "\t", "\x00", "\x7f", "é", "—", "\u2028", "\xff", "\xe2\x80", "%", "%q", "(", ")", "\U0001F600", "~", "\x1f"}
	random := func() string {
		var sb strings.Builder
		for range rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return sb.String()
	}
	for range 100000 {
		text, id, relation, label := random(), random(), random(), random()
		if got, want := mentionedBefore(text, id), fmt.Sprintf("relative to the date mentioned before, %q (%s)", text, id); got != want {
			t.Fatalf("mentionedBefore(%q, %q) = %q, want %q", text, id, got, want)
		}
		if got, want := relationHow(relation, id, label), fmt.Sprintf("%s %s (%s)", relation, id, label); got != want {
			t.Fatalf("relationHow(%q, %q, %q) = %q, want %q", relation, id, label, got, want)
		}
	}
}
