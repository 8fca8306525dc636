package assets

import (
	"image"
	"image/color"

	"golang.org/x/image/vector"
)

// IconSize is the width and height of the application icon in pixels.
const IconSize = 256

// Three interval bars in blue, orange and green, brighter cousins of the
// chart's colours for explicit, relative and deictic references (lighter,
// to stand out on the dark tile), so the icon reads as the app.
var iconBars = []struct {
	x0, x1, y float32
	c         color.NRGBA
}{
	{40, 132, 84, color.NRGBA{0x3b, 0x82, 0xf6, 0xff}},
	{96, 214, 128, color.NRGBA{0xf5, 0x9e, 0x0b, 0xff}},
	{64, 176, 172, color.NRGBA{0x22, 0xc5, 0x5e, 0xff}},
}

// DrawIcon draws the application icon: a rounded dark tile with a time axis
// and three overlapping interval bars, the shape of a Retrace timeline. The
// committed icon.png is this image; TestIconIsDrawn keeps the two in step.
func DrawIcon() *image.NRGBA {
	const s = IconSize
	img := image.NewNRGBA(image.Rect(0, 0, s, s))
	fill := func(c color.NRGBA, path func(r *vector.Rasterizer)) {
		r := vector.NewRasterizer(s, s)
		path(r)
		r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	// Background tile with rounded corners.
	fill(color.NRGBA{0x1e, 0x29, 0x3b, 0xff}, func(r *vector.Rasterizer) { roundRect(r, 8, 8, s-8, s-8, 44) })
	// Bars: rounded capsules.
	for _, b := range iconBars {
		fill(b.c, func(r *vector.Rasterizer) { roundRect(r, b.x0, b.y-14, b.x1, b.y+14, 14) })
	}
	// Axis with ticks.
	axis := color.NRGBA{0xe2, 0xe8, 0xf0, 0xff}
	fill(axis, func(r *vector.Rasterizer) { rect(r, 32, 208, s-32, 214) })
	for x := float32(40); x <= s-40; x += 44 {
		fill(axis, func(r *vector.Rasterizer) { rect(r, x-3, 200, x+3, 222) })
	}
	return img
}

// rect adds an axis-aligned rectangle to the rasterizer's path.
func rect(r *vector.Rasterizer, x0, y0, x1, y1 float32) {
	r.MoveTo(x0, y0)
	r.LineTo(x1, y0)
	r.LineTo(x1, y1)
	r.LineTo(x0, y1)
	r.ClosePath()
}

// roundRect adds a rectangle with quarter-circle corners of radius rad,
// approximated by quadratic curves (close enough at icon sizes).
func roundRect(r *vector.Rasterizer, x0, y0, x1, y1, rad float32) {
	r.MoveTo(x0+rad, y0)
	r.LineTo(x1-rad, y0)
	r.QuadTo(x1, y0, x1, y0+rad)
	r.LineTo(x1, y1-rad)
	r.QuadTo(x1, y1, x1-rad, y1)
	r.LineTo(x0+rad, y1)
	r.QuadTo(x0, y1, x0, y1-rad)
	r.LineTo(x0, y0+rad)
	r.QuadTo(x0, y0, x0+rad, y0)
	r.ClosePath()
}
