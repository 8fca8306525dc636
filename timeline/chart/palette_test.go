package chart

import (
	"math"
	"testing"
)

func TestSourceColorAnyIndex(t *testing.T) {
	// Sources past the palette share its colours in turn; a negative index
	// takes its magnitude's colour, and even the most negative int is an
	// index like any other rather than a panic.
	n := len(sourceAccents)
	cases := []struct{ i, want int }{
		{0, 0}, {1, 1}, {n, 0}, {n + 2, 2}, {-1, 1}, {-n - 2, 2},
		{math.MaxInt, math.MaxInt % n}, {math.MinInt, -(math.MinInt % n)},
	}
	for _, c := range cases {
		if got := SourceColor(c.i); got != sourceAccents[c.want] {
			t.Errorf("SourceColor(%d) = %v, want accent %d %v", c.i, got, c.want, sourceAccents[c.want])
		}
	}
}
