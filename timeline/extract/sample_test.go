package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"retrace/timeline"
)

// TestSample checks the tagger against what a careful reader marks in the
// bundled sample article (../shared/samples beside the repository).
func TestSample(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "samples")
	text, err := os.ReadFile(filepath.Join(dir, "russia-north-korea-alliance.txt"))
	if err != nil {
		t.Skipf("sample not found: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "russia-north-korea-alliance.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		DCT      string `json:"dct"`
		MustFind []struct {
			Text, Type, Value, Mod, Earliest, Latest string
			Occurrences                              int
		} `json:"must_find"`
		MustNotFind []string `json:"must_not_find"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	dct, err := timeline.ParseDate(exp.DCT)
	if err != nil {
		t.Fatal(err)
	}
	ms, narrative := Tag(&timeline.Document{Text: string(text)}, Options{DCT: dct})
	checkMentions(t, string(text), ms)
	if narrative {
		t.Errorf("the news article was read as a narrative")
	}
	for _, f := range exp.MustFind {
		n := 0
		for _, m := range ms {
			if m.Text != f.Text {
				continue
			}
			n++
			checkMention(t, m, want{text: f.Text, typ: f.Type, value: f.Value, mod: f.Mod, earliest: f.Earliest, latest: f.Latest})
		}
		if want := max(f.Occurrences, 1); n != want {
			t.Errorf("%q found %d times, want %d; all: %s", f.Text, n, want, describe(ms))
		}
	}
	for _, no := range exp.MustNotFind {
		for _, m := range ms {
			if strings.EqualFold(m.Text, no) {
				t.Errorf("%q must not be tagged", no)
			}
		}
	}
	if len(ms) != 6 {
		t.Errorf("want exactly the 6 expected mentions, got %d: %s", len(ms), describe(ms))
	}
}
