package chart

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

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

// render draws every page of tl and returns them with the chart that drew
// them, whose frame is the last page's.
func render(tl *timeline.Timeline, opt RenderOptions) ([]image.Image, *Chart, error) {
	var pages []image.Image
	c, err := renderPages(tl, opt, func(i, n int, img *image.RGBA) error {
		pages = append(pages, cloneRGBA(img))
		return nil
	})
	return pages, c, err
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

// TestExportPacksLanesTightly lays out 2,000 events as an export does:
// every item gets its whole label, no two overlap, and there are exactly as
// many lanes as the most labels (with their gap) that cover one place on
// the page, which no packing of whole labels can go below.
func TestExportPacksLanesTightly(t *testing.T) {
	tl := synthetic(2000, 3, timeline.Day(1995, 1, 1), 30, 11)
	e, err := setupExport(tl, RenderOptions{Width: 2400, Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	c := e.c
	c.autoHeight = true
	f := layoutFrame(c.params(fyne.NewSize(e.size.Width, 0)))
	if len(f.items) != len(tl.Items) || len(f.clusters) != 0 {
		t.Fatalf("laid out %d of %d items, %d clusters", len(f.items), len(tl.Items), len(f.clusters))
	}
	type edge struct {
		x     float32
		delta int
	}
	var edges []edge
	for _, pl := range f.items {
		if want, _ := c.labelOf(pl.item); pl.label != want {
			t.Errorf("item %d: label %q cut from %q", pl.item, pl.label, want)
		}
		if pl.labelX < 0 || pl.labelX+pl.labelW > f.size.Width {
			t.Errorf("item %d: label at %v..%v, outside the page", pl.item, pl.labelX, pl.labelX+pl.labelW)
		}
		edges = append(edges, edge{pl.left, 1}, edge{pl.right + laneGap, -1})
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].x != edges[j].x {
			return edges[i].x < edges[j].x
		}
		return edges[i].delta < edges[j].delta // an end before a start at the same place
	})
	depth, most := 0, 0
	for _, e := range edges {
		depth += e.delta
		most = max(most, depth)
	}
	if f.rows != most {
		t.Errorf("%d lanes for labels at most %d deep", f.rows, most)
	}
	checkNoOverlap(t, f)
}

// TestPagesRepeatBandTitles splits an export with a band per source into
// pages: a page that begins inside a band repeats the band's title
// ("… (continued)") in its first row, above the lanes; no band's title is
// left at the foot of a page without its lanes; every item is drawn on
// exactly one page; and the vector pages carry the same titles.
func TestPagesRepeatBandTitles(t *testing.T) {
	tl := synthetic(400, 3, timeline.Day(2020, 1, 1), 4, 9)
	opt := RenderOptions{Width: 1200, Height: 700, Bands: true, Legend: true, SourceNames: []string{"Alpha", "Beta", "Gamma"}}
	e, err := setupExport(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	if e.pages < 4 {
		t.Fatalf("only %d pages: the test needs bands split over pages", e.pages)
	}
	c := e.c
	params := c.params(e.size)
	seen := map[int]int{}
	continued := 0
	var continuedPages []int
	for i := range e.pages {
		c.scrollRow, c.pageEnd = e.starts[i], e.ends[i]
		f := c.layout(c.params(e.size))
		for _, pl := range f.items {
			seen[pl.item]++
			if pl.lane >= f.viewRows {
				t.Errorf("page %d: item %d in row %d of %d", i+1, pl.item, pl.lane, f.viewRows)
			}
		}
		midBand := !slices.Contains(f.bandRows, e.starts[i])
		if midBand {
			continued++
			continuedPages = append(continuedPages, i)
			if len(f.heads) == 0 || f.heads[0].y != f.lanesTop || !strings.HasSuffix(f.heads[0].text, " (continued)") {
				t.Errorf("page %d begins inside a band but its first row is not the band's title: %+v", i+1, f.heads)
			}
			for _, pl := range f.items {
				if pl.y == f.lanesTop {
					t.Errorf("page %d: item %d drawn in the repeated title's row", i+1, pl.item)
				}
			}
		}
		for _, h := range f.heads {
			if strings.HasSuffix(h.text, " (continued)") {
				continue
			}
			alone := true
			for _, pl := range f.items {
				if pl.y > h.y && params.firstSource(pl.item) == h.source {
					alone = false
				}
			}
			if alone {
				t.Errorf("page %d: the title %q has none of its lanes under it", i+1, h.text)
			}
		}
	}
	if continued == 0 {
		t.Fatal("no page begins inside a band")
	}
	for idx := range tl.Items {
		if seen[idx] != 1 {
			t.Errorf("item %d drawn on %d pages", idx, seen[idx])
		}
	}
	pages, err := Draw(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != e.pages {
		t.Fatalf("Draw gave %d pages, the layout %d", len(pages), e.pages)
	}
	for i, pg := range pages { // the footer counts the pages there are
		want := fmt.Sprintf("page %d of %d", i+1, len(pages))
		if !slices.ContainsFunc(pg.Texts, func(tx Text) bool { return tx.Text == want }) {
			t.Errorf("vector page %d has no %q", i+1, want)
		}
	}
	for _, i := range continuedPages {
		found := false
		for _, tx := range pages[i].Texts {
			found = found || strings.HasSuffix(tx.Text, " (continued)")
		}
		if !found {
			t.Errorf("vector page %d has no repeated band title", i+1)
		}
	}
}
