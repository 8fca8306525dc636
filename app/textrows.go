package app

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Where a paragraph's characters are drawn.
//
// Fyne's RichText keeps its rows to itself, so to turn a point into a
// character and a range of characters into rectangles, paragraphRows works
// the rows out again the way Fyne 2.7.1 does: a port of widget/richtext.go's
// updateRowBounds, lineBounds, binarySearch and textRenderer.Layout, cut to
// what the article uses (word wrapping, no truncation, no blocks, leading
// alignment). With the same measurements it finds the same rows;
// TestParagraphRowsMatchRichText holds it to the renderer's own objects, so
// a Fyne upgrade that wraps differently fails there first.

// textRow is one drawn row of a paragraph, in the paragraph's coordinates.
type textRow struct {
	y, height  float32
	items      []rowItem
	start, end int // byte offsets into the document of its first and last item
}

// rowItem is one piece of a row: the part of a text segment on that row, or
// an inline object such as a highlight.
type rowItem struct {
	start, end int // byte offsets into the document
	x, width   float32
	size       float32
	style      fyne.TextStyle
	atomic     bool // an object whose text cannot be measured within (unknown segment)
}

// rowBound is Fyne's rowBoundary: the segments on one row, from rune begin
// of the first to rune end of the last.
type rowBound struct {
	segs       []int
	begin, end int
}

// paragraphRows returns the rows of a RichText holding the paragraph that
// starts at byte offset start of the document, laid out at the RichText's
// size. The segments' texts must follow each other in the document. It
// returns nil before the RichText has a size.
func paragraphRows(rich *widget.RichText, start int) []textRow {
	size := rich.Size()
	if size.Width <= 0 {
		return nil
	}
	th := rich.Theme()
	innerPad := th.Size(theme.SizeNameInnerPadding)
	lineSpacing := th.Size(theme.SizeNameLineSpacing)
	segs := rich.Segments

	// Where each segment starts in the document, and how it is measured.
	segStart := make([]int, len(segs))
	texts := make([]string, len(segs))
	at := start
	for i, s := range segs {
		segStart[i] = at
		texts[i] = s.Textual()
		at += len(texts[i])
	}
	sizeOf := func(i int) (float32, fyne.TextStyle) {
		switch s := segs[i].(type) {
		case *widget.TextSegment:
			name := s.Style.SizeName
			if name == "" {
				name = theme.SizeNameText
			}
			return theme.SizeForWidget(name, rich), s.Style.TextStyle
		case *highlightSegment:
			return theme.SizeForWidget(theme.SizeNameText, rich), s.style()
		}
		return theme.SizeForWidget(theme.SizeNameText, rich), fyne.TextStyle{}
	}
	objMin := make(map[int]fyne.Size)
	objSize := func(i int) fyne.Size {
		if m, ok := objMin[i]; ok {
			return m
		}
		m := segs[i].Visual().MinSize()
		objMin[i] = m
		return m
	}

	bounds := rowBoundsOf(segs, texts, size.Width-2*innerPad, sizeOf, objSize)

	// textRenderer.Layout: rows from the top, items left to right.
	var rows []textRow
	yPos := innerPad
	lineWidth := size.Width - 2*innerPad
	isText := func(i int) bool { _, ok := segs[i].(*widget.TextSegment); return ok }
	for r, b := range bounds {
		row := textRow{y: yPos}
		left := innerPad
		var pending []rowItem
		for k, si := range b.segs {
			inline := k < len(b.segs)-1
			item := rowItem{}
			item.size, item.style = sizeOf(si)
			var w, h float32
			if isText(si) {
				runes := []rune(texts[si])
				from, to := 0, len(runes)
				switch {
				case k == 0 && len(b.segs) == 1:
					from, to = b.begin, b.end
				case k == 0:
					from = b.begin
				case k == len(b.segs)-1:
					to = b.end
				}
				from, to = clampRunes(from, len(runes)), clampRunes(to, len(runes))
				if to < from {
					to = from
				}
				item.start = segStart[si] + runeByte(texts[si], from)
				item.end = segStart[si] + runeByte(texts[si], to)
				m := fyne.MeasureText(string(runes[from:to]), item.size, item.style)
				w, h = m.Width, m.Height
			} else {
				item.start, item.end = segStart[si], segStart[si]+len(texts[si])
				_, isHighlight := segs[si].(*highlightSegment)
				item.atomic = !isHighlight
				m := objSize(si)
				w, h = m.Width, m.Height
				if !inline {
					// A block object ends the row: the pending items go
					// before it, and it takes the rest of the line.
					x := left
					for p := range pending {
						pending[p].x = x
						x += pending[p].width
					}
					item.x, item.width = x, lineWidth
					row.items = append(pending, item)
					row.height = h
					pending = nil
					yPos += h
					continue
				}
			}
			item.width = w
			pending = append(pending, item)
			if row.height < h {
				row.height = h
			}
			if inline {
				continue
			}
			x := left
			for p := range pending {
				pending[p].x = x
				x += pending[p].width
			}
			row.items = append(row.items, pending...)
			pending = nil
			yPos += row.height
		}
		if len(row.items) > 0 {
			row.start, row.end = row.items[0].start, row.items[len(row.items)-1].end
		}
		rows = append(rows, row)
		last := b.segs[len(b.segs)-1]
		if !segs[last].Inline() && r < len(bounds)-1 && bounds[r+1].segs[0] != last {
			yPos += lineSpacing
		}
	}
	return rows
}

