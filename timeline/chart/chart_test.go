package chart

import (
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/scale"
)

// newTestChart puts a chart of the sample timeline in a test window of the
// given size.
func newTestChart(t *testing.T, w, h float32) (*Chart, *timeline.Timeline) {
	t.Helper()
	tl := timeline.New(sampleAnalysis())
	c := showChart(t, tl, w, h)
	c.FitAll()
	return c, tl
}

// showChart puts a chart of tl in a test window of w by h units.
func showChart(t *testing.T, tl *timeline.Timeline, w, h float32) *Chart {
	t.Helper()
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	c.Resize(fyne.NewSize(w, h))
	return c
}

func secondsBetween(a, b time.Time) float64 { return b.Sub(a).Seconds() }

func TestWheelZoomsAroundPointer(t *testing.T) {
	c, _ := newTestChart(t, 1200, 400)
	from, to := c.VisibleRange()
	x := float32(900)
	under := c.view.Time(x)

	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 120)}, Scrolled: fyne.Delta{DY: 10}})
	from2, to2 := c.VisibleRange()
	if got, want := to2.Sub(from2), to.Sub(from); got >= want {
		t.Fatalf("wheel up: span %v, want less than %v", got, want)
	}
	if ratio := secondsBetween(from, to) / secondsBetween(from2, to2); math.Abs(ratio-wheelBase) > 1e-3 {
		t.Errorf("one notch zoomed by %v, want %v", ratio, wheelBase)
	}
	if d := c.view.Time(x).Sub(under).Abs(); d > time.Minute {
		t.Errorf("time under the pointer moved by %v", d)
	}
	if !from2.After(from) || !to2.Before(to) {
		t.Errorf("zooming in at x=%v should pull both edges in: %v..%v -> %v..%v", x, from, to, from2, to2)
	}
	// The pointer at 3/4 of the width: the right edge moves less than the left.
	if left, right := from2.Sub(from), to.Sub(to2); left <= right {
		t.Errorf("zoom around x=900 of 1200: left edge moved %v, right %v", left, right)
	}

	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 120)}, Scrolled: fyne.Delta{DY: -10}})
	from3, to3 := c.VisibleRange()
	if d := from3.Sub(from).Abs() + to3.Sub(to).Abs(); d > time.Minute {
		t.Errorf("wheel down after wheel up: %v..%v, want back to %v..%v", from3, to3, from, to)
	}
}

func TestDragPans(t *testing.T) {
	c, _ := newTestChart(t, 1200, 400)
	from, to := c.VisibleRange()
	perPx := secondsBetween(from, to) / 1200
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 100)}, Dragged: fyne.Delta{DX: 120}})
	c.DragEnd()
	from2, to2 := c.VisibleRange()
	if got, want := secondsBetween(from2, from), 120*perPx; math.Abs(got-want) > 1 {
		t.Errorf("drag right by 120 px moved the view back by %v s, want %v s", got, want)
	}
	if d := to2.Sub(from2) - to.Sub(from); d.Abs() > time.Microsecond {
		t.Errorf("drag changed the span: %v -> %v", to.Sub(from), to2.Sub(from2))
	}
}

func TestTapSelects(t *testing.T) {
	c, tl := newTestChart(t, 1200, 400)
	var got []timeline.Item
	c.OnSelected = func(it timeline.Item) { got = append(got, it) }
	want := tl.Items[4] // the invasion, a point in 2022
	pos, ok := c.ItemPosition(want.ID)
	if !ok {
		t.Fatalf("item %s not drawn", want.ID)
	}
	test.TapAt(c, pos.Add(fyne.NewPos(pointRadius, markerTop+2)))
	if c.Selected() != want.ID {
		t.Errorf("Selected() = %q, want %q", c.Selected(), want.ID)
	}
	if len(got) != 1 || got[0].ID != want.ID {
		t.Fatalf("OnSelected calls: %v", got)
	}
	// Tapping the label selects too; tapping empty space clears.
	pos, _ = c.ItemPosition(tl.Items[5].ID) // Crimea, far left
	test.TapAt(c, pos.Add(fyne.NewPos(30, 6)))
	if c.Selected() != tl.Items[5].ID {
		t.Errorf("tap on label: Selected() = %q, want %q", c.Selected(), tl.Items[5].ID)
	}
	test.TapAt(c, fyne.NewPos(600, 380))
	if c.Selected() != "" || len(got) != 2 {
		t.Errorf("tap on empty space: Selected() = %q, %d callbacks", c.Selected(), len(got))
	}
}

