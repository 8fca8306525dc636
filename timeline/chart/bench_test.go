package chart

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"retrace/timeline"
)

// benchChart is a 1200x700 chart of 10,000 events over 30 years, in three
// sources, showing the range given.
func benchChart(b *testing.B, from, to int) (*Chart, *renderer) {
	tl := synthetic(10000, 3, timeline.Day(1995, 1, 1), 30, 11)
	c := New(tl)
	c.Legend = true
	win := test.NewTempWindow(b, c)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1200, 700))
	if from != 0 {
		c.SetVisibleRange(timeline.Day(from, 1, 1), timeline.Day(to, 1, 1))
	} else {
		c.FitAll()
	}
	return c, test.WidgetRenderer(c).(*renderer)
}

// BenchmarkFrame measures one frame on screen as a pan draws it: the
// renderer's Refresh (ticks, lanes, clusters, label placement, the pooled
// texts) and the raster's paint at 1200x700 pixels, panning a unit each
// time (to and fro, so the view stays on the data) so nothing is reused
// from the previous frame but label widths and lanes.
func BenchmarkFrame(b *testing.B) {
	for _, v := range []struct {
		name     string
		from, to int
	}{{"10k/all", 0, 0}, {"10k/5years", 2010, 2015}, {"10k/1year", 2010, 2011}} {
		b.Run(v.name, func(b *testing.B) {
			c, r := benchChart(b, v.from, v.to)
			w, h := int(c.Size().Width), int(c.Size().Height)
			dx := float32(1)
			for b.Loop() {
				c.view = c.view.Pan(dx)
				dx = -dx
				r.Refresh()
				r.draw(w, h)
			}
			b.ReportMetric(float64(len(r.Objects())), "objects")
			b.ReportMetric(float64(len(c.frame.items)), "items_drawn")
		})
	}
}

// BenchmarkFrameZoom measures a frame on screen while zooming (Refresh
// and paint, as BenchmarkFrame): every frame has a new scale, so the lanes
// of all 10,000 items are packed again.
func BenchmarkFrameZoom(b *testing.B) {
	c, r := benchChart(b, 0, 0)
	c.Overview = true
	w, h := int(c.Size().Width), int(c.Size().Height)
	f := 1.01
	for b.Loop() {
		c.view = c.view.ZoomAt(f, 600)
		f = 1 / f
		r.Refresh()
		r.draw(w, h)
	}
	b.ReportMetric(float64(len(c.frame.items)), "items_drawn")
}

// BenchmarkPaint measures drawing the frame's raster (markers, ticks, grid)
// at 1200x700 pixels, which the canvas does once per refresh.
func BenchmarkPaint(b *testing.B) {
	c, r := benchChart(b, 0, 0)
	r.Layout(c.Size())
	for b.Loop() {
		r.draw(1200, 700)
	}
}
