package analyze

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/export"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
)

// repeated is n bytes of one paragraph of four dated sentences, over and
// over: the text on which the CSV export was once quadratic (every row
// looked its event and mentions up by scanning).
func repeated(n int) string {
	para := "The talks began on March 3, 2024, in Geneva. The ceasefire collapsed on May 5, 2024, after heavy shelling. " +
		"Troops withdrew from the city in June 2024. Elections were held on November 5, 2024, under observers.\n\n"
	return strings.Repeat(para, n/len(para)+1)[:n/len(para)*len(para)]
}

// BenchmarkExtractAndExport compares, on 1 and 4 MB, what extract does
// (read, tag, events, JSON) with what export --csv does (read, tag, events,
// merge, CSV): the export must cost about as much, at any size.
func BenchmarkExtractAndExport(b *testing.B) {
	for _, mb := range []int{1, 4} {
		text := []byte(repeated(mb << 20))
		analyse := func() []*timeline.Analysis {
			doc, err := ingest.Read("rep.txt", text)
			if err != nil {
				b.Fatal(err)
			}
			return []*timeline.Analysis{Document(doc, extract.Options{Mode: extract.ModeAuto})}
		}
		b.Run(fmt.Sprintf("%dMB/extract", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				a := analyse()
				json.NewEncoder(io.Discard).Encode(export.DocumentJSON(a[0]))
			}
		})
		b.Run(fmt.Sprintf("%dMB/export-csv", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				export.CSV(io.Discard, Timeline(analyse(), workspace.Corrections{}))
			}
		})
	}
}
