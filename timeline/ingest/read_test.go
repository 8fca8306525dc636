package ingest

import (
	"bytes"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/docdate"
)

const samples = "../../../shared/samples/"

// paragraphTexts returns the text of each paragraph of doc.
func paragraphTexts(doc *timeline.Document) []string {
	var out []string
	for _, p := range doc.Paragraphs {
		out = append(out, doc.Text[p.Start:p.End])
	}
	return out
}

func TestSamplesAgree(t *testing.T) {
	txt, err := ReadFile(samples + "russia-north-korea-alliance.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := paragraphTexts(txt)
	if len(want) < 20 {
		t.Fatalf("the .txt sample has %d paragraphs, want the article's 20 or more", len(want))
	}
	if txt.HasDate() || txt.DateSource != timeline.DateUnknown {
		t.Errorf("the .txt sample has no date, got %v (%s)", txt.Date, txt.DateSource)
	}
	for _, name := range []string{"russia-north-korea-alliance.html", "russia-north-korea-alliance.md"} {
		t.Run(name, func(t *testing.T) {
			doc, err := ReadFile(samples + name)
			if err != nil {
				t.Fatal(err)
			}
			if got := timeline.FormatDate(doc.Date); got != "2026-01-02" || doc.DateSource != timeline.DateFromMetadata {
				t.Errorf("date = %s (%s), want 2026-01-02 (metadata)", got, doc.DateSource)
			}
			if doc.Title != want[0] {
				t.Errorf("title = %q, want %q", doc.Title, want[0])
			}
			got := paragraphTexts(doc)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				for i := range max(len(got), len(want)) {
					var g, w string
					if i < len(got) {
						g = got[i]
					}
					if i < len(want) {
						w = want[i]
					}
					if g != w {
						t.Errorf("paragraph %d:\n got %q\nwant %q", i, g, w)
					}
				}
			}
			for _, junk := range []string{"Archive", "2023", "2019", "analytics", "display", "Most read",
				"Markets", "snow", "rights reserved", "Staff Reporter", "title:", "# ", "---"} {
				if strings.Contains(doc.Text, junk) {
					t.Errorf("text contains %q from outside the article body", junk)
				}
			}
			if len(doc.Sentences) != len(txt.Sentences) {
				t.Errorf("%d sentences, the .txt has %d", len(doc.Sentences), len(txt.Sentences))
			}
			checkSpans(t, doc)
		})
	}
}

// checkSpans verifies the invariants every Document must keep: paragraph and
// sentence spans lie inside Text, sorted, disjoint, non-empty, on rune
// boundaries, and every sentence lies inside a paragraph.
func checkSpans(t *testing.T, doc *timeline.Document) {
	t.Helper()
	check := func(kind string, spans []timeline.Span) {
		prev := 0
		for i, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(doc.Text) {
				t.Fatalf("%s %d = %v: outside text (len %d), empty, or overlapping the one before (end %d)",
					kind, i, s, len(doc.Text), prev)
			}
			if !runeStart(doc.Text, s.Start) || !runeStart(doc.Text, s.End) {
				t.Fatalf("%s %d = %v does not lie on rune boundaries", kind, i, s)
			}
			prev = s.End
		}
	}
	check("paragraph", doc.Paragraphs)
	check("sentence", doc.Sentences)
	p := 0
	for i, s := range doc.Sentences {
		for p < len(doc.Paragraphs) && doc.Paragraphs[p].End < s.End {
			p++
		}
		if p == len(doc.Paragraphs) || s.Start < doc.Paragraphs[p].Start {
			t.Fatalf("sentence %d = %v is not inside a paragraph", i, s)
		}
	}
}

func runeStart(s string, i int) bool {
	return i == len(s) || i < len(s) && (s[i] < 0x80 || s[i] >= 0xC0)
}

