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
	"path/filepath"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart/internal/typeset"
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

	// Title is drawn at the top when set (the export uses it); Subtitle
	// under it and Credit at the bottom.
	Title, Subtitle, Credit string
	// Legend shows the kinds and sources under the axis.
	Legend bool
	// Overview shows the strip under the axis with the whole timeline and
	// the visible window, which can be dragged.
	Overview bool
	// OnSelected is called when the user taps an item or steps to one with
	// the keyboard (not when Select is called by the program).
	OnSelected func(item timeline.Item)

	tl       *timeline.Timeline
	order    []int      // item indexes by start, then longest first
	labels   []label    // per item display label and its width, measured lazily
	geom     []geom     // per item times as seconds, for fast layout
	span     [2]float64 // the items' extent in Unix seconds (from, to), kept with geom: every frame and pan reads it
	present  map[timeline.Kind]bool
	conflict bool // some item has conflicting sources
	states   bool // some item is a present state
	glyphs   glyphWidths
	view     scale.Scale
	selected string
	selIdx   int // index of the selected item, -1 for none

	autoHeight bool // set by Render: grow to fit every item
	export     bool // set by Render: every item gets a lane
	dark       bool // an export asked for the dark palette
	bands      bool // a band of lanes per source
	showDates  bool // labels start with the item's date
	names      []string
	// ts measures and draws the text of an export, which runs without a
	// window; nil on screen, where Fyne measures it.
	ts *typeset.Typesetter

	scrollRow int // first row of lanes shown
	pageEnd   int // an export's page: the row where it ends (0: as many as fit)
	page      int // an export's page number from 0, of pages
	pages     int
	reveal    bool         // scroll the selected item into view at the next layout
	expanded  map[int]bool // items of clusters the user opened
	expandGen int
	labelGen  int
	packed    *packing // the lanes at the last zoom

	hoverPos fyne.Position
	hovering bool
	focused  bool
	shift    bool      // a Shift key is down: arrows pan instead of stepping
	dragMode dragMode  // what the current drag moves
	dragRows float32   // vertical drag not yet turned into whole rows
	frame    *frame    // the last laid out frame, for hit tests
	r        *renderer // set by CreateRenderer
}

// dragMode is what a drag moves: the view over time and the rows, or the
// overview's window.
type dragMode int

const (
	dragNone dragMode = iota
	dragView
	dragOverview
)

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
	_ desktop.Keyable   = (*Chart)(nil)
	_ fyne.Tabbable     = (*Chart)(nil)
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
	c.order, c.labels, c.geom, c.present, c.conflict, c.states = nil, nil, nil, nil, false, false
	c.span = [2]float64{}
	c.packed, c.expanded = nil, nil
	c.expandGen++
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
		if g := c.geom[i]; i == 0 {
			c.span = [2]float64{g.from, g.to}
		} else {
			c.span = [2]float64{min(c.span[0], g.from), max(c.span[1], g.to)}
		}
		c.present[it.Kind] = true
		c.conflict = c.conflict || it.Conflict
		c.states = c.states || it.State
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
		switch {
		case l.text == "":
			l.text = DescribeInterval(it.Interval)
		case c.showDates:
			l.text = DescribeInterval(it.Interval) + " · " + l.text
		}
		if it.Conflict {
			l.text += " (dates disagree)"
		}
		if c.ts != nil {
			l.width = c.ts.Room(l.text, labelSize, typeset.Regular)
		} else {
			l.width = c.glyphs.measure(l.text)
		}
	}
	if i == c.selIdx { // drawn bold: keep room for it
		return l.text, c.roomText(l.text, labelSize, fyne.TextStyle{Bold: true})
	}
	return l.text, l.width
}

// roomText measures the room the layout leaves for a line of text: on
// screen as drawn; in an export the wider of the app's font and DejaVu
// Sans, which a reader of the SVG may see it in instead (typeset.Room).
func (c *Chart) roomText(text string, size float32, style fyne.TextStyle) float32 {
	if c.ts != nil {
		return c.ts.Room(text, size, styleOf(style))
	}
	return fyne.MeasureText(text, size, style).Width
}

