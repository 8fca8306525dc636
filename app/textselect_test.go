package app

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"retrace/timeline/ingest"
)

// selectionArticle has a title, short and long paragraphs, highlights at
// the start, middle and end of rows, and a line break inside a paragraph.
const selectionArticle = "Treaty of Peace\n\n" +
	"The war began in 1939 after years of tension that nobody in the capital wanted to name, and it spread quickly across the continent.\n\n" +
	"In 1945 the treaty was signed by both parties. Nobody objected, and the delegates went home in 1946 to cities that had changed beyond recognition.\n\n" +
	"A short one.\n\n" +
	"Historians still argue about what happened in 1938,\nand about what the delegates knew in 1939 when they met, yesterday as it were, in rooms that no longer stand.\n"

// shownView returns the article view of the document on show.
func (f *uiFixture) shownView() *articleView {
	f.t.Helper()
	d := f.u.docForTab(f.u.tabs.Selected())
	if d == nil || d.view == nil {
		f.t.Fatal("no article shown")
	}
	return d.view
}

// TestParagraphRowsMatchRichText holds paragraphRows to the objects Fyne's
// own RichText renderer lays out: the same pieces of text, in the same
// order, at the same places, at several widths.
func TestParagraphRowsMatchRichText(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", selectionArticle))
	v := f.shownView()
	for _, width := range []float32{1200, 700, 420, 260, 120} {
		f.win.Resize(fyne.NewSize(width/0.4+40, 800)) // the article pane is 0.4 of the window
		for pi, p := range v.paras {
			rows := paragraphRows(p.rich, p.span.Start)
			var items []rowItem
			for _, r := range rows {
				items = append(items, r.items...)
			}
			objs := test.WidgetRenderer(p.rich).Objects()
			if len(objs) != len(items) {
				t.Fatalf("width %v, paragraph %d: %d objects drawn, %d items worked out", p.rich.Size().Width, pi, len(objs), len(items))
			}
			for i, o := range objs {
				it := items[i]
				got := v.doc.Text[it.start:it.end]
				var want string
				switch o := o.(type) {
				case *canvas.Text:
					want = o.Text
				case *highlight:
					want = o.text
				default:
					t.Fatalf("unexpected object %T", o)
				}
				if got != want || math.Abs(float64(o.Position().X-it.x)) > 0.01 {
					t.Errorf("width %v, paragraph %d, piece %d: worked out %q at x %.2f, drawn %q at x %.2f",
						p.rich.Size().Width, pi, i, got, it.x, want, o.Position().X)
				}
			}
			// Rows' tops: each text object sits at its row's top.
			i := 0
			for _, r := range rows {
				for range r.items {
					if txt, ok := objs[i].(*canvas.Text); ok && math.Abs(float64(txt.Position().Y-r.y)) > 0.01 {
						t.Errorf("width %v, paragraph %d: %q drawn at y %.2f, row at %.2f", p.rich.Size().Width, pi, txt.Text, txt.Position().Y, r.y)
					}
					i++
				}
			}
		}
	}
}

// wordAt returns where, in the article's coordinates, the drawn word w
// begins and ends, found in the RichText renderer's own objects.
func wordAt(t *testing.T, v *articleView, w string) (left, right fyne.Position) {
	t.Helper()
	for _, p := range v.paras {
		for _, o := range test.WidgetRenderer(p.rich).Objects() {
			txt, ok := o.(*canvas.Text)
			if !ok {
				continue
			}
			i := strings.Index(txt.Text, w)
			if i < 0 {
				continue
			}
			x0 := fyne.MeasureText(txt.Text[:i], txt.TextSize, txt.TextStyle).Width
			x1 := fyne.MeasureText(txt.Text[:i+len(w)], txt.TextSize, txt.TextStyle).Width
			base := p.obj.Position().Add(txt.Position())
			mid := txt.Size().Height / 2
			return base.Add(fyne.NewPos(x0+1, mid)), base.Add(fyne.NewPos(x1-1, mid))
		}
	}
	t.Fatalf("%q is not drawn", w)
	return
}

