package typeset

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2/theme"
)

func newTest(t testing.TB) *Typesetter {
	t.Helper()
	ts, err := New(theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content(),
		theme.DefaultTextItalicFont().Content(), theme.DefaultTextBoldItalicFont().Content())
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// inked counts the pixels that are not white, and where they are.
func inked(img *image.RGBA) (n int, box image.Rectangle) {
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		for x := img.Rect.Min.X; x < img.Rect.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R != 0xff || c.G != 0xff || c.B != 0xff {
				n++
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return n, box
}

func white(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	return img
}

func TestWidthsAddUp(t *testing.T) {
	ts := newTest(t)
	a, b := ts.Width("talks", 12, Regular), ts.Width("ceasefire", 12, Regular)
	space := ts.Width(" ", 12, Regular)
	if got := ts.Width("talks ceasefire", 12, Regular); got != a+space+b || a <= 0 || space <= 0 {
		t.Errorf("width of two words %v, want %v + %v + %v", got, a, space, b)
	}
	if got := ts.Width("talks  ceasefire ", 12, Regular); got != a+3*space+b {
		t.Errorf("spaces counted wrong: %v", got)
	}
	if bold := ts.Width("talks", 12, Bold); bold <= a {
		t.Errorf("bold %v not wider than regular %v", bold, a)
	}
	if double := ts.Width("talks", 24, Regular); double < 1.99*a || double > 2.01*a {
		t.Errorf("twice the size is %v wide, want about %v", double, 2*a)
	}
	if ts.Width("", 12, Regular) != 0 {
		t.Error("empty text has a width")
	}
}

// TestDrawPlacesText draws a line at a corner and checks its ink lies
// below and right of it, inside its measured width and a line's height,
// and that doubling the scale doubles the box.
func TestDrawPlacesText(t *testing.T) {
	ts := newTest(t)
	ink := color.NRGBA{A: 0xff}
	s := "Kursk region 2024"
	for _, k := range []float32{1, 2} {
		img := white(int(300*k), int(40*k))
		ts.Draw(img, s, 10, 5, 12, k, Regular, ink)
		n, box := inked(img)
		if n == 0 {
			t.Fatalf("scale %v: nothing drawn", k)
		}
		w := ts.Width(s, 12, Regular)
		if box.Min.X < int(10*k) || box.Max.X > int((10+w+1)*k) || box.Min.Y < int(5*k) || box.Max.Y > int((5+17)*k) {
			t.Errorf("scale %v: ink at %v, want inside x %v..%v, y %v..%v", k, box, 10*k, (10+w)*k, 5*k, 22*k)
		}
	}
}

// TestDrawClipsAndSkips draws text partly and wholly outside the image,
// and text in a transparent colour: nothing panics, nothing outside is
// touched.
func TestDrawClipsAndSkips(t *testing.T) {
	ts := newTest(t)
	img := white(100, 20)
	for _, p := range [][2]float32{{-30, -8}, {90, 12}, {-500, 5}, {5, 500}, {500, 5}} {
		ts.Draw(img, "clipped at the edges", p[0], p[1], 12, 1, Bold, color.NRGBA{A: 0xff})
	}
	if n, _ := inked(img); n == 0 {
		t.Error("text partly inside drew nothing")
	}
	clear := white(100, 20)
	ts.Draw(clear, "invisible", 5, 2, 12, 1, Regular, color.NRGBA{R: 0x80})
	if n, _ := inked(clear); n != 0 {
		t.Errorf("a transparent colour inked %d pixels", n)
	}
	sub := white(200, 40).SubImage(image.Rect(50, 10, 150, 30)).(*image.RGBA)
	ts.Draw(sub, "offset image", 50, 10, 12, 1, Italic, color.NRGBA{A: 0xff})
	if n, box := inked(sub); n == 0 || !box.In(sub.Rect) {
		t.Errorf("drawing into a sub-image: %d pixels at %v", n, box)
	}
}

// TestOtherScripts shapes text the family has no glyphs for (Hebrew,
// right to left) and text that is shaped whole: it is measured and drawn
// with whatever font the system has, and never panics.
func TestOtherScripts(t *testing.T) {
	ts := newTest(t)
	for _, s := range []string{"שלום עולם", "Αθήνα 2024", "東京 2024年", "e\u0301te\u0301"} {
		w := ts.Width(s, 12, Regular)
		if w <= 0 {
			t.Errorf("%q: width %v", s, w)
		}
		img := white(300, 30)
		ts.Draw(img, s, 2, 2, 12, 1, Regular, color.NRGBA{A: 0xff})
		ts.Draw(img, s, 2, 2, 12, 1, BoldItalic, color.NRGBA{A: 0xff})
	}
}

// BenchmarkLabels measures and draws the labels of a dense chart at
// twice the window's resolution, as a PNG export does.
func BenchmarkLabels(b *testing.B) {
	ts := newTest(b)
	labels := []string{"prisoners election visit pipeline election grain", "troops grain",
		"memorial referendum talks shelling", "Putin’s New Year greeting to Kim Jong Un"}
	img := white(2400, 400)
	for i := 0; b.Loop(); i++ {
		s := labels[i%len(labels)]
		ts.Width(s, 12, Regular)
		ts.Draw(img, s, float32(i%800), float32(i%180), 12, 2, Regular, color.NRGBA{A: 0xff})
	}
}
