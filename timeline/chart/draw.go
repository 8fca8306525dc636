package chart

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"

	"retrace/timeline"
)

// surface is what a frame is drawn on. The screen uses two (the raster
// takes the shapes, pooled canvas.Text objects the text), an export on
// the software canvas the same two, and the SVG and PDF exports one that
// records both for the vector library: one drawing, several painters.
// Coordinates are in chart units; text is placed by its top left corner,
// as a canvas.Text is.
type surface interface {
	rect(x0, y0, x1, y1 float32, c color.NRGBA, fadeL, fadeR float32)
	roundRect(x0, y0, x1, y1, r float32, c color.NRGBA)
	circle(cx, cy, r float32, c color.NRGBA)
	text(s string, x, y, size float32, style fyne.TextStyle, c color.NRGBA)
}

// vline is one of the grid's vertical lines.
type vline struct {
	x0, x1 float32
	c      color.NRGBA
}

// gridSurface is a surface that draws the grid's lines, which run the
// height of the chart, faster together than one by one.
type gridSurface interface {
	vlines(lines []vline, y0, y1 float32)
}

// frameRect outlines [x0,x1]x[y0,y1] with lines w units thick, outside the box.
func frameRect(s surface, x0, y0, x1, y1, w float32, c color.NRGBA) {
	s.rect(x0-w, y0-w, x1+w, y0, c, 0, 0)
	s.rect(x0-w, y1, x1+w, y1+w, c, 0, 0)
	s.rect(x0-w, y0, x0, y1, c, 0, 0)
	s.rect(x1, y0, x1+w, y1, c, 0, 0)
}

// drawState is what a drawing needs besides the frame.
type drawState struct {
	tl       *timeline.Timeline
	selected int // item index, -1 for none
	focused  bool
	pal      *palette
	measure  func(text string, size float32, style fyne.TextStyle) float32
}

// drawFrame draws every shape and text of a frame, back to front.
func drawFrame(s surface, f *frame, st drawState) {
	pal := st.pal
	width := f.size.Width
	top, bottom := f.lanesTop-4, f.lanesBottom()
	if len(f.clusters) > 0 {
		bottom += laneHeight
	}
	lines := make([]vline, len(f.ticks))
	for i, t := range f.ticks {
		lines[i] = vline{x0: t.X - 0.5, x1: t.X + 0.5, c: pal.grid}
		if t.Major {
			lines[i].c = pal.gridMajor
		}
	}
	if g, ok := s.(gridSurface); ok {
		g.vlines(lines, top, f.axisY)
	} else {
		for _, l := range lines {
			s.rect(l.x0, top, l.x1, f.axisY, l.c, 0, 0)
		}
	}
	s.rect(0, f.axisY, width, f.axisY+1, pal.axis, 0, 0)
	for _, t := range f.ticks {
		l := float32(5)
		if t.Major {
			l = 8
		}
		s.rect(t.X-0.5, f.axisY, t.X+0.5, f.axisY+l, pal.axis, 0, 0)
	}
	for _, h := range f.heads {
		s.rect(0, h.y+laneHeight-4, width, h.y+laneHeight-3, pal.gridMajor, 0, 0)
		if h.source >= 0 {
			s.rect(pad, h.y+9, pad+accentWidth, h.y+laneHeight-8, SourceColor(h.source), 0, 0)
		}
	}
	if st.tl != nil {
		for i := range f.items {
			drawItem(s, f, &f.items[i], st)
		}
	}
	for i := range f.clusters {
		cl := &f.clusters[i]
		s.roundRect(cl.x0, cl.y+3, cl.x1, cl.y+laneHeight-3, 6, pal.cluster)
	}
	if f.rows > f.viewRows && f.viewRows > 0 && !f.export {
		// A scroll bar: where the viewport is among all the rows.
		h := bottom - top
		y0 := top + h*float32(f.scrollRow)/float32(f.rows)
		y1 := top + h*float32(f.scrollRow+f.viewRows)/float32(f.rows)
		s.roundRect(width-scrollbarWidth-2, top, width-2, bottom, 2, pal.grid)
		s.roundRect(width-scrollbarWidth-2, y0, width-2, max(y1, y0+8), 2, pal.axis)
	}
	if o := f.over; o != nil {
		s.rect(0, o.y0, width, o.y1, pal.overview, 0, 0)
		h := o.y1 - o.y0 - 4
		for x, v := range o.bars {
			if v > 0 {
				s.rect(float32(x), o.y1-2-h*v, float32(x)+1, o.y1-2, pal.axis, 0, 0)
			}
		}
		x0, x1 := max(o.win0, 0), min(o.win1, width)
		if x1-x0 < 4 {
			m := (x0 + x1) / 2
			x0, x1 = m-2, m+2
		}
		s.rect(x0, o.y0, x1, o.y1, pal.window, 0, 0)
		frameRect(s, x0, o.y0, x1, o.y1, 1, pal.focus)
	}
	for _, e := range f.legend {
		y := e.y + 3
		switch {
		case e.state:
			frameRect(s, e.x+1.5, y+1.5, e.x+8.5, y+7.5, 1.5, pal.muted)
		case e.kind != "":
			s.roundRect(e.x, y, e.x+10, y+9, 2, KindColor(e.kind))
		case e.source < 0:
			frameRect(s, e.x+1.5, y+1.5, e.x+8.5, y+7.5, 1.5, pal.conflict)
		default:
			s.rect(e.x+3, y-1, e.x+3+accentWidth, y+11, SourceColor(e.source), 0, 0)
		}
	}
	if st.focused {
		frameRect(s, 2, 2, width-2, f.size.Height-2, 2, pal.focus)
	}
	drawTexts(s, f, st)
}

