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

// RenderOptions says what Render draws.
type RenderOptions struct {
	// Width is the image width in pixels (0 means 2400); Height 0 sizes the
	// image to the lanes the items need, so every event gets its label.
	Width, Height int
	// From and To select the time range; zero values fit all items.
	From, To time.Time
	Title    string
	Legend   bool
}

// Limits on exported images: beyond these the image would not fit in
// memory comfortably, and no report needs it.
const (
	DefaultWidth = 2400
	MaxWidth     = 16000
	MaxHeight    = 16384
	// maxAutoHeight is where an automatic height stops and clusters the
	// rest: 4096 px keeps a 3840 px wide export of 10,000 events near
	// 300 MB while a few hundred events still all get a lane.
	maxAutoHeight = 4096
	// unitsWide is the chart width in Fyne units whatever the pixel width:
	// the canvas scale is Width/unitsWide, so text keeps the proportions it
	// has in a 1200-unit-wide window and stays sharp at any resolution.
	unitsWide = 1200
)

// Render draws tl as the chart widget draws it, on Fyne's software canvas
// with no window, and returns the image. It needs no display. In a running
// app call it on the UI goroutine (fyne.Do), as it builds a Fyne widget.
func Render(tl *timeline.Timeline, opt RenderOptions) (image.Image, error) {
	img, _, err := render(tl, opt)
	return img, err
}

// render is Render that also returns the chart it drew, for tests that
// compare it with a chart on screen.
func render(tl *timeline.Timeline, opt RenderOptions) (image.Image, *Chart, error) {
	if tl == nil {
		return nil, nil, errors.New("render: no timeline")
	}
	if opt.Width == 0 {
		opt.Width = DefaultWidth
	}
	if opt.Width < 200 || opt.Width > MaxWidth {
		return nil, nil, fmt.Errorf("render: width %d px out of range 200..%d", opt.Width, MaxWidth)
	}
	if opt.Height != 0 && (opt.Height < 100 || opt.Height > MaxHeight) {
		return nil, nil, fmt.Errorf("render: height %d px out of range 100..%d", opt.Height, MaxHeight)
	}
	if opt.From.IsZero() != opt.To.IsZero() {
		return nil, nil, errors.New("render: give both ends of the time range or neither")
	}
	if !opt.From.IsZero() && !opt.To.After(opt.From) {
		return nil, nil, fmt.Errorf("render: time range %s..%s is empty", timeline.FormatDate(opt.From), timeline.FormatDate(opt.To))
	}
	if !opt.From.IsZero() && opt.To.After(opt.From.AddDate(scale.MaxSpanYears, 0, 0)) {
		return nil, nil, fmt.Errorf("render: time range %s..%s is longer than %d years", timeline.FormatDate(opt.From), timeline.FormatDate(opt.To), scale.MaxSpanYears)
	}

	// Below unitsWide pixels the scale stays 1, so small images keep
	// readable text instead of shrinking it.
	k := max(float32(opt.Width)/unitsWide, 1)
	width := float32(opt.Width) / k
	size := fyne.NewSize(width, float32(opt.Height)/k)

	c := New(tl)
	c.Title, c.Legend = opt.Title, opt.Legend
	c.Resize(fyne.NewSize(width, max(size.Height, 200)))
	if opt.From.IsZero() {
		c.fitAll()
	} else {
		c.view = scale.Scale{Start: opt.From, End: opt.To, Width: width}
	}
	if opt.Height == 0 {
		c.autoHeight = true
		f := layoutFrame(c.params(fyne.NewSize(width, 0)))
		size.Height = min(f.size.Height, maxAutoHeight/k)
		// Too tall: keep the lanes that fit and cluster the rest.
		c.autoHeight = f.size.Height <= maxAutoHeight/k
	}

	cv := software.NewCanvas()
	cv.SetPadded(false)
	cv.SetScale(k)
	cv.SetContent(c)
	cv.Resize(size)
	c.Resize(size)
	img := cv.Capture()
	b := img.Bounds()
	if b.Dx() < opt.Width {
		return nil, nil, fmt.Errorf("render: canvas gave %dx%d px, want width %d", b.Dx(), b.Dy(), opt.Width)
	}
	if b.Dx() > opt.Width { // rounding of the scaled size: crop to the width asked for
		sub, ok := img.(interface {
			SubImage(image.Rectangle) image.Image
		})
		if !ok {
			return nil, nil, fmt.Errorf("render: canvas gave %d px, want %d", b.Dx(), opt.Width)
		}
		img = sub.SubImage(image.Rect(b.Min.X, b.Min.Y, b.Min.X+opt.Width, b.Max.Y))
	}
	return img, c, nil
}