// measureText measures a line of text as the chart draws it: with the
// export's typesetter, or else Fyne's.
func (c *Chart) measureText(text string, size float32, style fyne.TextStyle) float32 {
	if c.ts != nil {
		return c.ts.Width(text, size, styleOf(style))
	}
	return fyne.MeasureText(text, size, style).Width
}

// styleOf is the typesetter's name for a Fyne text style.
func styleOf(s fyne.TextStyle) typeset.Style {
	var st typeset.Style
	if s.Bold {
		st |= typeset.Bold
	}
	if s.Italic {
		st |= typeset.Italic
	}
	return st
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
	if len(c.geom) == 0 {
		return
	}
	return scale.FromUnixSeconds(c.span[0]), scale.FromUnixSeconds(c.span[1]), true
}

// limits returns how far panning and zooming out may go, in Unix seconds:
// the items' extent and a margin of a quarter of it (at least two weeks)
// on each side, so the data never scrolls out of reach.
func (c *Chart) limits() (lo, hi float64, ok bool) {
	if len(c.geom) == 0 {
		return 0, 0, false
	}
	a, b := c.span[0], c.span[1]
	m := max((b-a)/4, 14*86400)
	return a - m, b + m, true
}

// clamp keeps a view inside the limits: no wider than they are, and not
// past either end.
func (c *Chart) clamp(v scale.Scale) scale.Scale {
	lo, hi, ok := c.limits()
	if !ok || !v.Valid() {
		return v
	}
	a, b := scale.UnixSeconds(v.Start), scale.UnixSeconds(v.End)
	if b-a > hi-lo {
		mid := (a + b) / 2
		a, b = mid-(hi-lo)/2, mid+(hi-lo)/2
	}
	if a < lo {
		a, b = lo, b+(lo-a)
	}
	if b > hi {
		a, b = a-(b-hi), hi
	}
	return scale.Scale{Start: scale.FromUnixSeconds(a), End: scale.FromUnixSeconds(b), Width: v.Width}
}

// width is the current pixel width, or a placeholder before the first layout.
func (c *Chart) width() float32 {
	if w := c.Size().Width; w > 0 {
		return w
	}
	return 1000
}

// FitAll shows every item: the view spans the items' extent with a small
// margin. Labels of the last items are shifted inward rather than the view
// widened for them, so the axis ends where the data does.
func (c *Chart) FitAll() {
	c.fitAll()
	c.scrollRow = 0
	c.Refresh()
}

func (c *Chart) fitAll() { c.view = c.fitted(c.width()) }

