package cli

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync"
	"time"
)

// The extract command sets the Go runtime a soft memory limit sized from the
// articles it is about to read. Left to its default (GOGC=100), the
// collector lets the heap grow to twice what is live, and analysing a
// document keeps about five times its size live at its peak (text, tokens,
// mentions, the tagger's candidates; the events stage lets the tokens go
// before it numbers its events): a 20 MB article would take 10 to 11 times
// its size. With the limit the collector works harder near the peak
// instead, where the heap would otherwise double.
//
// The limit is also the collector's only pace (GOGC off, unless the user
// set GOGC): below it the heap grows without a collection, as the memory
// is granted anyway. A 1 MB article, under the 64 MiB floor, is then
// analysed with no collection at all rather than four, and a 16 MB one
// with three or four rather than nine, at the same peak.
const (
	memoryPerInputByte = 5.5      // bytes of limit per byte of the articles analysed at once
	memoryBase         = 16 << 20 // the runtime, the lexicon, the grammar's tables, buffers
	memoryFloor        = 64 << 20 // the heap of a small article grows to this uncollected
)

// memoryLimitFor returns the soft memory limit for analysing articles of the
// given sizes, inFlight of them at a time: enough for the largest ones
// together.
func memoryLimitFor(sizes []int64, inFlight int) int64 {
	budget := largestTogether(sizes, inFlight)
	if float64(budget) > (math.MaxInt64-memoryBase)/memoryPerInputByte {
		return math.MaxInt64
	}
	return max(memoryFloor, memoryBase+int64(memoryPerInputByte*float64(budget)))
}

// memoryGuard is a soft memory limit in force, watched for thrashing: an
// input that needs far more memory than its size says (a text that is one
// date after another, say) would have the collector run without end, so
// when collection takes more than gcThrashShare of the processor time spent
// over a window, the guard lifts the limit, puts GOGC back, and the heap
// grows as it would have without it. What is at stake is then memory, never a command that
// crawls.
type memoryGuard struct {
	prevLimit int64
	// prevPercent is GOGC before the guard turned it off, when it did.
	prevPercent int
	paced       bool
	stop        chan struct{}
	done        sync.WaitGroup
}

const (
	gcThrashShare  = 0.4
	gcThrashWindow = 500 * time.Millisecond // of processor time, not wall time
	gcThrashPoll   = 50 * time.Millisecond
)

// limitMemory sets the soft memory limit for the articles at paths, inFlight
// of them at a time, and returns a function that restores the one before.
func limitMemory(paths []string, inFlight int) (restore func()) {
	return limitMemoryFor(articleSizes(paths), inFlight)
}

// limitMemoryFor does what limitMemory does for articles of the given sizes
// (articleSizes). It leaves the limit alone when the user set GOMEMLIMIT,
// and when a size is unknown (-1: not a regular file it could measure;
// reading it will say why): then the default is the safe choice. Sizes are
// articles': a workspace's size says nothing of its documents'.
func limitMemoryFor(sizes []int64, inFlight int) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" || slices.Contains(sizes, -1) {
		return func() {}
	}
	limit := memoryLimitFor(sizes, inFlight)
	if limit == math.MaxInt64 {
		return func() {}
	}
	g := startMemoryGuard(limit)
	return g.release
}

// largestTogether is the sum of the n largest sizes (unknown ones, below
// zero, count as nothing).
func largestTogether(sizes []int64, n int) int64 {
	sorted := slices.Sorted(slices.Values(sizes))
	var sum int64
	for i := len(sorted) - 1; i >= 0 && i >= len(sorted)-n; i-- {
		sum += max(sorted[i], 0)
	}
	return sum
}

func startMemoryGuard(limit int64) *memoryGuard {
	g := &memoryGuard{prevLimit: debug.SetMemoryLimit(limit), stop: make(chan struct{})}
	if os.Getenv("GOGC") == "" {
		g.prevPercent, g.paced = debug.SetGCPercent(-1), true
	}
	g.done.Add(1)
	go g.watch()
	return g
}

// watch lifts the limit when the collector thrashes, until release.
func (g *memoryGuard) watch() {
	defer g.done.Done()
	samples := []metrics.Sample{
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
		{Name: "/cpu/classes/total:cpu-seconds"},
		{Name: "/cpu/classes/idle:cpu-seconds"},
		{Name: "/gc/limiter/last-enabled:gc-cycle"},
	}
	read := func() (gc, busy float64, limiter uint64) {
		metrics.Read(samples)
		gc = samples[0].Value.Float64()
		busy = samples[1].Value.Float64() - samples[2].Value.Float64()
		return gc, busy, samples[3].Value.Uint64()
	}
	gc0, busy0, limiter0 := read()
	tick := time.NewTicker(gcThrashPoll)
	defer tick.Stop()
	for {
		select {
		case <-g.stop:
			return
		case <-tick.C:
		}
		gc, busy, limiter := read()
		// The runtime's own limiter steps in when collection takes half
		// the processors: thrashing already.
		thrash := limiter != limiter0
		if d := busy - busy0; d >= gcThrashWindow.Seconds() {
			thrash = thrash || (gc-gc0)/d > gcThrashShare
			gc0, busy0 = gc, busy
		}
		if thrash {
			g.restore()
			return
		}
	}
}

// release stops the watch and restores the limit in force before.
func (g *memoryGuard) release() {
	close(g.stop)
	g.done.Wait()
	g.restore()
}

// restore puts back the limit and the pace in force before the guard.
func (g *memoryGuard) restore() {
	if g.paced {
		debug.SetGCPercent(g.prevPercent)
	}
	debug.SetMemoryLimit(g.prevLimit)
}
