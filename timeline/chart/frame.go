package chart

import (
	"math"
	"slices"
	"sort"
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
	pad            = 8
	titleSize      = 16
	titleHeight    = 30
	subtitleSize   = 12
	subtitleHeight = 20
	creditSize     = 10
	creditHeight   = 18
	labelSize      = 12
	laneHeight     = 28
	labelHeight    = 17 // a line of labelSize text
	markerTop      = 19 // bar top within a lane
	markerHeight   = 7
	pointRadius    = 4.5
	minBarWidth    = 4
	// minDayWidth is the width a day needs before a one-day item is drawn
	// as a bar over its day rather than a point at its middle: zoomed in to
	// days, the bar says "this whole day", a point at noon would say "at
	// noon".
	minDayWidth    = 16
	laneGap        = 10 // least horizontal space between items sharing a lane
	accentWidth    = 4  // source tab before a label when there are several sources
	axisHeight     = 30
	tickSize       = 11
	legendSize     = 11
	legendRow      = 22
	overviewHeight = 30 // the strip under the axis showing the whole timeline
	scrollbarWidth = 5
	hintHeight     = 16 // the line saying how many events are scrolled out of view
	bandHeadSize   = 11
	maxLabelLen    = 72 // runes: an 8-word label fits whole; longer ones are cut with an ellipsis
	// maxScreenLanes bounds the lanes of a band on screen; the chart
	// scrolls vertically through them and clusters only what is left.
	maxScreenLanes = 200
	// maxExportLanes bounds the lanes of an export, which shows them all,
	// growing or splitting into pages.
	maxExportLanes = 20000
	clusterGap     = 6   // least space between two cluster badges
	clusterWidth   = 150 // widest a cluster badge grows
	day            = 24 * time.Hour
	dayHalf        = 12 * time.Hour
	maxTitleLen    = 160
	cardWidth      = 380
	cardLines      = 5 // lines of source sentence in the hover card
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
	lane           int // row in the frame's viewport
	y              float32
	labelX, labelW float32
	label          string
	left, right    float32 // extent of marker and label
}

// cluster stands for items that found no lane.
type cluster struct {
	items       []int
	from, to    time.Time
	x0, x1      float32 // badge extent
	y           float32
	label       string
	left, right float32
}

// bandHead is the title row of a source's band.
type bandHead struct {
	y      float32
	text   string
	source int
}

// legendEntry is one swatch and text in the legend.
type legendEntry struct {
	x, y   float32
	text   string
	state  bool          // a hollow swatch for present states, or
	kind   timeline.Kind // swatch by kind, or
	source int           // source accent when kind is empty; -1 for conflict
}

// overview is the strip under the axis: the whole timeline, the density
// of its items and the window the chart shows.
type overview struct {
	y0, y1     float32
	scale      scale.Scale // the whole extent over the chart's width
	bars       []float32   // per unit column, 0..1: how many items start there
	win0, win1 float32     // the visible window
	fromLabel  string
	toLabel    string
}

// header is the text above (title, subtitle) and below (credit) the chart.
type header struct {
	title, subtitle, credit string
}

// frame is everything one drawing of the chart needs, computed from the
// model and the view by layoutFrame without touching Fyne objects, so it
// can be tested and benchmarked on its own, and painted on screen, on the
// software canvas or into a vector file alike.
type frame struct {
	size      fyne.Size
	scale     scale.Scale
	head      header
	titleY    float32
	subY      float32
	creditY   float32
	lanesTop  float32
	viewRows  int // rows of lanes in the viewport (the cluster row excluded)
	rows      int // rows of the whole layout: band titles and lanes
	scrollRow int // first row shown
	axisY     float32
	lanes     int // rows used in the viewport by items and clusters
	ticks     []scale.Tick
	items     []placed
	clusters  []cluster
	heads     []bandHead
	bandRows  []int // the first (title) row of each band, when the chart draws bands
	legend    []legendEntry
	over      *overview
	accents   bool // several sources: labels carry a source tab
	above     int  // items in view but scrolled out above the viewport
	below     int  // and below it
	export    bool // a page of an export: no scroll bar; page numbers when there are several
	page      int  // of an export: this page's number from 0, of pages
	pages     int
}

