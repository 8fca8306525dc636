package extract

import (
	"strconv"
	"testing"
)

// The IDs are counted up digit by digit: they must read as the numbers
// strconv writes, across every carry.
func TestIDsAreNumbered(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345} {
		ids := newIDList(n)
		for k := range n {
			if got, want := ids.at(k), "t"+strconv.Itoa(k+1); got != want {
				t.Fatalf("newIDList(%d).at(%d) = %q, want %q", n, k, got, want)
			}
		}
	}
}
