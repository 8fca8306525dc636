// Package atomicfile replaces a file only once its new content is complete,
// so a crash, a full disk, a failing writer or an interrupt never leaves a
// half-written export or workspace behind.
//
// What a path names decides how it is written:
//   - a regular file, or nothing yet: a temporary file in the same folder,
//     synced, then renamed over it;
//   - a symbolic link: followed, and its target replaced that way (the
//     link stays a link);
//   - a character device or a FIFO (/dev/stdout, a terminal, a pipe), or a
//     descriptor link such as /dev/stdout redirected to a file: written
//     directly, since it cannot be replaced and is meant to be streamed to;
//   - anything else (a directory, a socket, a block device): refused.
//
// It is a leaf package so that both export and workspace can use it.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// ErrInterrupted is returned by writes that a Temps stopped (see
// Temps.RemoveAll).
var ErrInterrupted = errors.New("interrupted")

// Write creates or replaces the file at path with what write produces, as
// the package comment says. If write or any step fails, the temporary file
// is removed and an existing file at path is left exactly as it was. A
// replaced file keeps its permission bits; a new one gets 0644.
func Write(path string, write func(io.Writer) error) error {
	return (*Temps)(nil).Write(path, write)
}

// Direct reports whether Write writes path directly rather than replacing
// it: a device, a FIFO or a descriptor link (/dev/stdout). A command does
// not print "wrote PATH" to a stream it has just written.
func Direct(path string) bool {
	t, err := resolve(path)
	return err == nil && t.direct
}

// Temps tracks the temporary files of the writes in progress, so that a
// program interrupted by a signal can remove them before it exits (see
// RemoveAll). The zero value is ready; a nil *Temps tracks nothing.
type Temps struct {
	mu      sync.Mutex
	names   map[string]bool
	stopped bool
}

// Write is the package's Write, with the temporary file tracked.
func (t *Temps) Write(path string, write func(io.Writer) error) (err error) {
	if path == "" {
		return errors.New("write: empty path")
	}
	target, err := resolve(path)
	if err != nil {
		return err
	}
	if target.direct {
		return writeDirect(path, target.append, write)
	}
	return t.replace(path, target.path, write)
}

// RemoveAll removes the temporary files of the writes in progress and makes
// every later write fail with ErrInterrupted, so none is left behind when
// the program exits. It is safe to call from a signal handler's goroutine.
func (t *Temps) RemoveAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
	for name := range t.names {
		os.Remove(name)
	}
	t.names = nil
}

// create makes the temporary file and tracks it; under the lock, so that a
// RemoveAll either sees it or stops it being made.
func (t *Temps) create(dir, base string) (*os.File, error) {
	if t != nil {
		t.mu.Lock()
		defer t.mu.Unlock()
		if t.stopped {
			return nil, ErrInterrupted
		}
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil || t == nil {
		return f, err
	}
	if t.names == nil {
		t.names = map[string]bool{}
	}
	t.names[f.Name()] = true
	return f, nil
}

// rename moves the temporary file into place and forgets it, unless a
// RemoveAll came first.
func (t *Temps) rename(tmp, dest string) error {
	if t != nil {
		t.mu.Lock()
		defer t.mu.Unlock()
		if t.stopped {
			return ErrInterrupted
		}
		delete(t.names, tmp)
	}
	return os.Rename(tmp, dest)
}

// forget drops a temporary file that failed.
func (t *Temps) forget(tmp string) {
	if t != nil {
		t.mu.Lock()
		delete(t.names, tmp)
		t.mu.Unlock()
	}
	os.Remove(tmp)
}

// replace writes a new file beside dest and renames it over dest. path is
// what the caller named, for messages.
func (t *Temps) replace(path, dest string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Dir(dest), filepath.Base(dest)
	if err := checkDir(path, dir); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(dest); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := t.create(dir, base)
	if errors.Is(err, ErrInterrupted) {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err != nil {
		return fmt.Errorf("write %q: cannot create a file in %q: %w", path, dir, unwrapPath(err))
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close() // may already be closed; the error is irrelevant then
			t.forget(tmpName)
		}
	}()

	if err := write(tmp); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write %q: %w", path, unwrapPath(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %q: sync: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %q: %w", path, unwrapPath(err))
	}
	if err := t.rename(tmpName, dest); err != nil {
		return fmt.Errorf("write %q: %w", path, unwrapPath(err))
	}
	syncDir(dir)
	return nil
}

