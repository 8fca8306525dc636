package chart

import (
	"image/color"

	"fyne.io/fyne/v2"

	"retrace/timeline"
	"retrace/timeline/chart/internal/typeset"
)

// Page is one page of an export as plain shapes and text, in chart units
// (a page is unitsWide units wide), for painters outside Fyne: the SVG and
// PDF exports draw it with a vector library. It is the same drawing the
// screen and the PNG show, recorded instead of rasterized.
type Page struct {
	Width, Height float32
	Background    color.NRGBA
	Shapes        []Shape // back to front
	Texts         []Text  // over the shapes
}

// ShapeKind says which shape a Shape is.
type ShapeKind int

const (
	ShapeRect      ShapeKind = iota // X0..X1 by Y0..Y1, with fading ends
	ShapeRoundRect                  // corners of radius R
	ShapeCircle                     // centre (X0, Y0), radius R
)

// Shape is one filled shape.
type Shape struct {
	Kind           ShapeKind
	X0, Y0, X1, Y1 float32
	R              float32
	Color          color.NRGBA
	// FadeL and FadeR are the widths over which a bar's uncertain ends
	// fade in from nearly transparent.
	FadeL, FadeR float32
}

// Text is one line of text: X is its left edge, Baseline its baseline.
type Text struct {
	Text        string
	X, Baseline float32
	// Width is the advance of the text in the app's font (Noto Sans): a
	// painter whose reader may draw another font can fit the text to it.
	Width float32
	// Room is the width the layout left for it: Width, or more where
	// DejaVu Sans, a reader's likelier fallback, is wider.
	Room         float32
	Size         float32
	Bold, Italic bool
	Color        color.NRGBA
}

// Draw lays out tl as Render does and returns its pages as shapes and
// text. It needs no window and may run on any goroutine.
func Draw(tl *timeline.Timeline, opt RenderOptions) ([]Page, error) {
	e, err := setupExport(tl, opt)
	if err != nil {
		return nil, err
	}
	c := e.c
	pal := paletteFor(c.dark)
	var pages []Page
	for i := range e.pages {
		c.scrollRow, c.pageEnd, c.page, c.pages = e.starts[i], e.ends[i], i, e.pages
		f := c.layout(c.params(e.size))
		rec := &recorder{page: Page{Width: f.size.Width, Height: f.size.Height, Background: pal.background}, ts: c.ts}
		drawFrame(rec, f, drawState{tl: tl, selected: -1, pal: pal, measure: c.measureText})
		pages = append(pages, rec.page)
	}
	return pages, nil
}

// recorder is a surface that keeps what is drawn.
type recorder struct {
	page Page
	ts   *typeset.Typesetter
}

func (r *recorder) rect(x0, y0, x1, y1 float32, c color.NRGBA, fadeL, fadeR float32) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	r.page.Shapes = append(r.page.Shapes, Shape{Kind: ShapeRect, X0: x0, Y0: y0, X1: x1, Y1: y1, Color: c, FadeL: fadeL, FadeR: fadeR})
}

func (r *recorder) roundRect(x0, y0, x1, y1, rad float32, c color.NRGBA) {
	rad = min(rad, (x1-x0)/2, (y1-y0)/2)
	r.page.Shapes = append(r.page.Shapes, Shape{Kind: ShapeRoundRect, X0: x0, Y0: y0, X1: x1, Y1: y1, R: rad, Color: c})
}

func (r *recorder) circle(cx, cy, rad float32, c color.NRGBA) {
	r.page.Shapes = append(r.page.Shapes, Shape{Kind: ShapeCircle, X0: cx, Y0: cy, R: rad, Color: c})
}

// text records a line placed by its top left corner, as a canvas.Text,
// with the baseline the font's ascent under that corner, where Fyne and
// the PNG put it, and its width.
func (r *recorder) text(s string, x, y, size float32, style fyne.TextStyle, c color.NRGBA) {
	st := styleOf(style)
	r.page.Texts = append(r.page.Texts, Text{Text: s, X: x, Baseline: y + r.ts.Ascent(size, st), Width: r.ts.Width(s, size, st), Room: r.ts.Room(s, size, st),
		Size: size, Bold: style.Bold, Italic: style.Italic, Color: c})
}
