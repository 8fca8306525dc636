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
	img  *image.RGBA
	k    float32
	z    vector.Rasterizer
	src  image.Uniform
	cols []float32 // scratch: a rectangle's coverage per column
	ai   []uint32  // and in 256ths

	solid   []byte // a row of solidOf's pixels
	solidOf color.NRGBA
	discs   map[discKey]*image.Alpha // coverage of discs drawn, by size and sub-pixel place

	bg      color.NRGBA // the fill colour
	pending bool        // fill asked for and not done yet
	row     []byte      // a row of bg pixels
	rowOf   color.NRGBA // the colour row holds
}

// fill clears the image to c. The clearing is put off until something is
// drawn, so that the grid's lines, drawn first, go in with it: a row of
// background and lines is made once and copied down the page, instead of
// going back over every row of a tall page for each line.
func (p *painter) fill(c color.NRGBA) {
	p.bg, p.pending = c, true
}

// ready does a fill put off until now.
func (p *painter) ready() {
	if !p.pending {
		return
	}
	p.pending = false
	b := p.img.Bounds()
	if b.Empty() {
		return
	}
	row := p.bgRow()
	for y := range b.Dy() {
		copy(p.img.Pix[y*p.img.Stride:], row)
	}
}

// bgRow is a row of the fill colour, made once per size and colour.
func (p *painter) bgRow() []byte {
	n := p.img.Bounds().Dx() * 4
	if len(p.row) != n || p.rowOf != p.bg {
		pm := premultiply(p.bg)
		p.row = make([]byte, n)
		for i := 0; i < n; i += 4 {
			p.row[i], p.row[i+1], p.row[i+2], p.row[i+3] = pm.R, pm.G, pm.B, pm.A
		}
		p.rowOf = p.bg
	}
	return p.row
}

func premultiply(c color.NRGBA) color.RGBA {
	a := uint32(c.A)
	return color.RGBA{uint8(uint32(c.R) * a / 255), uint8(uint32(c.G) * a / 255), uint8(uint32(c.B) * a / 255), c.A}
}

// rect fills [x0,x1]x[y0,y1] with c. fadeL and fadeR, in units, make the
// left or right end fade in from nearly transparent over that width: the
// chart's sign of an uncertain bound.
func (p *painter) rect(x0, y0, x1, y1 float32, c color.NRGBA, fadeL, fadeR float32) {
	p.ready()
	k := p.k
	X0, X1, Y0, Y1 := x0*k, x1*k, y0*k, y1*k
	FL, FR := fadeL*k, fadeR*k
	b := p.img.Bounds()
	px0, px1 := max(int(floor(X0)), b.Min.X), min(int(ceil(X1)), b.Max.X)
	py0, py1 := max(int(floor(Y0)), b.Min.Y), min(int(ceil(Y1)), b.Max.Y)
	if px0 >= px1 || py0 >= py1 {
		return
	}
	// Coverage of each column (edges and fading ends) is worked out once,
	// not per pixel: a grid line runs the height of a tall export page.
	alpha := float32(c.A) / 255
	cols := p.cols[:0]
	for px := px0; px < px1; px++ {
		a := alpha * (min(float32(px+1), X1) - max(float32(px), X0))
		mid := float32(px) + 0.5
		if FL > 0 && mid < X0+FL {
			a *= 0.1 + 0.9*max(mid-X0, 0)/FL
		}
		if FR > 0 && mid > X1-FR {
			a *= 0.1 + 0.9*max(X1-mid, 0)/FR
		}
		cols = append(cols, a)
	}
	p.cols = cols
	// Rows the rectangle covers whole (all but its top and bottom edge)
	// are blended in integer arithmetic, or copied when the colour is
	// opaque across the row: a bar or a band is hundreds of such rows.
	solid := c.A == 0xff
	ai := p.ai[:0]
	for _, a := range cols {
		v := uint32(a*256 + 0.5)
		if v >= 256 {
			v = 256
		} else {
			solid = false
		}
		ai = append(ai, v)
	}
	p.ai = ai
	var fill []byte
	if solid {
		fill = p.solidRow(c, len(cols))
	}
	for py := py0; py < py1; py++ {
		cy := min(float32(py+1), Y1) - max(float32(py), Y0)
		row := p.img.Pix[py*p.img.Stride+px0*4 : py*p.img.Stride+px1*4]
		switch {
		case cy < 1:
			for i, a := range cols {
				blend(row[i*4:i*4+4:i*4+4], c, a*cy)
			}
		case solid:
			copy(row, fill)
		default:
			blendInt(row, ai, c)
		}
	}
}

// solidRow is n pixels of the opaque colour c, kept for the next rectangle.
func (p *painter) solidRow(c color.NRGBA, n int) []byte {
	if p.solidOf != c || len(p.solid) < n*4 {
		if len(p.solid) < n*4 {
			p.solid = make([]byte, n*4)
		}
		for i := 0; i < len(p.solid); i += 4 {
			p.solid[i], p.solid[i+1], p.solid[i+2], p.solid[i+3] = c.R, c.G, c.B, 0xff
		}
		p.solidOf = c
	}
	return p.solid[:n*4]
}

// blendInt composites colour c over a row of pixels at the coverage of
// each, in 256ths (as blend, to within a level of rounding).
func blendInt(row []byte, ai []uint32, c color.NRGBA) {
	r, g, b := uint32(c.R), uint32(c.G), uint32(c.B)
	for i, a := range ai {
		if a == 0 {
			continue
		}
		px := row[i*4 : i*4+4 : i*4+4]
		if a >= 256 {
			px[0], px[1], px[2], px[3] = c.R, c.G, c.B, 0xff
			continue
		}
		inv := 256 - a
		px[0] = uint8((r*a + uint32(px[0])*inv + 128) >> 8)
		px[1] = uint8((g*a + uint32(px[1])*inv + 128) >> 8)
		px[2] = uint8((b*a + uint32(px[2])*inv + 128) >> 8)
		px[3] = uint8((255*a + uint32(px[3])*inv + 128) >> 8)
	}
}

