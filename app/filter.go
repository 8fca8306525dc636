package app

import (
	"fmt"
	"image/color"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// filterState is what the reader chose to see: a search text, the kinds and
// sources switched off, and whether present states are shown (they are
// not until asked). Sources are keyed by document key, so a toggle stays
// with its document when another tab closes and the indices shift.
type filterState struct {
	query         string
	hiddenKinds   map[timeline.Kind]bool
	hiddenSources map[string]bool
	showStates    bool
	// haystacks caches each item's searchable text, lower-cased, by item
	// ID; it is dropped whenever the merged timeline is rebuilt.
	haystacks map[string]string
}

func newFilterState() filterState {
	return filterState{hiddenKinds: map[timeline.Kind]bool{}, hiddenSources: map[string]bool{}}
}

// active reports whether any filter hides something.
func (f *filterState) active() bool {
	return strings.TrimSpace(f.query) != "" || len(f.hiddenKinds) > 0 || len(f.hiddenSources) > 0
}

// searchEntry is the search box: Escape clears it.
type searchEntry struct {
	widget.Entry
}

func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey clears the search on Escape and types otherwise.
func (e *searchEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.SetText("")
		return
	}
	e.Entry.TypedKey(ev)
}

// shortcutSearch focuses the search box.
var shortcutSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}

// filterBar holds the filter widgets: the search box, a check per kind and
// per source (the source checks are remade when the documents change), and
// the count of items shown.
type filterBar struct {
	search    *searchEntry
	kinds     map[timeline.Kind]*widget.Check
	states    *widget.Check // present states, off until the reader asks (View > Show States too)
	sources   *fyne.Container
	sourceRow *container.Scroll
	toggles   fyne.CanvasObject
	count     *widget.Label
}

func (u *UI) newFilterBar() *filterBar {
	b := &filterBar{kinds: map[timeline.Kind]*widget.Check{}}
	b.search = newSearchEntry()
	b.search.SetPlaceHolder("Search labels, expressions and sentences (Ctrl+F; Esc clears)")
	b.search.OnChanged = func(s string) {
		u.filter.query = s
		u.refilter()
	}
	kinds := container.NewHBox()
	for _, k := range timeline.Kinds {
		c := widget.NewCheck(string(k), nil)
		c.SetChecked(true)
		c.OnChanged = func(on bool) {
			if on {
				delete(u.filter.hiddenKinds, k)
			} else {
				u.filter.hiddenKinds[k] = true
			}
			u.refilter()
		}
		b.kinds[k] = c
		kinds.Add(swatched(chart.KindColor(k), c))
	}
	// Present states ("Kuwait now controls the border") tell how things
	// stand, not what happened: hidden until asked, drawn hollow.
	b.states = widget.NewCheck("present states", nil)
	b.states.OnChanged = u.setShowStates
	kinds.Add(hollowSwatched(b.states))
	// Sources on a row of their own, shown with two or more: with three
	// long file names one row of kinds and sources overflowed.
	b.sources = container.NewHBox()
	b.sourceRow = container.NewHScroll(b.sources)
	b.sourceRow.Hide()
	b.toggles = container.NewVBox(container.NewHScroll(kinds), b.sourceRow)
	b.count = widget.NewLabel("")
	b.count.Truncation = fyne.TextTruncateEllipsis
	return b
}

// swatched puts a small square of colour before a widget.
func swatched(c color.Color, o fyne.CanvasObject) fyne.CanvasObject {
	sw := canvas.NewRectangle(c)
	sw.CornerRadius = 2
	sw.SetMinSize(fyne.NewSquareSize(12))
	return container.NewHBox(container.NewCenter(sw), o)
}

// hollowSwatched puts a hollow square before a widget, as the chart's
// legend shows present states.
func hollowSwatched(o fyne.CanvasObject) fyne.CanvasObject {
	sw := canvas.NewRectangle(color.Transparent)
	sw.StrokeColor = color.NRGBA{0x5f, 0x63, 0x68, 0xff}
	sw.StrokeWidth = 1.5
	sw.CornerRadius = 2
	sw.SetMinSize(fyne.NewSquareSize(12))
	return container.NewHBox(container.NewCenter(sw), o)
}

// prefShowStates remembers whether the reader shows present states, so
// the next window opens as this one was left.
const prefShowStates = "showStates"

// setShowStates shows or hides the present states, from the filter bar's
// check or the View menu, keeping both in step.
func (u *UI) setShowStates(on bool) {
	if on == u.filter.showStates {
		return
	}
	u.filter.showStates = on
	u.app.Preferences().SetBool(prefShowStates, on)
	u.filters.states.SetChecked(on) // calls back here, and returns above
	u.win.SetMainMenu(u.mainMenu()) // View > Show States is ticked or not
	u.refilter()
	if u.tabs != nil {
		u.showDocStatus(u.docForTab(u.tabs.Selected()))
	}
}

