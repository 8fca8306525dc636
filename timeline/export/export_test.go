package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/merge"
)

// analysis builds a document from sentences (joined by a space) with one
// mention and one event per sentence: the mention is the sentence's first
// occurrence of expr.
func analysis(t *testing.T, path, title string, dct string, rows ...[5]string) *timeline.Analysis {
	t.Helper()
	doc := &timeline.Document{Path: path, Title: title, DateSource: timeline.DateUnknown}
	if dct != "" {
		d, _ := timeline.ParseDate(dct)
		doc.Date, doc.DateSource = d, timeline.DateFromMetadata
	}
	a := &timeline.Analysis{Doc: doc}
	var text strings.Builder
	for i, r := range rows { // sentence, expr, value, earliest, latest
		sentence, expr, value := r[0], r[1], r[2]
		if i > 0 {
			text.WriteString(" ")
		}
		start := text.Len()
		text.WriteString(sentence)
		sp := timeline.Span{Start: start, End: text.Len()}
		doc.Sentences = append(doc.Sentences, sp)
		off := start + strings.Index(sentence, expr)
		var iv timeline.Interval
		if r[3] != "" {
			iv.Earliest, _ = timeline.ParseDate(r[3])
			iv.Latest, _ = timeline.ParseDate(r[4])
			iv.Granularity = timeline.GranDay
		}
		id := len(a.Mentions) + 1
		m := timeline.Mention{ID: "t" + strconv.Itoa(id), Span: timeline.Span{Start: off, End: off + len(expr)},
			Text: expr, Type: timeline.TypeDate, Value: value, Kind: timeline.KindExplicit, Interval: iv, Anchor: "none"}
		a.Mentions = append(a.Mentions, m)
		a.Events = append(a.Events, timeline.Event{ID: "e" + strconv.Itoa(id), Label: strings.TrimSuffix(sentence, "."),
			Interval: iv, Kind: timeline.KindExplicit, Mentions: []string{m.ID}, Sentence: sp})
	}
	doc.Text = text.String()
	return a
}

func fixture(t *testing.T) *timeline.Timeline {
	a := analysis(t, "a.txt", "Alliance deepens", "2026-01-02",
		[5]string{"Rebels seized the airport on 3 May 2024.", "3 May 2024", "2024-05-03", "2024-05-03", "2024-05-03"},
		[5]string{"=HYPERLINK(\"x\") talks, \"final\" round, ended in 2019.", "2019", "2019", "2019-01-01", "2019-12-31"},
	)
	b := analysis(t, "b.txt", "", "",
		[5]string{"On May 3, 2024, rebels seized the airport.", "May 3, 2024", "2024-05-03", "2024-05-03", "2024-05-03"},
		[5]string{"Talks: final round ended in 2021.", "2021", "2021", "2021-01-01", "2021-12-31"},
	)
	return merge.Build([]*timeline.Analysis{a, b}, nil)
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	want := `earliest,latest,label,expressions,source,sentence,item,conflict,path,state
2019-01-01,2021-12-31,"'=HYPERLINK(""x"") talks, ""final"" round, ended in 2019",2019,Alliance deepens,"'=HYPERLINK(""x"") talks, ""final"" round, ended in 2019.",s0/e2,yes,a.txt,
2019-01-01,2021-12-31,"'=HYPERLINK(""x"") talks, ""final"" round, ended in 2019",2021,b.txt,Talks: final round ended in 2021.,s0/e2,yes,b.txt,
2024-05-03,2024-05-03,Rebels seized the airport on 3 May 2024,3 May 2024,Alliance deepens,Rebels seized the airport on 3 May 2024.,s0/e1,,a.txt,
2024-05-03,2024-05-03,Rebels seized the airport on 3 May 2024,"May 3, 2024",b.txt,"On May 3, 2024, rebels seized the airport.",s0/e1,,b.txt,
`
	if buf.String() != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", buf.String(), want)
	}
	// It reads back as CSV with the same number of fields on every row.
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 5 {
		t.Fatalf("read back: %d records, %v", len(recs), err)
	}
	// A present state, exported when asked, says so in its last column.
	tl := fixture(t)
	tl.Items[1].State = true
	buf.Reset()
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	recs, _ = csv.NewReader(&buf).ReadAll()
	for _, r := range recs[1:] {
		if state := r[len(r)-1]; (state == "yes") != (r[6] == tl.Items[1].ID) {
			t.Errorf("row %q: state %q", r, state)
		}
	}
}

func TestCSVSkipsHiddenSources(t *testing.T) {
	tl := fixture(t)
	tl.Sources[0].Hidden = true
	var buf bytes.Buffer
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if strings.Count(buf.String(), "\n") != 3 || strings.Contains(buf.String(), "Alliance") {
		t.Errorf("hidden source exported:\n%s", buf.String())
	}
}