// rowBoundsOf is RichText.updateRowBounds for a flat list of segments.
func rowBoundsOf(segs []widget.RichTextSegment, texts []string, maxWidth float32,
	sizeOf func(int) (float32, fyne.TextStyle), objSize func(int) fyne.Size) []rowBound {
	var bounds []rowBound
	wrapWidth := maxWidth
	current := false // whether the last bound is still open for inline segments
	for i, seg := range segs {
		text, ok := seg.(*widget.TextSegment)
		if !ok {
			if !current {
				bounds = append(bounds, rowBound{segs: []int{i}})
				current = true
			} else {
				bounds[len(bounds)-1].segs = append(bounds[len(bounds)-1].segs, i)
			}
			itemMin := objSize(i)
			if seg.Inline() {
				wrapWidth -= itemMin.Width
			} else {
				wrapWidth = maxWidth
				current = false
			}
			continue
		}
		size, style := sizeOf(i)
		measure := func(r []rune) fyne.Size { return fyne.MeasureText(string(r), size, style) }
		ret := lineBoundsOf(i, []rune(texts[i]), wrapWidth, maxWidth, measure)
		if current {
			if len(ret) > 0 {
				bounds[len(bounds)-1].end = ret[0].end
				bounds[len(bounds)-1].segs = append(bounds[len(bounds)-1].segs, i)
				bounds = append(bounds, ret[1:]...)
			}
		} else {
			bounds = append(bounds, ret...)
		}
		current = true
		if text.Inline() {
			last := bounds[len(bounds)-1]
			begin := 0
			if len(last.segs) == 1 {
				begin = last.begin
			}
			runes := []rune(texts[i])
			begin = min(begin, len(runes))
			end := min(last.end, len(runes))
			lastWidth := float32(0)
			if begin <= end {
				lastWidth = measure(runes[begin:end]).Width
			}
			if len(ret) == 1 {
				wrapWidth -= lastWidth
			} else {
				wrapWidth = maxWidth - lastWidth
			}
		} else {
			current = false
			wrapWidth = maxWidth
		}
	}
	return bounds
}

