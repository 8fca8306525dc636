package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"retrace/timeline/export"
)

// writeFiles writes name -> content under dir, making folders as needed.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func paths(t *testing.T, docs []export.DocJSON) []string {
	t.Helper()
	var out []string
	for _, d := range docs {
		out = append(out, filepath.Base(d.Path))
	}
	return out
}

// A folder stands for the articles in it and its subfolders, in name order;
// hidden files and what is not an article are passed over. Every processor
// works, and the output keeps the order.
func TestExtractFolder(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	dir := t.TempDir()
	files := map[string]string{
		"notes.json":        `{"not": "an article"}`,
		".hidden.txt":       "Hidden on March 3, 2019.",
		".git/x.txt":        "In a hidden folder on March 3, 2019.",
		"sub/c.md":          "# C\n\nThe vote was held on 4 May 2020.",
		"sub/deeper/d.html": "<html><body><p>The fair opened in 1851.</p></body></html>",
	}
	for i := range 20 {
		files[fmt.Sprintf("a%02d.txt", i)] = fmt.Sprintf("Article %d was written on March %d, 2019, and read a week later.", i, i+1)
	}
	writeFiles(t, dir, files)
	code, out, errOut := run("extract", "--dct", "2020-01-01", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var docs []export.DocJSON
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	var want []string
	for i := range 20 {
		want = append(want, fmt.Sprintf("a%02d.txt", i))
	}
	want = append(want, "c.md", "d.html")
	if got := paths(t, docs); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("documents %v, want %v", got, want)
	}
	for i, d := range docs[:20] {
		if len(d.Mentions) != 2 || d.Mentions[0].Value != fmt.Sprintf("2019-03-%02d", i+1) {
			t.Errorf("%s: mentions %+v", d.Path, d.Mentions)
		}
	}

	// The same folder as JSON lines: one compact document a line, the same
	// documents.
	code, out, errOut = run("extract", "--format", "jsonl", "--dct", "2020-01-01", dir)
	if code != 0 {
		t.Fatalf("jsonl: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(docs) {
		t.Fatalf("jsonl: %d lines for %d documents", len(lines), len(docs))
	}
	for i, line := range lines {
		var d export.DocJSON
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if d.Path != docs[i].Path || len(d.Mentions) != len(docs[i].Mentions) {
			t.Errorf("line %d is %s with %d mentions, want %s with %d", i+1, d.Path, len(d.Mentions), docs[i].Path, len(docs[i].Mentions))
		}
	}
}

func TestExtractFolderWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"data.csv": "a,b\n"})
	code, _, errOut := run("extract", dir)
	if code != 1 || !strings.Contains(errOut, "holds no articles") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q: want one line saying the folder holds no articles", code, errOut)
	}
}

// An article that cannot be read stops the command with a one-line error;
// the articles before it are printed, and the JSON array is left open so
// that nothing takes the output for the whole answer.
func TestExtractStopsAtUnreadableArticle(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "Signed on March 3, 2019.",
		"b.txt": "\x00\x01\x02 binary \x00\x00\x00\xff\xfe garbage \x00",
		"c.txt": "Signed on March 4, 2019.",
	})
	code, out, errOut := run("extract", dir)
	if code != 1 || !strings.Contains(errOut, "b.txt") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q: want one line naming b.txt", code, errOut)
	}
	if !strings.HasPrefix(out, "[\n") || !strings.Contains(out, "a.txt") || strings.Contains(out, "c.txt") ||
		strings.HasSuffix(strings.TrimSpace(out), "]") {
		t.Errorf("want a.txt printed, c.txt not, the array open; got:\n%s", out)
	}
}
