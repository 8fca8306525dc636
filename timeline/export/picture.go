package export

import (
	"bytes"
	"fmt"
	"image"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// Size is a size preset of a picture export: a picture for social media,
// a slide, or a printed page. Width and Height are the PNG's pixels (a
// page of a PDF has the same proportions, PageMM its size in millimetres);
// Units is the chart's width in units, fewer on a portrait page so the
// text keeps the size it has on a landscape one.
type Size struct {
	Name          string // as the command line takes it
	Label         string // as the export dialog shows it
	Width, Height int
	Units         int
	PageMM        [2]float64
}

// Sizes are the presets, in the order the dialog offers them.
var Sizes = []Size{
	{Name: "social", Label: "Social 1200×675", Width: 1200, Height: 675, Units: 1200},
	{Name: "slide", Label: "Slide 1920×1080", Width: 1920, Height: 1080, Units: 1200},
	{Name: "a4", Label: "A4 portrait", Width: 1240, Height: 1754, Units: 900, PageMM: [2]float64{210, 297}},
	{Name: "a4-landscape", Label: "A4 landscape", Width: 1754, Height: 1240, Units: 1200, PageMM: [2]float64{297, 210}},
	{Name: "letter", Label: "Letter portrait", Width: 1275, Height: 1650, Units: 900, PageMM: [2]float64{215.9, 279.4}},
	{Name: "letter-landscape", Label: "Letter landscape", Width: 1650, Height: 1275, Units: 1200, PageMM: [2]float64{279.4, 215.9}},
}

// SizeByName returns the preset of that name.
func SizeByName(name string) (Size, bool) {
	for _, s := range Sizes {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return Size{}, false
}

// SizeNames lists the presets' names, for help and errors.
func SizeNames() string {
	var names []string
	for _, s := range Sizes {
		names = append(names, s.Name)
	}
	return strings.Join(names, ", ")
}

// pxPerMM is a CSS pixel in millimetres' inverse: 96 per inch.
const pxPerMM = 96 / 25.4

// PageWidthMM is the width of a PDF page for a picture width pixels wide
// with no preset: as wide as the picture at 96 pixels per inch.
func PageWidthMM(width int) float64 { return float64(width) / pxPerMM }

// PagePath names page i (from 0) of a picture saved as path: the first
// page is path itself, the next "name-2.png" and so on.
func PagePath(path string, i int) string {
	if i == 0 {
		return path
	}
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + "-" + strconv.Itoa(i+1) + ext
}

// PNGPage is one page of a picture, to be written as a PNG.
type PNGPage struct {
	I, N int // the page's number from 0, of N
	Size image.Point
	data []byte      // encoded already, or
	img  *image.RGBA // to be encoded as it is written
}

// Write writes the page's PNG to w.
func (p PNGPage) Write(w io.Writer) error {
	if p.img != nil {
		return PNG(w, p.img)
	}
	_, err := w.Write(p.data)
	return err
}

// EncodePNGPages draws tl's picture page by page and hands the pages to
// write in order. Each page but the last is encoded in the background
// while the next pages are drawn; the last, and a picture of one page, is
// encoded as write writes it. A page's pixels are kept only until it is
// encoded, so a picture of many pages needs the memory of a few. It needs
// no window and may run on any goroutine.
func EncodePNGPages(tl *timeline.Timeline, opt chart.RenderOptions, write func(PNGPage) error) error {
	// Encoding a page takes several times as long as drawing it: every
	// core encodes a page while the next is drawn.
	workers := max(1, min(runtime.GOMAXPROCS(0), 4))
	type job struct {
		page *PNGPage // data set by its encoder before done is sent
		done chan error
	}
	var (
		queue  []job
		spare  = make(chan *image.RGBA, workers) // copies whose page is encoded
		failed error
	)
	// finish waits for the oldest page and writes it.
	finish := func() {
		j := queue[0]
		queue = queue[1:]
		err := <-j.done
		if err == nil && failed == nil {
			err = write(*j.page)
		}
		if failed == nil {
			failed = err
		}
	}
	err := chart.RenderPagesTo(tl, opt, func(i, n int, img *image.RGBA) error {
		if i == n-1 {
			for len(queue) > 0 {
				finish()
			}
			if failed == nil {
				failed = write(PNGPage{I: i, N: n, Size: img.Rect.Size(), img: img})
			}
			return failed
		}
		if len(queue) >= workers {
			finish()
		}
		if failed != nil {
			return failed
		}
		var cp *image.RGBA
		select {
		case cp = <-spare:
		default:
		}
		if cp == nil || cp.Rect != img.Rect {
			cp = image.NewRGBA(img.Rect)
		}
		copy(cp.Pix, img.Pix)
		j := job{page: &PNGPage{I: i, N: n, Size: img.Rect.Size()}, done: make(chan error, 1)}
		queue = append(queue, j)
		go func() {
			var buf bytes.Buffer
			err := PNG(&buf, cp)
			spare <- cp
			j.page.data = buf.Bytes()
			j.done <- err
		}()
		return nil
	})
	for len(queue) > 0 { // drawing failed: the encoders still finish
		<-queue[0].done
		queue = queue[1:]
	}
	if err != nil {
		return err
	}
	return failed
}

// WritePNGPages draws tl's picture and writes each page as a PNG,
// atomically, at PagePath(path, i), and returns the paths written and the
// size of a page.
func WritePNGPages(path string, tl *timeline.Timeline, opt chart.RenderOptions) ([]string, image.Point, error) {
	var paths []string
	var size image.Point
	err := EncodePNGPages(tl, opt, func(p PNGPage) error {
		name := PagePath(path, p.I)
		if err := WriteFileAtomic(name, p.Write); err != nil {
			return fmt.Errorf("page %d of %d: %w", p.I+1, p.N, err)
		}
		paths, size = append(paths, name), p.Size
		return nil
	})
	return paths, size, err
}

// DefaultTitle is the title a picture of tl gets unless the user gives
// one: its document's title, or the first one's and how many more, never
// a path.
func DefaultTitle(tl *timeline.Timeline) string {
	var titles []string
	for _, s := range tl.Sources {
		if t := chart.SourceTitle(s); t != "" {
			titles = append(titles, t)
		}
	}
	switch len(titles) {
	case 0:
		return "Timeline"
	case 1:
		return titles[0]
	case 2:
		return titles[0] + " and 1 more article"
	}
	return fmt.Sprintf("%s and %d more articles", titles[0], len(titles)-1)
}
