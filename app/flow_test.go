package app

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
)

// tapChartItem taps the chart where it draws the item, as a user would.
func tapChartItem(t *testing.T, f *uiFixture, id string) {
	t.Helper()
	pos, ok := f.u.chart.ItemPosition(id)
	if !ok {
		t.Fatalf("item %s is not drawn on the chart", id)
	}
	// ItemPosition is the marker's top-left corner; find a point inside it.
	for dy := float32(0); dy < 30; dy++ {
		for dx := float32(0); dx < 6; dx++ {
			p := pos.AddXY(dx, dy)
			if it, ok := f.u.chart.ItemAt(p); ok && it.ID == id {
				test.TapAt(f.u.chart, p)
				return
			}
		}
	}
	t.Fatalf("no point near %v hits item %s", pos, id)
}

func TestTappingChartItemSelectsAndScrollsArticle(t *testing.T) {
	f := newFixture(t)
	long := f.writeFile("long.txt", longArticle(1975))
	f.open(long)
	if len(f.u.tl.Items) != 1 {
		t.Fatalf("%d items, want 1", len(f.u.tl.Items))
	}
	id := f.u.tl.Items[0].ID
	d := f.u.docs[0]

	tapChartItem(t, f, id)

	if f.u.chart.Selected() != id || f.u.selected != id {
		t.Errorf("after tapping, chart selected %q, ui %q; want %q", f.u.chart.Selected(), f.u.selected, id)
	}
	if d.view.scroll.Offset.Y <= 0 {
		t.Error("article did not scroll to the tapped item's sentence")
	}
	if got := d.doc.Text[d.view.selSentence.Start:d.view.selSentence.End]; !strings.Contains(got, "1975") {
		t.Errorf("selected sentence = %q", got)
	}
	if sel := f.u.events.Length(); sel != 1 {
		t.Errorf("events list has %d rows", sel)
	}
}

func TestDropOpensFilesAndRefusesLinks(t *testing.T) {
	f := newFixture(t)
	a := f.writeFile("a.txt", "It began in 1939.")
	b := f.writeFile("b.html", "<html><body><p>It ended in 1945.</p></body></html>")
	link, err := storage.ParseURI("https://example.com/article.html")
	if err != nil {
		t.Fatal(err)
	}
	f.u.openDropped([]fyne.URI{storage.NewFileURI(a), link, storage.NewFileURI(b)})
	if !f.u.progress.Visible() {
		t.Error("no progress indication while the files are read")
	}
	f.settle()
	if f.u.progress.Visible() {
		t.Error("progress indication still shown after loading")
	}
	if len(f.u.docs) != 2 {
		t.Fatalf("%d documents open after the drop, want 2", len(f.u.docs))
	}
	overlays := f.win.Canvas().Overlays().List()
	if len(overlays) != 1 || !strings.Contains(texts(overlays[0]), "example.com") {
		t.Errorf("want one dialog naming the link, got %d", len(overlays))
	}
}

