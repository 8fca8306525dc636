package chart

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"golang.org/x/image/vector"
)

// painter draws shapes into an RGBA image. Coordinates are in widget units
// and multiplied by k, the canvas scale, so one drawing serves the screen
// and a high-resolution export alike. Axis-aligned rectangles (bars, ticks,
// grid) are filled directly with edge coverage, which also gives fading
// ends cheaply; curved shapes go through a reused vector.Rasterizer.
type painter struct {
	img *image.RGBA
	k   float32
	z   vector.Rasterizer
	src image.Uniform
}

// fill clears the image to c.
func (p *painter) fill(c color.NRGBA) {
	b := p.img.Bounds()
	if b.Empty() {
		return
	}
	pm := premultiply(c)
	row := p.img.Pix[:b.Dx()*4]
	for i := 0; i < len(row); i += 4 {
		row[i], row[i+1], row[i+2], row[i+3] = pm.R, pm.G, pm.B, pm.A
	}
	for y := 1; y < b.Dy(); y++ {
		copy(p.img.Pix[y*p.img.Stride:], row)
	}
}

func premultiply(c color.NRGBA) color.RGBA {
	a := uint32(c.A)
	return color.RGBA{uint8(uint32(c.R) * a / 255), uint8(uint32(c.G) * a / 255), uint8(uint32(c.B) * a / 255), c.A}
}

// rect fills [x0,x1]x[y0,y1] with c. fadeL and fadeR, in units, make the
// left or right end fade in from nearly transparent over that width: the
// chart's sign of an uncertain bound.
func (p *painter) rect(x0, y0, x1, y1 float32, c color.NRGBA, fadeL, fadeR float32) {
	k := p.k
	X0, X1, Y0, Y1 := x0*k, x1*k, y0*k, y1*k
	FL, FR := fadeL*k, fadeR*k
	b := p.img.Bounds()
	px0, px1 := max(int(floor(X0)), b.Min.X), min(int(ceil(X1)), b.Max.X)
	py0, py1 := max(int(floor(Y0)), b.Min.Y), min(int(ceil(Y1)), b.Max.Y)
	if px0 >= px1 || py0 >= py1 {
		return
	}
	alpha := float32(c.A) / 255
	for py := py0; py < py1; py++ {
		cy := min(float32(py+1), Y1) - max(float32(py), Y0)
		row := p.img.Pix[py*p.img.Stride:]
		for px := px0; px < px1; px++ {
			cx := min(float32(px+1), X1) - max(float32(px), X0)
			a := alpha * cx * cy
			mid := float32(px) + 0.5
			if FL > 0 && mid < X0+FL {
				a *= 0.1 + 0.9*max(mid-X0, 0)/FL
			}
			if FR > 0 && mid > X1-FR {
				a *= 0.1 + 0.9*max(X1-mid, 0)/FR
			}
			blend(row[px*4:px*4+4], c, a)
		}
	}
}

// blend composites colour c at coverage a (0..1) over one premultiplied pixel.
func blend(px []byte, c color.NRGBA, a float32) {
	if a <= 0 {
		return
	}
	if a >= 1 {
		px[0], px[1], px[2], px[3] = c.R, c.G, c.B, 0xff
		return
	}
	inv := 1 - a
	px[0] = uint8(float32(c.R)*a + float32(px[0])*inv + 0.5)
	px[1] = uint8(float32(c.G)*a + float32(px[1])*inv + 0.5)
	px[2] = uint8(float32(c.B)*a + float32(px[2])*inv + 0.5)
	px[3] = uint8(255*a + float32(px[3])*inv + 0.5)
}

// text is drawn by canvas.Text objects over the raster, not into it.
func (p *painter) text(string, float32, float32, float32, fyne.TextStyle, color.NRGBA) {}

// circle fills a disc of radius r around (cx, cy).
func (p *painter) circle(cx, cy, r float32, c color.NRGBA) {
	p.shape(cx-r, cy-r, cx+r, cy+r, c, func(z *vector.Rasterizer, ox, oy float32) {
		const kappa = 0.5523 // cubic Bézier approximation of a quarter circle
		k := p.k
		x, y, R := cx*k-ox, cy*k-oy, r*k
		z.MoveTo(x+R, y)
		z.CubeTo(x+R, y+R*kappa, x+R*kappa, y+R, x, y+R)
		z.CubeTo(x-R*kappa, y+R, x-R, y+R*kappa, x-R, y)
		z.CubeTo(x-R, y-R*kappa, x-R*kappa, y-R, x, y-R)
		z.CubeTo(x+R*kappa, y-R, x+R, y-R*kappa, x+R, y)
		z.ClosePath()
	})
}

// roundRect fills a rectangle with rounded corners of radius r.
func (p *painter) roundRect(x0, y0, x1, y1, r float32, c color.NRGBA) {
	r = min(r, (x1-x0)/2, (y1-y0)/2)
	p.shape(x0, y0, x1, y1, c, func(z *vector.Rasterizer, ox, oy float32) {
		const kappa = 0.5523
		k := p.k
		a, b, e, f, R := x0*k-ox, y0*k-oy, x1*k-ox, y1*k-oy, r*k
		z.MoveTo(a+R, b)
		z.LineTo(e-R, b)
		z.CubeTo(e-R+R*kappa, b, e, b+R-R*kappa, e, b+R)
		z.LineTo(e, f-R)
		z.CubeTo(e, f-R+R*kappa, e-R+R*kappa, f, e-R, f)
		z.LineTo(a+R, f)
		z.CubeTo(a+R-R*kappa, f, a, f-R+R*kappa, a, f-R)
		z.LineTo(a, b+R)
		z.CubeTo(a, b+R-R*kappa, a+R-R*kappa, b, a+R, b)
		z.ClosePath()
	})
}

// shape rasterizes a path inside the box [x0,x1]x[y0,y1] (units) with a
// rasterizer sized to that box only, so small shapes stay cheap.
func (p *painter) shape(x0, y0, x1, y1 float32, c color.NRGBA, path func(z *vector.Rasterizer, ox, oy float32)) {
	k := p.k
	bx0, by0 := int(floor(x0*k))-1, int(floor(y0*k))-1
	bx1, by1 := int(ceil(x1*k))+1, int(ceil(y1*k))+1
	// The rasterizer's fast path does not clip to the destination, so the
	// box is clipped here; the rasterizer itself clips the path to the box.
	box := image.Rect(bx0, by0, bx1, by1).Intersect(p.img.Bounds())
	if box.Empty() {
		return
	}
	bx0, by0 = box.Min.X, box.Min.Y
	p.z.Reset(box.Dx(), box.Dy())
	p.z.DrawOp = draw.Over
	path(&p.z, float32(bx0), float32(by0))
	p.src.C = c
	p.z.Draw(p.img, box, &p.src, image.Point{})
}

func floor(f float32) float32 { return float32(math.Floor(float64(f))) }
func ceil(f float32) float32  { return float32(math.Ceil(float64(f))) }
