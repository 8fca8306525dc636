package assets

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite icon.png from DrawIcon")

// TestIconIsDrawn checks that the embedded icon is exactly what DrawIcon
// draws, so the PNG in the repository never drifts from its source.
// Regenerate with: go test ./assets -run TestIconIsDrawn -update
func TestIconIsDrawn(t *testing.T) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, DrawIcon(IconSize)); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("icon.png", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(buf.Bytes(), IconPNG()) {
		t.Fatal("icon.png differs from DrawIcon(IconSize); run: go test ./assets -run TestIconIsDrawn -update")
	}
	img, err := png.Decode(bytes.NewReader(IconPNG()))
	if err != nil {
		t.Fatalf("embedded icon: %v", err)
	}
	if b := img.Bounds(); b.Dx() != IconSize || b.Dy() != IconSize {
		t.Fatalf("icon is %dx%d, want %dx%d", b.Dx(), b.Dy(), IconSize, IconSize)
	}
	// The corners are transparent (rounded tile), the centre is not.
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Errorf("corner alpha %d, want transparent", a)
	}
	if _, _, _, a := img.At(IconSize/2, IconSize/2).RGBA(); a == 0 {
		t.Error("centre is transparent")
	}
}

func TestSample(t *testing.T) {
	text := SampleText()
	for _, want := range []string{"New Year", "late 2024", "Kursk"} {
		if !strings.Contains(text, want) {
			t.Errorf("sample lacks %q", want)
		}
	}
	if got := SampleDate().Format("2006-01-02"); got != "2026-01-02" {
		t.Errorf("SampleDate = %s", got)
	}
}
