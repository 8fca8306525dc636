package app

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
)

// articleView shows one document's text with every time reference
// highlighted. Each paragraph is its own RichText in a VBox inside a Scroll:
// one RichText for the whole article lays out in time quadratic in its
// length, one per paragraph stays linear.
type articleView struct {
	doc      *timeline.Document
	analysis *timeline.Analysis
	paras    []*paragraphView
	box      *fyne.Container
	scroll   *container.Scroll
	sel      *textSelection // the text the reader selected, drawn under the paragraphs
	layout   *articleLayout

	// onMention is called when the reader taps a highlighted reference.
	onMention func(m *timeline.Mention)

	// The current selection: a sentence drawn in the accent colour and the
	// mentions drawn solid. Zero when nothing is selected.
	selSentence timeline.Span
	selMentions map[string]bool
	selTriggers []timeline.Span // the selected event's words, underlined
	marks       *fyne.Container // the underlines, drawn over the text (see placeMarks)

	// width is the width the paragraphs were last wrapped for, 0 before the
	// first layout.
	width   float32
	measure *runeWidths
}

// paragraphView is one paragraph of the article.
type paragraphView struct {
	span     timeline.Span
	title    bool  // the document's title line, drawn as a heading
	mentions []int // indices into analysis.Mentions, in text order
	rich     *widget.RichText
	bg       *canvas.Rectangle // tinted while the paragraph holds the selection
	obj      fyne.CanvasObject
	breaks   string // where rows were ended before highlights (see breakBeforeOverflow)
	gen      int    // bumped when the segments change, so their rows are worked out again
}

func newArticleView(a *timeline.Analysis, onMention func(*timeline.Mention)) *articleView {
	v := &articleView{doc: a.Doc, onMention: onMention}
	v.sel = newTextSelection(v)
	v.layout = &articleLayout{v: v}
	v.box = container.New(v.layout)
	paras := a.Doc.Paragraphs
	if len(paras) == 0 && len(a.Doc.Text) > 0 {
		paras = []timeline.Span{{Start: 0, End: len(a.Doc.Text)}}
	}
	for i, sp := range paras {
		p := &paragraphView{span: sp, rich: widget.NewRichText(), bg: canvas.NewRectangle(nil)}
		p.title = i == 0 && a.Doc.Title != "" && a.Doc.Text[sp.Start:sp.End] == a.Doc.Title
		p.rich.Wrapping = fyne.TextWrapWord
		p.bg.CornerRadius = 4
		p.obj = container.NewStack(p.bg, p.rich)
		v.paras = append(v.paras, p)
		v.box.Add(p.obj)
	}
	v.marks = container.NewWithoutLayout()
	v.scroll = container.NewVScroll(container.NewStack(v.sel, v.box, v.marks))
	v.setAnalysis(a)
	return v
}

// setAnalysis shows a new analysis of the same document (after the document
// date changed, say) and clears the selection.
func (v *articleView) setAnalysis(a *timeline.Analysis) {
	v.analysis = a
	v.selSentence, v.selMentions, v.selTriggers = timeline.Span{}, nil, nil
	v.sel.clear()
	v.placeMarks()
	for _, p := range v.paras {
		p.mentions = p.mentions[:0]
	}
	// Mentions are in text order; assign each to the paragraph holding its
	// start and drop the ones that overlap an earlier mention, so segments
	// never overlap.
	order := make([]int, len(a.Mentions))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return a.Mentions[order[i]].Start < a.Mentions[order[j]].Start })
	lastEnd := -1
	for _, mi := range order {
		m := &a.Mentions[mi]
		if m.Start < lastEnd || m.Start < 0 || m.End > len(v.doc.Text) || m.End <= m.Start {
			continue
		}
		p := v.paragraphAt(m.Start)
		if p == nil || m.End > p.span.End {
			continue // spans a paragraph break: leave it unmarked rather than split it
		}
		p.mentions = append(p.mentions, mi)
		lastEnd = m.End
	}
	for _, p := range v.paras {
		v.render(p)
	}
}

// paragraphAt returns the paragraph containing byte offset off, or nil.
func (v *articleView) paragraphAt(off int) *paragraphView {
	i := sort.Search(len(v.paras), func(i int) bool { return v.paras[i].span.End > off })
	if i < len(v.paras) && v.paras[i].span.Start <= off {
		return v.paras[i]
	}
	return nil
}

// render rebuilds a paragraph's segments from the analysis and selection.
func (v *articleView) render(p *paragraphView) { v.renderFor(p, true) }

