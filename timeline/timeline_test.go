package timeline

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

func TestFormatParseDate(t *testing.T) {
	tests := []struct {
		day  time.Time
		text string
	}{
		{Day(2026, time.January, 2), "2026-01-02"},
		{Day(2024, time.February, 29), "2024-02-29"},
		{Day(1, time.January, 2), "0001-01-02"},
		{Day(0, time.January, 1), "0000-01-01"},        // 1 BC
		{Day(-299, time.January, 1), "-0299-01-01"},    // 300 BC
		{Day(12345, time.December, 31), "12345-12-31"}, // five-digit years stay readable
	}
	for _, tt := range tests {
		if got := FormatDate(tt.day); got != tt.text {
			t.Errorf("FormatDate(%v) = %q, want %q", tt.day, got, tt.text)
		}
		back, err := ParseDate(tt.text)
		if err != nil || !back.Equal(tt.day) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.text, back, err, tt.day)
		}
	}
	if FormatDate(time.Time{}) != "" {
		t.Error("the zero time must format as empty (unknown)")
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, s := range []string{"", "2026", "2026-1-2", "2026-13-01", "2026-02-30", "2023-02-29", "02/01/2026", "2026-01-02x", "abcd-ef-gh"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) accepted a bad date", s)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	doc := &Document{Text: "One. Two two. Three.", Sentences: []Span{{0, 4}, {5, 13}, {14, 20}}}
	tests := []struct {
		off  int
		want Span
	}{
		{0, Span{0, 4}}, {3, Span{0, 4}}, {5, Span{5, 13}}, {12, Span{5, 13}}, {19, Span{14, 20}},
		{4, Span{0, 20}}, // the space between sentences belongs to none: fall back to the whole text
	}
	for _, tt := range tests {
		if got := doc.SentenceAt(tt.off); got != tt.want {
			t.Errorf("SentenceAt(%d) = %v, want %v", tt.off, got, tt.want)
		}
	}
}

func TestIntervalDaysAndOverlap(t *testing.T) {
	late2024 := Interval{Earliest: Day(2024, 8, 1), Latest: Day(2024, 12, 31)}
	newYear := Interval{Earliest: Day(2025, 12, 31), Latest: Day(2026, 1, 1)}
	if got := late2024.Days(); got != 153 {
		t.Errorf("Aug–Dec 2024 covers %d days, want 153", got)
	}
	if got := newYear.Days(); got != 2 {
		t.Errorf("New Year's Eve and Day cover %d days, want 2", got)
	}
	// Past 292 years a time.Duration saturates; a Gregorian cycle of 400
	// years has exactly 146,097 days.
	if got := (Interval{Earliest: Day(2000, 1, 1), Latest: Day(2399, 12, 31)}).Days(); got != 146097 {
		t.Errorf("2000–2399 covers %d days, want 146097", got)
	}
	if got := (Interval{Earliest: Day(-1999, 1, 1), Latest: Day(-1600, 12, 31)}).Days(); got != 146097 {
		t.Errorf("2000–1601 BC covers %d days, want 146097", got)
	}
	if got := (Interval{Earliest: Day(2026, 1, 2), Latest: Day(2025, 1, 1)}).Days(); got != 1 {
		t.Errorf("a reversed interval covers %d days, want at least 1", got)
	}
	if late2024.Overlaps(newYear) || newYear.Overlaps(late2024) {
		t.Error("disjoint intervals reported as overlapping")
	}
	dec := Interval{Earliest: Day(2024, 12, 31), Latest: Day(2025, 1, 5)}
	if !late2024.Overlaps(dec) || !dec.Overlaps(late2024) {
		t.Error("intervals sharing 2024-12-31 must overlap")
	}
	if !(Interval{}).IsZero() || late2024.IsZero() {
		t.Error("IsZero is wrong")
	}
}

func TestGranularityText(t *testing.T) {
	for g := GranUnknown; g <= GranMillennium; g++ {
		b, _ := g.MarshalText()
		var back Granularity
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("granularity %v does not round-trip: %v %v", g, back, err)
		}
	}
	var g Granularity
	if err := json.Unmarshal([]byte(`"fortnight"`), &g); err == nil {
		t.Error("an unknown granularity was accepted")
	}
}

