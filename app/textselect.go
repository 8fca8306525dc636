package app

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Selecting the article's text.
//
// Fyne 2.7.1 selects text only in an Entry and in a Label with Selectable
// set (widget/selectable.go): one widget, one text style. RichText, which
// the article is made of (one per paragraph, with inline highlight widgets),
// has none, and no selection crosses from one widget to the next. So the
// article selects on its own: a textSelection lies under all paragraphs,
// takes the mouse where the highlights above it do not (a tap on a
// highlight still selects its event; a drag starting on one selects
// text), and keeps the selection as two byte offsets into the document.
// Points become offsets and offsets rectangles through paragraphRows,
// worked out only for the paragraphs at the ends of the selection (cached
// until they are wrapped again); the paragraphs between are covered by one
// rectangle. So a selection costs the same on a long article as on a short
// one, and scrolling nothing.

// textSelection is the article's selection layer and its keyboard focus.
type textSelection struct {
	widget.BaseWidget
	v *articleView

	// anchor is where the selection began, caret where it ends now; both
	// byte offsets into the document. Equal: nothing is selected.
	anchor, caret int
	dragging      bool

	rows map[*paragraphView]paragraphGeometry
}

// paragraphGeometry caches a paragraph's rows for one layout of it.
type paragraphGeometry struct {
	width float32
	gen   int
	rows  []textRow
}

var (
	_ fyne.Focusable                     = (*textSelection)(nil)
	_ fyne.Shortcutable                  = (*textSelection)(nil)
	_ fyne.Draggable                     = (*textSelection)(nil)
	_ fyne.DoubleTappable                = (*textSelection)(nil)
	_ fyne.SecondaryTappable             = (*textSelection)(nil)
	_ desktop.Mouseable                  = (*textSelection)(nil)
	_ desktop.Cursorable                 = (*textSelection)(nil)
	_ interface{ SelectedText() string } = (*textSelection)(nil)
)

func newTextSelection(v *articleView) *textSelection {
	s := &textSelection{v: v, rows: map[*paragraphView]paragraphGeometry{}}
	s.ExtendBaseWidget(s)
	return s
}

// bounds returns the selection as a range of document offsets.
func (s *textSelection) bounds() (int, int) {
	return min(s.anchor, s.caret), max(s.anchor, s.caret)
}

// SelectedText returns the selected part of the document, as written there.
func (s *textSelection) SelectedText() string {
	a, b := s.bounds()
	if a == b || a < 0 || b > len(s.v.doc.Text) {
		return ""
	}
	return s.v.doc.Text[a:b]
}

// set selects from anchor to caret and redraws.
func (s *textSelection) set(anchor, caret int) {
	if anchor < 0 || caret < 0 {
		return
	}
	s.anchor, s.caret = anchor, caret
	s.Refresh()
}

// clear selects nothing.
func (s *textSelection) clear() {
	if s.anchor != s.caret {
		s.set(s.caret, s.caret)
	}
}

// selectAll selects the article from its first paragraph to its last.
func (s *textSelection) selectAll() {
	if n := len(s.v.paras); n > 0 {
		s.set(s.v.paras[0].span.Start, s.v.paras[n-1].span.End)
	}
}

// geometry returns a paragraph's rows as laid out now.
func (s *textSelection) geometry(p *paragraphView) []textRow {
	w := p.rich.Size().Width
	if g, ok := s.rows[p]; ok && g.width == w && g.gen == p.gen {
		return g.rows
	}
	rows := paragraphRows(p.rich, p.span.Start)
	s.rows[p] = paragraphGeometry{width: w, gen: p.gen, rows: rows}
	return rows
}

