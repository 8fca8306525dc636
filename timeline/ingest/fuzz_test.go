package ingest

import (
	"os"
	"testing"
	"unicode/utf8"

	"retrace/timeline"
)

// fuzzNames routes fuzz input to each reader: by extension, and by sniffing.
var fuzzNames = []string{"a.html", "a.txt", "a.md", "noext"}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"russia-north-korea-alliance.html", "russia-north-korea-alliance.md", "russia-north-korea-alliance.txt"} {
		if data, err := os.ReadFile(samples + name); err == nil {
			f.Add(uint8(0), data)
		}
	}
	f.Add(uint8(0), []byte("<p>a<br>b<script>x</script><article><h1>T</h1><time datetime=2026-01-02>x</time>"))
	f.Add(uint8(1), []byte("MOSCOW, Jan 2 (Reuters) - Dr. Smith said... \"U.S. 3.5\" ok.\r\nNext?! Yes…\rEnd."))
	f.Add(uint8(1), []byte("\xff\xfeA\x00\r\x00\n\x00"))
	f.Add(uint8(1), []byte("\xcf\xf0\xe8\xe2\xe5\xf2 caf\xe9"))
	f.Add(uint8(2), []byte("---\ntitle: x\ndate: 2026-01-02\n---\n# H\n\n*a* [b](c) ```\nx\n```\n> q\n- l\n"))
	f.Add(uint8(3), []byte("# x\n\n[a](b) [c](d)"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		doc, err := Read(fuzzNames[int(which)%len(fuzzNames)], data)
		if err != nil {
			if doc != nil {
				t.Fatalf("error %v with a document", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("text is not valid UTF-8")
		}
		if doc.Format == "" || doc.DateSource == "" || doc.HasDate() == (doc.DateSource == timeline.DateUnknown) {
			t.Fatalf("format %q, date %v from %q", doc.Format, doc.Date, doc.DateSource)
		}
		checkSpans(t, doc)
	})
}

// FuzzSegment checks the splitters on any string, including invalid UTF-8
// that callers of FromText may pass.
func FuzzSegment(f *testing.F) {
	f.Add("Dr. Smith arrived. He left.\r\n\r\nU.S. The end… “Quote.” Next")
	f.Add("a.\u2028b. C\u00a0. D")
	f.Add("\xff. A\x80. B")
	f.Fuzz(func(t *testing.T, text string) {
		doc := FromText("", text)
		if !utf8.ValidString(text) {
			// Rune boundaries mean nothing in invalid UTF-8: check only order.
			doc.Text = string(make([]byte, len(text)))
		}
		checkSpans(t, doc)
	})
}
