package chart

import (
	"cmp"
	"image"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"retrace/timeline"
	"retrace/timeline/chart/internal/typeset"
)

// TestExportTextMatchesWindow checks the export's typesetter against
// Fyne's own drawing of the same text: the same widths as fyne.MeasureText,
// and the same pixels as Fyne's software painter (the window's rendering
// without a GPU), up to anti-aliasing.
func TestExportTextMatchesWindow(t *testing.T) {
	test.ApplyTheme(t, theme.LightTheme())
	ts, err := newTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"Putin’s New Year greeting to Kim Jong Un",
		"surprise incursion into the Kursk region (dates disagree)",
		"2014  2015  Mar 2024 · late 2024 – 1st century",
		"naïve café “quoted” … ½ § ©",
	}
	// Text in other scripts is measured the same; Fyne starts each run of
	// another script on a whole pixel, the typesetter where the previous
	// run ended, so their pixels are not compared.
	for _, s := range []string{"Привет, Αθήνα — naïve", "Путин поздравил Ким Чен Ына"} {
		for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
			fw := fyne.MeasureText(s, 12, style).Width
			if tw := ts.Width(s, 12, styleOf(style)); math.Abs(float64(fw-tw)) > 0.05 {
				t.Errorf("%q %+v: width %v, Fyne measures %v", s, style, tw, fw)
			}
		}
	}
	ink := color.NRGBA{R: 0x20, G: 0x30, B: 0x90, A: 0xff}
	for _, k := range []float32{1, 2} {
		for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
			for _, size := range []float32{10, 12, 16} {
				objs := []fyne.CanvasObject{}
				want := image.NewRGBA(image.Rect(0, 0, int(600*k), int(25*float32(len(lines))*k)))
				sur := &rasterSurface{painter: painter{img: want, k: k}, ts: ts}
				sur.fill(color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff})
				for i, s := range lines {
					x, y := float32(3.3), float32(i)*25+2.6
					txt := canvas.NewText(s, ink)
					txt.TextSize, txt.TextStyle = size, style
					txt.Move(fyne.NewPos(x, y))
					txt.Resize(txt.MinSize())
					objs = append(objs, txt)
					sur.text(s, x, y, size, style, ink)

					fw := fyne.MeasureText(s, size, style).Width
					if tw := ts.Width(s, size, styleOf(style)); math.Abs(float64(fw-tw)) > 0.05 {
						t.Errorf("%q at %v %+v: width %v, Fyne measures %v", s, size, style, tw, fw)
					}
				}
				sur.ready()
				cv := software.NewCanvas()
				cv.SetPadded(false)
				cv.SetScale(k)
				cv.SetContent(container.NewWithoutLayout(objs...))
				cv.Resize(fyne.NewSize(600, 25*float32(len(lines))))
				got := cv.Capture()
				diff := unmatched(got, want)
				ink := 0
				for p := 0; p < len(want.Pix); p += 4 {
					if want.Pix[p] != 0xff {
						ink++
					}
				}
				// Anti-aliased edges differ a little: Fyne flattens curves
				// with rasterx, the typesetter fills them with
				// x/image/vector and rounds sub-pixel offsets to a quarter.
				if diff*500 > ink {
					t.Errorf("scale %v, size %v, %+v: %d of %d inked pixels differ from Fyne's", k, size, style, diff, ink)
				}
			}
		}
	}
}

// unmatched counts the pixels of a that b has nowhere within a pixel of
// the same place, within 48 levels: what a reader would see as a
// different stroke, not a different shade of an edge.
func unmatched(a, b image.Image) int {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Size() != bb.Size() {
		return ab.Dx() * ab.Dy()
	}
	const tolerance = 48 << 8
	n := 0
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, _ := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			found := false
			for dy := -1; dy <= 1 && !found; dy++ {
				for dx := -1; dx <= 1 && !found; dx++ {
					if x+dx < 0 || y+dy < 0 || x+dx >= bb.Dx() || y+dy >= bb.Dy() {
						continue
					}
					r2, g2, b2, _ := b.At(bb.Min.X+x+dx, bb.Min.Y+y+dy).RGBA()
					found = absDiff(r1, r2) <= tolerance && absDiff(g1, g2) <= tolerance && absDiff(b1, b2) <= tolerance
				}
			}
			if !found {
				n++
			}
		}
	}
	return n
}

// TestExportRoomForFallbackFont draws an export as the SVG and PDF take
// it and sets every line of text in DejaVu Sans, the wider font a reader
// without Noto Sans sees the SVG in (librsvg and many editors ignore the
// embedded font): lines on one baseline do not run into each other, and
// none runs past the page's edge.
func TestExportRoomForFallbackFont(t *testing.T) {
	var faces [4][]byte
	for i, name := range []string{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"} {
		data, err := os.ReadFile(filepath.Join("/usr/share/fonts/truetype/dejavu", name))
		if err != nil {
			t.Skipf("no DejaVu Sans here: %v", err)
		}
		faces[i] = data
	}
	dejaVu, err := typeset.New(faces[0], faces[1], faces[2], faces[3])
	if err != nil {
		t.Fatal(err)
	}
	tl := synthetic(300, 3, timeline.Day(2020, 1, 1), 3, 17)
	for _, opt := range []RenderOptions{
		{Width: 1200, Dates: true, Legend: true, Title: "Three sources, labels with dates"},
		{Width: 1754, Height: 1240, Units: 1200, Bands: true, Legend: true, Title: "A4 landscape, bands"},
	} {
		pages, err := Draw(tl, opt)
		if err != nil {
			t.Fatal(err)
		}
		overlaps := 0
		for p, pg := range pages {
			lines := map[float32][]Text{}
			for _, tx := range pg.Texts {
				lines[tx.Baseline] = append(lines[tx.Baseline], tx)
			}
			for _, line := range lines {
				slices.SortFunc(line, func(a, b Text) int { return cmp.Compare(a.X, b.X) })
				for i, tx := range line {
					w := dejaVu.Width(tx.Text, tx.Size, styleOf(fyne.TextStyle{Bold: tx.Bold, Italic: tx.Italic}))
					if tx.X+w > pg.Width+0.5 {
						t.Errorf("%s, page %d: %q ends at %.1f in DejaVu Sans, past the page's %.0f", opt.Title, p+1, tx.Text, tx.X+w, pg.Width)
					}
					if i+1 < len(line) && tx.X+w > line[i+1].X+0.5 {
						if overlaps++; overlaps <= 5 {
							t.Errorf("%s, page %d: %q ends at %.1f in DejaVu Sans, over %q at %.1f", opt.Title, p+1, tx.Text, tx.X+w, line[i+1].Text, line[i+1].X)
						}
					}
				}
			}
		}
		if overlaps > 5 {
			t.Errorf("%s: %d overlaps in all", opt.Title, overlaps)
		}
	}
}
