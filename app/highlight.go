package app

import (
	"image/color"
	"math"

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
	page := opaque(th.Color(theme.ColorNameBackground, v))
	fg := opaque(th.Color(theme.ColorNameForeground, v))
	r.label.Text = r.h.text
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.bg.StrokeWidth = 0
	fill, text := highlightColors(chart.KindColor(r.h.kind), page, fg, r.h.selected)
	r.bg.FillColor, r.label.Color = fill, text
	// The selected reference is bold as well, so it stands out even for
	// readers who cannot tell the colours apart.
	r.label.TextStyle = fyne.TextStyle{Bold: r.h.selected}
	r.bg.Refresh()
	r.label.Refresh()
}

// minContrast is the contrast WCAG asks of body text (AA).
const minContrast = 4.5

// highlightColors returns the fill and text colour of a reference's
// highlight in the colour of its kind, on a page of the given colour with
// text in fg: a tint of the kind behind the page's text, or, selected, the
// kind's colour itself under white or black text. Either way the text
// keeps a contrast of at least 4.5:1: the tint is made fainter, the solid
// colour darker or lighter, until it does. (The tints read at 1.5:1 and
// white on the orange at 2.9:1.)
func highlightColors(kind, page, fg color.NRGBA, selected bool) (fill, text color.NRGBA) {
	if !selected {
		for a := 0x55; a > 0; a -= 0x08 {
			fill = color.NRGBA{kind.R, kind.G, kind.B, uint8(a)}
			if contrast(fg, over(fill, page)) >= minContrast {
				return fill, fg
			}
		}
		return color.NRGBA{kind.R, kind.G, kind.B, 0x10}, fg
	}
	white, black := color.NRGBA{0xff, 0xff, 0xff, 0xff}, color.NRGBA{0x10, 0x10, 0x10, 0xff}
	fill = kind
	for range 20 {
		if contrast(white, fill) >= minContrast {
			return fill, white
		}
		if contrast(black, fill) >= minContrast {
			return fill, black
		}
		fill = mix(fill, color.NRGBA{0, 0, 0, 0xff}, 0.1) // darker until white text reads
	}
	return fill, white
}

// opaque drops the alpha of a theme colour.
func opaque(c color.Color) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0xff
	return n
}

// over composites c over an opaque background.
func over(c, bg color.NRGBA) color.NRGBA {
	return mix(bg, color.NRGBA{c.R, c.G, c.B, 0xff}, float64(c.A)/255)
}

// mix moves a towards b by t (0..1).
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.NRGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 0xff}
}

// contrast is the WCAG 2 contrast ratio of two opaque colours.
func contrast(a, b color.NRGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG relative luminance of an sRGB colour.
func luminance(c color.NRGBA) float64 {
	ch := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

func (r *highlightRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.label} }
func (r *highlightRenderer) Destroy()                     {}
