package analyze

import (
	"runtime"
	"runtime/metrics"
	"testing"
)

func TestNeedsCollectionAtGoal(t *testing.T) {
	for _, c := range []struct {
		heap, goal uint64
		n          int
		want       bool
	}{
		{heap: 10, goal: 100, n: 0, want: false},
		{heap: 10, goal: 100, n: 44, want: false}, // 98: under the goal
		{heap: 10, goal: 100, n: 45, want: true},  // 100: at it
		{heap: 100, goal: 100, n: 0, want: true},
		{heap: 86 << 20, goal: 93 << 20, n: 16 << 20, want: true}, // 16 MB of news under the extract command's limit, after the tagger
		{heap: 7 << 20, goal: 60 << 20, n: 1 << 20, want: false},  // 1 MB
	} {
		if got := needsCollection(c.heap, c.goal, c.n); got != c.want {
			t.Errorf("needsCollection(%d, %d, %d) = %v, want %v", c.heap, c.goal, c.n, got, c.want)
		}
	}
}

// TestCollectBeforeEventsOnlyNearGoal holds collectBeforeEvents to collecting
// for a text whose events would reach the goal, and not for one whose
// events fit under it.
func TestCollectBeforeEventsOnlyNearGoal(t *testing.T) {
	forced := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC() // the heap is then its live objects, well under the goal
	before := forced()
	collectBeforeEvents(0)
	if got := forced() - before; got != 0 {
		t.Errorf("no text: %d collections, want none", got)
	}
	before = forced()
	collectBeforeEvents(1 << 40)
	if got := forced() - before; got != 1 {
		t.Errorf("a text of a terabyte: %d collections, want one", got)
	}
}
