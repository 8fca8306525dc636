package chart

import (
	"image"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

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
	pal    *palette

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
	r.pal = &lightPalette
	r.card = canvas.NewRectangle(r.pal.cardFill)
	r.card.StrokeColor = r.pal.cardLine
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
	c := r.c
	p := c.params(r.size)
	p.measure = r.measure
	f := c.layout(p)
	r.frame = f
	r.used = 0
	r.raster.Resize(r.size)
	r.raster.Move(fyne.Position{})
	r.pal = paletteFor(r.darkTheme())
	drawTexts(textSurface{r}, f, r.state())
	r.cardTop = r.used
	r.layoutCard()

	r.objects = r.objects[:0]
	r.objects = append(r.objects, r.raster)
	for i := 0; i < r.cardTop; i++ {
		r.objects = append(r.objects, r.texts[i])
	}
	r.appendCard()
}

// darkTheme reports whether the chart is on a dark theme: on screen it
// follows the app's theme; an export is dark only when asked.
func (r *renderer) darkTheme() bool {
	c := r.c
	if c.export || c.autoHeight {
		return c.dark
	}
	th := c.Theme()
	app := fyne.CurrentApp()
	if th == nil || app == nil {
		return false
	}
	bg := th.Color(theme.ColorNameBackground, app.Settings().ThemeVariant())
	rr, gg, bb, _ := bg.RGBA()
	return (299*rr+587*gg+114*bb)/1000 < 0x8000
}

// state is what drawing the current frame needs besides the frame.
func (r *renderer) state() drawState {
	return drawState{tl: r.c.tl, selected: r.c.selIdx, focused: r.c.focused, pal: r.pal, measure: r.measure}
}

// textSurface places the text of a drawing in pooled canvas.Text objects;
// the shapes go to the raster.
type textSurface struct{ r *renderer }

func (textSurface) rect(float32, float32, float32, float32, color.NRGBA, float32, float32) {}
func (textSurface) roundRect(float32, float32, float32, float32, float32, color.NRGBA)     {}
func (textSurface) circle(float32, float32, float32, color.NRGBA)                          {}
func (t textSurface) text(s string, x, y, size float32, style fyne.TextStyle, c color.NRGBA) {
	t.r.text(s, c, size, style, fyne.NewPos(x, y), 0)
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
		lines = itemCard(c.tl, pl.item, r.pal, c.sourceName, r.measure)
	case cl != nil:
		lines = clusterCard(c.tl, cl, r.pal)
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
	r.card.FillColor, r.card.StrokeColor = r.pal.cardFill, r.pal.cardLine
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
func itemCard(tl *timeline.Timeline, i int, pal *palette, names func(int) string, measure func(string, float32, fyne.TextStyle) float32) []cardLine {
	it := &tl.Items[i]
	title := it.Label
	if title == "" {
		title = "(no label)"
	}
	lines := []cardLine{{text: title, color: pal.text, style: fyne.TextStyle{Bold: true}}}
	when := DescribeInterval(it.Interval) + " · " + it.Kind.Describe()
	lines = append(lines, cardLine{text: when, color: KindColor(it.Kind)})
	if it.Conflict {
		lines = append(lines, cardLine{text: "sources place it at different dates", color: pal.conflict})
	}
	if it.State {
		lines = append(lines, cardLine{text: "present state: how things stood then, not a happening", color: pal.muted,
			style: fyne.TextStyle{Italic: true}})
	}
	if len(it.Refs) == 0 {
		return lines
	}
	if ev := tl.Event(it.Refs[0]); ev != nil && ev.How != "" && len(it.Refs) == 1 {
		how := ExplainHow(tl.Sources[it.Refs[0].Source].Analysis, ev.How)
		lines = append(lines, cardLine{text: how, color: pal.muted, style: fyne.TextStyle{Italic: true}})
	}
	fit := func(s string, n int) []string {
		return wrap(s, cardWidth-20, n, func(s string) float32 { return measure(s, cardSize, fyne.TextStyle{}) })
	}
	if why := anchorWhy(tl, it.Refs[0]); why != "" && len(it.Refs) == 1 {
		for _, l := range fit("why: "+why, 2) {
			lines = append(lines, cardLine{text: l, color: pal.muted, style: fyne.TextStyle{Italic: true}})
		}
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
			src := names(ref.Source)
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
			lines = append(lines, cardLine{text: s, color: pal.text})
		}
		if ev.Reporter != "" { // the label is what was reported; say who reported it
			for _, l := range fit("reported by "+ev.Reporter, 1) {
				lines = append(lines, cardLine{text: l, color: pal.muted, style: fyne.TextStyle{Italic: true}})
			}
		}
		if len(ev.Also) > 0 && len(it.Refs) == 1 { // told again further on: the first retelling, short
			for _, l := range fit("also: “"+doc.Quote(ev.Also[0].Sentence)+"”", 1) {
				lines = append(lines, cardLine{text: l, color: pal.muted})
			}
		}
	}
	if n := len(it.Refs) - len(refs); n > 0 {
		lines = append(lines, cardLine{text: "and " + plural(n, "other source"), color: pal.muted})
	}
	return lines
}

// clusterCard describes a cluster badge.
func clusterCard(tl *timeline.Timeline, cl *cluster, pal *palette) []cardLine {
	lines := []cardLine{
		{text: plural(len(cl.items), "event") + " without a lane at this zoom", color: pal.text, style: fyne.TextStyle{Bold: true}},
		{text: DescribeInterval(timeline.Interval{Earliest: cl.from, Latest: cl.to.Add(-day)}), color: pal.muted},
	}
	for i, idx := range cl.items {
		if i == 3 {
			lines = append(lines, cardLine{text: "…", color: pal.muted})
			break
		}
		lines = append(lines, cardLine{text: "• " + tl.Items[idx].Label, color: pal.text})
	}
	return append(lines, cardLine{text: "click to give them lanes", color: pal.muted, style: fyne.TextStyle{Italic: true}})
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
	p.fill(r.pal.background)
	drawFrame(p, f, r.state())
	p.ready()
	return p.img
}

// anchorWhy says why the reference that dates an event took its anchor
// ("continues the last date of the narrative, in the same paragraph"), or
// "" for an explicit date.
func anchorWhy(tl *timeline.Timeline, ref timeline.Ref) string {
	ev := tl.Event(ref)
	if ev == nil || len(ev.Mentions) == 0 || tl.Sources[ref.Source].Analysis == nil {
		return ""
	}
	m := tl.Sources[ref.Source].Analysis.MentionByID(ev.Mentions[0])
	if m == nil || m.AnchorWhy == "" {
		return ""
	}
	return m.AnchorWhy.Describe()
}
