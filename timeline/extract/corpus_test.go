package extract

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/eval"
)

// corporaPath returns ../shared/corpora relative to the repository root,
// or "" when it is absent.
func corporaPath() string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpora")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

func corporaDir(t testing.TB) string {
	dir := corporaPath()
	if dir == "" {
		t.Skip("corpora not found at ../shared/corpora")
	}
	return dir
}

func tagger(text string, dct time.Time) []timeline.Mention {
	ms, _ := TagText(text, Options{DCT: dct})
	return ms
}

// TestCorpora holds the tagger to its targets on TimeBank and AQUAINT
// (relaxed extent F1 >= 90, value F1 >= 80 on each) and on the WikiWars
// histories told their date but not that they are histories (relaxed >= 92,
// value >= 80), and reports the tweets' extent scores.
// RETRACE_EVAL_VERBOSE=1 prints every disagreement.
func TestCorpora(t *testing.T) {
	dir := corporaDir(t)
	for _, c := range []struct {
		name             string
		path             string
		minRelaxed, minV float64
	}{
		{"TimeBank", "tbaq-cleaned/TimeBank", 90, 80},
		{"AQUAINT", "tbaq-cleaned/AQUAINT", 90, 80},
		{"tweets", "tweets-syntime", 0, 0},
		{"WikiWars", "wikiwars-dev", 92, 80}, // histories (TIMEX2), told their date and not their kind
	} {
		t.Run(c.name, func(t *testing.T) {
			docs, err := eval.ReadDir(filepath.Join(dir, c.path))
			if err != nil {
				t.Fatal(err)
			}
			rep := eval.Score(docs, tagger)
			var b strings.Builder
			rep.Write(&b, os.Getenv("RETRACE_EVAL_VERBOSE") != "")
			t.Logf("%s\n%s", c.name, b.String())
			if f := rep.Counts.RelaxedF1(); f < c.minRelaxed {
				t.Errorf("relaxed F1 %.1f < %.0f", f, c.minRelaxed)
			}
			if f := rep.Counts.ValueF1(); f < c.minV {
				t.Errorf("value F1 %.1f < %.0f", f, c.minV)
			}
		})
	}
}