// utf16With encodes s as UTF-16 with a byte order mark.
func utf16With(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestReadEncodingsAndFormats(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		format     string
		text       string // wanted Text, or "" to skip
		contains   []string
		title      string
		verbatim   bool // Text must equal the input
	}{
		{name: "utf-8", file: "a.txt", data: []byte("Title\n\nCafé opened on Jan. 2, 2026.\n"),
			format: "text", text: "Title\n\nCafé opened on Jan. 2, 2026.\n", title: "Title", verbatim: true},
		{name: "utf-8 BOM", file: "a.txt", data: []byte("\xEF\xBB\xBFCafé opened.\n"),
			format: "text", text: "Café opened.\n"},
		{name: "utf-8 CRLF", file: "a.txt", data: []byte("One.\r\nTwo.\r\n\r\nThree.\r\n"),
			format: "text", text: "One.\r\nTwo.\r\n\r\nThree.\r\n", verbatim: true},
		{name: "utf-16 LE BOM", file: "a.txt", data: utf16With("Zürich, 2 Jan.\r\nМосква.", false),
			format: "text", text: "Zürich, 2 Jan.\r\nМосква."},
		{name: "utf-16 BE BOM", file: "a.txt", data: utf16With("Zürich, 2 Jan.\nМосква.", true),
			format: "text", text: "Zürich, 2 Jan.\nМосква."},
		{name: "utf-16 LE no BOM", file: "a.txt", data: utf16With("Plain English text without a mark.", false)[2:],
			format: "text", text: "Plain English text without a mark."},
		{name: "utf-32 LE BOM", file: "a.txt", data: []byte("\xff\xfe\x00\x00A\x00\x00\x00\x1f\x04\x00\x00\n\x00\x00\x00"),
			format: "text", text: "AП\n"},
		{name: "windows-1252", file: "a.txt", data: []byte("\x93Caf\xe9\x94 costs \x8010 \x96 na\xefve r\xe9sum\xe9s."),
			format: "text", text: "“Café” costs €10 – naïve résumés."},
		{name: "iso-8859-1", file: "a.txt", data: []byte("Z\xfcrich, M\xfcller und Gr\xf6\xdfe: \xa9 2026."),
			format: "text", text: "Zürich, Müller und Größe: © 2026."},
		{name: "windows-1251", file: "a.txt", data: []byte("\xcc\xee\xf1\xea\xe2\xe0, 2 \xff\xed\xe2\xe0\xf0\xff. \xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xf1\xea\xe0\xe7\xe0\xeb."),
			format: "text", text: "Москва, 2 января. Президент сказал."},
		{name: "windows-1251 with latin", file: "a.txt",
			data:   []byte("SVO \xe8 CTAK: \xcf\xf3\xf2\xe8\xed \xef\xee\xe1\xeb\xe0\xe3\xee\xe4\xe0\xf0\xe8\xeb \xca\xcd\xc4\xd0 (DPRK)."),
			format: "text", text: "SVO и CTAK: Путин поблагодарил КНДР (DPRK)."},
		{name: "invalid utf-8 repaired", file: "a.txt", data: []byte("Москва \xff Киев, Минск и Рига."),
			format: "text", text: "Москва \uFFFD Киев, Минск и Рига."},
		{name: "markdown", file: "a.md",
			data:   []byte("---\ntitle: \"Front\"\ndate: 2025-03-04T10:00:00-08:00\n---\n# Head *one*\n\nSome **bold** and _em_ text\nwrapped [link](http://x.y/2019) here.\n\n- item one\n- item ![img 2019](i.png) two\n\n```\ncode 2018\n```\n> quoted `code`\n\n<div>html 2017</div>\n"),
			format: "markdown", text: "Head one\n\nSome bold and em text wrapped link here.\n\nitem one\n\nitem two\n\nquoted code\n\nhtml 2017",
			title: "Front"},
		{name: "markdown rules are not front matter", file: "a.md", data: []byte("---\nProse between rules.\n\n---\nMore.\n"),
			format: "markdown", text: "Prose between rules.\n\nMore."},
		{name: "markdown script and escapes", file: "a.md", data: []byte("Price \\*not bold\\* <script>var y = 2019;</script>is 5 * 3 and snake_case_name.\n"),
			format: "markdown", text: "Price *not bold* is 5 * 3 and snake_case_name."},
		{name: "markdown setext and hard break", file: "a.md", data: []byte("Title here\n==========\nLine one  \nline two\n"),
			format: "markdown", text: "Title here\n\nLine one\nline two", title: "Title here"},
		{name: "markdown sniffed", file: "note", data: []byte("# Heading\n\nText with [a link](http://example.com).\n"),
			format: "markdown", text: "Heading\n\nText with a link."},
		{name: "html sniffed", file: "page", data: []byte("<!DOCTYPE html><title>T</title><p>One &amp; two&nbsp;&mdash; three</p>"),
			format: "html", text: "One & two — three", title: "T"},
		{name: "html windows-1251 declared", file: "a.html",
			data:   []byte("<html><head><meta charset=\"windows-1251\"></head><body><p>\xcc\xee\xf1\xea\xe2\xe0</p></body></html>"),
			format: "html", text: "Москва"},
		{name: "html 1252 undeclared", file: "a.htm", data: []byte("<p>Caf\xe9 cr\xe8me</p>"),
			format: "html", text: "Café crème"},
		{name: "html utf-16", file: "a.html", data: utf16With("<p>Zürich</p>", false),
			format: "html", text: "Zürich"},
		{name: "broken html", file: "a.html", data: []byte("<html><body><p>First <b>bold<p>Second</i></div><li>Third<script>x=2019"),
			format: "html", text: "First bold\n\nSecond\n\nThird"},
		{name: "html invisible characters", file: "a.html", data: []byte("<p>Novem&shy;ber&nbsp;3,&#8203; 2019</p>"),
			format: "html", text: "November 3, 2019"},
		{name: "html inline link with furniture class", file: "a.html", data: []byte(`<p>Said <a class="author">Jane Doe</a> on <span class="meta">Friday</span>.</p>`),
			format: "html", text: "Said Jane Doe on Friday."},
		{name: "html article teaser in aside", file: "a.html", data: []byte(`<body><p>The story itself.</p><aside><article><p>Teaser 2019</p></article></aside></body>`),
			format: "html", text: "The story itself."},
		{name: "html br", file: "a.html", data: []byte("<p>Line one<br>Line   two\n  wrapped</p>"),
			format: "html", text: "Line one\nLine two wrapped"},
		{name: "text that is not html", file: "a.txt", data: []byte("<p>kept</p>"),
			format: "text", text: "<p>kept</p>", verbatim: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(tc.file, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tc.format {
				t.Errorf("format = %q, want %q", doc.Format, tc.format)
			}
			if tc.text != "" && doc.Text != tc.text {
				t.Errorf("text = %q\n      want %q", doc.Text, tc.text)
			}
			if tc.verbatim && doc.Text != string(tc.data) {
				t.Errorf("text is not the file content byte for byte")
			}
			if tc.title != "" && doc.Title != tc.title {
				t.Errorf("title = %q, want %q", doc.Title, tc.title)
			}
			if doc.Path != tc.file {
				t.Errorf("path = %q, want %q", doc.Path, tc.file)
			}
			checkSpans(t, doc)
		})
	}
}

