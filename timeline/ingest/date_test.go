package ingest

import (
	"strings"
	"testing"
	"time"

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
		got, ok := parseDateValue(tc.in)
		if s := timeline.FormatDate(got); s != tc.want || ok != (tc.want != "") {
			t.Errorf("parseDateValue(%q) = %q, %v; want %q", tc.in, s, ok, tc.want)
		}
	}
}

func TestDateline(t *testing.T) {
	ref := time.Date(2026, 3, 1, 15, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"MOSCOW, Jan 2 (Reuters) - Russia said on Friday...", "2026-01-02"},
		{"MOSCOW, Dec 30 (Reuters) - Russia said...", "2025-12-30"}, // before the file was saved
		{"WASHINGTON (AP) — March 3, 2019 — The president said.", "2019-03-03"},
		{"WASHINGTON (AP) — March 3, 2019", "2019-03-03"},
		{"Jan. 2, 2026 — Talks resumed.", "2026-01-02"},
		{"NEW YORK, Feb. 14, 2024 /PRNewswire/ — ", ""},
		{"KYIV, Ukraine, Feb 24, 2022 (AP) — Russia invaded.", "2022-02-24"},
		{"МОСКВА, 2 января — РИА Новости. Президент...", "2026-01-02"},
		{"Title of the piece\n\nPublished: January 2, 2026\n\nBody.", "2026-01-02"},
		{"Headline\n\nJanuary 2, 2026\n\nBody text.", "2026-01-02"},
		{"2026-01-02: the day began.", "2026-01-02"},
		{"March 3, 2019 was a cold day.", ""},
		{"NEW Year's Day, Jan 1 is a holiday.", ""},
		{"The talks on Jan 2 - a Friday - failed.", ""},
		{"One.\n\nTwo.\n\nThree.\n\nMOSCOW, Jan 2 (Reuters) - too late", ""},
		{"", ""},
	}
	for _, tc := range tests {
		doc := FromText("", tc.text)
		got, ok := findDateline(doc.Text, doc.Paragraphs, ref)
		if s := timeline.FormatDate(got); s != tc.want || ok != (tc.want != "") {
			t.Errorf("findDateline(%q) = %q, %v; want %q", tc.text, s, ok, tc.want)
		}
	}
	// Without a reference time a yearless dateline gives no date rather than
	// guessing the year.
	doc := FromText("", "MOSCOW, Jan 2 (Reuters) - Russia said")
	if got, ok := findDateline(doc.Text, doc.Paragraphs, time.Time{}); ok {
		t.Errorf("yearless dateline without reference = %v, want none", got)
	}
	// Read reports it as a dateline date.
	d, err := Read("a.txt", []byte("WASHINGTON (AP) — March 3, 2019 — The president said."))
	if err != nil || d.DateSource != timeline.DateFromDateline || timeline.FormatDate(d.Date) != "2019-03-03" {
		t.Errorf("Read: %v, %v (%s)", err, d.Date, d.DateSource)
	}
	// Metadata wins over a dateline.
	d, err = Read("a.md", []byte("---\ndate: 2020-05-05\n---\nJan. 2, 2026 — Talks resumed.\n"))
	if err != nil || d.DateSource != timeline.DateFromMetadata || timeline.FormatDate(d.Date) != "2020-05-05" {
		t.Errorf("Read: %v, %v (%s)", err, d.Date, d.DateSource)
	}
	if !strings.Contains(monthPattern, "sept|") {
		t.Errorf("month names are not longest first: %s", monthPattern)
	}
}
