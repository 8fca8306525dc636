package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestWriteTargets is the table of what an output path may name and what
// writing it must do: a link is followed and its target replaced (the link
// stays), a device or FIFO is written in place (never replaced by a regular
// file: as root, /dev/null would be), anything else is refused untouched.
func TestWriteTargets(t *testing.T) {
	dir := t.TempDir()
	content := "earliest,latest,label\n"
	put := func(w io.Writer) error { _, err := io.WriteString(w, content); return err }
	file := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	link := func(name, to string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(to, p); err != nil {
			t.Skipf("symlink: %v", err)
		}
		return p
	}
	mknod := func(name string, mode uint32) string {
		p := filepath.Join(dir, name)
		if err := syscall.Mknod(p, mode|0o666, int(1<<8|3)); err != nil { // 1,3: the null device
			return ""
		}
		return p
	}
	fifo := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	sock := filepath.Join(dir, "s.sock")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
	}

	type check func(t *testing.T)
	isFile := func(p, want string) check {
		return func(t *testing.T) {
			fi, err := os.Lstat(p)
			if err != nil || !fi.Mode().IsRegular() {
				t.Fatalf("%s: %v, %v; want a regular file", p, fi, err)
			}
			if got, _ := os.ReadFile(p); string(got) != want {
				t.Errorf("%s holds %q, want %q", p, got, want)
			}
		}
	}
	isLink := func(p, to string) check {
		return func(t *testing.T) {
			if got, err := os.Readlink(p); err != nil || got != to {
				t.Errorf("%s: link to %q (%v), want still a link to %q", p, got, err, to)
			}
		}
	}
	isMode := func(p string, mode fs.FileMode) check {
		return func(t *testing.T) {
			if fi, err := os.Lstat(p); err != nil || fi.Mode().Type() != mode {
				t.Errorf("%s: %v, %v; want it left a %v", p, fi, err, mode)
			}
		}
	}

	target := file("target.csv", "old")
	tests := []struct {
		name   string
		path   string
		err    string // "" for a successful write
		direct bool
		checks []check
	}{
		{"new file", filepath.Join(dir, "new.csv"), "", false, []check{isFile(filepath.Join(dir, "new.csv"), content)}},
		{"regular file", file("old.csv", "old"), "", false, []check{isFile(filepath.Join(dir, "old.csv"), content)}},
		{"link to a file", link("l.csv", "target.csv"), "", false,
			[]check{isLink(filepath.Join(dir, "l.csv"), "target.csv"), isFile(target, content)}},
		{"link to a link to a file", link("ll.csv", "l.csv"), "", false,
			[]check{isLink(filepath.Join(dir, "ll.csv"), "l.csv"), isFile(target, content)}},
		{"link to nothing yet", link("d.csv", "later.csv"), "", false,
			[]check{isLink(filepath.Join(dir, "d.csv"), "later.csv"), isFile(filepath.Join(dir, "later.csv"), content)}},
		{"character device", mknod("null.csv", syscall.S_IFCHR), "", true, []check{isMode(filepath.Join(dir, "null.csv"), fs.ModeDevice|fs.ModeCharDevice)}},
		{"/dev/null", "/dev/null", "", true, []check{isMode("/dev/null", fs.ModeDevice|fs.ModeCharDevice)}},
		{"FIFO", fifo, "", true, []check{isMode(fifo, fs.ModeNamedPipe)}},
		{"block device", mknod("disk.csv", syscall.S_IFBLK), "not a regular file, a character device or a FIFO", false,
			[]check{isMode(filepath.Join(dir, "disk.csv"), fs.ModeDevice)}},
		{"socket", sock, "not a regular file, a character device or a FIFO", false, []check{isMode(sock, fs.ModeSocket)}},
		{"directory", dir, "is a directory", false, nil},
		{"link to a directory", link("ld", dir), "is a directory", false, nil},
		{"link loop", link("loop.csv", "loop.csv"), "too many levels of symbolic links", false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.path == "" {
				t.Skip("cannot make device nodes here (not root)")
			}
			if _, err := os.Lstat(tc.path); err != nil && tc.path != filepath.Join(dir, "new.csv") {
				t.Skipf("%s: %v", tc.path, err)
			}
			if got := Direct(tc.path); got != tc.direct {
				t.Errorf("Direct = %v, want %v", got, tc.direct)
			}
			var read chan string
			if tc.path == fifo {
				read = make(chan string)
				go func() {
					f, err := os.Open(fifo)
					if err != nil {
						read <- err.Error()
						return
					}
					b, _ := io.ReadAll(f)
					f.Close()
					read <- string(b)
				}()
			}
			err := Write(tc.path, put)
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("err = %v", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
			if read != nil {
				if got := <-read; got != content {
					t.Errorf("the FIFO's reader got %q", got)
				}
			}
			for _, c := range tc.checks {
				c(t)
			}
			if entries, _ := os.ReadDir(dir); strings.Contains(fmt.Sprint(entries), ".tmp-") {
				t.Errorf("temporary file left: %v", entries)
			}
		})
	}
}

// TestWriteDescriptorLink writes to /dev/fd/N, as --csv /dev/stdout does
// with the shell's redirection to a file: the file the shell opened gets
// the content, and stays the same file.
func TestWriteDescriptorLink(t *testing.T) {
	p := filepath.Join(t.TempDir(), "redirected.csv")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteString("before\n")
	fd := fmt.Sprintf("/dev/fd/%d", f.Fd())
	if _, err := os.Stat(fd); err != nil {
		t.Skipf("%s: %v", fd, err)
	}
	before, _ := os.Stat(p)
	if !Direct(fd) {
		t.Error("Direct = false for a descriptor link")
	}
	if err := Write(fd, func(w io.Writer) error { _, err := io.WriteString(w, "after\n"); return err }); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(p)
	if got, _ := os.ReadFile(p); string(got) != "before\nafter\n" || !os.SameFile(before, after) {
		t.Errorf("the redirected file holds %q (same file %v)", got, os.SameFile(before, after))
	}
}

// TestTempsRemoveAll interrupts a write in progress, as a signal handler
// does: its temporary file is removed, the old file is untouched, and no
// later write starts.
func TestTempsRemoveAll(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	var temps Temps
	started, interrupted := make(chan string), make(chan bool)
	done := make(chan error)
	go func() {
		done <- temps.Write(path, func(w io.Writer) error {
			io.WriteString(w, "half of the new")
			started <- w.(*os.File).Name()
			<-interrupted
			return nil
		})
	}()
	tmp := <-started
	if _, err := os.Stat(tmp); err != nil {
		t.Fatalf("no temporary file while writing: %v", err)
	}
	temps.RemoveAll()
	if _, err := os.Stat(tmp); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("temporary file %s left after RemoveAll: %v", tmp, err)
	}
	interrupted <- true
	if err := <-done; !errors.Is(err, ErrInterrupted) {
		t.Errorf("the interrupted write returned %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the old file holds %q", got)
	}
	if err := temps.Write(path, func(io.Writer) error { return nil }); !errors.Is(err, ErrInterrupted) {
		t.Errorf("a write after RemoveAll: %v", err)
	}
	assertOnly(t, dir, "out.csv")
}