func TestMarkdownFrontMatterDate(t *testing.T) {
	doc, err := Read("a.md", []byte("---\ntitle: x\ndate: 2025-03-04T23:00:00-08:00\n---\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	// The civil date written, not the UTC instant (which is 2025-03-05).
	if got := timeline.FormatDate(doc.Date); got != "2025-03-04" || doc.DateSource != timeline.DateFromMetadata {
		t.Errorf("date = %s (%s), want 2025-03-04 (metadata)", got, doc.DateSource)
	}
}

// Reading weighs every kind of evidence of the date: the metadata first, a
// byline the HTML reader left out of the text, the file name, the dateline
// with its year from the file's time (said in the candidate's note); with
// nothing to go on, the file's time is only offered.
func TestReadFindsDate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string, mod time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mod := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, content string
		want          string
		source        timeline.DateSource
		note          string
	}{
		{"meta.md", "---\ndate: 2020-05-05\n---\nJan. 2, 2026 — Talks resumed.\n", "2020-05-05", timeline.DateFromMetadata, ""},
		{"byline.html", `<html><body><article><h1>Budget passes</h1><p class="byline">By Helen Marsh, October 11, 2018</p>` +
			`<p>The council met on Tuesday and approved the budget after a long debate, members said.</p></article></body></html>`,
			"2018-10-11", timeline.DateFromByline, ""},
		{"2024-05-01-flood.txt", "Flood waters recede\n\nResidents returned home on Wednesday.\n", "2024-05-01", timeline.DateFromFileName, ""},
		{"wire.txt", "MOSCOW, Dec 30 (Reuters) - Russia said on Friday that talks would resume.\n", "2025-12-30", timeline.DateFromDateline, "file's modification time"},
		{"undated.txt", "Police said on Tuesday that the man had been found.\n", "", timeline.DateUnknown, ""},
	}
	for _, tc := range tests {
		doc, err := ReadFile(write(tc.name, tc.content, mod))
		if err != nil {
			t.Fatal(err)
		}
		if got := timeline.FormatDate(doc.Date); got != tc.want || doc.DateSource != tc.source {
			t.Errorf("%s: date %s (%s), want %s (%s)", tc.name, got, doc.DateSource, tc.want, tc.source)
		}
		if tc.note != "" {
			if ev, ok := doc.DateEvidence(); !ok || !strings.Contains(ev.Note, tc.note) {
				t.Errorf("%s: evidence %+v does not say %q", tc.name, ev, tc.note)
			}
		}
		if tc.want == "" && (len(doc.DateCandidates) == 0 || doc.DateCandidates[0].Source != timeline.DateFromFileTime) {
			t.Errorf("%s: undated, but the file's time is not offered: %+v", tc.name, doc.DateCandidates)
		}
	}
}