// showSources gives each document its colour, the one the chart marks its
// items with, on its tab and on its toggle.
func (u *UI) showSources() {
	objs := make([]fyne.CanvasObject, 0, len(u.docs))
	for i, d := range u.docs {
		d.tab.Icon = sourceIcon(i)
		c := widget.NewCheck(shortLabel(filepath.Base(d.key), maxToggleLabel), nil)
		c.SetChecked(!u.filter.hiddenSources[d.key])
		c.OnChanged = func(on bool) {
			if on {
				delete(u.filter.hiddenSources, d.key)
			} else {
				u.filter.hiddenSources[d.key] = true
			}
			u.refilter()
		}
		objs = append(objs, swatched(chart.SourceColor(i), c))
	}
	u.filters.sources.Objects = objs
	u.filters.sources.Refresh()
	if len(objs) > 1 {
		u.filters.sourceRow.Show()
	} else {
		u.filters.sourceRow.Hide()
	}
	u.tabs.Refresh()
}

// sourceIcon is a square in the i-th source's colour, for its tab. A plain
// (not themed) SVG resource keeps its colour in every theme.
func sourceIcon(i int) fyne.Resource {
	c := chart.SourceColor(i)
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="2" y="2" width="12" height="12" rx="2" fill="#%02x%02x%02x"/></svg>`, c.R, c.G, c.B)
	return fyne.NewStaticResource(fmt.Sprintf("source-%02x%02x%02x.svg", c.R, c.G, c.B), []byte(svg))
}

// refilter shows the merged timeline through the current filters, keeping
// the view and, when it is still shown, the selected item.
func (u *UI) refilter() {
	sel := u.selected
	u.show(u.filtered())
	u.selected = ""
	u.editItem.Disable()
	u.events.UnselectAll()
	if sel != "" && u.itemIndex(sel) >= 0 {
		u.selectItem(sel, fromCode)
	}
}

// filtered returns the merged timeline with the items the filters let
// through. Hidden sources are marked Hidden (so the CSV export skips them
// too) and dropped from the refs of the items they share with visible
// sources; an item only hidden sources report is left out.
func (u *UI) filtered() *timeline.Timeline {
	full := u.shown()
	if !u.filter.active() {
		return full
	}
	tl := &timeline.Timeline{Sources: append([]timeline.Source(nil), full.Sources...)}
	for i := range tl.Sources {
		tl.Sources[i].Hidden = i < len(u.docs) && u.filter.hiddenSources[u.docs[i].key]
	}
	query := strings.ToLower(strings.TrimSpace(u.filter.query))
	for _, it := range full.Items {
		if u.filter.hiddenKinds[it.Kind] {
			continue
		}
		var refs []timeline.Ref
		for _, r := range it.Refs {
			if r.Source >= 0 && r.Source < len(tl.Sources) && !tl.Sources[r.Source].Hidden {
				refs = append(refs, r)
			}
		}
		if len(refs) == 0 {
			continue
		}
		if query != "" && !strings.Contains(u.haystack(it), query) {
			continue
		}
		if len(refs) != len(it.Refs) {
			it.Refs = refs // a copy: the merged item keeps all its refs
		}
		tl.Items = append(tl.Items, it)
	}
	return tl
}

// shown is the merged timeline with what the filters hide by default
// taken out: the present states, unless the reader shows them. It is
// what the filters work on, and the whole the count of items is of.
func (u *UI) shown() *timeline.Timeline {
	if u.filter.showStates {
		return u.full
	}
	return u.full.WithoutStates()
}

// haystack is the text the search box looks in: the item's label and, for
// every source reporting it, the event's label, its time expressions and
// its sentence as quoted (white space collapsed), lower-cased.
func (u *UI) haystack(it timeline.Item) string {
	if h, ok := u.filter.haystacks[it.ID]; ok {
		return h
	}
	var b strings.Builder
	b.WriteString(it.Label)
	for _, r := range it.Refs {
		ev := u.full.Event(r)
		if ev == nil {
			continue
		}
		a := u.full.Sources[r.Source].Analysis
		b.WriteString("\n" + ev.Label)
		for _, id := range ev.Mentions {
			if m := a.MentionByID(id); m != nil {
				b.WriteString("\n" + m.Text)
			}
		}
		if a.Doc != nil {
			// Quoted, so a phrase the text wraps across lines is found.
			b.WriteString("\n" + a.Doc.Quote(ev.Sentence))
		}
	}
	h := strings.ToLower(b.String())
	if u.filter.haystacks == nil {
		u.filter.haystacks = map[string]string{}
	}
	u.filter.haystacks[it.ID] = h
	return h
}

// countText says how many items are shown, and how many the filters hide;
// hidden present states are counted apart, since no filter the reader
// set hides them.
func (u *UI) countText() string {
	hidden := 0 // counted, not copied out again as shown does: filtered has just done that
	if !u.filter.showStates {
		for _, it := range u.full.Items {
			if it.State {
				hidden++
			}
		}
	}
	shown, all := len(u.tl.Items), len(u.full.Items)-hidden
	text := plural(all, "event")
	if shown != all {
		text = fmt.Sprintf("%d of %s shown (filtered)", shown, plural(all, "event"))
	}
	if hidden > 0 {
		text += fmt.Sprintf("; %s hidden", plural(hidden, "present state"))
	}
	return text
}
