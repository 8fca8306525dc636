package chart

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
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
