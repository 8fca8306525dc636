package chart

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"retrace/timeline"
)

// TestCardSaysReporterAndRetelling: an event labelled with what was
// reported names its reporter on the hover card, and one told twice quotes
// the second telling.
func TestCardSaysReporterAndRetelling(t *testing.T) {
	text := "The Pentagon said on Tuesday that Iraq had moved troops. Iraq moved the troops on Tuesday, officials said."
	second := strings.Index(text, "Iraq moved")
	doc := &timeline.Document{Path: "wire.txt", Text: text}
	day := timeline.Interval{Earliest: timeline.Day(1990, 8, 14), Latest: timeline.Day(1990, 8, 14), Granularity: timeline.GranDay}
	a := &timeline.Analysis{Doc: doc, Events: []timeline.Event{{
		ID: "e1", Label: "Iraq had moved troops", Interval: day, Kind: timeline.KindExplicit,
		Sentence: timeline.Span{Start: 0, End: second - 1}, Reporter: "Pentagon",
		Also: []timeline.Retelling{{Sentence: timeline.Span{Start: second, End: len(text)}}},
	}}}
	tl := timeline.New(a)
	measure := func(s string, size float32, _ fyne.TextStyle) float32 { return float32(len(s)) * size / 2 }
	all := ""
	for _, l := range itemCard(tl, 0, &lightPalette, func(i int) string { return SourceTitle(tl.Sources[i]) }, measure) {
		all += l.text + "\n"
	}
	for _, want := range []string{"reported by Pentagon", "also: “Iraq moved the troops"} {
		if !strings.Contains(all, want) {
			t.Errorf("card lacks %q:\n%s", want, all)
		}
	}
}
