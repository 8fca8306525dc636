// Package cpubench reports the processor time a benchmark's runs take. On a
// machine shared with other work, wall-clock MB/s measures the others too;
// processor time counts only the benchmark's process, its garbage
// collector included (run with -cpu 1 to keep that on one core).
package cpubench

import (
	"syscall"
	"testing"
	"time"
)

// Now is the processor time the process has used, user and system.
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report adds the processor milliseconds per run since since, and the
// megabytes of input per processor second.
func Report(b *testing.B, since time.Duration, bytes int) {
	used := Now() - since
	if used <= 0 || b.N == 0 {
		return
	}
	per := used / time.Duration(b.N)
	b.ReportMetric(float64(per.Nanoseconds())/1e6, "cpu-ms/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)/1e6/per.Seconds(), "cpu-MB/s")
	}
}

// Loop runs f as the benchmark's loop over bytes of input, and reports the
// allocations and the processor time of each run (see Report).
func Loop(b *testing.B, bytes int, f func()) {
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	cpu := Now()
	for b.Loop() {
		f()
	}
	Report(b, cpu, bytes)
}
