package chart

import (
	"image"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"retrace/timeline"
)

// renderer draws a Chart: one raster for every shape, pooled texts for the
// labels in view, and a hover card.
type renderer struct {
	c      *Chart
	size   fyne.Size
	frame  *frame
	raster *canvas.Raster
	paint  painter

	texts   []*canvas.Text // pool; the first used are shown
	used    int
	card    *canvas.Rectangle
	cardOn  bool
	cardTop int // index in texts where the card's lines start

	measured map[string]float32 // widths of axis-sized text, which repeats frame to frame
	objects  []fyne.CanvasObject
}

func newRenderer(c *Chart) *renderer {
	r := &renderer{c: c, measured: map[string]float32{}}
	c.r = r
	r.raster = canvas.NewRaster(r.draw)
	r.card = canvas.NewRectangle(colorCardFill)
	r.card.StrokeColor = colorCardStroke
	r.card.StrokeWidth = 1
	r.card.CornerRadius = 6
	return r
}

func (r *renderer) Destroy() {}

func (r *renderer) MinSize() fyne.Size { return fyne.NewSize(240, 140) }

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.update()
}

func (r *renderer) Refresh() {
	r.size = r.c.Size()
	r.update()
	r.raster.Refresh()
}

// measure measures text, remembering the widths of text at the tick size:
// tick labels, and the legend (legendSize is the same size), are laid out
// again on every frame with the same few strings.
func (r *renderer) measure(text string, size float32, style fyne.TextStyle) float32 {
	if size != tickSize || (style != fyne.TextStyle{} && style != fyne.TextStyle{Bold: true}) {
		return fyne.MeasureText(text, size, style).Width
	}
	key := text
	if style.Bold {
		key = "\x00" + text
	}
	w, ok := r.measured[key]
	if !ok {
		if len(r.measured) > 4096 { // bounded: tick labels are few, but zooming visits many
			clear(r.measured)
		}
		w = fyne.MeasureText(text, size, style).Width
		r.measured[key] = w
	}
	return w
}

// update lays out a frame and places the labels and the hover card.
func (r *renderer) update() {
	p := r.c.params(r.size)
	p.measure = r.measure
	f := layoutFrame(p)
	r.frame, r.c.frame = f, f
	r.used = 0
	r.raster.Resize(r.size)
	r.raster.Move(fyne.Position{})

	if f.title != "" {
		r.text(f.title, colorText, titleSize, fyne.TextStyle{Bold: true}, fyne.NewPos(pad, pad-2), r.size.Width-2*pad)
	}
	for _, t := range f.ticks {
		style := fyne.TextStyle{Bold: t.Major}
		w := r.measure(t.Label, tickSize, style)
		if t.X-w/2 < 0 || t.X+w/2 > r.size.Width {
			continue // a label cut by the edge reads as a different date
		}
		r.text(t.Label, colorMuted, tickSize, style, fyne.NewPos(t.X-w/2, f.axisY+9), 0)
	}
	tl := r.c.tl
	for i := range f.items {
		pl := &f.items[i]
		it := &tl.Items[pl.item]
		col, style := colorText, fyne.TextStyle{}
		if it.Conflict {
			col = colorConflict
		}
		if it.ID == r.c.selected {
			style.Bold = true
		}
		r.text(pl.label, col, labelSize, style, fyne.NewPos(pl.labelX, pl.y+1), 0)
	}
	for i := range f.clusters {
		cl := &f.clusters[i]
		r.text(cl.label, colorMuted, labelSize, fyne.TextStyle{Bold: true}, fyne.NewPos(cl.x0+6, cl.y+6), 0)
	}
	for _, e := range f.legend {
		r.text(e.text, colorMuted, legendSize, fyne.TextStyle{}, fyne.NewPos(e.x+14, e.y), 0)
	}
	r.cardTop = r.used
	r.layoutCard()

	r.objects = r.objects[:0]
	r.objects = append(r.objects, r.raster)
	for i := 0; i < r.cardTop; i++ {
		r.objects = append(r.objects, r.texts[i])
	}
	r.appendCard()
}

// appendCard adds the hover card's objects after the chart's own.
func (r *renderer) appendCard() {
	if r.cardOn {
		r.objects = append(r.objects, r.card)
		for i := r.cardTop; i < r.used; i++ {
			r.objects = append(r.objects, r.texts[i])
		}
	}
}

// updateCard lays out only the hover card, for pointer moves: the frame,
// the raster and the labels stay as they are. It reports whether anything
// changed on screen.
func (r *renderer) updateCard() bool {
	if r.frame == nil {
		return false
	}
	wasOn := r.cardOn
	r.used = r.cardTop
	r.layoutCard()
	if !wasOn && !r.cardOn {
		return false
	}
	r.objects = r.objects[:1+r.cardTop]
	r.appendCard()
	return true
}

