package chart

import (
	"image/color"

	"retrace/timeline"
)

// The chart draws on its own light "paper" so the screen and the exported
// PNG look the same whatever the app theme is.
var (
	colorBackground = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	colorText       = color.NRGBA{0x20, 0x22, 0x26, 0xff}
	colorMuted      = color.NRGBA{0x5f, 0x63, 0x68, 0xff}
	colorAxis       = color.NRGBA{0x70, 0x74, 0x78, 0xff}
	colorGrid       = color.NRGBA{0xec, 0xee, 0xf0, 0xff}
	colorGridMajor  = color.NRGBA{0xd8, 0xdb, 0xde, 0xff}
	colorSelected   = color.NRGBA{0xff, 0xe9, 0xa8, 0xff}
	colorConflict   = color.NRGBA{0xd6, 0x27, 0x28, 0xff}
	colorCluster    = color.NRGBA{0xe3, 0xe5, 0xe8, 0xff}
	colorCardFill   = color.NRGBA{0xfb, 0xfb, 0xfc, 0xf8}
	colorCardStroke = color.NRGBA{0xa0, 0xa4, 0xa8, 0xff}
)

// KindColor returns the colour items of a kind are drawn in; the article
// view can use the same colours for its highlights.
func KindColor(k timeline.Kind) color.NRGBA {
	switch k {
	case timeline.KindExplicit:
		return color.NRGBA{0x1f, 0x6f, 0xc5, 0xff} // blue
	case timeline.KindDeictic:
		return color.NRGBA{0x2e, 0x9a, 0x45, 0xff} // green
	case timeline.KindRelative:
		return color.NRGBA{0xe3, 0x7b, 0x12, 0xff} // orange
	case timeline.KindFuzzy:
		return color.NRGBA{0x8e, 0x5c, 0xc2, 0xff} // purple
	}
	return color.NRGBA{0x7f, 0x7f, 0x7f, 0xff}
}

// sourceAccents tell sources apart when a timeline has several; they avoid
// the kind colours and the conflict red.
var sourceAccents = []color.NRGBA{
	{0x17, 0xa2, 0xb8, 0xff}, // teal
	{0x8c, 0x56, 0x4b, 0xff}, // brown
	{0xe3, 0x77, 0xc2, 0xff}, // pink
	{0xa8, 0xa8, 0x1a, 0xff}, // olive
	{0x34, 0x3a, 0x40, 0xff}, // charcoal
	{0x5a, 0x8f, 0x29, 0xff}, // moss
}

// SourceColor returns the accent of the i-th source; past the palette the
// accents repeat, and a negative i takes the accent of its magnitude.
func SourceColor(i int) color.NRGBA {
	// Reduce before taking the magnitude: -math.MinInt overflows to itself.
	i %= len(sourceAccents)
	if i < 0 {
		i = -i
	}
	return sourceAccents[i]
}
