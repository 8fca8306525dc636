package app

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
)

// dateControl shows a document's date and where it came from, and lets the
// reader set it. Relative references are anchored to this date, so setting
// it re-analyses the document. When the date is unknown it says so in a
// panel above the article, not in a status line: what that costs, the
// dates the reader found evidence for, each a button, and the field to
// type one.
type dateControl struct {
	entry  *widget.Entry
	set    *widget.Button
	source *widget.Label

	// the prompt, shown while the date is unknown
	prompt   *fyne.Container
	heading  *widget.Label
	explain  *widget.Label
	choices  *fyne.Container
	choiceOf map[*widget.Button]time.Time

	obj fyne.CanvasObject

	// onSet is called with a valid new date.
	onSet func(time.Time)
}

// maxChoices is how many candidate dates the prompt offers as buttons.
const maxChoices = 4

// guessBelow is the confidence under which a found date is shown as a guess
// to check, with the other dates seen.
const guessBelow = 0.7

func newDateControl(onSet func(time.Time)) *dateControl {
	c := &dateControl{onSet: onSet, choiceOf: map[*widget.Button]time.Time{}}
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
	row := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel("Document date"), entryBox, c.set), nil, c.source)

	c.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.heading.Importance = widget.WarningImportance
	c.explain = widget.NewLabel("")
	c.explain.Wrapping = fyne.TextWrapWord
	c.choices = container.NewVBox()
	bg := canvas.NewRectangle(withAlpha(theme.Color(theme.ColorNameWarning), 0x30))
	bg.CornerRadius = theme.InputRadiusSize()
	c.prompt = container.NewStack(bg, container.NewPadded(container.NewVBox(
		container.NewHBox(widget.NewIcon(theme.WarningIcon()), c.heading),
		c.explain,
		c.choices,
	)))
	c.prompt.Hide()
	c.obj = container.NewVBox(c.prompt, row)
	return c
}

// show displays a document's current date and its origin; with no date,
// the prompt, counting the references a of the document leaves unplaced (a
// may be nil before the first analysis), unless none is.
func (c *dateControl) show(doc *timeline.Document, a *timeline.Analysis) {
	c.entry.SetText(timeline.FormatDate(doc.Date))
	c.source.SetText(describeDateSource(doc))
	ev, found := doc.DateEvidence()
	guess := found && ev.Confidence < guessBelow
	needless := !doc.HasDate() && a != nil && a.Unresolved() == 0 // a history: nothing counts from the day of writing
	if doc.HasDate() && !guess || needless {
		c.prompt.Hide()
		return
	}
	c.choices.RemoveAll()
	clear(c.choiceOf)
	var offered []timeline.DateCandidate
	for _, cand := range doc.DateCandidates {
		if len(offered) == maxChoices {
			break
		}
		if doc.HasDate() && cand.Date.Equal(doc.Date) {
			continue // the one shown in the field already
		}
		offered = append(offered, cand)
	}
	if len(offered) > 0 {
		c.choices.Add(widget.NewLabel("Dates seen in the article and its file:"))
	}
	for _, cand := range offered {
		// one button a row, so a narrow pane truncates none of them
		b := widget.NewButton(timeline.FormatDate(cand.Date)+" · "+cand.Source.Describe(), nil)
		b.Alignment = widget.ButtonAlignLeading
		day := cand.Date
		b.OnTapped = func() { c.choose(day) }
		c.choiceOf[b] = day
		c.choices.Add(container.NewHBox(b))
	}
	if doc.HasDate() {
		c.heading.SetText("The document date is a guess: check it")
		c.explain.SetText(fmt.Sprintf("%s. Relative references (\"yesterday\", \"on Wednesday\") count from it.",
			capitalize(describeDateSource(doc))))
	} else {
		c.heading.SetText("No document date found")
		c.explain.SetText(unplacedText(a) + " Choose a date the article shows, or type the day it was written below.")
		if len(offered) == 0 {
			c.explain.SetText(unplacedText(a) + " Nothing in the article or its file name says when it was written: type the day below.")
		}
	}
	c.prompt.Show()
	c.prompt.Refresh()
}

// unplacedText says what the missing date costs.
func unplacedText(a *timeline.Analysis) string {
	n := 0
	var examples []string
	if a != nil {
		for _, m := range a.Mentions {
			if !m.NeedsDocumentDate() {
				continue
			}
			n++
			if len(examples) < 2 {
				examples = append(examples, fmt.Sprintf("%q", m.Text))
			}
		}
	}
	switch n {
	case 0:
		return "References relative to the day it was written cannot be placed without it."
	case 1:
		return fmt.Sprintf("1 reference (%s) counts from the day the article was written and stays off the timeline until you give it.", examples[0])
	}
	return fmt.Sprintf("%d references (%s, …) count from the day the article was written and stay off the timeline until you give it.",
		n, strings.Join(examples, ", "))
}

// choose sets a date offered by the prompt.
func (c *dateControl) choose(day time.Time) {
	c.entry.SetText(timeline.FormatDate(day))
	if c.onSet != nil {
		c.onSet(day)
	}
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

// describeDateSource says in words where a document's date came from, with
// the words it was read from.
func describeDateSource(doc *timeline.Document) string {
	if !doc.HasDate() {
		return "unknown: references relative to it are not placed"
	}
	switch doc.DateSource {
	case timeline.DateFromUser:
		return "set by you"
	case timeline.DateFromMetadata:
		return "from the article's metadata"
	}
	s := doc.DateSource.Describe()
	ev, ok := doc.DateEvidence()
	if !ok {
		return s
	}
	if ev.Evidence != "" {
		s += " “" + ev.Evidence + "”"
	}
	if ev.Note != "" {
		s += " (" + ev.Note + ")"
	}
	return s
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
