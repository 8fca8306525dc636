package events

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/ingest"
)

// longDocument joins every TimeBank article, with its gold time
// expressions, into one document of about 400 KB and 1,400 mentions.
func longDocument(b *testing.B) (*timeline.Document, []timeline.Mention) {
	files, _ := filepath.Glob(filepath.Join(timeBankDir, "*.tml"))
	if len(files) == 0 {
		b.Skipf("no TimeBank corpus at %s", timeBankDir)
	}
	var text strings.Builder
	var all []timeline.Mention
	for _, f := range files {
		doc, ms, _ := readTimeML(b, f)
		off := text.Len()
		text.WriteString(doc.Text)
		text.WriteString("\n\n")
		for _, m := range ms {
			m.Start += off
			m.End += off
			all = append(all, m)
		}
	}
	return ingest.FromText("timebank", text.String()), all
}

func BenchmarkBuild(b *testing.B) {
	doc, ms := longDocument(b)
	dct := time.Date(1998, 1, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for b.Loop() {
		evs, _ := Build(doc, ms, dct)
		n = len(evs)
	}
	b.ReportMetric(float64(n), "events")
	b.ReportMetric(float64(len(ms)), "mentions")
}
