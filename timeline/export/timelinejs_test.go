package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"retrace/timeline"
	sample "retrace/timeline/internal/fixture"
)

// TestTimelineJS checks the JSON against the fields TimelineJS3 documents
// (timeline.knightlab.com/docs/json-format.html): a title slide with
// text; events, each with a start_date whose year is a number and whose
// month and day, when present, are in range, an end_date not before it,
// and text with a headline. Read back as plain maps, so a field of the
// wrong name or type fails.
func TestTimelineJS(t *testing.T) {
	tl := timeline.New(sample.SampleAnalysis())
	var b bytes.Buffer
	if err := TimelineJS(&b, tl, "Russia’s Deepening Alliance with North Korea", "What the article dates", nil); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	title, ok := doc["title"].(map[string]any)
	if !ok {
		t.Fatalf("no title slide: %s", b.String())
	}
	if text, _ := title["text"].(map[string]any); text["headline"] != "Russia’s Deepening Alliance with North Korea" || text["text"] != "What the article dates" {
		t.Errorf("title slide text: %v", title["text"])
	}
	events, ok := doc["events"].([]any)
	if !ok || len(events) != len(tl.Items) {
		t.Fatalf("%d events, want %d", len(events), len(tl.Items))
	}
	date := func(v any, what string) [3]float64 {
		d, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: %v is not a date object", what, v)
		}
		year, ok := d["year"].(float64)
		if !ok {
			t.Fatalf("%s: year %v is not a number", what, d["year"])
		}
		var out = [3]float64{year, 1, 1}
		if m, ok := d["month"]; ok {
			if mf, ok := m.(float64); !ok || mf < 1 || mf > 12 {
				t.Errorf("%s: month %v", what, m)
			} else {
				out[1] = mf
			}
		}
		if dd, ok := d["day"]; ok {
			if df, ok := dd.(float64); !ok || df < 1 || df > 31 {
				t.Errorf("%s: day %v", what, dd)
			} else {
				out[2] = df
			}
			if _, ok := d["month"]; !ok {
				t.Errorf("%s: a day without a month", what)
			}
		}
		for k := range d {
			switch k {
			case "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date":
			default:
				t.Errorf("%s: field %q is not a TimelineJS date field", what, k)
			}
		}
		return out
	}
	before := func(a, b [3]float64) bool {
		for i := range a {
			if a[i] != b[i] {
				return a[i] < b[i]
			}
		}
		return false
	}
	seen := map[string]bool{}
	for i, e := range events {
		ev := e.(map[string]any)
		start := date(ev["start_date"], "event start")
		if end, ok := ev["end_date"]; ok {
			if e := date(end, "event end"); before(e, start) {
				t.Errorf("event %d ends before it starts", i)
			}
		}
		text, _ := ev["text"].(map[string]any)
		if h, _ := text["headline"].(string); h == "" {
			t.Errorf("event %d has no headline", i)
		}
		body, _ := text["text"].(string)
		seen[body] = true
		id, _ := ev["unique_id"].(string)
		if id == "" {
			t.Errorf("event %d has no unique_id", i)
		}
	}
	// The invasion is a day; Crimea a month (no day); the incursion's
	// display date says "late 2024"; the clashes' note names the greeting.
	all := b.String()
	for _, want := range []string{`"year": 2022,
        "month": 2,
        "day": 24`, `"display_date": "late 2024"`, "“Putin’s New Year greeting to Kim Jong Un”", "Russia annexed Crimea in March 2014."} {
		if !strings.Contains(all, want) {
			t.Errorf("the JSON lacks %q", want)
		}
	}
	if strings.Contains(all, "before e1") {
		t.Error("the JSON shows an internal event id")
	}
}

func TestTimelineJSYears(t *testing.T) {
	d := timeline.Day
	s, e := tljsRange(d(-43, 3, 15), d(-43, 3, 15))
	if s.Year != -44 || s.Month != 3 || s.Day != 15 || e != nil {
		t.Errorf("15 Mar 44 BC: %+v %+v", s, e)
	}
	s, e = tljsRange(d(2024, 1, 1), d(2024, 12, 31))
	if s != (TLJSDate{Year: 2024}) || e != nil {
		t.Errorf("2024: %+v %+v", s, e)
	}
	s, e = tljsRange(d(1990, 8, 1), d(1990, 9, 30))
	if s != (TLJSDate{Year: 1990, Month: 8}) || e == nil || *e != (TLJSDate{Year: 1990, Month: 9}) {
		t.Errorf("Aug–Sep 1990: %+v %+v", s, e)
	}
}
