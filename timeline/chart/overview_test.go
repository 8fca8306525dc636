package chart

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"retrace/timeline"
	"retrace/timeline/scale"
)

// TestOverviewDrag: the strip under the axis shows the whole timeline and
// the visible window; dragging on it moves the view there (and not the
// lanes), a tap on it centres the view where it was tapped.
func TestOverviewDrag(t *testing.T) {
	c := showChart(t, synthetic(300, 2, timeline.Day(2000, 1, 1), 20, 5), 1000, 400)
	c.Overview = true
	c.SetVisibleRange(timeline.Day(2002, 1, 1), timeline.Day(2004, 1, 1))
	o := c.frame.over
	if o == nil {
		t.Fatal("no overview strip")
	}
	if o.win0 <= 0 || o.win1 >= 1000 || o.win1-o.win0 > 200 {
		t.Errorf("window %v..%v on the strip for two of twenty years", o.win0, o.win1)
	}
	span := scale.UnixSeconds(c.view.End) - scale.UnixSeconds(c.view.Start)
	y := (o.y0 + o.y1) / 2
	// Drag from the window's middle to x = 700.
	start := fyne.NewPos((o.win0+o.win1)/2, y)
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: start.AddXY(5, 0)}, Dragged: fyne.Delta{DX: 5}})
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(700, y)}, Dragged: fyne.Delta{DX: 700 - start.X - 5}})
	c.DragEnd()
	mid := (scale.UnixSeconds(c.view.Start) + scale.UnixSeconds(c.view.End)) / 2
	if want := scale.UnixSeconds(o.scale.Time(700)); abs(mid-want) > span/100 {
		t.Errorf("after dragging the window to x=700 the view is centred on %v, want %v", scale.FromUnixSeconds(mid), scale.FromUnixSeconds(want))
	}
	if got := scale.UnixSeconds(c.view.End) - scale.UnixSeconds(c.view.Start); abs(got-span) > 1 {
		t.Errorf("dragging the window changed the span")
	}
	if c.scrollRow != 0 {
		t.Errorf("dragging the window scrolled the lanes to row %d", c.scrollRow)
	}
	test.TapAt(c, fyne.NewPos(100, y))
	mid = (scale.UnixSeconds(c.view.Start) + scale.UnixSeconds(c.view.End)) / 2
	if want := scale.UnixSeconds(c.frame.over.scale.Time(100)); abs(mid-want) > span/100 && scale.UnixSeconds(c.view.Start) > scale.UnixSeconds(c.frame.over.scale.Start)+1 {
		t.Errorf("a tap at x=100 centred the view on %v, want %v", scale.FromUnixSeconds(mid), scale.FromUnixSeconds(want))
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