func TestSelectCentres(t *testing.T) {
	c, tl := newTestChart(t, 1200, 400)
	c.SetVisibleRange(timeline.Day(2019, 1, 1), timeline.Day(2019, 7, 1))
	called := false
	c.OnSelected = func(timeline.Item) { called = true }
	id := tl.Items[4].ID
	c.Select(id)
	if c.Selected() != id || called {
		t.Fatalf("Select: selected %q, OnSelected called %v", c.Selected(), called)
	}
	pos, ok := c.ItemPosition(id)
	if !ok || math.Abs(float64(pos.X+pointRadius-600)) > 2 {
		t.Errorf("selected point at x=%v (drawn %v), want centred at 600", pos.X+pointRadius, ok)
	}
	// An item longer than the view widens the view.
	c.Select(tl.Items[2].ID) // Aug–Dec 2024
	from, to := c.VisibleRange()
	if from.After(timeline.Day(2024, 8, 1)) || to.Before(timeline.Day(2025, 1, 1)) {
		t.Errorf("view %v..%v does not contain the selected interval", from, to)
	}
	c.Select("no such item")
	if c.Selected() != "" {
		t.Errorf("unknown id kept selection %q", c.Selected())
	}
}

// TestSelectOverCenturies: selecting in a view of millennia keeps its span
// and centres the item, and an item longer than 292 years is shown whole.
// Done in time.Duration, which stops at 292 years, the view shrank to
// that and the long item was centred wrongly.
func TestSelectOverCenturies(t *testing.T) {
	tl := &timeline.Timeline{Items: []timeline.Item{
		{ID: "rome", Label: "Rome", Interval: timeline.Interval{Earliest: timeline.Day(500, 1, 1), Latest: timeline.Day(500, 12, 31)}},
		{ID: "millennium", Label: "A millennium", Interval: timeline.Interval{Earliest: timeline.Day(1000, 1, 1), Latest: timeline.Day(1999, 12, 31)}},
		{ID: "now", Label: "Now", Interval: timeline.Interval{Earliest: timeline.Day(2024, 1, 1), Latest: timeline.Day(2024, 12, 31)}},
	}}
	c := showChart(t, tl, 1200, 400)
	// In Unix seconds: time.Time.Sub saturates as well.
	years := func(from, to time.Time) float64 { return float64(to.Unix()-from.Unix()) / (365.2425 * 86400) }

	c.SetVisibleRange(timeline.Day(2500, 1, 1), timeline.Day(5000, 1, 1))
	c.Select("now")
	from, to := c.VisibleRange()
	if span := years(from, to); math.Abs(span-2500) > 0.01 {
		t.Errorf("selecting in a 2500-year view left a %.1f-year view", span)
	}
	if l, r := years(from, timeline.Day(2024, 7, 2)), years(timeline.Day(2024, 7, 2), to); math.Abs(l-r) > 0.01 {
		t.Errorf("view %v..%v is not centred on 2024", from, to)
	}

	c.SetVisibleRange(timeline.Day(2010, 1, 1), timeline.Day(2020, 1, 1))
	c.Select("millennium")
	from, to = c.VisibleRange()
	if from.After(timeline.Day(1000, 1, 1)) || to.Before(timeline.Day(2000, 1, 1)) {
		t.Errorf("view %v..%v does not contain the selected millennium", from, to)
	}
}

