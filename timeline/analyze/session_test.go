package analyze

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/workspace"
)

// line is one paragraph of a test article: a sentence, and the label of the
// event it dates ("" for none).
type line struct{ text, label string }

// writeArticle writes the lines as paragraphs of a text file, so each is
// one sentence when read.
func writeArticle(t testing.TB, path string, lines ...line) {
	t.Helper()
	var texts []string
	for _, l := range lines {
		texts = append(texts, l.text)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Join(texts, "\n\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lineTagger stands for the tagger: every sentence listed in labels dates
// one event on the first day of 2024 plus its position, numbered e1, e2, ...
// in text order as the tagger numbers them.
func lineTagger(lines ...line) func(*timeline.Document) *timeline.Analysis {
	labels := map[string]string{}
	for _, l := range lines {
		labels[l.text] = l.label
	}
	return func(doc *timeline.Document) *timeline.Analysis {
		a := &timeline.Analysis{Doc: doc}
		for i, s := range doc.Sentences {
			label := labels[doc.Quote(s)]
			if label == "" {
				continue
			}
			// The sentence's first word stands for its time expression.
			word := timeline.Span{Start: s.Start, End: s.Start + strings.IndexByte(doc.Text[s.Start:s.End]+" ", ' ')}
			m := timeline.Mention{ID: "t" + strconv.Itoa(len(a.Mentions)+1), Span: word, Text: doc.Text[word.Start:word.End]}
			a.Mentions = append(a.Mentions, m)
			day := timeline.Day(2024, 1, 1+i)
			a.Events = append(a.Events, timeline.Event{
				ID: "e" + strconv.Itoa(len(a.Events)+1), Label: label, Sentence: s, Mentions: []string{m.ID},
				Interval: timeline.Interval{Earliest: day, Latest: day, Granularity: timeline.GranDay},
			})
		}
		return a
	}
}

var (
	talks     = line{"Talks opened in Geneva on Monday.", "talks open in Geneva"}
	ceasefire = line{"The ceasefire collapsed a week later.", "ceasefire collapses"}
	observers = line{"Observers left the region.", "observers leave region"}
	warning   = line{"Diplomats had warned of trouble.", "diplomats warn"}
	geneva    = line{"Geneva talks began on Monday.", "Geneva talks begin"}
	tagger    = lineTagger(talks, ceasefire, observers, warning, geneva)
)

// saveWorkspace writes a.txt and sub/b.txt in dir, analyses them, makes
// three corrections and saves the workspace; it returns its path and the
// analyses.
func saveWorkspace(t testing.TB, dir string) (string, []*timeline.Analysis) {
	t.Helper()
	writeArticle(t, filepath.Join(dir, "a.txt"), talks, ceasefire, observers)
	writeArticle(t, filepath.Join(dir, "sub", "b.txt"), geneva)
	ws := &workspace.Workspace{}
	var as []*timeline.Analysis
	for _, name := range []string{"a.txt", filepath.Join("sub", "b.txt")} {
		src, err := File(filepath.Join(dir, name), Options{Analyze: tagger})
		if err != nil {
			t.Fatal(err)
		}
		ws.Track(src.Analysis.Doc, src.SHA256)
		as = append(as, src.Analysis)
	}
	a, b := as[0], as[1]
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
	path := filepath.Join(dir, "w"+workspace.Ext)
	if err := workspace.Save(path, ws); err != nil {
		t.Fatal(err)
	}
	return path, as
}

func TestOpenWorkspaceUnchanged(t *testing.T) {
	path, as := saveWorkspace(t, t.TempDir())
	want := Timeline(as, mustLoad(t, path).Corrections)
	s, err := OpenWorkspace(path, Options{Analyze: tagger}, Consent{})
	if err != nil {
		t.Fatal(err)
	}
	if ch := s.Changes(); len(ch) != 0 {
		t.Errorf("unchanged files reported: %v", ch)
	}
	if len(s.Workspace.Corrections) != 3 {
		t.Errorf("corrections: %+v", s.Workspace.Corrections)
	}
	got := Timeline(s.Analyses(), s.Workspace.Corrections)
	if !reflect.DeepEqual(got.Items, want.Items) {
		t.Errorf("items differ:\n%+v\n%+v", got.Items, want.Items)
	}
	if labels := itemLabels(got); labels != "Geneva talks open, ceasefire collapses" {
		t.Errorf("items after reopening: %s", labels)
	}
}

func TestOpenWorkspaceChangedAndMissing(t *testing.T) {
	dir := t.TempDir()
	path, _ := saveWorkspace(t, dir)
	// The article is edited: a sentence is inserted at the top (so every
	// event id shifts by one) and the hidden event's sentence is removed;
	// the other article is deleted.
	writeArticle(t, filepath.Join(dir, "a.txt"), warning, talks, ceasefire)
	if err := os.Remove(filepath.Join(dir, "sub", "b.txt")); err != nil {
		t.Fatal(err)
	}

	// Without the user's consent the changed article's corrections are set
	// aside, not applied; the missing article's are kept for when it is back.
	s, err := OpenWorkspace(path, Options{Analyze: tagger}, Consent{})
	if err != nil {
		t.Fatal(err)
	}
	if got := changeKinds(s); got != "changed a.txt, missing b.txt" {
		t.Fatalf("changes: %s", got)
	}
	if len(s.Workspace.SetAside) != 2 || len(s.Workspace.Corrections) != 1 || s.Workspace.Corrections[0].Label != "Geneva talks open" {
		t.Fatalf("set aside %+v, applying %+v", s.Workspace.SetAside, s.Workspace.Corrections)
	}
	if items := itemLabels(Timeline(s.Analyses(), s.Workspace.Corrections)); items != "diplomats warn, talks open in Geneva, ceasefire collapses" {
		t.Errorf("items with the corrections set aside: %s", items)
	}

	// The user agrees: the redating finds its event, which moved to e3;
	// the hiding's sentence is gone, so it is dropped and said so.
	s.AcceptChanged()
	if got := changeKinds(s); got != "changed a.txt, missing b.txt, dropped a.txt" {
		t.Fatalf("changes after accepting: %s", got)
	}
	if !s.Docs[0].Changed || !s.Docs[1].Missing() || len(s.Docs[0].Dropped) != 1 || s.Docs[0].Dropped[0].Correction.Was != "observers leave region" {
		t.Errorf("docs: %+v", s.Docs)
	}
	if len(s.Workspace.Corrections) != 2 || len(s.Workspace.SetAside) != 0 {
		t.Fatalf("kept %d corrections, want 2: %+v", len(s.Workspace.Corrections), s.Workspace.Corrections)
	}
	redate := s.Workspace.Corrections[1]
	if redate.Scope != timeline.ScopeEvent || redate.Event != "e3" {
		t.Errorf("redate correction not moved to the shifted event e3: %+v", redate)
	}

	// --accept-changed does the same in one step.
	s, err = OpenWorkspace(path, Options{Analyze: tagger}, Consent{Changed: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := changeKinds(s); got != "changed a.txt, missing b.txt, dropped a.txt" || len(s.Workspace.Corrections) != 2 {
		t.Errorf("with consent: %s, %+v", got, s.Workspace.Corrections)
	}
}

func changeKinds(s *Session) string {
	var kinds []string
	for _, ch := range s.Changes() {
		kinds = append(kinds, string(ch.Kind)+" "+filepath.Base(ch.Path))
	}
	return strings.Join(kinds, ", ")
}

// TestOutside is the table of where a workspace's documents may lie: in its
// folder tree they are read; elsewhere, or through a link leading out, only
// with the user's consent, and nothing of them is read before.
func TestOutside(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "study")
	writeArticle(t, filepath.Join(dir, "in.txt"), talks)
	writeArticle(t, filepath.Join(dir, "sub", "deep.txt"), talks)
	writeArticle(t, filepath.Join(root, "outside.txt"), talks)
	if err := os.Symlink(filepath.Join(root, "outside.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink(root, filepath.Join(dir, "up")); err != nil {
		t.Skip(err)
	}
	sha := strings.Repeat("0", 64)
	tests := []struct {
		stored  string
		outside bool
	}{
		{"in.txt", false},
		{"sub/deep.txt", false},
		{"./sub/../in.txt", false},
		{filepath.ToSlash(filepath.Join(dir, "in.txt")), false},
		{"missing.txt", false},
		{"../outside.txt", true},
		{"sub/../../outside.txt", true},
		{filepath.ToSlash(filepath.Join(root, "outside.txt")), true},
		{"/etc/passwd", true},
		{"link.txt", true},
		{"up/outside.txt", true},
		{"up/missing.txt", true},
	}
	for _, tc := range tests {
		t.Run(tc.stored, func(t *testing.T) {
			path := filepath.Join(dir, "w"+workspace.Ext)
			body := `{"version": 1, "documents": [{"path": "` + tc.stored + `", "sha256": "` + sha + `"}]}`
			if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			p, err := LoadWorkspace(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(p.Outside()) == 1; got != tc.outside {
				t.Fatalf("outside = %v, want %v", p.Outside(), tc.outside)
			}
			read := 0
			opts := Options{Analyze: func(doc *timeline.Document) *timeline.Analysis { read++; return &timeline.Analysis{Doc: doc} }}
			s := p.Open(opts, Consent{}, nil)
			if tc.outside && (!errors.Is(s.Docs[0].Err, ErrOutside) || read != 0) {
				t.Errorf("without consent: err %v, %d read", s.Docs[0].Err, read)
			}
			if !tc.outside && errors.Is(s.Docs[0].Err, ErrOutside) {
				t.Errorf("inside refused: %v", s.Docs[0].Err)
			}
			if tc.outside && tc.stored != "/etc/passwd" && !strings.Contains(tc.stored, "missing") {
				if s := p.Open(opts, Consent{Outside: true}, nil); s.Docs[0].Err != nil || read != 1 {
					t.Errorf("with consent: err %v, %d read", s.Docs[0].Err, read)
				}
			}
		})
	}
}

func mustLoad(t testing.TB, path string) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func itemLabels(tl *timeline.Timeline) string {
	var out []string
	for _, it := range tl.Items {
		out = append(out, it.Label)
	}
	return strings.Join(out, ", ")
}

// BenchmarkOpenWorkspace is what opening a saved workspace of 20 articles
// of about 5,000 words with 100 corrections costs besides the tagger (a
// stand-in finds an event in every third sentence): read and hash the
// articles, read them into documents, check the corrections, merge.
func BenchmarkOpenWorkspace(b *testing.B) {
	dir := b.TempDir()
	var lines []line
	for i := range 250 {
		l := line{text: fmt.Sprintf("Sentence %d of the story says what happened to the people of the town that week.", i)}
		if i%3 == 0 {
			l.label = fmt.Sprintf("event %d happens", i)
		}
		lines = append(lines, l)
	}
	tag := lineTagger(lines...)
	ws := &workspace.Workspace{}
	for i := range 20 {
		p := filepath.Join(dir, fmt.Sprintf("article%02d.txt", i))
		writeArticle(b, p, lines...)
		src, err := File(p, Options{Analyze: tag})
		if err != nil {
			b.Fatal(err)
		}
		a := src.Analysis
		ws.Track(a.Doc, src.SHA256)
		for j := range 5 {
			c := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[(i+j*7)%len(a.Events)])
			c.Label = "checked"
			ws.Corrections.Set(c)
		}
	}
	path := filepath.Join(dir, "bench"+workspace.Ext)
	if err := workspace.Save(path, ws); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := OpenWorkspace(path, Options{Analyze: tag}, Consent{})
		if err != nil {
			b.Fatal(err)
		}
		if ch := s.Changes(); len(ch) != 0 {
			b.Fatal(ch)
		}
		Timeline(s.Analyses(), s.Workspace.Corrections)
	}
}
