package app

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
)

// uiFixture is a UI on Fyne's test driver with a deterministic tagger and a
// queue standing in for fyne.Do: background work posts its UI updates there
// and settle runs them on the test goroutine, as the app's main loop would.
type uiFixture struct {
	t     testing.TB
	u     *UI
	win   fyne.Window
	queue chan func()
	dir   string // the folder writeFile writes into, made on first use
}

func newFixture(t testing.TB) *uiFixture {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1200, 800))
	f := &uiFixture{t: t, win: w, queue: make(chan func(), 64)}
	svc := appServices()
	svc.analyze = fakeAnalyze
	svc.post = func(fn func()) { f.queue <- fn }
	f.u = newUI(a, w, svc)
	return f
}

// settle runs queued UI updates until no background work is pending.
func (f *uiFixture) settle() {
	for f.u.pending > 0 {
		(<-f.queue)()
	}
}

// writeFile writes an article into the fixture's folder: one folder for
// all, as a user keeps the articles of a workspace.
func (f *uiFixture) writeFile(name, text string) string {
	f.t.Helper()
	if f.dir == "" {
		f.dir = f.t.TempDir()
	}
	p := filepath.Join(f.dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		f.t.Fatal(err)
	}
	return p
}

var fakeRefs = regexp.MustCompile(`\bin (1[89]|20)\d\d\b|\byesterday\b`)

// fakeAnalyze is a tiny stand-in tagger, so these tests exercise the window
// and not the extractor: "in YYYY" is an explicit year, "yesterday" is the
// day before the document date (unplaced when the date is unknown). Each
// placed reference dates one event labelled with its sentence's start.
func fakeAnalyze(doc *timeline.Document) *timeline.Analysis {
	a := &timeline.Analysis{Doc: doc}
	for _, loc := range fakeRefs.FindAllStringIndex(doc.Text, -1) {
		m := timeline.Mention{
			ID:   fmt.Sprintf("t%d", len(a.Mentions)+1),
			Span: timeline.Span{Start: loc[0], End: loc[1]},
			Text: doc.Text[loc[0]:loc[1]],
			Type: timeline.TypeDate,
		}
		if m.Text == "yesterday" {
			m.Kind, m.Value, m.Anchor = timeline.KindDeictic, "XXXX-XX-XX", "none"
			if doc.HasDate() {
				m.Anchor = "dct"
				d := doc.Date.AddDate(0, 0, -1)
				m.Interval = timeline.Interval{Earliest: d, Latest: d, Granularity: timeline.GranDay}
				m.Value = timeline.FormatDate(d)
			}
		} else {
			var y int
			fmt.Sscanf(m.Text, "in %d", &y)
			m.Kind, m.Value = timeline.KindExplicit, fmt.Sprint(y)
			m.Interval = timeline.Interval{Earliest: timeline.Day(y, 1, 1), Latest: timeline.Day(y, 12, 31), Granularity: timeline.GranYear}
		}
		a.Mentions = append(a.Mentions, m)
		if m.Interval.IsZero() {
			continue
		}
		s := doc.SentenceAt(m.Start)
		label := doc.Text[s.Start:s.End]
		if len(label) > 30 {
			label = label[:30]
		}
		a.Events = append(a.Events, timeline.Event{
			ID: fmt.Sprintf("e%d", len(a.Events)+1), Label: label, Interval: m.Interval,
			Kind: m.Kind, Mentions: []string{m.ID}, Sentence: s,
		})
	}
	return a
}

// longArticle has many filler paragraphs and one dated sentence near the end,
// so showing that sentence needs a scroll.
func longArticle(year int) string {
	var b strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "Paragraph %d says nothing about when anything happened, at some length, so that the article is long.\n\n", i)
	}
	fmt.Fprintf(&b, "The treaty was signed in %d by both parties. Nobody objected.\n\nThe end.\n", year)
	return b.String()
}

// texts returns every piece of text drawn under o.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		switch x := obj.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		}
	}
	return b.String()
}

// highlights returns the drawn highlights of a document's article view.
func highlights(d *openDoc) []*highlight {
	var out []*highlight
	for _, obj := range test.LaidOutObjects(d.view.scroll.Content) {
		if h, ok := obj.(*highlight); ok {
			out = append(out, h)
		}
	}
	return out
}

