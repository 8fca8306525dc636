package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestHostileInputs is the table of the hostile files and workspaces a
// careful tester tried: each must end at once with one line on stderr that
// quotes the file, or, where it is fine, do what the user asked. Nothing
// hangs: a FIFO or a device is never read, a huge file never hashed.
func TestHostileInputs(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "study")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p, text string) string {
		t.Helper()
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	digest := func(text string) string {
		sum := sha256.Sum256([]byte(text))
		return hex.EncodeToString(sum[:])
	}
	fifo := func(p string) string {
		t.Helper()
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		return p
	}
	article := "Talks opened on March 3, 2024, and collapsed on May 5, 2024.\n"
	write(filepath.Join(dir, "talks.txt"), article)
	write(filepath.Join(root, "outside.txt"), article)
	fifo(filepath.Join(dir, "pipe.txt"))
	huge := filepath.Join(dir, "huge.txt")
	if f, err := os.Create(huge); err != nil || f.Truncate(1<<40) != nil { // a terabyte, sparse
		t.Skipf("sparse file: %v", err)
	} else {
		f.Close()
	}
	corpus := filepath.Join(root, "corpus")
	os.Mkdir(corpus, 0o755)
	fifo(filepath.Join(corpus, "x.tml"))

	// workspace writes a workspace in dir naming the documents (path:
	// text, or path alone for a hash of nothing), with the corrections
	// given as JSON.
	workspace := func(name string, docs []string, corrections string) string {
		var ds []string
		for _, d := range docs {
			path, text, _ := strings.Cut(d, ":")
			ds = append(ds, `{"path": "`+path+`", "sha256": "`+digest(text)+`"}`)
		}
		return write(filepath.Join(dir, name+".retrace.json"),
			`{"version": 1, "documents": [`+strings.Join(ds, ",")+`], "corrections": [`+corrections+`]}`)
	}
	out := filepath.Join(root, "out.csv")

	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // what the one line says; "" for nothing on stderr
		stdout string // what stdout must hold, if anything
		csvHas string // what the CSV must hold, if anything
		csvNot string // what it must not
	}{
		{"article is a FIFO", []string{"extract", filepath.Join(dir, "pipe.txt")}, 1, "not a regular file", "", "", ""},
		{"workspace document is a FIFO", []string{"export", "--csv", out, workspace("fifo", []string{"pipe.txt"}, "")}, 1, `pipe.txt": not a regular file`, "", "", ""},
		{"workspace document is an endless device", []string{"extract", "--allow-outside", workspace("zero", []string{"/dev/zero"}, "")}, 1, `"/dev/zero": not a regular file`, "", "", ""},
		{"workspace document is a terabyte", []string{"export", "--csv", out, workspace("huge", []string{"huge.txt"}, "")}, 1, "file too large", "", "", ""},
		{"workspace is a FIFO", []string{"extract", fifo(filepath.Join(dir, "pipe.retrace.json"))}, 1, `pipe.retrace.json": not a regular file`, "", "", ""},
		{"eval folder holds a FIFO", []string{"eval", corpus}, 1, `x.tml": not a regular file`, "", "", ""},
		{"workspace names ../outside.txt", []string{"export", "--csv", out, workspace("out", []string{"talks.txt:" + article, "../outside.txt:" + article}, "")},
			1, `names 1 file outside its folder: "` + filepath.Join(dir, "..", "outside.txt") + `" (--allow-outside reads it)`, "", "", ""},
		{"workspace names an absolute path", []string{"extract", workspace("abs", []string{"/etc/hostname"}, "")}, 1, `outside its folder: "/etc/hostname"`, "", "", ""},
		{"outside allowed", []string{"export", "--allow-outside", "--csv", out, filepath.Join(dir, "out.retrace.json")}, 0, "", "wrote", "outside.txt", ""},
		{"document listed twice", []string{"export", "--csv", out, workspace("twice", []string{"talks.txt:" + article, "./talks.txt:" + article}, "")},
			1, `document 2: "./talks.txt" is document 1 again`, "", "", ""},
		{"the same correction twice", []string{"export", "--csv", out, workspace("dup", []string{"talks.txt:" + article},
			`{"scope": "item", "source": "talks.txt", "event": "e1", "hidden": true}, {"scope": "item", "source": "talks.txt", "event": "e1", "label": "Opening"}`)},
			1, "correction 2: a second item correction of event e1", "", "", ""},
		{"missing file named with a line break", []string{"extract", filepath.Join(dir, "no\nsuch.txt")}, 1, `no\nsuch.txt": no such file`, "", "", ""},
		{"extract on a workspace applies its corrections", []string{"extract", workspace("fix", []string{"talks.txt:" + article},
			`{"scope": "item", "source": "talks.txt", "event": "e2", "sentence": "Talks opened on March 3, 2024, and collapsed on May 5, 2024.", "was": "Talks collapsed", "label": "Geneva talks collapse"}`)},
			0, "", `"label": "Geneva talks collapse"`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			os.Remove(out)
			code, stdout, stderr := run(tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tc.code, stderr)
			}
			switch {
			case tc.stderr == "" && stderr != "":
				t.Errorf("stderr %q, want nothing", stderr)
			case tc.stderr != "" && (!strings.Contains(stderr, tc.stderr) || strings.Count(stderr, "\n") != 1):
				t.Errorf("stderr %q, want one line with %q", stderr, tc.stderr)
			}
			if !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout %.300q lacks %q", stdout, tc.stdout)
			}
			if tc.csvHas != "" || tc.csvNot != "" {
				csv, _ := os.ReadFile(out)
				if !strings.Contains(string(csv), tc.csvHas) || tc.csvNot != "" && strings.Contains(string(csv), tc.csvNot) {
					t.Errorf("CSV:\n%s\nwant %q and not %q", csv, tc.csvHas, tc.csvNot)
				}
			}
		})
	}
}

// TestCorrectionsFollowTheirEvents edits an article after its workspace
// was saved, as happens to a story that is updated: a paragraph is put on
// top, so every event id shifts. Each of the two corrected events of one
// sentence must keep its own correction (the probe saw the second label
// move to the first event and the first dropped).
func TestCorrectionsFollowTheirEvents(t *testing.T) {
	dir := t.TempDir()
	sentence := "Talks opened on March 3, 2024, and collapsed on May 5, 2024."
	before := sentence + "\n"
	path := filepath.Join(dir, "talks.txt")
	if err := os.WriteFile(path, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(before))
	// As the window writes corrections: the event id, its sentence, the
	// machine's label.
	ws := filepath.Join(dir, "w.retrace.json")
	body := `{"version": 1, "documents": [{"path": "talks.txt", "sha256": "` + hex.EncodeToString(sum[:]) + `"}], "corrections": [
		{"scope": "item", "source": "talks.txt", "event": "e1", "sentence": "` + sentence + `", "was": "Talks opened", "label": "Geneva talks open"},
		{"scope": "item", "source": "talks.txt", "event": "e2", "sentence": "` + sentence + `", "was": "Talks collapsed", "label": "Geneva talks collapse"}]}`
	if err := os.WriteFile(ws, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	after := "Diplomats warned on February 1, 2024.\n\n" + before
	if err := os.WriteFile(path, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.csv")
	if code, _, stderr := run("export", "--accept-changed", "--csv", out, ws); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	csv, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2024-03-03,2024-03-03,Geneva talks open,", "2024-05-05,2024-05-05,Geneva talks collapse,"} {
		if !strings.Contains(string(csv), want) {
			t.Errorf("CSV lacks %q:\n%s", want, csv)
		}
	}
}
