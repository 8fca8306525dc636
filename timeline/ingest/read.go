// Package ingest reads articles (plain text, Markdown, HTML saved from a
// browser) in any common encoding into a timeline.Document: the text to
// tag, its paragraphs and sentences, its title, and the document date with
// where it came from.
//
// For a UTF-8 text file without a byte order mark, Document.Text is the
// file's content byte for byte, so spans are offsets into the file. Other
// inputs are decoded to UTF-8 (text files keep their line ends) or, for
// Markdown and HTML, reduced to the readable text, one block per paragraph
// with blank lines between them.
package ingest

import (
	"errors"
	"io/fs"
	"math/bits"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ascii"
	"retrace/timeline/docdate"
	"retrace/timeline/regularfile"
)

// Formats reported in Document.Format.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// MaxSize is the largest file Read and ReadFile accept: far above any
// article, low enough that a stray disk image or video is refused at once.
const MaxSize = 50 << 20

// Errors the UI can test with errors.Is. The returned errors name the file:
// "read /path/x.bin: binary file (not text, Markdown or HTML)".
var (
	ErrTooLarge   = regularfile.ErrTooLarge
	ErrBinary     = errors.New("binary file (not text, Markdown or HTML)")
	ErrEmpty      = errors.New("no text in the file")
	ErrDirectory  = regularfile.ErrDirectory
	ErrNotRegular = regularfile.ErrNotRegular
	ErrNotFound   = fs.ErrNotExist
)

// ReadFile reads the article at path. Besides what Read does, it refuses
// directories, devices and missing files (see regularfile.Read), and weighs
// the file's modification time with the other evidence of its date: a last
// resort for the year of a dateline that has none ("MOSCOW, Jan 2
// (Reuters) -"), and a candidate to offer when nothing else is found.
func ReadFile(path string) (*timeline.Document, error) {
	content, fi, err := regularfile.ReadString(path, MaxSize)
	if err != nil {
		return nil, err
	}
	return ReadModified(path, content, fi.ModTime())
}

// Read reads an article from data; name gives its path for messages and its
// extension for the format (.txt, .md, .markdown, .html, .htm). Without a
// known extension the content decides. The document's date is found as
// package docdate does, from the name, the metadata and the text; with no
// file time, a dateline without a year gets one only from other evidence.
func Read(name string, data []byte) (*timeline.Document, error) {
	return ReadModified(name, string(data), time.Time{})
}

// ReadModified is Read for the content of a file last modified at modTime,
// evidence of its date of last resort (zero: unknown). It is
// how a caller that has read the file's content itself, to hash it say,
// reads it as ReadFile would. The content is a string, as the document's
// text is: a UTF-8 file becomes its text without a copy.
func ReadModified(name, content string, modTime time.Time) (*timeline.Document, error) {
	if len(content) > MaxSize {
		return nil, regularfile.TooLarge(name, int64(len(content)), MaxSize)
	}
	if len(content) == 0 {
		return nil, regularfile.Error(name, ErrEmpty)
	}
	format := formatOf(name, content)
	if format == FormatTimeML {
		doc, err := readTimeML(name, []byte(content))
		if err != nil {
			return nil, err
		}
		return dated(doc, nil, nil, modTime)
	}
	dec := decode(content, format == FormatHTML)
	if isBinary(dec.text) {
		return nil, regularfile.Error(name, ErrBinary)
	}
	var (
		doc     *timeline.Document
		bylines []string
		lines   []timeline.Span // the text's lines, when the reader cut them
	)
	switch format {
	case FormatHTML:
		doc, bylines = readHTML(dec.text)
	case FormatMarkdown:
		doc = readMarkdown(dec.text)
	default:
		doc, lines = readText(dec)
	}
	doc.Path = name
	doc.Format = format
	return dated(doc, bylines, lines, modTime)
}

// dated refuses a document with no text and dates it: what the file says
// about its own date (metadata) is weighed with the evidence of its name
// and text (bylines the HTML reader set aside among it), and the document
// gets the date chosen, its source and the candidates seen. lines are the
// text's lines as docdate.Lines cuts them, or nil.
func dated(doc *timeline.Document, bylines []string, lines []timeline.Span, modTime time.Time) (*timeline.Document, error) {
	if len(doc.Paragraphs) == 0 {
		return nil, regularfile.Error(doc.Path, ErrEmpty)
	}
	in := docdate.Input{Name: doc.Path, Text: doc.Text, Bylines: bylines, FileTime: modTime, Lines: lines}
	if doc.DateSource == timeline.DateFromMetadata && !doc.Date.IsZero() {
		in.Metadata = []time.Time{doc.Date}
	}
	res := docdate.Find(in)
	doc.Date, doc.DateSource, doc.DateCandidates = res.Date, res.Source, res.Candidates
	return doc, nil
}

