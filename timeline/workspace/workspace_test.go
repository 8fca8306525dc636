package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
)

// article builds a document whose lines are its sentences, and an analysis
// with one event per line that has a label (label "" = no event). Events are
// numbered e1, e2, ... in text order, as the tagger numbers them.
func article(path string, lines []string, labels []string) *timeline.Analysis {
	doc := &timeline.Document{Path: path, Text: strings.Join(lines, "\n")}
	a := &timeline.Analysis{Doc: doc}
	off := 0
	for i, l := range lines {
		sp := timeline.Span{Start: off, End: off + len(l)}
		doc.Sentences = append(doc.Sentences, sp)
		off += len(l) + 1
		if labels[i] == "" {
			continue
		}
		a.Events = append(a.Events, timeline.Event{
			ID:       "e" + strconv.Itoa(len(a.Events)+1),
			Label:    labels[i],
			Interval: timeline.Interval{Earliest: timeline.Day(2024, 1, 1+i), Latest: timeline.Day(2024, 1, 1+i), Granularity: timeline.GranDay},
			Sentence: sp,
		})
	}
	return a
}

// digest is the hex SHA-256 of text, as a workspace records a file's.
func digest(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

func writeArticle(t *testing.T, a *timeline.Analysis) {
	t.Helper()
	if err := os.WriteFile(a.Doc.Path, []byte(a.Doc.Text), 0o644); err != nil {
		t.Fatal(err)
	}
}

var (
	linesV1  = []string{"Talks opened in Geneva on Monday.", "The ceasefire collapsed a week later.", "Observers left the region."}
	labelsV1 = []string{"talks open in Geneva", "ceasefire collapses", "observers leave region"}
)

func sampleWorkspace(t *testing.T, dir string) (*Workspace, []*timeline.Analysis) {
	t.Helper()
	a := article(filepath.Join(dir, "a.txt"), linesV1, labelsV1)
	b := article(filepath.Join(dir, "sub", "b.txt"), []string{"Geneva talks began on Monday."}, []string{"Geneva talks begin"})
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	writeArticle(t, a)
	writeArticle(t, b)
	a.Doc.Date, a.Doc.DateSource = timeline.Day(2024, 1, 9), timeline.DateFromMetadata
	ws := &Workspace{}
	for _, x := range []*timeline.Analysis{a, b} {
		ws.Track(x.Doc, digest(x.Doc.Text))
	}
	if err := ws.SetDocumentDate(b.Doc.Path, timeline.Day(2024, 1, 8)); err != nil {
		t.Fatal(err)
	}
	hide := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[2])
	hide.Hidden = true
	redate := timeline.NewCorrection(timeline.ScopeEvent, a, &a.Events[1])
	redate.Earliest, redate.Latest = timeline.Day(2024, 1, 14), timeline.Day(2024, 1, 16)
	relabel := timeline.NewCorrection(timeline.ScopeItem, b, &b.Events[0])
	relabel.Label = "Geneva talks open"
	for _, c := range []timeline.Correction{hide, redate, relabel} {
		if err := ws.Corrections.Set(c); err != nil {
			t.Fatal(err)
		}
	}
	return ws, []*timeline.Analysis{a, b}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	ws, _ := sampleWorkspace(t, dir)
	path := filepath.Join(dir, "project"+Ext)
	if err := Save(path, ws); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ws) {
		t.Fatalf("reloaded workspace differs:\n got %+v\nwant %+v", got, ws)
	}
	if d := got.Document(filepath.Join(dir, "sub", "b.txt")); d == nil || d.DateSource != timeline.DateFromUser ||
		timeline.FormatDate(d.Date) != "2024-01-08" {
		t.Errorf("user's document date lost: %+v", d)
	}

	raw, _ := os.ReadFile(path)
	for _, want := range []string{`"version": 1`, `"path": "a.txt"`, `"path": "sub/b.txt"`, `"source": "sub/b.txt"`,
		`"earliest": "2024-01-14"`, `"date": "2024-01-08"`, `"dateSource": "flag"`, `"sentence": "Observers left the region."`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("file lacks %s:\n%s", want, raw)
		}
	}
}

