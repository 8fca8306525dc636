package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
)

// editTarget is the event a correction of an item is stored against: the
// item's primary report, in its document's own analysis (not the merged
// copy, whose events already carry corrections).
func (u *UI) editTarget(itemID string) (*openDoc, *timeline.Event, timeline.Item, bool) {
	for _, it := range u.full.Items { // the merged item: its refs are not filtered
		if it.ID != itemID || len(it.Refs) == 0 {
			continue
		}
		r := it.Refs[0]
		if r.Source < 0 || r.Source >= len(u.docs) {
			break
		}
		d := u.docs[r.Source]
		for i := range d.analysis.Events {
			if d.analysis.Events[i].ID == r.Event {
				return d, &d.analysis.Events[i], it, true
			}
		}
	}
	return nil, nil, timeline.Item{}, false
}

// editForm holds what the user typed in the Edit dialog.
type editForm struct {
	label, earliest, latest string
	hidden                  bool
}

// correction turns the form into a correction of the item shown as it, on
// top of base (the target with nothing corrected) and the correction
// stored before, if any. A field left as shown is not stored as a
// correction, so an edit of the label alone does not freeze the dates;
// emptying the label or both dates gives the tagger's back.
func (f editForm) correction(base timeline.Correction, it timeline.Item, old timeline.Correction) (timeline.Correction, error) {
	c := base
	c.Hidden = f.hidden
	label := strings.TrimSpace(f.label)
	if label != it.Label || old.Label != "" {
		c.Label = label
	}
	from, to := strings.TrimSpace(f.earliest), strings.TrimSpace(f.latest)
	switch {
	case from == "" && to == "":
		return c, nil
	case from == "" || to == "":
		return c, errors.New("give both the earliest and the latest date, or leave both empty for the tagger's")
	}
	e, err := timeline.ParseDate(from)
	if err != nil {
		return c, fmt.Errorf("earliest: %w", err)
	}
	l, err := timeline.ParseDate(to)
	if err != nil {
		return c, fmt.Errorf("latest: %w", err)
	}
	if l.Before(e) {
		return c, fmt.Errorf("the earliest date %s is after the latest %s", from, to)
	}
	same := e.Equal(it.Interval.Earliest) && l.Equal(it.Interval.Latest)
	if !same || old.HasDates() {
		c.Earliest, c.Latest = e, l
	}
	return c, nil
}

func dateValidator(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	_, err := timeline.ParseDate(strings.TrimSpace(s))
	return err
}

// showEditDialog lets the user correct the selected item: its label, its
// dates, or hide it. The correction is kept in the workspace.
func (u *UI) showEditDialog() {
	d, ev, it, ok := u.editTarget(u.selected)
	if !ok {
		dialog.ShowInformation("Edit", "Select an event on the timeline or in the list first.", u.win)
		return
	}
	old, _ := u.ws.Corrections.Get(timeline.ScopeItem, d.analysis, ev)
	label := widget.NewEntry()
	label.SetText(it.Label)
	earliest, latest := widget.NewEntry(), widget.NewEntry()
	earliest.SetPlaceHolder("YYYY-MM-DD")
	latest.SetPlaceHolder("YYYY-MM-DD")
	earliest.SetText(timeline.FormatDate(it.Interval.Earliest))
	latest.SetText(timeline.FormatDate(it.Interval.Latest))
	earliest.Validator, latest.Validator = dateValidator, dateValidator
	hidden := widget.NewCheck("Hide this event", nil)
	hidden.SetChecked(old.Hidden)
	note := widget.NewLabel(fmt.Sprintf("Tagger: %q, %s. Empty fields give the tagger's back.",
		ev.Label, timeline.FormatDate(ev.Interval.Earliest)+" – "+timeline.FormatDate(ev.Interval.Latest)))
	note.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem("Label", label),
		widget.NewFormItem("Earliest", earliest),
		widget.NewFormItem("Latest", latest),
		widget.NewFormItem("", hidden),
		widget.NewFormItem("", note),
	}
	dlg := dialog.NewForm("Edit event", "Apply", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		f := editForm{label: label.Text, earliest: earliest.Text, latest: latest.Text, hidden: hidden.Checked}
		c, err := f.correction(timeline.NewCorrection(timeline.ScopeItem, d.analysis, ev), it, old)
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		u.applyCorrection(c, it.ID)
	}, u.win)
	dlg.Resize(fyne.NewSize(520, 0))
	dlg.Show()
}

// applyCorrection stores a correction in the workspace and rebuilds the
// timeline with it, keeping the corrected item selected if it is shown.
func (u *UI) applyCorrection(c timeline.Correction, itemID string) {
	if err := u.ws.Corrections.Set(c); err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	u.setDirty(true)
	u.rebuild(false)
	if u.itemIndex(itemID) >= 0 {
		u.selectItem(itemID, fromCode)
	}
	what := "Corrected"
	if c.Hidden {
		what = "Hid"
	}
	u.status.SetText(fmt.Sprintf("%s “%s”; %s in the workspace (Ctrl+S saves it)", what, c.Was,
		plural(len(u.ws.Corrections), "correction")))
}

// showHiddenDialog lists the events the user hid, each with a button that
// shows it again: a hidden event is on no pane, so this is the way back.
func (u *UI) showHiddenDialog() {
	var rows []fyne.CanvasObject
	var dlg dialog.Dialog
	for _, c := range u.ws.Corrections {
		if !c.Hidden {
			continue
		}
		label := widget.NewLabel(fmt.Sprintf("%s (%s)", c.Was, shortName(c.Source)))
		label.Truncation = fyne.TextTruncateEllipsis
		show := widget.NewButton("Show", func() {
			c.Hidden = false
			dlg.Hide()
			u.applyCorrection(c, "")
		})
		rows = append(rows, container.NewBorder(nil, nil, nil, show, label))
	}
	if len(rows) == 0 {
		dialog.ShowInformation("Hidden events", "No event is hidden. Hide one with Edit… and “Hide this event”.", u.win)
		return
	}
	dlg = dialog.NewCustom("Hidden events", "Close", container.NewVScroll(container.NewVBox(rows...)), u.win)
	dlg.Resize(fyne.NewSize(560, 360))
	dlg.Show()
}
