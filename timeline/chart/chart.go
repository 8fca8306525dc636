// Package chart is Retrace's timeline widget: items of a timeline.Timeline
// on a zoomable, pannable time axis, drawn the same way on screen and, by
// Render, into a PNG-ready image on Fyne's software canvas.
//
// For speed the renderer paints markers, ticks and grid into a single
// canvas.Raster and keeps canvas.Text objects only for what is visible, so
// the number of canvas objects follows the view, not the timeline's size.
// Layout is computed by plain functions (layoutFrame) and hit-testing is
// done on that layout, not on canvas objects.
package chart

import (
	"math"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/scale"
)

// Zoom and pan steps for keys and buttons.
const (
	zoomStep     = 1.5  // ZoomIn/ZoomOut and +/- keys
	wheelBase    = 1.25 // zoom per wheel notch (a notch scrolls 10 units)
	keyPanFactor = 0.1  // arrow keys pan a tenth of the width
)

// Chart is the timeline widget. Create it with New; it must be used from
// the UI goroutine like any Fyne widget.
type Chart struct {
	widget.BaseWidget

	// Title is drawn at the top when set (the export uses it).
	Title string
	// Legend shows the kinds and sources under the axis.
	Legend bool
	// OnSelected is called when the user taps an item (not when Select is
	// called by the program).
	OnSelected func(item timeline.Item)

	tl       *timeline.Timeline
	order    []int   // item indexes by start, then longest first
	labels   []label // per item display label and its width, measured lazily
	geom     []geom  // per item times as seconds, for fast layout
	present  map[timeline.Kind]bool
	conflict bool // some item has conflicting sources
	glyphs   glyphWidths
	view     scale.Scale
	selected string
	selIdx   int // index of the selected item, -1 for none

	autoHeight bool // set by Render: grow to fit every item

	hoverPos fyne.Position
	hovering bool
	focused  bool
	frame    *frame    // the last laid out frame, for hit tests
	r        *renderer // set by CreateRenderer
}

type label struct {
	text  string
	width float32 // < 0 until measured
}

var (
	_ fyne.Widget       = (*Chart)(nil)
	_ fyne.Scrollable   = (*Chart)(nil)
	_ fyne.Draggable    = (*Chart)(nil)
	_ fyne.Tappable     = (*Chart)(nil)
	_ fyne.Focusable    = (*Chart)(nil)
	_ desktop.Hoverable = (*Chart)(nil)
)

// New returns a chart showing tl (which may be nil), fitted to its items.
func New(tl *timeline.Timeline) *Chart {
	c := &Chart{glyphs: glyphWidths{size: labelSize}, selIdx: -1}
	c.ExtendBaseWidget(c)
	c.setTimeline(tl)
	c.fitAll()
	return c
}

// SetTimeline replaces what the chart shows. The view is kept when the
// previous timeline had items (so a changed document date moves the items
// under a steady axis) and fitted otherwise; the selection is kept when its
// item still exists.
func (c *Chart) SetTimeline(tl *timeline.Timeline) {
	hadItems := c.tl != nil && len(c.tl.Items) > 0
	c.setTimeline(tl)
	if !hadItems {
		c.fitAll()
	}
	c.Refresh()
}

func (c *Chart) setTimeline(tl *timeline.Timeline) {
	c.tl = tl
	c.order, c.labels, c.geom, c.present, c.conflict = nil, nil, nil, nil, false
	if tl == nil {
		c.selected, c.selIdx = "", -1
		return
	}
	c.order = make([]int, len(tl.Items))
	c.labels = make([]label, len(tl.Items))
	c.geom = make([]geom, len(tl.Items))
	c.present, c.conflict = map[timeline.Kind]bool{}, false
	c.selIdx = -1
	for i := range tl.Items {
		it := &tl.Items[i]
		c.order[i] = i
		c.labels[i] = label{width: -1}
		c.geom[i] = geomOf(it)
		c.present[it.Kind] = true
		c.conflict = c.conflict || it.Conflict
		if it.ID == c.selected && c.selected != "" {
			c.selIdx = i
		}
	}
	if c.selIdx < 0 {
		c.selected = ""
	}
	items := tl.Items
	sort.SliceStable(c.order, func(a, b int) bool {
		ia, ib := &items[c.order[a]], &items[c.order[b]]
		if !ia.Interval.Earliest.Equal(ib.Interval.Earliest) {
			return ia.Interval.Earliest.Before(ib.Interval.Earliest)
		}
		return ia.Interval.Latest.After(ib.Interval.Latest)
	})
}