// fitted is the view of every item across width units.
func (c *Chart) fitted(width float32) scale.Scale {
	from, to, ok := c.extent()
	if !ok {
		now := timeline.Truncate(time.Now())
		from, to = now.AddDate(-1, 0, 0), now
	}
	return scale.Fit(from, to, width)
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

// ZoomOut shows more, around the centre, up to the whole timeline and its
// margins.
func (c *Chart) ZoomOut() { c.zoomAt(1/zoomStep, c.width()/2) }

func (c *Chart) zoomAt(factor float64, x float32) {
	c.view = c.clamp(c.view.WithWidth(c.width()).ZoomAt(factor, x))
	c.Refresh()
}

func (c *Chart) pan(dx float32) {
	c.view = c.clamp(c.view.WithWidth(c.width()).Pan(dx))
	c.Refresh()
}

// scrollRows moves the rows of lanes by n (positive: further down).
func (c *Chart) scrollRows(n int) {
	c.scrollRow = max(0, c.scrollRow+n)
	if f := c.frame; f != nil {
		c.scrollRow = min(c.scrollRow, max(f.rows-f.viewRows, 0))
	}
	c.Refresh()
}

// Selected returns the ID of the selected item, or "".
func (c *Chart) Selected() string { return c.selected }

// Select selects the item with that ID, centres it when it is not wholly
// in view (zooming out if it is wider than the view) and scrolls its lane
// into view: an item in view is selected where it is, so the others do not
// jump; a selected item always gets a lane, even where others are
// clustered. An unknown ID clears the selection. It does not call
// OnSelected.
func (c *Chart) Select(itemID string) {
	c.selected, c.selIdx = "", -1
	if c.tl != nil {
		for i := range c.tl.Items {
			if c.tl.Items[i].ID == itemID {
				c.selectIndex(i)
				break
			}
		}
	}
	c.Refresh()
}

// selectIndex selects item i, centring it when it is not wholly in view.
func (c *Chart) selectIndex(i int) {
	it := &c.tl.Items[i]
	c.selected, c.selIdx, c.reveal = it.ID, i, true
	from, to := itemSpan(it)
	if from.Before(c.view.Start) || to.After(c.view.End) || !c.view.Valid() {
		c.view = c.view.WithWidth(c.width()).CentreOn(from, to)
	}
}

// step selects the item after (dir 1) or before (dir -1) the selected one
// in time order and tells OnSelected; with nothing selected it starts from
// the first or last item in view.
func (c *Chart) step(dir int) {
	if c.tl == nil || len(c.order) == 0 {
		return
	}
	next := -1
	for k, idx := range c.order {
		if idx == c.selIdx {
			next = k + dir
			break
		}
	}
	if c.selIdx < 0 {
		// Nothing selected: the first item in view going right, the last
		// going left.
		start, end := scale.UnixSeconds(c.view.Start), scale.UnixSeconds(c.view.End)
		for k, idx := range c.order {
			if g := c.geom[idx]; g.to >= start && g.from <= end {
				if next < 0 || dir < 0 {
					next = k
				}
				if dir > 0 {
					break
				}
			}
		}
	}
	if next < 0 || next >= len(c.order) {
		return
	}
	c.selectIndex(c.order[next])
	c.Refresh()
	if c.OnSelected != nil {
		c.OnSelected(c.tl.Items[c.order[next]])
	}
}

// Scrolled zooms around the pointer with the wheel, up to the whole
// timeline and its margins; a horizontal scroll pans.
func (c *Chart) Scrolled(ev *fyne.ScrollEvent) {
	if ev.Scrolled.DY != 0 {
		c.view = c.clamp(c.view.WithWidth(c.width()).ZoomAt(math.Pow(wheelBase, float64(ev.Scrolled.DY)/10), ev.Position.X))
	}
	if ev.Scrolled.DX != 0 {
		c.view = c.clamp(c.view.WithWidth(c.width()).Pan(ev.Scrolled.DX))
	}
	c.Refresh()
}

// Dragged pans with the pointer: sideways over time, up and down through
// the lanes when there are more than fit. A drag that starts on the
// overview strip moves its window instead.
func (c *Chart) Dragged(ev *fyne.DragEvent) {
	c.hovering = false
	if c.dragMode == dragNone {
		c.dragMode = dragView
		start := ev.Position.Subtract(ev.Dragged)
		if c.frame != nil && c.frame.inOverview(start) {
			c.dragMode = dragOverview
		}
		c.focus()
	}
	if c.dragMode == dragOverview {
		c.moveWindow(ev.Position.X)
		return
	}
	c.view = c.clamp(c.view.WithWidth(c.width()).Pan(ev.Dragged.DX))
	c.dragRows -= ev.Dragged.DY / laneHeight
	if n := int(c.dragRows); n != 0 {
		c.dragRows -= float32(n)
		c.scrollRows(n)
		return
	}
	c.Refresh()
}

// DragEnd ends a pan.
func (c *Chart) DragEnd() { c.dragMode, c.dragRows = dragNone, 0 }

// moveWindow centres the view on the time under x on the overview strip.
func (c *Chart) moveWindow(x float32) {
	o := c.frame.over
	if o == nil {
		return
	}
	mid := scale.UnixSeconds(o.scale.Time(x))
	half := (scale.UnixSeconds(c.view.End) - scale.UnixSeconds(c.view.Start)) / 2
	c.view = c.clamp(scale.Scale{Start: scale.FromUnixSeconds(mid - half), End: scale.FromUnixSeconds(mid + half), Width: c.width()})
	c.Refresh()
}

// focus asks the canvas to give the chart the keyboard, so +, -, Home and
// the arrows reach it after a click rather than a text field focused before.
func (c *Chart) focus() {
	if c.focused {
		return
	}
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c)
	}
}

