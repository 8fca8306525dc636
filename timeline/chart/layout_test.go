package chart

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"retrace/timeline"
	"retrace/timeline/internal/fixture"
)

// synthetic builds a timeline of n events spread over the given years
// from start, in sources documents (see fixture.Synthetic).
func synthetic(n, sources int, start time.Time, years float64, seed uint64) *timeline.Timeline {
	return fixture.Synthetic(n, sources, start, years, seed)
}

type box struct{ x0, y0, x1, y1 float32 }

func (a box) overlaps(b box) bool { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }

// boxes returns the label and marker rectangles of every placed item.
func boxes(f *frame) (labels, markers []box) {
	for _, pl := range f.items {
		labels = append(labels, box{pl.labelX, pl.y + 1, pl.labelX + pl.labelW, pl.y + labelHeight})
		markers = append(markers, box{pl.x0, pl.y + markerTop, pl.x1, pl.y + markerTop + markerHeight})
	}
	return labels, markers
}

// checkNoOverlap fails when two labels, or a label and another item's
// marker, or two cluster badges overlap, or an item leaves the lanes.
func checkNoOverlap(t *testing.T, f *frame) {
	t.Helper()
	labels, markers := boxes(f)
	for i := range labels {
		for j := range labels {
			if i == j {
				continue
			}
			if i < j && labels[i].overlaps(labels[j]) {
				t.Errorf("labels of items %d and %d overlap: %v %v", f.items[i].item, f.items[j].item, labels[i], labels[j])
			}
			if labels[i].overlaps(markers[j]) {
				t.Errorf("label of item %d covers the marker of %d", f.items[i].item, f.items[j].item)
			}
		}
		if labels[i].y1 > f.axisY {
			t.Errorf("item %d drawn below the axis", f.items[i].item)
		}
	}
	for i := 1; i < len(f.ticks); i++ {
		a, b := f.ticks[i-1], f.ticks[i]
		wa := fyne.MeasureText(a.Label, tickSize, fyne.TextStyle{Bold: a.Major}).Width
		wb := fyne.MeasureText(b.Label, tickSize, fyne.TextStyle{Bold: b.Major}).Width
		if a.X+wa/2 > b.X-wb/2 {
			t.Errorf("tick labels %q and %q overlap", a.Label, b.Label)
		}
	}
	for i := 1; i < len(f.clusters); i++ {
		if f.clusters[i].x0 < f.clusters[i-1].x1 {
			t.Errorf("cluster badges %d and %d overlap", i-1, i)
		}
	}
}

// countVisible counts items whose marker is in view.
func countVisible(f *frame, tl *timeline.Timeline) int {
	n := 0
	for i := range tl.Items {
		from, to := itemSpan(&tl.Items[i])
		if isPoint(&tl.Items[i]) {
			from = from.Add(dayHalf)
			to = from
		}
		if x0, x1 := f.scale.X(from), f.scale.X(to); x1 >= -pointRadius && x0 <= f.size.Width {
			n++
		}
	}
	return n
}

func TestLabelsDoNotOverlap(t *testing.T) {
	tl := synthetic(30, 2, timeline.Day(2022, 1, 1), 3, 7)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1200, 700))
	c.Legend = true
	c.FitAll()
	for step := range 40 {
		f := c.frame
		checkNoOverlap(t, f)
		shown := len(f.items)
		for _, cl := range f.clusters {
			shown += len(cl.items)
		}
		if want := countVisible(f, tl); shown != want {
			t.Errorf("step %d: %d items drawn or clustered, %d in view", step, shown, want)
		}
		if step == 0 && len(f.clusters) > 0 {
			t.Errorf("30 items over 3 years at 1200x700 should all get a lane, got %d clusters", len(f.clusters))
		}
		// Zoom in towards days and hours, then back out past the decades.
		dy := float32(30)
		if step >= 20 {
			dy = -40
		}
		c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(30*step%1200), 50)}, Scrolled: fyne.Delta{DY: dy}})
	}
}

// pile is a timeline of n events all starting on one day: more than the
// chart has lanes for when n passes maxScreenLanes.
func pile(n int) *timeline.Timeline {
	return synthetic(n, 1, timeline.Day(2024, 9, 1), 0.003, 3) // int(0.003*365) = 1 day
}

