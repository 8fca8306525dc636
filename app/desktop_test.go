package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"retrace/app/about"
)

// press types a keyboard shortcut the way Fyne's desktop driver delivers
// it (internal/driver/glfw/window.go, triggersShortcut): a main-menu item
// with that shortcut runs first; else the focused widget gets it if it
// takes shortcuts; else the canvas's own shortcuts. The test window keeps
// the menu but does not run it, hence this.
func (f *uiFixture) press(sc fyne.Shortcut) {
	f.t.Helper()
	var run func(items []*fyne.MenuItem) bool
	run = func(items []*fyne.MenuItem) bool {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
			if it.ChildMenu != nil && run(it.ChildMenu.Items) {
				return true
			}
		}
		return false
	}
	if m := f.win.MainMenu(); m != nil {
		for _, menu := range m.Items {
			if run(menu.Items) {
				return
			}
		}
	}
	if s, ok := f.win.Canvas().Focused().(fyne.Shortcutable); ok {
		s.TypedShortcut(sc)
		return
	}
	f.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

// newDesktopFixture is a fixture with the menu bar and shortcuts the app
// installs, and an app whose Quit is counted.
func newDesktopFixture(t *testing.T) (*uiFixture, *quitCounter) {
	f := newFixture(t)
	q := &quitCounter{App: f.u.app}
	f.u.app = q
	f.win.SetMainMenu(f.u.mainMenu())
	f.u.installShortcuts()
	return f, q
}

// quitCounter is the test app, counting calls to Quit (a no-op there).
type quitCounter struct {
	fyne.App
	quits int
}

func (q *quitCounter) Quit() { q.quits++ }

var ctrlQ = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl}

func TestFyneAppID(t *testing.T) {
	data, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	info, err := about.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if info.ID != ID {
		t.Errorf("FyneApp.toml ID %q, app.ID %q: Preferences would live under two ids", info.ID, ID)
	}
	if !info.Migrations["fyneDo"] {
		t.Error("FyneApp.toml does not declare the fyneDo migration")
	}
}

func TestCtrlQQuits(t *testing.T) {
	f, q := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", "The war began in 1939."))
	f.press(ctrlQ)
	if q.quits != 1 {
		t.Fatalf("Ctrl+Q with nothing unsaved: %d quits, want 1", q.quits)
	}
	if top := f.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Ctrl+Q with nothing unsaved asked: %q", texts(top))
	}
}

func TestCtrlQAsksAboutUnsavedWork(t *testing.T) {
	f, q := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", "The war began in 1939."))
	war, _ := f.itemLabeled("war")
	f.u.selectItem(war.ID, fromList)
	f.editSelected("Unsaved label", "", "", false)

	f.press(ctrlQ)
	confirm := f.topDialog()
	if !strings.Contains(texts(confirm), "lost") || q.quits != 0 {
		t.Fatalf("Ctrl+Q with unsaved work: %d quits, dialog %q", q.quits, texts(confirm))
	}
	f.tapButton(confirm, "No")
	if q.quits != 0 {
		t.Fatal("saying no quit")
	}
	f.press(ctrlQ)
	f.tapButton(f.topDialog(), "Quit Anyway")
	if q.quits != 1 {
		t.Fatalf("Quit Anyway: %d quits, want 1", q.quits)
	}
}

func TestCtrlCCopiesSelectedEventWithSource(t *testing.T) {
	f, _ := newDesktopFixture(t)
	p := f.writeFile("a.txt", "Treaty of Peace\n\nThe war  began in 1939. Nobody expected it.\n")
	f.open(p)
	war, ok := f.itemLabeled("war")
	if !ok {
		t.Fatalf("no war event: %v", f.chartLabels())
	}
	f.u.selectItem(war.ID, fromChart)
	f.press(&fyne.ShortcutCopy{})
	want := "1939: The war began in 1939.\n“The war began in 1939.”\n— Treaty of Peace, " + p
	if got := f.u.app.Clipboard().Content(); got != want {
		t.Errorf("Ctrl+C on a selected event copied\n%q, want\n%q", got, want)
	}

	f.press(shortcutCopyRow)
	row := strings.Split(f.u.app.Clipboard().Content(), "\t")
	wantRow := []string{"1939", "1939-01-01", "1939-12-31", "The war began in 1939.", "The war began in 1939.", "Treaty of Peace", p}
	if strings.Join(row, "|") != strings.Join(wantRow, "|") {
		t.Errorf("Ctrl+Shift+C copied the row %q, want %q", row, wantRow)
	}
}

