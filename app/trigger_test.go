package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestSelectedEventTriggerUnderlined: selecting an event underlines the
// word of its happening in the article, and only that word.
func TestSelectedEventTriggerUnderlined(t *testing.T) {
	f := newFixture(t)
	// The test theme lists fonts by whole text style and has none for
	// underlined text; the window's theme draws it.
	test.ApplyTheme(t, theme.DefaultTheme())
	f.u.svc.analyze = analyzeDocument
	f.open(f.writeFile("a.txt", "The minister apologized on Monday, 3 March 2025, for the 2010 raid on the flotilla."))
	d := f.u.docs[0]
	want := map[int]string{2010: "raid", 2025: "apologized"}
	for _, it := range f.u.tl.Items {
		f.u.selectItem(it.ID, fromChart)
		var underlined []string
		for _, p := range d.view.paras {
			for _, seg := range p.rich.Segments {
				if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.TextStyle.Underline {
					underlined = append(underlined, ts.Text)
				}
			}
		}
		if w := want[it.Interval.Earliest.Year()]; len(underlined) != 1 || underlined[0] != w {
			t.Errorf("item %q: underlined %q, want [%s]", it.Label, underlined, w)
		}
	}
	if len(f.u.tl.Items) != 2 {
		t.Errorf("want the apology and the raid, got %d items", len(f.u.tl.Items))
	}
}
