package numbered

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// reference is Names written plainly, each number formatted by strconv.
func reference(prefix string, n int) (string, []int32) {
	var b strings.Builder
	var ends []int32
	for k := 1; k <= n; k++ {
		b.WriteString(prefix)
		b.WriteString(strconv.Itoa(k))
		ends = append(ends, int32(b.Len()))
	}
	return b.String(), ends
}

// Names reads as the names strconv writes, the same string (no byte of
// the room past the last name) and the same ends, for every count up to
// 2,000 and across carries to a longer name, with prefixes short and long
// (past sixteen bytes with the digits: the names appended), and one that
// ends in digits itself.
func TestNamesAsItoa(t *testing.T) {
	counts := []int{99_999, 100_000, 100_001, 1_000_000}
	for n := range 2_000 {
		counts = append(counts, n)
	}
	for _, prefix := range []string{"e", "mention:t", "", "9", "a prefix of fifteen"[:15], "a prefix longer than sixteen"} {
		for _, n := range counts {
			if n > 2_000 && prefix != "e" && prefix != "mention:t" {
				continue
			}
			all, ends := Names(prefix, n)
			wantAll, wantEnds := reference(prefix, n)
			if all != wantAll || !slices.Equal(ends, wantEnds) {
				t.Fatalf("Names(%q, %d): %d bytes, %d ends; want %d bytes, %d ends", prefix, n, len(all), len(ends), len(wantAll), len(wantEnds))
			}
		}
	}
}

// The event IDs counted to two million, every carry through up to six
// nines, read as strconv.Itoa writes them.
func TestNamesCountToTwoMillion(t *testing.T) {
	all, ends := Names("e", 2_000_000)
	start := int32(0)
	for k, end := range ends {
		if got, want := all[start:end], "e"+strconv.Itoa(k+1); got != want {
			t.Fatalf("name %d: %q, want %q", k, got, want)
		}
		start = end
	}
}
