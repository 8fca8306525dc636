// Package merge puts the events of several articles on one timeline: one
// item per happening, with every source that reports it, and a flag where
// sources disagree about when it happened. The user's corrections are
// applied on the way.
package merge

import (
	"sort"
	"strconv"
	"time"

	"retrace/timeline"
	"retrace/timeline/workspace"
)

// The thresholds of the label comparison (see similarity).
//
// Grouping needs a Dice coefficient of at least 0.5, that is the shared words
// make up half of the two labels' average length, and at least two shared
// words (one shared name such as "Putin" is what distinct events of one story
// have in common). A one-word label groups only with the same one word.
//
// Calling two reports a conflict claims more, that the sources disagree, so
// it needs 0.7 and two shared words: "Kim visits Moscow" at two dates is more
// often two visits than two sources disagreeing. Even so a recurring event
// reported once by each source is flagged; a conflict keeps both reports and
// both sentences, so the user judges it, nothing is lost.
const (
	groupSimilarity    = 0.5
	conflictSimilarity = 0.7
	minSharedWords     = 2
)

// slack is how far apart two intervals may lie and still be the same report:
// an event late at night is dated a day later in a paper on the other side of
// the date line. Anything further apart is a disagreement, unless the facing
// bound is fuzzy (see compatible).
const slack = 24 * time.Hour

// Build merges the analyses into one timeline. Source i of the timeline is
// analyses[i] (a nil analysis stays as an empty source, so indices agree).
//
// Each source holds a copy of its analysis whose events carry the user's
// event corrections (label, dates); the document itself is shared. Items:
//   - every placed event that is not hidden, one item each, except that
//   - events of different sources with similar labels and compatible
//     intervals form one item, its interval where the reports agree (the
//     intersection, "late 2024" and "5 December 2024" give 5 December), its
//     first ref and label from the earliest source;
//   - similar events at incompatible dates form one item with Conflict set
//     and all refs, its interval the envelope of every report, drawn fuzzy.
//
// Item corrections then hide, relabel or redate whole items. Items are sorted
// by earliest day, then label, then id. c may be nil.
func Build(analyses []*timeline.Analysis, c *workspace.Corrections) *timeline.Timeline {
	tl := &timeline.Timeline{Sources: make([]timeline.Source, len(analyses))}
	for i, a := range analyses {
		if a == nil {
			continue
		}
		cp := *a
		cp.Events = append([]timeline.Event(nil), a.Events...)
		tl.Sources[i].Analysis = &cp
	}
	fixes := resolveCorrections(tl, c)

	// The reports that can go on the chart, with their label words as ids.
	words := map[string]int{}
	var reps []report
	for si, s := range tl.Sources {
		if s.Analysis == nil {
			continue
		}
		for ei := range s.Analysis.Events {
			ev := &s.Analysis.Events[ei]
			key := eventKey{si, ei}
			if f, ok := fixes[scoped{workspace.ScopeEvent, key}]; ok {
				if f.Hidden {
					continue
				}
				if f.Label != "" {
					ev.Label = f.Label
				}
				if f.HasDates() {
					ev.Interval = f.Interval()
				}
			}
			iv := ev.Interval
			if iv.IsZero() {
				// A date the user gave the item places an event the tagger could not.
				if f, ok := fixes[scoped{workspace.ScopeItem, key}]; ok && f.HasDates() {
					iv = f.Interval()
				} else {
					continue
				}
			}
			reps = append(reps, report{key: key, event: ev, iv: iv, words: wordIDs(ev.Label, words)})
		}
	}

	for _, g := range cluster(reps) {
		it, keep := makeItem(reps, g, fixes)
		if keep {
			tl.Items = append(tl.Items, it)
		}
	}
	sort.SliceStable(tl.Items, func(i, j int) bool {
		a, b := tl.Items[i], tl.Items[j]
		if !a.Interval.Earliest.Equal(b.Interval.Earliest) {
			return a.Interval.Earliest.Before(b.Interval.Earliest)
		}
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.ID < b.ID
	})
	return tl
}

// eventKey is an event by position: source index, index into its Events.
type eventKey struct{ source, event int }

type scoped struct {
	scope workspace.Scope
	key   eventKey
}

// report is one event that may go on the chart.
type report struct {
	key   eventKey
	event *timeline.Event
	iv    timeline.Interval // the event's interval, or the user's for an unplaced event
	words []int             // sorted ids of its label's content words
}

// resolveCorrections finds each correction's event among the sources.
// Corrections whose document is not on the timeline, or whose event is gone,
// are ignored here; workspace.Reconcile is where the user hears of them.
func resolveCorrections(tl *timeline.Timeline, cs *workspace.Corrections) map[scoped]workspace.Correction {
	fixes := map[scoped]workspace.Correction{}
	if cs == nil {
		return fixes
	}
	for _, c := range *cs {
		for si, s := range tl.Sources {
			if s.Analysis == nil || s.Analysis.Doc == nil || !workspace.SamePath(s.Analysis.Doc.Path, c.Source) {
				continue
			}
			ev := c.Resolve(s.Analysis)
			if ev == nil {
				continue
			}
			for ei := range s.Analysis.Events {
				if &s.Analysis.Events[ei] == ev {
					fixes[scoped{c.Scope, eventKey{si, ei}}] = c
				}
			}
		}
	}
	return fixes
}