func TestLoadFromAnotherDirectory(t *testing.T) {
	// Paths are relative to the workspace file, not to the working directory:
	// a workspace moved with its articles still finds them.
	dir := t.TempDir()
	ws, _ := sampleWorkspace(t, dir)
	if err := Save(filepath.Join(dir, "w"+Ext), ws); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(t.TempDir(), "moved")
	if err := os.Rename(dir, moved); err != nil {
		t.Fatal(err)
	}
	got, err := Load(filepath.Join(moved, "w"+Ext))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(moved, "a.txt"); got.Documents[0].Path != want {
		t.Errorf("path = %s, want %s", got.Documents[0].Path, want)
	}
}

func TestPathOutsideStoredAbsolute(t *testing.T) {
	outside := t.TempDir()
	dir := t.TempDir()
	a := article(filepath.Join(outside, "far.txt"), []string{"x"}, []string{""})
	writeArticle(t, a)
	ws := &Workspace{}
	ws.Track(a.Doc, digest(a.Doc.Text))
	path := filepath.Join(dir, "w"+Ext)
	if err := Save(path, ws); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), filepath.ToSlash(a.Doc.Path)) {
		t.Errorf("outside path not stored absolute:\n%s", raw)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Documents[0].Path != a.Doc.Path {
		t.Errorf("path = %s, want %s", got.Documents[0].Path, a.Doc.Path)
	}
}

// tagged builds an analysis of text, one sentence per line, in which each
// [bracketed] expression is a mention dating an event of its own, labelled
// by labels in text order; the brackets are not part of the text. Ids are
// numbered in text order, as the tagger numbers them.
func tagged(path string, labels []string, lines ...string) *timeline.Analysis {
	doc := &timeline.Document{Path: path}
	a := &timeline.Analysis{Doc: doc}
	var text strings.Builder
	for _, l := range lines {
		start := text.Len()
		var spans []timeline.Span
		for {
			i := strings.IndexByte(l, '[')
			if i < 0 {
				break
			}
			j := strings.IndexByte(l, ']')
			text.WriteString(l[:i])
			spans = append(spans, timeline.Span{Start: text.Len(), End: text.Len() + j - i - 1})
			text.WriteString(l[i+1 : j])
			l = l[j+1:]
		}
		text.WriteString(l)
		sentence := timeline.Span{Start: start, End: text.Len()}
		text.WriteString("\n")
		doc.Sentences = append(doc.Sentences, sentence)
		for _, sp := range spans {
			n := strconv.Itoa(len(a.Mentions) + 1)
			a.Mentions = append(a.Mentions, timeline.Mention{ID: "t" + n, Span: sp})
			a.Events = append(a.Events, timeline.Event{
				ID: "e" + strconv.Itoa(len(a.Events)+1), Label: labels[len(a.Events)],
				Mentions: []string{"t" + n}, Sentence: sentence,
			})
		}
	}
	doc.Text = text.String()
	for i := range a.Mentions {
		a.Mentions[i].Text = doc.Text[a.Mentions[i].Start:a.Mentions[i].End]
	}
	return a
}