// drawItem draws one item's highlight, source tabs and marker.
func drawItem(s surface, f *frame, pl *placed, st drawState) {
	pal := st.pal
	it := &st.tl.Items[pl.item]
	col := KindColor(it.Kind)
	top := pl.y + markerTop
	sel := pl.item == st.selected
	if sel {
		// Inside the chart even when the item starts before its left edge.
		s.roundRect(max(pl.left-4, 3), pl.y, min(pl.right+4, f.size.Width-3), pl.y+laneHeight-1, 4, pal.selected)
	}
	if f.accents && len(it.Refs) > 0 {
		// One stripe per source reporting the item, so a merged event shows
		// every source's colour, not only the first's.
		ax := pl.labelX - accentWidth - 3
		y0, y1 := pl.y+3, pl.y+labelHeight-1
		n := min(len(it.Refs), 4)
		hh := (y1 - y0) / float32(n)
		for k := range n {
			s.rect(ax, y0+float32(k)*hh, ax+accentWidth, y0+float32(k+1)*hh, SourceColor(it.Refs[k].Source), 0, 0)
		}
	}
	outline := color.NRGBA{}
	switch {
	case sel:
		outline = pal.text
	case it.Conflict:
		outline = pal.conflict
	}
	// A present state, how things stand and not a happening, is drawn
	// hollow: a ring, or a bar's outline over a faint fill.
	paper := pal.background
	if sel {
		paper = pal.selected
	}
	if pl.point {
		cx, cy := (pl.x0+pl.x1)/2, top+markerHeight/2
		if outline.A != 0 {
			s.circle(cx, cy, pointRadius+1.5, outline)
		}
		s.circle(cx, cy, pointRadius, col)
		if it.State {
			s.circle(cx, cy, pointRadius-stateRing, paper)
		}
		return
	}
	if outline.A != 0 {
		frameRect(s, pl.x0, top, pl.x1, top+markerHeight, 1.5, outline)
	}
	var fadeL, fadeR float32
	fade := min((pl.x1-pl.x0)*0.4, 90)
	if it.Interval.FuzzyStart {
		fadeL = fade
	}
	if it.Interval.FuzzyEnd {
		fadeR = fade
	}
	if !it.State {
		s.rect(pl.x0, top, pl.x1, top+markerHeight, col, fadeL, fadeR)
		return
	}
	faint := col
	faint.A = stateFill
	s.rect(pl.x0, top, pl.x1, top+markerHeight, faint, fadeL, fadeR)
	s.rect(pl.x0, top, pl.x1, top+stateRing, col, fadeL, fadeR)
	s.rect(pl.x0, top+markerHeight-stateRing, pl.x1, top+markerHeight, col, fadeL, fadeR)
	if !it.Interval.FuzzyStart {
		s.rect(pl.x0, top, pl.x0+stateRing, top+markerHeight, col, 0, 0)
	}
	if !it.Interval.FuzzyEnd {
		s.rect(pl.x1-stateRing, top, pl.x1, top+markerHeight, col, 0, 0)
	}
}

