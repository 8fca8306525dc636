// Package app is Retrace's desktop window: the article on the left, the
// timeline and the list of events on the right, linked both ways, with
// documents opened from a file dialog, the recent-files menu or by dropping
// them on the window.
package app

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"retrace/app/about"
	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/chart"
	"retrace/timeline/workspace"
)

// services are the UI's links to the rest of the program. The app uses the
// real reader and tagger and Fyne's UI goroutine; tests swap in their own,
// notably a post that queues work for the test goroutine to run.
type services struct {
	// read reads an article and returns the SHA-256 of the bytes it was
	// read from, for the workspace.
	read    func(path string) (*timeline.Document, string, error)
	analyze func(doc *timeline.Document) *timeline.Analysis
	// post runs f on the UI goroutine (fyne.Do in the app).
	post func(f func())
}

// origin says which pane a selection started in, so it is not echoed back.
type origin int

const (
	fromChart origin = iota
	fromList
	fromArticle
	fromCode
)

// UI is the main window's state: the open documents, the timeline built from
// them, and the widgets showing it. All methods run on the UI goroutine.
type UI struct {
	app  fyne.App
	win  fyne.Window
	svc  services
	info about.Info // this build's name, version and website, for Help > About

	docs []*openDoc
	// full is the merged timeline of the open documents with the user's
	// corrections; tl is what the filters let through, the timeline the
	// chart, the events list and the exports show. Both are replaced,
	// never changed in place, so background exports may share them.
	full *timeline.Timeline
	tl   *timeline.Timeline

	// ws is the session as a workspace: the open documents' paths, hashes
	// and dates, and the user's corrections. wsPath is where it was last
	// saved or opened from, "" until then.
	ws     *workspace.Workspace
	wsPath string
	dirty  bool // corrections or document dates changed since the last save or open

	filter   filterState
	filters  *filterBar
	editItem *widget.Button

	chart  *chart.Chart
	tabs   *container.DocTabs
	empty  fyne.CanvasObject // shown in the article pane when nothing is open
	left   *fyne.Container
	events *widget.List
	rows   []int // indices into tl.Items, in date order, for the events list

	status   *widget.Label
	progress *widget.ProgressBarInfinite
	pending  int // loads and analyses still running

	lastExport *exportForm // the export dialog last shown, for tests

	selected  string // selected item ID, "" for none
	selecting bool   // guards against selection echoing between panes
}

// openDoc is one open document with its analysis and its article pane.
type openDoc struct {
	key      string // absolute path, or the sample's name
	doc      *timeline.Document
	analysis *timeline.Analysis
	view     *articleView    // built when the tab is first shown
	body     *fyne.Container // holds view while the tab is selected
	date     *dateControl
	tab      *container.TabItem
	gen      int    // bumped on every re-analysis; stale results are dropped
	sha      string // SHA-256 of the file as read, for the workspace
}

// newUI builds the window's content. It does not open anything.
func newUI(a fyne.App, w fyne.Window, svc services) *UI {
	u := &UI{app: a, win: w, svc: svc, tl: &timeline.Timeline{}, full: &timeline.Timeline{}, ws: &workspace.Workspace{}}
	u.filter = newFilterState()

	u.chart = chart.New(u.tl)
	u.chart.Legend = true
	u.chart.Overview = true
	u.chart.OnSelected = func(it timeline.Item) { u.selectItem(it.ID, fromChart) }

	u.events = widget.NewList(
		func() int { return len(u.rows) },
		newEventRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { u.updateEventRow(id, o) },
	)
	u.events.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(u.rows) {
			u.selectItem(u.tl.Items[u.rows[id]].ID, fromList)
		}
	}

	u.tabs = container.NewDocTabs()
	u.tabs.OnClosed = func(ti *container.TabItem) { u.closeTab(ti) }
	u.tabs.OnSelected = func(ti *container.TabItem) {
		u.syncArticle()
		u.showDocStatus(u.docForTab(ti))
	}
	u.empty = container.NewCenter(widget.NewLabel("Open an article with File > Open (Ctrl+O), or drop files here."))
	u.left = container.NewStack(u.empty)

	u.status = widget.NewLabel("")
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.progress = widget.NewProgressBarInfinite()
	u.progress.Stop()
	u.progress.Hide()

	zoomIn := widget.NewButton("+", func() { u.chart.ZoomIn() })
	zoomOut := widget.NewButton("−", func() { u.chart.ZoomOut() })
	fit := widget.NewButton("Fit all", func() { u.chart.FitAll() })
	bands := widget.NewCheck("Band per source", func(on bool) { u.chart.SetBands(on) })
	u.filters = u.newFilterBar()
	if a.Preferences().Bool(prefShowStates) { // as the reader left the last window
		u.filter.showStates = true
		u.filters.states.SetChecked(true)
	}
	w.Canvas().AddShortcut(shortcutSearch, func(fyne.Shortcut) { w.Canvas().Focus(u.filters.search) })
	toolbar := container.NewBorder(nil, nil, container.NewHBox(zoomIn, zoomOut, fit, bands), nil, u.filters.search)
	chartPane := container.NewBorder(container.NewVBox(toolbar, u.filters.toggles), nil, nil, nil, u.chart)

	u.editItem = widget.NewButton("Edit…", u.showEditDialog)
	u.editItem.Disable()
	listBar := container.NewBorder(nil, nil, nil, u.editItem, u.filters.count)
	eventsPane := container.NewBorder(listBar, nil, nil, nil, u.events)

	right := container.NewVSplit(chartPane, eventsPane)
	right.Offset = 0.62
	split := container.NewHSplit(u.left, right)
	split.Offset = 0.4
	statusBar := container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(160, 20), u.progress), u.status)
	w.SetContent(container.NewBorder(nil, statusBar, nil, nil, split))
	return u
}

