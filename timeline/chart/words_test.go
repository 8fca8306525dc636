package chart

import (
	"testing"

	"fyne.io/fyne/v2"

	"retrace/timeline"
)

func TestDescribeInterval(t *testing.T) {
	d := timeline.Day
	cases := []struct {
		iv   timeline.Interval
		want string
	}{
		{iv(d(2026, 1, 2), d(2026, 1, 2), timeline.GranDay, false, false), "2 Jan 2026"},
		{iv(d(2025, 12, 31), d(2026, 1, 1), timeline.GranDay, false, false), "31 Dec 2025 – 1 Jan 2026"},
		{iv(d(2024, 8, 1), d(2024, 12, 31), timeline.GranMonth, false, false), "Aug–Dec 2024"},
		{iv(d(2024, 8, 1), d(2024, 12, 31), timeline.GranMonth, true, false), "late 2024"},
		{iv(d(2024, 9, 1), d(2024, 12, 31), timeline.GranMonth, true, false), "late 2024"},
		{iv(d(2024, 1, 1), d(2024, 4, 30), timeline.GranMonth, false, true), "early 2024"},
		{iv(d(2024, 5, 1), d(2024, 8, 31), timeline.GranMonth, true, true), "mid 2024"},
		{iv(d(2025, 10, 1), d(2025, 12, 31), timeline.GranWeek, true, true), "about Oct–Dec 2025"},
		{iv(d(2024, 1, 1), d(2024, 12, 31), timeline.GranYear, false, false), "2024"},
		{iv(d(2009, 1, 1), d(2010, 12, 31), timeline.GranYear, false, false), "2009–2010"},
		{iv(d(1990, 1, 1), d(1999, 12, 31), timeline.GranDecade, false, false), "the 1990s"},
		{iv(d(1900, 1, 1), d(1999, 12, 31), timeline.GranCentury, false, false), "20th century"},
		{iv(d(2014, 3, 1), d(2014, 3, 31), timeline.GranMonth, false, false), "Mar 2014"},
		{iv(d(2025, 11, 1), d(2026, 2, 28), timeline.GranMonth, false, false), "Nov 2025 – Feb 2026"},
		{iv(d(2024, 8, 3), d(2024, 8, 7), timeline.GranDay, false, false), "3–7 Aug 2024"},
		{iv(d(2024, 7, 31), d(2024, 8, 3), timeline.GranDay, false, false), "31 Jul – 3 Aug 2024"},
		{iv(d(-43, 3, 15), d(-43, 3, 15), timeline.GranDay, false, false), "15 Mar 44 BC"},
		{iv(d(2024, 12, 31), d(2024, 12, 1), timeline.GranMonth, false, false), "Dec 2024"}, // reversed bounds
		{timeline.Interval{}, "undated"},
	}
	for _, c := range cases {
		if got := DescribeInterval(c.iv); got != c.want {
			t.Errorf("DescribeInterval(%s..%s fuzzy %v/%v) = %q, want %q", timeline.FormatDate(c.iv.Earliest),
				timeline.FormatDate(c.iv.Latest), c.iv.FuzzyStart, c.iv.FuzzyEnd, got, c.want)
		}
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 112: "112th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestGlyphWidths checks the fast label measure against Fyne's shaping: it
// may be a little wider (safe for packing), never noticeably narrower.
func TestGlyphWidths(t *testing.T) {
	g := glyphWidths{size: labelSize}
	for _, s := range []string{"Putin’s New Year greeting to Kim Jong Un", "intense clashes in the Kursk region",
		"WAVE AVATAR Tokyo", "ceasefire talks 2024", "Ünïcödé — “quotes”", "i", ""} {
		got := g.measure(s)
		want := fyne.MeasureText(s, labelSize, fyne.TextStyle{}).Width
		if got < want-0.5 || got > want*1.08+1.5 {
			t.Errorf("measure(%q) = %v, Fyne says %v", s, got, want)
		}
	}
}

// TestExplainHow: the ids of events in the tagger's note become their
// labels; other words stay.
func TestExplainHow(t *testing.T) {
	a := &timeline.Analysis{Events: []timeline.Event{{ID: "e1", Label: "Putin’s New Year greeting"}, {ID: "e2"}}}
	for how, want := range map[string]string{
		"some weeks before e1":               "some weeks before “Putin’s New Year greeting”",
		"after e2, before e1":                "after another event, before “Putin’s New Year greeting”",
		"the New Year before 2026-01-02":     "the New Year before 2026-01-02",
		"explicit date; e10 is not an event": "explicit date; e10 is not an event",
	} {
		if got := ExplainHow(a, how); got != want {
			t.Errorf("ExplainHow(%q) = %q, want %q", how, got, want)
		}
	}
}