// readText makes a Document of plain text, which stays as it is so offsets
// match the file. Its title is the first line when that is short and more
// follows. It returns the text's lines as docdate.Lines cuts them, or nil.
func readText(dec decoded) (*timeline.Document, []timeline.Span) {
	text := dec.text
	doc, lines := fromText("", text, dec.isASCII)
	if len(doc.Paragraphs) > 1 {
		first := doc.Paragraphs[0]
		s := text[first.Start:first.End]
		if looksLikeTitle(s) {
			doc.Title = s
		}
	}
	return doc, lines
}

// maxTitleRunes is the longest first line taken as a title.
const maxTitleRunes = 200

// looksLikeTitle reports whether the first paragraph of a text file reads as
// a headline: one short line that does not end like a sentence or a broken
// line and is not a dateline opening the story.
//
// Its runes are counted no further than one past maxTitleRunes: the first
// paragraph of most articles is far longer, and was counted to its end.
// Such a paragraph is then not searched for line breaks either, which
// strings.ContainsAny does a byte at a time.
func looksLikeTitle(s string) bool {
	if countRunes(s, maxTitleRunes+1) > maxTitleRunes || strings.ContainsAny(s, "\r\n") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:-–—", last) {
		return false
	}
	return !docdate.IsDateline(s)
}

// formatOf picks the format by extension, or by content for other names.
func formatOf(name, content string) string {
	if f := formatByName(name); f != "" {
		return f
	}
	head := content[:min(len(content), 4096)]
	if looksLikeTimeML([]byte(head)) {
		return FormatTimeML
	}
	return sniffFormat(decode(head, false).text)
}

// formatByName is the format a file's extension names, "" for none.
func formatByName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".tml", ".timeml":
		return FormatTimeML
	}
	return ""
}

// IsArticleName reports whether a file's extension names a format Read
// reads: what a folder of articles is made of.
func IsArticleName(name string) bool { return formatByName(name) != "" }

// sniffFormat recognises HTML by its tags and Markdown by front matter,
// headings or links near the start.
func sniffFormat(head string) string {
	s := strings.ToLower(strings.TrimLeftFunc(head, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article"} {
		if strings.HasPrefix(s, p) {
			return FormatHTML
		}
	}
	if strings.HasPrefix(s, "<?xml") && strings.Contains(s, "<html") {
		return FormatHTML
	}
	if tags := strings.Count(s, "<p>") + strings.Count(s, "<p ") + strings.Count(s, "<div") + strings.Count(s, "<br"); tags >= 3 {
		return FormatHTML
	}
	if _, _, ok := frontMatter(head); ok {
		return FormatMarkdown
	}
	marks := 0
	for _, l := range splitLines(s).spans {
		t := s[l.Start:l.End]
		if strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "## ") || strings.HasPrefix(t, "```") {
			marks += 2
		}
		marks += strings.Count(t, "](")
	}
	if marks >= 2 {
		return FormatMarkdown
	}
	return FormatText
}

// isBinary reports whether decoded text is not text: it holds a NUL, or
// more than 2% of its first 64 KB are control characters other than tab,
// line ends and form feed.
func isBinary(text string) bool {
	if strings.IndexByte(text, 0) >= 0 {
		return true
	}
	var n, bad int
	head := text[:min(len(text), 64<<10)]
	for i := 0; i < len(head); {
		// sixteen bytes at a time, then eight, while they are ASCII from
		// space to '~', which nearly all are (see notPlain), stopping at
		// the first byte that is not: the eight-byte loop finds it in the
		// sixteen bytes the first stops at. Indexed from i and bounded by
		// len(rest)-15 and -7, the loads need no check of their bounds.
		rest := head[i:]
		j := 0
		for last := len(rest) - 15; j < last; j += 16 {
			if notPlain(ascii.Load8(rest[j:]))|notPlain(ascii.Load8(rest[j+8:])) != 0 {
				break
			}
		}
		for last := len(rest) - 7; j < last; j += 8 {
			if m := notPlain(ascii.Load8(rest[j:])); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
				break
			}
		}
		if n, i = n+j, i+j; i == len(head) {
			break
		}
		n++
		if b := head[i]; b < utf8.RuneSelf { // without decoding: nearly all
			bad += int(asciiControl[b])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(head[i:])
		if r >= 0x7F && r < 0xA0 {
			bad++
		}
		i += size
	}
	return bad*50 > n
}

// notPlain returns the high bit of each of the eight bytes of v (a text's,
// the first lowest) that is not ASCII from space to '~', exactly for the
// lowest such byte, and 0 when there is none: v + 0x60 sets a byte's high
// bit from 0x20 on, v + 1 from 0x7F on, and a carry goes up only from a
// byte of 0xA0 or more, itself not plain (its own high bit is set in v).
// Bytes above the lowest that is not plain may be told wrongly.
func notPlain(v uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (^(v + 0x60*ones) | (v + ones) | v) & highs
}

// asciiControl marks the control characters that make a text binary:
// all but tab, line ends and form feed.
var asciiControl = func() (c [utf8.RuneSelf]uint8) {
	for b := range 0x20 {
		c[b] = 1
	}
	for _, b := range "\t\n\r\f\v" {
		c[b] = 0
	}
	c[0x7F] = 1
	return c
}()
