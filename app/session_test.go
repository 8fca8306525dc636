package app

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"retrace/assets"
	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
)

// open opens files and waits until they are on the timeline.
func (f *uiFixture) open(paths ...string) {
	f.u.OpenPaths(paths)
	f.settle()
}

// itemLabeled returns the shown item whose label contains s.
func (f *uiFixture) itemLabeled(s string) (timeline.Item, bool) {
	for _, it := range f.u.tl.Items {
		if strings.Contains(it.Label, s) {
			return it, true
		}
	}
	return timeline.Item{}, false
}

// chartLabels returns the labels of the items the chart holds.
func (f *uiFixture) chartLabels() []string {
	var out []string
	for _, it := range f.u.chart.Timeline().Items {
		out = append(out, it.Label)
	}
	return out
}

// topDialog returns the dialog on top, failing when there is none.
func (f *uiFixture) topDialog() fyne.CanvasObject {
	f.t.Helper()
	top := f.win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatal("no dialog shown")
	}
	return top
}

// tapButton taps the button with that text in o.
func (f *uiFixture) tapButton(o fyne.CanvasObject, text string) {
	f.t.Helper()
	_, _, buttons := formParts(o)
	for _, b := range buttons {
		if b.Text == text {
			test.Tap(b)
			f.settle()
			return
		}
	}
	f.t.Fatalf("no %q button", text)
}

// checks returns the checks drawn under o, by text.
func checks(o fyne.CanvasObject) map[string]*widget.Check {
	out := map[string]*widget.Check{}
	for _, obj := range test.LaidOutObjects(o) {
		if c, ok := obj.(*widget.Check); ok {
			out[c.Text] = c
		}
	}
	return out
}

func TestSearchFiltersItemsAndList(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The war began in 1939 with an invasion. It ended in 1945. The wall fell in 1989, to general surprise.")
	f.open(p)
	if len(f.u.tl.Items) != 3 {
		t.Fatalf("%d items, want 3", len(f.u.tl.Items))
	}

	search := func(s string) {
		f.u.filters.search.SetText("")
		test.Type(f.u.filters.search, s)
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"WALL", []string{"The wall fell in 1989, to gene"}},             // label, any case
		{"in 1945", []string{"It ended in 1945."}},                       // expression
		{"general surprise", []string{"The wall fell in 1989, to gene"}}, // sentence beyond the label
		{"1", []string{"The war began in 1939 with an ", "It ended in 1945.", "The wall fell in 1989, to gene"}},
		{"nothing like this", nil},
	} {
		search(c.query)
		got := f.chartLabels()
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("search %q: chart shows %q, want %q", c.query, got, c.want)
		}
		if n := f.u.events.Length(); n != len(c.want) {
			t.Errorf("search %q: events list has %d rows, want %d", c.query, n, len(c.want))
		}
	}
	search("")
	if len(f.chartLabels()) != 3 || f.u.events.Length() != 3 || f.u.filters.count.Text != "3 events" {
		t.Errorf("cleared search: chart %d, list %d, count %q", len(f.chartLabels()), f.u.events.Length(), f.u.filters.count.Text)
	}

	// The selection survives a search that keeps its item.
	it, _ := f.itemLabeled("wall")
	f.u.selectItem(it.ID, fromChart)
	search("wall")
	if f.u.chart.Selected() != it.ID || f.u.selected != it.ID || !strings.Contains(f.u.filters.count.Text, "1 of 3") {
		t.Errorf("after search: chart selects %q, ui %q, count %q", f.u.chart.Selected(), f.u.selected, f.u.filters.count.Text)
	}
}

// A sentence is searched as the reader sees it, one space between its
// words, as the hover card and the exports quote it: plain-text articles
// often put two spaces, or a tab, where the reader types one.
func TestSearchFindsPhraseAcrossExtraSpace(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The wall fell in 1989, to general  surprise. It ended in 1945.")
	f.open(p)
	test.Type(f.u.filters.search, "general surprise")
	if got := f.chartLabels(); len(got) != 1 || !strings.HasPrefix(got[0], "The wall fell") {
		t.Errorf("chart shows %q, want the wall's item", got)
	}
}

