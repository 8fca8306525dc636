package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/export"
	"retrace/timeline/timeml"
)

// linksPath is a small TimeML document with TLINKs, kept with the timeml
// package's test data (this package's ReadDir tests read all of its own).
const linksPath = "../timeml/testdata/links.tml"

// linksAnalysis is what a system might make of linksPath: the
// apology dated by Monday (right), the raid's year lent to the apology
// (wrong), March dating nothing, May dating the resumption (right), and
// the rain placed from the apology, which "yesterday" then only measures.
func linksAnalysis(t *testing.T, d *Doc) *timeline.Analysis {
	at := func(s string) timeline.Span {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("no %q in the text", s)
		}
		return timeline.Span{Start: i, End: i + len(s)}
	}
	doc := &timeline.Document{Path: d.Path, Text: d.Text, Date: d.DCT}
	return &timeline.Analysis{
		Doc: doc,
		Mentions: []timeline.Mention{
			{ID: "t1", Span: at("Monday"), Text: "Monday", Type: timeline.TypeDate, Value: "2025-12-29"},
			{ID: "t2", Span: at("2010"), Text: "2010", Type: timeline.TypeDate, Value: "2010"},
			{ID: "t3", Span: at("March"), Text: "March", Type: timeline.TypeDate, Value: "2025-03"},
			{ID: "t4", Span: at("in May"), Text: "in May", Type: timeline.TypeDate, Value: "2025-05"},
			{ID: "t5", Span: at("yesterday"), Text: "yesterday", Type: timeline.TypeDate, Value: "P1W", Anchor: "event:e1"},
		},
		Events: []timeline.Event{
			{ID: "e1", Label: "Minister apologized", Mentions: []string{"t1"}, Trigger: at("apologized")},
			{ID: "e2", Label: "Minister apologized for raid", Mentions: []string{"t2"}, Trigger: at("apologized")},
			{ID: "e3", Label: "Talks resumed", Mentions: []string{"t4"}, Trigger: at("resumed")},
			{ID: "e4", Label: "It rained", Mentions: []string{"t5"}, Trigger: at("rained")},
		},
	}
}