// Timeline returns what the chart shows.
func (c *Chart) Timeline() *timeline.Timeline { return c.tl }

// labelOf returns the display label of item i and its width, measuring it
// once.
func (c *Chart) labelOf(i int) (string, float32) {
	l := &c.labels[i]
	if l.width < 0 {
		it := &c.tl.Items[i]
		l.text = truncate(it.Label, maxLabelLen)
		if l.text == "" {
			l.text = DescribeInterval(it.Interval)
		}
		if it.Conflict {
			l.text += " (dates disagree)"
		}
		l.width = c.glyphs.measure(l.text)
	}
	if i == c.selIdx { // drawn bold: keep room for it
		return l.text, fyne.MeasureText(l.text, labelSize, fyne.TextStyle{Bold: true}).Width
	}
	return l.text, l.width
}

// glyphWidths measures text by adding up the advance of each rune, each
// measured once. Shaping every label with fyne.MeasureText costs about
// 0.1 ms, which for 10,000 labels is a second; the sum of advances ignores
// kerning, so a small margin is added to stay on the safe side.
type glyphWidths struct {
	size  float32
	style fyne.TextStyle
	adv   map[rune]float32
}

func (g *glyphWidths) measure(s string) float32 {
	if g.adv == nil {
		g.adv = map[rune]float32{}
	}
	w := float32(0)
	for _, r := range s {
		a, ok := g.adv[r]
		if !ok {
			a = fyne.MeasureText(string(r), g.size, g.style).Width
			g.adv[r] = a
		}
		w += a
	}
	return w*1.01 + 1
}

// extent returns the time covered by all items, ok false when there are none.
func (c *Chart) extent() (from, to time.Time, ok bool) {
	if c.tl == nil {
		return
	}
	for i := range c.tl.Items {
		a, b := itemSpan(&c.tl.Items[i])
		if !ok || a.Before(from) {
			from = a
		}
		if !ok || b.After(to) {
			to = b
		}
		ok = true
	}
	return from, to, ok
}

// width is the current pixel width, or a placeholder before the first layout.
func (c *Chart) width() float32 {
	if w := c.Size().Width; w > 0 {
		return w
	}
	return 1000
}

// FitAll shows every item.
func (c *Chart) FitAll() {
	c.fitAll()
	c.Refresh()
}

func (c *Chart) fitAll() {
	from, to, ok := c.extent()
	if !ok {
		now := timeline.Truncate(time.Now())
		from, to = now.AddDate(-1, 0, 0), now
	}
	w := c.width()
	c.view = scale.Fit(from, to, w)
	if !ok {
		return
	}
	// Labels run right of their items: widen the view until the last
	// labels end inside it, so a fitted chart (and every export of the whole
	// timeline) shows each label whole. Positions scale with the span and
	// widths do not, so a few rounds settle it.
	accent := float32(0)
	if len(c.tl.Sources) > 1 {
		accent = accentWidth + 3
	}
	for range 6 {
		origin, perPx := scale.UnixSeconds(c.view.Start), c.view.SecondsPerPixel()
		over := float32(0)
		for i, g := range c.geom {
			_, lw := c.labelOf(i)
			x0 := float32((g.from - origin) / perPx)
			if g.point {
				x0 -= pointRadius
			}
			over = max(over, x0+accent+lw-(w-pad))
		}
		if over <= 0.5 || over > w/2 {
			return // fits, or a label wider than half the chart: leave it cut
		}
		// In seconds: over millennia the growth outruns time.Duration.
		grown := scale.FromUnixSeconds(scale.UnixSeconds(c.view.End) + float64(over)*1.05*perPx)
		c.view = scale.Scale{Start: c.view.Start, End: grown, Width: w}
	}
}

