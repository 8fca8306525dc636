package chart

import (
	"image/png"
	"os"
	"testing"

	"retrace/timeline"
)

func TestLook(t *testing.T) {
	out := os.Getenv("CHART_LOOK")
	if out == "" {
		t.Skip("set CHART_LOOK=file.png to write a sample rendering")
	}
	tl := timeline.New(sampleAnalysis())
	img, err := Render(tl, RenderOptions{Width: 2400, Title: "Russia’s Deepening Alliance with North Korea", Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(out)
	png.Encode(f, img)
	f.Close()
}
