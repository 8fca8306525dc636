package eval

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
)

func TestParse(t *testing.T) {
	d, err := ReadFile("testdata/tiny.tml")
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Sales rose last year & fell yesterday. For the past three years it was so now."
	if d.Text != wantText {
		t.Fatalf("text = %q, want %q", d.Text, wantText)
	}
	if want := timeline.Day(1998, time.January, 8); !d.DCT.Equal(want) {
		t.Errorf("DCT = %v, want %v", d.DCT, want)
	}
	want := []Timex{
		{ID: "t1", Text: "last year", Type: "DATE", Value: "1997"},
		{ID: "t2", Text: "yesterday", Type: "DATE", Value: "1998-01-07"},
		{ID: "t3", Text: "the past three years", Type: "DURATION", Value: "P3Y"},
		{ID: "t4", Text: "now", Type: "DATE", Value: "PRESENT_REF", Mod: "APPROX"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("got %d gold timexes, want %d (the DCT must be left out): %+v", len(d.Gold), len(want), d.Gold)
	}
	for i, g := range d.Gold {
		w := want[i]
		if g.ID != w.ID || g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod {
			t.Errorf("gold[%d] = %+v, want %+v", i, g, w)
		}
		if d.Text[g.Start:g.End] != g.Text {
			t.Errorf("gold[%d] span %v covers %q, not %q", i, g.Span, d.Text[g.Start:g.End], g.Text)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"<TimeML><DOCID>x</DOCID></TimeML>",
		"<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>",
		`<TimeML><DCT><TIMEX3 value="soon">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>`,
	} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q): no error", in)
		}
	}
}

// fixedTagger answers with the given (text, type, value) triples, located by
// their first occurrence, so the expected scores can be worked out by hand.
func fixedTagger(t *testing.T, wantDCT time.Time, found ...[3]string) Tagger {
	return func(text string, dct time.Time) []timeline.Mention {
		if !dct.Equal(wantDCT) {
			t.Errorf("tagger got DCT %v, want %v", dct, wantDCT)
		}
		var ms []timeline.Mention
		for _, f := range found {
			i := strings.Index(text, f[0])
			if i < 0 {
				t.Fatalf("fixture lacks %q", f[0])
			}
			ms = append(ms, timeline.Mention{Span: timeline.Span{Start: i, End: i + len(f[0])}, Text: f[0],
				Type: timeline.TimexType(f[1]), Value: f[2]})
		}
		return ms
	}
}

func TestScore(t *testing.T) {
	d, err := ReadFile("testdata/tiny.tml")
	if err != nil {
		t.Fatal(err)
	}
	// Gold: "last year" 1997, "yesterday" 1998-01-07, "the past three years" P3Y, "now" PRESENT_REF.
	// System: exact and right; exact with a wrong value; overlapping with the
	// right value but the wrong type; a false alarm. "now" is missed.
	tag := fixedTagger(t, d.DCT,
		[3]string{"Sales", "DATE", "PRESENT_REF"},
		[3]string{"last year", "DATE", "1997"},
		[3]string{"yesterday", "DATE", "1998-01-08"},
		[3]string{"three years", "DATE", "P3Y"},
	)
	rep := Score([]*Doc{d}, tag)
	want := Counts{Gold: 4, System: 4, Strict: 2, Relaxed: 3, Value: 2, Type: 2, ValueEquiv: 2}
	if rep.Counts != want {
		t.Fatalf("counts = %+v, want %+v", rep.Counts, want)
	}
	// By hand: strict P=R=2/4; relaxed P=R=3/4; value accuracy 2/3 on the
	// relaxed matches, times relaxed F1 0.75 = 0.5; type likewise 2/3*0.75.
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"strict F1", rep.Counts.StrictF1(), 50},
		{"relaxed F1", rep.Counts.RelaxedF1(), 75},
		{"value F1", rep.Counts.ValueF1(), 50},
		{"type F1", rep.Counts.TypeF1(), 50},
	} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	kinds := map[string]int{}
	for _, p := range rep.Problems {
		kinds[p.Kind]++
	}
	wantKinds := map[string]int{"false": 1, "miss": 1, "extent": 1, "value": 1, "type": 1}
	for k, n := range wantKinds {
		if kinds[k] != n {
			t.Errorf("%d problems of kind %q, want %d (all: %v)", kinds[k], k, n, kinds)
		}
	}
	var buf bytes.Buffer
	if err := rep.Write(&buf, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, s := range []string{"miss", `"now"`, "false", `"Sales"`, "relaxed extent  P  75.0  R  75.0  F1  75.0", "value F1  50.0"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q:\n%s", s, out)
		}
	}
}

// Two system mentions overlapping one gold one: only one may count.
func TestScoreOneToOne(t *testing.T) {
	d := &Doc{Text: "the past three years", Gold: []Timex{{Span: timeline.Span{Start: 0, End: 20}, Type: "DURATION", Value: "P3Y"}}}
	tag := fixedTagger(t, time.Time{}, [3]string{"the past", "DURATION", "P3Y"}, [3]string{"three years", "DURATION", "P3Y"})
	rep := Score([]*Doc{d}, tag)
	if want := (Counts{Gold: 1, System: 2, Relaxed: 1, Value: 1, Type: 1, ValueEquiv: 1}); rep.Counts != want {
		t.Fatalf("counts = %+v, want %+v", rep.Counts, want)
	}
}