// TestFindByContent is the table of edits an article may go through after
// a correction was made, and where the correction must land: on the event
// with the same sentence and time expressions, or nowhere (dropped or
// ambiguous, and said so), never on another event.
func TestFindByContent(t *testing.T) {
	talks := "Talks opened in [March] and collapsed in [May]."
	tests := []struct {
		name   string
		before []string // the article when the correction was made
		labels []string
		target int      // index of the corrected event in before
		legacy bool     // the correction records no expressions (older files)
		after  []string // the article now
		now    []string
		want   string // id of the event found, or the error
	}{
		{"unchanged", []string{talks}, []string{"talks open", "talks collapse"}, 1, false,
			[]string{talks}, []string{"talks open", "talks collapse"}, "e2"},
		{"two events of one sentence, a paragraph prepended: the second",
			[]string{talks}, []string{"talks open", "talks collapse"}, 1, false,
			[]string{"Diplomats warned in [February].", talks}, []string{"diplomats warn", "talks open", "talks collapse"}, "e3"},
		{"two events of one sentence, a paragraph prepended: the first",
			[]string{talks}, []string{"talks open", "talks collapse"}, 0, false,
			[]string{"Diplomats warned in [February].", talks}, []string{"diplomats warn", "talks open", "talks collapse"}, "e2"},
		{"the machine's labels changed", []string{talks}, []string{"talks open", "talks collapse"}, 1, false,
			[]string{talks}, []string{"opening", "collapse"}, "e2"},
		{"paragraph removed before it", []string{"Diplomats warned in [February].", talks}, []string{"warn", "open", "collapse"}, 2, false,
			[]string{talks}, []string{"open", "collapse"}, "e2"},
		{"re-wrapped", []string{talks}, []string{"open", "collapse"}, 0, false,
			[]string{"Talks   opened in [March] and  collapsed in [May]."}, []string{"open", "collapse"}, "e1"},
		{"its sentence edited", []string{talks}, []string{"open", "collapse"}, 0, false,
			[]string{"Talks opened in [April] and collapsed in [May]."}, []string{"open", "collapse"}, ErrEventGone.Error()},
		{"its sentence deleted", []string{talks, "It rained in [June]."}, []string{"open", "collapse", "rain"}, 2, false,
			[]string{talks}, []string{"open", "collapse"}, ErrEventGone.Error()},
		{"one of two identical sentences: the second stays the second",
			[]string{"Shares fell in [May].", "Bonds rose in [June].", "Shares fell in [May]."}, []string{"fall", "rise", "fall"}, 2, false,
			[]string{"Rates held in [April].", "Shares fell in [May].", "Bonds rose in [June].", "Shares fell in [May]."},
			[]string{"hold", "fall", "rise", "fall"}, "e4"},
		{"a third identical sentence appears: ambiguous",
			[]string{"Shares fell in [May].", "Shares fell in [May]."}, []string{"fall", "fall"}, 1, false,
			[]string{"Shares fell in [May].", "Shares fell in [May].", "Shares fell in [May]."}, []string{"fall", "fall", "fall"}, ErrAmbiguous.Error()},
		{"its sentence appears twice now: ambiguous",
			[]string{"Shares fell in [May]."}, []string{"fall"}, 0, false,
			[]string{"Shares fell in [May].", "Shares fell in [May]."}, []string{"fall", "fall"}, ErrAmbiguous.Error()},
		{"older file: the only event of its sentence", []string{"It rained in [June]."}, []string{"rain"}, 0, true,
			[]string{"Floods came in [May].", "It rained in [June]."}, []string{"flood", "rain"}, "e2"},
		{"older file: two events of the sentence, told apart by the label", []string{talks}, []string{"talks open", "talks collapse"}, 1, true,
			[]string{"Diplomats warned in [February].", talks}, []string{"diplomats warn", "talks open", "talks collapse"}, "e3"},
		{"older file: two events of the sentence, neither with the label", []string{talks}, []string{"talks open", "talks collapse"}, 1, true,
			[]string{talks}, []string{"opening", "collapse"}, ErrAmbiguous.Error()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tagged("a.txt", tc.labels, tc.before...)
			c := timeline.NewCorrection(timeline.ScopeItem, before, &before.Events[tc.target])
			c.Label = "corrected"
			if tc.legacy {
				c.Times, c.Occurrence, c.Occurrences = nil, 0, 0
			}
			// Through the file, as a workspace keeps it.
			raw, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			var back timeline.Correction
			if err := json.Unmarshal(raw, &back); err != nil {
				t.Fatal(err)
			}
			after := tagged("a.txt", tc.now, tc.after...)
			ev, err := Find(back, after)
			got := ""
			if err != nil {
				got = err.Error()
			} else {
				got = ev.ID
			}
			if got != tc.want {
				t.Errorf("found %s, want %s (correction %s)", got, tc.want, raw)
			}
		})
	}
}

