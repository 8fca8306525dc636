package chart

import (
	"math"
	"sort"

	"retrace/timeline/scale"
)

// packing is the lane of every item at one zoom: items are packed first
// fit in start order over the whole timeline, not only the visible part,
// in absolute coordinates (seconds since the epoch over seconds per unit),
// so an item's lane depends on the zoom but not on the pan and items keep
// their lane while the user drags. It is kept between frames and redone
// only when its key changes.
type packing struct {
	key   packKey
	band  []int32 // per item: its band (0 without bands)
	lane  []int32 // per item: its lane within the band, -1 when it found none
	bands []band
	// unplaced counts the items with lane -1: those that found no lane, and
	// on an export's page those not on the page.
	unplaced int
}

// band is one horizontal band of lanes: the whole chart, or one source's
// items when the chart shows a band per source.
type band struct {
	source int // the source whose items it holds, -1 for all
	lanes  int // lanes used
}

// packKey is what a packing depends on besides the timeline.
type packKey struct {
	perUnit  float64 // seconds per unit: the zoom
	bands    bool
	maxLanes int
	selected int // the selected item is drawn bold: its label is wider
	pinned   int // an item packed before all others (the selection, when it found no lane), -1 for none
	expanded int // generation of the set of items the user opened from clusters
	labels   int // generation of the labels (dates shown or not)
	accent   float32
	// page is the view's start (Unix seconds) and width of an export,
	// whose lanes are packed where the page draws its items; zero on
	// screen, where lanes do not depend on the pan.
	page [2]float64
}

// packItems computes the lanes for key. firstSource gives the band of an
// item when key.bands is set (-1: the band of items without a source);
// priority items (opened clusters, a pinned selection) are packed first,
// in lanes of their own at the top of their band, and are never left
// without a lane.
func packItems(p *frameParams, key packKey, priority func(int) bool) *packing {
	n := len(p.geom)
	pk := &packing{key: key, band: make([]int32, n), lane: make([]int32, n)}
	bandIdx := pk.makeBands(p, p.order, key.bands)
	if len(pk.bands) == 0 {
		return pk
	}
	trees := make([]*laneTree, len(pk.bands))
	prio := make([]*laneTree, len(pk.bands))
	for b := range trees {
		trees[b] = newLaneTree(key.maxLanes)
	}
	perUnit := key.perUnit
	extent := func(idx int) (left, right float64) {
		g := p.geom[idx]
		var x0, x1 float64
		if g.point {
			c := g.from / perUnit
			x0, x1 = c-pointRadius, c+pointRadius
		} else {
			x0, x1 = g.from/perUnit, g.to/perUnit
			x1 = max(x1, x0+minBarWidth)
		}
		_, lw := p.labelWidth(idx)
		return x0, max(x1, x0+float64(key.accent+lw))
	}
	// Priority items first, in lanes 0..k-1 of their band.
	prioLanes := make([]int, len(pk.bands))
	if priority != nil {
		for _, idx := range p.order {
			if !priority(idx) {
				continue
			}
			b := bandIdx(idx)
			if prio[b] == nil {
				prio[b] = newLaneTree(len(p.order))
			}
			left, right := extent(idx)
			l := prio[b].firstFit(left - laneGap)
			prio[b].set(l, right)
			pk.band[idx], pk.lane[idx] = int32(b), int32(l)
			prioLanes[b] = max(prioLanes[b], l+1)
		}
	}
	for _, idx := range p.order {
		b := bandIdx(idx)
		pk.band[idx] = int32(b)
		if priority != nil && priority(idx) {
			continue
		}
		left, right := extent(idx)
		l := trees[b].firstFit(left - laneGap)
		if l < 0 {
			pk.lane[idx] = -1
			pk.unplaced++
			continue
		}
		trees[b].set(l, right)
		pk.lane[idx] = int32(prioLanes[b] + l)
	}
	for b := range pk.bands {
		pk.bands[b].lanes = prioLanes[b] + trees[b].used
	}
	return pk
}

// makeBands sets up the bands of a packing for the items given: one band
// per source in source order, items without a source last, or one band
// for all. It returns the band of an item.
func (pk *packing) makeBands(p *frameParams, items []int, bands bool) func(idx int) int {
	if !bands {
		pk.bands = []band{{source: -1}}
		return func(int) int { return 0 }
	}
	bandOf := map[int]int{}
	for _, idx := range items {
		bandOf[p.firstSource(idx)] = -1
	}
	for s := range p.tl.Sources {
		if _, ok := bandOf[s]; ok {
			bandOf[s] = len(pk.bands)
			pk.bands = append(pk.bands, band{source: s})
		}
	}
	if _, ok := bandOf[-1]; ok {
		bandOf[-1] = len(pk.bands)
		pk.bands = append(pk.bands, band{source: -1})
	}
	return func(idx int) int { return bandOf[p.firstSource(idx)] }
}