func TestClusters(t *testing.T) {
	tl := pile(maxScreenLanes + 60)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(800, 300))
	c.FitAll()
	f := c.frame
	if len(f.clusters) == 0 {
		t.Fatalf("no clusters with %d items in %d rows", len(f.items), f.rows)
	}
	checkNoOverlap(t, f)
	hidden := 0
	for _, cl := range f.clusters {
		hidden += len(cl.items)
		if !strings.HasSuffix(cl.label, " events") && cl.label != "+1 event" {
			t.Errorf("cluster label %q", cl.label)
		}
	}
	if len(f.items)+f.above+f.below+hidden != len(tl.Items) {
		t.Errorf("%d drawn + %d scrolled away + %d clustered != %d items", len(f.items), f.above+f.below, hidden, len(tl.Items))
	}
	// Tapping a cluster opens it in place: each of its items gets a lane,
	// and scrolling reaches it, without a change of zoom.
	cl := f.clusters[0]
	before, _ := c.VisibleRange()
	test.TapAt(c, fyne.NewPos(cl.x0+3, cl.y+10))
	if from, _ := c.VisibleRange(); !from.Equal(before) {
		t.Errorf("opening a cluster zoomed to %v", from)
	}
	for _, idx := range cl.items {
		id := tl.Items[idx].ID
		labelled, scrolled, clustered := c.Reach(id)
		if clustered || !(labelled || scrolled) {
			t.Fatalf("item %s of the opened cluster: labelled %v, scrolled %v, clustered %v", id, labelled, scrolled, clustered)
		}
	}
	// The first opened items are at the top, in view.
	if _, ok := c.ItemPosition(tl.Items[cl.items[0]].ID); !ok {
		t.Errorf("the first item of the opened cluster is not drawn")
	}
	checkNoOverlap(t, c.frame)
}

// TestObjectsFollowTheView checks that the renderer's canvas objects grow
// with what is visible, not with the timeline: 10,000 events give about as
// many objects as the lanes can show.
func TestObjectsFollowTheView(t *testing.T) {
	tl := synthetic(10000, 3, timeline.Day(1995, 1, 1), 30, 11)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1200, 700))
	c.FitAll()
	r := test.WidgetRenderer(c)
	check := func(what string) {
		f := c.frame
		n := len(r.Objects())
		labelled := 0
		for _, pl := range f.items {
			if pl.label != "" {
				labelled++
			}
		}
		want := 1 + len(f.ticks) + labelled + len(f.clusters) + len(f.legend) + len(f.heads)
		if f.above+f.below > 0 {
			want++ // the line saying how many are scrolled out of view
		}
		if n > want || n < want-2 { // tick labels cut by the edges are left out
			t.Errorf("%s: %d objects, want raster + %d texts", what, n, want-1)
		}
		if n > 600 {
			t.Errorf("%s: %d canvas objects for %d items in view", what, n, countVisible(f, tl))
		}
		checkNoOverlap(t, f)
	}
	check("fit all")
	c.SetVisibleRange(timeline.Day(2010, 1, 1), timeline.Day(2011, 1, 1))
	check("one year")
	c.SetVisibleRange(timeline.Day(2010, 3, 1), timeline.Day(2010, 3, 15))
	check("two weeks")
}

// TestRenderMatchesWidget exports the visible range of a chart on screen and
// checks the export shows the same range with the items at the same places
// in time, every label whole. The lanes may differ: the screen keeps an
// item's lane while the user pans, the export packs the lanes of what it
// shows as tightly as their labels allow.
func TestRenderMatchesWidget(t *testing.T) {
	test.ApplyTheme(t, theme.LightTheme()) // the export is on white paper
	tl := timeline.New(sampleAnalysis())
	c := New(tl)
	cv := software.NewCanvas()
	cv.SetPadded(false)
	cv.SetContent(c)
	cv.Resize(fyne.NewSize(unitsWide, 400))
	c.SetVisibleRange(timeline.Day(2024, 5, 1), timeline.Day(2026, 2, 1))
	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(700, 50)}, Scrolled: fyne.Delta{DY: 3}})
	cv.Capture()

	from, to := c.VisibleRange()
	_, ec, err := render(tl, RenderOptions{Width: unitsWide, Height: 400, From: from, To: to})
	if err != nil {
		t.Fatal(err)
	}
	if ef, et := ec.VisibleRange(); !ef.Equal(from) || !et.Equal(to) {
		t.Errorf("export range %v..%v, widget %v..%v", ef, et, from, to)
	}
	a, b := c.frame, ec.frame
	if len(a.items) != len(b.items) || len(a.items) == 0 {
		t.Fatalf("widget draws %d items, export %d", len(a.items), len(b.items))
	}
	at := map[int]placed{}
	for _, p := range a.items {
		at[p.item] = p
	}
	for _, q := range b.items {
		p, ok := at[q.item]
		if !ok || p.x0 != q.x0 || p.x1 != q.x1 || p.point != q.point {
			t.Errorf("item %d: widget %+v, export %+v", q.item, p, q)
		}
		if want, _ := ec.labelOf(q.item); q.label != want {
			t.Errorf("item %d: export label %q, want it whole: %q", q.item, q.label, want)
		}
	}
	checkNoOverlap(t, b)
}