// offsetAt returns the document offset under a point of the article (the
// selection layer's coordinates, which are the paragraphs' box's).
func (s *textSelection) offsetAt(pos fyne.Position) int {
	paras := s.v.paras
	if len(paras) == 0 {
		return -1
	}
	// The paragraph under y, or the nearest above it (between paragraphs).
	i := 0
	for lo, hi := 0, len(paras)-1; lo <= hi; {
		mid := (lo + hi) / 2
		if paras[mid].obj.Position().Y <= pos.Y {
			i, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	p := paras[i]
	local := pos.Subtract(p.obj.Position())
	if local.Y > p.obj.Size().Height && i+1 < len(paras) {
		return p.span.End // in the gap below it
	}
	off := offsetAt(s.geometry(p), s.v.doc.Text, local)
	if off < 0 {
		return p.span.Start
	}
	return off
}

// Cursor is the text cursor: the article's text can be selected.
func (s *textSelection) Cursor() desktop.Cursor { return desktop.TextCursor }

// MouseDown starts a selection where the button went down, or extends the
// current one there with Shift, and takes the keyboard focus so that
// Ctrl+C and Ctrl+A reach the article.
func (s *textSelection) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	s.focus()
	off := s.offsetAt(ev.Position)
	if ev.Modifier&fyne.KeyModifierShift != 0 {
		s.set(s.anchor, off)
		return
	}
	s.set(off, off)
}

func (s *textSelection) MouseUp(*desktop.MouseEvent) {}

// focus gives the article the keyboard focus.
func (s *textSelection) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && c.Focused() != s {
		c.Focus(s)
	}
}

// Dragged moves the selection's end with the pointer, scrolling the
// article when the pointer leaves it above or below.
func (s *textSelection) Dragged(ev *fyne.DragEvent) {
	if !s.dragging {
		// A drag that starts on a highlight had no MouseDown here: the
		// driver sends the button to the topmost tappable object.
		s.dragging = true
		s.focus()
		if start := s.offsetAt(ev.Position.Subtract(ev.Dragged)); start >= 0 && s.anchor == s.caret {
			s.anchor = start
		}
	}
	s.autoScroll(ev.Position.Y)
	s.set(s.anchor, s.offsetAt(ev.Position))
}

func (s *textSelection) DragEnd() { s.dragging = false }

// autoScroll scrolls the article so that y (in the article's coordinates)
// comes into view.
func (s *textSelection) autoScroll(y float32) {
	sc := s.v.scroll
	top, h := sc.Offset.Y, sc.Size().Height
	var to float32
	switch {
	case y < top:
		to = y
	case y > top+h:
		to = y - h
	default:
		return
	}
	maxY := sc.Content.Size().Height - h // not MinSize: that measures every paragraph
	sc.ScrollToOffset(fyne.NewPos(0, max(0, min(to, maxY))))
}

// DoubleTapped selects the word under the pointer.
func (s *textSelection) DoubleTapped(ev *fyne.PointEvent) {
	s.focus()
	off := s.offsetAt(ev.Position)
	text := s.v.doc.Text
	if off < 0 || off > len(text) {
		return
	}
	isWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
	}
	start, end := off, off
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !isWord(r) {
			break
		}
		start -= n
	}
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !isWord(r) {
			break
		}
		end += n
	}
	s.set(start, end)
}

// TappedSecondary offers Copy and Select All.
func (s *textSelection) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil {
		return
	}
	cp := fyne.NewMenuItem("Copy", func() { s.TypedShortcut(&fyne.ShortcutCopy{}) })
	cp.Disabled = s.SelectedText() == ""
	all := fyne.NewMenuItem("Select All", s.selectAll)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", cp, all), c, ev.AbsolutePosition)
}

func (s *textSelection) FocusGained() {}
func (s *textSelection) FocusLost()   {}
func (s *textSelection) TypedRune(r rune) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && c.OnTypedRune() != nil {
		c.OnTypedRune()(r)
	}
}