func TestOpenPathsAddsBothDocuments(t *testing.T) {
	f := newFixture(t)
	a := f.writeFile("a.txt", "The war began in 1914. It ended in 1918.")
	b := f.writeFile("b.md", "The wall fell in 1989.")
	f.open(a, b)

	if got := len(f.u.docs); got != 2 {
		t.Fatalf("%d documents open, want 2", got)
	}
	if got := len(f.u.tabs.Items); got != 2 {
		t.Errorf("%d tabs, want 2", got)
	}
	perSource := map[int]int{}
	for _, it := range f.u.tl.Items {
		perSource[it.Refs[0].Source]++
	}
	if len(f.u.tl.Items) != 3 || perSource[0]+perSource[1] != 3 || perSource[0] == 0 || perSource[1] == 0 {
		t.Errorf("timeline items per source = %v, want items from both (3 in all)", perSource)
	}
	if got := f.u.events.Length(); got != 3 {
		t.Errorf("events list has %d rows, want 3", got)
	}
	// The list is in date order: 1914, 1918, 1989.
	var years []int
	for _, i := range f.u.rows {
		years = append(years, f.u.tl.Items[i].Interval.Earliest.Year())
	}
	if fmt.Sprint(years) != "[1914 1918 1989]" {
		t.Errorf("events list years = %v", years)
	}
	// Opening one again does not duplicate it.
	f.open(a)
	if got := len(f.u.docs); got != 2 {
		t.Errorf("reopening a.txt: %d documents open, want 2", got)
	}
	if recent := f.u.app.Preferences().StringList(prefRecent); len(recent) != 2 || recent[0] != b && recent[0] != a {
		t.Errorf("recent files = %v", recent)
	}
	var recentMenu []string
	for _, it := range f.win.MainMenu().Items[0].Items {
		if it.Label == "Open Recent" {
			for _, r := range it.ChildMenu.Items {
				recentMenu = append(recentMenu, r.Label)
			}
		}
	}
	if m := strings.Join(recentMenu, "|"); !strings.Contains(m, "a.txt") || !strings.Contains(m, "b.md") {
		t.Errorf("Open Recent menu = %q", m)
	}
}