// TestReconcileReportsAmbiguous checks that a correction that no longer
// finds one event is dropped and reported with why, and one that does is
// aimed anew at it.
func TestReconcileReportsAmbiguous(t *testing.T) {
	before := tagged("a.txt", []string{"fall", "rise"}, "Shares fell in [May].", "Bonds rose in [June].")
	ws := &Workspace{}
	for i := range before.Events {
		c := timeline.NewCorrection(timeline.ScopeItem, before, &before.Events[i])
		c.Hidden = true
		ws.Corrections.Set(c)
	}
	after := tagged("a.txt", []string{"fall", "rise", "fall"}, "Shares fell in [May].", "Bonds rose in [June].", "Shares fell in [May].")
	changes := ws.Reconcile([]*timeline.Analysis{after})
	if len(changes) != 1 || changes[0].Kind != CorrectionDropped || !errors.Is(changes[0].Err, ErrAmbiguous) {
		t.Fatalf("changes = %v", changes)
	}
	if msg := changes[0].String(); msg != `"a.txt": hiding of "fall" not applied: several events now match it` {
		t.Errorf("message %q", msg)
	}
	if len(ws.Corrections) != 1 || ws.Corrections[0].Event != "e2" {
		t.Errorf("kept %+v", ws.Corrections)
	}
}

func TestCorrectionsSet(t *testing.T) {
	a := article("x.txt", []string{"A.", "B."}, []string{"a", "b"})
	var cs Corrections
	c := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[0])
	c.Hidden = true
	if err := cs.Set(c); err != nil {
		t.Fatal(err)
	}
	c.Hidden, c.Label = false, "renamed"
	cs.Set(c)
	if len(cs) != 1 || cs[0].Label != "renamed" || cs[0].Hidden {
		t.Fatalf("replace failed: %+v", cs)
	}
	ev := timeline.NewCorrection(timeline.ScopeEvent, a, &a.Events[0])
	ev.Hidden = true
	cs.Set(ev)
	if len(cs) != 2 {
		t.Fatalf("item and event scope must be kept apart: %+v", cs)
	}
	if got, ok := cs.Get(timeline.ScopeItem, a, &a.Events[0]); !ok || got.Label != "renamed" {
		t.Errorf("Get = %+v, %v", got, ok)
	}
	if _, ok := cs.Get(timeline.ScopeItem, a, &a.Events[1]); ok {
		t.Error("Get found a correction for an uncorrected event")
	}
	c.Label = ""
	cs.Set(c) // no-op: removes
	if len(cs) != 1 || cs[0].Scope != timeline.ScopeEvent {
		t.Fatalf("no-op did not remove: %+v", cs)
	}
	bad := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[1])
	bad.Earliest, bad.Latest = timeline.Day(2024, 5, 2), timeline.Day(2024, 5, 1)
	if err := cs.Set(bad); err == nil || !strings.Contains(err.Error(), "after latest") {
		t.Errorf("reversed dates: err = %v", err)
	}
	bad.Latest = time.Time{}
	if err := cs.Set(bad); err == nil || !strings.Contains(err.Error(), "both earliest and latest") {
		t.Errorf("half-set dates: err = %v", err)
	}
	if len(cs) != 1 {
		t.Errorf("a refused correction was stored: %+v", cs)
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	sha := strings.Repeat("ab", 32)
	cases := []struct{ name, content, want string }{
		{"not json", "{version: 1", "not valid JSON"},
		{"empty", "", "unexpected end"},
		{"no version", `{"documents": []}`, "not a Retrace workspace"},
		{"newer", `{"version": 99}`, "up to version 1"},
		{"no path", `{"version": 1, "documents": [{"sha256": "` + sha + `"}]}`, "document 1: no path"},
		{"bad hash", `{"version": 1, "documents": [{"path": "a.txt", "sha256": "xyz"}]}`, "not 64 hex digits"},
		{"bad date", `{"version": 1, "documents": [{"path": "a.txt", "sha256": "` + sha + `", "date": "2024-02-30"}]}`, "no such day"},
		{"bad source", `{"version": 1, "documents": [{"path": "a.txt", "sha256": "` + sha + `", "dateSource": "guess"}]}`, "unknown dateSource"},
		{"bad scope", `{"version": 1, "corrections": [{"scope": "all", "source": "a.txt", "event": "e1"}]}`, "correction 1: scope"},
		{"half dates", `{"version": 1, "corrections": [{"scope": "item", "source": "a.txt", "event": "e1", "earliest": "2024-01-01"}]}`, "both earliest and latest"},
		{"bad correction date", `{"version": 1, "corrections": [{"scope": "item", "source": "a.txt", "event": "e1", "earliest": "soon", "latest": "2024-01-01"}]}`, "earliest"},
		{"wrong type", `{"version": 1, "documents": {}}`, "cannot unmarshal"},
		{"document twice", `{"version": 1, "documents": [{"path": "a.txt", "sha256": "` + sha + `"}, {"path": "./a.txt", "sha256": "` + sha + `"}]}`,
			`document 2: "./a.txt" is document 1 again`},
		{"correction twice", `{"version": 1, "corrections": [{"scope": "item", "source": "a.txt", "event": "e1", "hidden": true},
			{"scope": "item", "source": "a.txt", "event": "e1", "label": "x"}]}`, "correction 2: a second item correction of event e1"},
		{"correction twice, by content", `{"version": 1, "corrections": [
			{"scope": "event", "source": "a.txt", "event": "e1", "sentence": "S.", "times": ["May"], "hidden": true},
			{"scope": "event", "source": "a.txt", "event": "e4", "sentence": "S.", "times": ["May"], "label": "x"}]}`, "correction 2: a second event correction"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "bad"+Ext)
			os.WriteFile(path, []byte(c.content), 0o644)
			_, err := Load(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), strconv.Quote(path)) {
				t.Errorf("err = %q, want the path and %q", err, c.want)
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "absent"+Ext)); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestSaveToMissingDirectory(t *testing.T) {
	err := Save(filepath.Join(t.TempDir(), "no", "w"+Ext), &Workspace{})
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("err = %v", err)
	}
}

