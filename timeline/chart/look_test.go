package chart

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/software"

	"retrace/timeline"
)

// TestLook writes sample renderings for a person to look at:
// CHART_LOOK=/some/dir go test -run TestLook ./timeline/chart
func TestLook(t *testing.T) {
	dir := os.Getenv("CHART_LOOK")
	if dir == "" {
		t.Skip("set CHART_LOOK=dir to write sample renderings")
	}
	tl := timeline.New(sampleAnalysis())
	title := "Russia’s Deepening Alliance with North Korea"
	for name, opt := range map[string]RenderOptions{
		"sample-2400.png": {Width: 2400, Title: title, Legend: true},
		"sample-4000.png": {Width: 4000, Title: title, Legend: true},
		"sample-zoom.png": {Width: 2400, Title: title, Legend: true, From: timeline.Day(2024, 6, 1), To: timeline.Day(2026, 2, 1)},
		"sample-days.png": {Width: 1600, Title: title, Legend: true, From: timeline.Day(2025, 12, 20), To: timeline.Day(2026, 1, 6)},
	} {
		img, err := Render(tl, opt)
		if err != nil {
			t.Fatal(err)
		}
		writePNG(t, filepath.Join(dir, name), img)
	}
	multi := synthetic(40, 3, timeline.Day(2022, 1, 1), 3, 9)
	img, err := Render(multi, RenderOptions{Width: 2400, Title: "Three sources", Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	writePNG(t, filepath.Join(dir, "multi.png"), img)
	big := synthetic(1000, 3, timeline.Day(1995, 1, 1), 30, 11)
	pages, _, err := render(big, RenderOptions{Width: 2400, Title: "1,000 events", Legend: true, Height: 3000})
	if err != nil {
		t.Fatal(err)
	}
	writePNG(t, filepath.Join(dir, "big-1.png"), pages[0])
	writePNG(t, filepath.Join(dir, "big-last.png"), pages[len(pages)-1])

	d := timeline.Day
	ancient := &timeline.Analysis{Doc: &timeline.Document{Title: "Rome"}, Events: []timeline.Event{
		{ID: "e1", Label: "Rome founded", Interval: iv(d(-752, 4, 21), d(-752, 4, 21), timeline.GranDay, false, false), Kind: timeline.KindFuzzy},
		{ID: "e2", Label: "Caesar assassinated", Interval: iv(d(-43, 3, 15), d(-43, 3, 15), timeline.GranDay, false, false), Kind: timeline.KindExplicit},
		{ID: "e3", Label: "Augustus reigns", Interval: iv(d(-26, 1, 16), d(14, 8, 19), timeline.GranDay, false, false), Kind: timeline.KindExplicit},
		{ID: "e4", Label: "fall of the Western Empire", Interval: iv(d(476, 9, 4), d(476, 9, 4), timeline.GranDay, false, false), Kind: timeline.KindExplicit},
		{ID: "e5", Label: "the Punic Wars", Interval: iv(d(-263, 1, 1), d(-145, 12, 31), timeline.GranYear, true, true), Kind: timeline.KindFuzzy},
	}}
	img, err = Render(timeline.New(ancient), RenderOptions{Width: 2400, Title: "Rome", Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	writePNG(t, filepath.Join(dir, "bc.png"), img)

	// The widget on screen with a hover card and a selection.
	c := New(tl)
	cv := software.NewCanvas()
	cv.SetPadded(false)
	cv.SetScale(1.5)
	cv.SetContent(c)
	cv.Resize(fyne.NewSize(1000, 420))
	c.SetVisibleRange(timeline.Day(2024, 4, 1), timeline.Day(2026, 3, 1))
	c.Select(tl.Items[1].ID)
	pos, _ := c.ItemPosition(tl.Items[2].ID)
	c.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos.Add(fyne.NewPos(30, markerTop))}})
	writePNG(t, filepath.Join(dir, "widget-hover.png"), cv.Capture())

	// Bands per source, dates on the labels, a dark export.
	img, err = Render(multi, RenderOptions{Width: 2400, Title: "Three sources", Subtitle: "One band per source", Credit: "Retrace · synthetic data", Legend: true, Bands: true, Dates: true, Dark: true})
	if err != nil {
		t.Fatal(err)
	}
	writePNG(t, filepath.Join(dir, "bands-dark.png"), img)
	// The widget with an overview strip, scrolled lanes and the focus ring.
	w := New(big)
	w.Overview, w.Legend = true, true
	cv2 := software.NewCanvas()
	cv2.SetPadded(false)
	cv2.SetScale(1.5)
	cv2.SetContent(w)
	cv2.Resize(fyne.NewSize(1000, 500))
	w.SetVisibleRange(timeline.Day(2005, 1, 1), timeline.Day(2007, 1, 1))
	w.FocusGained()
	writePNG(t, filepath.Join(dir, "widget-overview.png"), cv2.Capture())
}