func TestSourceAndKindTogglesHideItems(t *testing.T) {
	f := newFixture(t)
	a := f.writeFile("a.txt", "The wall fell in 1989. The minister resigned yesterday.")
	b := f.writeFile("b.txt", "The wall fell in 1989. The euro came in 1999.")
	f.open(a, b)
	for _, d := range f.u.docs {
		f.u.setDocDate(d, timeline.Day(2024, 5, 2))
	}
	f.settle()
	// The wall is reported by both and grouped; three items in all.
	wall, ok := f.itemLabeled("wall")
	if !ok || len(wall.Refs) != 2 || len(f.u.tl.Items) != 3 {
		t.Fatalf("items %v; want the wall grouped from both sources", f.chartLabels())
	}
	if got := f.u.sourceNames(wall); got != "a.txt, b.txt" {
		t.Errorf("events list names the wall's sources %q", got)
	}
	// Each document has its colour on its tab.
	if f.u.docs[0].tab.Icon == nil || f.u.docs[1].tab.Icon == nil || f.u.docs[0].tab.Icon.Name() == f.u.docs[1].tab.Icon.Name() {
		t.Error("the tabs do not carry distinct source colours")
	}

	// Documents keep the order they were asked in, whichever is analysed first.
	if f.u.docs[0].key != a || f.u.docs[1].key != b {
		t.Fatalf("documents in order %s, %s", f.u.docs[0].key, f.u.docs[1].key)
	}
	bi := 1
	toggles := checks(f.u.filters.toggles)
	test.Tap(toggles["b.txt"])
	if got := strings.Join(f.chartLabels(), "|"); got != "The wall fell in 1989.|The minister resigned yesterda" {
		t.Errorf("b.txt hidden: chart shows %q", got)
	}
	if wall, _ := f.itemLabeled("wall"); len(wall.Refs) != 1 || wall.Refs[0].Source != 1-bi {
		t.Errorf("b.txt hidden: the wall keeps refs %v, want a.txt's only", wall.Refs)
	}
	if f.u.events.Length() != 2 || !f.u.tl.Sources[bi].Hidden || f.u.tl.Sources[1-bi].Hidden {
		t.Errorf("b.txt hidden: %d rows, sources hidden %v", f.u.events.Length(), f.u.tl.Sources)
	}

	test.Tap(toggles["a.txt"]) // both hidden: nothing left
	if len(f.chartLabels()) != 0 || f.u.events.Length() != 0 {
		t.Errorf("both sources hidden: chart shows %v", f.chartLabels())
	}
	test.Tap(toggles["b.txt"])
	if got := strings.Join(f.chartLabels(), "|"); got != "The wall fell in 1989.|The euro came in 1999." {
		t.Errorf("only b.txt shown: chart shows %q", got)
	}
	test.Tap(toggles["a.txt"])

	test.Tap(toggles[string(timeline.KindDeictic)])
	for _, it := range f.u.chart.Timeline().Items {
		if it.Kind == timeline.KindDeictic {
			t.Errorf("deictic hidden, chart still shows %q", it.Label)
		}
	}
	if len(f.chartLabels()) != 2 {
		t.Errorf("deictic hidden: chart shows %v", f.chartLabels())
	}
	test.Tap(toggles[string(timeline.KindDeictic)])
	if len(f.chartLabels()) != 3 {
		t.Errorf("all shown again: chart shows %v", f.chartLabels())
	}
}

func TestConflictIsMarkedInList(t *testing.T) {
	f := newFixture(t)
	a := f.writeFile("a.txt", "Kim Jong Un visited Moscow in 2023.")
	b := f.writeFile("b.txt", "Kim Jong Un visited Moscow in 2019.")
	f.open(a, b)
	if len(f.u.tl.Items) != 1 || !f.u.tl.Items[0].Conflict {
		t.Fatalf("items %+v, want one conflicting item", f.u.tl.Items)
	}
	row := newEventRow()
	f.u.updateEventRow(0, row)
	label := row.(*fyne.Container).Objects[0].(*widget.Label)
	if !strings.HasPrefix(label.Text, "Conflict: ") || label.Importance != widget.DangerImportance {
		t.Errorf("conflict row label %q, importance %v", label.Text, label.Importance)
	}
	if src := row.(*fyne.Container).Objects[2].(*fyne.Container).Objects[0].(*widget.Label).Text; src != "a.txt, b.txt" && src != "b.txt, a.txt" {
		t.Errorf("conflict row sources %q", src)
	}
}