// text shows one pooled label; maxWidth > 0 cuts it to fit.
func (r *renderer) text(s string, col color.Color, size float32, style fyne.TextStyle, pos fyne.Position, maxWidth float32) {
	if maxWidth > 0 {
		for n := len([]rune(s)); n > 4 && r.measure(s, size, style) > maxWidth; n -= 4 {
			s = truncate(s, n-4)
		}
	}
	if r.used == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", col))
	}
	t := r.texts[r.used]
	r.used++
	if t.Text != s || t.Color != col || t.TextSize != size || t.TextStyle != style {
		t.Text, t.Color, t.TextSize, t.TextStyle = s, col, size, style
		t.Resize(t.MinSize())
		t.Refresh()
	}
	t.Move(pos)
}

// layoutCard fills the hover card for what is under the pointer.
func (r *renderer) layoutCard() {
	r.cardOn = false
	c := r.c
	if !c.hovering || r.frame == nil || c.tl == nil {
		return
	}
	pl, cl := r.frame.hit(c.hoverPos)
	var lines []cardLine
	switch {
	case pl != nil:
		lines = itemCard(c.tl, pl.item, r.measure)
	case cl != nil:
		lines = clusterCard(c.tl, cl)
	default:
		return
	}
	h := 10 + float32(len(lines))*cardLineHeight
	w := float32(160)
	for _, l := range lines {
		w = max(w, r.measure(l.text, cardSize, l.style)+20)
	}
	w = min(w, cardWidth, r.size.Width-8)
	pos := c.hoverPos.Add(fyne.NewPos(14, 16))
	if pos.X+w > r.size.Width-4 {
		pos.X = c.hoverPos.X - 14 - w
	}
	if pos.Y+h > r.size.Height-4 {
		pos.Y = c.hoverPos.Y - 12 - h
	}
	// Whatever happens, the card stays inside the chart.
	pos.X = max(4, min(pos.X, r.size.Width-w-4))
	pos.Y = max(4, min(pos.Y, r.size.Height-h-4))
	r.card.Move(pos)
	r.card.Resize(fyne.NewSize(w, h))
	r.card.Refresh()
	y := pos.Y + 5
	for _, l := range lines {
		r.text(l.text, l.color, cardSize, l.style, fyne.NewPos(pos.X+10, y), w-20)
		y += cardLineHeight
	}
	r.cardOn = true
}

// cardLine is one line of the hover card.
type cardLine struct {
	text  string
	color color.Color
	style fyne.TextStyle
}

// cardLineHeight is the height of every line of the hover card.
const cardLineHeight = cardSize + 6

// itemCard writes the hover card of an item: its label, its dates in
// words with how they were found, its source, and the sentence it came from.
func itemCard(tl *timeline.Timeline, i int, measure func(string, float32, fyne.TextStyle) float32) []cardLine {
	it := &tl.Items[i]
	title := it.Label
	if title == "" {
		title = "(no label)"
	}
	lines := []cardLine{{text: title, color: colorText, style: fyne.TextStyle{Bold: true}}}
	when := DescribeInterval(it.Interval) + " · " + it.Kind.Describe()
	lines = append(lines, cardLine{text: when, color: KindColor(it.Kind)})
	if it.Conflict {
		lines = append(lines, cardLine{text: "sources place it at different dates", color: colorConflict})
	}
	if len(it.Refs) == 0 {
		return lines
	}
	if ev := tl.Event(it.Refs[0]); ev != nil && ev.How != "" && len(it.Refs) == 1 {
		lines = append(lines, cardLine{text: ev.How, color: colorMuted, style: fyne.TextStyle{Italic: true}})
	}
	fit := func(s string, n int) []string {
		return wrap(s, cardWidth-20, n, func(s string) float32 { return measure(s, cardSize, fyne.TextStyle{}) })
	}

	// One source: its sentence at length. Several (a group, a conflict):
	// each source's own dates and sentence, shorter, so the reader can
	// compare what each says.
	refs, perQuote := it.Refs, cardLines
	if len(refs) > 1 {
		perQuote = 2
		if len(refs) > maxQuotedSources {
			refs = refs[:maxQuotedSources]
		}
	}
	for _, ref := range refs {
		if ref.Source < 0 || ref.Source >= len(tl.Sources) {
			continue
		}
		ev := tl.Event(ref)
		if len(tl.Sources) > 1 {
			src := tl.Sources[ref.Source].Title()
			if len(it.Refs) > 1 && ev != nil {
				src = DescribeInterval(ev.Interval) + " · " + src
			}
			for _, l := range fit(src, 1) {
				lines = append(lines, cardLine{text: l, color: SourceColor(ref.Source)})
			}
		}
		if ev == nil || tl.Sources[ref.Source].Analysis == nil {
			continue
		}
		doc := tl.Sources[ref.Source].Analysis.Doc
		if doc == nil || ev.Sentence.Start < 0 || ev.Sentence.End > len(doc.Text) || ev.Sentence.Len() <= 0 {
			continue
		}
		sentence := "“" + doc.Quote(ev.Sentence) + "”"
		for _, s := range fit(sentence, perQuote) {
			lines = append(lines, cardLine{text: s, color: colorText})
		}
	}
	if n := len(it.Refs) - len(refs); n > 0 {
		lines = append(lines, cardLine{text: "and " + plural(n, "other source"), color: colorMuted})
	}
	return lines
}

