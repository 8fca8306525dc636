package analyze

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

func TestNeedsCollectionAtGoal(t *testing.T) {
	for _, c := range []struct {
		heap, goal uint64
		perByte, n int
		want       bool
	}{
		{heap: 10, goal: 100, perByte: 2, n: 0, want: false},
		{heap: 10, goal: 100, perByte: 2, n: 44, want: false}, // 98: under the goal
		{heap: 10, goal: 100, perByte: 2, n: 45, want: true},  // 100: at it
		{heap: 10, goal: 100, perByte: 4, n: 23, want: true},
		{heap: 100, goal: 100, perByte: 2, n: 0, want: true},
		// 16 MB of news under the extract command's limit, before the
		// tagger and before the events stage
		{heap: 62 << 20, goal: 94 << 20, perByte: tagAllocPerByte + eventsAllocPerByte, n: 16 << 20, want: true},
		{heap: 86 << 20, goal: 93 << 20, perByte: eventsAllocPerByte, n: 16 << 20, want: true},
		{heap: 7 << 20, goal: 60 << 20, perByte: tagAllocPerByte + eventsAllocPerByte, n: 1 << 20, want: false}, // 1 MB
	} {
		if got := needsCollection(c.heap, c.goal, c.perByte, c.n); got != c.want {
			t.Errorf("needsCollection(%d, %d, %d, %d) = %v, want %v", c.heap, c.goal, c.perByte, c.n, got, c.want)
		}
	}
}

// TestCollectBeforeOnlyNearGoal holds collectBefore to collecting for a
// text whose stages would reach the goal, and not for one whose stages fit
// under it.
func TestCollectBeforeOnlyNearGoal(t *testing.T) {
	forced := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC() // the heap is then its live objects, well under the goal
	before := forced()
	collectBefore(eventsAllocPerByte, 0)
	if got := forced() - before; got != 0 {
		t.Errorf("no text: %d collections, want none", got)
	}
	before = forced()
	collectBefore(eventsAllocPerByte, 1<<40)
	if got := forced() - before; got != 1 {
		t.Errorf("a text of a terabyte: %d collections, want one", got)
	}
}

// TestCollectBeforeNotForShortTexts holds collectBefore to collecting for
// no text shorter than minCollectedText, with the heap over its goal, and
// for one of that length.
func TestCollectBeforeNotForShortTexts(t *testing.T) {
	forced := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	// a limit of one byte, the collector off but for it: the goal is
	// then under the heap, and a stage of any length reaches it
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1))
	before := forced()
	collectBefore(eventsAllocPerByte, minCollectedText-1)
	if got := forced() - before; got != 0 {
		t.Errorf("a text of %d bytes: %d collections, want none", minCollectedText-1, got)
	}
	before = forced()
	collectBefore(eventsAllocPerByte, minCollectedText)
	if got := forced() - before; got != 1 {
		t.Errorf("a text of %d bytes: %d collections, want one", minCollectedText, got)
	}
}
