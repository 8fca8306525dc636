package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// selectItem selects a timeline item in every pane but the one the
// selection came from: the chart selects and centres it, the events list
// selects and reveals it, and the article shows its source sentence with the
// expressions that date it.
func (u *UI) selectItem(id string, from origin) {
	if u.selecting {
		return // an echo from a pane this call is updating
	}
	u.selecting = true
	defer func() { u.selecting = false }()

	i := u.itemIndex(id)
	if i < 0 {
		return
	}
	item := u.tl.Items[i]
	u.selected = id
	u.editItem.Enable()
	if from != fromChart {
		u.chart.Select(id) // selects and centres; it does not call OnSelected
	}
	if from != fromList {
		for row, idx := range u.rows {
			if idx == i {
				u.events.Select(row)
				u.events.ScrollTo(row)
				break
			}
		}
	}
	if len(item.Refs) == 0 {
		return
	}
	ref := item.Refs[0]
	ev := u.tl.Event(ref)
	if ev == nil || ref.Source >= len(u.docs) {
		return
	}
	d := u.docs[ref.Source]
	if u.tabs.Selected() != d.tab {
		u.tabs.Select(d.tab)
	}
	u.syncArticle() // builds the view if the tab was never shown
	// the words of the happening, in each sentence that tells it
	triggers := append([]timeline.Span{ev.Trigger}, ev.With...)
	for _, r := range ev.Also {
		triggers = append(triggers, r.Trigger)
	}
	d.view.selectSpan(ev.Sentence, ev.Mentions, triggers...)
	if from != fromArticle {
		at := ev.Sentence.Start
		if ev.Sentence.Len() == 0 && len(ev.Mentions) > 0 { // no sentence: go to its expression
			if m := d.analysis.MentionByID(ev.Mentions[0]); m != nil {
				at = m.Start
			}
		}
		d.view.scrollTo(at)
	}
	u.status.SetText(describeItem(item, ev, d))
}

// mentionTapped selects the item a tapped expression dates. Expressions that
// date nothing on the timeline (a bare duration, say) are still marked, and
// the status line says why nothing else moved.
func (u *UI) mentionTapped(d *openDoc, m *timeline.Mention) {
	si := slices.Index(u.docs, d)
	hiddenState := false
	for _, ev := range d.analysis.Events {
		if !slices.Contains(ev.Mentions, m.ID) {
			continue
		}
		hiddenState = hiddenState || ev.State && !u.filter.showStates
		for _, it := range u.tl.Items {
			for _, r := range it.Refs {
				if r.Source == si && r.Event == ev.ID {
					u.selectItem(it.ID, fromArticle)
					return
				}
			}
		}
	}
	d.view.selectSpan(d.doc.SentenceAt(m.Start), []string{m.ID})
	if hiddenState {
		u.status.SetText(fmt.Sprintf("“%s” (%s %s, %s) dates a present state, hidden: tick \"present states\" or View > Show States to see it",
			m.Text, m.Type, m.Value, m.Kind.Describe()))
		return
	}
	u.status.SetText(fmt.Sprintf("“%s” (%s %s, %s) dates no event on the timeline", m.Text, m.Type, m.Value, m.Kind.Describe()))
}

// describeItem says what a selected item is, for the status line.
func describeItem(it timeline.Item, ev *timeline.Event, d *openDoc) string {
	var b strings.Builder
	kind := it.Kind.Describe()
	if it.State {
		kind += "; present state"
	}
	fmt.Fprintf(&b, "%s — %s (%s)", chart.DescribeInterval(it.Interval), it.Label, kind)
	if ev.How != "" {
		fmt.Fprintf(&b, "; %s", chart.ExplainHow(d.analysis, ev.How))
	}
	if len(it.Refs) > 1 {
		fmt.Fprintf(&b, "; in %d sources", len(it.Refs))
	}
	if it.Conflict {
		b.WriteString("; the sources place it at different dates")
	}
	return b.String()
}

// newEventRow makes one row of the events list: date, label, source. The
// date and source columns have fixed widths so the rows line up.
func newEventRow() fyne.CanvasObject {
	date := widget.NewLabel("")
	date.Truncation = fyne.TextTruncateEllipsis
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	source := widget.NewLabel("")
	source.Truncation = fyne.TextTruncateEllipsis
	h := label.MinSize().Height
	widest := widget.NewLabel("about 30 Sep 2025 – 31 Dec 2026").MinSize().Width
	return container.NewBorder(nil, nil,
		container.NewGridWrap(fyne.NewSize(widest, h), date),
		container.NewGridWrap(fyne.NewSize(240, h), source),
		label)
}

func (u *UI) updateEventRow(row widget.ListItemID, o fyne.CanvasObject) {
	if row < 0 || row >= len(u.rows) {
		return
	}
	it := u.tl.Items[u.rows[row]]
	c := o.(*fyne.Container)
	label := c.Objects[0].(*widget.Label)
	date := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	source := c.Objects[2].(*fyne.Container).Objects[0].(*widget.Label)
	date.SetText(chart.DescribeInterval(it.Interval))
	// A conflict is said in words and in the danger colour, so it is seen
	// without the colour too.
	// A present state is said in words and in italics, as the chart draws
	// it hollow and its label muted.
	label.TextStyle.Italic = it.State
	switch {
	case it.Conflict:
		label.Importance = widget.DangerImportance
		label.SetText("Conflict: " + it.Label)
	case it.State:
		label.Importance = widget.MediumImportance
		label.SetText("State: " + it.Label)
	default:
		label.Importance = widget.MediumImportance
		label.SetText(it.Label)
	}
	source.SetText(u.sourceNames(it))
}

// sourceNames lists the file names of every source reporting an item. In
// a group each name is shortened so that all of them fit the column (the
// colours on the tabs and the chart tell them apart too), and a group of
// three or more leads with its count.
func (u *UI) sourceNames(it timeline.Item) string {
	var names []string
	for _, r := range it.Refs {
		if r.Source >= 0 && r.Source < len(u.docs) {
			names = append(names, filepath.Base(u.docs[r.Source].key))
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	room := max(28/len(names), 6)
	for i, n := range names {
		if r := []rune(n); len(r) > room {
			names[i] = string(r[:room-1]) + "…"
		}
	}
	if len(names) > 2 {
		return fmt.Sprintf("%d: %s", len(names), strings.Join(names, ", "))
	}
	return strings.Join(names, ", ")
}
