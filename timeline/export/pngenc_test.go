package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"
)

// TestEncodeRGBARoundTrip decodes what encodeRGBA writes with image/png and
// finds the same pixels: opaque pictures (written as RGB), translucent ones
// (RGBA, premultiplied colour undone), and a sub-image whose bounds do not
// start at the origin.
func TestEncodeRGBARoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	opaque := image.NewRGBA(image.Rect(0, 0, 301, 97))
	for i := range opaque.Pix {
		opaque.Pix[i] = uint8(rng.IntN(256))
		if i%4 == 3 {
			opaque.Pix[i] = 0xff
		}
	}
	translucent := image.NewRGBA(image.Rect(0, 0, 64, 33))
	for y := range 33 {
		for x := range 64 {
			c := color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}
			translucent.Set(x, y, c)
		}
	}
	sub := opaque.SubImage(image.Rect(17, 5, 200, 60)).(*image.RGBA)
	for name, img := range map[string]*image.RGBA{"opaque": opaque, "translucent": translucent, "sub-image": sub} {
		var buf bytes.Buffer
		if err := PNG(&buf, img); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("%s: decoding: %v", name, err)
		}
		b := img.Bounds()
		if got.Bounds().Size() != b.Size() {
			t.Fatalf("%s: size %v, want %v", name, got.Bounds().Size(), b.Size())
		}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				want := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				have := color.NRGBAModel.Convert(got.At(x-b.Min.X, y-b.Min.Y)).(color.NRGBA)
				if !near(want, have) {
					t.Fatalf("%s: pixel (%d,%d) is %v, want %v", name, x, y, have, want)
				}
			}
		}
	}
}

// near allows the one step of rounding undoing premultiplied colour takes.
func near(a, b color.NRGBA) bool {
	d := func(p, q uint8) bool { return p-q <= 1 || q-p <= 1 }
	if a.A == 0 && b.A == 0 {
		return true
	}
	return a.A == b.A && d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}