func wordIDs(label string, ids map[string]int) []int {
	ws := contentWords(label)
	out := make([]int, 0, len(ws))
	for _, w := range ws {
		id, ok := ids[w]
		if !ok {
			id = len(ids)
			ids[w] = id
		}
		out = append(out, id)
	}
	sort.Ints(out)
	return out
}

// relation is what a pair of reports from different sources is to each other.
type relation int

const (
	unrelated relation = iota
	same               // one happening, compatible dates
	conflict           // looks like one happening, incompatible dates
)

func relate(a, b *report) (relation, float64) {
	dice, shared := similarity(a.words, b.words)
	oneWord := len(a.words) == 1 && len(b.words) == 1 && shared == 1
	switch {
	case dice >= groupSimilarity && (shared >= minSharedWords || oneWord) && compatible(a.iv, b.iv):
		return same, dice
	case dice >= conflictSimilarity && shared >= minSharedWords && !compatible(a.iv, b.iv):
		return conflict, dice
	}
	return unrelated, dice
}

// compatible reports whether two intervals can date the same happening: they
// overlap, or the gap between them is within slack, or the bound facing the
// other interval is fuzzy and the gap is at most a quarter of that interval's
// length ("late 2024", fuzzy from about September, and "early January 2025"
// are close enough; "2023" and "2024" are not).
func compatible(a, b timeline.Interval) bool {
	if a.Overlaps(b) {
		return true
	}
	if b.Latest.Before(a.Earliest) {
		a, b = b, a // a is the earlier one
	}
	gap := b.Earliest.Sub(a.Latest)
	if gap <= slack {
		return true
	}
	day := 24 * time.Hour
	return (a.FuzzyEnd && gap <= time.Duration(a.Days())*day/4) ||
		(b.FuzzyStart && gap <= time.Duration(b.Days())*day/4)
}

type edge struct {
	a, b  int // indices into reports, a < b
	score float64
}

