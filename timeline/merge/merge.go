// Package merge puts the events of several articles on one timeline: one
// item per happening, with every source that reports it, and a flag where
// sources disagree about when it happened. The user's corrections are
// applied on the way.
package merge

import (
	"sort"

	"retrace/timeline"
)

// The thresholds of the label comparison (see similarity).
//
// Grouping needs a Dice coefficient of at least 0.5, that is the shared words
// make up half of the two labels' average length, and at least two shared
// words (one shared name such as "Putin" is what distinct events of one story
// have in common). A one-word label groups only with the same one word.
//
// Calling two reports a conflict claims more, that the sources disagree, so
// it needs 0.7 and two shared words. A recurring event is still flagged when
// each source reports a different occurrence ("Kim visits Moscow" in 2023 and
// in 2024); a source that reports both occurrences is not, since a group
// holds one report per source, and neither are labels made only of frequent
// words (see maxPostings). A conflict keeps both reports and both sentences,
// so the user judges it and nothing is lost.
const (
	groupSimilarity    = 0.5
	conflictSimilarity = 0.7
	minSharedWords     = 2
)

// slack is how far apart two intervals may lie and still be the same report:
// an event late at night is dated a day later in a paper on the other side of
// the date line. Anything further apart is a disagreement, unless the facing
// bound is fuzzy (see compatible).
const slack = 24 * 60 * 60 // seconds

// Interval arithmetic is done in Unix seconds: time.Duration overflows past
// 292 years, and "the second millennium BC" is a fair interval.

// length is an interval's length in seconds, its last day included.
func length(iv timeline.Interval) int64 { return iv.Latest.Unix() - iv.Earliest.Unix() + 24*60*60 }

// Fix is a user's correction with the event it was found to aim at: the
// pipeline finds the events (see the analyze package), the merge applies
// the fixes.
type Fix struct {
	Ref        timeline.Ref // Ref.Source indexes the analyses given to Build
	Correction timeline.Correction
}

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
// by earliest day, then label, then id. Of several fixes of one event and
// scope the last counts; a fix whose event is not among the analyses is
// ignored.
func Build(analyses []*timeline.Analysis, fixes []Fix) *timeline.Timeline {
	tl := &timeline.Timeline{Sources: make([]timeline.Source, len(analyses))}
	for i, a := range analyses {
		if a == nil {
			continue
		}
		cp := *a
		cp.Events = append([]timeline.Event(nil), a.Events...)
		tl.Sources[i].Analysis = &cp
	}
	byEvent := indexFixes(tl, fixes)

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
			if f, ok := byEvent[scoped{timeline.ScopeEvent, key}]; ok {
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
				if f, ok := byEvent[scoped{timeline.ScopeItem, key}]; ok && f.HasDates() {
					iv = f.Interval()
				} else {
					continue
				}
			}
			reps = append(reps, report{key: key, event: ev, iv: iv, words: wordIDs(ev.Label, words)})
		}
	}

	for _, g := range cluster(reps, len(tl.Sources)) {
		it, keep := makeItem(reps, g, byEvent)
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
	scope timeline.Scope
	key   eventKey
}

// report is one event that may go on the chart.
type report struct {
	key   eventKey
	event *timeline.Event
	iv    timeline.Interval // the event's interval, or the user's for an unplaced event
	words []int             // sorted ids of its label's content words
}