func TestScoreEvents(t *testing.T) {
	d, err := ReadFile(linksPath)
	if err != nil {
		t.Fatal(err)
	}
	a := linksAnalysis(t, d)
	rep, err := ScoreEvents([]*Doc{d}, func(*Doc) (System, error) { return FromAnalysis(a), nil })
	if err != nil {
		t.Fatal(err)
	}
	// The DCT link, the BEFORE link and the event-event link count for nothing.
	if want := (EventCounts{Times: 4, Covered: 3, Attached: 2}); rep.Counts != want {
		t.Errorf("counts = %+v, want %+v", rep.Counts, want)
	}
	var out bytes.Buffer
	if err := rep.Write(&out, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"detached\t../timeml/testdata/links.tml\t\"2010\"\tlinked \"raid\"\tdates \"apologized\" (Minister apologized for raid)\n",
		"uncovered\t../timeml/testdata/links.tml\t\"March\"\tlinked \"failed\"\n",
		"coverage    75.0 (3 times date an event)\n",
		"attachment  50.0 (2 times date an event whose trigger is a linked one)\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// TestOutputsScoreAlike writes the same analysis as extract's JSON and as
// TimeML, reads both back as system outputs and checks that they score as
// the analysis itself does.
func TestOutputsScoreAlike(t *testing.T) {
	d, err := ReadFile(linksPath)
	if err != nil {
		t.Fatal(err)
	}
	outputsScoreAlike(t, d, linksAnalysis(t, d))
}

// outputsScoreAlike checks that analysis a of gold document d scores the
// same read back from extract's JSON and from TimeML as it does itself,
// and returns the TimeML.
func outputsScoreAlike(t *testing.T, d *Doc, a *timeline.Analysis) string {
	t.Helper()
	dir := t.TempDir()
	js, err := json.Marshal([]export.DocJSON{export.DocumentJSON(a)})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "out.json"), js, 0o644); err != nil {
		t.Fatal(err)
	}
	var ml bytes.Buffer
	if err := timeml.Write(&ml, a); err != nil {
		t.Fatal(err)
	}
	tmlDir := filepath.Join(dir, "tml")
	os.Mkdir(tmlDir, 0o755)
	if err := os.WriteFile(filepath.Join(tmlDir, "links.tml"), ml.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want, _ := ScoreEvents([]*Doc{d}, func(*Doc) (System, error) { return FromAnalysis(a), nil })
	for _, path := range []string{filepath.Join(dir, "out.json"), tmlDir} {
		outs, err := ReadOutputs(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ScoreEvents([]*Doc{d}, outs.System)
		if err != nil {
			t.Fatal(err)
		}
		if got.Counts != want.Counts || len(got.Misses) != len(want.Misses) {
			t.Errorf("%s: %+v, want %+v", path, got.Counts, want.Counts)
		}
	}
	return ml.String()
}

// A present state ("Talks fail in March" read as how things stand then)
// dates its time like any event: the time is covered and attached, and
// the report says that only a state attaches it. JSON and TimeML carry
// the state (TimeML as an EVENT of class STATE that INCLUDES its time)
// and score alike.
func TestScoreEventsCountsStates(t *testing.T) {
	d, err := ReadFile(linksPath)
	if err != nil {
		t.Fatal(err)
	}
	a := linksAnalysis(t, d)
	at := strings.Index(d.Text, "failed")
	a.Events = append(a.Events, timeline.Event{ID: "e5", Label: "Talks fail", Mentions: []string{"t3"},
		Trigger: timeline.Span{Start: at, End: at + len("failed")}, State: true})
	rep, err := ScoreEvents([]*Doc{d}, func(*Doc) (System, error) { return FromAnalysis(a), nil })
	if err != nil {
		t.Fatal(err)
	}
	if want := (EventCounts{Times: 4, Covered: 4, Attached: 3, States: 1}); rep.Counts != want {
		t.Errorf("counts = %+v, want %+v", rep.Counts, want)
	}
	var out bytes.Buffer
	rep.Write(&out, false)
	if !strings.Contains(out.String(), "(1 of them through a present state only)") {
		t.Errorf("report does not say what states attach:\n%s", out.String())
	}
	ml := outputsScoreAlike(t, d, a)
	for _, want := range []string{`<EVENT eid="e5" class="STATE">failed</EVENT>`, `relType="INCLUDES" eventInstanceID="ei5" relatedToTime="t3"`,
		`<EVENT eid="e1" class="OCCURRENCE">apologized</EVENT>`, `relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"`} {
		if !strings.Contains(ml, want) {
			t.Errorf("TimeML lacks %s:\n%s", want, ml)
		}
	}
}

func TestOutputsRefuseOtherText(t *testing.T) {
	d, err := ReadFile(linksPath)
	if err != nil {
		t.Fatal(err)
	}
	other := &Doc{Path: "elsewhere/links.tml", Text: strings.Replace(d.Text, "Monday", "Friday", 1), DCT: d.DCT}
	a := linksAnalysis(t, d)
	dir := t.TempDir()
	js, _ := json.Marshal([]export.DocJSON{export.DocumentJSON(a)})
	os.WriteFile(filepath.Join(dir, "a.json"), js, 0o644)
	var ml bytes.Buffer
	timeml.Write(&ml, a)
	os.WriteFile(filepath.Join(dir, "links.tml"), ml.Bytes(), 0o644)
	for _, name := range []string{"a.json", "links.tml"} {
		outs, err := ReadOutputs(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := outs.System(other); err == nil {
			t.Errorf("%s: scored against another text", name)
		}
		if _, err := outs.System(&Doc{Path: "x/unknown.tml", Text: d.Text, DCT: time.Time{}}); err == nil {
			t.Errorf("%s: found output for a document it does not hold", name)
		}
	}
	// Both in one folder name the same document twice.
	if _, err := ReadOutputs(dir); err == nil {
		t.Error("two outputs for one document were accepted")
	}
	for _, bad := range []string{"{", "[1]"} {
		os.WriteFile(filepath.Join(dir, "bad.json"), []byte(bad), 0o644)
		if _, err := ReadOutputs(filepath.Join(dir, "bad.json")); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// A time that places an event from another (its Anchor names the event it
// counts from) dates the event it places, which lists it among its
// mentions: "Talks failed weeks before the apology" makes "weeks" the
// failure's time.
func TestScoreEventsRelativeTime(t *testing.T) {
	d, err := ReadFile(linksPath)
	if err != nil {
		t.Fatal(err)
	}
	a := linksAnalysis(t, d)
	at := strings.Index(d.Text, "failed")
	a.Mentions[2].Anchor, a.Mentions[2].Kind = "event:e1", timeline.KindRelative
	a.Events = append(a.Events, timeline.Event{ID: "e5", Label: "Talks failed", Mentions: []string{"t3"},
		Trigger: timeline.Span{Start: at, End: at + len("failed")}})
	rep, err := ScoreEvents([]*Doc{d}, func(*Doc) (System, error) { return FromAnalysis(a), nil })
	if err != nil {
		t.Fatal(err)
	}
	if want := (EventCounts{Times: 4, Covered: 4, Attached: 3}); rep.Counts != want {
		t.Errorf("counts = %+v, want %+v", rep.Counts, want)
	}
}