// TestFitAllOverMillennia: fitting widens the view so the last label ends
// inside it; over five millennia that widening is more than the 292 years
// a time.Duration holds, and the view ended in 814 AD, before the last item.
func TestFitAllOverMillennia(t *testing.T) {
	tl := &timeline.Timeline{Items: []timeline.Item{
		{ID: "a", Label: "Early", Interval: timeline.Interval{Earliest: timeline.Day(-3000, 1, 1), Latest: timeline.Day(-3000, 12, 31)}},
		{ID: "b", Label: "The treaty between the two kingdoms is signed", Interval: timeline.Interval{Earliest: timeline.Day(2024, 1, 1), Latest: timeline.Day(2024, 12, 31)}},
	}}
	c := showChart(t, tl, 1000, 400)
	c.FitAll()
	if from, to := c.VisibleRange(); from.After(timeline.Day(-3000, 1, 1)) || to.Before(timeline.Day(2025, 1, 1)) {
		t.Errorf("fitted view %v..%v leaves out an item", from, to)
	}
	if _, ok := c.ItemPosition("b"); !ok {
		t.Error("the last item is not drawn after Fit all")
	}
}

func TestKeys(t *testing.T) {
	c, _ := newTestChart(t, 1200, 400)
	fitFrom, fitTo := c.VisibleRange()
	span := func() time.Duration { f, t := c.VisibleRange(); return t.Sub(f) }
	s0 := span()
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEqual})
	if s := span(); s >= s0 {
		t.Errorf("+ did not zoom in: %v -> %v", s0, s)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyMinus})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyMinus})
	if s := span(); s <= s0 {
		t.Errorf("- did not zoom out: %v -> %v", s0, s)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEqual})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEqual})
	// Shift and an arrow pan; Page Up and Down pan further.
	c.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	from, _ := c.VisibleRange()
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if f, _ := c.VisibleRange(); !f.After(from) {
		t.Errorf("shift+right should show later times: %v -> %v", from, f)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if f, _ := c.VisibleRange(); !f.Before(from) {
		t.Errorf("shift+left should show earlier times: %v -> %v", from, f)
	}
	c.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	from, _ = c.VisibleRange()
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if f, _ := c.VisibleRange(); !f.Before(from) {
		t.Errorf("page up should show earlier times: %v -> %v", from, f)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if f, to := c.VisibleRange(); !f.Equal(fitFrom) || !to.Equal(fitTo) {
		t.Errorf("Home: %v..%v, want the fit %v..%v", f, to, fitFrom, fitTo)
	}
	// The same through the canvas focus, as a user would type.
	win := fyne.CurrentApp().Driver().CanvasForObject(c)
	win.Focus(c)
	span1 := span()
	test.Type(c, "x") // runes are ignored: keys arrive as TypedKey
	if span() != span1 {
		t.Errorf("typed rune changed the view")
	}
}

// TestStepping: Left and Right select the item before and after the
// selected one in time order, tell OnSelected, and bring it into view.
func TestStepping(t *testing.T) {
	c, tl := newTestChart(t, 1200, 400)
	var got []string
	c.OnSelected = func(it timeline.Item) { got = append(got, it.ID) }
	// In time order: Crimea 2014, invasion 2022, treaty, incursion...
	order := make([]string, len(c.order))
	for k, idx := range c.order {
		order[k] = tl.Items[idx].ID
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if c.Selected() != order[0] {
		t.Fatalf("Right with nothing selected chose %q, want the first item %q", c.Selected(), order[0])
	}
	for k := 1; k < len(order); k++ {
		c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		if c.Selected() != order[k] {
			t.Fatalf("step %d: selected %q, want %q", k, c.Selected(), order[k])
		}
		if _, ok := c.ItemPosition(order[k]); !ok {
			t.Errorf("step %d: %q not drawn", k, order[k])
		}
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // past the last: stays
	if c.Selected() != order[len(order)-1] {
		t.Errorf("Right past the end selected %q", c.Selected())
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if c.Selected() != order[len(order)-2] {
		t.Errorf("Left selected %q, want %q", c.Selected(), order[len(order)-2])
	}
	if len(got) != len(order)+1 || got[0] != order[0] {
		t.Errorf("OnSelected calls: %v", got)
	}
	// Zoomed in on one year, stepping out of it moves the view along.
	c.SetVisibleRange(timeline.Day(2014, 1, 1), timeline.Day(2015, 1, 1))
	c.Select(order[0])
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if _, ok := c.ItemPosition(order[1]); !ok || c.Selected() != order[1] {
		t.Errorf("stepping from 2014 to %q: not drawn after the step", order[1])
	}
	// Selecting an item in view, or stepping to one, leaves the view where it is.
	c.SetVisibleRange(timeline.Day(2013, 1, 1), timeline.Day(2023, 1, 1))
	c.Select(order[0])
	if c.Selected() != order[0] {
		t.Fatalf("Select(%q) left %q", order[0], c.Selected())
	}
	before, _ := c.VisibleRange()
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if after, _ := c.VisibleRange(); c.Selected() != order[1] || !after.Equal(before) {
		t.Errorf("stepping back and forth in view moved the view: %v -> %v", before, after)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Selected() != "" {
		t.Errorf("Escape left %q selected", c.Selected())
	}
}

func TestZoomButtonsAndRange(t *testing.T) {
	c, _ := newTestChart(t, 1200, 400)
	a, b := timeline.Day(2024, 1, 1), timeline.Day(2025, 1, 1)
	c.SetVisibleRange(b, a) // reversed on purpose
	if f, to := c.VisibleRange(); !f.Equal(a) || !to.Equal(b) {
		t.Errorf("SetVisibleRange: %v..%v", f, to)
	}
	c.ZoomIn()
	f, to := c.VisibleRange()
	if got := to.Sub(f); math.Abs(got.Hours()-b.Sub(a).Hours()/zoomStep) > 1 {
		t.Errorf("ZoomIn: span %v", got)
	}
	if mid := f.Add(to.Sub(f) / 2); mid.Sub(a.Add(b.Sub(a)/2)).Abs() > time.Minute {
		t.Errorf("ZoomIn moved the centre to %v", mid)
	}
	c.ZoomOut()
	if f2, to2 := c.VisibleRange(); f2.Sub(a).Abs() > time.Minute || to2.Sub(b).Abs() > time.Minute {
		t.Errorf("ZoomIn then ZoomOut: %v..%v", f2, to2)
	}
}

// texts returns the visible texts of the chart's renderer.
func texts(c *Chart) []string {
	var out []string
	for _, o := range test.WidgetRenderer(c).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Visible() {
			out = append(out, t.Text)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestHoverCard(t *testing.T) {
	c, tl := newTestChart(t, 1200, 400)
	it := tl.Items[2] // the incursion, late 2024
	pos, ok := c.ItemPosition(it.ID)
	if !ok {
		t.Fatal("incursion not drawn")
	}
	c.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos.Add(fyne.NewPos(20, markerTop+2))}})
	got := texts(c)
	for _, want := range []string{it.Label, "late 2024 · fuzzy", "late 2024"} {
		if !contains(got, want) {
			t.Errorf("hover card lacks %q: %q", want, got)
		}
	}
	sentence := "“The Kursk region has become a flashpoint in the war, with Ukrainian forces reportedly launching a surprise incursion in late 2024.”"
	if all := strings.Join(got, " "); !strings.Contains(all, sentence) {
		t.Errorf("hover card lacks the source sentence: %q", got)
	}
	c.MouseOut()
	if after := texts(c); contains(after, "late 2024 · fuzzy") {
		t.Errorf("card still shown after MouseOut")
	}
}

// TestOddModel feeds the chart items whose references point nowhere, whose
// bounds are reversed and whose labels are empty: it draws them and shows
// a hover card without panicking.
func TestOddModel(t *testing.T) {
	d := timeline.Day
	tl := &timeline.Timeline{
		Sources: []timeline.Source{{}, {Analysis: &timeline.Analysis{}}},
		Items: []timeline.Item{
			{ID: "a", Interval: timeline.Interval{Earliest: d(2024, 5, 1), Latest: d(2024, 3, 1)}, Kind: "strange", Refs: []timeline.Ref{{Source: 7, Event: "x"}}},
			{ID: "b", Label: "no refs", Interval: timeline.Interval{Earliest: d(2024, 4, 1), Latest: d(2024, 4, 1)}},
			{ID: "c", Label: "nil analysis", Interval: timeline.Interval{Earliest: d(2024, 4, 9), Latest: d(2024, 4, 9)}, Refs: []timeline.Ref{{Source: 0, Event: "e1"}}},
		},
	}
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(800, 300))
	c.FitAll()
	for _, id := range []string{"a", "b", "c"} {
		pos, ok := c.ItemPosition(id)
		if !ok {
			t.Fatalf("item %s not drawn", id)
		}
		c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos.Add(fyne.NewPos(2, markerTop))}})
		if !contains(texts(c), map[string]string{"a": "(no label)", "b": "no refs", "c": "nil analysis"}[id]) {
			t.Errorf("item %s: card %q", id, texts(c))
		}
	}
	if _, err := Render(tl, RenderOptions{Width: 800, Legend: true}); err != nil {
		t.Error(err)
	}
}