// loadRequest is a document to open: its key and how to read it.
type loadRequest struct {
	key  string
	read func() (*timeline.Document, string, error) // the document and its digest
}

// load reads and analyses documents off the UI goroutine, as many at once
// as there are processors, and adds them in the order asked, so each keeps
// the colour of its place (the command line's order, say). Failures, with
// those found before (fails), are reported in one dialog and change
// nothing.
func (u *UI) load(reqs []loadRequest, fails []openFailure) {
	if len(reqs) == 0 {
		u.showOpenErrors(fails)
		return
	}
	msg := fmt.Sprintf("Reading %s…", filepath.Base(reqs[0].key))
	if len(reqs) > 1 {
		msg = fmt.Sprintf("Reading %d files…", len(reqs))
	}
	u.beginWork(msg)
	go func() {
		docs := make([]loaded, len(reqs))
		errs := make([]error, len(reqs))
		analyze.Parallel(len(reqs), func(i int) {
			docs[i], errs[i] = u.readAndAnalyze(reqs[i].key, reqs[i].read)
		})
		u.svc.post(func() {
			u.endWork()
			var last *openDoc
			for i, d := range docs {
				if errs[i] != nil {
					fails = append(fails, openFailure{reqs[i].key, errs[i]})
					continue
				}
				if u.addDoc(d.key, d.doc, d.analysis, d.sha, false) {
					last = u.docs[len(u.docs)-1]
				}
			}
			u.showOpenErrors(fails)
			if last == nil {
				return
			}
			u.tabs.Select(last.tab)
			u.syncArticle()
			u.rebuild(true)
			u.showDocStatus(last)
		})
	}()
}

// readAndAnalyze reads a document and tags it.
func (u *UI) readAndAnalyze(key string, read func() (*timeline.Document, string, error)) (loaded, error) {
	doc, sum, err := read()
	if err != nil {
		return loaded{}, err
	}
	return loaded{key: key, doc: doc, analysis: u.svc.analyze(doc), sha: sum}, nil
}

func (u *UI) beginWork(msg string) {
	u.pending++
	u.status.SetText(msg)
	u.progress.Show()
	u.progress.Start()
}

func (u *UI) endWork() {
	u.pending--
	if u.pending == 0 {
		u.progress.Stop()
		u.progress.Hide()
		u.status.SetText("")
		u.showDocStatus(u.docForTab(u.tabs.Selected()))
	}
}

