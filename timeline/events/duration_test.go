package events

import (
	"testing"

	"retrace/timeline"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		value    string
		min, max span
		vague    bool
		words    string
	}{
		{"P2D", span{days: 2}, span{days: 2}, false, "2 days"},
		{"P1W", span{days: 7}, span{days: 7}, false, "1 week"},
		{"PXW", span{days: 7}, span{days: 56}, true, "some weeks"},
		{"PXM", span{months: 1}, span{months: 12}, true, "some months"},
		{"P1Y", span{months: 12}, span{months: 12}, false, "1 year"},
		{"P1.5Y", span{months: 12}, span{months: 24}, false, "1.5 years"},
		{"P2DE", span{months: 240}, span{months: 240}, false, "2 decades"},
		{"P1CE", span{months: 1200}, span{months: 1200}, false, "1 century"},
		{"PT5H", span{days: 1}, span{days: 1}, false, "5 hours"},
		{"PT30M", span{days: 1}, span{days: 1}, false, "30 minutes"},
	}
	for _, tt := range tests {
		d, err := parseDuration(tt.value)
		if err != nil {
			t.Errorf("%s: %v", tt.value, err)
			continue
		}
		if d.min != tt.min || d.max != tt.max || d.vague != tt.vague || d.words != tt.words {
			t.Errorf("%s: got %+v", tt.value, d)
		}
	}
	for _, bad := range []string{"", "P", "PX", "P1Y2M", "XXXX", "2020", "PT", "P-1D", "P1e9Y", "PQ"} {
		if _, err := parseDuration(bad); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

func TestAddClampsMonthEnds(t *testing.T) {
	tests := []struct {
		from string
		s    span
		sign int
		want string
	}{
		{"2024-01-31", span{months: 1}, +1, "2024-02-29"},
		{"2023-01-31", span{months: 1}, +1, "2023-02-28"},
		{"2024-03-31", span{months: 1}, -1, "2024-02-29"},
		{"2024-02-29", span{months: 12}, +1, "2025-02-28"},
		{"2026-01-01", span{days: 56}, -1, "2025-11-06"},
		{"2025-12-15", span{months: 1}, +1, "2026-01-15"},
		{"0000-03-01", span{months: 3}, -1, "-0001-12-01"}, // 1 BC back into 2 BC
	}
	for _, tt := range tests {
		from, err := timeline.ParseDate(tt.from)
		if err != nil {
			t.Fatal(err)
		}
		if got := timeline.FormatDate(add(from, tt.s, tt.sign)); got != tt.want {
			t.Errorf("%s %+d×%+v = %s, want %s", tt.from, tt.sign, tt.s, got, tt.want)
		}
	}
}

func TestShiftKeepsEveryReading(t *testing.T) {
	anchor := timeline.Interval{Earliest: timeline.Day(2025, 12, 31), Latest: timeline.Day(2026, 1, 1), Granularity: timeline.GranDay}
	d, _ := parseDuration("PXW")
	before := shift(anchor, d, -1)
	if timeline.FormatDate(before.Earliest) != "2025-11-05" || timeline.FormatDate(before.Latest) != "2025-12-25" {
		t.Errorf("weeks before: %s..%s", timeline.FormatDate(before.Earliest), timeline.FormatDate(before.Latest))
	}
	if !before.FuzzyStart || !before.FuzzyEnd || before.Granularity != timeline.GranWeek {
		t.Errorf("weeks before: %+v", before)
	}
	after := shift(anchor, d, +1)
	if timeline.FormatDate(after.Earliest) != "2026-01-07" || timeline.FormatDate(after.Latest) != "2026-02-26" {
		t.Errorf("weeks after: %s..%s", timeline.FormatDate(after.Earliest), timeline.FormatDate(after.Latest))
	}
}