func TestNewTimelineSkipsUnplacedEvents(t *testing.T) {
	a := &Analysis{
		Doc: &Document{Path: "a.txt"},
		Events: []Event{
			{ID: "e1", Label: "placed", Interval: Interval{Earliest: Day(2020, 1, 1), Latest: Day(2020, 1, 1)}},
			{ID: "e2", Label: "unplaced"},
		},
	}
	tl := New(a)
	if len(tl.Items) != 1 || tl.Items[0].Label != "placed" || tl.Items[0].ID != "s0/e1" {
		t.Fatalf("items = %+v", tl.Items)
	}
	if ev := tl.Event(tl.Items[0].Refs[0]); ev == nil || ev.ID != "e1" {
		t.Errorf("Event(ref) = %v", ev)
	}
	if tl.Event(Ref{Source: 3, Event: "e1"}) != nil {
		t.Error("a reference to a missing source must give nil")
	}
	if tl.Sources[0].Title() != "a.txt" {
		t.Errorf("Title falls back to the path, got %q", tl.Sources[0].Title())
	}
}

func TestDocumentQuote(t *testing.T) {
	doc := &Document{Text: "Talks ended\n  in 2019.\tThen"}
	for _, c := range []struct {
		span Span
		want string
	}{
		{Span{0, 22}, "Talks ended in 2019."},
		{Span{0, 0}, ""},
		{Span{-1, 5}, ""},
		{Span{5, 99}, ""},
		{Span{6, 5}, ""},
	} {
		if got := doc.Quote(c.span); got != c.want {
			t.Errorf("Quote(%v) = %q, want %q", c.span, got, c.want)
		}
	}
}

func TestItemIDOfNew(t *testing.T) {
	a := &Analysis{Events: []Event{
		{ID: "e1", Interval: Interval{Earliest: Day(2024, 5, 3), Latest: Day(2024, 5, 3)}},
		{ID: "e2"}, // not placed: no item
	}}
	tl := New(&Analysis{}, a)
	if len(tl.Items) != 1 || tl.Items[0].ID != ItemID(1, "e1") || tl.Items[0].ID != "s1/e1" {
		t.Errorf("items = %+v", tl.Items)
	}
}

// FormatDate writes what fmt's %04d-%02d-%02d writes, for every year from
// 10,000 BC to AD 10,000 and every day of a leap year.
func TestFormatDateAsFmt(t *testing.T) {
	for y := -10000; y <= 10000; y++ {
		for _, md := range [][2]int{{1, 1}, {2, 29}, {9, 9}, {10, 10}, {12, 31}} {
			day := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			if day.IsZero() {
				continue
			}
			yy, m, d := day.Date()
			want := fmt.Sprintf("%04d-%02d-%02d", yy, m, d)
			if yy < 0 {
				want = fmt.Sprintf("-%04d-%02d-%02d", -yy, m, d)
			}
			if got := FormatDate(day); got != want {
				t.Fatalf("FormatDate(%v) = %q, want %q", day, got, want)
			}
		}
	}
}