// addDoc adds an analysed document: a tab for its article, an entry in the
// workspace, and brings the tab to the front when show is set. The caller
// rebuilds the timeline, once for a batch. It reports false when the
// document was open already.
func (u *UI) addDoc(key string, doc *timeline.Document, a *timeline.Analysis, sum string, show bool) bool {
	if d := u.docByKey(key); d != nil { // opened twice while loading
		u.tabs.Select(d.tab)
		return false
	}
	d := &openDoc{key: key, doc: doc, analysis: a, sha: sum}
	u.track(d)
	d.date = newDateControl(func(t time.Time) { u.setDocDate(d, t) })
	d.date.show(doc, a)
	d.body = container.NewStack()
	// Short tab titles, so three or four sources fit the strip; the
	// colour square tells them apart too.
	d.tab = container.NewTabItem(shortLabel(filepath.Base(key), maxTabTitle), container.NewBorder(d.date.obj, nil, nil, nil, d.body))
	u.docs = append(u.docs, d)
	if len(u.docs) == 1 {
		u.left.Objects = []fyne.CanvasObject{u.tabs}
		u.left.Refresh()
	}
	u.tabs.Append(d.tab)
	if show {
		u.tabs.Select(d.tab)
		u.syncArticle()
		u.showDocStatus(d)
	}
	if isFilePath(key) {
		u.addRecent(key)
	}
	return true
}

// setDocDate re-analyses a document against a new date the user gave. The
// document is copied, never changed in place, because the analysis runs on
// another goroutine.
func (u *UI) setDocDate(d *openDoc, date time.Time) {
	doc := *d.doc
	doc.Date, doc.DateSource = date, timeline.DateFromUser
	d.gen++
	gen := d.gen
	u.beginWork(fmt.Sprintf("Re-analysing %s for %s…", filepath.Base(d.key), timeline.FormatDate(date)))
	go func() {
		a := u.svc.analyze(&doc)
		u.svc.post(func() {
			u.endWork()
			if d.gen != gen || u.docByKey(d.key) != d {
				return // superseded by a later date, or closed meanwhile
			}
			d.doc, d.analysis = &doc, a
			// The workspace keeps the date the user gave (the document is
			// always tracked, so this cannot fail).
			_ = u.ws.SetDocumentDate(doc.Path, date)
			u.setDirty(true)
			if d.view != nil {
				d.view.setAnalysis(a)
			}
			d.date.show(&doc, a)
			// Keep the axis still so the reader sees the relative items
			// move, unless one moved out of view; keep the selection in
			// every pane when its item is still there.
			sel := u.selected
			u.rebuild(false)
			if !u.allVisible() {
				u.chart.FitAll()
			}
			if sel != "" && u.itemIndex(sel) >= 0 {
				u.selectItem(sel, fromCode)
			}
			u.showDocStatus(d)
		})
	}()
}

// closeTab forgets the document of a closed tab.
func (u *UI) closeTab(ti *container.TabItem) {
	for i, d := range u.docs {
		if d.tab == ti {
			u.docs = append(u.docs[:i], u.docs[i+1:]...)
			n := len(u.ws.Corrections)
			u.ws.Remove(d.doc.Path)
			if n != len(u.ws.Corrections) {
				u.setDirty(true) // its corrections went with it
			}
			delete(u.filter.hiddenSources, d.key)
			break
		}
	}
	if len(u.docs) == 0 {
		u.left.Objects = []fyne.CanvasObject{u.empty}
		u.left.Refresh()
	}
	u.syncArticle()
	u.rebuild(true)
}

// syncArticle puts the selected tab's article in its tab and takes the
// others' out of theirs. DocTabs refreshes the content of every tab on each
// change, and laying out an article of thousands of words again costs
// about a second: with twenty open, adding one would take twenty. The
// article view is built the first time its tab is shown.
func (u *UI) syncArticle() {
	sel := u.docForTab(u.tabs.Selected())
	for _, d := range u.docs {
		switch {
		case d == sel && len(d.body.Objects) == 0:
			u.ensureView(d)
			d.body.Objects = []fyne.CanvasObject{d.view.scroll}
			d.body.Refresh()
		case d != sel && len(d.body.Objects) > 0:
			d.body.Objects = nil
			d.body.Refresh()
		}
	}
}

// ensureView builds a document's article view if it has none yet.
func (u *UI) ensureView(d *openDoc) {
	if d.view == nil {
		d.view = newArticleView(d.analysis, func(m *timeline.Mention) { u.mentionTapped(d, m) })
	}
}

