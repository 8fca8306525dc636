package merge

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"retrace/timeline"
)

// FuzzBuild merges arbitrary labels at pseudo-random dates across three
// sources and checks the invariants the chart relies on: every placed event
// is in exactly one item, an item has at most one report per source, its
// interval is ordered, and items are sorted.
func FuzzBuild(f *testing.F) {
	f.Add("Ukrainian forces launch incursion|Putin greets Kim", "Ukraine launches incursion|Kim greeted by Putin", "x|y", uint64(1))
	f.Add("a a a|a|", "|||", "ÄÖÜ ñ|日本 語", uint64(7))
	f.Fuzz(func(t *testing.T, s0, s1, s2 string, seed uint64) {
		if !utf8.ValidString(s0 + s1 + s2) {
			return
		}
		rng := rand.New(rand.NewPCG(seed, 0))
		var as []*timeline.Analysis
		placed := 0
		for si, s := range []string{s0, s1, s2} {
			a := &timeline.Analysis{Doc: &timeline.Document{Path: "s" + string(rune('a'+si)), Text: s}}
			for i, label := range strings.Split(s, "|") {
				if i >= 50 {
					break
				}
				ev := timeline.Event{ID: "e" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Label: label}
				if rng.IntN(5) > 0 {
					e := timeline.Day(1990+rng.IntN(40), 1, 1).AddDate(0, 0, rng.IntN(400))
					ev.Interval = timeline.Interval{Earliest: e, Latest: e.AddDate(0, 0, rng.IntN(60)),
						FuzzyStart: rng.IntN(2) == 0, FuzzyEnd: rng.IntN(2) == 0}
					placed++
				}
				a.Events = append(a.Events, ev)
			}
			as = append(as, a)
		}
		tl := Build(as, nil)
		seen := map[timeline.Ref]bool{}
		for i, it := range tl.Items {
			if it.Interval.Latest.Before(it.Interval.Earliest) {
				t.Errorf("item %s: interval reversed", it.ID)
			}
			if i > 0 && it.Interval.Earliest.Before(tl.Items[i-1].Interval.Earliest) {
				t.Errorf("items not sorted at %d", i)
			}
			sources := map[int]bool{}
			for _, r := range it.Refs {
				if seen[r] {
					t.Errorf("ref %+v in two items", r)
				}
				if sources[r.Source] {
					t.Errorf("item %s has two reports of source %d", it.ID, r.Source)
				}
				seen[r], sources[r.Source] = true, true
				if tl.Event(r) == nil {
					t.Errorf("ref %+v leads nowhere", r)
				}
			}
		}
		if len(seen) != placed {
			t.Errorf("%d placed events, %d on the timeline", placed, len(seen))
		}
	})
}