// Tapped focuses the chart, selects the item under the pointer and calls
// OnSelected; a tap on a cluster opens it in place, giving its items lanes
// of their own; a tap on the overview moves the window there; a tap on
// empty space clears the selection.
func (c *Chart) Tapped(ev *fyne.PointEvent) {
	c.focus()
	if c.frame == nil {
		return
	}
	if c.frame.inOverview(ev.Position) {
		c.moveWindow(ev.Position.X)
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
		c.expand(cl.items)
	default:
		if c.selected != "" {
			c.selected, c.selIdx = "", -1
			c.Refresh()
		}
	}
}

// expand gives the items of a cluster lanes of their own, at the top of
// their band, and scrolls there.
func (c *Chart) expand(items []int) {
	if c.expanded == nil {
		c.expanded = map[int]bool{}
	}
	for _, idx := range items {
		c.expanded[idx] = true
	}
	c.expandGen++
	c.scrollRow = 0
	c.Refresh()
}

// AcceptsTab takes Tab (Shift+Tab) while there is an item after (before)
// the selected one to step to; at the last (first) item the window gets
// it and moves the focus on, so Tab never traps a keyboard user in the
// chart.
func (c *Chart) AcceptsTab() bool {
	if c.tl == nil || len(c.order) == 0 {
		return false
	}
	if c.selIdx < 0 {
		return true
	}
	last, first := c.order[len(c.order)-1], c.order[0]
	if c.backward() {
		return c.selIdx != first
	}
	return c.selIdx != last
}

// backward reports whether a Shift key is down, from the driver when it
// tells (Shift may have been pressed before the chart had the keyboard).
func (c *Chart) backward() bool {
	if app := fyne.CurrentApp(); app != nil {
		if d, ok := app.Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
			return true
		}
	}
	return c.shift
}

// TypedKey handles the keys of a focused chart: + and - zoom, Left and
// Right step from item to item (with Shift they pan), as do Tab and
// Shift+Tab, Up and Down scroll the lanes, Page Up and Page Down pan by
// most of a screen, Home fits everything, Escape clears the selection.
func (c *Chart) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyTab:
		if c.backward() {
			c.step(-1)
		} else {
			c.step(1)
		}
	case fyne.KeyEqual, fyne.KeyPlus:
		c.ZoomIn()
	case fyne.KeyMinus:
		c.ZoomOut()
	case fyne.KeyLeft:
		if c.shift {
			c.pan(c.width() * keyPanFactor)
		} else {
			c.step(-1)
		}
	case fyne.KeyRight:
		if c.shift {
			c.pan(-c.width() * keyPanFactor)
		} else {
			c.step(1)
		}
	case fyne.KeyPageUp:
		c.pan(c.width() * 0.8)
	case fyne.KeyPageDown:
		c.pan(-c.width() * 0.8)
	case fyne.KeyUp:
		c.scrollRows(-1)
	case fyne.KeyDown:
		c.scrollRows(1)
	case fyne.KeyHome:
		c.FitAll()
	case fyne.KeyEscape:
		if c.selected != "" {
			c.selected, c.selIdx = "", -1
			c.Refresh()
		}
	}
}

// KeyDown notes the Shift keys, which turn stepping into panning.
func (c *Chart) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = true
	}
}

// KeyUp notes the Shift keys' release.
func (c *Chart) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = false
	}
}

// TypedRune ignores characters: the driver also reports + and - as keys,
// and handling both would zoom twice.
func (c *Chart) TypedRune(rune) {}

// FocusGained marks the chart focused: a ring shows the keys reach it.
func (c *Chart) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost clears the focus ring.
func (c *Chart) FocusLost() { c.focused, c.shift = false, false; c.Refresh() }

// Focused reports whether the chart has the keyboard.
func (c *Chart) Focused() bool { return c.focused }

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

// SetBands shows one band of lanes per source (as vis-timeline's groups)
// when on, or all items in shared lanes.
func (c *Chart) SetBands(on bool) {
	c.bands, c.scrollRow = on, 0
	c.Refresh()
}

// Bands reports whether the chart shows a band per source.
func (c *Chart) Bands() bool { return c.bands }

