package app

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart"
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

// exportVia fills the export dialog as a user would (fill may set any
// field), taps Export and runs the background work.
func exportVia(t *testing.T, f *uiFixture, fill func(e *exportForm)) {
	t.Helper()
	f.u.showExportDialog()
	e := f.u.lastExport
	if e == nil || f.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no export dialog")
	}
	fill(e)
	f.tapButton(f.win.Canvas().Overlays().Top(), "Export")
	f.settle()
}

func TestExportDialogWritesPNGAndRemembersChoices(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939. It ended in 1945. The wall fell in 1989.")
	f.open(p)

	out := filepath.Join(t.TempDir(), "chart")                   // the dialog adds .png
	exportVia(t, f, func(e *exportForm) { e.path.SetText(out) }) // the default width
	img := decodePNG(t, out+".png")
	if w := img.Bounds().Dx(); w != defaultExportWidth {
		t.Errorf("exported %d px wide, want the default %d", w, defaultExportWidth)
	}

	before := readFile(t, out+".png")
	exportVia(t, f, func(e *exportForm) {
		e.width.SetText("900")
		e.path.SetText(out + ".png")
		e.which.SetSelected(rangeWhole)
		e.credit.SetText("Source: a.txt")
	})
	// The file exists: the export asks before replacing it.
	confirm := f.win.Canvas().Overlays().Top()
	if confirm == nil || !strings.Contains(texts(confirm), "Replace") {
		t.Fatal("no question before replacing the existing file")
	}
	if string(readFile(t, out+".png")) != string(before) {
		t.Fatal("the file changed before the user agreed")
	}
	f.tapButton(confirm, "Yes")
	f.settle()
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
	e := f.u.lastExport
	if e.width.Text != "900" || e.which.Selected != rangeWhole || e.credit.Text != "Source: a.txt" {
		t.Errorf("dialog reopened with width %q, range %q, credit %q", e.width.Text, e.which.Selected, e.credit.Text)
	}
}

// TestExportDialogSVGAndPDFWithPreset exports the same timeline as an A4
// PDF and an SVG through the dialog, with a title, a credit line, a
// source renamed and dates on the labels: the files carry that text as
// text, and the path's extension follows the format.
func TestExportDialogSVGAndPDFWithPreset(t *testing.T) {
	f := newFixture(t)
	f.open(f.writeFile("a.txt", "It began in 1939. It ended in 1945."), f.writeFile("b.txt", "The wall fell in 1989."))
	dir := t.TempDir()
	for _, format := range []string{string(formatSVG), string(formatPDF)} {
		exportVia(t, f, func(e *exportForm) {
			e.format.SetSelected(format)
			if !strings.HasSuffix(e.path.Text, "."+strings.ToLower(format)) {
				t.Errorf("%s: the file name %q does not follow the format", format, e.path.Text)
			}
			e.path.SetText(filepath.Join(dir, "chart"))
			e.title.SetText("The century in three dates")
			e.credit.SetText("Graphic: the desk")
			e.size.SetSelected("A4 landscape")
			e.which.SetSelected(rangeWhole)
			e.dates.SetChecked(true)
			e.sources[1].SetText("The Berlin report")
		})
	}
	svg := string(readFile(t, filepath.Join(dir, "chart.svg")))
	for _, want := range []string{">The century in three dates<", ">Graphic: the desk<", ">The Berlin report<", "1989 · "} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
	if strings.Contains(svg, "b.txt") {
		t.Error("the SVG names the renamed source by its file")
	}
	pdf := readFile(t, filepath.Join(dir, "chart.pdf"))
	if !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatalf("chart.pdf is not a PDF: %q", pdf[:min(len(pdf), 20)])
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", filepath.Join(dir, "chart.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"The century in three dates", "Graphic: the desk", "The Berlin report"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("pdftotext finds no %q in:\n%s", want, out)
			}
		}
	}
}

func TestExportToUnwritablePlaceShowsError(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939.")
	f.open(p)
	bad := filepath.Join(t.TempDir(), "no", "such", "folder", "x.png")
	f.u.exportPicture(pictureRequest{Path: bad, Format: formatPNG, Opt: chart.RenderOptions{Width: 800}})
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
	exportVia(t, f, func(e *exportForm) {
		e.width.SetText("800")
		e.which.SetSelected(rangeVisible)
		e.path.SetText(filepath.Join(dir, "v.png"))
	})
	exportVia(t, f, func(e *exportForm) {
		e.which.SetSelected(rangeWhole)
		e.path.SetText(filepath.Join(dir, "w.png"))
	})
	v, w := readFile(t, filepath.Join(dir, "v.png")), readFile(t, filepath.Join(dir, "w.png"))
	if string(v) == string(w) {
		t.Error("visible-range export is identical to the whole-timeline export")
	}
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
	if top := f.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(texts(top), "Export Picture") {
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

// articlesFolder writes a folder of two articles, with what is not one
// beside them: a file of another kind, a hidden file, a workspace and a
// subfolder, none of which a folder opens.
func articlesFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "It began in 1939.", "b.md": "# B\n\nIt ended in 1945.", "notes.bin": "x", ".hidden.txt": "In 1950.",
		"old.retrace.json": "{}", filepath.Join("sub", "c.txt"): "The wall fell in 1989.",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// openNames lists the file names of the open documents.
func openNames(f *uiFixture) []string {
	var names []string
	for _, d := range f.u.docs {
		names = append(names, filepath.Base(d.key))
	}
	sort.Strings(names)
	return names
}

// TestOpenFolderFromCommandLine opens a folder as `retrace FOLDER` does
// (app.Run hands its arguments to OpenPaths): its articles open, as from
// a dropped folder; a folder with no article says so.
func TestOpenFolderFromCommandLine(t *testing.T) {
	f := newFixture(t)
	dir := articlesFolder(t)
	f.open(dir)
	if got := openNames(f); strings.Join(got, " ") != "a.txt b.md" {
		t.Fatalf("opening the folder opened %v, want a.txt b.md", got)
	}
	if top := f.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog after opening a good folder: %q", texts(top))
	}
	f.open(t.TempDir())
	top := f.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(texts(top), "no articles") {
		t.Fatal("no dialog for a folder without articles")
	}
	if len(f.u.docs) != 2 {
		t.Errorf("%d documents open after an empty folder, want the 2 before", len(f.u.docs))
	}
}

// TestOpenFolderMenu opens a folder through File > Open Folder…: the
// dialog starts in the folder last used, Open takes the folder shown, its
// articles open and the folder is remembered.
func TestOpenFolderMenu(t *testing.T) {
	f := newFixture(t)
	dir := articlesFolder(t)
	f.u.app.Preferences().SetString(prefLastFolder, dir)
	var item *fyne.MenuItem
	for _, m := range f.u.mainMenu().Items {
		for _, it := range m.Items {
			if it.Label == "Open Folder…" {
				item = it
			}
		}
	}
	if item == nil || item.Action == nil {
		t.Fatal("no File > Open Folder… item")
	}
	item.Action()
	dlg := f.win.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("Open Folder… showed no dialog")
	}
	f.tapButton(dlg, "Open")
	if got := openNames(f); strings.Join(got, " ") != "a.txt b.md" {
		t.Fatalf("the folder dialog opened %v, want a.txt b.md", got)
	}
	if last := f.u.app.Preferences().String(prefLastFolder); last != dir {
		t.Errorf("remembered folder %q, want %q", last, dir)
	}
}
