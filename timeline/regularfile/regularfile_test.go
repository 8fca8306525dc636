package regularfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestRead is the table of what the one reader of user-named files must
// accept and refuse. A FIFO or a device must be refused without being read
// (reading them blocks forever or never ends), a huge file before its first
// byte is read.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	link := func(name, target string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("symlinks: %v", err)
		}
		return p
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 40); err != nil { // sparse: a terabyte of nothing
		t.Skipf("sparse file: %v", err)
	}
	f.Close()
	article := write("a.txt", "Talks resumed on Monday.")

	tests := []struct {
		name, path string
		want       error // nil: read
	}{
		{"regular file", article, nil},
		{"symlink to a regular file", link("l.txt", article), nil},
		{"empty file", write("e.txt", ""), nil},
		{"directory", dir, ErrDirectory},
		{"FIFO", fifo, ErrNotRegular},
		{"symlink to a FIFO", link("lf.txt", fifo), ErrNotRegular},
		{"character device", "/dev/null", ErrNotRegular},
		{"endless device", "/dev/zero", ErrNotRegular},
		{"missing", filepath.Join(dir, "missing.txt"), fs.ErrNotExist},
		{"dangling symlink", link("d.txt", filepath.Join(dir, "gone.txt")), fs.ErrNotExist},
		{"over the limit", huge, ErrTooLarge},
		{"name with a line break", write("two\nlines.txt", "x"), nil},
		{"missing, name with a line break", filepath.Join(dir, "no\nsuch.txt"), fs.ErrNotExist},
	}
	for _, rd := range readers {
		for _, tc := range tests {
			t.Run(rd.name+"/"+tc.name, func(t *testing.T) {
				testRead(t, rd.read, tc.path, tc.want)
			})
		}
	}
}

// readers are Read and ReadString, which must answer alike.
var readers = []struct {
	name string
	read func(path string, limit int64) (string, fs.FileInfo, error)
}{
	{"Read", func(path string, limit int64) (string, fs.FileInfo, error) {
		data, fi, err := Read(path, limit)
		return string(data), fi, err
	}},
	{"ReadString", ReadString},
}

// testRead reads path with a limit of a megabyte and checks that it reads
// the file's content, or fails with want and a one-line message.
func testRead(t *testing.T, read func(string, int64) (string, fs.FileInfo, error), path string, want error) {
	if _, err := os.Lstat(path); err != nil && want != fs.ErrNotExist {
		t.Skipf("%s: %v", path, err)
	}
	data, fi, err := read(path, 1<<20)
	if want == nil {
		if err != nil {
			t.Fatalf("err = %v", err)
		}
		if content, _ := os.ReadFile(path); data != string(content) || fi == nil || fi.Size() != int64(len(content)) {
			t.Errorf("read %q (info %v), want %q", data, fi, content)
		}
		return
	}
	if !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
	msg := err.Error()
	if want := "read " + strconv.Quote(path) + ": "; !strings.HasPrefix(msg, want) || strings.ContainsAny(msg, "\n\r") {
		t.Errorf("error %q is not one line starting %q", msg, want)
	}
}

// TestReadGrowing refuses a file that grew past the limit after Stat, by
// what it read rather than what Stat said.
func TestReadGrowing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "grow.txt")
	if err := os.WriteFile(p, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, rd := range readers {
		if _, _, err := rd.read(p, 9); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s, 10 bytes with a limit of 9: err = %v", rd.name, err)
		}
		if data, _, err := rd.read(p, 10); err != nil || data != "0123456789" {
			t.Errorf("%s, 10 bytes with a limit of 10: %q, %v", rd.name, data, err)
		}
	}
}

// ReadString reads a file whole at any size around its copy buffer's, and
// a small file takes little more than its size: the buffer is the file's,
// not io.Copy's 32 KB for every file.
func TestReadStringSizes(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 1000, 32<<10 - 600, 32<<10 - 1, 32 << 10, 32<<10 + 1, 100000} {
		p := filepath.Join(dir, strconv.Itoa(n))
		content := strings.Repeat("0123456789abcdef", n/16+1)[:n]
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, _, err := ReadString(p, 1<<20); err != nil || got != content {
			t.Fatalf("%d bytes: read %d, %v", n, len(got), err)
		}
	}
	p := filepath.Join(dir, "1000")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const reads = 100
	for range reads {
		if _, _, err := ReadString(p, 1<<20); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / reads; per > 8<<10 {
		t.Errorf("reading 1,000 bytes allocates %d bytes", per)
	}
}
