// Package atomicfile replaces a file only once its new content is complete,
// so a crash, a full disk or a failing writer never leaves a half-written
// export or workspace behind.
//
// It is a leaf package so that both export and workspace can use it without
// importing each other.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write creates or replaces the file at path with what write produces.
//
// The content goes to a temporary file in the same directory (a rename is only
// atomic within one file system), which is synced and then renamed over path.
// If write or any step fails, the temporary file is removed and an existing
// file at path is left exactly as it was. A replaced file keeps its
// permission bits; a new one gets 0644.
func Write(path string, write func(io.Writer) error) (err error) {
	if path == "" {
		return errors.New("write file: empty path")
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	if err := checkTarget(path, dir); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}

	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: cannot create a file in %s: %w", path, dir, unwrapPath(err))
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close() // may already be closed; the error is irrelevant then
			os.Remove(tmpName)
		}
	}()

	if err := write(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	syncDir(dir)
	return nil
}

// checkTarget turns the common mistakes into one clear sentence before any
// file is created: a directory that is missing or is not a directory, or a
// path that names a directory.
func checkTarget(path, dir string) error {
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %s: directory %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	case !di.IsDir():
		return fmt.Errorf("write %s: %s is not a directory", path, dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("write %s: is a directory", path)
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
