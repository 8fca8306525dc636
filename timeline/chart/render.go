package chart

import (
	"errors"
	"fmt"
	"image"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"

	"retrace/timeline"
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

// Render draws tl as the chart widget draws it, on Fyne's software canvas
// with no window, and returns the image. It needs no display. In a running
// app call it on the UI goroutine (fyne.Do), as it builds a Fyne widget.
// When the timeline needs more than one page it fails: use RenderPages.
func Render(tl *timeline.Timeline, opt RenderOptions) (image.Image, error) {
	pages, _, err := render(tl, opt)
	if err != nil {
		return nil, err
	}
	if len(pages) != 1 {
		return nil, fmt.Errorf("render: the timeline needs %d pages of this size", len(pages))
	}
	return pages[0], nil
}

// RenderPages draws tl on as many pages as it needs, each with the title,
// the axis and the legend.
func RenderPages(tl *timeline.Timeline, opt RenderOptions) ([]image.Image, error) {
	pages, _, err := render(tl, opt)
	return pages, err
}

// exportChart is a chart set up for an export and the pages it fills.
type exportChart struct {
	c     *Chart
	k     float32   // pixels per unit
	size  fyne.Size // of a page, in units
	pages int
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

// setupExport builds the chart an export draws and works out its pages.
func setupExport(tl *timeline.Timeline, opt RenderOptions) (*exportChart, error) {
	if err := checkOptions(tl, &opt); err != nil {
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
	c.Title, c.Subtitle, c.Credit, c.Legend = opt.Title, opt.Subtitle, opt.Credit, opt.Legend
	c.export, c.dark, c.bands, c.showDates, c.names = true, opt.Dark, opt.Bands, opt.Dates, opt.SourceNames
	c.Resize(fyne.NewSize(width, 200))
	if opt.From.IsZero() {
		c.fitAll()
	} else {
		c.view = scale.Scale{Start: opt.From, End: opt.To, Width: width}
	}
	e := &exportChart{c: c, k: k, size: fyne.NewSize(width, float32(opt.Height)/k), pages: 1}
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
	e.pages = max(1, (f.rows+f.viewRows-1)/f.viewRows)
	if e.pages > maxPages {
		return nil, fmt.Errorf("render: the timeline needs %d pages of this size, more than %d", e.pages, maxPages)
	}
	return e, nil
}

// render is RenderPages that also returns the chart it drew, for tests
// that compare it with a chart on screen.
func render(tl *timeline.Timeline, opt RenderOptions) ([]image.Image, *Chart, error) {
	e, err := setupExport(tl, opt)
	if err != nil {
		return nil, nil, err
	}
	if opt.Width == 0 {
		opt.Width = DefaultWidth
	}
	c := e.c
	cv := software.NewCanvas()
	cv.SetPadded(false)
	cv.SetScale(e.k)
	cv.SetContent(c)
	var pages []image.Image
	for i := range e.pages {
		c.scrollRow = i * e.rowsPerPage()
		cv.Resize(e.size)
		c.Resize(e.size)
		c.Refresh()
		img, err := crop(cv.Capture(), opt.Width)
		if err != nil {
			return nil, nil, err
		}
		pages = append(pages, img)
	}
	return pages, c, nil
}

// rowsPerPage is how many rows of lanes a page shows.
func (e *exportChart) rowsPerPage() int {
	if e.pages == 1 {
		return 0
	}
	return layoutFrame(e.c.params(e.size)).viewRows
}

// crop cuts the canvas's capture to the width asked for: the scaled size
// may round up by a pixel.
func crop(img image.Image, width int) (image.Image, error) {
	b := img.Bounds()
	if b.Dx() < width {
		return nil, fmt.Errorf("render: canvas gave %dx%d px, want width %d", b.Dx(), b.Dy(), width)
	}
	if b.Dx() == width {
		return img, nil
	}
	sub, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	})
	if !ok {
		return nil, fmt.Errorf("render: canvas gave %d px, want %d", b.Dx(), width)
	}
	return sub.SubImage(image.Rect(b.Min.X, b.Min.Y, b.Min.X+width, b.Max.Y)), nil
}