// frameParams gathers what layoutFrame reads from the chart.
type frameParams struct {
	tl         *timeline.Timeline
	order      []int // item indexes sorted by start
	view       scale.Scale
	size       fyne.Size
	head       header
	legend     bool
	overview   bool // the overview strip under the axis (screen)
	autoHeight bool // export: as many rows as the items need, no scrolling
	export     bool // every item gets a lane (pages of an export scroll by scrollRow)
	bands      bool // a band of lanes per source
	labelWidth func(item int) (string, float32)
	sourceName func(source int) string
	selected   int  // item index that must get a lane, -1 for none
	reveal     bool // scroll so the selected item is in the viewport
	expanded   map[int]bool
	expandGen  int
	labelGen   int
	scrollRow  int
	// pageEnd is the row (exclusive) where a page of an export ends, 0
	// for as many rows as fit: a page may stop short to keep a band's
	// title with its lanes.
	pageEnd   int
	page      int // an export's page number from 0, of pages (0 for a picture of one page)
	pages     int
	geom      []geom                 // per item, parallel to tl.Items
	present   map[timeline.Kind]bool // kinds that occur, for the legend
	conflict  bool                   // some item is in conflict, for the legend
	states    bool                   // some item is a present state, for the legend
	extent    [2]float64             // the pan limits, Unix seconds (overview)
	hasExtent bool
	pack      **packing // a cache of the lane packing, kept by the chart
	measure   func(text string, size float32, style fyne.TextStyle) float32
	// labelMeasure measures label text quickly (a sum of advances).
	labelMeasure func(text string) float32
}