// drag presses the primary button at from and drags to to.
func drag(s *textSelection, from, to fyne.Position) {
	s.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	s.DragEnd()
	s.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
}

func TestSelectAllAndCopyInArticle(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", selectionArticle))
	f.press(&fyne.ShortcutSelectAll{})
	f.press(&fyne.ShortcutCopy{})
	want := strings.TrimSpace(selectionArticle)
	if got := f.u.app.Clipboard().Content(); got != want {
		t.Errorf("Select All + Copy copied\n%q, want the article\n%q", got, want)
	}
	if len(f.shownView().sel.boxes()) == 0 {
		t.Error("the selection is not drawn")
	}
}

func TestDragSelectsAcrossParagraphsAndCopies(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", selectionArticle))
	v := f.shownView()
	from, _ := wordAt(t, v, "quickly")
	_, to := wordAt(t, v, "signed")
	drag(v.sel, from, to)
	if f.win.Canvas().Focused() != v.sel {
		t.Error("clicking the article did not give it the focus")
	}
	f.press(&fyne.ShortcutCopy{})
	want := "quickly across the continent.\n\nIn 1945 the treaty was signed"
	if got := f.u.app.Clipboard().Content(); got != want {
		t.Errorf("dragging from 'quickly' to 'signed' copied %q, want %q", got, want)
	}
	// Drawn: the rest of the first paragraph's row, and the second's rows up
	// to "signed", none beyond the selection.
	boxes := v.sel.boxes()
	if len(boxes) < 2 {
		t.Fatalf("selection drawn as %d boxes", len(boxes))
	}
	for _, b := range boxes {
		if b.pos.Y+b.size.Height < from.Y-20 || b.pos.Y > to.Y+20 {
			t.Errorf("a box at y %.0f..%.0f lies outside the selection (y %.0f..%.0f)", b.pos.Y, b.pos.Y+b.size.Height, from.Y, to.Y)
		}
	}

	// Backwards, and within a highlight's row: from the end of "objected"
	// back to the start of "Nobody".
	_, end := wordAt(t, v, "objected")
	start, _ := wordAt(t, v, "Nobody")
	drag(v.sel, end, start)
	f.press(&fyne.ShortcutCopy{})
	if got := f.u.app.Clipboard().Content(); got != "Nobody objected" {
		t.Errorf("dragging back over 'Nobody objected' copied %q", got)
	}

	// Shift+click extends it from where the drag began.
	drag(v.sel, start, end)
	_, far := wordAt(t, v, "recognition")
	v.sel.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: far}, Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift})
	if got := v.sel.SelectedText(); !strings.HasPrefix(got, "Nobody objected") || !strings.HasSuffix(got, "recognition") {
		t.Errorf("Shift+click extended the selection to %q", got)
	}
}

func TestDragFromHighlightSelectsAndCopies(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", selectionArticle))
	v := f.shownView()
	// The button goes down on the highlight "in 1939", which takes it (the
	// driver gives MouseDown to the topmost tappable object): only the drag
	// reaches the article.
	from, _ := wordAt(t, v, "began ")
	_, to := wordAt(t, v, "tension")
	from.X += fyne.MeasureText("began ", theme.TextSize(), fyne.TextStyle{}).Width
	v.sel.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	v.sel.DragEnd()
	f.press(&fyne.ShortcutCopy{})
	if got := f.u.app.Clipboard().Content(); got != "in 1939 after years of tension" {
		t.Errorf("a drag from the highlight copied %q", got)
	}
}

func TestDoubleClickSelectsWord(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", selectionArticle))
	v := f.shownView()
	l, r := wordAt(t, v, "continent")
	v.sel.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos((l.X+r.X)/2, l.Y)})
	if got := v.sel.SelectedText(); got != "continent" {
		t.Errorf("double click selected %q", got)
	}
}

