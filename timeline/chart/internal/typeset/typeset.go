// Package typeset shapes and rasterizes lines of text into RGBA images,
// for pictures drawn without a window (the chart's PNG export).
//
// Fyne's software painter shapes every string with HarfBuzz and fills its
// glyph outlines afresh each time it draws it; a picture of 10,000 events
// has tens of thousands of labels made of a few hundred distinct glyphs.
// A Typesetter shapes each word once (or each string, where words cannot be
// shaped apart), rasterizes each glyph once per size and sub-pixel offset,
// and copies the coverage masks into the picture. It uses the same fonts
// and shaper as the window (go-text's HarfBuzz port), so widths and glyph
// positions agree with what Fyne draws on screen.
//
// A Typesetter is not safe for concurrent use.
package typeset

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"
	"sync"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// Style is one of the four faces of the family.
type Style uint8

const (
	Regular Style = 0
	Bold    Style = 1
	Italic  Style = 2
	// BoldItalic is Bold|Italic.
	BoldItalic Style = Bold | Italic
)

// phases is how many sub-pixel horizontal offsets a glyph is rasterized
// at: a quarter pixel is finer than the eye tells apart at text sizes.
const phases = 4

// Typesetter measures and draws text in one font family.
type Typesetter struct {
	faces    [4]*font.Face
	fallback *fallback

	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	runes  []rune

	words  map[runKey]*run // words shaped alone (simple scripts)
	lines  map[runKey]*run // whole strings (scripts shaped as a unit)
	ascent map[runKey]float32
	masks  map[maskKey]*mask
	z      vector.Rasterizer
}

// New parses the family's four faces (TrueType or OpenType data).
func New(regular, bold, italic, boldItalic []byte) (*Typesetter, error) {
	t := &Typesetter{
		words:  map[runKey]*run{},
		lines:  map[runKey]*run{},
		ascent: map[runKey]float32{},
		masks:  map[maskKey]*mask{},
	}
	for i, data := range [4][]byte{regular, bold, italic, boldItalic} {
		f, err := font.ParseTTF(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("typeset: parsing face %d: %w", i, err)
		}
		t.faces[i] = f
	}
	t.fallback = &fallback{faces: t.faces}
	return t, nil
}

// runKey names a shaped string or word at a size (in the caller's units).
type runKey struct {
	text  string
	size  float32
	style Style
}

// run is shaped text: its glyphs with their pen positions from the run's
// start, in the caller's units, and how far it advances.
type run struct {
	glyphs  []glyph
	advance float32
}

type glyph struct {
	face *font.Face
	id   font.GID
	x, y float32 // the glyph's origin relative to the run's start; y grows down
}

// Width returns how wide s is at size (in the caller's units, as the
// size): the advance of its shaped glyphs.
func (t *Typesetter) Width(s string, size float32, style Style) float32 {
	w := float32(0)
	t.walk(s, size, style, func(r *run, x float32) { w = x + r.advance })
	return w
}

// Ascent returns the distance from the top of a line of text at size to
// its baseline, as Fyne places a canvas.Text: the font's ascender.
func (t *Typesetter) Ascent(size float32, style Style) float32 {
	k := runKey{size: size, style: style}
	a, ok := t.ascent[k]
	if !ok {
		t.runes = append(t.runes[:0], ' ')
		out := t.shaper.Shape(shaping.Input{Text: t.runes, RunEnd: 1, Direction: di.DirectionLTR,
			Face: t.face(style), Size: toFixed(size), Script: language.Latin})
		a = fromFixed(out.LineBounds.Ascent)
		t.ascent[k] = a
	}
	return a
}

// Draw draws s in colour c into dst with its top left corner at (x, y),
// in the caller's units, which scale k turns into pixels. Like Fyne's
// painter it puts the corner on whole pixels (rounding up) and the
// baseline the font's ascent under it, rounded up.
func (t *Typesetter) Draw(dst *image.RGBA, s string, x, y, size, k float32, style Style, c color.NRGBA) {
	if c.A == 0 || s == "" {
		return
	}
	px := float32(math.Ceil(float64(x * k)))
	base := float32(math.Ceil(float64(y*k))) + float32(math.Ceil(float64(t.Ascent(size, style)*k)))
	b := dst.Bounds()
	if base-2*size*k > float32(b.Max.Y) || base+size*k < float32(b.Min.Y) || px > float32(b.Max.X) {
		return
	}
	pxSize := size * k
	t.walk(s, size, style, func(r *run, at float32) {
		for _, g := range r.glyphs {
			gx := px + (at+g.x)*k
			if gx > float32(b.Max.X) {
				return
			}
			fx := float32(math.Floor(float64(gx)))
			ph := int((gx-fx)*phases + 0.5)
			if ph == phases {
				fx, ph = fx+1, 0
			}
			m := t.mask(g.face, g.id, pxSize, ph)
			if m == nil {
				continue
			}
			m.blit(dst, int(fx), int(base+g.y*k), c)
		}
	})
}

