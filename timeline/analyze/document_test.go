package analyze

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

const samplesDir = "../../../shared/samples"

// expected is the shape of a sample's .expected.json: what a careful reader
// marks in the article.
type expected struct {
	DCT      string `json:"dct"`
	MustFind []struct {
		Text        string `json:"text"`
		Type        string `json:"type"`
		Value       string `json:"value"`
		Mod         string `json:"mod"`
		Earliest    string `json:"earliest"`
		Latest      string `json:"latest"`
		Occurrences int    `json:"occurrences"`
	} `json:"must_find"`
	MustPlace []struct {
		EventContains string `json:"event_contains"`
		EarliestAfter string `json:"earliest_after"`
		LatestBefore  string `json:"latest_before"`
	} `json:"must_place"`
	MustNotFind []string `json:"must_not_find"`
}

// TestSamples is the acceptance test: every article in the shared samples
// directory with an .expected.json beside it, analysed with the document
// date the file gives, must meet every line of it.
func TestSamples(t *testing.T) {
	specs, _ := filepath.Glob(filepath.Join(samplesDir, "*.expected.json"))
	if len(specs) == 0 {
		t.Skipf("no samples in %s: the shared samples directory is absent", samplesDir)
	}
	for _, spec := range specs {
		article := strings.TrimSuffix(spec, ".expected.json") + ".txt"
		t.Run(filepath.Base(article), func(t *testing.T) { checkSample(t, spec, article) })
	}
}

func checkSample(t *testing.T, specPath, articlePath string) {
	raw, err := os.ReadFile(specPath)
	if err != nil {
		t.Fatal(err)
	}
	var want expected
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("%s: %v", specPath, err)
	}
	text, err := os.ReadFile(articlePath)
	if err != nil {
		t.Skipf("article %s: %v", articlePath, err)
	}
	dct, err := timeline.ParseDate(want.DCT)
	if err != nil {
		t.Fatalf("%s: dct: %v", specPath, err)
	}
	doc := ingest.FromText(articlePath, string(text))
	a := Document(doc, extract.Options{DCT: dct})
	if a.Doc != doc {
		t.Error("Analysis.Doc is not the document analysed")
	}

	for _, f := range want.MustFind {
		var found []timeline.Mention
		for _, m := range a.Mentions {
			if containsWord(m.Text, f.Text) {
				found = append(found, m)
			}
		}
		occ := max(f.Occurrences, 1)
		if len(found) != occ {
			t.Errorf("must find %q %d time(s), found %d: %v", f.Text, occ, len(found), texts(found))
			continue
		}
		for _, m := range found {
			if string(m.Type) != f.Type || m.Value != f.Value || m.Mod != f.Mod {
				t.Errorf("%q: got %s %q mod %q, want %s %q mod %q", f.Text, m.Type, m.Value, m.Mod, f.Type, f.Value, f.Mod)
			}
			if f.Earliest != "" && timeline.FormatDate(m.Interval.Earliest) != f.Earliest {
				t.Errorf("%q: earliest %s, want %s", f.Text, timeline.FormatDate(m.Interval.Earliest), f.Earliest)
			}
			if f.Latest != "" && timeline.FormatDate(m.Interval.Latest) != f.Latest {
				t.Errorf("%q: latest %s, want %s", f.Text, timeline.FormatDate(m.Interval.Latest), f.Latest)
			}
		}
	}

	for _, p := range want.MustPlace {
		after, err1 := timeline.ParseDate(p.EarliestAfter)
		before, err2 := timeline.ParseDate(p.LatestBefore)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: must_place %q: bad bounds", specPath, p.EventContains)
		}
		var ev *timeline.Event
		for i := range a.Events {
			if containsWord(a.Events[i].Label, p.EventContains) {
				ev = &a.Events[i]
				break
			}
		}
		if ev == nil {
			t.Errorf("must place an event about %q; events: %v", p.EventContains, labels(a.Events))
			continue
		}
		if ev.Interval.Earliest.Before(after) || ev.Interval.Latest.After(before) {
			t.Errorf("event %s %q at %s..%s, want within %s..%s (%s)", ev.ID, ev.Label,
				timeline.FormatDate(ev.Interval.Earliest), timeline.FormatDate(ev.Interval.Latest),
				p.EarliestAfter, p.LatestBefore, ev.How)
		}
	}

	for _, w := range want.MustNotFind {
		for _, m := range a.Mentions {
			if strings.EqualFold(m.Text, w) || containsWord(m.Text, w) {
				t.Errorf("must not find %q, found mention %s %q", w, m.ID, m.Text)
			}
		}
	}
}

// containsWord reports whether s contains w as a whole word, ignoring case.
func containsWord(s, w string) bool {
	ls, lw := strings.ToLower(s), strings.ToLower(w)
	for off := 0; ; {
		i := strings.Index(ls[off:], lw)
		if i < 0 {
			return false
		}
		at := off + i
		before, _ := utf8.DecodeLastRuneInString(ls[:at])
		after, _ := utf8.DecodeRuneInString(ls[at+len(lw):])
		if (at == 0 || !unicode.IsLetter(before)) && (at+len(lw) == len(ls) || !unicode.IsLetter(after)) {
			return true
		}
		off = at + len(lw)
	}
}

func texts(ms []timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

func labels(evs []timeline.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID+" "+e.Label+" "+timeline.FormatDate(e.Interval.Earliest)+".."+timeline.FormatDate(e.Interval.Latest))
	}
	return out
}

// TestDocumentUsesDocumentDate checks that a zero DCT falls back to the
// document's own date, so deictic references resolve against it.
func TestDocumentUsesDocumentDate(t *testing.T) {
	doc := ingest.FromText("a.txt", "The ministers met yesterday in Vienna.")
	doc.Date = timeline.Day(2024, 3, 10)
	a := Document(doc, extract.Options{})
	if len(a.Events) != 1 {
		t.Fatalf("want one event, got %v (mentions %v)", labels(a.Events), texts(a.Mentions))
	}
	if got := timeline.FormatDate(a.Events[0].Interval.Earliest); got != "2024-03-09" {
		t.Errorf("yesterday from 2024-03-10 placed at %s", got)
	}
	if !strings.Contains(a.Events[0].Label, "ministers met") && !strings.Contains(a.Events[0].Label, "Ministers met") {
		t.Errorf("label %q", a.Events[0].Label)
	}
}
