package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
)

// samplePath is the shared sample article, beside the repository.
func samplePath(t *testing.T, ext string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "samples", "russia-north-korea-alliance"+ext)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared samples not found at %s: %v", p, err)
	}
	return p
}

func run(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{[]string{"extract"}, 2, "no FILE"},
		{[]string{"extract", "--dct", "2026-13-01", "x.txt"}, 2, "YYYY-MM-DD"},
		{[]string{"extract", "--format", "xml", "x.txt"}, 2, "unknown format"},
		{[]string{"extract", "--narrative", "--news", "x.txt"}, 2, "exclude"},
		{[]string{"export", "x.txt"}, 2, "--png"},
		{[]string{"export", "--png", "o.png", "--width", "3", "x.txt"}, 2, "--width"},
		{[]string{"export", "--png", "o.png", "--from", "2024-01-01", "x.txt"}, 2, "both --from and --to"},
		{[]string{"export", "--png", "o.png", "--from", "2024-01-01", "--to", "2023-01-01", "x.txt"}, 2, "not before"},
		{[]string{"eval"}, 2, "no DIR"},
		{[]string{"eval", "--narrative", "--news", "d"}, 2, "exclude"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"extract", "/no/such/file.txt"}, 1, "/no/such/file.txt"},
		{[]string{"eval", "/no/such/dir"}, 1, "/no/such/dir"},
	}
	for _, tt := range tests {
		code, _, stderr := run(tt.args...)
		if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
			t.Errorf("%v: code %d, stderr %q; want code %d and %q", tt.args, code, stderr, tt.wantCode, tt.wantErr)
		}
		if strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%v: error is not one line: %q", tt.args, stderr)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := run("help")
	if code != 0 || !strings.Contains(out, "extract") || !strings.Contains(out, "export") {
		t.Errorf("help: code %d, output %q", code, out)
	}
	// The summary of export names every format it writes, and export
	// takes a flag for each.
	_, _, flags := run("export", "-h")
	for format, flag := range map[string]string{"PNG": "-png", "SVG": "-svg", "PDF": "-pdf", "CSV": "-csv", "JSON": "-json", "TimelineJS": "-timelinejs"} {
		if !strings.Contains(out, format) {
			t.Errorf("help does not name %s:\n%s", format, out)
		}
		if !strings.Contains(flags, "  "+flag+" ") {
			t.Errorf("export -h has no %s:\n%s", flag, flags)
		}
	}
}