// writeDirect writes to a device, a FIFO or a descriptor link in place.
// A FIFO blocks until a reader opens it, as any program writing to one.
func writeDirect(path string, appendTo bool, write func(io.Writer) error) error {
	flag := os.O_WRONLY
	if appendTo {
		// A descriptor link to a file the shell opened (> or >>): add to
		// it, as the shell's own writes would.
		flag |= os.O_APPEND
	}
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return fmt.Errorf("write %q: %w", path, unwrapPath(err))
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %q: %w", path, unwrapPath(err))
	}
	return nil
}

// target is where a write to a path goes.
type target struct {
	path   string // the file to replace: the path, or where its links lead
	direct bool   // write the path in place instead
	append bool   // in place, at the end (a descriptor link to a file)
}

// maxLinks bounds how many symbolic links are followed, as the kernel does.
const maxLinks = 40

// resolve decides how a write to path is done.
func resolve(path string) (target, error) {
	fi, err := os.Stat(path) // follows links
	switch {
	case missing(err):
		// Nothing there yet, or a link to nothing yet: create what the
		// links lead to.
		dest, viaFD, err := follow(path)
		if err != nil {
			return target{}, err
		}
		return target{path: dest, direct: viaFD}, nil
	case err != nil:
		return target{}, fmt.Errorf("write %q: %w", path, unwrapPath(err))
	case fi.IsDir():
		return target{}, fmt.Errorf("write %q: is a directory", path)
	case fi.Mode()&(fs.ModeCharDevice|fs.ModeNamedPipe) != 0:
		return target{path: path, direct: true}, nil
	case !fi.Mode().IsRegular():
		return target{}, fmt.Errorf("write %q: not a regular file, a character device or a FIFO", path)
	}
	dest, viaFD, err := follow(path)
	if err != nil {
		return target{}, err
	}
	return target{path: dest, direct: viaFD, append: viaFD}, nil
}

// follow follows the symbolic links of path to the file they lead to, and
// reports whether they pass through a file descriptor (/dev/stdout is a
// link to /proc/self/fd/1, itself a link to whatever the shell opened):
// what such a link names cannot be replaced by a rename.
func follow(path string) (dest string, viaFD bool, err error) {
	p := path
	for range maxLinks {
		if isDescriptor(p) {
			return path, true, nil
		}
		fi, err := os.Lstat(p)
		if missing(err) {
			return p, false, nil
		}
		if err != nil {
			return "", false, fmt.Errorf("write %q: %w", path, unwrapPath(err))
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, false, nil
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", false, fmt.Errorf("write %q: %w", path, unwrapPath(err))
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(p), link)
		}
		p = link
	}
	return "", false, fmt.Errorf("write %q: too many levels of symbolic links", path)
}

// missing reports whether err says there is no file there: none, or a
// folder on the way that is a file (checkDir then says which).
func missing(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}

// isDescriptor reports whether p names an open file descriptor rather
// than a file: /dev/fd/N, /proc/self/fd/N, /proc/PID/fd/N.
func isDescriptor(p string) bool {
	p = filepath.ToSlash(filepath.Clean(p))
	if strings.HasPrefix(p, "/dev/fd/") {
		return true
	}
	parts := strings.Split(p, "/")
	return len(parts) == 5 && parts[1] == "proc" && parts[3] == "fd"
}

// checkDir turns a missing or unusable folder into one clear sentence
// before any file is created.
func checkDir(path, dir string) error {
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %q: directory %q does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("write %q: %w", path, unwrapPath(err))
	case !di.IsDir():
		return fmt.Errorf("write %q: %q is not a directory", path, dir)
	}
	return nil
}

// unwrapPath drops the *PathError wrapper, whose text would repeat the
// temporary file's name; the caller's message already names the real path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// syncDir makes the rename itself durable. It is best effort: some file
// systems (and Windows) cannot sync a directory, and the new file is already
// complete and in place by then.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
