package export

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"retrace/timeline"
	"retrace/timeline/chart"
	sample "retrace/timeline/internal/fixture"
)

// sampleOptions is how the golden pictures of the sample are drawn.
var sampleOptions = chart.RenderOptions{Width: 1200, Title: "Russia’s Deepening Alliance with North Korea", Subtitle: "Events the article dates", Credit: "Source: the sample article · Retrace", Legend: true}

// diffShare is the share of pixels of a that b does not have within a
// pixel of the same place: another rasterizer anti-aliases and hints
// glyph and shape edges differently and may place them half a pixel
// apart, which is no difference a reader sees; a missing or moved label,
// marker or line is.
func diffShare(a, b image.Image) float64 {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Dx() != bb.Dx() || ab.Dy() != bb.Dy() {
		return 1
	}
	const tolerance = 48 << 8
	near := func(x, y int) bool {
		r1, g1, b1, _ := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if x+dx < 0 || y+dy < 0 || x+dx >= bb.Dx() || y+dy >= bb.Dy() {
					continue
				}
				r2, g2, b2, _ := b.At(bb.Min.X+x+dx, bb.Min.Y+y+dy).RGBA()
				if absDiff(r1, r2) <= tolerance && absDiff(g1, g2) <= tolerance && absDiff(b1, b2) <= tolerance {
					return true
				}
			}
		}
		return false
	}
	diff := 0
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			if !near(x, y) {
				diff++
			}
		}
	}
	return float64(diff) / float64(ab.Dx()*ab.Dy())
}