// TestExtractSample checks the JSON shape the issue names, on the sample.
func TestExtractSample(t *testing.T) {
	path := samplePath(t, ".txt")
	code, out, stderr := run("extract", "--dct", "2026-01-02", "--format", "json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var docs []struct {
		Path string `json:"path"`
		DCT  struct {
			Value  string `json:"value"`
			Source string `json:"source"`
		} `json:"dct"`
		Mentions []struct {
			ID          string `json:"id"`
			Start, End  int
			Text        string `json:"text"`
			Type        string `json:"type"`
			Value       string `json:"value"`
			Earliest    string `json:"earliest"`
			Latest      string `json:"latest"`
			Granularity string `json:"granularity"`
			Anchor      string `json:"anchor"`
		} `json:"mentions"`
		Events []struct {
			ID       string   `json:"id"`
			Label    string   `json:"label"`
			Earliest string   `json:"earliest"`
			Latest   string   `json:"latest"`
			Mentions []string `json:"mentions"`
			Start    int      `json:"start"`
			End      int      `json:"end"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("output is not the JSON array the issue names: %v\n%s", err, out)
	}
	if len(docs) != 1 || docs[0].DCT.Value != "2026-01-02" || docs[0].DCT.Source != "flag" {
		t.Fatalf("want one document dated 2026-01-02 from the flag, got %+v", docs)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs[0].Mentions) == 0 || len(docs[0].Events) == 0 {
		t.Fatalf("no mentions or events found in the sample")
	}
	for _, m := range docs[0].Mentions {
		// Offsets of a UTF-8 text file index the file itself.
		if m.Start < 0 || m.End > len(text) || string(text[m.Start:m.End]) != m.Text {
			t.Errorf("mention %s: span %d..%d does not hold %q in the file", m.ID, m.Start, m.End, m.Text)
		}
		if (m.Earliest != "") != (m.Granularity != "") {
			t.Errorf("mention %s: interval %s..%s with granularity %q", m.ID, m.Earliest, m.Latest, m.Granularity)
		}
	}
	// An event is dated unless no time places it: one only measured by a
	// duration, repeated by a set or said to come in a vague future ("in
	// the years to come") is named but stays off the chart.
	places := map[string]bool{}
	for _, m := range docs[0].Mentions {
		places[m.ID] = m.Earliest != "" && m.Value != "FUTURE_REF" && (m.Type == "DATE" || m.Type == "TIME")
	}
	for _, e := range docs[0].Events {
		dated := false
		for _, id := range e.Mentions {
			dated = dated || places[id]
		}
		if e.Label == "" || dated && e.Earliest == "" || e.Latest < e.Earliest || e.End <= e.Start || e.End > len(text) {
			t.Errorf("event %+v is incomplete", e)
		}
	}
}

func TestExportSamplePNGAndCSV(t *testing.T) {
	path := samplePath(t, ".txt")
	dir := t.TempDir()
	pngOut, csvOut := filepath.Join(dir, "seed.png"), filepath.Join(dir, "seed.csv")
	code, _, stderr := run("export", "--png", pngOut, "--width", "1600", "--csv", csvOut, "--dct", "2026-01-02", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := os.Open(pngOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("%s is not a PNG: %v", pngOut, err)
	}
	if cfg.Width != 1600 {
		t.Errorf("PNG width %d, want 1600", cfg.Width)
	}
	csv, err := os.ReadFile(csvOut)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), "incursion") {
		t.Errorf("CSV lacks the incursion event:\n%s", csv)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("export left stray files: %v", entries)
	}
}

// TestExportVectorAndTimelineJS writes the sample as SVG, as an A4 PDF
// and as TimelineJS JSON from the command line, with a subtitle, a credit
// line and dates on the labels: the SVG holds the labels as text, the PDF
// is a PDF (its text is checked in timeline/export), the JSON has a title
// slide and the events; a social-size PNG of many lanes goes on pages.
func TestExportVectorAndTimelineJS(t *testing.T) {
	path := samplePath(t, ".txt")
	dir := t.TempDir()
	svg, pdf, tljs := filepath.Join(dir, "a.svg"), filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.json")
	code, stdout, stderr := run("export", "--svg", svg, "--pdf", pdf, "--timelinejs", tljs, "--size", "a4",
		"--subtitle", "What the article dates", "--credit", "Source: the sample", "--dates", "--dct", "2026-01-02", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"wrote " + svg, "wrote " + pdf + " (1 page)", "wrote " + tljs} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q: %s", want, stdout)
		}
	}
	b, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<svg", ">What the article dates<", ">Source: the sample<", "2024 · "} {
		if !strings.Contains(string(b), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if b, err := os.ReadFile(pdf); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Errorf("%s is not a PDF (%v)", pdf, err)
	}
	var doc struct {
		Title struct {
			Text struct{ Headline, Text string }
		}
		Events []struct {
			StartDate struct{ Year int } `json:"start_date"`
			Text      struct{ Headline string }
		}
	}
	if b, err := os.ReadFile(tljs); err != nil {
		t.Fatal(err)
	} else if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title.Text.Headline == "" || doc.Title.Text.Text != "What the article dates" || len(doc.Events) == 0 {
		t.Errorf("TimelineJS: title %+v, %d events", doc.Title, len(doc.Events))
	}
	for _, e := range doc.Events {
		if e.StartDate.Year < 2000 || e.Text.Headline == "" {
			t.Errorf("TimelineJS event %+v", e)
		}
	}

	// Too many lanes for one 1200x675 picture: pages, never "+N" badges.
	code, stdout, stderr = run("export", "--png", filepath.Join(dir, "s.png"), "--size", "social", "--dates", "--dct", "2026-01-02", path, path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "s.png") {
		t.Errorf("stdout: %s", stdout)
	}
	code, _, stderr = run("export", "--png", filepath.Join(dir, "x.png"), "--size", "poster", path)
	if code != 2 || !strings.Contains(stderr, "social, slide, a4") {
		t.Errorf("an unknown size: exit %d, %s", code, stderr)
	}
}

func TestExportUnwritablePath(t *testing.T) {
	path := samplePath(t, ".txt")
	code, _, stderr := run("export", "--csv", "/no/such/dir/out.csv", "--dct", "2026-01-02", path)
	if code != 1 || !strings.Contains(stderr, "/no/such/dir") {
		t.Errorf("code %d, stderr %q; want a one-line error naming the path", code, stderr)
	}
}

// TestExportWorkspace runs export on a saved workspace: the user's document
// date and corrections reach the CSV, and a changed source is reported.
func TestExportWorkspace(t *testing.T) {
	sample := samplePath(t, ".txt")
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	article := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(article, text, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	doc.Date, doc.DateSource = timeline.Day(2026, 1, 2), timeline.DateFromUser
	a := analyze.Document(doc, extract.Options{DCT: doc.Date})
	var incursion *timeline.Event
	for i := range a.Events {
		if strings.Contains(a.Events[i].Label, "incursion") {
			incursion = &a.Events[i]
		}
	}
	if incursion == nil {
		t.Fatalf("no incursion event in %+v", a.Events)
	}
	ws := &workspace.Workspace{}
	ws.Track(doc, fileDigest(t, article))
	c := timeline.NewCorrection(timeline.ScopeItem, a, incursion)
	c.Label = "Kursk incursion begins"
	c.Earliest, c.Latest = timeline.Day(2024, 8, 6), timeline.Day(2024, 8, 6)
	if err := ws.Corrections.Set(c); err != nil {
		t.Fatal(err)
	}
	wsPath := filepath.Join(dir, "kursk"+workspace.Ext)
	if err := workspace.Save(wsPath, ws); err != nil {
		t.Fatal(err)
	}
	// The article gains a paragraph after the workspace was saved.
	if err := os.WriteFile(article, append(text, "\n\nA new closing paragraph.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}

	// The article changed: its correction is set aside, and said so,
	// unless the user accepts the change.
	out := filepath.Join(dir, "out.csv")
	code, _, stderr := run("export", "--csv", out, wsPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "changed since the workspace was saved; 1 correction set aside: relabelling (as \"Kursk incursion begins\")") ||
		strings.Count(stderr, "\n") != 1 {
		t.Errorf("the changed article and its set-aside correction are not reported in one line: %q", stderr)
	}
	if csv, _ := os.ReadFile(out); strings.Contains(string(csv), "Kursk incursion begins") {
		t.Errorf("a correction of a changed article was applied without --accept-changed")
	}
	code, _, stderr = run("export", "--accept-changed", "--csv", out, wsPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	csv, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), "2024-08-06") || !strings.Contains(string(csv), "Kursk incursion begins") {
		t.Errorf("the correction did not reach the CSV:\n%s", csv)
	}
	if !strings.Contains(string(csv), "2025-12-31") {
		t.Errorf("the user's document date 2026-01-02 did not place the New Year greeting:\n%s", csv)
	}
}

// A workspace written by hand may say the user set a date and give none;
// the article then keeps its own date rather than losing it to an empty
// "user" date.
func TestExtractWorkspaceUserSourceWithoutDate(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("MOSCOW, Jan 2, 2026 (Reuters) - Talks ended on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := fileDigest(t, article)
	wsPath := filepath.Join(dir, "w"+workspace.Ext)
	body := `{"version": 1, "documents": [{"path": "a.txt", "sha256": "` + sum + `", "dateSource": "flag"}]}`
	if err := os.WriteFile(wsPath, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run("extract", wsPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var docs []struct {
		DCT struct{ Value, Source string } `json:"dct"`
	}
	if err := json.Unmarshal([]byte(stdout), &docs); err != nil || len(docs) != 1 {
		t.Fatalf("output: %v\n%s", err, stdout)
	}
	if got := docs[0].DCT; got.Value != "2026-01-02" || got.Source != "dateline" {
		t.Errorf("dct = %+v, want the dateline's 2026-01-02", got)
	}
}

// fileDigest is the hex SHA-256 of a file's bytes, as a workspace records it.
func fileDigest(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// An undated article: extract and export each say so in one stderr line
// that names the file, the cost and the remedy; an export with nothing to
// place fails and writes nothing; told the date, both work and say nothing.
func TestUndatedArticle(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kursk.txt")
	text := "Man rescued after three days\n\nA farmer was pulled alive from the rubble on Tuesday, police said. He was found late Monday.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	want := path + ": no document date; 2 references left unresolved; pass --dct YYYY-MM-DD (dates seen: "
	code, _, stderr := run("extract", path)
	if code != 0 || !strings.HasPrefix(stderr, want) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("extract: code %d, stderr %q; want 0 and one line starting %q", code, stderr, want)
	}
	if !strings.Contains(stderr, "the file's modification time") {
		t.Errorf("extract: the file's time is not offered: %q", stderr)
	}
	out := filepath.Join(dir, "out.png")
	code, _, stderr = run("export", "--png", out, path)
	if code != 1 || !strings.HasPrefix(stderr, want) || !strings.Contains(stderr, "nothing to export") {
		t.Errorf("export: code %d, stderr %q; want 1, the warning and the reason", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("export wrote %s with nothing on it", out)
	}
	code, _, stderr = run("export", "--png", out, "--dct", "2025-11-06", path)
	if code != 0 || stderr != "" {
		t.Errorf("export told the date: code %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("export told the date wrote nothing: %v", err)
	}
}

// A document whose references need no date gets no warning: 'today' in a
// history is the present, which nobody needs dated.
func TestUndatedHistoryNeedsNoWarning(t *testing.T) {
	path := filepath.Join(t.TempDir(), "canal.txt")
	if err := os.WriteFile(path, []byte("The canal was dug from 1792 to 1799. Today it is a museum.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run("extract", path); code != 0 || stderr != "" {
		t.Errorf("code %d, stderr %q; want 0 and nothing", code, stderr)
	}
}

// Present states ("Montedison currently owns 72 %") are events of their
// own kind: extract lists them with "state": true, export leaves them out
// unless --states is given, and then marks them in every format that
// carries the items (the JSON's items; the CSV has the same rows as the
// chart). An article that dates only states exports nothing without it,
// and says why.
func TestExportStates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "erbamont.txt")
	text := "Montedison bids for Erbamont\n\nMontedison said on Monday it would buy the rest of Erbamont. " +
		"Montedison currently owns 72 % of Erbamont.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run("extract", "--dct", "2025-03-05", path)
	if code != 0 {
		t.Fatalf("extract: code %d, stderr %q", code, stderr)
	}
	var docs []struct {
		Events []struct {
			Label string `json:"label"`
			State bool   `json:"state"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(stdout), &docs); err != nil || len(docs) != 1 {
		t.Fatalf("extract JSON: %v\n%s", err, stdout)
	}
	states := map[bool][]string{}
	for _, e := range docs[0].Events {
		states[e.State] = append(states[e.State], e.Label)
	}
	if len(states[true]) != 1 || states[true][0] != "Montedison owns 72 % of Erbamont" || len(states[false]) != 1 {
		t.Fatalf("events by state: %v", states)
	}
	items := func(args ...string) (labels []string, stateItems int) {
		t.Helper()
		out := filepath.Join(dir, "out.json")
		csvOut := filepath.Join(dir, "out.csv")
		if code, _, stderr := run(append(append([]string{"export", "--json", out, "--csv", csvOut, "--dct", "2025-03-05"}, args...), path)...); code != 0 {
			t.Fatalf("export %v: code %d, stderr %q", args, code, stderr)
		}
		var exp struct {
			Items []struct {
				Label string `json:"label"`
				State bool   `json:"state"`
			} `json:"items"`
		}
		b, _ := os.ReadFile(out)
		if err := json.Unmarshal(b, &exp); err != nil {
			t.Fatal(err)
		}
		for _, it := range exp.Items {
			labels = append(labels, it.Label)
			if it.State {
				stateItems++
			}
		}
		rows, _ := os.ReadFile(csvOut)
		if n := strings.Count(string(rows), "\n") - 1; n != len(exp.Items) {
			t.Errorf("export %v: %d CSV rows for %d items", args, n, len(exp.Items))
		}
		return labels, stateItems
	}
	if labels, n := items(); n != 0 || len(labels) != 1 || strings.Contains(strings.Join(labels, "|"), "owns") {
		t.Errorf("export without --states: items %q (%d states)", labels, n)
	}
	if labels, n := items("--states"); n != 1 || len(labels) != 2 {
		t.Errorf("export --states: items %q (%d states)", labels, n)
	}
	_, _, flags := run("export", "-h")
	if !strings.Contains(flags, "  -states") {
		t.Errorf("export -h does not offer --states:\n%s", flags)
	}

	only := filepath.Join(dir, "only.txt")
	os.WriteFile(only, []byte("The firm currently employs 400 people.\n"), 0o644)
	png := filepath.Join(dir, "only.png")
	code, _, stderr = run("export", "--png", png, "--dct", "2025-03-05", only)
	if code != 1 || !strings.Contains(stderr, "only present states") || !strings.Contains(stderr, "--states") {
		t.Errorf("states only: code %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(png); err == nil {
		t.Error("states only: a picture was written without --states")
	}
	if code, _, stderr = run("export", "--png", png, "--states", "--dct", "2025-03-05", only); code != 0 {
		t.Errorf("states only, --states: code %d, stderr %q", code, stderr)
	}
}
