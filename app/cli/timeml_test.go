package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"retrace/timeline/timeml"
)

// goldLinks is a small TimeML document with TLINKs, shared with the eval
// package's tests.
const goldLinks = "../../timeline/timeml/testdata/links.tml"

// copyGold copies the gold document into a fresh folder, as a corpus.
func copyGold(t *testing.T) (dir, path string) {
	t.Helper()
	b, err := os.ReadFile(goldLinks)
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	path = filepath.Join(dir, "links.tml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func TestExtractTimeML(t *testing.T) {
	dir, path := copyGold(t)
	code, stdout, stderr := run("extract", "--format", "timeml", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out, err := timeml.Parse([]byte(stdout))
	if err != nil {
		t.Fatalf("output is not TimeML: %v\n%s", err, stdout)
	}
	gold, _ := timeml.Parse(must(os.ReadFile(path)))
	if out.Text != gold.Text || !out.DCT.Equal(gold.DCT) || out.ID != "links" {
		t.Errorf("text %q, DCT %v, DOCID %q; want the gold document's", out.Text, out.DCT, out.ID)
	}
	if len(out.Timexes) < 4 {
		t.Errorf("only %d time expressions: %+v", len(out.Timexes), out.Timexes)
	}

	// Several articles need a folder, which must not be where they are.
	if code, _, stderr := run("extract", "--format", "timeml", path, path); code != 2 || !strings.Contains(stderr, "--out") {
		t.Errorf("two files to stdout: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run("extract", "--format", "timeml", "--out", dir, path); code != 1 || !strings.Contains(stderr, "replace the article") {
		t.Errorf("--out onto the input: exit %d, %q", code, stderr)
	}
	if b := must(os.ReadFile(path)); string(b) != string(must(os.ReadFile(goldLinks))) {
		t.Fatal("the input file was changed")
	}
	if code, _, stderr := run("extract", "--out", dir, path); code != 2 || !strings.Contains(stderr, "--format timeml") {
		t.Errorf("--out without timeml: exit %d, %q", code, stderr)
	}
	out2 := t.TempDir()
	if code, _, stderr := run("extract", "--format", "timeml", "--out", out2, path); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out2, "links.tml")); err != nil {
		t.Error(err)
	}
}

// TestEvalEvents scores Retrace on the gold document live, then from its
// own JSON and TimeML written by extract: the three print the same scores.
func TestEvalEvents(t *testing.T) {
	dir, path := copyGold(t)
	code, live, stderr := run("eval", "--events", dir)
	if code != 0 || !strings.Contains(live, "coverage") || !strings.Contains(live, "attachment") {
		t.Fatalf("exit %d, %q, %s", code, live, stderr)
	}
	sys := t.TempDir()
	_, js, _ := run("extract", path)
	if err := os.WriteFile(filepath.Join(sys, "out.json"), []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	tml := t.TempDir()
	if code, _, stderr := run("extract", "--format", "timeml", "--out", tml, path); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, s := range []string{filepath.Join(sys, "out.json"), tml} {
		code, got, stderr := run("eval", "--events", "--sys", s, dir)
		if code != 0 || got != live {
			t.Errorf("--sys %s: exit %d %s\n%s\nwant\n%s", s, code, stderr, got, live)
		}
	}
	if code, _, stderr := run("eval", "--sys", tml, dir); code != 2 || !strings.Contains(stderr, "--events") {
		t.Errorf("--sys without --events: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run("eval", "--events", "--sys", t.TempDir(), dir); code != 1 || !strings.Contains(stderr, "no .json or .tml") {
		t.Errorf("an empty --sys folder: exit %d, %q", code, stderr)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
