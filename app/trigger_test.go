package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestSelectedEventTriggerUnderlined: selecting an event draws a line
// under the word of its happening in the article, and under nothing else.
func TestSelectedEventTriggerUnderlined(t *testing.T) {
	f := newFixture(t)
	f.u.svc.analyze = analyzeDocument
	f.open(f.writeFile("a.txt", "The minister apologized on Monday, 3 March 2025, for the 2010 raid on the flotilla."))
	d := f.u.docs[0]
	f.win.Resize(fyne.NewSize(1200, 800))
	want := map[int]string{2010: "raid", 2025: "apologized"}
	for _, it := range f.u.tl.Items {
		f.u.selectItem(it.ID, fromChart)
		w, ok := want[it.Interval.Earliest.Year()]
		if !ok {
			t.Fatalf("unexpected item %q", it.Label)
		}
		if got := d.view.marks.Objects; len(got) != 1 {
			t.Fatalf("item %q: %d underlines, want 1", it.Label, len(got))
		}
		line := d.view.marks.Objects[0]
		left, right := wordAt(t, d.view, w)
		if line.Position().X < left.X-1 || line.Position().X+line.Size().Width > right.X+1 || line.Size().Width < (right.X-left.X)/2 {
			t.Errorf("item %q: line at %v+%v, want under %q at %v..%v", it.Label, line.Position(), line.Size(), w, left, right)
		}
	}
	if len(f.u.tl.Items) != 2 {
		t.Errorf("want the apology and the raid, got %d items", len(f.u.tl.Items))
	}
}
