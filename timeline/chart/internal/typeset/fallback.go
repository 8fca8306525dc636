package typeset

// A picture's text is set in Noto Sans, the window's font, and the SVG
// embeds it; but librsvg, many editors and some browsers ignore an
// embedded font and draw the text in one of the reader's own. Those of
// Windows and macOS (Arial, Helvetica) and the Linux ones metric-compatible
// with them are narrower than Noto Sans; DejaVu Sans, the sans-serif of a
// Linux system with no others, is about a tenth wider, and a label laid out
// to end just before its neighbour runs over it. So an export leaves room
// for the wider of the two: Room is what a line needs in either font.

// The runes the table covers: Latin, its supplements and extensions, the
// IPA and spacing modifiers (U+0020..U+02FF), and general punctuation,
// super- and subscripts and currency signs (U+2000..U+20CF).
const (
	fallbackLow   = 0x2e0 // U+0020..U+02FF
	fallbackHigh  = 0xd0  // U+2000..U+20CF
	fallbackRunes = fallbackLow + fallbackHigh
)

// fallbackRune is the rune of entry i of the table.
func fallbackRune(i int) rune {
	if i < fallbackLow {
		return rune(0x20 + i)
	}
	return rune(0x2000 + i - fallbackLow)
}

// fallbackIndex is the table entry of r, -1 when the table has none.
func fallbackIndex(r rune) int {
	switch {
	case r >= 0x20 && r < 0x20+fallbackLow:
		return int(r - 0x20)
	case r >= 0x2000 && r < 0x2000+fallbackHigh:
		return fallbackLow + int(r-0x2000)
	}
	return -1
}

// Room returns the width s needs at size in the typesetter's font and in
// DejaVu Sans, whichever is wider: the room an export leaves for a line
// that a reader's own font may draw. A rune DejaVu Sans lacks counts as
// wide as in the typesetter's font (its wider fallback is unknown).
func (t *Typesetter) Room(s string, size float32, style Style) float32 {
	w := t.Width(s, size, style)
	b := 0
	if style&Bold != 0 {
		b = 1
	}
	sum := 0
	for _, r := range s {
		i := fallbackIndex(r)
		if i < 0 || dejaVuAdvance[b][i] == 0 {
			return w
		}
		sum += int(dejaVuAdvance[b][i])
	}
	return max(w, float32(sum)*size/1000)
}
