// Package regularfile is the one way Retrace reads a file it is given:
// articles, workspace documents, workspaces and evaluation corpora alike.
// It reads regular files only, checks the size before reading, and never
// reads more than the limit, so a FIFO, a device, a directory or a huge
// file is refused at once instead of hanging or exhausting memory.
//
// It is a leaf package: it knows nothing of what the bytes mean.
package regularfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Errors callers can test with errors.Is. Missing files give fs.ErrNotExist.
var (
	ErrTooLarge   = errors.New("file too large")
	ErrDirectory  = errors.New("is a directory, not a file")
	ErrNotRegular = errors.New("not a regular file")
)

// Read returns the content of the regular file at path (a symbolic link is
// followed) and what Stat says of it. It refuses, before reading a byte, a
// directory, anything that is not a regular file (a FIFO or a device could
// block forever or never end) and a file larger than limit bytes; a file
// that grows while it is read is refused too. Errors name the path:
// "read PATH: file too large (...)".
func Read(path string, limit int64) ([]byte, fs.FileInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, bare(err))
	}
	if err := check(path, fi, limit); err != nil {
		return nil, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, bare(err))
	}
	defer f.Close()
	// The file may have grown since Stat: never read more than the limit.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, bare(err))
	}
	if int64(len(data)) > limit {
		return nil, nil, TooLarge(path, int64(len(data)), limit)
	}
	return data, fi, nil
}

// check refuses what Read must not open.
func check(path string, fi fs.FileInfo, limit int64) error {
	switch {
	case fi.IsDir():
		return fmt.Errorf("read %s: %w", path, ErrDirectory)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("read %s: %w", path, ErrNotRegular)
	case fi.Size() > limit:
		return TooLarge(path, fi.Size(), limit)
	}
	return nil
}

// TooLarge is the error for content of size bytes over the limit, in
// megabytes as a person reads them.
func TooLarge(path string, size, limit int64) error {
	return fmt.Errorf("read %s: %w (%.1f MB, the limit is %d MB)", path, ErrTooLarge,
		float64(size)/(1<<20), limit>>20)
}

// bare drops the operation and path from an *fs.PathError, which the
// message already names.
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