// TestNilTimeline: a chart with nothing to show still lays out, answers
// input and takes a timeline later.
func TestNilTimeline(t *testing.T) {
	c := New(nil)
	win := test.NewTempWindow(t, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(900, 400))
	test.TapAt(c, fyne.NewPos(100, 50))
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 50)}})
	c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 50)}, Scrolled: fyne.Delta{DY: 10}})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	c.Select("x")
	if c.Selected() != "" || len(c.frame.ticks) < 2 {
		t.Errorf("empty chart: selected %q, %d ticks", c.Selected(), len(c.frame.ticks))
	}
	tl := timeline.New(sampleAnalysis())
	c.SetTimeline(tl)
	if _, ok := c.ItemPosition(tl.Items[0].ID); !ok {
		t.Error("after SetTimeline the first item is not drawn")
	}
	c.SetTimeline(nil)
	if len(c.frame.items) != 0 {
		t.Errorf("SetTimeline(nil) left %d items", len(c.frame.items))
	}
}

// TestConflictCardQuotesEverySource builds one conflicting item from two
// sources: its hover card gives each source's dates and sentence, so the
// reader sees what each claims. A hidden source leaves the legend.
func TestConflictCardQuotesEverySource(t *testing.T) {
	source := func(path, text string, iv timeline.Interval) *timeline.Analysis {
		doc := &timeline.Document{Path: path, Text: text, Sentences: []timeline.Span{{Start: 0, End: len(text)}}}
		return &timeline.Analysis{Doc: doc, Events: []timeline.Event{{
			ID: "e1", Label: "Ukrainian incursion", Interval: iv, Kind: timeline.KindExplicit, Sentence: doc.Sentences[0],
		}}}
	}
	aug := timeline.Interval{Earliest: timeline.Day(2024, 8, 6), Latest: timeline.Day(2024, 8, 6), Granularity: timeline.GranDay}
	mar := timeline.Interval{Earliest: timeline.Day(2023, 3, 1), Latest: timeline.Day(2023, 3, 31), Granularity: timeline.GranMonth}
	tl := timeline.New(
		source("wire.txt", "Ukraine crossed into Kursk on 6 August 2024.", aug),
		source("desk.md", "The incursion began in March 2023, the desk wrote.", mar),
	)
	tl.Items = []timeline.Item{{
		ID: "g1", Label: "Ukrainian incursion", Kind: timeline.KindExplicit, Conflict: true,
		Interval: timeline.Interval{Earliest: mar.Earliest, Latest: aug.Latest, FuzzyStart: true, FuzzyEnd: true},
		Refs:     []timeline.Ref{{Source: 0, Event: "e1"}, {Source: 1, Event: "e1"}},
	}}
	measure := func(s string, size float32, _ fyne.TextStyle) float32 { return float32(len(s)) * size / 2 }
	all := ""
	for _, l := range itemCard(tl, 0, &lightPalette, func(i int) string { return SourceTitle(tl.Sources[i]) }, measure) {
		all += l.text + "\n"
	}
	for _, want := range []string{"sources place it at different dates", "wire.txt", "desk.md",
		"“Ukraine crossed into Kursk on 6 August 2024.”", "“The incursion began in March 2023, the desk wrote.”", "Mar 2023"} {
		if !strings.Contains(all, want) {
			t.Errorf("conflict card lacks %q:\n%s", want, all)
		}
	}

	tl.Sources[1].Hidden = true
	c := New(tl)
	win := test.NewTempWindow(t, c)
	win.Resize(fyne.NewSize(900, 300))
	c.Legend = true
	c.Resize(fyne.NewSize(900, 300))
	c.Refresh()
	if got := texts(c); !contains(got, "wire.txt") || contains(got, "desk.md") {
		t.Errorf("legend with desk.md hidden: %q", got)
	}
}

