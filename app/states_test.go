package app

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// stateArticle has a happening and a present state ("currently owns").
const stateArticle = "Montedison bids for Erbamont\n\nPublished 5 March 2025\n\nMontedison said on Monday it would buy the rest of Erbamont. " +
	"Montedison currently owns 72 % of Erbamont.\n"

// showStatesItem finds View > Show States in the window's menu.
func (f *uiFixture) showStatesItem() *fyne.MenuItem {
	f.t.Helper()
	for _, m := range f.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == "Show States" {
				return it
			}
		}
	}
	f.t.Fatal("no View > Show States")
	return nil
}

// stateItems counts the present states among the shown items.
func (f *uiFixture) stateItems() int {
	n := 0
	for _, it := range f.u.tl.Items {
		if it.State {
			n++
		}
	}
	return n
}

// TestStatesToggle: present states are hidden when an article opens; the
// filter bar's "present states" check and View > Show States show them,
// each ticking the other; shown, a state is in the chart, and in the list
// as "State: ..." in italics, and selecting it shows its sentence in the
// article like any event; the choice survives a rebuild (another article
// opened); the window's exports write what is shown.
func TestStatesToggle(t *testing.T) {
	f := newFixture(t)
	f.u.svc.analyze = analyzeDocument
	f.win.SetMainMenu(f.u.mainMenu())
	f.open(f.writeFile("erbamont.txt", stateArticle))
	if n := f.stateItems(); n != 0 || len(f.u.tl.Items) != 1 {
		t.Fatalf("on opening: %d items, %d states; want the happening only", len(f.u.tl.Items), n)
	}
	if f.u.filters.states.Checked || f.showStatesItem().Checked {
		t.Error("the States toggles are on before the reader asked")
	}
	if got := f.u.filters.count.Text; !strings.Contains(got, "1 present state hidden") {
		t.Errorf("count %q does not say a state is hidden", got)
	}

	// Tapping its expression in the article says where the state went.
	d := f.u.docs[0]
	for i, m := range d.analysis.Mentions {
		if m.Text == "currently" {
			f.u.mentionTapped(d, &d.analysis.Mentions[i])
		}
	}
	if got := f.u.status.Text; !strings.Contains(got, "dates a present state, hidden") || !strings.Contains(got, "Show States") {
		t.Errorf("tapping “currently” with states hidden: status %q", got)
	}

	test.Tap(f.u.filters.states)
	if n := f.stateItems(); n != 1 || len(f.u.tl.Items) != 2 {
		t.Fatalf("after the check: %d items, %d states", len(f.u.tl.Items), n)
	}
	if !f.showStatesItem().Checked {
		t.Error("View > Show States is not ticked after the check")
	}
	if got := f.chartLabels(); !slices.Contains(got, "Montedison owns 72 % of Erbamont") {
		t.Errorf("chart labels %q lack the state", got)
	}
	// The list row of the state says so, in italics.
	var row *widget.Label
	for i, idx := range f.u.rows {
		if f.u.tl.Items[idx].State {
			o := newEventRow()
			f.u.updateEventRow(i, o)
			row = o.(*fyne.Container).Objects[0].(*widget.Label)
		}
	}
	if row == nil || row.Text != "State: Montedison owns 72 % of Erbamont" || !row.TextStyle.Italic {
		t.Errorf("state's list row: %+v", row)
	}
	// Selecting it links to its sentence, as any event.
	st, _ := f.itemLabeled("owns")
	f.u.selectItem(st.ID, fromList)
	if got := f.u.status.Text; !strings.Contains(got, "present state") {
		t.Errorf("status of the selected state: %q", got)
	}
	if d.view == nil {
		t.Fatal("no article view")
	}
	if got := d.doc.Quote(d.view.selSentence); !strings.HasPrefix(got, "Montedison currently owns") {
		t.Errorf("selecting the state shows the sentence %q", got)
	}
	if tr := d.view.selTriggers; len(tr) != 1 || d.doc.Text[tr[0].Start:tr[0].End] != "owns" {
		t.Errorf("selecting the state underlines %v, want its verb", tr)
	}

	// The window's exports write what is shown.
	csvRows := func() int {
		t.Helper()
		p := filepath.Join(t.TempDir(), "out.csv")
		f.u.exportData(formatCSV, p)
		f.settle()
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return len(recs) - 1
	}
	if n := csvRows(); n != 2 {
		t.Errorf("CSV with states shown: %d rows, want 2", n)
	}

	// The next window opens with states shown, as this one was left.
	next := newUI(f.u.app, test.NewTempWindow(t, nil), appServices())
	if !next.filter.showStates || !next.filters.states.Checked {
		t.Errorf("a new window: showStates %v, check %v", next.filter.showStates, next.filters.states.Checked)
	}

	// A rebuild (another article) keeps the choice.
	f.open(f.writeFile("other.txt", "Rebels seized the airport on Monday, 3 March 2025.\n"))
	if n := f.stateItems(); n != 1 {
		t.Errorf("after a rebuild: %d states shown, want 1", n)
	}

	// The menu item hides them again and unticks the check.
	f.showStatesItem().Action()
	if n := f.stateItems(); n != 0 || f.u.filters.states.Checked || f.showStatesItem().Checked {
		t.Errorf("after View > Show States: %d states, check %v, menu %v", n, f.u.filters.states.Checked, f.showStatesItem().Checked)
	}
	if n := csvRows(); n != 2 {
		t.Errorf("CSV with states hidden: %d rows, want the two happenings", n)
	}
	if next := newUI(f.u.app, test.NewTempWindow(t, nil), appServices()); next.filter.showStates || next.filters.states.Checked {
		t.Error("a new window shows states after the reader hid them")
	}
}