// TestDropFolderAndBinaryOneDialog: a folder dropped with a binary file
// opens the folder's articles, and the binary and an empty folder are
// reported in one dialog, not one stacked on another.
func TestDropFolderAndBinaryOneDialog(t *testing.T) {
	f := newFixture(t)
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "It began in 1939.", "b.md": "It ended in 1945.", "notes.bin": "x"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(t.TempDir(), "photo.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	f.u.openDropped([]fyne.URI{storage.NewFileURI(bin), storage.NewFileURI(dir), storage.NewFileURI(empty)})
	f.settle()
	if len(f.u.docs) != 2 {
		t.Fatalf("%d documents open after dropping a folder of two articles, want 2", len(f.u.docs))
	}
	overlays := f.win.Canvas().Overlays().List()
	if len(overlays) != 1 {
		t.Fatalf("%d dialogs, want one reporting both failures", len(overlays))
	}
	msg := texts(overlays[0])
	if !strings.Contains(msg, "photo.txt") || !strings.Contains(msg, "binary") || !strings.Contains(msg, "no articles") {
		t.Errorf("dialog: %q", msg)
	}
}

// formEntries returns the entries and buttons drawn in a dialog.
func formParts(o fyne.CanvasObject) (entries []*widget.Entry, radios []*widget.RadioGroup, buttons []*widget.Button) {
	for _, obj := range test.LaidOutObjects(o) {
		switch x := obj.(type) {
		case *widget.Entry:
			entries = append(entries, x)
		case *widget.RadioGroup:
			radios = append(radios, x)
		case *widget.Button:
			buttons = append(buttons, x)
		}
	}
	return
}

func TestExportDialogWritesPNGAndRemembersChoices(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939. It ended in 1945. The wall fell in 1989.")
	f.open(p)

	out := filepath.Join(t.TempDir(), "chart") // the dialog adds .png
	export := func(width, path, which string) {
		t.Helper()
		f.u.showExportDialog()
		overlays := f.win.Canvas().Overlays().List()
		if len(overlays) == 0 {
			t.Fatal("no export dialog")
		}
		dlg := overlays[len(overlays)-1]
		entries, radios, buttons := formParts(dlg)
		if len(entries) != 2 || len(radios) != 1 {
			t.Fatalf("export dialog has %d entries and %d radio groups, want 2 and 1", len(entries), len(radios))
		}
		if width != "" {
			entries[0].SetText(width)
		}
		entries[1].SetText(path)
		radios[0].SetSelected(which)
		for _, b := range buttons {
			if b.Text == "Export" {
				test.Tap(b)
				f.settle()
				return
			}
		}
		t.Fatal("no Export button")
	}

	export("", out, rangeVisible) // the default width
	img := decodePNG(t, out+".png")
	if w := img.Bounds().Dx(); w != defaultExportWidth {
		t.Errorf("exported %d px wide, want the default %d", w, defaultExportWidth)
	}

	before := readFile(t, out+".png")
	export("900", out+".png", rangeWhole)
	// The file exists: the export asks before replacing it.
	confirm := f.win.Canvas().Overlays().Top()
	if confirm == nil || !strings.Contains(texts(confirm), "Replace") {
		t.Fatal("no question before replacing the existing file")
	}
	if string(readFile(t, out+".png")) != string(before) {
		t.Fatal("the file changed before the user agreed")
	}
	_, _, buttons := formParts(confirm)
	for _, b := range buttons {
		if b.Text == "Yes" {
			test.Tap(b)
			f.settle()
		}
	}
	img = decodePNG(t, out+".png")
	if w := img.Bounds().Dx(); w != 900 {
		t.Errorf("re-exported %d px wide, want 900", w)
	}
	prefs := f.u.app.Preferences()
	if prefs.Int(prefExportWidth) != 900 || !prefs.Bool(prefExportWhole) || prefs.String(prefExportFolder) != filepath.Dir(out) {
		t.Errorf("remembered width %d, whole %v, folder %q", prefs.Int(prefExportWidth), prefs.Bool(prefExportWhole), prefs.String(prefExportFolder))
	}
	// The next dialog starts from the remembered choices.
	f.u.showExportDialog()
	entries, radios, _ := formParts(f.win.Canvas().Overlays().Top())
	if entries[0].Text != "900" || radios[0].Selected != rangeWhole {
		t.Errorf("dialog reopened with width %q and range %q", entries[0].Text, radios[0].Selected)
	}
}

func TestExportToUnwritablePlaceShowsError(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939.")
	f.open(p)
	bad := filepath.Join(t.TempDir(), "no", "such", "folder", "x.png")
	f.u.exportPNG(pngRequest{Path: bad, Width: 800, Whole: true})
	f.settle()
	top := f.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(texts(top), "x.png") {
		t.Fatal("no error dialog naming the file")
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a file was written")
	}
}

func TestVisibleRangeExportUsesChartRange(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939. It ended in 1945. The wall fell in 1989.")
	f.open(p)
	// Zoomed on the war, the picture is not the one of the whole timeline.
	f.u.chart.SetVisibleRange(timeline.Day(1938, 1, 1), timeline.Day(1947, 1, 1))
	dir := t.TempDir()
	from, to := f.u.chart.VisibleRange()
	if err := writePNG(f.u.tl, "t", pngRequest{Path: filepath.Join(dir, "v.png"), Width: 800, From: from, To: to}); err != nil {
		t.Fatal(err)
	}
	if err := writePNG(f.u.tl, "t", pngRequest{Path: filepath.Join(dir, "w.png"), Width: 800, Whole: true}); err != nil {
		t.Fatal(err)
	}
	v, w := readFile(t, filepath.Join(dir, "v.png")), readFile(t, filepath.Join(dir, "w.png"))
	if string(v) == string(w) {
		t.Error("visible-range export is identical to the whole-timeline export")
	}
}

// writePNG does in one call what exportPNG splits between the UI goroutine
// and the background.
func writePNG(tl *timeline.Timeline, title string, req pngRequest) error {
	img, err := renderPNG(tl, title, req)
	if err != nil {
		return err
	}
	return savePNG(req.Path, img)
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

func TestShortcutsOpenDialogs(t *testing.T) {
	f := newFixture(t)
	f.u.installShortcuts()
	press := func(s fyne.Shortcut) {
		f.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(s)
	}

	press(shortcutExport) // nothing open: says so instead of exporting nothing
	if top := f.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), "nothing on the timeline") {
		t.Fatal("Ctrl+E with an empty timeline did not explain itself")
	}
	f.win.Canvas().Overlays().Top().Hide()

	press(shortcutOpen)
	top := f.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(texts(top), "Open") {
		t.Fatal("Ctrl+O showed no file dialog")
	}
	top.Hide()

	p := f.writeFile("a.txt", "It began in 1939.")
	f.open(p)
	press(shortcutExport)
	if top := f.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), "Width (px)") {
		t.Fatal("Ctrl+E showed no export dialog")
	}
}

func TestClosingTabRemovesDocument(t *testing.T) {
	f := newFixture(t)
	a := f.writeFile("a.txt", "It began in 1939.")
	b := f.writeFile("b.txt", "It ended in 1945.")
	f.open(a, b)
	if len(f.u.tl.Items) != 2 {
		t.Fatalf("%d items, want 2", len(f.u.tl.Items))
	}
	closed := f.u.docs[0]
	f.u.tabs.Remove(closed.tab)
	f.u.tabs.OnClosed(closed.tab) // what the tab's close button does after removing it
	if len(f.u.docs) != 1 || f.u.docs[0] == closed {
		t.Fatalf("documents after closing: %d", len(f.u.docs))
	}
	if len(f.u.tl.Items) != 1 || f.u.events.Length() != 1 {
		t.Errorf("after closing: %d items, %d rows; want 1 and 1", len(f.u.tl.Items), f.u.events.Length())
	}
	f.u.tabs.Remove(f.u.docs[0].tab)
	f.u.tabs.OnClosed(f.u.docs[0].tab)
	if len(f.u.docs) != 0 || len(f.u.tl.Items) != 0 || f.u.left.Objects[0] != f.u.empty {
		t.Error("closing the last tab did not return to the empty pane")
	}
}