func TestDocumentJSON(t *testing.T) {
	a := analysis(t, "a.txt", "", "2026-01-02",
		[5]string{"Troops crossed in late 2024.", "late 2024", "2024", "2024-09-01", "2024-12-31"},
		[5]string{"It lasted weeks.", "weeks", "PXW", "", ""},
	)
	a.Mentions[0].Mod = "END"
	a.Mentions[1].Type = timeline.TypeDuration
	a.Events[1].Mentions = nil
	b, err := json.Marshal(DocumentJSON(a))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"path":"a.txt","dct":{"value":"2026-01-02","source":"metadata"},"mode":"news",` +
		`"mentions":[{"id":"t1","start":18,"end":27,"text":"late 2024","type":"DATE","value":"2024","mod":"END","kind":"explicit","earliest":"2024-09-01","latest":"2024-12-31","granularity":"day","anchor":"none"},` +
		`{"id":"t2","start":39,"end":44,"text":"weeks","type":"DURATION","value":"PXW","kind":"explicit","anchor":"none"}],` +
		`"events":[{"id":"e1","label":"Troops crossed in late 2024","earliest":"2024-09-01","latest":"2024-12-31","granularity":"day","kind":"explicit","mentions":["t1"],"start":0,"end":28},` +
		`{"id":"e2","label":"It lasted weeks","kind":"explicit","mentions":[],"start":29,"end":45}]}`
	if string(b) != want {
		t.Errorf("DocumentJSON:\n%s\nwant:\n%s", b, want)
	}
	if got := a.Doc.Text[18:27]; got != "late 2024" {
		t.Fatalf("fixture offsets wrong: %q", got)
	}

	empty, _ := json.Marshal(DocumentJSON(&timeline.Analysis{Doc: &timeline.Document{Path: "x.txt"}, Narrative: true}))
	if want := `{"path":"x.txt","dct":{"value":"","source":"none"},"mode":"narrative","mentions":[],"events":[]}`; string(empty) != want {
		t.Errorf("empty document: %s\nwant %s", empty, want)
	}
}

func TestJSONWithCorrections(t *testing.T) {
	tl := fixture(t)
	a := tl.Sources[0].Analysis
	c := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[1])
	c.Hidden = true
	var buf bytes.Buffer
	if err := JSON(&buf, tl, c); err != nil {
		t.Fatal(err)
	}
	var got TimelineJSON
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, buf.String())
	}
	if got.Version != 1 || len(got.Documents) != 2 || got.Documents[0].Path != "a.txt" || got.Documents[1].DCT.Source != "none" {
		t.Errorf("documents: %+v", got.Documents)
	}
	if len(got.Items) != 2 || got.Items[1].Earliest != "2024-05-03" || len(got.Items[1].Refs) != 2 || got.Items[1].Refs[1].Source != 1 {
		t.Errorf("items: %+v", got.Items)
	}
	if len(got.Corrections) != 1 || !got.Corrections[0].Hidden || got.Corrections[0].Was != a.Events[1].Label {
		t.Errorf("corrections: %+v", got.Corrections)
	}
	// Quoted text is written as is, not as \u003c escapes.
	if strings.Contains(buf.String(), `\u0026`) {
		t.Error("HTML escaping in the export")
	}

	buf.Reset()
	if err := JSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"documents": []`) || !strings.Contains(buf.String(), `"corrections": []`) {
		t.Errorf("empty export: %s", buf.String())
	}
}

func TestPNG(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(1, 1, color.RGBA{200, 10, 10, 255})
	var buf bytes.Buffer
	if err := PNG(&buf, img); err != nil {
		t.Fatal(err)
	}
	back, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Bounds().Dx() != 3 || back.Bounds().Dy() != 2 {
		t.Errorf("size %v", back.Bounds())
	}
	if r, g, _, _ := back.At(1, 1).RGBA(); r>>8 != 200 || g>>8 != 10 {
		t.Errorf("pixel changed: %v", back.At(1, 1))
	}
	if err := PNG(&buf, nil); err == nil {
		t.Error("nil image accepted")
	}
	if err := PNG(&buf, image.NewRGBA(image.Rect(0, 0, 0, 5))); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty image: %v", err)
	}
}

func TestWriteFileAtomicThroughExport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chronology.csv")
	tl := fixture(t)
	if err := WriteFileAtomic(path, func(w io.Writer) error { return CSV(w, tl) }); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	failing := errors.New("renderer failed")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		if err := CSV(w, tl); err != nil {
			return err
		}
		return failing
	})
	if !errors.Is(err, failing) {
		t.Fatalf("err = %v", err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, good) {
		t.Error("failed export changed the existing file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left: %v", entries)
	}
	err = WriteFileAtomic(filepath.Join(dir, "missing", "out.png"), func(io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), `missing" does not exist`) {
		t.Errorf("missing directory: %v", err)
	}
}

// A present state is written with "state": true, in the document's events
// and the timeline's items, and reads back as one; a happening writes no
// "state" at all.
func TestJSONState(t *testing.T) {
	a := analysis(t, "a.txt", "", "2026-01-02",
		[5]string{"The firm now employs 400 people.", "now", "PRESENT_REF", "2026-01-02", "2026-01-02"},
		[5]string{"It hired 20 on Monday.", "Monday", "2025-12-29", "2025-12-29", "2025-12-29"},
	)
	a.Events[0].State = true
	var buf bytes.Buffer
	if err := JSON(&buf, timeline.New(a)); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `"state": true`); n != 2 || strings.Contains(buf.String(), `"state": false`) {
		t.Errorf("%d \"state\": true, want 2 (the event and its item):\n%s", n, buf.String())
	}
	var back TimelineJSON
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	evs := back.Documents[0].Events
	if !evs[0].State || evs[1].State {
		t.Errorf("events read back: %+v", evs)
	}
	for _, it := range back.Items {
		if it.State != (it.Label == "The firm now employs 400 people") {
			t.Errorf("item read back: %+v", it)
		}
	}
}
