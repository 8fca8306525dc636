package merge

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
)

// ev is one event of a hand-built article: its sentence, label and dates.
type ev struct {
	sentence, label  string
	earliest, latest string // YYYY-MM-DD; empty: not placed
	gran             timeline.Granularity
	fuzzyStart       bool
}

// article builds an analysis whose text is the events' sentences, one per
// line, with events e1, e2, ... in that order.
func article(t testing.TB, path string, evs ...ev) *timeline.Analysis {
	t.Helper()
	doc := &timeline.Document{Path: path}
	a := &timeline.Analysis{Doc: doc}
	var text strings.Builder
	for i, e := range evs {
		sp := timeline.Span{Start: text.Len(), End: text.Len() + len(e.sentence)}
		text.WriteString(e.sentence + "\n")
		doc.Sentences = append(doc.Sentences, sp)
		iv := timeline.Interval{Granularity: e.gran, FuzzyStart: e.fuzzyStart}
		if iv.Granularity == timeline.GranUnknown {
			iv.Granularity = timeline.GranDay
		}
		if e.earliest != "" {
			iv.Earliest, iv.Latest = day(t, e.earliest), day(t, e.latest)
		}
		kind := timeline.KindExplicit
		if e.fuzzyStart {
			kind = timeline.KindFuzzy
		}
		a.Events = append(a.Events, timeline.Event{
			ID: "e" + strconv.Itoa(i+1), Label: e.label, Interval: iv, Kind: kind, Sentence: sp,
		})
	}
	doc.Text = text.String()
	return a
}

func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// summary prints an item as "2024-08-06..2024-08-06 label [s0/e1 s1/e1] conflict".
func summary(it timeline.Item) string {
	var refs []string
	for _, r := range it.Refs {
		refs = append(refs, "s"+strconv.Itoa(r.Source)+"/"+r.Event)
	}
	s := timeline.FormatDate(it.Interval.Earliest) + ".." + timeline.FormatDate(it.Interval.Latest) + " " +
		it.Label + " [" + strings.Join(refs, " ") + "]"
	if it.Conflict {
		s += " conflict"
	}
	return s
}

func summaries(tl *timeline.Timeline) []string {
	var out []string
	for _, it := range tl.Items {
		out = append(out, summary(it))
	}
	return out
}