// VisibleRange returns the times at the left and right edges of the chart.
func (c *Chart) VisibleRange() (from, to time.Time) { return c.view.Start, c.view.End }

// SetVisibleRange shows [from, to]; a reversed range is swapped, an empty
// or too narrow one is widened to the smallest span the chart shows, and
// one wider than scale.MaxSpanYears is cut at that length.
func (c *Chart) SetVisibleRange(from, to time.Time) {
	if to.Before(from) {
		from, to = to, from
	}
	if to.Sub(from) < scale.MinSpan {
		mid := from.Add(to.Sub(from) / 2)
		from, to = mid.Add(-scale.MinSpan/2), mid.Add(scale.MinSpan/2)
	}
	if limit := from.AddDate(scale.MaxSpanYears, 0, 0); to.After(limit) {
		to = limit
	}
	c.view = scale.Scale{Start: from, End: to, Width: c.width()}
	c.Refresh()
}

// ZoomIn shows a third of the current span less, around the centre.
func (c *Chart) ZoomIn() { c.zoomAt(zoomStep, c.width()/2) }

// ZoomOut shows more, around the centre.
func (c *Chart) ZoomOut() { c.zoomAt(1/zoomStep, c.width()/2) }

func (c *Chart) zoomAt(factor float64, x float32) {
	c.view = c.view.WithWidth(c.width()).ZoomAt(factor, x)
	c.Refresh()
}

func (c *Chart) pan(dx float32) {
	c.view = c.view.WithWidth(c.width()).Pan(dx)
	c.Refresh()
}

// Selected returns the ID of the selected item, or "".
func (c *Chart) Selected() string { return c.selected }

// Select selects the item with that ID and centres it, zooming out if the
// item is wider than the view; a selected item always gets a lane, even
// where others are clustered. An unknown ID clears the selection. It does
// not call OnSelected.
func (c *Chart) Select(itemID string) {
	c.selected, c.selIdx = "", -1
	if c.tl != nil {
		for i := range c.tl.Items {
			if c.tl.Items[i].ID != itemID {
				continue
			}
			c.selected, c.selIdx = itemID, i
			c.view = c.view.WithWidth(c.width()).CentreOn(itemSpan(&c.tl.Items[i]))
			break
		}
	}
	c.Refresh()
}

// Scrolled zooms around the pointer with the wheel; a horizontal scroll pans.
func (c *Chart) Scrolled(ev *fyne.ScrollEvent) {
	if ev.Scrolled.DY != 0 {
		c.view = c.view.WithWidth(c.width()).ZoomAt(math.Pow(wheelBase, float64(ev.Scrolled.DY)/10), ev.Position.X)
	}
	if ev.Scrolled.DX != 0 {
		c.view = c.view.WithWidth(c.width()).Pan(ev.Scrolled.DX)
	}
	c.Refresh()
}

// Dragged pans with the pointer.
func (c *Chart) Dragged(ev *fyne.DragEvent) {
	c.hovering = false
	c.pan(ev.Dragged.DX)
}

// DragEnd ends a pan; nothing to finish.
func (c *Chart) DragEnd() {}

