package chart

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"retrace/timeline"
	"retrace/timeline/scale"
)

// Geometry of the chart, in Fyne units (scaled to pixels by the canvas).
const (
	pad          = 8
	titleSize    = 16
	titleHeight  = 30
	labelSize    = 12
	laneHeight   = 28
	labelHeight  = 17 // a line of labelSize text
	markerTop    = 19 // bar top within a lane
	markerHeight = 7
	pointRadius  = 4.5
	minBarWidth  = 4
	laneGap      = 10 // least horizontal space between items sharing a lane
	accentWidth  = 4  // source tab before a label when there are several sources
	axisHeight   = 30
	tickSize     = 11
	legendSize   = 11
	legendRow    = 22
	maxLabelLen  = 72   // runes: an 8-word label fits whole; longer ones are cut with an ellipsis
	maxAutoLanes = 2000 // lanes an auto-height export may use before clustering
	clusterGap   = 6    // least space between two cluster badges
	clusterWidth = 150  // widest a cluster badge grows
	day          = 24 * time.Hour
	dayHalf      = 12 * time.Hour
	maxTitleLen  = 160
	cardWidth    = 380
	cardLines    = 5 // lines of source sentence in the hover card
	// maxQuotedSources bounds how many sources' sentences a hover card
	// quotes for a grouped item, so it stays inside the chart.
	maxQuotedSources = 3
	cardSize         = 12
)

// placed is one item laid out in the current frame. Coordinates are in
// widget units; extent covers marker and label, which is what the lane
// packing keeps apart and what a tap hits.
type placed struct {
	item           int // index into Timeline.Items
	x0, x1         float32
	point          bool
	lane           int
	y              float32 // top of the lane
	labelX, labelW float32
	label          string
	left, right    float32 // extent of marker and label
}

// cluster stands for items that did not fit in the lanes.
type cluster struct {
	items       []int
	from, to    time.Time
	x0, x1      float32 // badge extent
	y           float32
	label       string
	left, right float32
}

// legendEntry is one swatch and text in the legend.
type legendEntry struct {
	x, y   float32
	text   string
	kind   timeline.Kind // swatch by kind, or
	source int           // source accent when kind is empty; -1 for conflict
}

// frame is everything one drawing of the chart needs, computed from the
// model and the view by layoutFrame without touching Fyne objects, so it
// can be tested and benchmarked on its own.
type frame struct {
	size     fyne.Size
	scale    scale.Scale
	title    string
	lanesTop float32
	axisY    float32
	lanes    int // lanes used by items and clusters
	ticks    []scale.Tick
	items    []placed
	clusters []cluster
	legend   []legendEntry
	accents  bool // several sources: labels carry a source tab
}

// frameParams gathers what layoutFrame reads from the chart.
type frameParams struct {
	tl         *timeline.Timeline
	order      []int // item indexes sorted by start
	view       scale.Scale
	size       fyne.Size
	title      string
	legend     bool
	autoHeight bool // export: as many lanes as the items need
	labelWidth func(item int) (string, float32)
	selected   int                    // item index that must get a lane, -1 for none
	geom       []geom                 // per item, parallel to tl.Items
	present    map[timeline.Kind]bool // kinds that occur, for the legend
	conflict   bool                   // some item is in conflict, for the legend
	measure    func(text string, size float32, style fyne.TextStyle) float32
}

// itemSpan returns the time an item covers: from its first day's midnight
// to the midnight after its last day.
func itemSpan(it *timeline.Item) (from, to time.Time) {
	a, b := it.Interval.Earliest, it.Interval.Latest
	if b.Before(a) {
		a, b = b, a
	}
	return a, b.Add(day)
}

// isPoint reports whether an item is drawn as a point (a single day).
func isPoint(it *timeline.Item) bool { return it.Interval.Days() <= 1 }

// geom is an item's place in time as Unix seconds: where its marker goes,
// precomputed so a frame's layout is plain float arithmetic.
type geom struct {
	from, to float64 // marker start and end; equal for a point (its day's noon)
	point    bool
}