func TestTappingHighlightAfterSelectingTextCopiesEvent(t *testing.T) {
	f, _ := newDesktopFixture(t)
	p := f.writeFile("a.txt", selectionArticle)
	f.open(p)
	v := f.shownView()
	from, _ := wordAt(t, v, "quickly")
	_, to := wordAt(t, v, "continent")
	drag(v.sel, from, to)

	// The highlight "in 1946" in the third paragraph: tapped, it selects its
	// event, and the text selection gives way to it.
	var hl *highlight
	for _, o := range test.WidgetRenderer(v.paras[2].rich).Objects() {
		if h, ok := o.(*highlight); ok && h.text == "in 1946" {
			hl = h
		}
	}
	if hl == nil {
		t.Fatal("no highlight for 'in 1946'")
	}
	test.Tap(hl)
	f.settle()
	if f.u.selected == "" {
		t.Fatal("tapping the highlight selected no event")
	}
	if got := v.sel.SelectedText(); got != "" {
		t.Errorf("the text selection stayed: %q", got)
	}
	f.press(&fyne.ShortcutCopy{})
	if got := f.u.app.Clipboard().Content(); !strings.Contains(got, "“Nobody objected, and the delegates went home in 1946 to cities that had changed beyond recognition.”") || !strings.Contains(got, p) {
		t.Errorf("Ctrl+C after tapping the highlight copied %q", got)
	}
}

// BenchmarkArticleSelection measures what selecting costs on a long article
// (2,000 paragraphs of 43 words, a highlight in each), laid out at 560 px:
// a drag step across many paragraphs (hit test and rectangles, rows
// cached), the first drag step onto a paragraph whose rows are not yet
// worked out (two paragraphs' rows: the selection's ends), a drag step
// below the view (the article scrolls), a wheel step, and Select All +
// Copy.
func BenchmarkArticleSelection(b *testing.B) {
	test.NewTempApp(b)
	w := test.NewWindow(nil)
	defer w.Close()
	w.Resize(fyne.NewSize(560, 800))
	var sb strings.Builder
	const n = 2000
	for p := 0; p < n; p++ {
		fmt.Fprintf(&sb, "Paragraph %d tells how committee %d met again in %d and argued, as committees do, about budget %d, schedule %d, the weather and the people who were not in room %d, until chair %d closed the meeting and everybody went home.\n\n", p, p, 1900+p%120, p, p, p, p)
	}
	v := newArticleView(fakeAnalyze(ingest.FromText("long.txt", sb.String())), nil)
	w.SetContent(v.scroll)
	at := func(i int, frac float32) fyne.Position {
		p := v.paras[i].obj
		return p.Position().Add(fyne.NewPos(p.Size().Width*frac, p.Size().Height*frac))
	}
	b.Run("drag step", func(b *testing.B) {
		drag(v.sel, at(10, 0.3), at(1500, 0.6))
		for i := 0; i < b.N; i++ {
			to := at(1500, 0.4+0.2*float32(i%2))
			v.sel.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}})
		}
	})
	b.Run("first drag onto a paragraph", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			k := 20 + (i*37)%(n-40)
			v.scroll.ScrollToOffset(fyne.NewPos(0, v.paras[k-2].obj.Position().Y))
			drag(v.sel, at(k-1, 0.5), at(k-1, 0.6))
			clear(v.sel.rows)
			b.StartTimer()
			v.sel.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at(k, 0.5)}})
		}
	})
	b.Run("drag past the bottom (scrolls)", func(b *testing.B) {
		v.scroll.ScrollToOffset(fyne.NewPos(0, v.paras[100].obj.Position().Y))
		drag(v.sel, at(101, 0.5), at(101, 0.6))
		for i := 0; i < b.N; i++ {
			below := v.scroll.Offset.Y + v.scroll.Size().Height + 20
			v.sel.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(200, below)}})
		}
	})
	b.Run("wheel scroll step", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -20)})
		}
	})
	b.Run("select all and copy", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v.sel.selectAll()
			v.sel.TypedShortcut(&fyne.ShortcutCopy{})
		}
	})
}