func TestCRParagraphs(t *testing.T) {
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		text := "First line." + eol + "Second line." + eol + eol + "Third." + eol
		doc, err := Read("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := paragraphTexts(doc); strings.Join(got, "|") != "First line.|Second line.|Third." {
			t.Errorf("line end %q: paragraphs %q", eol, got)
		}
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	small := make([]byte, 64)
	for i := range small {
		small[i] = byte(rng.UintN(256))
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(51 << 20); err != nil { // sparse: no 51 MB written
		t.Fatal(err)
	}
	f.Close()

	tests := []struct {
		name, path string
		want       error
	}{
		{"random bytes", write("x.bin", random), ErrBinary},
		{"random bytes as .txt", write("r.txt", random), ErrBinary},
		{"short random bytes", write("s.html", small), ErrBinary},
		{"NUL in text", write("n.txt", []byte("hello\x00world")), ErrBinary},
		{"control characters", write("c.txt", []byte("a\x01b\x02c\x03d\x04e\x05f\x06")), ErrBinary},
		{"empty file", write("e.txt", nil), ErrEmpty},
		{"only spaces", write("w.txt", []byte(" \r\n\t\n")), ErrEmpty},
		{"html without text", write("e.html", []byte("<nav>Home</nav><script>x()</script>")), ErrEmpty},
		{"51 MB", huge, ErrTooLarge},
		{"directory", dir, ErrDirectory},
		{"missing", filepath.Join(dir, "missing.txt"), ErrNotFound},
		{"missing is fs.ErrNotExist", filepath.Join(dir, "missing.md"), fs.ErrNotExist},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ReadFile(tc.path)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v (doc %v)", err, tc.want, doc)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "read "+strconv.Quote(tc.path)+": ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q is not one line naming the file", msg)
			}
		})
	}
	if err := os.Symlink("/dev/null", filepath.Join(dir, "dev.txt")); err == nil {
		if _, err := ReadFile(filepath.Join(dir, "dev.txt")); !errors.Is(err, ErrNotRegular) {
			t.Errorf("device: err = %v, want ErrNotRegular", err)
		}
	}
	if _, err := Read("big.txt", make([]byte, MaxSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read of MaxSize+1 bytes: err = %v, want ErrTooLarge", err)
	}
	wantMsg := "read " + strconv.Quote(filepath.Join(dir, "x.bin")) + ": binary file (not text, Markdown or HTML)"
	if _, err := ReadFile(filepath.Join(dir, "x.bin")); err == nil || err.Error() != wantMsg {
		t.Errorf("err = %v, want %q", err, wantMsg)
	}
}