func geomOf(it *timeline.Item) geom {
	from, to := itemSpan(it)
	if isPoint(it) {
		mid := scale.UnixSeconds(from.Add(dayHalf))
		return geom{from: mid, to: mid, point: true}
	}
	return geom{from: scale.UnixSeconds(from), to: scale.UnixSeconds(to)}
}

// layoutFrame lays out one frame: ticks, lanes, clusters and legend.
// With autoHeight the frame grows to fit every item (up to maxAutoLanes)
// and the returned size says how tall it is.
func layoutFrame(p frameParams) *frame {
	f := &frame{size: p.size, title: p.title}
	f.scale = p.view.WithWidth(p.size.Width)
	f.lanesTop = pad
	if p.title != "" {
		f.lanesTop += titleHeight
	}
	if p.tl != nil {
		f.accents = len(p.tl.Sources) > 1
	}
	legendH := float32(0)
	if p.legend {
		f.legend = layoutLegend(p, f.accents)
		if n := len(f.legend); n > 0 {
			legendH = f.legend[n-1].y + legendRow // rows are relative to the legend top
		}
	}
	maxLanes := maxAutoLanes
	if !p.autoHeight {
		maxLanes = int((p.size.Height - f.lanesTop - axisHeight - legendH - pad) / laneHeight)
		if maxLanes < 1 {
			maxLanes = 1
		}
	}
	f.packItems(p, maxLanes)
	if p.autoHeight {
		// As tall as the lanes in view need: lanes used only by items out
		// of view (an export of part of the timeline) add nothing.
		shown := 1
		for _, pl := range f.items {
			shown = max(shown, pl.lane+1)
		}
		if len(f.clusters) > 0 {
			shown = max(shown, f.lanes)
		}
		f.size.Height = f.lanesTop + float32(shown)*laneHeight + pad + axisHeight + legendH
	}
	f.axisY = f.size.Height - axisHeight - legendH
	for i := range f.legend {
		f.legend[i].y += f.axisY + axisHeight
	}
	// Measured bold, as major ticks are drawn: the spacing holds for both.
	f.ticks = f.scale.Ticks(func(s string) float32 { return p.measure(s, tickSize, fyne.TextStyle{Bold: true}) })
	return f
}

// packItems assigns visible items to lanes, first fit in start order, and
// gathers what does not fit into clusters in a last lane.
func (f *frame) packItems(p frameParams, maxLanes int) {
	if p.tl == nil || !f.scale.Valid() {
		return
	}
	overflow, anyOverflow := f.tryPack(p, maxLanes, pin{item: -1})
	if !anyOverflow {
		return
	}
	if maxLanes == 1 {
		// Too short for a lane of items and one of clusters: cluster all.
		overflow = overflow[:0]
		for _, idx := range p.order {
			g := p.geom[idx]
			if x0, x1 := f.scale.X(time.Unix(int64(g.from), 0)), f.scale.X(time.Unix(int64(g.to), 0)); x1 >= 0 && x0 <= f.size.Width {
				overflow = append(overflow, idx)
			}
		}
		f.items, f.lanes = f.items[:0], 0
	} else {
		// Keep the last lane for the cluster badges.
		itemLanes := maxLanes - 1
		f.items = f.items[:0]
		overflow, _ = f.tryPack(p, itemLanes, pin{item: -1})
		if slices.Contains(overflow, p.selected) {
			// The selected item must be seen: pin it to the last item
			// lane and pack the others around it.
			f.items = f.items[:0]
			overflow, _ = f.tryPack(p, itemLanes, pin{item: p.selected, lane: itemLanes - 1})
		}
	}
	if len(overflow) == 0 {
		return
	}
	lane := f.lanes // the first lane below the items, at most the reserved one
	f.clusters = clusterItems(p, f.scale, overflow, f.lanesTop+float32(lane)*laneHeight)
	f.lanes = lane + 1
}