// firstSource returns the source of an item's first reference, -1 for none.
func (p *frameParams) firstSource(idx int) int {
	it := &p.tl.Items[idx]
	if len(it.Refs) == 0 || it.Refs[0].Source < 0 || it.Refs[0].Source >= len(p.tl.Sources) {
		return -1
	}
	return it.Refs[0].Source
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

// isPoint reports whether an item is a single day.
func isPoint(it *timeline.Item) bool { return it.Interval.Days() <= 1 }

// geom is an item's place in time as Unix seconds: where its marker goes,
// precomputed so a frame's layout is plain float arithmetic.
type geom struct {
	from, to float64 // its first day's midnight and the midnight after its last
	point    bool    // a single day
}

func geomOf(it *timeline.Item) geom {
	from, to := itemSpan(it)
	return geom{from: scale.UnixSeconds(from), to: scale.UnixSeconds(to), point: isPoint(it)}
}

// marker returns the geometry of an item's marker at a zoom: a single day
// is a point at its middle until a day is wide enough to draw it as a bar
// over the whole day.
func (g geom) marker(perUnit float64) (from, to float64, point bool) {
	if g.point && 86400/perUnit < minDayWidth {
		mid := (g.from + g.to) / 2
		return mid, mid, true
	}
	return g.from, g.to, false
}

// layoutFrame lays out one frame: header, ticks, rows of lanes, clusters,
// overview and legend. With autoHeight the frame grows to show every row
// and the returned size says how tall it is.
func layoutFrame(p frameParams) *frame {
	f := &frame{size: p.size, head: p.head, export: p.export || p.autoHeight, page: p.page, pages: p.pages}
	f.scale = p.view.WithWidth(p.size.Width)
	y := float32(pad)
	if p.head.title != "" {
		f.titleY = y - 2
		y += titleHeight
	}
	if p.head.subtitle != "" {
		f.subY = y - 6
		y += subtitleHeight
	}
	f.lanesTop = y
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
	overH := float32(0)
	if p.overview && p.hasExtent {
		overH = overviewHeight
	}
	creditH := float32(0)
	if p.head.credit != "" {
		creditH = creditHeight
	}
	below := axisHeight + overH + legendH + creditH

	pk := f.pack(p)
	bandStart := make([]int, len(pk.bands)+1) // first row of each band; the last entry is the rows in all
	for b, bd := range pk.bands {
		rows := bd.lanes
		if p.bands {
			rows++ // the band's title
		}
		bandStart[b+1] = bandStart[b] + rows
	}
	f.rows = bandStart[len(pk.bands)]
	rowOf := func(idx int) int {
		b := int(pk.band[idx])
		r := bandStart[b] + int(pk.lane[idx])
		if p.bands {
			r++
		}
		return r
	}

	// Which items are in view, and which of those found no lane.
	origin := scale.UnixSeconds(f.scale.Start)
	perUnit := f.scale.SecondsPerPixel()
	w := f.size.Width
	var inView, overflow []int
	if f.scale.Valid() {
		// Sized once: at a wide zoom most of 10,000 items may be without a
		// lane, and growing the slice item by item was a good part of a frame.
		overflow = make([]int, 0, pk.unplaced)
		inView = make([]int, 0, min(len(p.order)-pk.unplaced, 1024))
		for _, idx := range p.order {
			a, b, _ := p.geom[idx].marker(perUnit)
			x0, x1 := float32((a-origin)/perUnit), float32((b-origin)/perUnit)
			if x1 < -pointRadius || x0 > w+pointRadius {
				continue
			}
			if pk.lane[idx] < 0 {
				overflow = append(overflow, idx)
			} else {
				inView = append(inView, idx)
			}
		}
	}

	if p.autoHeight {
		f.viewRows = max(f.rows, 1)
		if len(overflow) > 0 {
			f.viewRows++
		}
		f.size.Height = f.lanesTop + float32(f.viewRows)*laneHeight + pad + below
		if len(overflow) > 0 {
			f.viewRows--
		}
	} else {
		avail := p.size.Height - f.lanesTop - below - pad
		f.viewRows = max(int(avail/laneHeight), 1)
		if len(overflow) > 0 && f.viewRows > 1 {
			f.viewRows-- // the last row of the viewport holds the cluster badges
		}
		if f.rows > f.viewRows {
			// A line under the lanes says how many more there are; on the
			// pages of an export, the line of the credit says which page it
			// is.
			extra := float32(hintHeight)
			if p.export {
				extra = 0
				if creditH == 0 {
					creditH, extra = creditHeight, creditHeight
					below += creditHeight
				}
			}
			f.viewRows = max(int((avail-extra)/laneHeight), 1)
			if len(overflow) > 0 && f.viewRows > 1 {
				f.viewRows--
			}
		}
	}
	f.axisY = f.size.Height - below

	// Scroll: keep the selected item in view when asked, and never past
	// the last row.
	f.scrollRow = p.scrollRow
	if p.reveal && p.selected >= 0 && p.selected < len(pk.lane) && pk.lane[p.selected] >= 0 {
		switch r := rowOf(p.selected); {
		case r < f.scrollRow:
			f.scrollRow = r
		case r >= f.scrollRow+f.viewRows:
			f.scrollRow = r - f.viewRows + 1
		}
	}
	if p.export {
		f.scrollRow = max(0, min(f.scrollRow, f.rows-1)) // the last page may be part full
	} else {
		f.scrollRow = max(0, min(f.scrollRow, f.rows-f.viewRows))
	}

	// The rows shown: from scrollRow, one row lower when a page of an
	// export begins inside a band, whose title then takes the first row
	// again; up to the page's end.
	shift, end := 0, f.scrollRow+f.viewRows
	if p.bands {
		f.bandRows = bandStart[:len(pk.bands)]
		if p.export && continuesBand(f.bandRows, f.scrollRow, f.viewRows) {
			shift, end = 1, end-1
		}
	}
	if p.export && p.pageEnd > 0 {
		end = min(end, p.pageEnd)
	}
	visible := func(row int) (int, bool) { // the viewport row of a layout row
		return row - f.scrollRow + shift, row >= f.scrollRow && row < end
	}
	if p.bands {
		name := func(bd band) string {
			if bd.source >= 0 && p.sourceName != nil {
				return p.sourceName(bd.source)
			}
			return "Undated sources"
		}
		for b, bd := range pk.bands {
			if shift == 1 && bandStart[b] < f.scrollRow && f.scrollRow < bandStart[b+1] {
				f.heads = append(f.heads, bandHead{y: f.lanesTop, text: name(bd) + " (continued)", source: bd.source})
			}
			r, ok := visible(bandStart[b])
			if !ok {
				continue
			}
			f.heads = append(f.heads, bandHead{y: f.lanesTop + float32(r)*laneHeight, text: name(bd), source: bd.source})
		}
	}

	accent := float32(0)
	if f.accents {
		accent = accentWidth + 3
	}
	for _, idx := range inView {
		r, ok := visible(rowOf(idx))
		if !ok {
			if rowOf(idx) < f.scrollRow {
				f.above++
			} else {
				f.below++
			}
			continue
		}
		g := p.geom[idx]
		a, b, point := g.marker(perUnit)
		pl := placed{item: idx, point: point, lane: r, y: f.lanesTop + float32(r)*laneHeight}
		if point {
			c := float32((a - origin) / perUnit)
			pl.x0, pl.x1 = c-pointRadius, c+pointRadius
		} else {
			pl.x0, pl.x1 = float32((a-origin)/perUnit), float32((b-origin)/perUnit)
			pl.x1 = max(pl.x1, pl.x0+minBarWidth)
		}
		pl.label, pl.labelW = p.labelWidth(idx)
		pl.labelX = pl.x0 + accent
		pl.left = pl.x0
		pl.right = max(pl.x1, pl.labelX+pl.labelW)
		f.items = append(f.items, pl)
	}
	f.lanes = 0
	for _, pl := range f.items {
		f.lanes = max(f.lanes, pl.lane+1)
	}
	f.fitLabels(accent, p.labelMeasure)
	if len(overflow) > 0 {
		cy := f.lanesTop + float32(f.viewRows)*laneHeight
		f.clusters = clusterItems(p, f.scale, overflow, cy)
		f.lanes = f.viewRows + 1
	}
	for i := range f.legend {
		f.legend[i].y += f.axisY + axisHeight + overH
	}
	if creditH > 0 {
		f.creditY = f.size.Height - creditHeight
	}
	// Measured bold, as major ticks are drawn: the spacing holds for both.
	f.ticks = f.scale.Ticks(func(s string) float32 { return p.measure(s, tickSize, fyne.TextStyle{Bold: true}) })
	if overH > 0 {
		f.over = layoutOverview(p, f.scale, f.axisY+axisHeight)
	}
	return f
}

// continuesBand reports whether a page of an export that begins at row
// (and shows viewRows rows) begins inside a band, after its title row, so
// that it repeats the title first. bandRows are the bands' title rows.
func continuesBand(bandRows []int, row, viewRows int) bool {
	if len(bandRows) == 0 || row <= 0 || viewRows < 2 {
		return false
	}
	i := sort.SearchInts(bandRows, row)
	return i == len(bandRows) || bandRows[i] != row
}

// pageRows splits the rows of an export into pages of viewRows rows and
// returns each page's first row and its end (exclusive). A page beginning
// inside a band repeats the band's title, so it has a row less for lanes;
// a band's title is not left alone at the foot of a page.
func pageRows(rows, viewRows int, bandRows []int) (starts, ends []int) {
	for s := 0; s < rows || s == 0; {
		n := max(viewRows, 1)
		if continuesBand(bandRows, s, viewRows) {
			n--
		}
		e := min(s+n, rows)
		if last := e - 1; e < rows && last > s && slices.Contains(bandRows, last) {
			e = last // the title goes with its lanes on the next page
		}
		starts, ends = append(starts, s), append(ends, e)
		if e <= s {
			break
		}
		s = e
	}
	return starts, ends
}

// pack returns the lane packing for the frame's zoom, reusing the chart's
// cached one when nothing it depends on changed. A selected item that
// found no lane is packed again first, so it is always drawn.
func (f *frame) pack(p frameParams) *packing {
	if p.tl == nil || !f.scale.Valid() || len(p.geom) == 0 {
		return &packing{bands: []band{{source: -1}}}
	}
	maxLanes := maxScreenLanes
	if p.autoHeight || p.export {
		maxLanes = maxExportLanes
	}
	accent := float32(0)
	if f.accents {
		accent = accentWidth + 3
	}
	key := packKey{perUnit: f.scale.SecondsPerPixel(), bands: p.bands, maxLanes: maxLanes, selected: p.selected,
		pinned: -1, expanded: p.expandGen, labels: p.labelGen, accent: accent}
	if p.export {
		key.page = [2]float64{scale.UnixSeconds(f.scale.Start), float64(f.scale.Width)}
	}
	if p.pack != nil && *p.pack != nil {
		if old := *p.pack; old.key == key || (old.key.pinned >= 0 && old.key.pinned == p.selected && withoutPin(old.key) == key) {
			return old
		}
	}
	if p.export {
		pk := packPage(&p, key, f.scale)
		if p.pack != nil {
			*p.pack = pk
		}
		return pk
	}
	prio := func(idx int) bool { return p.expanded[idx] }
	pk := packItems(&p, key, prio)
	if s := p.selected; s >= 0 && s < len(pk.lane) && pk.lane[s] < 0 {
		pinned := key
		pinned.pinned = s
		pk = packItems(&p, pinned, func(idx int) bool { return idx == s || p.expanded[idx] })
	}
	if p.pack != nil {
		*p.pack = pk
	}
	return pk
}

func withoutPin(k packKey) packKey {
	k.pinned = -1
	return k
}

// fitLabels moves labels cut by the edges into view where their lane has
// room: an item that began before the left edge shows its label from the
// edge, one near the right edge shifts its label left just enough to end
// inside. Where the lane has no room the label is cut with an ellipsis at
// the edge or its neighbour rather than by the edge of the chart.
func (f *frame) fitLabels(accent float32, measure func(string) float32) {
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
				// As little to the left as it takes, not past the room the
				// previous item in the lane leaves.
				x := max(w-2-pl.labelW, 2+accent, prevRight+laneGap+accent)
				pl.labelX = min(pl.labelX, x)
			}
			if pl.labelX < 2+accent && pl.x1 > 0 {
				pl.labelX = 2 + accent // no room to show it whole: cut it below, not by the edge
			}
			if end := min(w-2, nextLeft-laneGap); pl.labelX+pl.labelW > end && measure != nil {
				pl.label, pl.labelW = cutToWidth(pl.label, end-pl.labelX, measure)
			}
			pl.left = min(pl.x0, pl.labelX-accent)
			pl.right = max(pl.x1, pl.labelX+pl.labelW)
		}
	}
}