func TestBadFilesShowErrorsAndKeepOpenDocuments(t *testing.T) {
	f := newFixture(t)
	good := f.writeFile("good.txt", "It happened in 2001.")
	f.open(good)
	before := f.u.tl

	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	binary := f.writeFile("photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	f.open(missing, dir, binary)

	if len(f.u.docs) != 1 || f.u.docs[0].key != good {
		t.Fatalf("open documents changed: %d open", len(f.u.docs))
	}
	if f.u.tl != before {
		t.Error("timeline was rebuilt by failed opens")
	}
	overlays := f.win.Canvas().Overlays().List()
	if len(overlays) != 1 {
		t.Fatalf("%d dialogs shown, want one naming the three bad files", len(overlays))
	}
	all := ""
	for _, o := range overlays {
		all += texts(o)
	}
	for _, want := range []string{"missing.txt", filepath.Base(dir), "photo.txt"} {
		if !strings.Contains(all, want) {
			t.Errorf("no dialog names %s; dialogs say:\n%s", want, all)
		}
	}
}

func TestSelectingItemScrollsArticleAndHighlights(t *testing.T) {
	f := newFixture(t)
	first := f.writeFile("first.txt", "A short one, from in 1950.")
	long := f.writeFile("long.txt", longArticle(1975))
	f.open(first)
	f.open(long)
	f.u.tabs.Select(f.u.docs[0].tab) // the item's document is not the one shown

	var item timeline.Item
	for _, it := range f.u.tl.Items {
		if it.Interval.Earliest.Year() == 1975 {
			item = it
		}
	}
	if item.ID == "" {
		t.Fatal("no 1975 item on the timeline")
	}
	d := f.u.docs[1]
	if y := d.view.scroll.Offset.Y; y != 0 {
		t.Fatalf("article starts scrolled to %v", y)
	}

	// The chart reports a tap on an item through OnSelected.
	f.u.chart.OnSelected(item)

	if f.u.tabs.Selected() != d.tab {
		t.Error("the item's document was not brought to the front")
	}
	if d.view.scroll.Offset.Y <= 0 {
		t.Error("article did not scroll to the item's sentence")
	}
	sentence := d.doc.Text[d.view.selSentence.Start:d.view.selSentence.End]
	if sentence != "The treaty was signed in 1975 by both parties." {
		t.Errorf("selected sentence = %q", sentence)
	}
	var selected []string
	for _, h := range highlights(d) {
		if h.selected {
			selected = append(selected, h.text)
		}
	}
	if fmt.Sprint(selected) != "[in 1975]" {
		t.Errorf("highlighted expressions = %v, want [in 1975]", selected)
	}
	row := -1
	for r, i := range f.u.rows {
		if f.u.tl.Items[i].ID == item.ID {
			row = r
		}
	}
	if f.u.selected != item.ID {
		t.Errorf("selected item = %q, want %q", f.u.selected, item.ID)
	}

	// Selecting the other item from the events list moves the article back.
	f.u.events.Select(1 - row)
	if f.u.tabs.Selected() != f.u.docs[0].tab {
		t.Error("events list selection did not switch the article")
	}
	if f.u.chart.Selected() != f.u.tl.Items[f.u.rows[1-row]].ID {
		t.Errorf("chart selection = %q after list selection", f.u.chart.Selected())
	}
}

func TestTappingHighlightSelectsItem(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("a.txt", "It began in 1939. It ended in 1945.")
	f.open(p)

	var tapped *highlight
	for _, h := range highlights(f.u.docs[0]) {
		if h.text == "in 1945" {
			tapped = h
		}
	}
	if tapped == nil {
		t.Fatal("no highlight for “in 1945”")
	}
	if got := tapped.kind; got != timeline.KindExplicit {
		t.Errorf("highlight kind = %s", got)
	}
	test.Tap(tapped)

	want := ""
	for _, it := range f.u.tl.Items {
		if it.Interval.Earliest.Year() == 1945 {
			want = it.ID
		}
	}
	if f.u.chart.Selected() != want || f.u.selected != want {
		t.Errorf("chart selected %q (ui %q), want %q", f.u.chart.Selected(), f.u.selected, want)
	}
	if _, ok := f.u.chart.ItemPosition(want); !ok {
		t.Errorf("the selected item is not drawn on the chart")
	}
	if !strings.Contains(f.u.status.Text, "1945") {
		t.Errorf("status = %q", f.u.status.Text)
	}
}

func TestDateControlReanchorsRelativeItems(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("news.txt", "The minister resigned yesterday. The scandal started in 2019.")
	f.open(p)
	d := f.u.docs[0]
	if len(f.u.tl.Items) != 1 {
		t.Fatalf("with no document date: %d items, want 1 (only the explicit year)", len(f.u.tl.Items))
	}
	if !strings.Contains(d.date.source.Text, "unknown") {
		t.Errorf("date source says %q, want it to say the date is unknown", d.date.source.Text)
	}

	setDate := func(s string) {
		d.date.entry.SetText("")
		test.Type(d.date.entry, s)
		test.Tap(d.date.set)
		f.settle()
	}
	yesterday := func() time.Time {
		for _, it := range f.u.tl.Items {
			if it.Kind == timeline.KindDeictic {
				return it.Interval.Earliest
			}
		}
		return time.Time{}
	}

	setDate("2024-03-01")
	if got := timeline.FormatDate(yesterday()); got != "2024-02-29" {
		t.Errorf("after setting 2024-03-01, yesterday is %q, want 2024-02-29", got)
	}
	if d.doc.DateSource != timeline.DateFromUser || d.date.source.Text != "set by you" {
		t.Errorf("date source = %s / %q", d.doc.DateSource, d.date.source.Text)
	}
	setDate("2025-01-01")
	if got := timeline.FormatDate(yesterday()); got != "2024-12-31" {
		t.Errorf("after setting 2025-01-01, yesterday is %q, want 2024-12-31", got)
	}
	// The article view shows the new analysis: still two highlights.
	if n := len(highlights(d)); n != 2 {
		t.Errorf("%d highlights after re-analysis, want 2", n)
	}

	// A bad date is refused with a message and changes nothing.
	before := f.u.tl
	setDate("2025-02-30")
	if f.u.tl != before || timeline.FormatDate(d.doc.Date) != "2025-01-01" {
		t.Error("an invalid date changed the analysis")
	}
	if !strings.Contains(d.date.source.Text, "not a date") {
		t.Errorf("invalid date message = %q", d.date.source.Text)
	}
}

// An undated article: the panel above it says the date is missing and what
// that costs, offers the dates seen as buttons, and choosing one anchors the
// relative references to it and puts the panel away.
func TestUndatedArticlePromptsForDate(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("undated.txt", "The minister resigned yesterday, his office said. The paper first wrote on June 5, 2020 that the scandal started in 2019.")
	f.open(p)
	d := f.u.docs[0]
	c := d.date
	if !c.prompt.Visible() || c.heading.Text != "No document date found" {
		t.Fatalf("prompt visible %v, heading %q", c.prompt.Visible(), c.heading.Text)
	}
	if !strings.Contains(c.explain.Text, `1 reference ("yesterday")`) {
		t.Errorf("the prompt does not say what is left unplaced: %q", c.explain.Text)
	}
	var chosen *widget.Button
	var offered []string
	for b, day := range c.choiceOf {
		offered = append(offered, b.Text)
		if timeline.FormatDate(day) == "2020-06-05" {
			chosen = b
		}
	}
	if chosen == nil || len(offered) < 2 {
		t.Fatalf("offered %q, want the date in the text and the file's time", offered)
	}
	if !strings.Contains(chosen.Text, "the latest date in the text") {
		t.Errorf("the button does not say where its date was seen: %q", chosen.Text)
	}
	test.Tap(chosen)
	f.settle()
	if got := timeline.FormatDate(d.doc.Date); got != "2020-06-05" || d.doc.DateSource != timeline.DateFromUser {
		t.Fatalf("document date %s (%s) after choosing 2020-06-05", got, d.doc.DateSource)
	}
	if c.prompt.Visible() {
		t.Error("the prompt stays after a date was chosen")
	}
	if c.entry.Text != "2020-06-05" || c.source.Text != "set by you" {
		t.Errorf("date row shows %q, %q", c.entry.Text, c.source.Text)
	}
	var placed bool
	for _, it := range f.u.tl.Items {
		placed = placed || it.Kind == timeline.KindDeictic && timeline.FormatDate(it.Interval.Earliest) == "2020-06-04"
	}
	if !placed {
		t.Errorf("yesterday was not placed on 2020-06-04: %+v", f.u.tl.Items)
	}
}

// An undated history whose references all stand on their own raises no
// panel: the date row says the date is unknown, and that is all.
func TestUndatedHistoryRaisesNoPanel(t *testing.T) {
	f := newFixture(t)
	f.open(f.writeFile("canal.txt", "The canal was dug in 1792. It closed in 1903."))
	c := f.u.docs[0].date
	if c.prompt.Visible() {
		t.Errorf("panel %q shown though nothing needs the date", c.heading.Text)
	}
	if !strings.Contains(c.source.Text, "unknown") {
		t.Errorf("date row says %q", c.source.Text)
	}
}

// A date found only by a weak guess is shown, and the prompt offers the
// others seen.
func TestGuessedDateOffersOthers(t *testing.T) {
	c := newDateControl(nil)
	doc := &timeline.Document{Date: timeline.Day(2025, 12, 30), DateSource: timeline.DateFromDateline,
		DateCandidates: []timeline.DateCandidate{
			{Date: timeline.Day(2025, 12, 30), Source: timeline.DateFromDateline, Evidence: "MOSCOW, Dec 30 (Reuters) -",
				Confidence: 0.55, Note: "year from the file's modification time"},
			{Date: timeline.Day(2026, 3, 1), Source: timeline.DateFromFileTime, Confidence: 0.15},
		}}
	c.show(doc, nil)
	if !c.prompt.Visible() || !strings.Contains(c.heading.Text, "guess") {
		t.Fatalf("prompt %v %q for a guessed date", c.prompt.Visible(), c.heading.Text)
	}
	if !strings.Contains(c.source.Text, "year from the file's modification time") || !strings.Contains(c.source.Text, "MOSCOW") {
		t.Errorf("source %q does not say how the date was read", c.source.Text)
	}
	if len(c.choiceOf) != 1 {
		t.Errorf("offered %d other dates, want 1 (the file's time)", len(c.choiceOf))
	}
}

func TestParseExportWidth(t *testing.T) {
	if n, err := parseExportWidth(" 2400 "); err != nil || n != 2400 {
		t.Errorf("2400: %d, %v", n, err)
	}
	for _, bad := range []string{"", "abc", "10", "99999", "-5", "2400.5"} {
		if _, err := parseExportWidth(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if got := withExtension("/tmp/x", ".png"); got != "/tmp/x.png" {
		t.Errorf("withExtension = %q", got)
	}
	if got := withExtension("/tmp/x.PNG", ".png"); got != "/tmp/x.PNG" {
		t.Errorf("withExtension = %q", got)
	}
}

// TestSampleWithRealTagger opens the bundled sample with the real tagger and
// moves its document date by a year: the New Year greeting (dated from the
// document date) moves by the same year, the late-2024 incursion (an
// explicit year) stays.
func TestSampleWithRealTagger(t *testing.T) {
	f := newFixture(t)
	f.u.svc.analyze = analyzeDocument
	f.u.openSample()
	f.settle()
	if len(f.u.docs) != 1 {
		t.Fatal("the sample did not open")
	}
	d := f.u.docs[0]
	if d.date.entry.Text != "2026-01-02" || d.date.source.Text != "from the article's metadata" {
		t.Errorf("date control shows %q, %q", d.date.entry.Text, d.date.source.Text)
	}
	find := func(word string) timeline.Interval {
		t.Helper()
		for _, it := range f.u.tl.Items {
			if strings.Contains(strings.ToLower(it.Label), word) {
				return it.Interval
			}
		}
		t.Fatalf("no item labelled with %q among %d", word, len(f.u.tl.Items))
		return timeline.Interval{}
	}
	greeting, incursion := find("greeting"), find("incursion")
	if len(highlights(d)) < 3 {
		t.Errorf("only %d highlighted references in the sample", len(highlights(d)))
	}

	d.date.entry.SetText("2027-01-02")
	test.Tap(d.date.set)
	f.settle()

	if got := find("greeting"); !got.Earliest.Equal(greeting.Earliest.AddDate(1, 0, 0)) || !got.Latest.Equal(greeting.Latest.AddDate(1, 0, 0)) {
		t.Errorf("greeting moved from %s..%s to %s..%s, want a year later",
			timeline.FormatDate(greeting.Earliest), timeline.FormatDate(greeting.Latest),
			timeline.FormatDate(got.Earliest), timeline.FormatDate(got.Latest))
	}
	if got := find("incursion"); !got.Earliest.Equal(incursion.Earliest) || !got.Latest.Equal(incursion.Latest) {
		t.Errorf("the explicitly dated incursion moved with the document date")
	}
}

func TestDateChangeKeepsAxisUnlessItemsLeaveIt(t *testing.T) {
	f := newFixture(t)
	p := f.writeFile("news.txt", "He left yesterday. The firm was founded in 1990. It was sold in 2030.")
	f.open(p)
	d := f.u.docs[0]
	set := func(s string) {
		d.date.entry.SetText(s)
		test.Tap(d.date.set)
		f.settle()
	}
	set("2040-06-20") // yesterday is the latest item
	from, to := f.u.chart.VisibleRange()
	set("2035-01-01") // it moves inward, so fitting would narrow the view; the axis stays
	if f2, t2 := f.u.chart.VisibleRange(); !f2.Equal(from) || !t2.Equal(to) {
		t.Errorf("axis moved from %v..%v to %v..%v though every item stayed in view", from, to, f2, t2)
	}
	set("1950-01-01") // yesterday leaves the view: the chart fits all again
	if !f.u.allVisible() {
		t.Error("an item moved out of view and the chart did not fit")
	}
}
