// Package assets holds the files Retrace ships inside its binary: the
// application icon and the sample article shown on first start.
package assets

import (
	_ "embed"
	"time"
)

// SampleName is the file name the bundled sample article is shown under.
const SampleName = "russia-north-korea-alliance.txt"

//go:embed russia-north-korea-alliance.txt
var sampleText string

//go:embed icon.png
var iconPNG []byte

// SampleText returns the bundled sample article, plain UTF-8 text.
func SampleText() string { return sampleText }

// SampleDate returns the sample article's publication date. The plain-text
// copy carries no date of its own; the Markdown and HTML copies of the same
// article give 2026-01-02 in their metadata, so the app can treat it as
// metadata rather than leave every relative reference unplaced.
func SampleDate() time.Time { return time.Date(2026, time.January, 2, 0, 0, 0, 0, time.UTC) }

// IconPNG returns the application icon, a 512x512 PNG drawn by DrawIcon.
// The caller must not modify the returned bytes.
func IconPNG() []byte { return iconPNG }
