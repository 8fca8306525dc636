package en

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"retrace/timeline/lex"
)

// appendFields splits a list of words as strings.Fields does: on the
// tables' own lists, and on 100,000 random lists of ASCII letters and
// marks, every byte below '!' (ASCII white space and the controls that are
// none), DEL, letters and white space beyond ASCII (no-break space, NEL,
// em space, ideographic space) and bytes that are no UTF-8, in words
// shorter and longer than the eight bytes read at a time.
func TestAppendFieldsAsFields(t *testing.T) {
	var lists []string
	for _, tw := range tagWords {
		lists = append(lists, tw.words)
	}
	pieces := []string{"a", "z", "Q", "0", "!", "~", "'", ".", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x1f", "\x7f",
		"é", "’", "\u00a0", "\u0085", "\u2003", "\u3000", "\xff", "\xc3", "\xe2\x80", "abcdefgh", "abcdefghijklmnopq"}
	r := rand.New(rand.NewPCG(61, 62))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		lists = append(lists, b.String())
	}
	for _, list := range lists {
		var got []string
		for _, e := range appendFields(nil, list, lex.Entry{Key: kThe}) {
			if e.Key != kThe {
				t.Fatalf("%q: an entry lost its key", list)
			}
			got = append(got, e.Word)
		}
		if want := strings.Fields(list); !slices.Equal(got, want) {
			t.Fatalf("%q split as %q, want %q", list, got, want)
		}
	}
}