// TestFitAllBoundsAndPanLimits: Fit all spans the items' dates with a 5%
// margin (it used to widen the view for the labels, to 2065 for events
// ending in 2026), every label ends inside the chart, and panning and
// zooming out stop a margin past the data.
func TestFitAllBoundsAndPanLimits(t *testing.T) {
	c, tl := newTestChart(t, 1000, 400)
	first, last := timeline.Day(2014, 3, 1), timeline.Day(2026, 1, 3) // Crimea .. the day after the last item
	from, to := c.VisibleRange()
	span := to.Sub(first).Hours() + first.Sub(from).Hours()
	if from.After(first) || to.Before(last) {
		t.Fatalf("fit %v..%v leaves out items", from, to)
	}
	if over := to.Sub(last).Hours(); over > 0.06*span {
		t.Errorf("fit ends %v after the last item, %.0f%% of the span", to.Sub(last), 100*over/span)
	}
	for _, pl := range c.frame.items {
		if pl.labelX < 0 || pl.labelX+pl.labelW > 1000 {
			t.Errorf("label %q at %v..%v, outside the chart", pl.label, pl.labelX, pl.labelX+pl.labelW)
		}
	}
	if len(c.frame.items) != len(tl.Items) {
		t.Errorf("%d of %d items drawn after Fit all", len(c.frame.items), len(tl.Items))
	}

	lo, hi, _ := c.limits()
	for range 50 {
		c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 100)}, Dragged: fyne.Delta{DX: 400}})
	}
	c.DragEnd()
	if f, _ := c.VisibleRange(); scale.UnixSeconds(f) < lo-1 {
		t.Errorf("panned left to %v, past the limit %v", f, scale.FromUnixSeconds(lo))
	}
	for range 50 {
		c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	}
	if _, e := c.VisibleRange(); scale.UnixSeconds(e) > hi+1 {
		t.Errorf("panned right to %v, past the limit %v", e, scale.FromUnixSeconds(hi))
	}
	for range 30 {
		c.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 50)}, Scrolled: fyne.Delta{DY: -30}})
	}
	f, e := c.VisibleRange()
	if scale.UnixSeconds(f) < lo-1 || scale.UnixSeconds(e) > hi+1 {
		t.Errorf("zoomed out to %v..%v, past the limits %v..%v", f, e, scale.FromUnixSeconds(lo), scale.FromUnixSeconds(hi))
	}
	if e.Year() > 2030 || f.Year() < 2010 {
		t.Errorf("zoomed out to %v..%v for items of 2014..2026", f, e)
	}
}