// walk calls fn with each shaped piece of s and where it starts (in the
// caller's units): the words of s one by one when its script allows it,
// else s shaped whole.
func (t *Typesetter) walk(s string, size float32, style Style, fn func(r *run, x float32)) {
	if !simple(s) {
		fn(t.shapeLine(s, size, style), 0)
		return
	}
	x := float32(0)
	space := t.shapeWord(" ", size, style).advance
	for i := 0; ; {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			if i < len(s) {
				fn(t.shapeWord(s[i:], size, style), x)
			} else {
				fn(&run{}, x)
			}
			return
		}
		if j > 0 {
			w := t.shapeWord(s[i:i+j], size, style)
			fn(w, x)
			x += w.advance
		}
		x += space
		i += j + 1
	}
}

// simple reports whether s can be shaped word by word: left-to-right
// scripts whose words do not interact across a space (Latin, Greek,
// Cyrillic and their punctuation). Other text is shaped whole, as its
// runs may reorder or join.
func simple(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x0590, r >= 0x1E00 && r < 0x2100:
		default:
			return false
		}
	}
	return true
}

func (t *Typesetter) shapeWord(w string, size float32, style Style) *run {
	k := runKey{w, size, style}
	if r, ok := t.words[k]; ok {
		return r
	}
	r := t.shape(w, size, style)
	t.words[k] = r
	return r
}

func (t *Typesetter) shapeLine(s string, size float32, style Style) *run {
	k := runKey{s, size, style}
	if r, ok := t.lines[k]; ok {
		return r
	}
	r := t.shape(s, size, style)
	if len(t.lines) > 1<<16 { // bounded: labels of other scripts are not reused much
		clear(t.lines)
	}
	t.lines[k] = r
	return r
}

// shape shapes s as Fyne does: split into runs of one script, direction
// and face (the family's face, else the regular one, else a system font
// that has the character), each shaped with HarfBuzz, placed one after
// the other.
func (t *Typesetter) shape(s string, size float32, style Style) *run {
	t.runes = append(t.runes[:0], []rune(s)...)
	in := shaping.Input{Text: t.runes, RunEnd: len(t.runes), Direction: di.DirectionLTR, Face: t.face(style), Size: toFixed(size)}
	t.fallback.style = style
	r := &run{}
	x := float32(0)
	for _, part := range t.seg.Split(in, t.fallback) {
		out := t.shaper.Shape(part)
		for _, g := range out.Glyphs {
			r.glyphs = append(r.glyphs, glyph{face: out.Face, id: g.GlyphID,
				x: x + fromFixed(g.XOffset), y: -fromFixed(g.YOffset)})
			x += fromFixed(g.XAdvance)
		}
	}
	r.advance = x
	return r
}

func (t *Typesetter) face(style Style) *font.Face { return t.faces[style&BoldItalic] }

func toFixed(f float32) fixed.Int26_6 { return fixed.Int26_6(float64(f) * 64) }

func fromFixed(i fixed.Int26_6) float32 { return float32(float64(i) / 64) }

// fallback resolves the face of a character: the style's face, the
// regular face, then the system's fonts (searched only when the family
// lacks a character, as Fyne does on screen).
type fallback struct {
	faces [4]*font.Face
	style Style
}

func (f *fallback) ResolveFace(r rune) *font.Face {
	own := f.faces[f.style&BoldItalic]
	if _, ok := own.NominalGlyph(r); ok || r < 0x20 {
		return own
	}
	if _, ok := f.faces[Regular].NominalGlyph(r); ok {
		return f.faces[Regular]
	}
	if sys := systemFace(r, f.style); sys != nil {
		return sys
	}
	return own
}

// The system's fonts are indexed once per process (go-text caches the
// index on disk), and only when some text needs them.
var system struct {
	sync.Mutex
	fm     *fontscan.FontMap
	loaded bool
}

func systemFace(r rune, style Style) *font.Face {
	system.Lock()
	defer system.Unlock()
	if !system.loaded {
		system.loaded = true
		fm := fontscan.NewFontMap(quiet{}) // stderr is for the user, not the library
		if err := fm.UseSystemFonts(""); err == nil {
			system.fm = fm
		}
	}
	if system.fm == nil {
		return nil
	}
	aspect := font.Aspect{Style: font.StyleNormal}
	if style&Italic != 0 {
		aspect.Style = font.StyleItalic
	}
	if style&Bold != 0 {
		aspect.Weight = font.WeightBold
	}
	system.fm.SetQuery(fontscan.Query{Families: []string{fontscan.SansSerif}, Aspect: aspect})
	face := system.fm.ResolveFace(r)
	if face == nil {
		return nil
	}
	if _, ok := face.NominalGlyph(r); !ok {
		return nil
	}
	return face
}