// renderFor rebuilds a paragraph's segments; unless force is set, it
// leaves the paragraph alone when the rows it ends early are the same, as
// after most width changes: Fyne wraps the text again anyway, and
// refreshing it as well would lay out the whole article twice.
func (v *articleView) renderFor(p *paragraphView, force bool) {
	text := v.doc.Text
	var segs []widget.RichTextSegment
	plain := func(from, to int) {
		// Split plain text at the selected sentence's bounds so that part
		// can be drawn in the accent colour.
		s := v.selSentence
		for from < to {
			end := to
			inSel := s.Len() > 0 && s.Contains(from)
			switch {
			case inSel && s.End < end:
				end = s.End
			case !inSel && s.Len() > 0 && s.Start > from && s.Start < end:
				end = s.Start
			}

			style := widget.RichTextStyle{Inline: true}
			if p.title {
				style.SizeName, style.TextStyle = theme.SizeNameSubHeadingText, fyne.TextStyle{Bold: true}
			}
			if inSel {
				// Bold in the text colour on the selection background: the
				// primary blue on it read at 3.1:1.
				style.TextStyle.Bold = true
			}

			segs = append(segs, &widget.TextSegment{Text: text[from:end], Style: style})
			from = end
		}
	}
	at := p.span.Start
	for _, mi := range p.mentions {
		m := &v.analysis.Mentions[mi]
		plain(at, m.Start)
		segs = append(segs, &highlightSegment{
			text:     text[m.Start:m.End],
			kind:     m.Kind,
			selected: v.selMentions[m.ID],
			onTapped: func() {
				if v.onMention != nil {
					v.onMention(m)
				}
			},
		})
		at = m.End
	}
	plain(at, p.span.End)
	if v.measure == nil {
		v.measure = &runeWidths{}
	}
	segs = breakBeforeOverflow(segs, v.width-2*theme.Size(theme.SizeNameInnerPadding), v.measure)
	breaks := rowEnds(segs)
	if !force && breaks == p.breaks {
		return
	}
	p.breaks = breaks
	p.rich.Segments = segs
	p.gen++
	p.rich.Refresh()
	v.layout.minKnown = false // its height may have changed
	if v.selSentence.Len() > 0 && p.span.Overlaps(v.selSentence) {
		p.bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		p.bg.FillColor = nil
	}
	p.bg.Refresh()
}

// selectSpan marks a sentence, the given mentions and the words of the
// event (its triggers) as selected and redraws only the paragraphs whose
// look changes.
func (v *articleView) selectSpan(sentence timeline.Span, mentionIDs []string, triggers ...timeline.Span) {
	v.sel.clear() // the newest selection wins: see clipboard.go
	dirty := map[*paragraphView]bool{}
	mark := func(sp timeline.Span) {
		for _, p := range v.paras {
			if sp.Len() > 0 && p.span.Overlaps(sp) {
				dirty[p] = true
			}
		}
	}
	mark(v.selSentence)
	for _, tr := range v.selTriggers {
		mark(tr)
	}
	v.selTriggers = triggers
	for _, tr := range triggers {
		mark(tr)
	}
	for id := range v.selMentions {
		if m := v.analysis.MentionByID(id); m != nil {
			mark(m.Span)
		}
	}
	v.selSentence = sentence
	v.selMentions = map[string]bool{}
	for _, id := range mentionIDs {
		v.selMentions[id] = true
		if m := v.analysis.MentionByID(id); m != nil {
			mark(m.Span)
		}
	}
	mark(sentence)
	for _, p := range v.paras { // in order, for deterministic refreshes
		if dirty[p] {
			v.render(p)
		}
	}
	v.placeMarks()
}

// underlineHeight is the thickness of the line under the selected event's
// words.
const underlineHeight = 2

// placeMarks draws a line under each of the selected event's triggers, on
// every row the trigger is laid out on. Fyne's RichText does not draw
// underlined text, so the rows are worked out as the text selection does.
func (v *articleView) placeMarks() {
	if v.marks == nil {
		return
	}
	var objs []fyne.CanvasObject
	col := theme.Color(theme.ColorNameForeground)
	for _, tr := range v.selTriggers {
		p := v.paragraphAt(tr.Start)
		if p == nil || tr.Len() <= 0 {
			continue
		}
		origin := p.obj.Position()
		for _, row := range v.sel.geometry(p) {
			if row.end <= tr.Start || row.start >= tr.End {
				continue
			}
			x0 := xAt(row, v.doc.Text, max(tr.Start, row.start))
			x1 := xAt(row, v.doc.Text, min(tr.End, row.end))
			if x1 <= x0 {
				continue
			}
			line := canvas.NewRectangle(col)
			line.Move(fyne.NewPos(origin.X+x0, origin.Y+row.y+row.height-underlineHeight))
			line.Resize(fyne.NewSize(x1-x0, underlineHeight))
			objs = append(objs, line)
		}
	}
	v.marks.Objects = objs
	v.marks.Refresh()
}

// scrollTo scrolls so the text at byte offset off sits a third of the way
// down the view, where the eye looks first.
func (v *articleView) scrollTo(off int) {
	p := v.paragraphAt(off)
	if p == nil {
		return
	}
	y := p.obj.Position().Y
	if n := p.span.Len(); n > 0 {
		// Within a long paragraph, estimate the line by the offset's share
		// of the paragraph; wrapped RichText offers no offset-to-row lookup.
		y += p.obj.Size().Height * float32(off-p.span.Start) / float32(n)
	}
	y -= v.scroll.Size().Height / 3
	maxY := v.box.MinSize().Height - v.scroll.Size().Height
	v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, min(y, maxY))))
}