// TestChartFollowsTheme: on screen the chart draws on the theme's
// background, light or dark; an export keeps white paper unless asked.
func TestChartFollowsTheme(t *testing.T) {
	for _, v := range []struct {
		th   fyne.Theme
		dark bool
	}{{theme.LightTheme(), false}, {theme.DarkTheme(), true}} {
		test.ApplyTheme(t, v.th)
		c, _ := newTestChart(t, 600, 300)
		r := test.WidgetRenderer(c).(*renderer)
		img := r.draw(600, 300)
		bg := img.At(300, 150)
		rr, gg, bb, _ := bg.RGBA()
		if isDark := (rr+gg+bb)/3 < 0x8000; isDark != v.dark {
			t.Errorf("theme dark=%v: chart background %v", v.dark, bg)
		}
	}
	tl := timeline.New(sampleAnalysis())
	for _, dark := range []bool{false, true} {
		img, err := Render(tl, RenderOptions{Width: 600, Dark: dark})
		if err != nil {
			t.Fatal(err)
		}
		rr, _, _, _ := img.At(5, 5).RGBA()
		if (rr < 0x8000) != dark {
			t.Errorf("export dark=%v: corner %v", dark, img.At(5, 5))
		}
	}
}

// The hover card says why a reference took its anchor: the reader sees
// that "June" is 1934 because it continues the bridge's history.
func TestCardSaysWhyTheAnchor(t *testing.T) {
	text := "Work resumed in 1934, and in June the bridge opened."
	doc := &timeline.Document{Path: "bridge.txt", Text: text, Sentences: []timeline.Span{{Start: 0, End: len(text)}}}
	june := timeline.Interval{Earliest: timeline.Day(1934, 6, 1), Latest: timeline.Day(1934, 6, 30), Granularity: timeline.GranMonth}
	a := &timeline.Analysis{Doc: doc,
		Mentions: []timeline.Mention{{ID: "t2", Text: "June", Value: "1934-06", Kind: timeline.KindRelative, Interval: june,
			Anchor: "mention:t1", AnchorWhy: timeline.AnchorThread}},
		Events: []timeline.Event{{ID: "e1", Label: "Bridge opened", Interval: june, Kind: timeline.KindRelative,
			Mentions: []string{"t2"}, Sentence: doc.Sentences[0], How: "relative to the date mentioned before, \"1934\" (t1)"}}}
	tl := timeline.New(a)
	measure := func(s string, size float32, _ fyne.TextStyle) float32 { return float32(len(s)) * size / 2 }
	all := ""
	for _, l := range itemCard(tl, 0, &lightPalette, func(i int) string { return SourceTitle(tl.Sources[i]) }, measure) {
		all += l.text + " "
	}
	if !strings.Contains(all, "why: continues the last date of the narrative") {
		t.Errorf("card does not say why the anchor: %s", all)
	}
}

