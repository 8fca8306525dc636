package chart

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"retrace/timeline"
	"retrace/timeline/chart/internal/typeset"
	"retrace/timeline/scale"
)

// RenderOptions says what an export draws.
type RenderOptions struct {
	// Width is the picture's width in pixels (0 means 2400). Height 0 makes
	// it as tall as the lanes need, so every event gets its label; a
	// Height is the height of a page, and what does not fit goes on more
	// pages. Either way no event is left in a "+N" badge.
	Width, Height int
	// From and To select the time range; zero values fit all items.
	From, To time.Time
	// Title, Subtitle and Credit are drawn above and below the chart.
	Title, Subtitle, Credit string
	Legend                  bool
	// Dark draws on the dark palette instead of white paper.
	Dark bool
	// Dates starts every label with its item's date.
	Dates bool
	// Bands gives every source a band of its own.
	Bands bool
	// SourceNames names the sources in the legend and band titles, in
	// source order; empty names keep the documents' titles.
	SourceNames []string
	// Units is the chart's width in units (text is 12 units high): 0
	// takes 1200, or the width in pixels below that. A portrait page
	// takes fewer, so its text is not smaller than a landscape page's.
	Units int
}

// Limits on exported images: beyond these the image would not fit in
// memory comfortably, and no report needs it.
const (
	DefaultWidth = 2400
	MaxWidth     = 16000
	MaxHeight    = 16384
	// maxPageHeight is the tallest page an automatic height grows to
	// before the lanes go on to another page: 8192 px keeps a 3840 px wide
	// page near 125 MB.
	maxPageHeight = 8192
	// unitsWide is the chart width in Fyne units whatever the pixel width:
	// the canvas scale is Width/unitsWide, so text keeps the proportions it
	// has in a 1200-unit-wide window and stays sharp at any resolution.
	unitsWide = 1200
	// maxPages bounds an export, whatever the timeline.
	maxPages = 500
)

// Render draws tl as the chart widget draws it, with no window, and
// returns the image. When the timeline needs more than one page it fails:
// use RenderPagesTo.
func Render(tl *timeline.Timeline, opt RenderOptions) (image.Image, error) {
	var img *image.RGBA
	err := RenderPagesTo(tl, opt, func(i, n int, page *image.RGBA) error {
		if n != 1 {
			return fmt.Errorf("render: the timeline needs %d pages of this size", n)
		}
		img = page
		return nil
	})
	if err != nil {
		return nil, err
	}
	return img, nil
}

// RenderPagesTo draws tl page by page and passes each page to page with
// its number i (from 0) of n. The image is drawn over for the next page
// once page returns: a caller that keeps it copies it. The lanes are laid
// out once for all pages, and no page is held longer than its callback.
// It needs no window and may run on any goroutine.
func RenderPagesTo(tl *timeline.Timeline, opt RenderOptions, page func(i, n int, img *image.RGBA) error) error {
	_, err := renderPages(tl, opt, page)
	return err
}

// renderPages is RenderPagesTo that also returns the chart it drew, for
// tests that look at its last frame.
func renderPages(tl *timeline.Timeline, opt RenderOptions, page func(i, n int, img *image.RGBA) error) (*Chart, error) {
	e, err := setupExport(tl, opt)
	if err != nil {
		return nil, err
	}
	c := e.c
	h := int(math.Ceil(float64(e.size.Height * e.k)))
	img := image.NewRGBA(image.Rect(0, 0, e.width, h))
	s := &rasterSurface{painter: painter{img: img, k: e.k}, ts: c.ts}
	pal := paletteFor(c.dark)
	for i := range e.pages {
		c.scrollRow, c.pageEnd, c.page, c.pages = e.starts[i], e.ends[i], i, e.pages
		f := c.layout(c.params(e.size))
		s.fill(pal.background)
		drawFrame(s, f, drawState{tl: tl, selected: -1, pal: pal, measure: c.measureText})
		s.ready()
		if err := page(i, e.pages, img); err != nil {
			return c, err
		}
	}
	return c, nil
}

func cloneRGBA(img *image.RGBA) *image.RGBA {
	out := *img
	out.Pix = append([]uint8(nil), img.Pix...)
	return &out
}

// rasterSurface draws a frame into an image: shapes with the painter the
// screen uses, text with the export's typesetter.
type rasterSurface struct {
	painter
	ts *typeset.Typesetter
}

func (s *rasterSurface) text(str string, x, y, size float32, style fyne.TextStyle, c color.NRGBA) {
	s.ready()
	s.ts.Draw(s.img, str, x, y, size, s.k, styleOf(style), c)
}

