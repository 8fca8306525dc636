// Package export writes a timeline out of the app: as CSV for spreadsheets,
// as JSON (the extract command's format plus the user's corrections), as
// TimelineJS JSON and as pictures (PNG, SVG, PDF), always through WriteFileAtomic so a failed export never leaves a
// broken file in place of a good one.
package export

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"

	"retrace/timeline/atomicfile"
)

// WriteFileAtomic creates or replaces the file at path with what write
// produces. The content goes to a temporary file in the same directory,
// which is synced and renamed over path only when write succeeded; on any
// error the temporary file is removed and an existing file is untouched. A
// directory that does not exist or cannot be written gets a one-line error
// naming it, before write is called.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	return atomicfile.Write(path, write)
}

// PNG encodes img as a PNG.
func PNG(w io.Writer, img image.Image) error {
	if img == nil {
		return errors.New("png: no image")
	}
	if b := img.Bounds(); b.Empty() {
		return fmt.Errorf("png: empty image (%dx%d)", b.Dx(), b.Dy())
	}
	var err error
	if rgba, ok := img.(*image.RGBA); ok {
		err = encodeRGBA(w, rgba)
	} else {
		err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, img)
	}
	if err != nil {
		return fmt.Errorf("png: %w", err)
	}
	return nil
}