// rebuild makes the timeline from the open documents' analyses, grouping
// events that several sources report and applying the user's corrections,
// and shows what the filters let through. The selection is cleared in
// every pane alike: the chart, the list and Edit… (the chart used to keep
// its own).
func (u *UI) rebuild(fit bool) {
	u.full = analyze.Timeline(u.analyses(), u.ws.Corrections)
	u.filter.haystacks = nil
	u.showSources()
	u.selected = ""
	u.editItem.Disable()
	u.events.UnselectAll()
	u.show(u.filtered())
	u.chart.Select("")
	if fit {
		u.chart.FitAll()
	}
}

// analyses returns the open documents' analyses, in tab order: source i of
// the timeline is document i.
func (u *UI) analyses() []*timeline.Analysis {
	out := make([]*timeline.Analysis, len(u.docs))
	for i, d := range u.docs {
		out[i] = d.analysis
	}
	return out
}

// show puts a timeline on the chart and in the events list, in date order.
func (u *UI) show(tl *timeline.Timeline) {
	u.tl = tl
	u.rows = u.rows[:0]
	for i := range u.tl.Items {
		u.rows = append(u.rows, i)
	}
	items := u.tl.Items
	sort.SliceStable(u.rows, func(a, b int) bool {
		x, y := items[u.rows[a]].Interval, items[u.rows[b]].Interval
		if !x.Earliest.Equal(y.Earliest) {
			return x.Earliest.Before(y.Earliest)
		}
		return x.Latest.Before(y.Latest)
	})
	u.events.Refresh()
	// No title on screen: the tabs name the documents, and the lanes need
	// the room. Exports get one (editable in the export dialog).
	u.chart.SetTimeline(u.tl)
	u.filters.count.SetText(u.countText())
}

// allVisible reports whether every item lies inside the chart's visible range.
func (u *UI) allVisible() bool {
	from, to := u.chart.VisibleRange()
	for _, it := range u.tl.Items {
		if it.Interval.Earliest.Before(from) || it.Interval.Latest.After(to) {
			return false
		}
	}
	return true
}

// showDocStatus summarises what the tagger found in a document.
func (u *UI) showDocStatus(d *openDoc) {
	if d == nil || u.pending > 0 {
		return
	}
	placed, states := 0, 0
	for _, ev := range d.analysis.Events {
		switch {
		case ev.Interval.IsZero():
		case ev.State:
			states++
		default:
			placed++
		}
	}
	events := plural(placed, "event") + " on the timeline"
	if states > 0 {
		shown := "hidden"
		if u.filter.showStates {
			shown = "shown"
		}
		events += fmt.Sprintf(" (and %s, %s)", plural(states, "present state"), shown)
	}
	u.status.SetText(fmt.Sprintf("%s: %s, %s; %s open", filepath.Base(d.key),
		plural(len(d.analysis.Mentions), "time reference"), events, plural(len(u.docs), "document")))
}

func (u *UI) docByKey(key string) *openDoc {
	for _, d := range u.docs {
		if d.key == key {
			return d
		}
	}
	return nil
}

func (u *UI) docForTab(ti *container.TabItem) *openDoc {
	for _, d := range u.docs {
		if d.tab == ti {
			return d
		}
	}
	return nil
}

// itemIndex returns the index in tl.Items of the item with that ID, or -1.
func (u *UI) itemIndex(id string) int {
	for i := range u.tl.Items {
		if u.tl.Items[i].ID == id {
			return i
		}
	}
	return -1
}

// initialWindowSize is the window's first size in units: 1400x860 at
// scale 1, smaller at a larger FYNE_SCALE, so the window fits a
// 1920x1080 screen with its title bar and a panel (at 1.5 it opened at
// 2100x1290 pixels).
func initialWindowSize(fyneScale string) fyne.Size {
	k, err := strconv.ParseFloat(strings.TrimSpace(fyneScale), 32)
	if err != nil || k <= 0 {
		k = 1
	}
	const screenW, screenH = 1840, 980 // 1920x1080 less window borders, title bar and a panel
	return fyne.NewSize(min(1400, float32(screenW/k)), min(860, float32(screenH/k)))
}

// maxTabTitle and maxToggleLabel bound the names of sources on the tabs
// and the filter toggles, so the strips do not overflow with three sources.
const (
	maxTabTitle    = 22
	maxToggleLabel = 18
)

// shortLabel cuts s to n runes with an ellipsis in the middle, keeping the
// start and the extension-like end that tell files apart.
func shortLabel(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	tail := n / 3
	return string(r[:n-tail-1]) + "…" + string(r[len(r)-tail:])
}

// plural writes a count with its noun: "1 event", "3 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