// exportChart is a chart set up for an export and the pages it fills.
type exportChart struct {
	c     *Chart
	k     float32   // pixels per unit
	width int       // of a page, in pixels
	size  fyne.Size // of a page, in units
	pages int
	// starts and ends are each page's first row and end (exclusive).
	starts, ends []int
}

// checkOptions rejects what no export can draw.
func checkOptions(tl *timeline.Timeline, opt *RenderOptions) error {
	if tl == nil {
		return errors.New("render: no timeline")
	}
	if opt.Width == 0 {
		opt.Width = DefaultWidth
	}
	if opt.Width < 200 || opt.Width > MaxWidth {
		return fmt.Errorf("render: width %d px out of range 200..%d", opt.Width, MaxWidth)
	}
	if opt.Height != 0 && (opt.Height < 100 || opt.Height > MaxHeight) {
		return fmt.Errorf("render: height %d px out of range 100..%d", opt.Height, MaxHeight)
	}
	if opt.Units != 0 && (opt.Units < 200 || opt.Units > opt.Width*4) {
		return fmt.Errorf("render: %d units across %d px is out of range", opt.Units, opt.Width)
	}
	if opt.From.IsZero() != opt.To.IsZero() {
		return errors.New("render: give both ends of the time range or neither")
	}
	if !opt.From.IsZero() && !opt.To.After(opt.From) {
		return fmt.Errorf("render: time range %s..%s is empty", timeline.FormatDate(opt.From), timeline.FormatDate(opt.To))
	}
	if !opt.From.IsZero() && opt.To.After(opt.From.AddDate(scale.MaxSpanYears, 0, 0)) {
		return fmt.Errorf("render: time range %s..%s is longer than %d years", timeline.FormatDate(opt.From), timeline.FormatDate(opt.To), scale.MaxSpanYears)
	}
	return nil
}

// newTypesetter sets the window's font (Noto Sans, as Fyne bundles it)
// for an export.
func newTypesetter() (*typeset.Typesetter, error) {
	ts, err := typeset.New(theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content(),
		theme.DefaultTextItalicFont().Content(), theme.DefaultTextBoldItalicFont().Content())
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return ts, nil
}

// setupExport builds the chart an export draws and works out its pages.
func setupExport(tl *timeline.Timeline, opt RenderOptions) (*exportChart, error) {
	if err := checkOptions(tl, &opt); err != nil {
		return nil, err
	}
	ts, err := newTypesetter()
	if err != nil {
		return nil, err
	}
	// Below unitsWide pixels the scale stays 1, so small images keep
	// readable text instead of shrinking it.
	k := max(float32(opt.Width)/unitsWide, 1)
	if opt.Units > 0 {
		k = float32(opt.Width) / float32(opt.Units)
	}
	width := float32(opt.Width) / k
	c := New(tl)
	c.ts = ts
	c.Title, c.Subtitle, c.Credit, c.Legend = opt.Title, opt.Subtitle, opt.Credit, opt.Legend
	c.export, c.dark, c.bands, c.showDates, c.names = true, opt.Dark, opt.Bands, opt.Dates, opt.SourceNames
	if opt.From.IsZero() {
		c.view = c.fitted(width)
	} else {
		c.view = scale.Scale{Start: opt.From, End: opt.To, Width: width}
	}
	e := &exportChart{c: c, k: k, width: opt.Width, size: fyne.NewSize(width, float32(opt.Height)/k), pages: 1, starts: []int{0}, ends: []int{0}}
	if opt.Height == 0 {
		c.autoHeight = true
		f := layoutFrame(c.params(fyne.NewSize(width, 0)))
		c.autoHeight = false
		e.size.Height = f.size.Height
		if f.size.Height <= maxPageHeight/k {
			c.autoHeight = true
			return e, nil
		}
		e.size.Height = maxPageHeight / k // too tall for one picture: pages
	}
	f := layoutFrame(c.params(e.size))
	if f.viewRows < 1 || len(f.clusters) > 0 {
		return nil, fmt.Errorf("render: a page of %dx%d px has no room for the lanes", opt.Width, opt.Height)
	}
	e.starts, e.ends = pageRows(f.rows, f.viewRows, f.bandRows)
	e.pages = len(e.starts)
	if e.pages > maxPages {
		return nil, fmt.Errorf("render: the timeline needs %d pages of this size, more than %d", e.pages, maxPages)
	}
	return e, nil
}