func TestCtrlCWithNothingSelectedSaysSo(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", "The war began in 1939."))
	f.u.app.Clipboard().SetContent("before")
	f.press(&fyne.ShortcutCopy{})
	if got := f.u.app.Clipboard().Content(); got != "before" {
		t.Errorf("Ctrl+C with nothing selected changed the clipboard to %q", got)
	}
	if !strings.Contains(f.u.status.Text, "Nothing to copy") {
		t.Errorf("status %q", f.u.status.Text)
	}
}

func TestEditMenuActsOnFocusedField(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", "The war began in 1939."))
	war, _ := f.itemLabeled("war")
	f.u.selectItem(war.ID, fromList) // an event is selected too: the field's text wins

	search := f.u.filters.search
	f.win.Canvas().Focus(search)
	test.Type(search, "treaty")
	f.press(&fyne.ShortcutSelectAll{})
	f.press(&fyne.ShortcutCopy{})
	if got := f.u.app.Clipboard().Content(); got != "treaty" {
		t.Errorf("Select All + Copy in the search box copied %q", got)
	}
	f.press(&fyne.ShortcutSelectAll{})
	f.press(&fyne.ShortcutCut{})
	if search.Text != "" {
		t.Errorf("Cut left %q in the search box", search.Text)
	}
	f.press(&fyne.ShortcutPaste{})
	if search.Text != "treaty" {
		t.Errorf("Paste gave %q", search.Text)
	}
}

func TestViewMenuShowsZoomShortcuts(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.open(f.writeFile("a.txt", "The war began in 1939. It ended in 1945."))
	var view *fyne.Menu
	for _, m := range f.win.MainMenu().Items {
		if m.Label == "View" {
			view = m
		}
	}
	if view == nil {
		t.Fatal("no View menu")
	}
	zooms := 0
	for _, it := range view.Items {
		if !strings.HasPrefix(it.Label, "Zoom") && it.Label != "Fit All" {
			continue // a separator, Show States
		}
		zooms++
		if it.Shortcut == nil {
			t.Errorf("View > %s shows no shortcut", it.Label)
		}
	}
	if zooms != 3 {
		t.Errorf("View has %d zoom items, want Zoom In, Zoom Out and Fit All", zooms)
	}
	from, to := f.u.chart.VisibleRange()
	f.press(shortcutZoomIn)
	zf, zt := f.u.chart.VisibleRange()
	if !(zt.Sub(zf) < to.Sub(from)) {
		t.Errorf("Ctrl+= did not zoom in: %v..%v, was %v..%v", zf, zt, from, to)
	}
	f.press(shortcutFitAll)
	if ff, ft := f.u.chart.VisibleRange(); !ff.Equal(from) || !ft.Equal(to) {
		t.Errorf("Ctrl+0 did not fit all: %v..%v, want %v..%v", ff, ft, from, to)
	}
}

func TestAboutShowsNameVersionBuildWebsite(t *testing.T) {
	f, _ := newDesktopFixture(t)
	f.u.info = about.Info{Name: "Retrace", ID: ID, Version: "9.8.7", Build: 42, Website: "https://example.org/retrace", Revision: "abc1234"}
	var help *fyne.Menu
	for _, m := range f.win.MainMenu().Items {
		if m.Label == "Help" {
			help = m
		}
	}
	if help == nil || len(help.Items) == 0 {
		t.Fatal("no Help menu")
	}
	help.Items[0].Action()
	got := texts(f.topDialog())
	for _, want := range []string{"Retrace", "Version 9.8.7", "build 42", "commit abc1234", "https://example.org/retrace"} {
		if !strings.Contains(got, want) {
			t.Errorf("About lacks %q: %q", want, got)
		}
	}
}