// articleLayout stacks the paragraphs like a VBox and, when the width
// changes, wraps the paragraphs holding highlights again for it (see
// breakBeforeOverflow).
//
// It keeps their minimum size between layouts: the scroll container asks
// for it on every wheel step, and adding up thousands of wrapped
// paragraphs each time made a long article scroll slowly (2,000
// paragraphs: tens of milliseconds a step). A layout, which wraps them
// again, and a paragraph drawn anew forget it.
type articleLayout struct {
	v        *articleView
	min      fyne.Size
	minKnown bool
}

func (l *articleLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if !l.minKnown {
		l.min, l.minKnown = layout.NewVBoxLayout().MinSize(objs), true
	}
	return l.min
}

func (l *articleLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	defer func() { l.minKnown = false }() // the paragraphs were wrapped for this width
	if v := l.v; size.Width != v.width {
		v.width = size.Width
		for _, p := range v.paras {
			if len(p.mentions) > 0 {
				v.renderFor(p, false)
			}
		}
	}
	layout.NewVBoxLayout().Layout(objs, size)
	if a, b := l.v.sel.bounds(); a != b {
		l.v.sel.Refresh() // the paragraphs moved and wrapped again
	}
	if len(l.v.selTriggers) > 0 {
		l.v.placeMarks()
	}
}

// breakBeforeOverflow ends the row before a highlight that would not fit
// at the end of its row. Fyne's RichText never moves an inline object to the
// next row: it lets it overflow, and the text after it is then wrapped to
// the negative width left, one character per row, for the rest of the
// paragraph. So the rows are followed here as Fyne fills them, word by
// word, and the text segment before an overflowing highlight is made a
// block, which ends its row. A small margin covers differences of
// measurement: a row ended a little early does no harm.
func breakBeforeOverflow(segs []widget.RichTextSegment, width float32, m *runeWidths) []widget.RichTextSegment {
	if width <= 0 {
		return segs
	}
	textSize := theme.Size(theme.SizeNameText)
	margin := m.width("MM", textSize, fyne.TextStyle{})
	out := make([]widget.RichTextSegment, 0, len(segs)+1)
	x := float32(0)
	for _, seg := range segs {
		switch s := seg.(type) {
		case *widget.TextSegment:
			size := textSize
			if s.Style.SizeName != "" {
				size = theme.Size(s.Style.SizeName)
			}
			x = m.advance(x, width, s.Text, size, s.Style.TextStyle)
		case *highlightSegment:
			w := m.width(s.text, textSize, s.style())
			if x > 0 && x+w > width-margin {
				if prev, ok := out[len(out)-1].(*widget.TextSegment); ok {
					prev.Style.Inline = false
				} else {
					out = append(out, &widget.TextSegment{Style: widget.RichTextStyle{Inline: false}})
				}
				x = 0
			}
			x += w
		}
		out = append(out, seg)
	}
	return out
}

// rowEnds lists the segments that end their row, as a comparable string.
func rowEnds(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for i, s := range segs {
		if !s.Inline() {
			fmt.Fprintf(&b, "%d,", i)
		}
	}
	return b.String()
}

// runeWidths measures text as the sum of its characters' widths, each
// measured once. Shaping every word of a long article with Fyne costs
// as much as laying it out; the sum ignores kerning, which the margin in
// breakBeforeOverflow covers.
type runeWidths struct {
	widths map[runeFont]map[rune]float32
}

type runeFont struct {
	size  float32
	style fyne.TextStyle
}

func (m *runeWidths) width(s string, size float32, style fyne.TextStyle) float32 {
	if m.widths == nil {
		m.widths = map[runeFont]map[rune]float32{}
	}
	k := runeFont{size, style}
	font := m.widths[k]
	if font == nil {
		font = map[rune]float32{}
		m.widths[k] = font
	}
	w := float32(0)
	for _, r := range s {
		rw, ok := font[r]
		if !ok {
			rw = fyne.MeasureText(string(r), size, style).Width
			font[r] = rw
		}
		w += rw
	}
	return w
}

// advance returns where a row ends after text starting at x is wrapped at
// spaces to width.
func (m *runeWidths) advance(x, width float32, text string, size float32, style fyne.TextStyle) float32 {
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			x = 0
		}
		for _, word := range strings.SplitAfter(line, " ") {
			if word == "" {
				continue
			}
			w := m.width(strings.TrimRight(word, " "), size, style)
			if x > 0 && x+w > width {
				x = 0
			}
			x += w + m.width(word[len(strings.TrimRight(word, " ")):], size, style)
		}
	}
	return x
}
