package typeset

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"testing"

	"github.com/go-text/typesetting/font"
)

var updateTable = flag.Bool("update-fallback", false, "rewrite fallback_table.go from the system's DejaVu Sans")

// dejaVu is where Debian's fonts-dejavu-core (in make test's packages)
// installs the faces the table is read from.
var dejaVu = [2]string{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}

// TestFallbackTable holds fallback_table.go to DejaVu Sans's own advance
// widths (rounded up to a thousandth of an em), and rewrites it with
// -update-fallback.
func TestFallbackTable(t *testing.T) {
	var got [2][fallbackRunes]uint16
	for style, path := range dejaVu {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Skipf("no DejaVu Sans here: %v", err)
		}
		face, err := font.ParseTTF(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		upem := float64(face.Upem())
		for i := range fallbackRunes {
			gid, ok := face.NominalGlyph(fallbackRune(i))
			if !ok {
				continue
			}
			got[style][i] = uint16(math.Ceil(float64(face.HorizontalAdvance(gid)) * 1000 / upem))
		}
	}
	if *updateTable {
		var b bytes.Buffer
		b.WriteString("// Written by TestFallbackTable -update-fallback from DejaVu Sans (Book and Bold); do not edit.\n\npackage typeset\n\n")
		b.WriteString("// dejaVuAdvance is the advance of each rune fallbackRune(i) in DejaVu Sans,\n// Book [0] and Bold [1], in thousandths of an em; 0 where it has no glyph.\n")
		b.WriteString("var dejaVuAdvance = [2][fallbackRunes]uint16{\n")
		for _, row := range got {
			b.WriteString("{")
			for i, v := range row {
				if i%16 == 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "%d, ", v)
			}
			b.WriteString("\n},\n")
		}
		b.WriteString("}\n")
		src, err := format.Source(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("fallback_table.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != dejaVuAdvance {
		t.Error("fallback_table.go differs from the system's DejaVu Sans: run go test -run TestFallbackTable -update-fallback and look at the diff")
	}
}