// A present state's marker: the width of its ring or outline, and the
// opacity of the fill inside a bar's outline.
const (
	stateRing = 1.75
	stateFill = 0x38
)

// drawTexts places every text of the frame: title, ticks, labels, badges,
// band titles, overview and legend.
func drawTexts(s surface, f *frame, st drawState) {
	pal := st.pal
	w := f.size.Width
	bold := fyne.TextStyle{Bold: true}
	fit := func(text string, size float32, style fyne.TextStyle, maxWidth float32) string {
		if st.measure == nil || maxWidth <= 0 || st.measure(text, size, style) <= maxWidth {
			return text
		}
		r := []rune(text)
		for n := len(r) - 1; n > 1; n-- {
			if t := truncate(text, n); st.measure(t, size, style) <= maxWidth {
				return t
			}
		}
		return ""
	}
	if f.head.title != "" {
		s.text(fit(f.head.title, titleSize, bold, w-2*pad), pad, f.titleY, titleSize, bold, pal.text)
	}
	if f.head.subtitle != "" {
		s.text(fit(f.head.subtitle, subtitleSize, fyne.TextStyle{}, w-2*pad), pad, f.subY, subtitleSize, fyne.TextStyle{}, pal.muted)
	}
	for _, t := range f.ticks {
		style := fyne.TextStyle{Bold: t.Major}
		tw := st.measure(t.Label, tickSize, style)
		if t.X-tw/2 < 0 || t.X+tw/2 > w {
			continue // a label cut by the edge reads as a different date
		}
		s.text(t.Label, t.X-tw/2, f.axisY+9, tickSize, style, pal.muted)
	}
	for _, h := range f.heads {
		s.text(fit(h.text, bandHeadSize, bold, w-3*pad), pad+accentWidth+6, h.y+7, bandHeadSize, bold, pal.muted)
	}
	if st.tl != nil {
		for i := range f.items {
			pl := &f.items[i]
			it := &st.tl.Items[pl.item]
			col, style := pal.text, fyne.TextStyle{}
			switch {
			case it.Conflict:
				col = pal.conflict
			case it.State && pl.item != st.selected:
				col = pal.muted // how things stand, quieter than what happened
			}
			if pl.item == st.selected {
				style.Bold = true
			}
			if pl.label != "" {
				s.text(pl.label, pl.labelX, pl.y+1, labelSize, style, col)
			}
		}
	}
	for i := range f.clusters {
		cl := &f.clusters[i]
		s.text(cl.label, cl.x0+6, cl.y+6, labelSize, bold, pal.text)
	}
	if f.export && f.pages > 1 {
		note := "page " + strconv.Itoa(f.page+1) + " of " + strconv.Itoa(f.pages)
		nw := st.measure(note, creditSize, fyne.TextStyle{})
		y := f.size.Height - creditHeight
		s.text(note, w-pad-nw, y, creditSize, fyne.TextStyle{}, pal.muted)
	} else if f.below > 0 || f.above > 0 {
		bottom := f.lanesBottom()
		if len(f.clusters) > 0 {
			bottom += laneHeight
		}
		var hint string
		switch {
		case f.below > 0 && f.above > 0:
			hint = "↑ " + plural(f.above, "more event") + " · ↓ " + plural(f.below, "more")
		case f.below > 0:
			hint = "↓ " + plural(f.below, "more event") + " below: drag up or scroll"
		default:
			hint = "↑ " + plural(f.above, "more event") + " above"
		}
		hw := st.measure(hint, legendSize, fyne.TextStyle{Italic: true})
		s.text(hint, w-scrollbarWidth-8-hw, bottom+1, legendSize, fyne.TextStyle{Italic: true}, pal.muted)
	}
	if o := f.over; o != nil {
		s.text(o.fromLabel, 4, o.y0+2, legendSize-1, fyne.TextStyle{}, pal.muted)
		tw := st.measure(o.toLabel, legendSize-1, fyne.TextStyle{})
		s.text(o.toLabel, w-4-tw, o.y0+2, legendSize-1, fyne.TextStyle{}, pal.muted)
	}
	for _, e := range f.legend {
		s.text(e.text, e.x+14, e.y, legendSize, fyne.TextStyle{}, pal.muted)
	}
	if f.head.credit != "" {
		s.text(fit(f.head.credit, creditSize, fyne.TextStyle{}, w-2*pad), pad, f.creditY, creditSize, fyne.TextStyle{}, pal.muted)
	}
}
