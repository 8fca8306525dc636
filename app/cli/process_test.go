package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHelperProcess is not a test: it is the retrace command line, run in a
// child process by the tests that need a real process (signals, /dev/stdout).
func TestHelperProcess(t *testing.T) {
	if os.Getenv("RETRACE_CLI_HELPER") != "1" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(Run(args, os.Stdout, os.Stderr))
}

// child returns the command line as a child process.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestHelperProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "RETRACE_CLI_HELPER=1", "LANG=en_US.UTF-8")
	return cmd
}

func writeArticle(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "talks.txt")
	text := "Talks opened on March 3, 2024, and collapsed on May 5, 2024.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOutputToStdout streams --csv /dev/stdout: through a pipe, and into a
// file the shell opened, which stays the same file. Nothing else goes to
// stdout ("wrote /dev/stdout" would end up in the CSV).
func TestOutputToStdout(t *testing.T) {
	article := writeArticle(t)
	cmd := child("export", "--csv", "/dev/stdout", article)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output() // a pipe
	if err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if !strings.HasPrefix(string(out), "earliest,latest,label") || strings.Contains(string(out), "wrote") || stderr.Len() != 0 {
		t.Errorf("stdout %q, stderr %q", out, stderr.String())
	}

	redirected := filepath.Join(t.TempDir(), "out.csv")
	f, err := os.Create(redirected) // as the shell's "> out.csv"
	if err != nil {
		t.Fatal(err)
	}
	before, _ := f.Stat()
	cmd = child("export", "--csv", "/dev/stdout", article)
	cmd.Stdout = f
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	after, _ := os.Stat(redirected)
	got, _ := os.ReadFile(redirected)
	if string(got) != string(out) || !os.SameFile(before, after) {
		t.Errorf("redirected file holds %q (same file: %v), want the CSV alone", got, os.SameFile(before, after))
	}
}

// TestInterruptLeavesNoTemporaryFile interrupts an export while its PNG is
// being written: the temporary file goes, the old file stays as it was, the
// exit status is the shell's for the signal, and stderr has one line.
func TestInterruptLeavesNoTemporaryFile(t *testing.T) {
	if testing.Short() {
		t.Skip("renders large pictures")
	}
	article := writeArticle(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.png")
			if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			// Catch the command while its temporary file exists; a larger
			// picture takes longer to encode if this one was too quick.
			for height := 1200; ; height *= 2 {
				cmd := child("export", "--png", out, "--width", "1600", "--height", strconv.Itoa(height), article)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				waited := make(chan error, 1)
				go func() { waited <- cmd.Wait() }()
				caught, done := false, false
				var err error
				for !caught && !done {
					select {
					case err = <-waited:
						done = true
					case <-time.After(time.Millisecond): // leave the child the processor
					}
					entries, _ := os.ReadDir(dir)
					for _, e := range entries {
						if strings.HasPrefix(e.Name(), ".out.png.tmp-") {
							caught = true
						}
					}
				}
				if caught {
					cmd.Process.Signal(sig)
				}
				if !done {
					err = <-waited
				}
				if !caught {
					if height > 20000 {
						t.Fatal("never caught the temporary file")
					}
					os.WriteFile(out, []byte("old"), 0o644)
					continue
				}
				var ee *exec.ExitError
				if !errors.As(err, &ee) || ee.ExitCode() != 128+int(sig) {
					t.Errorf("exit: %v, want %d", err, 128+int(sig))
				}
				if s := stderr.String(); strings.Count(s, "\n") != 1 || !strings.HasPrefix(s, "retrace: ") {
					t.Errorf("stderr %q, want one line", s)
				}
				entries, _ := os.ReadDir(dir)
				if len(entries) != 1 {
					t.Errorf("left behind: %v", entries)
				}
				if got, _ := os.ReadFile(out); string(got) != "old" {
					t.Errorf("out.png changed to %d bytes", len(got))
				}
				return
			}
		})
	}
}
