package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"retrace/timeline"
)

// TestChartTakesKeysAfterClick: typing into the search box and then
// clicking the chart gives the chart the keyboard: + zooms it and the
// search text stays as typed (it used to receive "+=").
func TestChartTakesKeysAfterClick(t *testing.T) {
	f := newFixture(t)
	f.open(f.writeFile("a.txt", "It began in 1939. It ended in 1945. Talks resumed in 1950."))
	c := f.win.Canvas()
	c.Focus(f.u.filters.search)
	test.Type(f.u.filters.search, "in")
	if f.u.filters.search.Text != "in" {
		t.Fatalf("search text %q", f.u.filters.search.Text)
	}
	from, to := f.u.chart.VisibleRange()

	test.TapAt(f.u.chart, fyne.NewPos(20, 20))
	if c.Focused() != f.u.chart || !f.u.chart.Focused() {
		t.Fatalf("clicking the chart left the focus on %T", c.Focused())
	}
	test.Type(c.Focused(), "+")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyPlus}) // the driver sends the key as well as the rune
	if f.u.filters.search.Text != "in" {
		t.Errorf("+ on the chart typed into the search box: %q", f.u.filters.search.Text)
	}
	from2, to2 := f.u.chart.VisibleRange()
	if !(to2.Sub(from2) < to.Sub(from)) {
		t.Errorf("+ did not zoom the chart: %v..%v -> %v..%v", from, to, from2, to2)
	}
	// Right steps to an item and the whole window follows the selection.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if f.u.selected == "" || f.u.selected != f.u.chart.Selected() {
		t.Errorf("Right on the chart: ui selected %q, chart %q", f.u.selected, f.u.chart.Selected())
	}

	// Ctrl+F goes back to the search box; Escape there clears it.
	c.(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(shortcutSearch)
	if c.Focused() != f.u.filters.search {
		t.Fatalf("Ctrl+F focused %T", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.u.filters.search.Text != "" {
		t.Errorf("Escape left %q in the search box", f.u.filters.search.Text)
	}
	// Keys typed in the search box do not reach the chart.
	from3, to3 := f.u.chart.VisibleRange()
	test.Type(f.u.filters.search, "-")
	if a, b := f.u.chart.VisibleRange(); !a.Equal(from3) || !b.Equal(to3) {
		t.Errorf("- typed in the search box zoomed the chart")
	}
}

// TestWindowFitsTheScreen: at FYNE_SCALE=1.5 the first window is no
// larger than a 1920x1080 screen.
func TestWindowFitsTheScreen(t *testing.T) {
	for _, v := range []struct {
		scale string
		k     float32
	}{{"", 1}, {"1", 1}, {"1.5", 1.5}, {"2", 2}, {"junk", 1}} {
		s := initialWindowSize(v.scale)
		if w, h := s.Width*v.k, s.Height*v.k; w > 1920 || h > 1080-60 {
			t.Errorf("FYNE_SCALE=%q: window %vx%v px", v.scale, w, h)
		}
		if s.Width < 900 && v.k <= 1.5 {
			t.Errorf("FYNE_SCALE=%q: window only %v units wide", v.scale, s.Width)
		}
	}
}

// TestSelectionInSyncAfterRebuild: opening another file clears the
// selection in the chart, the list and Edit… alike; changing a document's
// date keeps it in all three.
func TestSelectionInSyncAfterRebuild(t *testing.T) {
	f := newFixture(t)
	a := f.writeFile("a.txt", "It began in 1939. It ended in 1945. Yesterday the museum opened.")
	f.open(a)
	id := f.u.tl.Items[0].ID
	f.u.selectItem(id, fromList)
	d := f.u.docs[0]
	f.u.setDocDate(d, timeline.Day(2024, 5, 2))
	f.settle()
	if f.u.selected != id || f.u.chart.Selected() != id || f.u.editItem.Disabled() {
		t.Errorf("after a date change: ui %q, chart %q, edit disabled %v; want %q everywhere", f.u.selected, f.u.chart.Selected(), f.u.editItem.Disabled(), id)
	}
	f.open(f.writeFile("b.txt", "Talks resumed in 1950."))
	if f.u.selected != "" || f.u.chart.Selected() != "" || !f.u.editItem.Disabled() {
		t.Errorf("after opening a file: ui %q, chart %q, edit disabled %v; want nothing selected", f.u.selected, f.u.chart.Selected(), f.u.editItem.Disabled())
	}
}