// Day gives time.Date's instant for any civil date, months and days out of
// range included, and UnixDay its day number.
func TestDayIsTimeDate(t *testing.T) {
	check := func(y int, m time.Month, d int) {
		want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if got := Day(y, m, d); got != want {
			t.Fatalf("Day(%d, %d, %d) = %v, want %v", y, m, d, got, want)
		}
		if got, want := UnixDay(y, int(m), d), want.Unix()/86400; int64(got) != want {
			t.Fatalf("UnixDay(%d, %d, %d) = %d, want %d", y, m, d, got, want)
		}
	}
	for y := -2001; y <= 2401; y++ {
		for m := time.Month(-13); m <= 26; m++ {
			for _, d := range []int{-400, -31, -1, 0, 1, 2, 27, 28, 29, 30, 31, 32, 59, 60, 61, 366, 1000} {
				check(y, m, d)
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		check(r.IntN(1<<26)-1<<25, time.Month(r.IntN(1<<26)-1<<25), r.IntN(1<<26)-1<<25)
	}
}

// MentionByID and EventByID answer as a map from every id to its last
// place would, checked and backed by a scan, whether the ids are numbered
// in order (then Index keeps nothing), numbered 1 to n in another order
// (then Index keeps their places by number) or not, with ids repeated,
// and for an analysis changed after its first lookup.
func TestIndexAnswersAsAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	lookup := func(ids []string, byMap map[string]int, id string) int {
		if i, ok := byMap[id]; ok && i < len(ids) && ids[i] == id {
			return i
		}
		for i, x := range ids {
			if x == id {
				return i
			}
		}
		return -1
	}
	for range 3000 {
		n := r.IntN(8)
		var a Analysis
		for i := range n {
			id := fmt.Sprintf("t%d", i+1) // in order
			if r.IntN(4) == 0 {
				id = []string{"t1", "t2", "t9", "x3", "t03", "t", "e1", ""}[r.IntN(8)]
			}
			a.Mentions = append(a.Mentions, Mention{ID: id})
			a.Events = append(a.Events, Event{ID: "e" + id[min(1, len(id)):]})
		}
		if r.IntN(2) == 0 { // numbered in another order, as events are
			r.Shuffle(n, func(i, j int) { a.Mentions[i], a.Mentions[j] = a.Mentions[j], a.Mentions[i] })
			r.Shuffle(n, func(i, j int) { a.Events[i], a.Events[j] = a.Events[j], a.Events[i] })
		}
		byMap, eventsByMap := map[string]int{}, map[string]int{}
		numbered := true // 1 to n, each once
		seen := map[int]bool{}
		for i, m := range a.Mentions {
			byMap[m.ID] = i
			eventsByMap[a.Events[i].ID] = i
			k, ok := idNumber(m.ID)
			numbered = numbered && ok && k >= 1 && k <= n && !seen[k]
			seen[k] = true
		}
		a.Index()
		a.index() // the places are found at the first lookup
		if numbered && (a.ids.mentions.byID != nil || a.ids.events.byID != nil) {
			t.Fatalf("ids %v numbered 1 to %d, kept in a map", a.Mentions, n)
		}
		for i, m := range a.Mentions {
			if j, ok := a.ids.mentions.place(m.ID); numbered && (!ok || j != i) {
				t.Fatalf("ids %v: the place of %q is %d, want %d", a.Mentions, m.ID, j, i)
			}
		}
		if r.IntN(3) == 0 && n > 0 { // changed since
			a.Mentions[r.IntN(n)].ID = fmt.Sprintf("t%d", r.IntN(9))
		}
		ids := make([]string, n)
		for i, m := range a.Mentions {
			ids[i] = m.ID
		}
		for _, id := range []string{"t1", "t2", "t3", "t9", "x3", "t03", "t", "", "t12345678901"} {
			var want *Mention
			if i := lookup(ids, byMap, id); i >= 0 {
				want = &a.Mentions[i]
			}
			if got := a.MentionByID(id); got != want {
				t.Fatalf("ids %q: MentionByID(%q) = %p, want %p", ids, id, got, want)
			}
		}
		eventIDs := make([]string, n)
		for i, e := range a.Events {
			eventIDs[i] = e.ID
		}
		for _, id := range append(eventIDs, "e1", "e9", "x3", "e03", "e", "") {
			var want *Event
			if i := lookup(eventIDs, eventsByMap, id); i >= 0 {
				want = &a.Events[i]
			}
			if got := a.EventByID(id); got != want {
				t.Fatalf("ids %q: EventByID(%q) = %p, want %p", eventIDs, id, got, want)
			}
		}
	}
}

// The places of an index are found once, at the first lookup, whichever
// goroutine asks first (run with -race).
func TestIndexFirstLookupsAtOnce(t *testing.T) {
	var a Analysis
	for i := range 50 {
		a.Mentions = append(a.Mentions, Mention{ID: fmt.Sprintf("t%d", i+1)})
		a.Events = append(a.Events, Event{ID: fmt.Sprintf("e%d", 50-i)})
	}
	a.Index()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				id := fmt.Sprintf("e%d", (i+g)%50+1)
				if ev := a.EventByID(id); ev == nil || ev.ID != id {
					t.Errorf("EventByID(%q) = %v", id, ev)
				}
			}
		})
	}
	wg.Wait()
	if a.ids.events.byNumber == nil {
		t.Error("the events' places were not kept by number")
	}
}