// editSelected fills the Edit dialog of the selected item and applies it.
func (f *uiFixture) editSelected(label, earliest, latest string, hide bool) {
	f.t.Helper()
	if f.u.editItem.Disabled() {
		f.t.Fatal("the Edit button is disabled with an item selected")
	}
	test.Tap(f.u.editItem)
	dlg := f.topDialog()
	entries, _, _ := formParts(dlg)
	if len(entries) != 3 {
		f.t.Fatalf("edit dialog has %d entries, want 3 (label, earliest, latest)", len(entries))
	}
	entries[0].SetText(label)
	entries[1].SetText(earliest)
	entries[2].SetText(latest)
	checks(dlg)["Hide this event"].SetChecked(hide)
	f.tapButton(dlg, "Apply")
}

// saveAs saves the workspace through the Save Workspace dialog.
func (f *uiFixture) saveAs(path string) {
	f.t.Helper()
	f.u.saveWorkspace(true)
	dlg := f.topDialog()
	entries, _, _ := formParts(dlg)
	if len(entries) != 1 {
		f.t.Fatalf("save dialog has %d entries", len(entries))
	}
	entries[0].SetText(path)
	f.tapButton(dlg, "Save")
}

func TestEditSurvivesSaveAndReopen(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The war began in 1939. The minister resigned yesterday. The wall fell in 1989.")
	f.open(p)
	d := f.u.docs[0]
	d.date.entry.SetText("2024-03-01")
	test.Tap(d.date.set)
	f.settle()
	if wd := f.u.ws.Document(p); wd == nil || timeline.FormatDate(wd.Date) != "2024-03-01" || wd.DateSource != timeline.DateFromUser {
		t.Fatalf("the workspace did not record the document date: %+v", wd)
	}

	if !f.u.editItem.Disabled() {
		t.Error("Edit is enabled with nothing selected")
	}
	war, _ := f.itemLabeled("war")
	f.u.selectItem(war.ID, fromList)
	f.editSelected("World War II begins", "1939-09-01", "1939-09-01", false)
	if f.u.selected != war.ID || f.u.chart.Selected() != war.ID {
		t.Errorf("the edited item is no longer selected (%q)", f.u.selected)
	}
	wall, _ := f.itemLabeled("wall")
	f.u.selectItem(wall.ID, fromList)
	f.editSelected(wall.Label, "1989-01-01", "1989-12-31", true) // hidden

	check := func(f *uiFixture, when string) {
		t.Helper()
		it, ok := f.itemLabeled("World War II begins")
		if !ok {
			t.Fatalf("%s: no relabelled item; chart shows %v", when, f.chartLabels())
		}
		if got := timeline.FormatDate(it.Interval.Earliest) + ".." + timeline.FormatDate(it.Interval.Latest); got != "1939-09-01..1939-09-01" {
			t.Errorf("%s: item dated %s", when, got)
		}
		labels := strings.Join(f.chartLabels(), "|")
		if !strings.Contains(labels, "World War II begins") || strings.Contains(labels, "wall") {
			t.Errorf("%s: chart shows %q, want the new label and no wall", when, labels)
		}
		if pos, ok := f.u.chart.ItemPosition(it.ID); !ok {
			t.Errorf("%s: the corrected item is not drawn (at %v)", when, pos)
		}
		yesterday, ok := f.itemLabeled("minister")
		if !ok || timeline.FormatDate(yesterday.Interval.Earliest) != "2024-02-29" {
			t.Errorf("%s: the document date did not hold: yesterday is %+v", when, yesterday.Interval)
		}
		if len(f.u.ws.Corrections) != 2 {
			t.Errorf("%s: %d corrections, want 2", when, len(f.u.ws.Corrections))
		}
	}
	check(f, "after editing")

	ws := filepath.Join(filepath.Dir(p), "session") // the dialog adds .retrace.json
	f.saveAs(ws)
	ws += workspace.Ext
	if f.u.wsPath != ws {
		t.Fatalf("workspace path %q, want %q", f.u.wsPath, ws)
	}
	saved, err := workspace.Load(ws)
	if err != nil || len(saved.Documents) != 1 || len(saved.Corrections) != 2 {
		t.Fatalf("saved workspace: %+v, %v", saved, err)
	}

	// A fresh window opens it as a user would, by File > Open's path.
	g := newFixture(t)
	g.open(ws)
	if top := g.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("an unchanged workspace opened with a dialog: %s", texts(top))
	}
	if len(g.u.docs) != 1 || g.u.wsPath != ws {
		t.Fatalf("reopened: %d documents, path %q", len(g.u.docs), g.u.wsPath)
	}
	check(g, "after reopening")

	// Ctrl+S saves again to the same file, without asking.
	g.u.installShortcuts()
	it, _ := g.itemLabeled("World War II")
	g.u.selectItem(it.ID, fromList)
	g.editSelected("", "", "", false) // back to the tagger's label and dates
	g.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(shortcutSave)
	if top := g.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("Ctrl+S on a saved workspace asked: %s", texts(top))
	}
	saved, err = workspace.Load(ws)
	if err != nil || len(saved.Corrections) != 1 || !saved.Corrections[0].Hidden {
		t.Errorf("after reverting and Ctrl+S: %+v, %v; want only the hidden wall", saved, err)
	}
	if _, ok := g.itemLabeled("The war began in 1939"); !ok {
		t.Errorf("reverting did not give back the tagger's label: %v", g.chartLabels())
	}
}

