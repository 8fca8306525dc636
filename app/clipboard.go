package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// What Ctrl+C copies, the rule a reader expects: the text selected in the
// focused widget (the article, the search box, the date field) if there is
// any, else the selected event with its source (a citation), else nothing.
// The article takes the focus when it is clicked or dragged over.
// Selecting an event clears the article's text selection and selecting
// text leaves no other text selected, so the newest selection wins.
//
// Fyne's clipboard holds one plain-text format only, so the citation and
// its spreadsheet form are two commands: Copy (Ctrl+C, Edit > Copy Event)
// and Edit > Copy Event as Spreadsheet Row (Ctrl+Shift+C), tab-separated.

// textSelector is a widget with selected text: an Entry, the article.
type textSelector interface {
	fyne.Shortcutable
	SelectedText() string
}

// focusedShortcutable returns the focused widget if it takes shortcuts.
func (u *UI) focusedShortcutable() fyne.Shortcutable {
	s, _ := u.win.Canvas().Focused().(fyne.Shortcutable)
	return s
}

// copy is Edit > Copy and Ctrl+C.
func (u *UI) copy() {
	if f, ok := u.win.Canvas().Focused().(textSelector); ok && f.SelectedText() != "" {
		f.TypedShortcut(&fyne.ShortcutCopy{Clipboard: u.app.Clipboard()})
		return
	}
	if u.selected != "" {
		u.copyEvent()
		return
	}
	u.status.SetText("Nothing to copy: select text in the article, or an event on the timeline or in the list.")
}

// cut and paste act on the focused text field; the article and the
// timeline cannot be edited, so they do nothing there.
func (u *UI) cut() {
	if f := u.focusedShortcutable(); f != nil {
		f.TypedShortcut(&fyne.ShortcutCut{Clipboard: u.app.Clipboard()})
	}
}

func (u *UI) paste() {
	if f := u.focusedShortcutable(); f != nil {
		f.TypedShortcut(&fyne.ShortcutPaste{Clipboard: u.app.Clipboard()})
	}
}

// selectAll selects all of the focused text field's text, or else all of
// the article shown, and gives the article the focus so Ctrl+C copies it.
func (u *UI) selectAll() {
	if f := u.focusedShortcutable(); f != nil {
		f.TypedShortcut(&fyne.ShortcutSelectAll{})
		return
	}
	if d := u.docForTab(u.tabs.Selected()); d != nil && d.view != nil {
		u.win.Canvas().Focus(d.view.sel)
		d.view.sel.selectAll()
	}
}

// copyEvent puts the selected event's citation on the clipboard.
func (u *UI) copyEvent() { u.copySelected(citation, "the event with its source") }

// copyEventRow puts the selected event on the clipboard as one
// tab-separated row, for pasting into a spreadsheet.
func (u *UI) copyEventRow() { u.copySelected(citationRow, "the event as a spreadsheet row") }

func (u *UI) copySelected(format func(*timeline.Timeline, timeline.Item) string, what string) {
	i := u.itemIndex(u.selected)
	if i < 0 {
		u.status.SetText("No event selected: click one on the timeline, in the list or in the article first.")
		return
	}
	u.app.Clipboard().SetContent(format(u.tl, u.tl.Items[i]))
	u.status.SetText("Copied " + what + ".")
}

// citation writes an event as a reader quotes it: its dates in words and
// its label, then for each source reporting it the sentence it came from,
// quoted, and the source's title and path.
//
//	late 2024: Ukrainian forces launch surprise incursion
//	“Ukrainian forces launched a surprise incursion into Kursk in late 2024.”
//	— Russia and North Korea, a year on, /home/ana/news/kursk.html
func citation(tl *timeline.Timeline, it timeline.Item) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", chart.DescribeInterval(it.Interval), oneLine(it.Label))
	if it.Conflict {
		b.WriteString("(The sources place it at different dates.)\n")
	}
	for _, r := range it.Refs {
		quote, title, path := refSource(tl, r)
		if quote != "" {
			fmt.Fprintf(&b, "“%s”\n", quote)
		}
		if title != "" && title != path {
			fmt.Fprintf(&b, "— %s, %s\n", title, path)
		} else {
			fmt.Fprintf(&b, "— %s\n", path)
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// citationRow writes an event as tab-separated fields: dates in words,
// first and last day (YYYY-MM-DD), label, sentence, source title, path.
// A group of sources gives one row per source.
func citationRow(tl *timeline.Timeline, it timeline.Item) string {
	var rows []string
	for _, r := range it.Refs {
		quote, title, path := refSource(tl, r)
		fields := []string{
			chart.DescribeInterval(it.Interval),
			timeline.FormatDate(it.Interval.Earliest),
			timeline.FormatDate(it.Interval.Latest),
			it.Label, quote, title, path,
		}
		for i, f := range fields {
			fields[i] = oneLine(strings.ReplaceAll(f, "\t", " "))
		}
		rows = append(rows, strings.Join(fields, "\t"))
	}
	return strings.Join(rows, "\n")
}

// refSource returns the sentence an event reference came from, with its
// whitespace made single spaces, and its document's title and path.
func refSource(tl *timeline.Timeline, r timeline.Ref) (quote, title, path string) {
	if r.Source < 0 || r.Source >= len(tl.Sources) || tl.Sources[r.Source].Analysis == nil {
		return "", "", ""
	}
	src := tl.Sources[r.Source]
	doc := src.Analysis.Doc
	if ev := tl.Event(r); ev != nil && doc != nil {
		sp := ev.Sentence
		if sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(doc.Text) {
			quote = oneLine(doc.Text[sp.Start:sp.End])
		}
	}
	if doc != nil {
		path = doc.Path
	}
	return quote, oneLine(src.Title()), path
}

// oneLine joins a text's lines and runs of spaces with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