// cutToWidth shortens a label with an ellipsis until it fits width.
func cutToWidth(s string, width float32, measure func(string) float32) (string, float32) {
	room := width - measure("…")
	w := float32(0)
	for i, r := range s {
		w += measure(string(r))
		if w > room {
			if i == 0 {
				return "", 0
			}
			t := s[:i] + "…"
			return t, measure(t)
		}
	}
	return s, measure(s)
}

// clusterItems merges items that found no lane, whose badges would touch,
// into one badge ("+12 events") each.
func clusterItems(p frameParams, s scale.Scale, overflow []int, y float32) []cluster {
	// Badge widths for merging use the widest label a cluster can have, so
	// not every count is measured.
	style := fyne.TextStyle{Bold: true}
	reserve := p.measure("+"+strings.Repeat("8", len(strconv.Itoa(len(overflow))))+" events", labelSize, style) + 12
	// A badge covers at most clusterWidth units, so a zoomed-out view of
	// many events shows their density along the axis, not one long badge.
	maxW := max(reserve, clusterWidth)
	// A cluster's items are a run of overflow (taken in order), so they
	// are kept as a subslice of it; its times as seconds until the end.
	var out []cluster
	var spans [][2]float64
	origin := scale.UnixSeconds(s.Start)
	perSecond := 1 / s.SecondsPerPixel()
	for k, idx := range overflow {
		g := p.geom[idx]
		x0 := max(float32((g.from-origin)*perSecond), 0)
		x1 := min(float32((g.to-origin)*perSecond), s.Width)
		if n := len(out); n > 0 {
			c := &out[n-1]
			if x0 <= c.right+clusterGap && x0-c.x0 < maxW {
				c.items = overflow[k-len(c.items) : k+1 : k+1]
				spans[n-1] = [2]float64{min(spans[n-1][0], g.from), max(spans[n-1][1], g.to)}
				c.x1 = min(max(c.x1, x1), c.x0+maxW)
				c.right = max(c.x1, c.x0+reserve)
				continue
			}
			x0 = max(x0, c.right+clusterGap)
		}
		x1 = min(max(x1, x0), x0+maxW)
		out = append(out, cluster{items: overflow[k : k+1 : k+1], x0: x0, x1: x1, y: y, left: x0, right: max(x1, x0+reserve)})
		spans = append(spans, [2]float64{g.from, g.to})
	}
	for i := range out {
		c := &out[i]
		c.from, c.to = scale.FromUnixSeconds(spans[i][0]), scale.FromUnixSeconds(spans[i][1])
		c.label = "+" + plural(len(c.items), "event")
		c.x1 = max(c.x1, c.x0+p.measure(c.label, labelSize, style)+12)
		c.right = max(c.right, c.x1)
	}
	return out
}

