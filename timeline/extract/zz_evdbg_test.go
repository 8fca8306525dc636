package extract

import (
	"fmt"
	"os"
	"testing"

	"retrace/timeline"
	"retrace/timeline/ingest"
)

func TestZZEvents(t *testing.T) {
	path := os.Getenv("EVDOC")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	doc := ingest.FromText(path, string(b))
	dct, _ := timeline.ParseDate(os.Getenv("EVDCT"))
	a := Analyze(doc, Options{DCT: dct})
	for _, m := range a.Mentions {
		fmt.Printf("%s %q %s %s %s..%s %s %s\n", m.ID, m.Text, m.Type, m.Value, timeline.FormatDate(m.Interval.Earliest), timeline.FormatDate(m.Interval.Latest), m.Kind, m.Anchor)
	}
	for _, e := range a.Events {
		fmt.Printf("%s %q %s..%s %v | %s\n", e.ID, e.Label, timeline.FormatDate(e.Interval.Earliest), timeline.FormatDate(e.Interval.Latest), e.Mentions, e.How)
	}
}