// quiet is a logger that drops what the font scanner logs.
type quiet struct{}

func (quiet) Printf(string, ...any) {}

// maskKey names a glyph rasterized at a pixel size and sub-pixel offset.
type maskKey struct {
	face  *font.Face
	id    font.GID
	size  float32 // pixels per em
	phase int
}

// mask is a glyph's coverage, placed relative to its origin on the
// baseline.
type mask struct {
	alpha       []uint8
	w, h        int
	left, top   int // offset of the mask's top left corner from the origin
	transparent bool
}

// mask returns the glyph's coverage at pixel size px, shifted right by
// phase/phases of a pixel, rasterizing it the first time. Glyphs that
// are pictures (colour emoji) have none: they are left out.
func (t *Typesetter) mask(face *font.Face, id font.GID, px float32, phase int) *mask {
	k := maskKey{face, id, px, phase}
	if m, ok := t.masks[k]; ok {
		return m
	}
	var segs []opentype.Segment
	switch d := face.GlyphData(id).(type) {
	case font.GlyphOutline:
		segs = d.Segments
	case font.GlyphSVG:
		segs = d.Outline.Segments
	case font.GlyphBitmap:
		if d.Outline != nil {
			segs = d.Outline.Segments
		}
	}
	m := t.rasterize(segs, px/float32(face.Upem()), float32(phase)/phases)
	t.masks[k] = m
	return m
}

// rasterize fills an outline given in font units (y up) scaled by s and
// shifted right by dx pixels.
func (t *Typesetter) rasterize(segs []opentype.Segment, s, dx float32) *mask {
	if len(segs) == 0 {
		return &mask{transparent: true}
	}
	x0, y0 := float32(math.Inf(1)), float32(math.Inf(1))
	x1, y1 := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, sg := range segs {
		for _, p := range sg.ArgsSlice() {
			x, y := p.X*s+dx, -p.Y*s
			x0, x1 = min(x0, x), max(x1, x)
			y0, y1 = min(y0, y), max(y1, y)
		}
	}
	left, top := int(math.Floor(float64(x0))), int(math.Floor(float64(y0)))
	w, h := int(math.Ceil(float64(x1)))-left, int(math.Ceil(float64(y1)))-top
	if w <= 0 || h <= 0 {
		return &mask{transparent: true}
	}
	ox, oy := float32(left), float32(top)
	pt := func(p opentype.SegmentPoint) (float32, float32) { return p.X*s + dx - ox, -p.Y*s - oy }
	t.z.Reset(w, h)
	for _, sg := range segs {
		switch sg.Op {
		case opentype.SegmentOpMoveTo:
			t.z.MoveTo(pt(sg.Args[0]))
		case opentype.SegmentOpLineTo:
			t.z.LineTo(pt(sg.Args[0]))
		case opentype.SegmentOpQuadTo:
			ax, ay := pt(sg.Args[0])
			bx, by := pt(sg.Args[1])
			t.z.QuadTo(ax, ay, bx, by)
		case opentype.SegmentOpCubeTo:
			ax, ay := pt(sg.Args[0])
			bx, by := pt(sg.Args[1])
			cx, cy := pt(sg.Args[2])
			t.z.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	t.z.ClosePath()
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	t.z.Draw(img, img.Bounds(), image.Opaque, image.Point{})
	return &mask{alpha: img.Pix, w: w, h: h, left: left, top: top}
}

// blit composites colour c through the mask onto dst (premultiplied
// RGBA), with the glyph's origin at pixel (x, y).
func (m *mask) blit(dst *image.RGBA, x, y int, c color.NRGBA) {
	if m.transparent {
		return
	}
	r := image.Rect(x+m.left, y+m.top, x+m.left+m.w, y+m.top+m.h).Intersect(dst.Bounds())
	if r.Empty() {
		return
	}
	ca := uint32(c.A)
	cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
	for py := r.Min.Y; py < r.Max.Y; py++ {
		mrow := m.alpha[(py-y-m.top)*m.w:]
		drow := dst.Pix[dst.PixOffset(r.Min.X, py):]
		mx := r.Min.X - x - m.left
		for px := 0; px < r.Dx(); px++ {
			a := uint32(mrow[mx+px])
			if a == 0 {
				continue
			}
			a = a * ca / 255
			p := drow[px*4 : px*4+4 : px*4+4]
			if a == 255 {
				p[0], p[1], p[2], p[3] = uint8(cr), uint8(cg), uint8(cb), 255
				continue
			}
			inv := 255 - a
			p[0] = uint8((cr*a + uint32(p[0])*inv + 127) / 255)
			p[1] = uint8((cg*a + uint32(p[1])*inv + 127) / 255)
			p[2] = uint8((cb*a + uint32(p[2])*inv + 127) / 255)
			p[3] = uint8((255*a + uint32(p[3])*inv + 127) / 255)
		}
	}
}
