package analyze

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
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
		// nothing to allocate, or too little next to the goal for a heap
		// read here to tell a collection to come from one the runtime has
		// begun: left to the runtime
		{heap: 100, goal: 100, perByte: 2, n: 0, want: false},
		{heap: 160, goal: 160, perByte: 2, n: 9, want: false},  // 18, under an eighth of 160
		{heap: 160, goal: 160, perByte: 2, n: 10, want: true},  // 20
		{heap: 140, goal: 160, perByte: 1, n: 20, want: true},  // an eighth, and 160
		{heap: 139, goal: 160, perByte: 1, n: 20, want: false}, // an eighth, but 159
		{heap: 130, goal: 160, perByte: 1, n: 19, want: false}, // neither
		// 16 MB of news under the extract command's limit, before the
		// tagger, before the events stage and once its sentences are read
		{heap: 62 << 20, goal: 94 << 20, perByte: tagAllocPerByte + eventsAllocPerByte, n: 16 << 20, want: true},
		{heap: 86 << 20, goal: 93 << 20, perByte: eventsAllocPerByte, n: 16 << 20, want: true},
		{heap: 82 << 20, goal: 94 << 20, perByte: finishAllocPerByte, n: 16 << 20, want: true},                  // after the sentences
		{heap: 7 << 20, goal: 60 << 20, perByte: tagAllocPerByte + eventsAllocPerByte, n: 1 << 20, want: false}, // 1 MB
		// 1 MB of news after others in one process (a benchmark's loop),
		// the heap at 50 MB of a goal of 53 as the next is tokenized: the
		// runtime is collecting already, or about to
		{heap: 50 << 20, goal: 53 << 20, perByte: tagAllocPerByte + eventsAllocPerByte, n: 1 << 20, want: false},
		{heap: 52 << 20, goal: 53 << 20, perByte: finishAllocPerByte, n: 1 << 20, want: false},
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

// TestCollectBeforeReadingOnlyLongTexts holds read to collecting before it
// reads an article whose reading would bring the heap to its goal, and only
// then: not for an article shorter than minCollectedText, with the heap
// over its goal, nor with the heap well under it.
func TestCollectBeforeReadingOnlyLongTexts(t *testing.T) {
	forced := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	article := func(n int) string {
		line := "The talks resumed on 8 January 1998.\n"
		text := strings.Repeat(line, n/len(line)+1)[:n]
		path := filepath.Join(t.TempDir(), "a.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	short, long := article(minCollectedText-1), article(minCollectedText)
	read := func(path string) uint64 {
		before := forced()
		if _, _, err := read(path); err != nil {
			t.Fatal(err)
		}
		return forced() - before
	}
	runtime.GC() // the heap is then its live objects, well under the goal
	if got := read(long); got != 0 {
		t.Errorf("a text of %d bytes, the heap under its goal: %d collections, want none", minCollectedText, got)
	}
	// a limit of one byte, the collector off but for it: the goal is then
	// under the heap, and reading any text reaches it
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1))
	if got := read(short); got != 0 {
		t.Errorf("a text of %d bytes: %d collections, want none", minCollectedText-1, got)
	}
	if got := read(long); got != 1 {
		t.Errorf("a text of %d bytes: %d collections, want one", minCollectedText, got)
	}
}