// vlines draws vertical lines from y0 to y1 row by row rather than line
// by line: on a tall page every row of an image is a page of memory of its
// own, and going down one line at a time touches each of them once per
// line.
func (p *painter) vlines(lines []vline, y0, y1 float32) {
	k := p.k
	b := p.img.Bounds()
	Y0, Y1 := y0*k, y1*k
	py0, py1 := max(int(floor(Y0)), b.Min.Y), min(int(ceil(Y1)), b.Max.Y)
	if len(lines) == 0 || py0 >= py1 {
		return
	}
	// Each line's columns and their coverage, as rect works them out.
	type col struct {
		off int // byte offset in a row
		a   float32
		c   color.NRGBA
	}
	var cols []col
	for _, l := range lines {
		X0, X1 := l.x0*k, l.x1*k
		for px := max(int(floor(X0)), b.Min.X); px < min(int(ceil(X1)), b.Max.X); px++ {
			a := float32(l.c.A) / 255 * (min(float32(px+1), X1) - max(float32(px), X0))
			cols = append(cols, col{off: (px - b.Min.X) * 4, a: a, c: l.c})
		}
	}
	blendRow := func(row []byte, cy float32) {
		for _, c := range cols {
			blend(row[c.off:c.off+4:c.off+4], c.c, c.a*cy)
		}
	}
	stride := p.img.Stride
	if p.pending {
		// Rows wholly inside the lines' span are the background and the
		// lines: one row made and copied; the rest is background.
		p.pending = false
		bg := p.bgRow()
		full := append([]byte(nil), bg...)
		blendRow(full, 1)
		for y := range b.Dy() {
			src := bg
			if py := b.Min.Y + y; py >= py0 && py < py1 && float32(py) >= Y0 && float32(py+1) <= Y1 {
				src = full
			}
			copy(p.img.Pix[y*stride:], src)
		}
		for i, py := range []int{py0, py1 - 1} {
			if i == 1 && py == py0 {
				break
			}
			if cy := min(float32(py+1), Y1) - max(float32(py), Y0); cy < 1 {
				blendRow(p.img.Pix[(py-b.Min.Y)*stride:], cy)
			}
		}
		return
	}
	for py := py0; py < py1; py++ {
		cy := min(float32(py+1), Y1) - max(float32(py), Y0)
		blendRow(p.img.Pix[(py-b.Min.Y)*stride:], cy)
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

// circle fills a disc of radius r around (cx, cy). A chart of day events
// is mostly discs of one or two sizes, so each disc's coverage is
// rasterized once per size and eighth-pixel place and then stamped.
func (p *painter) circle(cx, cy, r float32, c color.NRGBA) {
	p.ready()
	k := p.k
	X, Y, R := cx*k, cy*k, r*k
	// The box's top left pixel, and where in its pixel the disc's left
	// (top) edge falls, in eighths.
	bx, by := int(floor(X-R))-1, int(floor(Y-R))-1
	place := func(v float32, b *int) uint8 { // the nearest eighth; the next pixel's 0 for 8
		q := uint8((v-floor(v))*discPhases + 0.5)
		if q == discPhases {
			q = 0
			*b++
		}
		return q
	}
	key := discKey{r: R, qx: place(X-R, &bx), qy: place(Y-R, &by)}
	mask := p.discs[key]
	if mask == nil {
		n := int(ceil(2*R)) + 3
		mask = image.NewAlpha(image.Rect(0, 0, n, n))
		x, y := R+1+float32(key.qx)/discPhases, R+1+float32(key.qy)/discPhases
		const kappa = 0.5523 // cubic Bézier approximation of a quarter circle
		p.z.Reset(n, n)
		p.z.DrawOp = draw.Src
		p.z.MoveTo(x+R, y)
		p.z.CubeTo(x+R, y+R*kappa, x+R*kappa, y+R, x, y+R)
		p.z.CubeTo(x-R*kappa, y+R, x-R, y+R*kappa, x-R, y)
		p.z.CubeTo(x-R, y-R*kappa, x-R*kappa, y-R, x, y-R)
		p.z.CubeTo(x+R*kappa, y-R, x+R, y-R*kappa, x+R, y)
		p.z.ClosePath()
		p.z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
		if p.discs == nil || len(p.discs) > 256 {
			p.discs = map[discKey]*image.Alpha{}
		}
		p.discs[key] = mask
	}
	b := p.img.Bounds()
	n := mask.Rect.Dx()
	x0, x1 := max(bx, b.Min.X), min(bx+n, b.Max.X)
	ai := p.ai[:0]
	for y := max(by, b.Min.Y); y < min(by+n, b.Max.Y); y++ {
		row := p.img.Pix[p.img.PixOffset(x0, y):p.img.PixOffset(x1, y)]
		src := mask.Pix[(y-by)*mask.Stride+(x0-bx) : (y-by)*mask.Stride+(x1-bx)]
		ai = ai[:0]
		for _, m := range src {
			ai = append(ai, (uint32(m)*uint32(c.A)+127)/255*256/255)
		}
		blendInt(row, ai, c)
	}
	p.ai = ai
}

// discPhases is how finely a stamped disc is placed within a pixel.
const discPhases = 8

// discKey names a disc's coverage: its radius in pixels and where its
// edges fall within their pixels, in eighths.
type discKey struct {
	r      float32
	qx, qy uint8
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
	p.ready()
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
