package chart

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"retrace/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// compareImages counts pixels whose channels differ by more than a small
// amount (anti-aliasing and font hinting may move a few levels).
func compareImages(a, b image.Image) (diff, total int) {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Dx() != bb.Dx() || ab.Dy() != bb.Dy() {
		return ab.Dx() * ab.Dy(), ab.Dx() * ab.Dy()
	}
	const tolerance = 24 << 8
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, a1 := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			r2, g2, b2, a2 := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			if absDiff(r1, r2) > tolerance || absDiff(g1, g2) > tolerance || absDiff(b1, b2) > tolerance || absDiff(a1, a2) > tolerance {
				diff++
			}
		}
	}
	return diff, ab.Dx() * ab.Dy()
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestRenderGolden(t *testing.T) {
	tl := timeline.New(sampleAnalysis())
	img, err := Render(tl, RenderOptions{Width: 1200, Title: "Russia’s Deepening Alliance with North Korea", Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "sample.golden.png")
	if *update {
		writePNG(t, path, img)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decoding %s: %v", path, err)
	}
	diff, total := compareImages(img, want)
	// A small tolerance: at most 0.2% of the pixels may differ.
	if diff*500 > total {
		got := filepath.Join(t.TempDir(), "sample.got.png")
		writePNG(t, got, img)
		t.Errorf("rendering differs from %s in %d of %d pixels (%v vs %v); wrote %s",
			path, diff, total, img.Bounds(), want.Bounds(), got)
	}
}

func writePNG(t testing.TB, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestRenderSizes(t *testing.T) {
	tl := timeline.New(sampleAnalysis())
	for _, w := range []int{600, 1600, 4000} {
		img, err := Render(tl, RenderOptions{Width: w, Legend: true})
		if err != nil {
			t.Fatalf("width %d: %v", w, err)
		}
		if got := img.Bounds().Dx(); got != w {
			t.Errorf("width %d: image is %d px wide", w, got)
		}
	}
	img, err := Render(tl, RenderOptions{Width: 1200, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 500 {
		t.Errorf("asked for 1200x500, got %v", b)
	}
	// Auto height grows with the lanes, so every event keeps its label.
	many := synthetic(150, 2, timeline.Day(2020, 1, 1), 3, 5)
	_, c, err := render(many, RenderOptions{Width: 2400, Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.frame.clusters) != 0 || len(c.frame.items) != len(many.Items) {
		t.Errorf("auto height drew %d of %d items, %d clusters", len(c.frame.items), len(many.Items), len(c.frame.clusters))
	}
	checkNoOverlap(t, c.frame)
}

func TestRenderRejectsBadOptions(t *testing.T) {
	tl := timeline.New(sampleAnalysis())
	d := timeline.Day(2024, 1, 1)
	for _, opt := range []RenderOptions{
		{Width: -5},
		{Width: 50},
		{Width: MaxWidth + 1},
		{Width: 1200, Height: 10},
		{Width: 1200, From: d},
		{Width: 1200, From: d, To: d},
		{Width: 1200, From: d, To: d.Add(-time.Hour)},
		{Width: 1200, From: timeline.Day(-30000, 1, 1), To: d},
	} {
		if _, err := Render(tl, opt); err == nil {
			t.Errorf("Render(%+v) gave no error", opt)
		}
	}
	if _, err := Render(nil, RenderOptions{}); err == nil {
		t.Error("Render(nil) gave no error")
	}
	// An empty timeline still draws an axis.
	img, err := Render(&timeline.Timeline{}, RenderOptions{Width: 800})
	if err != nil || img.Bounds().Dx() != 800 {
		t.Errorf("empty timeline: %v, %v", err, img)
	}
}
