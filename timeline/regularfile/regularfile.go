// Package regularfile is the one way Retrace reads a file it is given:
// articles, workspace documents, workspaces and evaluation corpora alike.
// It reads regular files only, checks the size before reading, and never
// reads more than the limit, so a FIFO, a device, a directory or a huge
// file is refused at once instead of hanging or exhausting memory.
//
// It is a leaf package: it knows nothing of what the bytes mean.
package regularfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
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
// that grows past the limit while it is read is refused too. Errors name
// the path, quoted: `read "a.txt": file too large (...)`.
func Read(path string, limit int64) ([]byte, fs.FileInfo, error) {
	var buf bytes.Buffer
	fi, err := readInto(&buf, path, limit)
	if err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), fi, nil
}

// ReadString is Read for a caller that keeps the content as a string, as
// an article's text is kept: the string is built in place, so the file is
// neither copied again nor zeroed before it is read.
func ReadString(path string, limit int64) (string, fs.FileInfo, error) {
	var sb strings.Builder
	fi, err := readInto(&sb, path, limit)
	if err != nil {
		return "", nil, err
	}
	return sb.String(), fi, nil
}

// sink is what the content is read into: a bytes.Buffer or a strings.Builder.
type sink interface {
	io.Writer
	Grow(n int)
	Len() int
}

// readInto reads the regular file at path into dst, as Read describes.
func readInto(dst sink, path string, limit int64) (fs.FileInfo, error) {
	// Stat first, so that nothing but a regular file is ever opened: opening
	// some devices has effects of its own.
	fi, err := os.Stat(path)
	if err != nil {
		return nil, Error(path, bare(err))
	}
	if err := check(path, fi, limit); err != nil {
		return nil, err
	}
	// O_NONBLOCK: should a FIFO take the file's place after Stat, opening
	// it must not wait for a writer. It changes nothing for a regular file.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, Error(path, bare(err))
	}
	defer f.Close()
	// What was opened is what is read: check it again, by its descriptor.
	if fi, err = f.Stat(); err != nil {
		return nil, Error(path, bare(err))
	}
	if err := check(path, fi, limit); err != nil {
		return nil, err
	}
	// One allocation of the size Stat gave (plus room to see the end), and
	// never more than the limit should the file grow meanwhile.
	dst.Grow(int(fi.Size()) + bytes.MinRead + 1)
	r := io.LimitReader(f, limit+1)
	if rf, ok := dst.(io.ReaderFrom); ok { // a bytes.Buffer reads into its own room
		_, err = rf.ReadFrom(r)
	} else {
		// through a buffer of the file's size (and room to see the end),
		// not the 32 KB io.Copy makes for every file: most articles are a
		// few KB, and on a folder of them the buffers were more than the
		// texts
		_, err = io.CopyBuffer(dst, r, make([]byte, min(fi.Size()+bytes.MinRead+1, 32<<10)))
	}
	if err != nil {
		return nil, Error(path, bare(err))
	}
	if int64(dst.Len()) > limit {
		return nil, TooLarge(path, int64(dst.Len()), limit)
	}
	return fi, nil
}

// check refuses what Read must not read.
func check(path string, fi fs.FileInfo, limit int64) error {
	switch {
	case fi.IsDir():
		return Error(path, ErrDirectory)
	case !fi.Mode().IsRegular():
		return Error(path, ErrNotRegular)
	case fi.Size() > limit:
		return TooLarge(path, fi.Size(), limit)
	}
	return nil
}

// Error is the error reading path failed with: `read "PATH": reason`. The
// path is quoted, so a name with spaces, quotes or a line break still
// makes one unambiguous line.
func Error(path string, err error) error {
	return fmt.Errorf("read %q: %w", path, err)
}

// TooLarge is the error for content of size bytes over the limit, in
// megabytes as a person reads them.
func TooLarge(path string, size, limit int64) error {
	return Error(path, fmt.Errorf("%w (%.1f MB, the limit is %d MB)", ErrTooLarge,
		float64(size)/(1<<20), limit>>20))
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