// indexFixes keys the fixes by scope and event position.
func indexFixes(tl *timeline.Timeline, fixes []Fix) map[scoped]timeline.Correction {
	out := make(map[scoped]timeline.Correction, len(fixes))
	if len(fixes) == 0 {
		return out
	}
	index := make([]map[string]int, len(tl.Sources)) // event id -> index, per source
	for _, f := range fixes {
		si := f.Ref.Source
		if si < 0 || si >= len(tl.Sources) || tl.Sources[si].Analysis == nil {
			continue
		}
		if index[si] == nil {
			evs := tl.Sources[si].Analysis.Events
			index[si] = make(map[string]int, len(evs))
			for ei := range evs {
				index[si][evs[ei].ID] = ei
			}
		}
		if ei, ok := index[si][f.Ref.Event]; ok {
			out[scoped{f.Correction.Scope, eventKey{si, ei}}] = f.Correction
		}
	}
	return out
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

// relate is called for every candidate pair, so it compares the labels
// and the intervals once each.
func relate(a, b *report) (relation, float64) {
	dice, shared := similarity(a.words, b.words)
	together := compatible(a.iv, b.iv)
	switch {
	case together && groupable(a, b, dice, shared):
		return same, dice
	case !together && dice >= conflictSimilarity && shared >= minSharedWords && a.event.State == b.event.State:
		return conflict, dice
	}
	return unrelated, dice
}

// similar reports whether two labels are close enough to group, whatever
// their dates.
func similar(a, b *report) bool {
	dice, shared := similarity(a.words, b.words)
	return groupable(a, b, dice, shared)
}

// groupable is similar given the labels' similarity. A state ("Kuwait
// now controls the border") is never one item with a happening ("Iraq
// took control of the border").
func groupable(a, b *report, dice float64, shared int) bool {
	if a.event.State != b.event.State {
		return false
	}
	oneWord := len(a.words) == 1 && len(b.words) == 1 && shared == 1
	return dice >= groupSimilarity && (shared >= minSharedWords || oneWord)
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
	gap := b.Earliest.Unix() - a.Latest.Unix()
	return gap <= slack || (a.FuzzyEnd && gap <= length(a)/4) || (b.FuzzyStart && gap <= length(b)/4)
}

type edge struct {
	a, b  int // indices into reports, a < b
	score float64
	dist  int64 // seconds between the intervals' midpoints: among equals, nearer is likelier
}

// stronger orders edges: higher similarity, then nearer in time, then report
// order, so the result never depends on map iteration.
func (e edge) stronger(o edge) bool {
	if e.score != o.score {
		return e.score > o.score
	}
	if e.dist != o.dist {
		return e.dist < o.dist
	}
	if e.a != o.a {
		return e.a < o.a
	}
	return e.b < o.b
}

// cluster groups the reports: first "same" pairs, strongest first, joining
// two groups only when every pair across them is "same" (complete linkage:
// no chain of pairwise resemblances drags unrelated reports together) and no
// source would appear twice; then "conflict" pairs join groups the same way,
// where every pair across is at least similar enough to group. It returns
// the groups in order of their first report.
func cluster(reps []report, sources int) []group {
	sameEdges, conflictEdges := candidatePairs(reps, sources)

	groupOf := make([]int, len(reps)) // report -> group id
	members := make([][]int, len(reps))
	conflicted := make([]bool, len(reps))
	for i := range reps {
		groupOf[i] = i
		members[i] = []int{i}
	}
	join := func(e edge, ok func(x, y *report) bool) bool {
		ga, gb := groupOf[e.a], groupOf[e.b]
		if ga == gb {
			return false
		}
		for _, x := range members[ga] {
			for _, y := range members[gb] {
				if reps[x].key.source == reps[y].key.source || !ok(&reps[x], &reps[y]) {
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
		join(e, func(x, y *report) bool { r, _ := relate(x, y); return r == same })
	}
	for _, e := range conflictEdges {
		if join(e, similar) {
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

// maxPostings is how many labels a word may appear in and still suggest
// which happening a label names. A word in more labels than this ("shelling"
// in a war chronology) names a recurring kind of event: reports sharing only
// such words are grouped with reports of the same dates but never called a
// conflict, since the same words at other dates are expected, not a
// disagreement. The bound also keeps the pairing cost linear in the number of
// reports (at most maxPostings candidates per word and report).
const maxPostings = 128

// candidatePairs finds the pairs worth joining, in two passes:
//   - through an inverted index from the rarer words (at most maxPostings
//     labels) to the reports that carry them, every pair sharing one is
//     related: "same" or "conflict";
//   - through the frequent words, each word's reports in date order, only
//     reports whose dates could be compatible are related, and only "same"
//     is kept (see maxPostings).
//
// Of each report's pairs with each other source only the strongest "same"
// and the strongest "conflict" is kept: a group holds one report per source,
// so weaker pairs could never join anyway. Edges come sorted strongest
// first.
func candidatePairs(reps []report, sources int) (sameEdges, conflictEdges []edge) {
	all := make([]int, len(reps))
	for i := range all {
		all[i] = i
	}
	if len(reps) < 2 || oneSource(reps, all) {
		return nil, nil // one article: nothing to group
	}
	// best[(report*sources + source)*2 + rel-1] is the strongest edge of
	// that kind from the report to that source. A map, not a slice, so the
	// memory follows the pairs found rather than reports × sources.
	best := map[int]edge{}
	offer := func(x, y int, r relation, score float64) {
		a, b := min(x, y), max(x, y)
		e := edge{a: a, b: b, score: score, dist: midDistance(reps[a].iv, reps[b].iv)}
		for _, k := range [2]int{(a*sources+reps[b].key.source)*2 + int(r) - 1, (b*sources+reps[a].key.source)*2 + int(r) - 1} {
			if old, ok := best[k]; !ok || e.stronger(old) {
				best[k] = e
			}
		}
	}

	postings := map[int][]int{}
	for i := range reps {
		for _, w := range reps[i].words {
			postings[w] = append(postings[w], i)
		}
	}
	seen := make([]int, len(reps)) // seen[j] == i+1: j is already a candidate of i
	for i := range reps {
		for _, w := range reps[i].words {
			list := postings[w]
			if len(list) > maxPostings {
				continue
			}
			for _, j := range list {
				if j >= i {
					break // each pair once, from its later report
				}
				if seen[j] == i+1 || reps[j].key.source == reps[i].key.source {
					continue
				}
				seen[j] = i + 1
				if r, score := relate(&reps[j], &reps[i]); r != unrelated {
					offer(j, i, r, score)
				}
			}
		}
	}

	// Through the frequent words, only reports whose spans stretched by
	// what compatible allows overlap can be compatible: a sweep in order
	// of the stretched starts compares those alone, however long the
	// list and whatever one long fuzzy report in it reaches.
	lo, hi := stretched(reps)
	for _, list := range postings {
		if len(list) <= maxPostings || oneSource(reps, list) {
			continue
		}
		byLo := append([]int(nil), list...)
		sort.Slice(byLo, func(x, y int) bool {
			if a, b := byLo[x], byLo[y]; lo[a] != lo[b] {
				return lo[a] < lo[b]
			}
			return byLo[x] < byLo[y]
		})
		for x, i := range byLo {
			for _, j := range byLo[x+1:] {
				if lo[j] > hi[i] {
					break
				}
				if reps[j].key.source == reps[i].key.source {
					continue
				}
				if r, score := relate(&reps[i], &reps[j]); r == same {
					offer(i, j, r, score)
				}
			}
		}
	}

	for k, e := range best {
		// Each edge sits in two slots; take it from the slot of its first
		// report only.
		if k/2/sources != e.a {
			continue
		}
		if k%2 == int(same)-1 {
			sameEdges = append(sameEdges, e)
		} else {
			conflictEdges = append(conflictEdges, e)
		}
	}
	sort.Slice(sameEdges, func(i, j int) bool { return sameEdges[i].stronger(sameEdges[j]) })
	sort.Slice(conflictEdges, func(i, j int) bool { return conflictEdges[i].stronger(conflictEdges[j]) })
	return sameEdges, conflictEdges
}

// stretched returns each report's span in Unix seconds, widened as far as
// compatible lets another report lie from it: by the slack after its end,
// and by a quarter of its length past a fuzzy end or before a fuzzy start.
// Two compatible reports' stretched spans always overlap.
func stretched(reps []report) (lo, hi []int64) {
	lo, hi = make([]int64, len(reps)), make([]int64, len(reps))
	for i := range reps {
		iv := reps[i].iv
		lo[i], hi[i] = iv.Earliest.Unix(), iv.Latest.Unix()+slack
		if iv.FuzzyStart {
			lo[i] -= length(iv) / 4
		}
		if iv.FuzzyEnd {
			hi[i] = max(hi[i], iv.Latest.Unix()+length(iv)/4)
		}
	}
	return lo, hi
}

// oneSource reports whether the listed reports all come from one source,
// so that none of them can pair with another.
func oneSource(reps []report, list []int) bool {
	for _, i := range list[1:] {
		if reps[i].key.source != reps[list[0]].key.source {
			return false
		}
	}
	return true
}

func midDistance(a, b timeline.Interval) int64 {
	mid := func(iv timeline.Interval) int64 { return (iv.Earliest.Unix() + iv.Latest.Unix()) / 2 }
	d := mid(a) - mid(b)
	if d < 0 {
		return -d
	}
	return d
}

// makeItem turns a group of reports into an item and applies the item
// corrections; keep is false when the user hid it.
func makeItem(reps []report, grp group, fixes map[scoped]timeline.Correction) (it timeline.Item, keep bool) {
	g, conflicted := grp.reports, grp.conflict
	primary := reps[g[0]]
	it = timeline.Item{
		ID:       timeline.ItemID(primary.key.source, primary.event.ID),
		Label:    primary.event.Label,
		Kind:     primary.event.Kind,
		Conflict: conflicted,
		State:    primary.event.State, // groups hold states or happenings, not both
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
	var dates *timeline.Correction
	for _, r := range g {
		f, ok := fixes[scoped{timeline.ScopeItem, reps[r].key}]
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
		if length(x) < length(ivs[narrowest]) {
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
