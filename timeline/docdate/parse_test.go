package docdate

import (
	"strings"
	"testing"

	"retrace/timeline"
)

func TestParseDateValue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-01-02", "2026-01-02"},
		{"2026-01-02T09:30:00+03:00", "2026-01-02"},
		{"2026-01-02T01:30:00+03:00", "2026-01-02"}, // the UTC instant is 2026-01-01
		{"2026-01-02T23:30:00-05:00", "2026-01-02"}, // the UTC instant is 2026-01-03
		{" 2026-01-02T09:30:00.000Z ", "2026-01-02"},
		{"2026/1/2", "2026-01-02"},
		{"20260102T093000Z", "2026-01-02"},
		{"Fri, 02 Jan 2026 09:30:00 GMT", "2026-01-02"},
		{"January 2, 2026", "2026-01-02"},
		{"Jan. 2nd 2026", "2026-01-02"},
		{"2 January 2026", "2026-01-02"},
		{"2 января 2026 г.", "2026-01-02"},
		{"Sept 30, 2025", "2025-09-30"},
		{"2026-02-30", ""},
		{"2026-13-01", ""},
		{"0000-01-01", ""},
		{"yesterday", ""},
		{"", ""},
		{"202601", ""},
	}
	for _, tc := range tests {
		got, ok := ParseValue(tc.in)
		if s := timeline.FormatDate(got); s != tc.want || ok != (tc.want != "") {
			t.Errorf("ParseValue(%q) = %q, %v; want %q", tc.in, s, ok, tc.want)
		}
	}
}

func TestMonthPatternLongestFirst(t *testing.T) {
	if !strings.Contains(monthPattern, "sept|") {
		t.Errorf("month names are not longest first: %s", monthPattern)
	}
}