// SetSourceNames names the sources in the legend and the band titles, in
// source order; an empty name keeps the source's own title.
func (c *Chart) SetSourceNames(names []string) {
	c.names = names
	c.Refresh()
}

// sourceName is how source i is named: the name given, the document's
// title, or its file name without the folders.
func (c *Chart) sourceName(i int) string {
	if i >= 0 && i < len(c.names) && c.names[i] != "" {
		return c.names[i]
	}
	if c.tl == nil || i < 0 || i >= len(c.tl.Sources) {
		return ""
	}
	return SourceTitle(c.tl.Sources[i])
}

// SourceTitle is how a source is named to a reader: its document's title,
// or else its file name (never the folders of the path).
func SourceTitle(s timeline.Source) string {
	if s.Analysis == nil || s.Analysis.Doc == nil {
		return ""
	}
	if d := s.Analysis.Doc; d.Title != "" {
		return d.Title
	}
	return filepath.Base(s.Analysis.Doc.Path)
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

// Reach reports how a user reaches an item in the current view: drawn with
// its label (whole or cut), scrolled out of the lanes in view, or inside a
// cluster badge; with none of these it is out of the visible time range.
func (c *Chart) Reach(itemID string) (labelled, scrolled, clustered bool) {
	if c.frame == nil || c.tl == nil {
		return
	}
	for _, pl := range c.frame.items {
		if c.tl.Items[pl.item].ID == itemID {
			return pl.label != "", false, false
		}
	}
	for _, cl := range c.frame.clusters {
		for _, idx := range cl.items {
			if c.tl.Items[idx].ID == itemID {
				return false, false, true
			}
		}
	}
	start, end := scale.UnixSeconds(c.view.Start), scale.UnixSeconds(c.view.End)
	for i := range c.tl.Items {
		if c.tl.Items[i].ID != itemID || c.packed == nil || i >= len(c.packed.lane) {
			continue
		}
		if g := c.geom[i]; c.packed.lane[i] >= 0 && g.to >= start && g.from <= end {
			return false, true, false
		}
	}
	return false, false, false
}

// ClusterPositions returns a point inside each "+N events" badge of the
// last frame, for tapping.
func (c *Chart) ClusterPositions() []fyne.Position {
	if c.frame == nil {
		return nil
	}
	var out []fyne.Position
	for _, cl := range c.frame.clusters {
		out = append(out, fyne.NewPos(cl.x0+4, cl.y+laneHeight/2))
	}
	return out
}

// CreateRenderer builds the renderer.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	return newRenderer(c)
}

// params gathers what layoutFrame needs for size.
func (c *Chart) params(size fyne.Size) frameParams {
	p := frameParams{
		tl:         c.tl,
		order:      c.order,
		view:       c.view,
		size:       size,
		head:       header{title: truncate(c.Title, maxTitleLen), subtitle: truncate(c.Subtitle, maxTitleLen), credit: truncate(c.Credit, maxTitleLen)},
		legend:     c.Legend,
		overview:   c.Overview,
		autoHeight: c.autoHeight,
		export:     c.export,
		bands:      c.bands,
		labelWidth: c.labelOf,
		sourceName: c.sourceName,
		selected:   c.selIdx,
		reveal:     c.reveal,
		expanded:   c.expanded,
		expandGen:  c.expandGen,
		labelGen:   c.labelGen,
		scrollRow:  c.scrollRow,
		pageEnd:    c.pageEnd,
		page:       c.page,
		pages:      c.pages,
		geom:       c.geom,
		present:    c.present,
		conflict:   c.conflict,
		states:     c.states,
		pack:       &c.packed,
		labelMeasure: func(text string) float32 {
			if c.ts != nil {
				return c.ts.Room(text, labelSize, typeset.Regular)
			}
			return c.glyphs.measure(text)
		},
		measure: c.roomText,
	}
	if lo, hi, ok := c.limits(); ok {
		p.extent, p.hasExtent = [2]float64{lo, hi}, true
	}
	return p
}

// layout lays out a frame for size and keeps what it settled (the scroll
// position) for the next one.
func (c *Chart) layout(p frameParams) *frame {
	f := layoutFrame(p)
	c.frame = f
	c.scrollRow, c.reveal = f.scrollRow, false
	return f
}