// tryPack places items in at most maxLanes lanes, first fit in start order
// over the whole timeline, not only the visible part: an item's lane then
// depends on the zoom but not on the pan, so items keep their lane while
// the user drags. It keeps the visible items and returns the visible ones
// that found no lane, and whether any item at all found none.
func (f *frame) tryPack(p frameParams, maxLanes int, pinned pin) (overflow []int, anyOverflow bool) {
	w := f.size.Width
	var laneEnd []float32
	f.lanes = 0
	origin := scale.UnixSeconds(f.scale.Start)
	perSecond := 1 / f.scale.SecondsPerPixel()
	x := func(s float64) float32 { return float32((s - origin) * perSecond) }
	accent := float32(0)
	if f.accents {
		accent = accentWidth + 3
	}
	place := func(idx int) placed {
		g := p.geom[idx]
		pl := placed{item: idx, point: g.point}
		if pl.point {
			c := x(g.from)
			pl.x0, pl.x1 = c-pointRadius, c+pointRadius
		} else {
			pl.x0, pl.x1 = x(g.from), x(g.to)
			if pl.x1-pl.x0 < minBarWidth {
				pl.x1 = pl.x0 + minBarWidth
			}
		}
		pl.label, pl.labelW = p.labelWidth(idx)
		pl.labelX = pl.x0 + accent
		pl.left = pl.x0
		pl.right = max(pl.x1, pl.labelX+pl.labelW)
		return pl
	}
	var pinBox placed
	if pinned.item >= 0 {
		pinBox = place(pinned.item)
		laneEnd = make([]float32, pinned.lane+1)
		for l := range laneEnd {
			laneEnd[l] = float32(math.Inf(-1))
		}
	}
	for _, idx := range p.order {
		pl := place(idx)
		lane := -1
		if idx == pinned.item {
			lane = pinned.lane
		} else {
			for l, end := range laneEnd {
				if end+laneGap > pl.left {
					continue
				}
				if pinned.item >= 0 && l == pinned.lane && pl.left < pinBox.right+laneGap && pinBox.left < pl.right+laneGap {
					continue // keep clear of the pinned item
				}
				lane = l
				break
			}
		}
		if lane < 0 {
			if len(laneEnd) >= maxLanes {
				anyOverflow = true
				if pl.x1 >= 0 && pl.x0 <= w {
					overflow = append(overflow, idx)
				}
				continue
			}
			laneEnd = append(laneEnd, float32(math.Inf(-1)))
			lane = len(laneEnd) - 1
		}
		laneEnd[lane] = max(laneEnd[lane], pl.right)
		if pl.x1 < 0 || pl.x0 > w {
			continue // packed, but its marker is out of view: a label alone would mislead
		}
		pl.lane = lane
		pl.y = f.lanesTop + float32(lane)*laneHeight
		f.items = append(f.items, pl)
	}
	f.lanes = 0
	for l, end := range laneEnd { // pre-made lanes for a pin may stay empty
		if !math.IsInf(float64(end), -1) {
			f.lanes = l + 1
		}
	}
	f.fitLabels(accent)
	return overflow, anyOverflow
}

// pin asks tryPack to put one item in a given lane before all others.
type pin struct {
	item, lane int
}

// fitLabels moves labels cut by the edges into view where their lane has
// room: an item that began before the left edge shows its label from the
// edge, one near the right edge ends its label at its marker's end. Where
// the lane has no room the label stays where it was packed.
func (f *frame) fitLabels(accent float32) {
	w := f.size.Width
	lanes := make([][]int, f.lanes)
	for i := range f.items {
		lanes[f.items[i].lane] = append(lanes[f.items[i].lane], i)
	}
	for _, lane := range lanes {
		for k, i := range lane {
			pl := &f.items[i]
			prevRight, nextLeft := float32(math.Inf(-1)), float32(math.Inf(1))
			if k > 0 {
				prevRight = f.items[lane[k-1]].right
			}
			if k+1 < len(lane) {
				nextLeft = f.items[lane[k+1]].left
			}
			if pl.labelX < 2+accent && pl.x1 > 0 {
				if x := 2 + accent; x+pl.labelW+laneGap <= nextLeft {
					pl.labelX = x
				}
			}
			if pl.labelX+pl.labelW > w-2 {
				x := max(2+accent, min(w-2, pl.x1)-pl.labelW)
				if min(x-accent, pl.x0) >= prevRight+laneGap {
					pl.labelX = x
				}
			}
			pl.left = min(pl.x0, pl.labelX-accent)
			pl.right = max(pl.x1, pl.labelX+pl.labelW)
		}
	}
}

