package cli

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func TestMemoryLimitFor(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name     string
		sizes    []int64
		inFlight int
		want     int64
	}{
		{"no article", nil, 1, memoryFloor},
		{"small articles stay at the floor", []int64{3000, 5000}, 4, memoryFloor},
		{"one 20 MB article", []int64{20 * mb}, 1, memoryBase + 110*mb}, // 16 MiB + 5.5 x 20 MB
		{"the largest ones in flight count", []int64{1 * mb, 16 * mb, 2 * mb, 10 * mb}, 2, memoryBase + 143*mb},
		{"more in flight than articles", []int64{10 * mb, 10 * mb}, 8, memoryBase + 110*mb}, // 16 MiB + 5.5 x 20 MB
		{"no overflow", []int64{math.MaxInt64 / 2}, 1, math.MaxInt64},
	}
	for _, tt := range tests {
		if got := memoryLimitFor(tt.sizes, tt.inFlight); got != tt.want {
			t.Errorf("%s: memoryLimitFor(%v, %d) = %d, want %d", tt.name, tt.sizes, tt.inFlight, got, tt.want)
		}
	}
}

func currentMemoryLimit() int64 { return debug.SetMemoryLimit(-1) }

func currentGCPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestLimitMemorySetsAndRestores(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // the test may run with one set
	t.Setenv("GOGC", "")
	before, percent := currentMemoryLimit(), currentGCPercent()
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, make([]byte, 12<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	restore := limitMemory([]string{path}, 1)
	if got, want := currentMemoryLimit(), int64(memoryBase+66<<20); got != want {
		t.Errorf("limit while extracting = %d, want %d", got, want)
	}
	if got := currentGCPercent(); got != -1 {
		t.Errorf("GOGC while extracting = %d, want off (-1): the limit paces the collector", got)
	}
	restore()
	if got := currentMemoryLimit(); got != before {
		t.Errorf("limit after = %d, want the one before, %d", got, before)
	}
	if got := currentGCPercent(); got != percent {
		t.Errorf("GOGC after = %d, want the one before, %d", got, percent)
	}
}

// A GOGC the user set is theirs: the limit does not turn it off.
func TestLimitMemoryLeavesTheUsersGOGC(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "50")
	percent := currentGCPercent()
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, make([]byte, 1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	restore := limitMemory([]string{path}, 1)
	defer restore()
	if got := currentGCPercent(); got != percent {
		t.Errorf("with GOGC set, GOGC while extracting = %d, want it left at %d", got, percent)
	}
}

func TestLimitMemoryLeavesTheUsersAndUnknownSizesAlone(t *testing.T) {
	before := currentMemoryLimit()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, make([]byte, 30<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	restore := limitMemory([]string{path}, 1)
	if got := currentMemoryLimit(); got != before {
		t.Errorf("with GOMEMLIMIT set, limitMemory set the limit to %d; want it left at %d", got, before)
	}
	restore()
	t.Setenv("GOMEMLIMIT", "")
	for _, paths := range [][]string{{path, filepath.Join(dir, "missing.txt")}, {dir}} {
		restore := limitMemory(paths, 1)
		if got := currentMemoryLimit(); got != before {
			t.Errorf("limitMemory(%q) set the limit to %d; want it left at %d", paths, got, before)
		}
		restore()
	}
}

// sink keeps allocations from being optimised away.
var sink []byte

// A text that needs far more memory than its size says must not leave the
// collector running flat out: the guard lifts the limit.
func TestMemoryGuardLiftsTheLimitWhenTheCollectorThrashes(t *testing.T) {
	if testing.Short() {
		t.Skip("makes the collector thrash for a moment")
	}
	t.Setenv("GOGC", "")
	before, percent := currentMemoryLimit(), currentGCPercent()
	// Live data of pointers (for the collector to mark) far over the limit.
	live := make([][]*int, 1<<10)
	for i := range live {
		live[i] = make([]*int, 4<<10)
		for j := range live[i] {
			live[i][j] = new(int)
		}
	}
	g := startMemoryGuard(8 << 20)
	defer g.release()
	lifted := false
	// Bounded by work, not time: the guard lifts the limit after half a
	// second of processor time spent mostly collecting.
	for i := 0; i < 400_000 && !lifted; i++ {
		sink = make([]byte, 16<<10)
		lifted = currentMemoryLimit() == before
	}
	if !lifted {
		t.Fatalf("the limit stayed at %d while the collector thrashed", currentMemoryLimit())
	}
	if got := currentGCPercent(); got != percent {
		t.Errorf("GOGC once the limit is lifted = %d, want the one before, %d", got, percent)
	}
	_ = live[len(live)-1][0]
}