// layoutOverview maps the whole extent over the chart's width, counts the
// items starting in each unit column and places the visible window.
func layoutOverview(p frameParams, view scale.Scale, y float32) *overview {
	w := view.Width
	o := &overview{y0: y + 4, y1: y + overviewHeight - 4}
	o.scale = scale.Scale{Start: scale.FromUnixSeconds(p.extent[0]), End: scale.FromUnixSeconds(p.extent[1]), Width: w}
	if !o.scale.Valid() || w < 1 {
		return nil
	}
	cols := int(w) + 1
	counts := make([]int, cols)
	peak := 0
	perUnit := o.scale.SecondsPerPixel()
	for _, g := range p.geom {
		c := int((g.from - p.extent[0]) / perUnit)
		if c >= 0 && c < cols {
			counts[c]++
			peak = max(peak, counts[c])
		}
	}
	o.bars = make([]float32, cols)
	if peak > 0 {
		lp := math.Log1p(float64(peak))
		for i, n := range counts {
			if n > 0 {
				o.bars[i] = float32(0.25 + 0.75*math.Log1p(float64(n))/lp)
			}
		}
	}
	o.win0, o.win1 = o.scale.X(view.Start), o.scale.X(view.End)
	o.fromLabel = scale.YearLabel(o.scale.Start.Year())
	o.toLabel = scale.YearLabel(o.scale.End.Year())
	return o
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
	if p.states {
		entries = append(entries, legendEntry{text: "present state (hollow)", state: true})
	}
	if accents {
		for i, s := range p.tl.Sources {
			if s.Hidden { // filtered out by the user: its items are not drawn either
				continue
			}
			name := s.Title()
			if p.sourceName != nil {
				name = p.sourceName(i)
			}
			entries = append(entries, legendEntry{text: truncate(name, 60), source: i})
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
	if n < 1 {
		return ""
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

// inOverview reports whether pos is on the overview strip.
func (f *frame) inOverview(pos fyne.Position) bool {
	return f.over != nil && pos.Y >= f.over.y0-4 && pos.Y <= f.over.y1+4
}

// lanesBottom is where the viewport of lanes ends.
func (f *frame) lanesBottom() float32 {
	return f.lanesTop + float32(f.viewRows)*laneHeight
}