func TestRemove(t *testing.T) {
	dir := t.TempDir()
	ws, analyses := sampleWorkspace(t, dir)
	ws.Remove(analyses[0].Doc.Path)
	if len(ws.Documents) != 1 || len(ws.Corrections) != 1 || !SamePath(ws.Corrections[0].Source, analyses[1].Doc.Path) {
		t.Errorf("after Remove: %+v", ws)
	}
}

func TestHasExt(t *testing.T) {
	for p, want := range map[string]bool{
		"a/study.retrace.json": true, "STUDY.RETRACE.JSON": true,
		"study.json": false, "retrace.json.txt": false, "": false,
	} {
		if got := HasExt(p); got != want {
			t.Errorf("HasExt(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestApplyDate(t *testing.T) {
	file := timeline.Day(2026, 1, 2)
	user := timeline.Day(2025, 6, 1)
	for _, c := range []struct {
		entry      Document
		wantDate   time.Time
		wantSource timeline.DateSource
	}{
		{Document{Date: user, DateSource: timeline.DateFromUser}, user, timeline.DateFromUser},
		{Document{DateSource: timeline.DateFromUser}, file, timeline.DateFromMetadata}, // no date given
		{Document{Date: user, DateSource: timeline.DateFromMetadata}, file, timeline.DateFromMetadata},
		{Document{}, file, timeline.DateFromMetadata},
	} {
		doc := &timeline.Document{Date: file, DateSource: timeline.DateFromMetadata}
		c.entry.ApplyDate(doc)
		if !doc.Date.Equal(c.wantDate) || doc.DateSource != c.wantSource {
			t.Errorf("%+v: got %s %s, want %s %s", c.entry, timeline.FormatDate(doc.Date), doc.DateSource,
				timeline.FormatDate(c.wantDate), c.wantSource)
		}
	}
}

func TestTrackKeepsUserDate(t *testing.T) {
	ws := &Workspace{}
	doc := &timeline.Document{Path: "bundled.txt", Date: timeline.Day(2026, 1, 2), DateSource: timeline.DateFromMetadata}
	ws.Track(doc, "aa")
	if err := ws.SetDocumentDate("bundled.txt", timeline.Day(2025, 6, 1)); err != nil {
		t.Fatal(err)
	}
	ws.Track(doc, "bb")
	d := ws.Document("bundled.txt")
	if len(ws.Documents) != 1 || d.SHA256 != "bb" || d.DateSource != timeline.DateFromUser ||
		!d.Date.Equal(timeline.Day(2025, 6, 1)) {
		t.Errorf("documents = %+v", ws.Documents)
	}
}