// cluster groups the reports: first "same" pairs, strongest first, joining
// two groups only when every pair across them is "same" (complete linkage:
// no chain of pairwise resemblances drags unrelated reports together) and no
// source would appear twice; then "conflict" pairs join groups the same way,
// where every pair across is at least similar enough to group. It returns
// the groups in order of their first report.
func cluster(reps []report) []group {
	sameEdges, conflictEdges, rel := candidatePairs(reps)

	groupOf := make([]int, len(reps)) // report -> group id
	members := make([][]int, len(reps))
	conflicted := make([]bool, len(reps))
	for i := range reps {
		groupOf[i] = i
		members[i] = []int{i}
	}
	join := func(e edge, ok func(x, y int) bool) bool {
		ga, gb := groupOf[e.a], groupOf[e.b]
		if ga == gb {
			return false
		}
		for _, x := range members[ga] {
			for _, y := range members[gb] {
				if reps[x].key.source == reps[y].key.source || !ok(x, y) {
					return false
				}
			}
		}
		if gb < ga {
			ga, gb = gb, ga
		}
		for _, y := range members[gb] {
			groupOf[y] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
		conflicted[ga] = conflicted[ga] || conflicted[gb]
		return true
	}
	for _, e := range sameEdges {
		join(e, func(x, y int) bool { return rel[pairKey(x, y)] == same })
	}
	for _, e := range conflictEdges {
		joined := join(e, func(x, y int) bool {
			if rel[pairKey(x, y)] != unrelated {
				return true
			}
			dice, shared := similarity(reps[x].words, reps[y].words)
			return dice >= groupSimilarity && shared >= minSharedWords
		})
		if joined {
			conflicted[groupOf[e.a]] = true
		}
	}

	var out []group
	for g, m := range members {
		if len(m) == 0 {
			continue
		}
		sort.Slice(m, func(i, j int) bool { return before(reps[m[i]].key, reps[m[j]].key) })
		out = append(out, group{reports: m, conflict: conflicted[g]})
	}
	return out
}

// group is a set of reports that become one item.
type group struct {
	reports  []int // indices into the reports, in source order
	conflict bool  // the reports disagree about the dates
}

func before(a, b eventKey) bool {
	if a.source != b.source {
		return a.source < b.source
	}
	return a.event < b.event
}

func pairKey(x, y int) [2]int {
	if x > y {
		x, y = y, x
	}
	return [2]int{x, y}
}

// candidatePairs relates every pair of reports from different sources that
// share enough words, found through an inverted index from word to reports,
// so the cost follows the pairs that share words rather than all n² pairs.
// Edges come sorted strongest first, ties by report order, for a result
// that does not depend on map iteration.
func candidatePairs(reps []report) (sameEdges, conflictEdges []edge, rel map[[2]int]relation) {
	rel = map[[2]int]relation{}
	postings := map[int][]int{}
	count := make([]int, len(reps))
	var touched []int
	for i := range reps {
		for _, w := range reps[i].words {
			for _, j := range postings[w] {
				if reps[j].key.source == reps[i].key.source {
					continue
				}
				if count[j] == 0 {
					touched = append(touched, j)
				}
				count[j]++
			}
		}
		for _, j := range touched {
			shared := count[j]
			count[j] = 0
			if shared < minSharedWords && !(shared == 1 && len(reps[i].words) == 1 && len(reps[j].words) == 1) {
				continue
			}
			r, score := relate(&reps[j], &reps[i])
			switch r {
			case same:
				sameEdges = append(sameEdges, edge{j, i, score})
			case conflict:
				conflictEdges = append(conflictEdges, edge{j, i, score})
			default:
				continue
			}
			rel[[2]int{j, i}] = r
		}
		touched = touched[:0]
		for _, w := range reps[i].words {
			postings[w] = append(postings[w], i)
		}
	}
	byStrength := func(es []edge) {
		sort.Slice(es, func(i, j int) bool {
			if es[i].score != es[j].score {
				return es[i].score > es[j].score
			}
			if es[i].a != es[j].a {
				return es[i].a < es[j].a
			}
			return es[i].b < es[j].b
		})
	}
	byStrength(sameEdges)
	byStrength(conflictEdges)
	return sameEdges, conflictEdges, rel
}

// makeItem turns a group of reports into an item and applies the item
// corrections; keep is false when the user hid it.
func makeItem(reps []report, grp group, fixes map[scoped]workspace.Correction) (it timeline.Item, keep bool) {
	g, conflicted := grp.reports, grp.conflict
	primary := reps[g[0]]
	it = timeline.Item{
		ID:       "s" + strconv.Itoa(primary.key.source) + "/" + primary.event.ID,
		Label:    primary.event.Label,
		Kind:     primary.event.Kind,
		Conflict: conflicted,
	}
	ivs := make([]timeline.Interval, len(g))
	for i, r := range g {
		it.Refs = append(it.Refs, timeline.Ref{Source: reps[r].key.source, Event: reps[r].event.ID})
		ivs[i] = reps[r].iv
	}
	if iv, narrowest, ok := intersect(ivs); ok && !conflicted {
		it.Interval = iv
		it.Kind = reps[g[narrowest]].event.Kind
	} else {
		it.Interval = envelope(ivs, conflicted)
	}

	// Item corrections: the earliest ref's value wins for each field; any
	// ref's hide hides the item.
	var label string
	var dates *workspace.Correction
	for _, r := range g {
		f, ok := fixes[scoped{workspace.ScopeItem, reps[r].key}]
		if !ok {
			continue
		}
		if f.Hidden {
			return it, false
		}
		if label == "" {
			label = f.Label
		}
		if dates == nil && f.HasDates() {
			dates = &f
		}
	}
	if label != "" {
		it.Label = label
	}
	if dates != nil {
		it.Interval = dates.Interval()
	}
	return it, true
}

// intersect returns the days every interval covers, with the granularity of
// the narrowest interval and the fuzziness of the bounds that limit it, and
// the index of the narrowest; ok is false when they share no day.
func intersect(ivs []timeline.Interval) (iv timeline.Interval, narrowest int, ok bool) {
	iv = ivs[0]
	for i, x := range ivs {
		if x.Days() < ivs[narrowest].Days() {
			narrowest = i
		}
		if i == 0 {
			continue
		}
		switch {
		case x.Earliest.After(iv.Earliest):
			iv.Earliest, iv.FuzzyStart = x.Earliest, x.FuzzyStart
		case x.Earliest.Equal(iv.Earliest):
			iv.FuzzyStart = iv.FuzzyStart && x.FuzzyStart
		}
		switch {
		case x.Latest.Before(iv.Latest):
			iv.Latest, iv.FuzzyEnd = x.Latest, x.FuzzyEnd
		case x.Latest.Equal(iv.Latest):
			iv.FuzzyEnd = iv.FuzzyEnd && x.FuzzyEnd
		}
	}
	iv.Granularity = ivs[narrowest].Granularity
	return iv, narrowest, !iv.Latest.Before(iv.Earliest)
}

// envelope returns the stretch from the earliest to the latest day of all
// intervals at the coarsest granularity. For a conflict both ends are marked
// fuzzy: the sources say it happened somewhere in there, not throughout.
func envelope(ivs []timeline.Interval, conflicted bool) timeline.Interval {
	iv := ivs[0]
	for _, x := range ivs[1:] {
		if x.Earliest.Before(iv.Earliest) || (x.Earliest.Equal(iv.Earliest) && x.FuzzyStart) {
			iv.Earliest, iv.FuzzyStart = x.Earliest, x.FuzzyStart
		}
		if x.Latest.After(iv.Latest) || (x.Latest.Equal(iv.Latest) && x.FuzzyEnd) {
			iv.Latest, iv.FuzzyEnd = x.Latest, x.FuzzyEnd
		}
		iv.Granularity = max(iv.Granularity, x.Granularity)
	}
	if conflicted {
		iv.FuzzyStart, iv.FuzzyEnd = true, true
	}
	return iv
}
