package chart

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"retrace/timeline"
)

// stateTimeline has happenings and a present state on single days, and a
// state over a month, over forty years (so that days are points): the
// chart draws the states hollow.
func stateTimeline() *timeline.Timeline {
	text := "Iraq invaded Kuwait on Aug. 2. Iraq now controls the border. Kuwait's oil is under Iraqi control this month. Kuwait was founded in 1950."
	doc := &timeline.Document{Path: "wire.txt", Text: text}
	day := func(d int) timeline.Interval {
		return timeline.Interval{Earliest: timeline.Day(1990, 8, d), Latest: timeline.Day(1990, 8, d), Granularity: timeline.GranDay}
	}
	month := timeline.Interval{Earliest: timeline.Day(1990, 8, 1), Latest: timeline.Day(1990, 8, 31), Granularity: timeline.GranMonth}
	a := &timeline.Analysis{Doc: doc, Events: []timeline.Event{
		{ID: "e1", Label: "Iraq invaded Kuwait", Interval: day(2), Kind: timeline.KindExplicit, Sentence: timeline.Span{Start: 0, End: 30}},
		{ID: "e2", Label: "Iraq controls border", Interval: day(15), Kind: timeline.KindDeictic, Sentence: timeline.Span{Start: 31, End: 60}, State: true},
		{ID: "e3", Label: "Kuwait's oil is under Iraqi control", Interval: month, Kind: timeline.KindDeictic, Sentence: timeline.Span{Start: 61, End: 108}, State: true},
		{ID: "e4", Label: "Kuwait was founded", Kind: timeline.KindExplicit, Sentence: timeline.Span{Start: 109, End: len(text)},
			Interval: timeline.Interval{Earliest: timeline.Day(1950, 6, 1), Latest: timeline.Day(1950, 6, 1), Granularity: timeline.GranDay}},
	}}
	return timeline.New(a)
}

// A present state is drawn hollow (a ring of its kind's colour with the
// paper inside, or a bar's outline over a faint fill), a happening solid;
// its label is muted, the legend explains the hollow marker, and its hover
// card says it is a state. The same drawing goes to the vector exports.
func TestStatesDrawnHollow(t *testing.T) {
	tl := stateTimeline()
	pages, err := Draw(tl, RenderOptions{Width: 1200, Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	p := pages[0]
	green, blue := KindColor(timeline.KindDeictic), KindColor(timeline.KindExplicit)
	var solid, rings, faint int
	for i, s := range p.Shapes {
		switch {
		case s.Kind == ShapeCircle && s.Color == blue && s.R == pointRadius:
			solid++
			if i+1 < len(p.Shapes) && p.Shapes[i+1].Kind == ShapeCircle && p.Shapes[i+1].Color == p.Background {
				t.Error("the happening is drawn hollow")
			}
		case s.Kind == ShapeCircle && s.Color == green && s.R == pointRadius:
			if i+1 < len(p.Shapes) && p.Shapes[i+1].Kind == ShapeCircle && p.Shapes[i+1].Color == p.Background &&
				p.Shapes[i+1].R < s.R && p.Shapes[i+1].X0 == s.X0 {
				rings++
			}
		case s.Kind == ShapeRect && s.Color.R == green.R && s.Color.A == stateFill:
			faint++
		case s.Kind == ShapeRect && s.Color == green && s.Y1-s.Y0 == markerHeight && s.X1-s.X0 > 2*stateRing:
			t.Errorf("the month's state is drawn as a solid bar: %+v", s)
		}
	}
	if solid != 2 || rings != 1 || faint != 1 {
		t.Errorf("solid points %d, rings %d, faint bars %d; want 2, 1, 1", solid, rings, faint)
	}
	var legend bool
	for _, tx := range p.Texts {
		if tx.Text == "present state (hollow)" {
			legend = true
		}
		if strings.HasPrefix(tx.Text, "Iraq controls") && tx.Color != lightPalette.muted {
			t.Errorf("the state's label is not muted: %+v", tx)
		}
		if strings.HasPrefix(tx.Text, "Iraq invaded") && tx.Color != lightPalette.text {
			t.Errorf("the happening's label is muted: %+v", tx)
		}
	}
	if !legend {
		t.Error("the legend does not explain the hollow marker")
	}

	// Without states, no legend entry.
	tl = tl.WithoutStates()
	pages, _ = Draw(tl, RenderOptions{Width: 1200, Legend: true})
	for _, tx := range pages[0].Texts {
		if strings.Contains(tx.Text, "present state") {
			t.Errorf("legend speaks of states when none is drawn: %q", tx.Text)
		}
	}

	tl = stateTimeline()
	measure := func(s string, size float32, _ fyne.TextStyle) float32 { return float32(len(s)) * size / 2 }
	card := func(i int) string {
		var all []string
		for _, l := range itemCard(tl, i, &lightPalette, func(int) string { return "wire.txt" }, measure) {
			all = append(all, l.text)
		}
		return strings.Join(all, "\n")
	}
	for i, it := range tl.Items {
		if got := strings.Contains(card(i), "present state"); got != it.State {
			t.Errorf("card of %q says state: %v\n%s", it.Label, got, card(i))
		}
	}
}
