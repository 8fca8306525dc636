package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
)

// dateControl shows a document's date and where it came from, and lets the
// reader set it. Relative references are anchored to this date, so setting
// it re-analyses the document.
type dateControl struct {
	entry  *widget.Entry
	set    *widget.Button
	source *widget.Label
	obj    fyne.CanvasObject

	// onSet is called with a valid new date.
	onSet func(time.Time)
}

func newDateControl(onSet func(time.Time)) *dateControl {
	c := &dateControl{onSet: onSet}
	c.entry = widget.NewEntry()
	c.entry.SetPlaceHolder("YYYY-MM-DD")
	c.entry.Validator = func(s string) error {
		_, err := timeline.ParseDate(strings.TrimSpace(s))
		return err
	}
	c.entry.OnSubmitted = func(string) { c.submit() }
	c.set = widget.NewButton("Set", c.submit)
	c.source = widget.NewLabel("")
	c.source.Truncation = fyne.TextTruncateEllipsis
	entryBox := container.NewGridWrap(fyne.NewSize(140, c.entry.MinSize().Height), c.entry)
	c.obj = container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel("Document date"), entryBox, c.set), nil, c.source)
	return c
}

// show displays a document's current date and its origin.
func (c *dateControl) show(doc *timeline.Document) {
	c.entry.SetText(timeline.FormatDate(doc.Date))
	c.source.SetText(describeDateSource(doc))
}

// submit validates the entry and, when it holds a date, reports it.
func (c *dateControl) submit() {
	text := strings.TrimSpace(c.entry.Text)
	d, err := timeline.ParseDate(text)
	if err != nil {
		c.source.SetText(fmt.Sprintf("%q is not a date: type YYYY-MM-DD", text))
		return
	}
	if c.onSet != nil {
		c.onSet(d)
	}
}

// describeDateSource says in words where a document's date came from.
func describeDateSource(doc *timeline.Document) string {
	if !doc.HasDate() {
		return "unknown: references relative to it are not placed; type the date and press Set"
	}
	switch doc.DateSource {
	case timeline.DateFromUser:
		return "set by you"
	case timeline.DateFromMetadata:
		return "from the article's metadata"
	case timeline.DateFromDateline:
		return "from the article's dateline"
	}
	return "source: " + string(doc.DateSource)
}
