package export

import (
	"fmt"
	"image"
	"io"
	"path/filepath"
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

// WritePNGPages writes each page as a PNG, atomically, at PagePath(path,
// i), and returns the paths written.
func WritePNGPages(path string, pages []image.Image) ([]string, error) {
	var paths []string
	for i, img := range pages {
		p := PagePath(path, i)
		if err := WriteFileAtomic(p, func(w io.Writer) error { return PNG(w, img) }); err != nil {
			return paths, fmt.Errorf("page %d of %d: %w", i+1, len(pages), err)
		}
		paths = append(paths, p)
	}
	return paths, nil
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