// TypedKey passes keys on to the window, as if the article had no focus.
func (s *textSelection) TypedKey(ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

// TypedShortcut copies the selection and selects all; other shortcuts go
// on to the window's.
func (s *textSelection) TypedShortcut(sc fyne.Shortcut) {
	switch sc := sc.(type) {
	case *fyne.ShortcutCopy:
		if text := s.SelectedText(); text != "" {
			cb := sc.Clipboard
			if cb == nil {
				cb = fyne.CurrentApp().Clipboard()
			}
			cb.SetContent(text)
		}
	case *fyne.ShortcutSelectAll:
		s.selectAll()
	default:
		if c, ok := fyne.CurrentApp().Driver().CanvasForObject(s).(fyne.Shortcutable); ok {
			c.TypedShortcut(sc)
		}
	}
}

func (s *textSelection) CreateRenderer() fyne.WidgetRenderer {
	return &selectionRenderer{s: s}
}

// selectionRenderer draws the selection as rectangles behind the text: the
// selected rows of the paragraphs at its two ends, and one block over the
// paragraphs between.
type selectionRenderer struct {
	s       *textSelection
	rects   []*canvas.Rectangle
	objects []fyne.CanvasObject
}

func (r *selectionRenderer) Layout(fyne.Size)             {}
func (r *selectionRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *selectionRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *selectionRenderer) Destroy()                     {}

func (r *selectionRenderer) Refresh() {
	s := r.s
	boxes := s.boxes()
	col := theme.ColorForWidget(theme.ColorNameSelection, s)
	for len(r.rects) < len(boxes) {
		r.rects = append(r.rects, canvas.NewRectangle(col))
	}
	r.objects = r.objects[:0]
	for i, b := range boxes {
		rect := r.rects[i]
		rect.FillColor = col
		rect.Move(b.pos)
		rect.Resize(b.size)
		rect.Refresh()
		r.objects = append(r.objects, rect)
	}
	canvas.Refresh(s)
}

type box struct {
	pos  fyne.Position
	size fyne.Size
}

// boxes returns the rectangles covering the selection, in the article's
// coordinates: the selected rows of the paragraphs where it begins and
// ends (full rows reach the right margin), and one block from the first's
// last row to the last's first row, over the paragraphs between.
func (s *textSelection) boxes() []box {
	a, b := s.bounds()
	if a == b {
		return nil
	}
	v := s.v
	first, last := v.firstParagraphEndingAfter(a), v.lastParagraphStartingBefore(b)
	if first < 0 || last < 0 || first > last {
		return nil
	}
	var out []box
	// rows adds the selected rows of paragraph p between from and to and
	// returns the top of the first and the bottom of the last.
	rows := func(p *paragraphView, from, to int, toEdge bool) (top, bottom float32, ok bool) {
		geo := s.geometry(p)
		origin := p.obj.Position()
		right := p.obj.Size().Width - theme.SizeForWidget(theme.SizeNameInnerPadding, p.rich)
		for i, row := range geo {
			next := p.span.End
			if i+1 < len(geo) {
				next = geo[i+1].start
			}
			if row.start >= to || next <= from {
				continue
			}
			x0 := xAt(row, v.doc.Text, max(from, row.start))
			x1 := max(right, x0)
			if to < row.end || to == row.end && !toEdge {
				x1 = xAt(row, v.doc.Text, to)
			}
			if !ok {
				top, ok = origin.Y+row.y, true
			}
			bottom = origin.Y + row.y + row.height
			if x1 > x0 {
				out = append(out, box{fyne.NewPos(origin.X+x0, origin.Y+row.y), fyne.NewSize(x1-x0, row.height)})
			}
		}
		return top, bottom, ok
	}
	pf, pl := v.paras[first], v.paras[last]
	if first == last {
		rows(pf, a, b, false)
		return out
	}
	_, blockTop, ok := rows(pf, a, pf.span.End, true)
	if !ok {
		blockTop = pf.obj.Position().Y + pf.obj.Size().Height
	}
	blockBottom, _, ok := rows(pl, pl.span.Start, b, false)
	if !ok {
		blockBottom = pl.obj.Position().Y
	}
	if blockBottom > blockTop {
		pad := theme.SizeForWidget(theme.SizeNameInnerPadding, pf.rich)
		out = append(out, box{fyne.NewPos(pad, blockTop), fyne.NewSize(max(0, s.Size().Width-2*pad), blockBottom-blockTop)})
	}
	return out
}

// firstParagraphEndingAfter returns the index of the first paragraph that
// ends after byte offset off, or -1.
func (v *articleView) firstParagraphEndingAfter(off int) int {
	i := sort.Search(len(v.paras), func(i int) bool { return v.paras[i].span.End > off })
	if i == len(v.paras) {
		return -1
	}
	return i
}

// lastParagraphStartingBefore returns the index of the last paragraph that
// starts before byte offset off, or -1.
func (v *articleView) lastParagraphStartingBefore(off int) int {
	return sort.Search(len(v.paras), func(i int) bool { return v.paras[i].span.Start >= off }) - 1
}