func TestLargeText(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 20 MB file")
	}
	para := "MOSCOW, Jan 2 (Reuters) - The talks resumed on Jan. 2, 2026, said Dr. Smith of the U.S. team. Prices rose 3.5% in 2025.\r\n"
	var b bytes.Buffer
	for b.Len() < 20<<20 {
		b.WriteString(para)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Pin the file time: the dateline has no year, which comes from it.
	mod := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	if err := os.Chtimes(path, mod, mod); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := b.Len() / len(para)
	if len(doc.Text) != b.Len() || len(doc.Paragraphs) != n || len(doc.Sentences) != 2*n {
		t.Errorf("got %d bytes, %d paragraphs, %d sentences; want %d, %d, %d",
			len(doc.Text), len(doc.Paragraphs), len(doc.Sentences), b.Len(), n, 2*n)
	}
	if got := timeline.FormatDate(doc.Date); got != "2026-01-02" || doc.DateSource != timeline.DateFromDateline {
		t.Errorf("date = %s (%s), want 2026-01-02 from the dateline", got, doc.DateSource)
	}
	checkSpans(t, doc)
}

func TestTextTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Putin praises North Korea\n\nBody text here.", "Putin praises North Korea"},
		{"Is this the end?\nBody.", "Is this the end?"},
		{"It was a cold day.\nBody.", ""},
		{"MOSCOW, Jan 2 (Reuters) - Russia said\non Friday.", ""},
		{"Only one paragraph", ""},
		{strings.Repeat("long ", 50) + "\nBody.", ""},
	}
	for _, tc := range tests {
		doc, err := Read("a.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tc.want {
			t.Errorf("title of %.30q = %q, want %q", tc.text, doc.Title, tc.want)
		}
	}
}

// Each of the Markdown reader's regular expressions compiles: they are
// compiled when first asked for, not as the package starts.
func TestMarkdownPatternsCompile(t *testing.T) {
	for _, p := range []func() *regexp.Regexp{mdHeading, mdRule, mdSetextH1, mdSetextH2, mdFence, mdListItem,
		mdQuote, mdRefDef, mdTableSep, mdComment, mdScript, mdStyle, mdEscape, mdImage, mdLink, mdFootnote,
		mdAutolink, mdTag, mdCode, mdStrong, mdStrike, mdEmStar, mdEmUnder, mdSpaces, frontMatterK} {
		if p() == nil || p() != p() {
			t.Fatalf("a pattern compiled to %v, then %v", p(), p())
		}
	}
}

// looksLikeTitle, which counts a paragraph's runes no further than one past
// maxTitleRunes, answers as counting them all did (titleAsWritten), on
// random first paragraphs of ASCII, runes of two to four bytes and bytes
// no UTF-8 holds, around maxTitleRunes runes long.
func TestLooksLikeTitleAsCountedToItsEnd(t *testing.T) {
	titleAsWritten := func(s string) bool {
		if strings.ContainsAny(s, "\r\n") || utf8.RuneCountInString(s) > maxTitleRunes {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune(".,;:-–—", last) {
			return false
		}
		return !docdate.IsDateline(s)
	}
	pieces := []string{"a", "Word ", " ", "é", "€", "😀", "\xff", ".", "\n"}
	rng := rand.New(rand.NewPCG(8, 21))
	titles := 0
	for range 20000 {
		var sb strings.Builder
		for k := maxTitleRunes/2 + rng.IntN(maxTitleRunes*3/4); k > 0; k-- {
			p := pieces[rng.IntN(len(pieces))]
			if p == "\n" && rng.IntN(50) > 0 {
				continue
			}
			sb.WriteString(p)
		}
		s := sb.String()
		got, want := looksLikeTitle(s), titleAsWritten(s)
		if got != want {
			t.Fatalf("looksLikeTitle(%q) = %v, want %v (%d runes)", s, got, want, utf8.RuneCountInString(s))
		}
		if got {
			titles++
		}
	}
	if titles < 1000 {
		t.Errorf("only %d of the paragraphs are titles", titles)
	}
}
