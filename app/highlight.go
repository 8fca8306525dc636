package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// highlightSegment is an inline RichText segment for one time reference: its
// text on a background in the colour of its kind, tappable.
type highlightSegment struct {
	text     string
	kind     timeline.Kind
	selected bool
	onTapped func()
}

func (s *highlightSegment) Inline() bool    { return true }
func (s *highlightSegment) Textual() string { return s.text }

func (s *highlightSegment) Visual() fyne.CanvasObject {
	h := &highlight{}
	h.ExtendBaseWidget(h)
	s.Update(h)
	return h
}

func (s *highlightSegment) Update(o fyne.CanvasObject) {
	h := o.(*highlight)
	h.text, h.kind, h.selected, h.onTapped = s.text, s.kind, s.selected, s.onTapped
	h.Refresh()
}

// style is the text style the highlight is drawn in: bold when selected.
func (s *highlightSegment) style() fyne.TextStyle {
	return fyne.TextStyle{Bold: s.selected}
}

// Selecting text inside the article is not supported, as for Fyne's own
// hyperlink segment.
func (s *highlightSegment) Select(_, _ fyne.Position) {}
func (s *highlightSegment) SelectedText() string      { return "" }
func (s *highlightSegment) Unselect()                 {}

// highlight is the visual of a highlightSegment.
type highlight struct {
	widget.BaseWidget
	text     string
	kind     timeline.Kind
	selected bool
	onTapped func()
}

var (
	_ fyne.Tappable      = (*highlight)(nil)
	_ desktop.Cursorable = (*highlight)(nil)
)

// Cursor shows the hand, as over a link: a highlight leads to the timeline.
func (h *highlight) Cursor() desktop.Cursor { return desktop.PointerCursor }

// Tapped selects the reference's item on the timeline.
func (h *highlight) Tapped(*fyne.PointEvent) {
	if h.onTapped != nil {
		h.onTapped()
	}
}

func (h *highlight) CreateRenderer() fyne.WidgetRenderer {
	r := &highlightRenderer{h: h, bg: canvas.NewRectangle(nil), label: canvas.NewText("", nil)}
	r.bg.CornerRadius = 3
	r.Refresh()
	return r
}

type highlightRenderer struct {
	h     *highlight
	bg    *canvas.Rectangle
	label *canvas.Text
}

func (r *highlightRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.label.Resize(size)
}

func (r *highlightRenderer) MinSize() fyne.Size { return r.label.MinSize() }

func (r *highlightRenderer) Refresh() {
	th := r.h.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := chart.KindColor(r.h.kind) // the colour the timeline draws the kind in
	r.label.Text = r.h.text
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	r.bg.FillColor = color.NRGBA{c.R, c.G, c.B, 0x55}
	r.bg.StrokeWidth = 0
	if r.h.selected {
		// The selected reference: solid fill with white text, and bold so it
		// stands out even for readers who cannot tell the colours apart.
		r.bg.FillColor = c
		r.label.Color = th.Color(theme.ColorNameForegroundOnPrimary, v)
		r.label.TextStyle = fyne.TextStyle{Bold: true}
	} else {
		r.label.TextStyle = fyne.TextStyle{}
	}
	r.bg.Refresh()
	r.label.Refresh()
}

func (r *highlightRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.label} }
func (r *highlightRenderer) Destroy()                     {}
