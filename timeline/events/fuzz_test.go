package events

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ingest"
)

// mentionsFrom decodes fuzz bytes into mentions, six bytes each: start (2),
// length, type and value, first day offset, width in days. Spans may fall
// outside the text or inside a rune: Build must cope.
func mentionsFrom(text string, spec []byte) []timeline.Mention {
	values := []string{"2020-01-01", "PXW", "P2D", "P1Y", "PXM", "P1.5Y", "PT3H", "PX", "P", "XXXX"}
	types := []timeline.TimexType{timeline.TypeDate, timeline.TypeTime, timeline.TypeDuration, timeline.TypeSet}
	var ms []timeline.Mention
	for i := 0; i+6 <= len(spec); i += 6 {
		start := int(spec[i])<<8 | int(spec[i+1])
		if len(text) > 0 {
			start %= len(text) + 2
		}
		m := timeline.Mention{
			ID:    "t" + string(rune('a'+len(ms)%26)),
			Span:  timeline.Span{Start: start, End: start + int(spec[i+2]%40)},
			Type:  types[spec[i+3]%4],
			Value: values[spec[i+3]/4%byte(len(values))],
		}
		if spec[i+4]%5 != 0 {
			e := timeline.Day(2020, 1, 1).AddDate(0, 0, int(spec[i+4])-128)
			m.Interval = timeline.Interval{Earliest: e, Latest: e.AddDate(0, 0, int(spec[i+5])-20)}
		}
		ms = append(ms, m)
	}
	return ms
}

func FuzzBuild(f *testing.F) {
	f.Add("The timing of the message, just weeks after intense clashes, drew attention.", []byte{0, 30, 5, 8, 1, 0, 0, 4, 3, 0, 10, 0})
	f.Add("Shortly after the vote, on March 5, 2019, protests erupted. A year later, they stopped.", []byte{0, 28, 13, 0, 3, 2, 0, 60, 6, 12, 0, 0})
	f.Add("Putin’s New Year’s greeting — “heroic” — arrived; weeks before it, nothing.", []byte{0, 0, 8, 0, 9, 1, 0, 57, 5, 4, 0, 0})
	if b, err := os.ReadFile("../../../shared/samples/russia-north-korea-alliance.txt"); err == nil {
		f.Add(string(b), []byte{1, 100, 8, 0, 9, 1, 1, 200, 5, 4, 0, 0, 3, 0, 9, 0, 7, 100})
	}
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		doc := ingest.FromText("fuzz", text)
		ms := mentionsFrom(text, spec)
		evs, out := Build(doc, tokens(doc), ms, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
		if len(out) != len(ms) {
			t.Fatalf("got %d mentions back, gave %d", len(out), len(ms))
		}
		ids := map[string]bool{}
		for _, e := range evs {
			if e.Sentence.Start < 0 || e.Sentence.End > len(text) || e.Sentence.Start > e.Sentence.End {
				t.Fatalf("%s: sentence %v outside text of %d bytes", e.ID, e.Sentence, len(text))
			}
			if e.Interval.Latest.Before(e.Interval.Earliest) {
				t.Fatalf("%s: earliest %v after latest %v", e.ID, e.Interval.Earliest, e.Interval.Latest)
			}
			if !utf8.ValidString(e.Label) || len(strings.Fields(e.Label)) > maxLabelWords {
				t.Fatalf("%s: bad label %q", e.ID, e.Label)
			}
			if ids[e.ID] || !strings.HasPrefix(e.ID, "e") {
				t.Fatalf("duplicate or bad id %q", e.ID)
			}
			ids[e.ID] = true
		}
		for i := 1; i < len(evs); i++ {
			if evs[i].Interval.Earliest.Before(evs[i-1].Interval.Earliest) {
				t.Fatal("events not sorted by earliest")
			}
		}
	})
}