// clusterCard describes a cluster badge.
func clusterCard(tl *timeline.Timeline, cl *cluster) []cardLine {
	lines := []cardLine{
		{text: plural(len(cl.items), "event") + " not shown at this zoom", color: colorText, style: fyne.TextStyle{Bold: true}},
		{text: DescribeInterval(timeline.Interval{Earliest: cl.from, Latest: cl.to.Add(-day)}), color: colorMuted},
	}
	for i, idx := range cl.items {
		if i == 3 {
			lines = append(lines, cardLine{text: "…", color: colorMuted})
			break
		}
		lines = append(lines, cardLine{text: "• " + tl.Items[idx].Label, color: colorText})
	}
	return append(lines, cardLine{text: "click to zoom in", color: colorMuted, style: fyne.TextStyle{Italic: true}})
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// wrap breaks s into at most maxLines lines no wider than width, ending
// with an ellipsis when the text goes on.
func wrap(s string, width float32, maxLines int, measure func(string) float32) []string {
	var lines []string
	line := ""
	words := strings.Fields(s)
	for _, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if measure(try) <= width || line == "" {
			line = try
			continue
		}
		if len(lines) == maxLines-1 {
			lines = append(lines, line+" …")
			return lines
		}
		lines = append(lines, line)
		line = w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// draw paints every shape of the current frame at the raster's pixel size.
func (r *renderer) draw(w, h int) image.Image {
	f := r.frame
	if f == nil || w <= 0 || h <= 0 || r.size.Width <= 0 {
		return image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	}
	if r.paint.img == nil || r.paint.img.Bounds().Dx() != w || r.paint.img.Bounds().Dy() != h {
		r.paint.img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	p := &r.paint
	p.k = float32(w) / r.size.Width
	p.fill(colorBackground)
	r.paintFrame(p, f)
	return p.img
}

func (r *renderer) paintFrame(p *painter, f *frame) {
	c := r.c
	width := f.size.Width
	for _, t := range f.ticks {
		col := colorGrid
		if t.Major {
			col = colorGridMajor
		}
		p.rect(t.X-0.5, f.lanesTop-4, t.X+0.5, f.axisY, col, 0, 0)
	}
	p.rect(0, f.axisY, width, f.axisY+1, colorAxis, 0, 0)
	for _, t := range f.ticks {
		l := float32(5)
		if t.Major {
			l = 8
		}
		p.rect(t.X-0.5, f.axisY, t.X+0.5, f.axisY+l, colorAxis, 0, 0)
	}
	tl := c.tl
	for i := range f.items {
		pl := &f.items[i]
		it := &tl.Items[pl.item]
		col := KindColor(it.Kind)
		top := pl.y + markerTop
		if it.ID == c.selected {
			p.roundRect(pl.left-4, pl.y, pl.right+4, pl.y+laneHeight-1, 4, colorSelected)
		}
		if f.accents && len(it.Refs) > 0 {
			ax := pl.labelX - accentWidth - 3
			p.rect(ax, pl.y+3, ax+accentWidth, pl.y+labelHeight-1, SourceColor(it.Refs[0].Source), 0, 0)
		}
		outline := color.NRGBA{}
		switch {
		case it.ID == c.selected:
			outline = colorText
		case it.Conflict:
			outline = colorConflict
		}
		if pl.point {
			cx, cy := (pl.x0+pl.x1)/2, top+markerHeight/2
			if outline.A != 0 {
				p.circle(cx, cy, pointRadius+1.5, outline)
			}
			p.circle(cx, cy, pointRadius, col)
			continue
		}
		if outline.A != 0 {
			p.frameRect(pl.x0, top, pl.x1, top+markerHeight, 1.5, outline)
		}
		var fadeL, fadeR float32
		fade := min((pl.x1-pl.x0)*0.4, 90)
		if it.Interval.FuzzyStart {
			fadeL = fade
		}
		if it.Interval.FuzzyEnd {
			fadeR = fade
		}
		p.rect(pl.x0, top, pl.x1, top+markerHeight, col, fadeL, fadeR)
	}
	for i := range f.clusters {
		cl := &f.clusters[i]
		p.roundRect(cl.x0, cl.y+3, cl.x1, cl.y+laneHeight-3, 6, colorCluster)
	}
	for _, e := range f.legend {
		y := e.y + 3
		switch {
		case e.kind != "":
			p.roundRect(e.x, y, e.x+10, y+9, 2, KindColor(e.kind))
		case e.source < 0:
			p.frameRect(e.x+1.5, y+1.5, e.x+8.5, y+7.5, 1.5, colorConflict)
		default:
			p.rect(e.x+3, y-1, e.x+3+accentWidth, y+11, SourceColor(e.source), 0, 0)
		}
	}
	if c.focused {
		p.frameRect(1, 1, width-1, f.size.Height-1, 1, color.NRGBA{0x1f, 0x6f, 0xc5, 0x80})
	}
}
