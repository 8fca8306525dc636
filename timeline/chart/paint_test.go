package chart

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"golang.org/x/image/vector"
)

// TestBlendIntMatchesBlend holds the integer blending of whole rows to the
// float blending of edge rows: the same pixel to within a level, for any
// colour, coverage and background, and exactly the colour at full cover.
func TestBlendIntMatchesBlend(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		c := color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 0xff}
		bg := []byte{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 0xff}
		a := rng.Float32()
		if rng.IntN(10) == 0 {
			a = 1
		}
		want := append([]byte(nil), bg...)
		blend(want, c, a)
		got := append([]byte(nil), bg...)
		v := uint32(a*256 + 0.5)
		blendInt(got, []uint32{min(v, 256)}, c)
		for k := range 4 {
			if d := int(got[k]) - int(want[k]); d < -1 || d > 1 {
				t.Fatalf("colour %v over %v at %.4f: %v, float blending gives %v", c, bg, a, got, want)
			}
		}
	}
}

// TestRectSolidRows fills an opaque rectangle with fractional edges: its
// inside rows are the colour, its edge rows a blend, and nothing outside it
// changes.
func TestRectSolidRows(t *testing.T) {
	var p painter
	p.img = image.NewRGBA(image.Rect(0, 0, 40, 20))
	p.k = 1
	p.fill(color.NRGBA{255, 255, 255, 255})
	p.ready()
	c := color.NRGBA{10, 120, 200, 255}
	p.rect(5, 3.5, 30, 12.25, c, 0, 0)
	for y := range 20 {
		for x := range 40 {
			px := p.img.RGBAAt(x, y)
			inside := x >= 5 && x < 30 && y >= 4 && y < 12
			edge := x >= 5 && x < 30 && (y == 3 || y == 12)
			switch {
			case inside && (px.R != c.R || px.G != c.G || px.B != c.B):
				t.Fatalf("(%d,%d) inside is %v", x, y, px)
			case edge && (px.R == 255 || px.R == c.R):
				t.Fatalf("(%d,%d) on the edge is %v, not a blend", x, y, px)
			case !inside && !edge && px != (color.RGBA{255, 255, 255, 255}):
				t.Fatalf("(%d,%d) outside is %v", x, y, px)
			}
		}
	}
}

// TestDiscStampMatchesRasterizer draws discs at random places and sizes by
// stamping their cached coverage and by rasterizing each afresh: the same
// pixels to within a few levels (the stamp's centre is placed to a
// eighth of a pixel).
func TestDiscStampMatchesRasterizer(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	white := color.NRGBA{255, 255, 255, 255}
	for range 200 {
		k := []float32{1, 1.5, 2, 2.25}[rng.IntN(4)]
		cx, cy, r := 2+rng.Float32()*36, 2+rng.Float32()*16, []float32{pointRadius, pointRadius + 1.5}[rng.IntN(2)]
		c := color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), []uint8{255, 160}[rng.IntN(2)]}
		var a, b painter
		for _, p := range []*painter{&a, &b} {
			p.img, p.k = image.NewRGBA(image.Rect(0, 0, int(40*k), int(20*k))), k
			p.fill(white)
			p.ready()
		}
		a.circle(cx, cy, r, c)
		b.shape(cx-r, cy-r, cx+r, cy+r, c, func(z *vector.Rasterizer, ox, oy float32) {
			const kappa = 0.5523
			x, y, R := cx*k-ox, cy*k-oy, r*k
			z.MoveTo(x+R, y)
			z.CubeTo(x+R, y+R*kappa, x+R*kappa, y+R, x, y+R)
			z.CubeTo(x-R*kappa, y+R, x-R, y+R*kappa, x-R, y)
			z.CubeTo(x-R, y-R*kappa, x-R*kappa, y-R, x, y-R)
			z.CubeTo(x+R*kappa, y-R, x+R, y-R*kappa, x+R, y)
			z.ClosePath()
		})
		worst := 0
		for i := range a.img.Pix {
			worst = max(worst, int(a.img.Pix[i])-int(b.img.Pix[i]), int(b.img.Pix[i])-int(a.img.Pix[i]))
		}
		// The centre is placed to the nearest eighth of a pixel across
		// and down: an edge moves by at most an eighth along its normal,
		// a pixel's coverage by up to an eighth (32 levels), and a few
		// for the curve's anti-aliasing.
		if worst > 40 {
			t.Fatalf("disc r=%v at (%v,%v) k=%v: a pixel differs by %d levels", r, cx, cy, k, worst)
		}
	}
}
