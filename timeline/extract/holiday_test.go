package extract

import (
	"testing"
	"time"

	"retrace/timeline"
)

// Holidays: a table of named days; Easter is computed.
func TestHolidays(t *testing.T) {
	runCases(t, []tagCase{
		{name: "New Year nearest before the DCT", text: "Putin's New Year's greeting to Kim", dct: "2026-01-02",
			want: []want{{text: "New Year", typ: "DATE", value: "2026-01-01", earliest: "2025-12-31", latest: "2026-01-01", anchor: "dct"}}},
		{text: "Fireworks on New Year's Eve lit the sky.", dct: "2026-01-02",
			want: []want{{text: "New Year's Eve", value: "2025-12-31"}}},
		{text: "Shops close at Christmas.", dct: "2025-12-01",
			want: []want{{text: "Christmas", value: "2025-12-25"}}},
		{text: "Churches filled at Easter.", dct: "2024-04-10",
			want: []want{{text: "Easter", value: "2024-03-31"}}},
		{text: "Families gathered for Thanksgiving.", dct: "2025-12-01",
			want: []want{{text: "Thanksgiving", value: "2025-11-27"}}},
		{text: "Christmas 2019 was quiet.", want: []want{{text: "Christmas 2019", value: "2019-12-25"}}},
		{name: "holidays need a capital", text: "a new year of christmas trees", want: nil},
	})
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{2000: "2000-04-23", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2038: "2038-04-25", 1818: "1818-03-22"} {
		if got := timeline.FormatDate(Easter(y)); got != want {
			t.Errorf("Easter(%d) = %s, want %s", y, got, want)
		}
	}
}

// A user extends the table with Victory Day.
func TestCustomHoliday(t *testing.T) {
	hs := append(DefaultHolidays(), Holiday{Name: "Victory Day", Date: Fixed(time.May, 9)})
	ms, _ := TagText("Troops paraded on Victory Day.", Options{DCT: timeline.Day(2025, 5, 10), Holidays: hs})
	if len(ms) != 1 || ms[0].Text != "Victory Day" || ms[0].Value != "2025-05-09" {
		t.Fatalf("got %s", describe(ms))
	}
	// The default table does not know it, and is not changed by the append above.
	ms, _ = TagText("Troops paraded on Victory Day.", Options{DCT: timeline.Day(2025, 5, 10)})
	if len(ms) != 0 {
		t.Fatalf("default table tagged %s", describe(ms))
	}
}

func TestNthWeekday(t *testing.T) {
	if got := timeline.FormatDate(NthWeekday(time.May, time.Monday, -1)(2025)); got != "2025-05-26" {
		t.Errorf("Memorial Day 2025 = %s", got)
	}
	if got := timeline.FormatDate(NthWeekday(time.September, time.Monday, 1)(2025)); got != "2025-09-01" {
		t.Errorf("Labor Day 2025 = %s", got)
	}
}

func TestHolidayWeeksAndElectionDay(t *testing.T) {
	runCases(t, []tagCase{
		{text: "Pilgrims crowded Jerusalem during Easter week.", dct: "2000-04-17",
			want: []want{{text: "Easter week", value: "2000-W16", earliest: "2000-04-17", latest: "2000-04-23"}}},
		{text: "The campaign runs from now to Election Day.", dct: "1998-10-26",
			want: []want{{text: "now", value: "PRESENT_REF"}, {text: "Election Day", value: "1998-11-03"}}},
		{name: "the Tuesday after the first Monday", text: "Election Day 2020 was calm.",
			want: []want{{text: "Election Day 2020", value: "2020-11-03"}}},
		{name: "a first-day Tuesday is too early", text: "Voters turned out on Election Day 2022.",
			want: []want{{text: "Election Day 2022", value: "2022-11-08"}}},
		{text: "The day before Christmas the shops closed.", dct: "2026-01-02",
			want: []want{{text: "The day before Christmas", value: "2025-12-24"}}},
	})
}
