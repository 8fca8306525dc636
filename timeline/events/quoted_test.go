package events

import (
	"strings"
	"testing"
)

// TestQuotedAsEnds holds quoted, which answers most words by the range of
// their first and last byte, to its ends asked one by one (an apostrophe or
// 0xE2 first, an apostrophe, 0x98 or 0x99 last), and to what it stands
// for: every word strings.Trim(s, "'’‘") takes something off is quoted.
// Every word of up to three pieces: ASCII bytes at each edge of the range
// (the apostrophe, "(", 0x7F), letters, digits, quotation marks, other letters
// beyond ASCII and bytes that are no UTF-8.
func TestQuotedAsEnds(t *testing.T) {
	pieces := []string{"", "a", "Z", "7", "'", "&", "(", ")", "\x7f", "\x00", " ", "’", "‘", "é", "—", "\xe2", "\x98", "\x99", "\xff"}
	n := 0
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				w := a + b + c
				k := len(w)
				want := k > 0 && (w[0] == '\'' || w[0] == 0xE2 || w[k-1] == '\'' || w[k-1] == 0x98 || w[k-1] == 0x99)
				if got := quoted(w); got != want || strings.Trim(w, "'’‘") != w && !got {
					t.Errorf("quoted(%q) = %v, want %v", w, got, want)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d words", n)
	}
}
