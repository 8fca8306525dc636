package chart

import (
	"math/rand/v2"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"retrace/timeline"
	"retrace/timeline/scale"
)

// FuzzLayout lays out random timelines in random views and sizes, with a
// random selection: layoutFrame must not panic, and what it draws must
// not overlap.
func FuzzLayout(f *testing.F) {
	f.Add(uint64(1), uint16(30), int64(0), int64(86400*365*3), float32(1200), float32(600), int16(-1))
	f.Add(uint64(2), uint16(500), int64(86400*100), int64(86400*20), float32(300), float32(80), int16(7))
	f.Add(uint64(3), uint16(2000), int64(-86400*365*50), int64(86400*365*200), float32(3000), float32(2000), int16(1999))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, offset, span int64, w, h float32, sel int16) {
		if n > 3000 || span <= 3600 || span > 86400*365*5000 || w < 50 || w > 5000 || h < 20 || h > 5000 ||
			offset < -86400*365*3000 || offset > 86400*365*3000 {
			return
		}
		r := rand.New(rand.NewPCG(seed, 2))
		tl := synthetic(int(n), 1+r.IntN(3), timeline.Day(2000, 1, 1), 1+r.Float64()*20, seed)
		c := New(tl)
		if int(sel) >= 0 && int(sel) < len(tl.Items) {
			c.selected, c.selIdx = tl.Items[sel].ID, int(sel)
		}
		start := timeline.Day(2000, 1, 1).Add(time.Duration(offset) * time.Second)
		c.view = scale.Scale{Start: start, End: start.Add(time.Duration(span) * time.Second), Width: w}
		p := c.params(fyne.NewSize(w, h))
		p.reveal = true // as Select asks: the selected item's lane is scrolled into view
		p.labelWidth = func(i int) (string, float32) {
			return tl.Items[i].Label, 7 * float32(utf8.RuneCountInString(tl.Items[i].Label))
		}
		p.measure = func(s string, _ float32, _ fyne.TextStyle) float32 { return 7 * float32(utf8.RuneCountInString(s)) }
		fr := layoutFrame(p)
		labels, markers := boxes(fr)
		for i := range labels {
			for j := range labels {
				if i != j && (labels[i].overlaps(labels[j]) || labels[i].overlaps(markers[j])) {
					t.Fatalf("items %d and %d overlap", fr.items[i].item, fr.items[j].item)
				}
			}
		}
		for i := 1; i < len(fr.clusters); i++ {
			if fr.clusters[i].x0 < fr.clusters[i-1].x1 {
				t.Fatalf("cluster badges %d and %d overlap", i-1, i)
			}
		}
		for _, cl := range fr.clusters {
			for _, pl := range fr.items {
				if pl.y == cl.y && pl.left < cl.x1 && cl.x0 < pl.right {
					t.Fatalf("item %d drawn over a cluster", pl.item)
				}
			}
		}
		if c.selIdx >= 0 {
			// In view as the chart draws it: a day too narrow for a bar is
			// a point at its middle, in view when that point is (a day
			// whose last minutes show at the left edge has its point off
			// the chart; input c61ad0cec094c33a).
			a, b, _ := c.geom[c.selIdx].marker(fr.scale.SecondsPerPixel())
			x0, x1 := fr.scale.X(scale.FromUnixSeconds(a)), fr.scale.X(scale.FromUnixSeconds(b))
			inView := x1 >= -pointRadius && x0 <= w+pointRadius
			drawn := false
			for _, pl := range fr.items {
				drawn = drawn || pl.item == c.selIdx
			}
			if inView && !drawn && len(fr.items) > 0 {
				t.Fatalf("selected item %d in view but not drawn", c.selIdx)
			}
		}
	})
}
