package export

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"strconv"

	"fyne.io/fyne/v2/theme"
	"github.com/tdewolff/canvas"
	"github.com/tdewolff/canvas/renderers/pdf"
	"github.com/tdewolff/canvas/renderers/svg"

	"retrace/timeline/chart"
)

// The vector exports paint the chart's recorded pages (chart.Draw) with
// github.com/tdewolff/canvas: the same shapes and text as the screen and
// the PNG, with real text (selectable in the PDF, editable in the SVG) in
// the font the window uses, embedded.

// fontFamily is the app's font, Noto Sans as Fyne bundles it, loaded once
// per export (a family is not safe to share between goroutines).
func fontFamily() (*canvas.FontFamily, error) {
	fam := canvas.NewFontFamily("Noto Sans")
	for _, f := range []struct {
		data  []byte
		style canvas.FontStyle
	}{
		{theme.DefaultTextFont().Content(), canvas.FontRegular},
		{theme.DefaultTextBoldFont().Content(), canvas.FontBold},
		{theme.DefaultTextItalicFont().Content(), canvas.FontItalic},
		{theme.DefaultTextBoldItalicFont().Content(), canvas.FontBold | canvas.FontItalic},
	} {
		if err := fam.LoadFont(f.data, 0, f.style); err != nil {
			return nil, fmt.Errorf("loading the font: %w", err)
		}
	}
	return fam, nil
}

// paintPage draws one page on a canvas whose units are the chart's.
func paintPage(p chart.Page, fam *canvas.FontFamily) *canvas.Canvas {
	c := canvas.New(float64(p.Width), float64(p.Height))
	ctx := canvas.NewContext(c)
	ctx.SetCoordSystem(canvas.CartesianIV)
	ctx.SetStrokeColor(canvas.Transparent)
	ctx.SetFillColor(rgba(p.Background))
	ctx.DrawPath(0, 0, canvas.Rectangle(float64(p.Width), float64(p.Height)))
	for _, s := range p.Shapes {
		paintShape(ctx, s)
	}
	for _, t := range p.Texts {
		if t.Text == "" {
			continue
		}
		style := canvas.FontRegular
		if t.Bold {
			style |= canvas.FontBold
		}
		if t.Italic {
			style |= canvas.FontItalic
		}
		// Face sizes are points; a chart unit is a canvas millimetre.
		face := fam.Face(float64(t.Size)/(25.4/72), rgba(t.Color), style)
		ctx.DrawText(float64(t.X), float64(t.Baseline), canvas.NewTextLine(face, t.Text, canvas.Left))
	}
	return c
}

func paintShape(ctx *canvas.Context, s chart.Shape) {
	x0, y0, x1, y1 := float64(s.X0), float64(s.Y0), float64(s.X1), float64(s.Y1)
	ctx.SetFillColor(rgba(s.Color))
	switch s.Kind {
	case chart.ShapeCircle:
		ctx.DrawPath(x0, y0, canvas.Circle(float64(s.R)))
	case chart.ShapeRoundRect:
		ctx.DrawPath(x0, y0, canvas.RoundedRectangle(x1-x0, y1-y0, float64(s.R)))
	default:
		// A fading end goes from a tenth of the colour to all of it, as
		// the raster painter draws it: in thin slices, since the PDF
		// back end draws gradients without transparency.
		fl, fr := float64(s.FadeL), float64(s.FadeR)
		slices := func(from, width float64, rising bool) {
			n := max(1, min(fadeSlices, int(width/0.75)))
			sw := width / float64(n)
			for k := range n {
				t := (float64(k) + 0.5) / float64(n)
				if !rising {
					t = 1 - t
				}
				c := s.Color
				c.A = uint8(float64(s.Color.A)*(0.1+0.9*t) + 0.5)
				ctx.SetFillColor(rgba(c))
				ctx.DrawPath(from+float64(k)*sw, y0, canvas.Rectangle(sw, y1-y0))
			}
		}
		if fl > 0 {
			slices(x0, fl, true)
		}
		if fr > 0 {
			slices(x1-fr, fr, false)
		}
		ctx.SetFillColor(rgba(s.Color))
		x0, x1 = x0+fl, x1-fr
		if x1 <= x0 {
			return
		}
		ctx.DrawPath(x0, y0, canvas.Rectangle(x1-x0, y1-y0))
	}
}

// fadeSlices is how many steps a fading end is drawn in.
const fadeSlices = 16

