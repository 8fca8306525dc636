package chart

import (
	"time"

	"retrace/timeline"
	"retrace/timeline/internal/fixture"
)

// sampleAnalysis is the sample article's events as a careful reader
// would date them (document date 2026-01-02), built by hand.
func sampleAnalysis() *timeline.Analysis { return fixture.SampleAnalysis() }

func iv(a, b time.Time, g timeline.Granularity, fuzzyStart, fuzzyEnd bool) timeline.Interval {
	return fixture.Interval(a, b, g, fuzzyStart, fuzzyEnd)
}