// lineBoundsOf is Fyne's lineBounds for TextWrapWord without truncation;
// seg is the segment's index.
func lineBoundsOf(seg int, text []rune, firstWidth, maxWidth float32, measure func([]rune) fyne.Size) []rowBound {
	var lines []rowBound // splitLines
	low := 0
	for i, r := range text {
		if r == '\n' {
			lines = append(lines, rowBound{segs: []int{seg}, begin: low, end: i})
			low = i + 1
		}
	}
	lines = append(lines, rowBound{segs: []int{seg}, begin: low, end: len(text)})
	if maxWidth < 0 {
		return lines
	}

	measureWidth := min(firstWidth, maxWidth)
	fits := func(low, high int) bool { return measure(text[low:high]).Width <= measureWidth }
	var bounds []rowBound
	for _, l := range lines {
		low, high := l.begin, l.end
		if low == high {
			bounds = append(bounds, l)
			continue
		}
		for low < high {
			sub := text[low:high]
			subWidth := measure(sub).Width
			if subWidth <= measureWidth {
				bounds = append(bounds, rowBound{segs: []int{seg}, begin: low, end: high})
				low = high
				high = l.end
				if low < high && unicode.IsSpace(text[low]) {
					low++
				}
				measureWidth = maxWidth
				continue
			}
			oldHigh := high
			last := low + len(sub) - 1
			fallback := widthSearch(fits, low, last) - low
			if fallback < 1 { // even a character won't fit
				bounds = append(bounds, rowBound{segs: []int{seg}, begin: low, end: low + 1})
				low++
				high = low + 1
				if high > l.end {
					return bounds
				}
			} else {
				spaceIndex := lastSpace(sub, fallback)
				if spaceIndex == 0 {
					spaceIndex = 1
				}
				high = low + spaceIndex
			}
			if high == fallback && subWidth <= maxWidth { // Fyne compares these as they are
				bounds = append(bounds, rowBound{segs: []int{seg}, begin: low, end: low})
				high = oldHigh
				measureWidth = maxWidth
			}
		}
	}
	return bounds
}

// widthSearch is Fyne's binarySearch: the largest high up to maxHigh for
// which text[low:high] fits.
func widthSearch(fits func(int, int) bool, low, maxHigh int) int {
	if low >= maxHigh {
		return low
	}
	if fits(low, maxHigh) {
		return maxHigh
	}
	high := low
	delta := maxHigh - low
	for delta > 0 {
		delta /= 2
		if fits(low, high+delta) {
			high += delta
		}
	}
	for high < maxHigh && fits(low, high+1) {
		high++
	}
	return high
}

// lastSpace is Fyne's findSpaceIndex: the last space at or before
// fallback, or fallback when there is none.
func lastSpace(text []rune, fallback int) int {
	i := fallback
	for ; i >= 0; i-- {
		if unicode.IsSpace(text[i]) {
			break
		}
	}
	if i < 0 {
		return fallback
	}
	return i
}

func clampRunes(i, n int) int { return max(0, min(i, n)) }

// runeByte returns the byte offset of the rune with index i in s.
func runeByte(s string, i int) int {
	for b := range s {
		if i == 0 {
			return b
		}
		i--
	}
	return len(s)
}

// offsetAt returns the document offset nearest to a point in the
// paragraph's coordinates: the row under y (the first or last beyond
// them), the character boundary nearest to x.
func offsetAt(rows []textRow, text string, pos fyne.Position) int {
	if len(rows) == 0 {
		return -1
	}
	r := 0
	for i, row := range rows {
		if pos.Y >= row.y {
			r = i
		}
	}
	row := rows[r]
	if len(row.items) == 0 {
		return row.start
	}
	if pos.Y < rows[0].y {
		return rows[0].start
	}
	if last := rows[len(rows)-1]; pos.Y >= last.y+last.height {
		return last.end
	}
	for _, it := range row.items {
		if pos.X >= it.x+it.width {
			continue
		}
		if pos.X <= it.x || it.end == it.start {
			return it.start
		}
		if it.atomic {
			if pos.X < it.x+it.width/2 {
				return it.start
			}
			return it.end
		}
		// The boundary nearest to x, measuring prefixes as the text is drawn.
		piece := text[it.start:it.end]
		prev := float32(0)
		for i, ch := range piece {
			w := fyne.MeasureText(piece[:i+utf8.RuneLen(ch)], it.size, it.style).Width
			if pos.X < it.x+(prev+w)/2 {
				return it.start + i
			}
			prev = w
		}
		return it.end
	}
	return row.end
}

// xAt returns where in a row the text at document offset off begins.
func xAt(row textRow, text string, off int) float32 {
	for _, it := range row.items {
		if off > it.end {
			continue
		}
		if off <= it.start {
			return it.x
		}
		if it.atomic {
			return it.x + it.width
		}
		return it.x + fyne.MeasureText(text[it.start:off], it.size, it.style).Width
	}
	if n := len(row.items); n > 0 {
		return row.items[n-1].x + row.items[n-1].width
	}
	return 0
}