// packPage computes the lanes of an export, whose view does not move:
// only the items in view take lanes, each where the page draws it (its
// label shifted inside the page's edges, as fitLabels places it), and
// they are packed first fit in the order of their left ends. In that
// order first fit uses exactly as many lanes as the most labels that
// overlap at one place, the least any packing of whole labels can, and no
// label is cut short by a neighbour.
func packPage(p *frameParams, key packKey, s scale.Scale) *packing {
	n := len(p.geom)
	pk := &packing{key: key, band: make([]int32, n), lane: make([]int32, n)}
	for i := range pk.lane {
		pk.lane[i] = -1
	}
	pk.unplaced = n
	type span struct {
		idx         int
		left, right float64
	}
	origin, perUnit, w := scale.UnixSeconds(s.Start), s.SecondsPerPixel(), float64(s.Width)
	accent := float64(key.accent)
	var spans []span
	var items []int
	for _, idx := range p.order {
		a, b, point := p.geom[idx].marker(perUnit)
		x0, x1 := (a-origin)/perUnit, (b-origin)/perUnit
		if x1 < -pointRadius-1 || x0 > w+pointRadius+1 { // the layout's test, and a unit more for its float32 rounding
			continue
		}
		if point {
			x0, x1 = x0-pointRadius, x0+pointRadius
		} else {
			x1 = max(x1, x0+minBarWidth)
		}
		_, lw32 := p.labelWidth(idx)
		lw := float64(lw32)
		lx := max(x0+accent, 2+accent)
		if lx+lw > w-2 {
			lx = max(w-2-lw, 2+accent)
		}
		spans = append(spans, span{idx: idx, left: max(min(x0, lx-accent), 0), right: max(x1, lx+lw)})
		items = append(items, idx)
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].left < spans[j].left })
	bandIdx := pk.makeBands(p, items, key.bands)
	trees := make([]*laneTree, len(pk.bands))
	for b := range trees {
		trees[b] = newLaneTree(key.maxLanes)
	}
	for _, sp := range spans {
		b := bandIdx(sp.idx)
		pk.band[sp.idx] = int32(b)
		// A hair more than the gap, so the layout's float32 arithmetic
		// never finds the label a fraction too long for its room.
		l := trees[b].firstFit(sp.left - laneGap - 0.01)
		if l < 0 {
			continue
		}
		trees[b].set(l, sp.right)
		pk.lane[sp.idx] = int32(l)
		pk.unplaced--
	}
	for b := range pk.bands {
		pk.bands[b].lanes = trees[b].used
	}
	return pk
}

// laneTree finds the first lane whose last item ends at or before a given
// position in O(log lanes): a tournament tree of the lanes' ends. Unused
// lanes end at -Inf, so they are taken in order once the used ones are
// full; lanes past the capacity never fit.
type laneTree struct {
	size int       // leaves, a power of two
	end  []float64 // heap order: end[1] is the root, leaves from size on
	cap  int
	used int
}

func newLaneTree(capacity int) *laneTree {
	size := 1
	for size < max(capacity, 1) {
		size *= 2
	}
	t := &laneTree{size: size, end: make([]float64, 2*size), cap: capacity}
	for i := range size {
		v := math.Inf(-1)
		if i >= capacity {
			v = math.Inf(1)
		}
		t.end[size+i] = v
	}
	for i := size - 1; i >= 1; i-- {
		t.end[i] = min(t.end[2*i], t.end[2*i+1])
	}
	return t
}

// firstFit returns the lowest lane ending at or before x, or -1.
func (t *laneTree) firstFit(x float64) int {
	if t.end[1] > x {
		return -1
	}
	i := 1
	for i < t.size {
		if t.end[2*i] <= x {
			i = 2 * i
		} else {
			i = 2*i + 1
		}
	}
	return i - t.size
}

// set records that lane l now ends at x.
func (t *laneTree) set(l int, x float64) {
	t.used = max(t.used, l+1)
	i := t.size + l
	t.end[i] = x
	for i /= 2; i >= 1; i /= 2 {
		t.end[i] = min(t.end[2*i], t.end[2*i+1])
	}
}
