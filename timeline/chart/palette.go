package chart

import (
	"image/color"

	"retrace/timeline"
)

// palette is the chart's colours. On screen the chart follows the app's
// theme, light or dark; an export keeps the light "paper" unless a dark
// one is asked for.
type palette struct {
	background, text, muted, axis, grid, gridMajor  color.NRGBA
	selected, conflict, cluster, cardFill, cardLine color.NRGBA
	focus, window, overview                         color.NRGBA
}

var (
	lightPalette = palette{
		background: color.NRGBA{0xff, 0xff, 0xff, 0xff},
		text:       color.NRGBA{0x20, 0x22, 0x26, 0xff},
		muted:      color.NRGBA{0x5f, 0x63, 0x68, 0xff},
		axis:       color.NRGBA{0x70, 0x74, 0x78, 0xff},
		grid:       color.NRGBA{0xec, 0xee, 0xf0, 0xff},
		gridMajor:  color.NRGBA{0xd8, 0xdb, 0xde, 0xff},
		selected:   color.NRGBA{0xff, 0xe9, 0xa8, 0xff},
		conflict:   color.NRGBA{0xc6, 0x1f, 0x20, 0xff},
		cluster:    color.NRGBA{0xe3, 0xe5, 0xe8, 0xff},
		cardFill:   color.NRGBA{0xfb, 0xfb, 0xfc, 0xf8},
		cardLine:   color.NRGBA{0xa0, 0xa4, 0xa8, 0xff},
		focus:      color.NRGBA{0x1f, 0x6f, 0xc5, 0xff},
		window:     color.NRGBA{0x1f, 0x6f, 0xc5, 0x30},
		overview:   color.NRGBA{0xf3, 0xf4, 0xf6, 0xff},
	}
	darkPalette = palette{
		background: color.NRGBA{0x1e, 0x1f, 0x22, 0xff},
		text:       color.NRGBA{0xe8, 0xea, 0xed, 0xff},
		muted:      color.NRGBA{0xaa, 0xae, 0xb4, 0xff},
		axis:       color.NRGBA{0x8a, 0x8e, 0x94, 0xff},
		grid:       color.NRGBA{0x2b, 0x2d, 0x31, 0xff},
		gridMajor:  color.NRGBA{0x3c, 0x3f, 0x44, 0xff},
		selected:   color.NRGBA{0x5c, 0x4a, 0x12, 0xff},
		conflict:   color.NRGBA{0xff, 0x7a, 0x7a, 0xff},
		cluster:    color.NRGBA{0x3a, 0x3d, 0x42, 0xff},
		cardFill:   color.NRGBA{0x2a, 0x2c, 0x30, 0xf8},
		cardLine:   color.NRGBA{0x60, 0x64, 0x6a, 0xff},
		focus:      color.NRGBA{0x6c, 0xa8, 0xf0, 0xff},
		window:     color.NRGBA{0x6c, 0xa8, 0xf0, 0x38},
		overview:   color.NRGBA{0x26, 0x28, 0x2b, 0xff},
	}
)

// Background is the colour of the chart's paper, light or dark.
func Background(dark bool) color.NRGBA { return paletteFor(dark).background }

func paletteFor(dark bool) *palette {
	if dark {
		return &darkPalette
	}
	return &lightPalette
}

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