// pressTab does what the desktop driver does with Tab (Shift+Tab when
// shift): the focused widget that accepts Tab gets it as a key, else the
// focus moves to the next (previous) widget.
func pressTab(cv fyne.Canvas, shift bool) {
	if k, ok := cv.Focused().(desktop.Keyable); ok && shift {
		k.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		defer k.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	if t, ok := cv.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if shift {
		cv.FocusPrevious()
	} else {
		cv.FocusNext()
	}
}

// TestTabStepsThroughItems puts the chart between two text fields: Tab
// into the chart, Tab steps from item to item in time order, and after
// the last item Tab goes on to the next field; Shift+Tab walks back and,
// before the first item, leaves for the field before.
func TestTabStepsThroughItems(t *testing.T) {
	tl := timeline.New(sampleAnalysis())
	c := New(tl)
	before, after := widget.NewEntry(), widget.NewEntry()
	win := test.NewTempWindow(t, container.NewGridWithRows(3, before, c, after)) // focus goes in this order
	win.Resize(fyne.NewSize(1200, 900))
	c.FitAll()
	cv := win.Canvas()
	var order []string
	for _, idx := range c.order {
		order = append(order, tl.Items[idx].ID)
	}
	var told []string
	c.OnSelected = func(it timeline.Item) { told = append(told, it.ID) }

	cv.Focus(before)
	pressTab(cv, false)
	if cv.Focused() != c {
		t.Fatalf("Tab from the field before focused %T, not the chart", cv.Focused())
	}
	for k, id := range order {
		pressTab(cv, false)
		if cv.Focused() != c || c.Selected() != id {
			t.Fatalf("Tab %d: selected %q (chart focused: %v), want %q", k+1, c.Selected(), cv.Focused() == c, id)
		}
		if _, ok := c.ItemPosition(id); !ok {
			t.Errorf("Tab %d: %q is selected but not drawn", k+1, id)
		}
	}
	pressTab(cv, false)
	if cv.Focused() != after {
		t.Fatalf("Tab after the last item focused %T, want the field after the chart", cv.Focused())
	}
	if len(told) != len(order) {
		t.Errorf("OnSelected told %d items, want %d", len(told), len(order))
	}

	pressTab(cv, true)
	if cv.Focused() != c {
		t.Fatalf("Shift+Tab from the field after focused %T, not the chart", cv.Focused())
	}
	for k := len(order) - 2; k >= 0; k-- {
		pressTab(cv, true)
		if c.Selected() != order[k] {
			t.Fatalf("Shift+Tab: selected %q, want %q", c.Selected(), order[k])
		}
	}
	pressTab(cv, true)
	if cv.Focused() != before {
		t.Fatalf("Shift+Tab before the first item focused %T, want the field before", cv.Focused())
	}

	// An empty chart takes no Tab at all.
	empty := New(&timeline.Timeline{})
	if empty.AcceptsTab() {
		t.Error("an empty chart keeps Tab")
	}
}