// clusterItems merges overflowing items whose badges would touch into one
// badge ("+12 events") each.
func clusterItems(p frameParams, s scale.Scale, overflow []int, y float32) []cluster {
	// Badge widths for merging use the widest label a cluster can have, so
	// not every count is measured.
	style := fyne.TextStyle{Bold: true}
	reserve := p.measure("+"+strings.Repeat("8", len(strconv.Itoa(len(overflow))))+" events", labelSize, style) + 12
	// A badge covers at most clusterWidth units, so a zoomed-out view of
	// many events shows their density along the axis, not one long badge.
	maxW := max(reserve, clusterWidth)
	var out []cluster
	origin := scale.UnixSeconds(s.Start)
	perSecond := 1 / s.SecondsPerPixel()
	for _, idx := range overflow {
		from, to := itemSpan(&p.tl.Items[idx])
		g := p.geom[idx]
		x0 := max(float32((g.from-origin)*perSecond), 0)
		x1 := min(float32((g.to-origin)*perSecond), s.Width)
		if n := len(out); n > 0 {
			c := &out[n-1]
			if x0 <= c.right+clusterGap && x0-c.x0 < maxW {
				c.items = append(c.items, idx)
				c.from, c.to = minTime(c.from, from), maxTime(c.to, to)
				c.x1 = min(max(c.x1, x1), c.x0+maxW)
				c.right = max(c.x1, c.x0+reserve)
				continue
			}
			x0 = max(x0, c.right+clusterGap)
		}
		x1 = min(max(x1, x0), x0+maxW)
		out = append(out, cluster{items: []int{idx}, from: from, to: to, x0: x0, x1: x1, y: y, left: x0, right: max(x1, x0+reserve)})
	}
	for i := range out {
		c := &out[i]
		c.label = "+" + plural(len(c.items), "event")
		c.x1 = max(c.x1, c.x0+p.measure(c.label, labelSize, style)+12)
		c.right = max(c.right, c.x1)
	}
	return out
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// layoutLegend flows the legend entries in rows; y is relative to the
// legend's top until layoutFrame knows where the axis ends.
func layoutLegend(p frameParams, accents bool) []legendEntry {
	var entries []legendEntry
	present, conflict := p.present, p.conflict
	for _, k := range timeline.Kinds {
		if present[k] || len(present) == 0 {
			entries = append(entries, legendEntry{text: k.Describe(), kind: k})
		}
	}
	if conflict {
		entries = append(entries, legendEntry{text: "sources disagree", source: -1})
	}
	if accents {
		for i, s := range p.tl.Sources {
			if s.Hidden { // filtered out by the user: its items are not drawn either
				continue
			}
			entries = append(entries, legendEntry{text: truncate(s.Title(), 60), source: i})
		}
	}
	x, y := float32(pad), float32(4)
	for i := range entries {
		w := 14 + p.measure(entries[i].text, legendSize, fyne.TextStyle{}) + 18
		if x > pad && x+w > p.size.Width-pad {
			x, y = pad, y+legendRow
		}
		entries[i].x, entries[i].y = x, y
		x += w
	}
	return entries
}

// truncate cuts s to at most n runes, ending with an ellipsis when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// hit returns the placed item or cluster under pos, preferring items.
func (f *frame) hit(pos fyne.Position) (item *placed, cl *cluster) {
	for i := range f.items {
		pl := &f.items[i]
		if pos.Y >= pl.y && pos.Y < pl.y+laneHeight && pos.X >= pl.left-2 && pos.X <= pl.right+2 {
			return pl, nil
		}
	}
	for i := range f.clusters {
		c := &f.clusters[i]
		if pos.Y >= c.y && pos.Y < c.y+laneHeight && pos.X >= c.left-2 && pos.X <= c.right+2 {
			return nil, c
		}
	}
	return nil, nil
}