func TestSameValue(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"1949-XX", "1949", true},
		{"1994-XX-XX", "1994", true},
		{"1998-10-XX", "1998-10", true},
		{"2000-W7", "2000-W07", true},
		{"2013-11-3", "2013-11-03", true},
		{"198X", "198", true},
		{"19XX", "19", true},
		{"1989-11-06T17", "1989-11-06T17:00", true},
		{"PRESENT_REF", "PRESENT_REF", true},
		{"1998-10-XX", "1998-10-01", false}, // a day of October is not October 1
		{"2000-W07", "2000-02-14", false},
		{"198", "1980", false},
		{"P1W", "P7D", false},
		{"XXXX-WXX-2", "XXXX-WXX", false},
		{"P10Y", "P1E", false},
	} {
		if got := SameValue(c.a, c.b); got != c.same {
			t.Errorf("SameValue(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// The notation-blind count sits beside the exact one and never replaces it.
func TestScoreEquivalentNotation(t *testing.T) {
	d := &Doc{Text: "in the 1960s", Gold: []Timex{{Span: timeline.Span{Start: 3, End: 12}, Type: "DATE", Value: "196X"}}}
	tag := fixedTagger(t, time.Time{}, [3]string{"the 1960s", "DATE", "196"})
	rep := Score([]*Doc{d}, tag)
	if rep.Counts.Value != 0 || rep.Counts.ValueEquiv != 1 {
		t.Fatalf("counts = %+v, want Value 0 and ValueEquiv 1", rep.Counts)
	}
	var buf bytes.Buffer
	if err := rep.Write(&buf, false); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"value F1   0.0", "value F1 100.0 (accuracy 100.0) counting equal notations as equal"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, buf.String())
		}
	}
}

// A TIMEX2 file (WikiWars): inline <TIMEX2 val=...>, nested ones each a
// gold expression, the date in <DATETIME>, types implied by the values.
func TestParseTIMEX2(t *testing.T) {
	d, err := ReadFile("testdata/tiny.key.xml")
	if err != nil {
		t.Fatal(err)
	}
	if want := timeline.Day(2009, time.December, 19); !d.DCT.Equal(want) {
		t.Errorf("DCT = %v, want %v", d.DCT, want)
	}
	want := []Timex{
		{Text: "12 August", Type: "DATE", Value: "1914-08-12"},
		{Text: "the first ten months of 1915", Type: "DURATION", Value: "P10M"},
		{Text: "1915", Type: "DATE", Value: "1915"},
		{Text: "every Monday", Type: "SET", Value: "XXXX-WXX-1"},
		{Text: "5 a.m. on 3 May", Type: "TIME", Value: "1915-05-03T05:00"},
		{Text: "today", Type: "DATE", Value: "PRESENT_REF"},
		{Text: "two weeks after the armistice", Type: "DATE", Value: ""},
		{Text: "late in 1918", Type: "DATE", Value: "1918", Mod: "END"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("got %d gold timexes, want %d: %+v", len(d.Gold), len(want), d.Gold)
	}
	for i, g := range d.Gold {
		w := want[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod {
			t.Errorf("gold[%d] = %+v, want %+v", i, g, w)
		}
		if d.Text[g.Start:g.End] != g.Text {
			t.Errorf("gold[%d] span %v covers %q, not %q", i, g.Span, d.Text[g.Start:g.End], g.Text)
		}
	}
}

// ReadDir takes TimeML and TIMEX2 files alike.
func TestReadDirBothFormats(t *testing.T) {
	docs, err := ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, filepath.Base(d.Path))
	}
	if got := strings.Join(names, " "); got != "tiny.key.xml tiny.tml" {
		t.Errorf("ReadDir read %s, want tiny.key.xml tiny.tml", got)
	}
}

// Nested gold expressions: a mention with the inner one's extent scores
// against the inner one, not the outer that starts first.
func TestScoreNestedPrefersSameExtent(t *testing.T) {
	text := "the first ten months of 1915"
	d := &Doc{Text: text, Gold: []Timex{
		{Span: timeline.Span{Start: 0, End: len(text)}, Type: "DURATION", Value: "P10M"},
		{Span: timeline.Span{Start: 24, End: 28}, Type: "DATE", Value: "1915"},
	}}
	tag := fixedTagger(t, time.Time{}, [3]string{"1915", "DATE", "1915"})
	rep := Score([]*Doc{d}, tag)
	if want := (Counts{Gold: 2, System: 1, Strict: 1, Relaxed: 1, Value: 1, Type: 1, ValueEquiv: 1}); rep.Counts != want {
		t.Fatalf("counts = %+v, want %+v", rep.Counts, want)
	}
}
