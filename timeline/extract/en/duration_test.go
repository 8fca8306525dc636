package en

import (
	"strconv"
	"testing"
)

// durationValue cuts the values of X and of one to nine of a unit from
// shortDurations: every value must be the one durationValueOf writes, for
// every unit (as listed, and as duration folds them: decades into years,
// weekends into days), of time or not, and codes no unit has, at counts
// around the table's and far from it, vague or not.
func TestDurationValueAsWritten(t *testing.T) {
	us := append([]unit{}, units[:]...)
	for _, code := range []string{"", "X", "Z", "DE", "WE", "S", "M", "H", "D", "W", "Q", "Y", "é"} {
		us = append(us, unit{code: code}, unit{code: code, time: true})
	}
	counts := []int{-10, -1, 0, 99, 100, 1 << 20, 1<<40 - 1, 1 << 40, 1 << 62}
	for n := range 12 {
		counts = append(counts, n)
	}
	for _, u := range us {
		if got, want := durationValue(u, 7, true), durationValueOf(u, "X"); got != want {
			t.Fatalf("durationValue(%+v, vague) = %q, want %q", u, got, want)
		}
		for _, n := range counts {
			if got, want := durationValue(u, n, false), durationValueOf(u, strconv.Itoa(n)); got != want {
				t.Fatalf("durationValue(%+v, %d) = %q, want %q", u, n, got, want)
			}
		}
	}
}
