package export

import (
	"image"
	"io"
	"testing"

	"retrace/timeline"
	"retrace/timeline/chart"
	sample "retrace/timeline/internal/fixture"
)

// big is 10,000 events over 30 years in three sources, exported whole at
// the default width: every event gets a lane, on as many pages as it takes.
func big() (*timeline.Timeline, chart.RenderOptions) {
	return sample.Synthetic(10000, 3, timeline.Day(1995, 1, 1), 30, 11),
		chart.RenderOptions{Width: 2400, Title: "10,000 events", Legend: true}
}

// BenchmarkPNG10k draws and encodes the PNG pages of 10,000 events, as
// the export writes them.
func BenchmarkPNG10k(b *testing.B) {
	tl, opt := big()
	for b.Loop() {
		n, pages := 0, 0
		err := EncodePNGPages(tl, opt, func(p PNGPage) error {
			var cw countWriter
			pages = p.N
			err := p.Write(&cw)
			n += int(cw)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(pages), "pages")
		b.ReportMetric(float64(n)/1e6, "MB")
	}
}

// BenchmarkDrawPNG10k draws the PNG pages of 10,000 events, without
// encoding them.
func BenchmarkDrawPNG10k(b *testing.B) {
	tl, opt := big()
	for b.Loop() {
		pages := 0
		err := chart.RenderPagesTo(tl, opt, func(i, count int, img *image.RGBA) error {
			pages = count
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(pages), "pages")
	}
}

// BenchmarkSVG10k draws 10,000 events as one SVG.
func BenchmarkSVG10k(b *testing.B) {
	tl, opt := big()
	for b.Loop() {
		pages, err := chart.Draw(tl, opt)
		if err != nil {
			b.Fatal(err)
		}
		var cw countWriter
		if err := SVG(&cw, pages); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(cw)/1e6, "MB")
	}
}

// BenchmarkPDF10k draws 10,000 events as A4 landscape pages.
func BenchmarkPDF10k(b *testing.B) {
	tl, opt := big()
	a4, _ := SizeByName("a4-landscape")
	opt.Width, opt.Height, opt.Units = a4.Width, a4.Height, a4.Units
	for b.Loop() {
		pages, err := chart.Draw(tl, opt)
		if err != nil {
			b.Fatal(err)
		}
		var cw countWriter
		if err := PDF(&cw, pages, a4.PageMM[0], PDFInfo{Title: opt.Title}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(pages)), "pages")
		b.ReportMetric(float64(cw)/1e6, "MB")
	}
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)