// TestLanesStayWhilePanning drags across a dense timeline: an item keeps
// its lane from frame to frame, so nothing jumps under the pointer.
func TestLanesStayWhilePanning(t *testing.T) {
	tl := synthetic(400, 2, timeline.Day(2020, 1, 1), 5, 21)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1200, 500))
	c.SetVisibleRange(timeline.Day(2021, 1, 1), timeline.Day(2021, 9, 1))
	lanes := func() map[int]int {
		m := map[int]int{}
		for _, pl := range c.frame.items {
			m[pl.item] = pl.lane
		}
		return m
	}
	prev := lanes()
	compared := 0
	for range 20 {
		c.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: -60}})
		cur := lanes()
		for item, lane := range cur {
			if was, ok := prev[item]; ok {
				compared++
				if was != lane {
					t.Fatalf("item %d moved from lane %d to %d while panning", item, was, lane)
				}
			}
		}
		checkNoOverlap(t, c.frame)
		prev = cur
	}
	if compared < 100 {
		t.Errorf("only %d items compared across frames", compared)
	}
}

// TestSelectShowsClusteredItem selects an item that the zoomed-out view
// hides in a cluster: Select zooms in until it has a lane.
func TestSelectShowsClusteredItem(t *testing.T) {
	tl := synthetic(2000, 1, timeline.Day(2000, 1, 1), 20, 4)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1000, 300))
	c.FitAll()
	var hidden string
	for _, cl := range c.frame.clusters {
		hidden = tl.Items[cl.items[len(cl.items)/2]].ID
		break
	}
	if hidden == "" {
		t.Fatal("no clustered item to select")
	}
	c.Select(hidden)
	if _, ok := c.ItemPosition(hidden); !ok {
		t.Errorf("selected item %s is still hidden", hidden)
	}
	if c.Selected() != hidden {
		t.Errorf("Selected() = %q", c.Selected())
	}
	checkNoOverlap(t, c.frame)
	// Panning keeps it in view and drawn.
	c.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 40}})
	if _, ok := c.ItemPosition(hidden); !ok {
		t.Errorf("selected item %s hidden after a pan", hidden)
	}
	checkNoOverlap(t, c.frame)
}

// TestScrollReachesEveryLane: a chart with room for one lane shows the
// first and says how many are below; scrolling down with the keys or a
// vertical drag reaches every item, and no item is clustered.
func TestScrollReachesEveryLane(t *testing.T) {
	tl := synthetic(50, 1, timeline.Day(2020, 1, 1), 1, 8)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(800, 110))
	c.FitAll()
	f := c.frame
	if f.viewRows != 1 || len(f.clusters) != 0 || f.below == 0 {
		t.Fatalf("one row: %d rows in view, %d clusters, %d below", f.viewRows, len(f.clusters), f.below)
	}
	if !contains(texts(c), "↓ "+plural(f.below, "more event")+" below: drag up or scroll") {
		t.Errorf("no hint of the rows below: %q", texts(c))
	}
	seen := map[string]bool{}
	for range f.rows + 2 {
		for _, pl := range c.frame.items {
			seen[tl.Items[pl.item].ID] = true
		}
		c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	if len(seen) != len(tl.Items) {
		t.Errorf("scrolling down showed %d of %d items", len(seen), len(tl.Items))
	}
	// A vertical drag scrolls back up, a lane per lane height.
	last := c.scrollRow
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(400, 60)}, Dragged: fyne.Delta{DY: 2*laneHeight + 1}})
	c.DragEnd()
	if c.scrollRow != last-2 {
		t.Errorf("dragging down two lanes: row %d, want %d", c.scrollRow, last-2)
	}
}

func TestHoverCluster(t *testing.T) {
	tl := pile(maxScreenLanes + 20)
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(800, 200))
	c.FitAll()
	before := len(test.WidgetRenderer(c).Objects())
	cl := c.frame.clusters[0]
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(cl.x0+4, cl.y+10)}})
	got := texts(c)
	want := plural(len(cl.items), "event") + " without a lane at this zoom"
	if !contains(got, want) || !contains(got, "click to give them lanes") {
		t.Errorf("cluster card lacks %q: %q", want, got)
	}
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(799, 1)}})
	if n := len(test.WidgetRenderer(c).Objects()); n != before {
		t.Errorf("after leaving the cluster: %d objects, want %d", n, before)
	}
}