// Tapped selects the item under the pointer and calls OnSelected; a tap on
// a cluster zooms to the items it stands for; a tap on empty space clears
// the selection.
func (c *Chart) Tapped(ev *fyne.PointEvent) {
	if c.frame == nil {
		return
	}
	pl, cl := c.frame.hit(ev.Position)
	switch {
	case pl != nil:
		it := c.tl.Items[pl.item]
		c.selected, c.selIdx = it.ID, pl.item
		c.Refresh()
		if c.OnSelected != nil {
			c.OnSelected(it)
		}
	case cl != nil:
		// In seconds: a cluster may span more than a time.Duration holds.
		a, b := scale.UnixSeconds(cl.from), scale.UnixSeconds(cl.to)
		pad := (b - a) / 10
		c.SetVisibleRange(scale.FromUnixSeconds(a-pad), scale.FromUnixSeconds(b+pad))
	default:
		if c.selected != "" {
			c.selected, c.selIdx = "", -1
			c.Refresh()
		}
	}
}

// TypedKey handles + and - (zoom), left and right (pan), up and down
// (zoom) and Home (fit all).
func (c *Chart) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEqual, fyne.KeyPlus, fyne.KeyUp:
		c.ZoomIn()
	case fyne.KeyMinus, fyne.KeyDown:
		c.ZoomOut()
	case fyne.KeyLeft:
		c.pan(c.width() * keyPanFactor)
	case fyne.KeyRight:
		c.pan(-c.width() * keyPanFactor)
	case fyne.KeyHome:
		c.FitAll()
	}
}

// TypedRune ignores characters: the driver also reports + and - as keys,
// and handling both would zoom twice.
func (c *Chart) TypedRune(rune) {}

// FocusGained marks the chart focused, so the keys reach it.
func (c *Chart) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost clears the focus mark.
func (c *Chart) FocusLost() { c.focused = false; c.Refresh() }

// MouseIn starts hovering.
func (c *Chart) MouseIn(ev *desktop.MouseEvent) { c.hover(ev.Position) }

// MouseMoved moves the hover card with the pointer.
func (c *Chart) MouseMoved(ev *desktop.MouseEvent) { c.hover(ev.Position) }

// MouseOut hides the hover card.
func (c *Chart) MouseOut() {
	c.hovering = false
	c.refreshCard()
}

func (c *Chart) hover(pos fyne.Position) {
	c.hoverPos, c.hovering = pos, true
	c.refreshCard()
}

// refreshCard redraws only the hover card: pointer moves are frequent, and
// a full layout of a large timeline is not needed for them.
func (c *Chart) refreshCard() {
	if c.r == nil {
		return
	}
	if c.r.updateCard() {
		canvas.Refresh(c)
	}
}

// ItemAt returns the item drawn at pos in the last frame, if any.
func (c *Chart) ItemAt(pos fyne.Position) (timeline.Item, bool) {
	if c.frame == nil {
		return timeline.Item{}, false
	}
	if pl, _ := c.frame.hit(pos); pl != nil {
		return c.tl.Items[pl.item], true
	}
	return timeline.Item{}, false
}

// ItemPosition returns where the item's marker starts in the last frame
// (its left edge and lane top), ok false when it is not drawn.
func (c *Chart) ItemPosition(itemID string) (fyne.Position, bool) {
	if c.frame == nil || c.tl == nil {
		return fyne.Position{}, false
	}
	for _, pl := range c.frame.items {
		if c.tl.Items[pl.item].ID == itemID {
			return fyne.NewPos(pl.x0, pl.y), true
		}
	}
	return fyne.Position{}, false
}

// CreateRenderer builds the renderer.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	return newRenderer(c)
}

// params gathers what layoutFrame needs for size.
func (c *Chart) params(size fyne.Size) frameParams {
	return frameParams{
		tl:         c.tl,
		order:      c.order,
		view:       c.view,
		size:       size,
		title:      truncate(c.Title, maxTitleLen),
		legend:     c.Legend,
		autoHeight: c.autoHeight,
		labelWidth: c.labelOf,
		selected:   c.selIdx,
		geom:       c.geom,
		present:    c.present,
		conflict:   c.conflict,
		measure: func(text string, size float32, style fyne.TextStyle) float32 {
			return fyne.MeasureText(text, size, style).Width
		},
	}
}