// appFonts writes the app's fonts to a folder with a fontconfig file
// naming only it, so rsvg-convert draws the SVG's text in the font it
// names (librsvg does not read fonts embedded with @font-face), and
// returns the environment that makes it use them.
func appFonts(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	for name, res := range map[string]fyne.Resource{
		"NotoSans-Regular.ttf": theme.DefaultTextFont(), "NotoSans-Bold.ttf": theme.DefaultTextBoldFont(),
		"NotoSans-Italic.ttf": theme.DefaultTextItalicFont(), "NotoSans-BoldItalic.ttf": theme.DefaultTextBoldItalicFont(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), res.Content(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	conf := filepath.Join(dir, "fonts.conf")
	xml := `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>` + dir + `</dir><cachedir>` + filepath.Join(dir, "cache") + `</cachedir></fontconfig>`
	if err := os.WriteFile(conf, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	return append(os.Environ(), "FONTCONFIG_FILE="+conf)
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// rasterize runs a command that writes a PNG and decodes it.
func rasterize(t *testing.T, env []string, out string, name string, args ...string) image.Image {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (Debian: librsvg2-bin, poppler-utils; `make test` installs them)", name)
	}
	cmd := exec.Command(name, args...)
	cmd.Env = env
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, b)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decoding %s: %v", out, err)
	}
	return img
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// keep writes a picture for a person to look at when VECTOR_LOOK names a
// folder.
func keep(t *testing.T, name string, img image.Image) {
	dir := os.Getenv("VECTOR_LOOK")
	if dir == "" {
		return
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVectorMatchesPNG draws the sample as SVG and PDF, rasterizes them
// with rsvg-convert and pdftoppm at the PNG's size, and compares them with
// the PNG export: the same drawing within a small difference (the text is
// rasterized by other libraries). The PDF's text is extracted with
// pdftotext and the SVG's labels are text elements.
func TestVectorMatchesPNG(t *testing.T) {
	tl := timeline.New(sample.SampleAnalysis())
	want, err := chart.Render(tl, sampleOptions)
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "sample.png", want)
	pages, err := chart.Draw(tl, sampleOptions)
	if err != nil {
		t.Fatal(err)
	}
	w, h := want.Bounds().Dx(), want.Bounds().Dy()

	var svgBuf bytes.Buffer
	if err := SVG(&svgBuf, pages); err != nil {
		t.Fatal(err)
	}
	svgPath := writeTemp(t, "sample.svg", svgBuf.Bytes())
	if dir := os.Getenv("VECTOR_LOOK"); dir != "" {
		os.WriteFile(filepath.Join(dir, "sample.svg"), svgBuf.Bytes(), 0o644)
	}
	svgPNG := filepath.Join(t.TempDir(), "svg.png")
	got := rasterize(t, appFonts(t), svgPNG, "rsvg-convert", "-w", itoa(w), "-h", itoa(h), "-b", "white", "-o", svgPNG, svgPath)
	keep(t, "sample-svg.png", got)
	if d := diffShare(want, got); d > maxVectorDiff {
		t.Errorf("the SVG rendered by rsvg-convert differs from the PNG in %.2f%% of the pixels", 100*d)
	} else {
		t.Logf("SVG vs PNG: %.2f%% of pixels differ", 100*d)
	}
	svg := svgBuf.String()
	for _, label := range []string{"full-scale invasion of Ukraine", "Russia annexed Crimea", "Source: the sample article · Retrace"} {
		if !strings.Contains(svg, ">"+label+"<") {
			t.Errorf("the SVG has no text element %q", label)
		}
	}

	var pdfBuf bytes.Buffer
	if err := PDF(&pdfBuf, pages, 297, PDFInfo{Title: sampleOptions.Title}); err != nil {
		t.Fatal(err)
	}
	pdfPath := writeTemp(t, "sample.pdf", pdfBuf.Bytes())
	prefix := filepath.Join(t.TempDir(), "pdf")
	got = rasterize(t, nil, prefix+".png", "pdftoppm", "-png", "-singlefile", "-scale-to-x", itoa(w), "-scale-to-y", itoa(h), pdfPath, prefix)
	keep(t, "sample-pdf.png", got)
	if d := diffShare(want, got); d > maxVectorDiff {
		t.Errorf("the PDF rendered by pdftoppm differs from the PNG in %.2f%% of the pixels", 100*d)
	} else {
		t.Logf("PDF vs PNG: %.2f%% of pixels differ", 100*d)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	text, err := exec.Command("pdftotext", "-layout", pdfPath, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Russia’s Deepening Alliance with North Korea", "full-scale invasion of Ukraine", "strategic partnership treaty signed", "2022"} {
		if !strings.Contains(string(text), label) {
			t.Errorf("pdftotext finds no %q in:\n%s", label, text)
		}
	}
}

// maxVectorDiff is the share of pixels the vector renderings may differ
// from the PNG in.
const maxVectorDiff = 0.02

func itoa(n int) string { return strconv.Itoa(n) }

// TestSVGTextFitsInOtherFonts renders the sample's SVG with rsvg-convert
// on machines without the app's font (librsvg reads no embedded font).
// With Arial's metric twins about (URW's Nimbus Sans here) it draws the
// text in one the SVG names after Noto Sans, and no label runs past the
// place its width in Noto Sans ends; with DejaVu Sans alone, the wider
// sans-serif of a bare Linux system, no label runs past the room the
// layout left it.
func TestSVGTextFitsInOtherFonts(t *testing.T) {
	const dejaVu, urw = "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/opentype/urw-base35"
	for _, d := range []string{dejaVu, urw} {
		if _, err := os.Stat(d); err != nil {
			t.Skip("needs fonts-dejavu-core and fonts-urw-base35 (`make test` installs them)")
		}
	}
	tl := timeline.New(sample.SampleAnalysis())
	opt := sampleOptions
	opt.Dates = true // longer labels, nearer each other and the edge
	pages, err := chart.Draw(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := SVG(&buf, pages); err != nil {
		t.Fatal(err)
	}
	svgPath := writeTemp(t, "sample.svg", buf.Bytes())
	w, h := int(pages[0].Width), int(pages[0].Height)
	for _, v := range []struct {
		name  string
		conf  string // inside <fontconfig>
		width func(chart.Text) float32
	}{
		{"urw", "<dir>" + dejaVu + "</dir><dir>" + urw + "</dir>", func(tx chart.Text) float32 { return tx.Width }},
		// The system's rules make sans-serif and Arial DejaVu Sans.
		{"dejavu", "<dir>" + dejaVu + "</dir><include ignore_missing=\"yes\">/etc/fonts/conf.d</include>", func(tx chart.Text) float32 { return tx.Room }},
	} {
		dir := t.TempDir()
		conf := filepath.Join(dir, "fonts.conf")
		xml := `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` + v.conf +
			`<cachedir>` + filepath.Join(dir, "cache") + `</cachedir></fontconfig>`
		if err := os.WriteFile(conf, []byte(xml), 0o644); err != nil {
			t.Fatal(err)
		}
		env := append(os.Environ(), "FONTCONFIG_FILE="+conf)
		out := filepath.Join(t.TempDir(), "svg.png")
		img := rasterize(t, env, out, "rsvg-convert", "-w", itoa(w), "-h", itoa(h), "-b", "white", "-o", out, svgPath)
		keep(t, "sample-svg-"+v.name+".png", img)
		dark := func(x, y int) bool {
			r, g, b, _ := img.At(x, y).RGBA()
			return (299*r+587*g+114*b)/1000 < 0x8000
		}
		checked := 0
		for _, tx := range pages[0].Texts {
			if tx.Text == "" || tx.Width <= 0 {
				continue
			}
			// The columns just past the text's end, over the height of
			// its capitals: no letter of it may reach them.
			x0 := int(tx.X+v.width(tx)) + 1
			for x := x0; x < min(x0+4, w); x++ {
				for y := int(tx.Baseline - 0.7*tx.Size); y < int(tx.Baseline); y++ {
					if dark(x, y) {
						t.Errorf("%s: %q runs past its end (%d,%d)", v.name, tx.Text, x, y)
						x, y = w, h
					}
				}
			}
			checked++
		}
		if checked < 10 {
			t.Errorf("%s: checked %d lines of text", v.name, checked)
		}
	}
}