func assertItems(t *testing.T, tl *timeline.Timeline, want ...string) {
	t.Helper()
	got := summaries(tl)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// Two reports of the Kursk incursion and of Kim's visit, and one event each
// that the other source does not report.
func twoSources(t testing.TB) []*timeline.Analysis {
	a := article(t, "reuters.txt",
		ev{sentence: "Ukrainian forces launched a surprise incursion in late 2024.", label: "Ukrainian forces launch surprise incursion",
			earliest: "2024-08-01", latest: "2024-12-31", gran: timeline.GranSeason, fuzzyStart: true},
		ev{sentence: "Putin sent a New Year greeting to Kim.", label: "Putin sends New Year greeting to Kim",
			earliest: "2026-01-01", latest: "2026-01-01"},
		ev{sentence: "Kim Jong Un visited Moscow in September 2023.", label: "Kim Jong Un visits Moscow",
			earliest: "2023-09-01", latest: "2023-09-30", gran: timeline.GranMonth},
	)
	b := article(t, "ap.txt",
		ev{sentence: "On 6 August 2024 Ukraine launched its incursion into Kursk.", label: "Ukraine launches incursion into Kursk",
			earliest: "2024-08-06", latest: "2024-08-06"},
		ev{sentence: "Kim Jong Un's visit to Moscow came in June 2024.", label: "Kim Jong Un visit to Moscow",
			earliest: "2024-06-01", latest: "2024-06-30", gran: timeline.GranMonth},
		ev{sentence: "Troops were deployed in October 2024.", label: "North Korean troops deployed",
			earliest: "2024-10-01", latest: "2024-10-31", gran: timeline.GranMonth},
	)
	return []*timeline.Analysis{a, b}
}

func TestBuildGroupsSharedEventAndFlagsConflict(t *testing.T) {
	tl := Build(twoSources(t), nil)
	assertItems(t, tl,
		"2023-09-01..2024-06-30 Kim Jong Un visits Moscow [s0/e3 s1/e2] conflict",
		"2024-08-06..2024-08-06 Ukrainian forces launch surprise incursion [s0/e1 s1/e1]",
		"2024-10-01..2024-10-31 North Korean troops deployed [s1/e3]",
		"2026-01-01..2026-01-01 Putin sends New Year greeting to Kim [s0/e2]",
	)
	// The group takes where the sources agree: the precise day, not fuzzy, of
	// the precise report's kind; the conflict spans both claims, fuzzy.
	incursion := tl.Items[1]
	if incursion.Interval.FuzzyStart || incursion.Interval.Granularity != timeline.GranDay || incursion.Kind != timeline.KindExplicit {
		t.Errorf("grouped interval = %+v kind %s, want the precise day", incursion.Interval, incursion.Kind)
	}
	visit := tl.Items[0]
	if !visit.Interval.FuzzyStart || !visit.Interval.FuzzyEnd {
		t.Errorf("conflict interval %+v not drawn fuzzy", visit.Interval)
	}
	// Both sentences stay reachable for the tooltip.
	for _, r := range visit.Refs {
		ev := tl.Event(r)
		if ev == nil {
			t.Fatalf("ref %+v leads nowhere", r)
		}
		doc := tl.Sources[r.Source].Analysis.Doc
		if s := doc.Text[ev.Sentence.Start:ev.Sentence.End]; !strings.Contains(s, "Moscow") {
			t.Errorf("ref %+v quotes %q", r, s)
		}
	}
}

func TestBuildKeepsUnrelatedApart(t *testing.T) {
	a := article(t, "a.txt",
		ev{sentence: "s1", label: "Putin greets Kim", earliest: "2026-01-01", latest: "2026-01-01"},
		ev{sentence: "s2", label: "missile test", earliest: "2024-05-01", latest: "2024-05-01"},
		ev{sentence: "s3", label: "missile test", earliest: "2024-05-01", latest: "2024-05-01"}, // same source: never merged
		ev{sentence: "s4", label: "election", earliest: "2024-11-05", latest: "2024-11-05"},
	)
	b := article(t, "b.txt",
		ev{sentence: "t1", label: "Zelensky greets Biden", earliest: "2026-01-01", latest: "2026-01-01"}, // one shared word
		ev{sentence: "t2", label: "sanctions imposed on Moscow banks", earliest: "2024-05-01", latest: "2024-05-01"},
		ev{sentence: "t3", label: "Elections", earliest: "2024-11-05", latest: "2024-11-05"},     // one word, the same: grouped
		ev{sentence: "t4", label: "missile tests", earliest: "2021-03-01", latest: "2021-03-01"}, // similar, far: conflict with one
	)
	tl := Build([]*timeline.Analysis{a, b}, nil)
	assertItems(t, tl,
		"2021-03-01..2024-05-01 missile test [s0/e2 s1/e4] conflict",
		"2024-05-01..2024-05-01 missile test [s0/e3]",
		"2024-05-01..2024-05-01 sanctions imposed on Moscow banks [s1/e2]",
		"2024-11-05..2024-11-05 election [s0/e4 s1/e3]",
		"2026-01-01..2026-01-01 Putin greets Kim [s0/e1]",
		"2026-01-01..2026-01-01 Zelensky greets Biden [s1/e1]",
	)
}

func TestBuildCompleteLinkage(t *testing.T) {
	// A resembles B and B resembles C, but A and C share too little: no chain.
	a := article(t, "a.txt", ev{sentence: "x", label: "rebels seize airport", earliest: "2024-03-01", latest: "2024-03-01"})
	b := article(t, "b.txt", ev{sentence: "y", label: "rebels seize airport near capital", earliest: "2024-03-01", latest: "2024-03-01"})
	c := article(t, "c.txt", ev{sentence: "z", label: "airport near capital closed", earliest: "2024-03-01", latest: "2024-03-01"})
	tl := Build([]*timeline.Analysis{a, b, c}, nil)
	assertItems(t, tl,
		"2024-03-01..2024-03-01 airport near capital closed [s2/e1]",
		"2024-03-01..2024-03-01 rebels seize airport [s0/e1 s1/e1]",
	)
}

func TestBuildThreeSourcesAgree(t *testing.T) {
	var as []*timeline.Analysis
	for i, d := range [][2]string{{"2024-01-01", "2024-12-31"}, {"2024-06-01", "2024-06-30"}, {"2024-06-15", "2024-06-15"}} {
		as = append(as, article(t, "s"+strconv.Itoa(i)+".txt", ev{sentence: "x", label: "parliament dissolved by decree", earliest: d[0], latest: d[1]}))
	}
	assertItems(t, Build(as, nil), "2024-06-15..2024-06-15 parliament dissolved by decree [s0/e1 s1/e1 s2/e1]")
}

func TestBuildSkipsUnplacedAndNil(t *testing.T) {
	a := article(t, "a.txt", ev{sentence: "x", label: "talks for weeks"}, ev{sentence: "y", label: "summit", earliest: "2024-01-02", latest: "2024-01-02"})
	tl := Build([]*timeline.Analysis{nil, a}, nil)
	if len(tl.Sources) != 2 || tl.Sources[0].Analysis != nil {
		t.Fatalf("sources = %+v, want the nil kept in place", tl.Sources)
	}
	assertItems(t, tl, "2024-01-02..2024-01-02 summit [s1/e2]")
	if Build(nil, nil) == nil {
		t.Error("Build(nil) returned nil")
	}
}

func TestBuildDeterministic(t *testing.T) {
	first := summaries(Build(twoSources(t), nil))
	for range 20 {
		if got := summaries(Build(twoSources(t), nil)); !reflect.DeepEqual(got, first) {
			t.Fatalf("run differs:\n%v\n%v", got, first)
		}
	}
}

func TestBuildDoesNotChangeInput(t *testing.T) {
	as := twoSources(t)
	before := as[0].Events[1]
	var cs corrections
	c := timeline.NewCorrection(timeline.ScopeEvent, as[0], &as[0].Events[1])
	c.Label = "changed"
	cs.Set(c)
	tl := Build(as, cs.fixes(as))
	if !reflect.DeepEqual(as[0].Events[1], before) {
		t.Errorf("input event changed to %+v", as[0].Events[1])
	}
	if got := tl.Sources[0].Analysis.Events[1].Label; got != "changed" {
		t.Errorf("timeline's copy has label %q, want the corrected one", got)
	}
}

func TestBuildAppliesCorrections(t *testing.T) {
	as := twoSources(t)
	a, b := as[0], as[1]
	var cs corrections
	set := func(scope timeline.Scope, an *timeline.Analysis, i int, edit func(*timeline.Correction)) {
		c := timeline.NewCorrection(scope, an, &an.Events[i])
		edit(&c)
		if err := cs.Set(c); err != nil {
			t.Fatal(err)
		}
	}
	// The user says the AP's Kim visit date is wrong: it was September 2023,
	// so the two reports now agree and group without conflict.
	set(timeline.ScopeEvent, b, 1, func(c *timeline.Correction) {
		c.Earliest, c.Latest = day(t, "2023-09-12"), day(t, "2023-09-13")
	})
	// Hides the troops item, relabels the incursion item through its second
	// ref, redates the greeting.
	set(timeline.ScopeItem, b, 2, func(c *timeline.Correction) { c.Hidden = true })
	set(timeline.ScopeItem, b, 0, func(c *timeline.Correction) { c.Label = "Kursk incursion begins" })
	set(timeline.ScopeItem, a, 1, func(c *timeline.Correction) {
		c.Earliest, c.Latest = day(t, "2025-12-31"), day(t, "2025-12-31")
	})
	tl := Build(as, cs.fixes(as))
	assertItems(t, tl,
		"2023-09-12..2023-09-13 Kim Jong Un visits Moscow [s0/e3 s1/e2]",
		"2024-08-06..2024-08-06 Kursk incursion begins [s0/e1 s1/e1]",
		"2025-12-31..2025-12-31 Putin sends New Year greeting to Kim [s0/e2]",
	)

	// Hiding one source's event leaves the other's report on the chart, with
	// the item correction made through that report.
	set(timeline.ScopeEvent, a, 0, func(c *timeline.Correction) { c.Hidden = true })
	tl = Build(as, cs.fixes(as))
	if got := summary(tl.Items[1]); got != "2024-08-06..2024-08-06 Kursk incursion begins [s1/e1]" {
		t.Errorf("after hiding one report: %s", got)
	}
}

func TestBuildPlacesEventFromUserDates(t *testing.T) {
	a := article(t, "a.txt", ev{sentence: "The talks dragged on for weeks.", label: "talks drag on"})
	var cs corrections
	c := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[0])
	c.Earliest, c.Latest = day(t, "2024-02-01"), day(t, "2024-02-20")
	cs.Set(c)
	assertItems(t, Build([]*timeline.Analysis{a}, cs.fixes([]*timeline.Analysis{a})), "2024-02-01..2024-02-20 talks drag on [s0/e1]")
}