func TestEditFormValidates(t *testing.T) {
	it := timeline.Item{Label: "x", Interval: timeline.Interval{Earliest: timeline.Day(2000, 1, 1), Latest: timeline.Day(2000, 12, 31)}}
	base := timeline.Correction{Scope: timeline.ScopeItem, Source: "a", Event: "e1"}
	for _, bad := range []editForm{
		{label: "x", earliest: "2000-01-01"},
		{label: "x", earliest: "2000-13-01", latest: "2000-12-31"},
		{label: "x", earliest: "2000-02-30", latest: "2000-12-31"},
		{label: "x", earliest: "2001-01-01", latest: "2000-12-31"},
	} {
		if _, err := bad.correction(base, it, timeline.Correction{}); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
	c, err := editForm{label: " x ", earliest: "2000-01-01", latest: "2000-12-31"}.correction(base, it, timeline.Correction{})
	if err != nil || !c.IsNoop() {
		t.Errorf("an unchanged form gives %+v, %v; want no correction", c, err)
	}
	c, err = editForm{label: "y", earliest: "2000-01-01", latest: "2000-12-31"}.correction(base, it, timeline.Correction{})
	if err != nil || c.Label != "y" || c.HasDates() {
		t.Errorf("a new label alone gives %+v, %v", c, err)
	}
}

func TestChangedAndMissingFilesReportedOnReopen(t *testing.T) {
	f := newFixture(t)
	notes := f.writeFile("notes.md", "The war began in 1939. The wall fell in 1989. The euro came in 1999.")
	other := f.writeFile("other.txt", "The moon landing was in 1969.")
	f.open(notes, other)
	for _, label := range []string{"war", "wall", "euro"} {
		it, _ := f.itemLabeled(label)
		f.u.selectItem(it.ID, fromList)
		f.editSelected("Corrected "+label, "", "", false)
	}
	moon, _ := f.itemLabeled("moon")
	f.u.selectItem(moon.ID, fromList)
	f.editSelected("Apollo 11", "", "", false)
	ws := filepath.Join(filepath.Dir(notes), "s"+workspace.Ext)
	f.saveAs(ws)

	// The euro's sentence is gone from notes.md; other.txt is deleted.
	if err := os.WriteFile(notes, []byte("The war began in 1939. The wall fell in 1989. Nothing else."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(other); err != nil {
		t.Fatal(err)
	}
	g := newFixture(t)
	g.open(ws)
	// First the question: notes.md changed after it was corrected.
	ask := texts(g.topDialog())
	if !strings.Contains(ask, "notes.md, 3 corrections") || !strings.Contains(ask, `relabelling (as "Corrected euro")`) {
		t.Fatalf("the question does not name the changed article and its corrections:\n%s", ask)
	}
	if len(g.u.docs) != 0 {
		t.Fatal("the workspace is shown before the user answered")
	}
	g.tapButton(g.topDialog(), "Apply Corrections")
	report := texts(g.topDialog())
	for _, want := range []string{
		"notes.md changed since the workspace was saved: 2 of 3 corrections still apply",
		"other.txt is missing",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report does not say %q; it says:\n%s", want, report)
		}
	}
	if len(g.win.Canvas().Overlays().List()) != 1 {
		t.Errorf("%d dialogs, want the one report", len(g.win.Canvas().Overlays().List()))
	}
	if len(g.u.docs) != 1 {
		t.Fatalf("%d documents open, want notes.md", len(g.u.docs))
	}
	labels := strings.Join(g.chartLabels(), "|")
	if labels != "Corrected war|Corrected wall" {
		t.Errorf("chart shows %q", labels)
	}
	// The missing file's correction is kept for when it comes back; the
	// changed file's hash is now the new content's.
	if len(g.u.ws.Corrections) != 3 {
		t.Errorf("%d corrections kept, want 2 of notes.md and 1 of other.txt", len(g.u.ws.Corrections))
	}
	sum := fileDigest(g.t, notes)
	if wd := g.u.ws.Document(notes); wd == nil || wd.SHA256 != sum {
		t.Error("the workspace does not record notes.md's new content")
	}

	// Set aside, the corrections are not applied, stay in the workspace
	// with the digest they were made on, and are asked about again.
	h := newFixture(t)
	h.open(ws)
	h.tapButton(h.topDialog(), "Set Aside")
	if report := texts(h.topDialog()); !strings.Contains(report, "notes.md changed since the workspace was saved: 3 corrections set aside") {
		t.Errorf("the report says:\n%s", report)
	}
	if labels := strings.Join(h.chartLabels(), "|"); strings.Contains(labels, "Corrected") {
		t.Errorf("set-aside corrections applied: %s", labels)
	}
	h.topDialog().Hide()
	h.saveAs(ws)
	k := newFixture(t)
	k.open(ws)
	if ask := texts(k.topDialog()); !strings.Contains(ask, "notes.md, 3 corrections") {
		t.Errorf("set-aside corrections not asked about again:\n%s", ask)
	}
}

// A workspace naming a file outside its folder asks before reading it,
// listing it; skipped, the file is not opened and its corrections stay.
func TestWorkspaceOutsideFolderAsks(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "study")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	inside := filepath.Join(dir, "in.txt")
	outside := filepath.Join(root, "outside.txt")
	for _, p := range []string{inside, outside} {
		if err := os.WriteFile(p, []byte("The war began in 1939."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ws := filepath.Join(dir, "w"+workspace.Ext)
	body := `{"version": 1, "documents": [
		{"path": "in.txt", "sha256": "` + fileDigest(t, inside) + `"},
		{"path": "../outside.txt", "sha256": "` + fileDigest(t, outside) + `"}]}`
	if err := os.WriteFile(ws, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, answer := range []string{"Skip Them", "Open Them Too"} {
		f := newFixture(t)
		f.open(ws)
		ask := texts(f.topDialog())
		if !strings.Contains(ask, "names 1 file outside its folder") || !strings.Contains(ask, outside) || strings.Contains(ask, inside) {
			t.Fatalf("the question does not list the outside file alone:\n%s", ask)
		}
		if len(f.u.docs) != 0 {
			t.Fatal("documents opened before the user answered")
		}
		f.tapButton(f.topDialog(), answer)
		want := 1
		if answer == "Open Them Too" {
			want = 2
		} else if report := texts(f.topDialog()); !strings.Contains(report, "outside.txt lies outside the workspace's folder") {
			t.Errorf("the report says:\n%s", report)
		}
		if len(f.u.docs) != want {
			t.Errorf("%s: %d documents open, want %d", answer, len(f.u.docs), want)
		}
	}
}

func TestBadWorkspaceKeepsSession(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939.")
	f.open(p)
	bad := f.writeFile("x"+workspace.Ext, `{"version": 99}`)
	f.open(bad)
	if msg := texts(f.topDialog()); !strings.Contains(msg, "annot open the workspace") || !strings.Contains(msg, "x.retrace.json: version 99") {
		t.Errorf("error dialog says %q", msg)
	}
	f.topDialog().Hide()
	f.open(filepath.Join(t.TempDir(), "gone"+workspace.Ext))
	if msg := texts(f.topDialog()); !strings.Contains(msg, "gone.retrace.json: there is no such file") {
		t.Errorf("error dialog says %q", msg)
	}
	if len(f.u.docs) != 1 || len(f.u.tl.Items) != 1 {
		t.Error("a bad workspace changed the open documents")
	}
}

func TestSampleSavedByHash(t *testing.T) {
	f := newFixture(t)
	f.u.svc.analyze = analyzeDocument // the test tagger finds nothing in the sample
	f.u.openSample()
	f.settle()
	if len(f.u.tl.Items) == 0 {
		t.Fatal("the sample has no items with the test tagger")
	}
	first := f.u.tl.Items[0]
	f.u.selectItem(first.ID, fromList)
	f.editSelected("Edited sample event", "", "", false)
	dir := t.TempDir()
	ws := filepath.Join(dir, "sample"+workspace.Ext)
	f.saveAs(ws)
	if _, err := os.Stat(filepath.Join(dir, assets.SampleName)); err == nil {
		t.Error("saving wrote the sample's text to disk")
	}

	g := newFixture(t)
	g.u.svc.analyze = analyzeDocument
	g.open(ws)
	if top := g.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("reopening the sample's workspace reported: %s", texts(top))
	}
	if len(g.u.docs) != 1 || g.u.docs[0].key != assets.SampleName {
		t.Fatalf("reopened documents: %d", len(g.u.docs))
	}
	if _, ok := g.itemLabeled("Edited sample event"); !ok {
		t.Errorf("the sample's correction did not come back: %v", g.chartLabels()[:3])
	}
}

func TestDataExportWritesFiles(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The war began in 1939. The wall fell in 1989.")
	f.open(p)
	war, _ := f.itemLabeled("war")
	f.u.selectItem(war.ID, fromList)
	f.editSelected("=WWII", "", "", false) // a formula-like label, guarded in CSV

	dir := t.TempDir()
	exportTo := func(format dataFormat, path string) {
		t.Helper()
		f.u.showDataExportDialog(format)
		dlg := f.topDialog()
		entries, _, _ := formParts(dlg)
		if len(entries) != 1 {
			t.Fatalf("export dialog has %d entries", len(entries))
		}
		entries[0].SetText(path)
		f.tapButton(dlg, "Export")
	}
	exportTo(formatCSV, filepath.Join(dir, "chronology")) // the dialog adds .csv
	rows, err := csv.NewReader(strings.NewReader(string(readFile(t, filepath.Join(dir, "chronology.csv"))))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1][0] != "1939-01-01" || rows[1][2] != "'=WWII" || rows[2][2] != "The wall fell in 1989." || rows[2][5] != "The wall fell in 1989." {
		t.Errorf("CSV rows: %q", rows)
	}

	// With a search on, only what is shown is exported.
	test.Type(f.u.filters.search, "wall")
	exportTo(formatJSON, filepath.Join(dir, "chronology.json"))
	var out struct {
		Items       []struct{ Label string }
		Corrections []timeline.Correction
	}
	if err := json.Unmarshal(readFile(t, filepath.Join(dir, "chronology.json")), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Items) != 1 || out.Items[0].Label != "The wall fell in 1989." || len(out.Corrections) != 1 || out.Corrections[0].Label != "=WWII" {
		t.Errorf("JSON export: %+v", out)
	}

	// An existing file is replaced only when the user agrees.
	before := readFile(t, filepath.Join(dir, "chronology.csv"))
	exportTo(formatCSV, filepath.Join(dir, "chronology.csv"))
	confirm := f.topDialog()
	if !strings.Contains(texts(confirm), "Replace") {
		t.Fatal("no question before replacing")
	}
	f.tapButton(confirm, "No")
	if string(readFile(t, filepath.Join(dir, "chronology.csv"))) != string(before) {
		t.Error("the CSV changed though the user said no")
	}
}

// TestArticleWrapsAroundHighlights lays a paragraph out at many widths: a
// highlight at the end of a row must move to the next row rather than
// leave the rest of the paragraph wrapped one character per row (what
// Fyne's RichText does with an inline object that overflows its row).
func TestArticleWrapsAroundHighlights(t *testing.T) {
	test.NewTempApp(t)
	text := "SEOUL — Russian President Vladimir Putin thanked North Korean troops in his greeting in 2025 to Kim Jong Un, North Korean state media reported on Friday in 2026, and analysts said the message was the most open acknowledgment yet."
	a := fakeAnalyze(ingestText(t, text))
	v := newArticleView(a, nil)
	w := test.NewWindow(v.scroll)
	defer w.Close()
	for width := float32(180); width < 700; width += 3 {
		w.Resize(fyne.NewSize(width, 600))
		single := 0
		for _, o := range test.LaidOutObjects(v.box) {
			if txt, ok := o.(*canvas.Text); ok && len([]rune(strings.TrimSpace(txt.Text))) == 1 {
				single++
			}
		}
		if single > 1 {
			t.Fatalf("at width %v the paragraph has %d one-character rows", width, single)
		}
	}
}

func ingestText(t *testing.T, text string) *timeline.Document {
	t.Helper()
	doc, err := ingest.Read("p.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestHiddenEventsComeBack(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The war began in 1939. The wall fell in 1989.")
	f.open(p)
	wall, _ := f.itemLabeled("wall")
	f.u.selectItem(wall.ID, fromList)
	f.editSelected(wall.Label, "", "", true)
	if _, ok := f.itemLabeled("wall"); ok || len(f.chartLabels()) != 1 {
		t.Fatalf("hidden item still shown: %v", f.chartLabels())
	}
	f.u.showHiddenDialog()
	dlg := f.topDialog()
	if !strings.Contains(texts(dlg), "The wall fell in 1989.") {
		t.Errorf("hidden events dialog says %q", texts(dlg))
	}
	f.tapButton(dlg, "Show")
	if _, ok := f.itemLabeled("wall"); !ok || len(f.u.ws.Corrections) != 0 {
		t.Errorf("after Show: chart %v, %d corrections", f.chartLabels(), len(f.u.ws.Corrections))
	}
}

func TestDroppedWorkspaceAsksBeforeDiscardingUnsavedWork(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The war began in 1939.")
	f.open(p)
	ws := filepath.Join(filepath.Dir(p), "w"+workspace.Ext)
	f.saveAs(ws)
	if f.u.dirty || f.win.Title() != "Retrace — w.retrace.json" {
		t.Errorf("after saving: dirty %v, title %q", f.u.dirty, f.win.Title())
	}
	war, _ := f.itemLabeled("war")
	f.u.selectItem(war.ID, fromList)
	f.editSelected("Unsaved label", "", "", false)
	if !f.u.dirty || !strings.Contains(f.win.Title(), "unsaved") {
		t.Errorf("after an edit: dirty %v, title %q", f.u.dirty, f.win.Title())
	}

	f.u.openDropped([]fyne.URI{storage.NewFileURI(ws)})
	confirm := f.topDialog()
	if !strings.Contains(texts(confirm), "lost") {
		t.Fatalf("no question before discarding unsaved work: %q", texts(confirm))
	}
	f.tapButton(confirm, "No")
	if _, ok := f.itemLabeled("Unsaved label"); !ok {
		t.Fatal("saying no discarded the work")
	}
	f.u.openDropped([]fyne.URI{storage.NewFileURI(ws)})
	f.tapButton(f.topDialog(), "Open Anyway")
	f.settle()
	if _, ok := f.itemLabeled("war"); !ok || f.u.dirty {
		t.Errorf("after reopening the saved workspace: chart %v, dirty %v", f.chartLabels(), f.u.dirty)
	}
}

func TestQuitAsksOnlyWithUnsavedWork(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "The war began in 1939.")
	f.open(p)
	f.u.requestQuit()
	if top := f.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("quitting with nothing unsaved asked: %q", texts(top))
	}
	war, _ := f.itemLabeled("war")
	f.u.selectItem(war.ID, fromList)
	f.editSelected("Unsaved label", "", "", false)
	f.u.requestQuit()
	confirm := f.topDialog()
	if !strings.Contains(texts(confirm), "lost") || !strings.Contains(texts(confirm), "Quit Anyway") {
		t.Fatalf("quitting with unsaved work did not ask: %q", texts(confirm))
	}
	f.tapButton(confirm, "No")
	if _, ok := f.itemLabeled("Unsaved label"); !ok {
		t.Fatal("saying no lost the work")
	}
}

// fileDigest is the hex SHA-256 of a file's bytes, as a workspace records it.
func fileDigest(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