// rgba converts to the premultiplied colour the library takes.
func rgba(c color.NRGBA) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// SVG writes the pages as one SVG, one under the other, with the text as
// text in the embedded font, so it can be edited. Renderers and editors
// that ignore the embedded font (librsvg, Inkscape, several others) draw
// the text in a font of their own, most of them wider, which would run
// long labels over their neighbours and the edge. So every line also
// carries its width in the app's font (textLength: what honours it fits
// any font to it), and names fonts after Noto Sans that are no wider
// (Arial and its metric twins, Helvetica and its); and the chart's layout
// leaves each line the room it takes in DejaVu Sans, the wider sans-serif
// of a Linux system with neither, so librsvg there (which honours no
// textLength) draws no label over another.
func SVG(w io.Writer, pages []chart.Page) error {
	if len(pages) == 0 {
		return errors.New("svg: nothing to draw")
	}
	fam, err := fontFamily()
	if err != nil {
		return fmt.Errorf("svg: %w", err)
	}
	width, height := 0.0, 0.0
	var texts []chart.Text
	for _, p := range pages {
		width, height = max(width, float64(p.Width)), height+float64(p.Height)
		for _, t := range p.Texts {
			if t.Text != "" {
				texts = append(texts, t)
			}
		}
	}
	opts := svg.DefaultOptions
	opts.SizeUnits = "px"   // a chart unit is a CSS pixel
	opts.SubsetFonts = true // the glyphs used, not the whole font (1.2 MB for the sample)
	var buf bytes.Buffer
	r := svg.New(&buf, width, height, &opts)
	y := height
	for _, p := range pages {
		y -= float64(p.Height)
		paintPage(p, fam).RenderViewTo(r, canvas.Identity.Translate(0, y))
	}
	if err := r.Close(); err != nil {
		return fmt.Errorf("svg: %w", err)
	}
	out, err := fitTexts(buf.Bytes(), texts)
	if err != nil {
		return fmt.Errorf("svg: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("svg: %w", err)
	}
	return nil
}

// fallbackFonts follow Noto Sans in the SVG's font-family: the fonts of
// Arial's and Helvetica's widths, narrower than Noto Sans in every style
// the chart draws upright, under the names Windows, macOS and Linux
// (fontconfig's metric aliases, URW's and Liberation's fonts) know.
const fallbackFonts = "Arial,Helvetica,'Liberation Sans',Arimo,'Nimbus Sans',sans-serif"

// fitTexts gives each text element of an SVG written by the vector
// library its width in the app's font and the fonts to fall back on. The
// library writes one <text> per line drawn, in the order drawn, each with
// one <tspan> unless the line mixes directions, whose parts keep their
// natural widths.
func fitTexts(doc []byte, texts []chart.Text) ([]byte, error) {
	const open, tspan, family = "<text ", "<tspan ", "px Noto Sans"
	if n := bytes.Count(doc, []byte(open)); n != len(texts) {
		return nil, fmt.Errorf("%d text elements for %d lines of text", n, len(texts))
	}
	var out bytes.Buffer
	out.Grow(len(doc) + len(texts)*128)
	rest := doc
	for _, t := range texts {
		i := bytes.Index(rest, []byte(open))
		end := i + bytes.Index(rest[i:], []byte("</text>"))
		elem := rest[i:end]
		out.Write(rest[:i])
		rest = rest[end:]
		if k := bytes.Index(elem, []byte(family)); k >= 0 {
			k += len(family)
			out.Write(elem[:k-len("Noto Sans")])
			out.WriteString("'Noto Sans'," + fallbackFonts)
			elem = elem[k:]
		}
		j := bytes.Index(elem, []byte(tspan))
		if j < 0 || bytes.Count(elem, []byte(tspan)) != 1 || t.Width <= 0 {
			out.Write(elem)
			continue
		}
		j += len(tspan)
		out.Write(elem[:j])
		fmt.Fprintf(&out, `textLength="%s" lengthAdjust="spacingAndGlyphs" `, strconv.FormatFloat(float64(t.Width), 'f', 2, 32))
		out.Write(elem[j:])
	}
	out.Write(rest)
	return out.Bytes(), nil
}

// PDFInfo is the document information a PDF carries.
type PDFInfo struct {
	Title, Subject, Author string
}

// PDF writes the pages as a PDF, each page widthMM wide (its height in
// proportion), with real, selectable text in the embedded font.
func PDF(w io.Writer, pages []chart.Page, widthMM float64, info PDFInfo) error {
	if len(pages) == 0 {
		return errors.New("pdf: nothing to draw")
	}
	if widthMM <= 0 {
		return fmt.Errorf("pdf: page width %v mm", widthMM)
	}
	fam, err := fontFamily()
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var r *pdf.PDF
	for i, p := range pages {
		k := widthMM / float64(p.Width)
		pw, ph := widthMM, float64(p.Height)*k
		if i == 0 {
			r = pdf.New(w, pw, ph, nil)
			r.SetInfo(info.Title, info.Subject, "", info.Author, "Retrace")
		} else {
			r.NewPage(pw, ph)
		}
		paintPage(p, fam).RenderViewTo(r, canvas.Identity.Scale(k, k))
	}
	if err := r.Close(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}
