package assets

import (
	"image"
	"image/color"

	"golang.org/x/image/vector"
)

// IconSize is the width and height of the application icon in pixels: 512,
// the largest size launchers and docks ask for (fyne package installs one
// icon, which they scale down).
const IconSize = 512

// iconGrid is the size of the square the icon is designed on; DrawIcon
// scales it to the size asked for.
const iconGrid = 256

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

// DrawIcon draws the application icon size pixels square: a rounded dark
// tile with a time axis and three overlapping interval bars, the shape of a
// Retrace timeline. The committed icon.png is DrawIcon(IconSize);
// TestIconIsDrawn keeps the two in step.
func DrawIcon(size int) *image.NRGBA {
	const s = iconGrid // coordinates below are on the design grid
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	k := float32(size) / iconGrid
	fill := func(c color.NRGBA, path func(r *scaled)) {
		r := &scaled{vector.NewRasterizer(size, size), k}
		path(r)
		r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	// Background tile with rounded corners.
	fill(color.NRGBA{0x1e, 0x29, 0x3b, 0xff}, func(r *scaled) { roundRect(r, 8, 8, s-8, s-8, 44) })
	// Bars: rounded capsules.
	for _, b := range iconBars {
		fill(b.c, func(r *scaled) { roundRect(r, b.x0, b.y-14, b.x1, b.y+14, 14) })
	}
	// Axis with ticks.
	axis := color.NRGBA{0xe2, 0xe8, 0xf0, 0xff}
	fill(axis, func(r *scaled) { rect(r, 32, 208, s-32, 214) })
	for x := float32(40); x <= s-40; x += 44 {
		fill(axis, func(r *scaled) { rect(r, x-3, 200, x+3, 222) })
	}
	return img
}

// scaled is a rasterizer taking design-grid coordinates.
type scaled struct {
	*vector.Rasterizer
	k float32
}

func (r *scaled) MoveTo(x, y float32) { r.Rasterizer.MoveTo(r.k*x, r.k*y) }
func (r *scaled) LineTo(x, y float32) { r.Rasterizer.LineTo(r.k*x, r.k*y) }
func (r *scaled) CubeTo(x1, y1, x2, y2, x, y float32) {
	r.Rasterizer.CubeTo(r.k*x1, r.k*y1, r.k*x2, r.k*y2, r.k*x, r.k*y)
}

// rect adds an axis-aligned rectangle to the rasterizer's path.
func rect(r *scaled, x0, y0, x1, y1 float32) {
	r.MoveTo(x0, y0)
	r.LineTo(x1, y0)
	r.LineTo(x1, y1)
	r.LineTo(x0, y1)
	r.ClosePath()
}

// roundRect adds a rectangle with quarter-circle corners of radius rad,
// each drawn as the usual cubic Bézier (control points at 0.5523 of the
// radius), which stays round at 512 px where quadratic corners look pinched.
func roundRect(r *scaled, x0, y0, x1, y1, rad float32) {
	c := rad * (1 - 0.5523)
	r.MoveTo(x0+rad, y0)
	r.LineTo(x1-rad, y0)
	r.CubeTo(x1-c, y0, x1, y0+c, x1, y0+rad)
	r.LineTo(x1, y1-rad)
	r.CubeTo(x1, y1-c, x1-c, y1, x1-rad, y1)
	r.LineTo(x0+rad, y1)
	r.CubeTo(x0+c, y1, x0, y1-c, x0, y1-rad)
	r.LineTo(x0, y0+rad)
	r.CubeTo(x0, y0+c, x0+c, y0, x0+rad, y0)
	r.ClosePath()
}