func TestCompatible(t *testing.T) {
	iv := func(a, b string, fuzzyStart, fuzzyEnd bool) timeline.Interval {
		return timeline.Interval{Earliest: day(t, a), Latest: day(t, b), FuzzyStart: fuzzyStart, FuzzyEnd: fuzzyEnd}
	}
	cases := []struct {
		name string
		a, b timeline.Interval
		want bool
	}{
		{"overlap", iv("2024-01-01", "2024-12-31", false, false), iv("2024-06-01", "2024-06-01", false, false), true},
		{"next day", iv("2024-12-31", "2024-12-31", false, false), iv("2025-01-01", "2025-01-01", false, false), true},
		{"two days apart", iv("2024-12-30", "2024-12-30", false, false), iv("2025-01-01", "2025-01-01", false, false), false},
		{"adjacent years", iv("2023-01-01", "2023-12-31", false, false), iv("2024-03-01", "2024-12-31", false, false), false},
		{"fuzzy end near", iv("2024-09-01", "2024-12-31", true, true), iv("2025-01-10", "2025-01-10", false, false), true},
		{"fuzzy end far", iv("2024-09-01", "2024-12-31", true, true), iv("2025-03-01", "2025-03-01", false, false), false},
		{"fuzzy start near, reversed", iv("2025-02-01", "2025-02-01", false, false), iv("2025-03-01", "2025-12-31", true, false), true},
		// Longer than time.Duration can hold (292 years): still compared right.
		{"fuzzy millennium, near", iv("-1999-01-01", "-1000-12-31", true, true), iv("-0900-01-01", "-0900-12-31", false, false), true},
		{"fuzzy millennium, far", iv("-1999-01-01", "-1000-12-31", true, true), iv("-0600-01-01", "-0600-12-31", false, false), false},
		{"centuries apart", iv("0800-01-01", "0800-12-31", false, false), iv("1800-01-01", "1800-12-31", false, false), false},
	}
	for _, c := range cases {
		if got := compatible(c.a, c.b); got != c.want {
			t.Errorf("%s: compatible = %v, want %v", c.name, got, c.want)
		}
		if got := compatible(c.b, c.a); got != c.want {
			t.Errorf("%s (swapped): compatible = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestBuildTwoAgreeOneDisagrees(t *testing.T) {
	a := article(t, "a.txt", ev{sentence: "x", label: "Kim Jong Un visits Moscow", earliest: "2023-09-13", latest: "2023-09-13"})
	b := article(t, "b.txt", ev{sentence: "y", label: "Kim Jong Un visited Moscow", earliest: "2023-09-01", latest: "2023-09-30", gran: timeline.GranMonth})
	c := article(t, "c.txt", ev{sentence: "z", label: "Kim Jong Un visits Moscow", earliest: "2024-06-19", latest: "2024-06-19"})
	assertItems(t, Build([]*timeline.Analysis{a, b, c}, nil),
		"2023-09-01..2024-06-19 Kim Jong Un visits Moscow [s0/e1 s1/e1 s2/e1] conflict")
}

// A label that recurs in every source at many dates, as "shelling" does in a
// war chronology: each source's report of a day groups with the other
// sources' reports of that day, never with another day's.
func TestBuildRecurringLabel(t *testing.T) {
	const sources, days = 6, 40
	var as []*timeline.Analysis
	for s := range sources {
		var evs []ev
		for d := range days {
			iso := timeline.FormatDate(timeline.Day(2024, 1, 1).AddDate(0, 0, 3*d))
			evs = append(evs, ev{sentence: "s", label: "shelling of the city centre", earliest: iso, latest: iso})
		}
		as = append(as, article(t, "s"+strconv.Itoa(s)+".txt", evs...))
	}
	tl := Build(as, nil)
	if len(tl.Items) != days {
		t.Fatalf("%d items, want %d", len(tl.Items), days)
	}
	for _, it := range tl.Items {
		if len(it.Refs) != sources || it.Conflict {
			t.Fatalf("item %s", summary(it))
		}
		for _, r := range it.Refs {
			if !tl.Event(r).Interval.Earliest.Equal(it.Interval.Earliest) {
				t.Fatalf("item %s mixes days", summary(it))
			}
		}
	}
}

// corrections collects corrections made on the events of the analyses at
// hand, as the window does; the pipeline finds their events (fixes).
type corrections []timeline.Correction

// Set replaces the correction of the same scope and event, or adds it.
func (cs *corrections) Set(c timeline.Correction) error {
	if err := c.Check(); err != nil {
		return err
	}
	for i, old := range *cs {
		if old.Scope == c.Scope && old.Source == c.Source && old.Event == c.Event {
			(*cs)[i] = c
			return nil
		}
	}
	*cs = append(*cs, c)
	return nil
}

// fixes aims each correction at the event of its id in every source of its path.
func (cs corrections) fixes(as []*timeline.Analysis) []Fix {
	var out []Fix
	for _, c := range cs {
		for si, a := range as {
			if a.Doc.Path == c.Source {
				out = append(out, Fix{Ref: timeline.Ref{Source: si, Event: c.Event}, Correction: c})
			}
		}
	}
	return out
}

// A state ("Kuwait now controls the border") and a happening with the
// same words and dates are two items, never one, and two such at
// different dates are no conflict; two sources' states of one thing are
// one state item.
func TestBuildKeepsStatesApart(t *testing.T) {
	a := article(t, "a.txt",
		ev{sentence: "Iraqi troops control the Kuwait border on March 3.", label: "Iraqi troops control Kuwait border",
			earliest: "2025-03-03", latest: "2025-03-03"},
		ev{sentence: "Iraqi troops controlled the Kuwait border in 1990.", label: "Iraqi troops control Kuwait border",
			earliest: "1990-01-01", latest: "1990-12-31", gran: timeline.GranYear},
	)
	b := article(t, "b.txt",
		ev{sentence: "Iraqi troops now control the Kuwait border.", label: "Iraqi troops control Kuwait border",
			earliest: "2025-03-03", latest: "2025-03-03"},
	)
	c := article(t, "c.txt",
		ev{sentence: "Iraqi troops currently control the Kuwait border.", label: "Iraqi troops control Kuwait border",
			earliest: "2025-03-03", latest: "2025-03-03"},
	)
	b.Events[0].State, c.Events[0].State = true, true
	tl := Build([]*timeline.Analysis{a, b, c}, nil)
	assertItems(t, tl,
		"1990-01-01..1990-12-31 Iraqi troops control Kuwait border [s0/e2]",
		"2025-03-03..2025-03-03 Iraqi troops control Kuwait border [s0/e1]",
		"2025-03-03..2025-03-03 Iraqi troops control Kuwait border [s1/e1 s2/e1]",
	)
	for _, it := range tl.Items {
		if it.State != (it.Refs[0].Source > 0) {
			t.Errorf("%s: State %v", summary(it), it.State)
		}
	}
	if got := tl.WithoutStates(); len(got.Items) != 2 || got.Items[0].State || got.Items[1].State || len(tl.Items) != 3 {
		t.Errorf("WithoutStates: %v (of %v)", summaries(got), summaries(tl))
	}
	// A happening of 1990 in one source, a state of now in another: no
	// disagreement about one happening.
	x := article(t, "x.txt", ev{sentence: "Iraqi troops controlled the Kuwait border in 1990.", label: "Iraqi troops control Kuwait border",
		earliest: "1990-01-01", latest: "1990-12-31", gran: timeline.GranYear})
	assertItems(t, Build([]*timeline.Analysis{x, b}, nil),
		"1990-01-01..1990-12-31 Iraqi troops control Kuwait border [s0/e1]",
		"2025-03-03..2025-03-03 Iraqi troops control Kuwait border [s1/e1]",
	)
}
