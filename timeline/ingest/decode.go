package ingest

import (
	"bytes"
	"strings"
	stdunicode "unicode"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"retrace/timeline/ascii"
)

// Encoding names reported by decode, as the WHATWG labels them.
const (
	encUTF8    = "utf-8"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	encUTF32LE = "utf-32le"
	encUTF32BE = "utf-32be"
	enc1252    = "windows-1252"
	enc1251    = "windows-1251"
)

// decoded is a file's content as UTF-8, with what was learnt on the way.
type decoded struct {
	text     string
	encoding string // one of the enc* names, or the WHATWG name of an HTML declaration
	// isASCII is set when text is known to hold no byte beyond ASCII, and
	// so no rune of more than one byte for the splitters to look for; a
	// text decoded the long way may hold none and not say so
	isASCII bool
}

// decode turns a file's content into UTF-8 text, as decodeBytes does. Most
// files are UTF-8 with no byte order mark and no zero byte near the start
// (UTF-16's sign): their content is their text, kept without a copy. The
// check that it is UTF-8 first passes over its ASCII, which tells whether
// it is all ASCII for no more than the check costs.
func decode(content string, isHTML bool) decoded {
	head := content[:min(len(content), utf16Sample)]
	if !strings.HasPrefix(content, utf8BOM) && strings.IndexByte(head, 0) < 0 {
		// byte for byte: offsets match the file
		switch n := asciiPrefix(content); {
		case n == len(content):
			return decoded{text: content, encoding: encUTF8, isASCII: true}
		case utf8.ValidString(content[n:]): // the ASCII before it is
			return decoded{text: content, encoding: encUTF8}
		}
	}
	return decodeBytes([]byte(content), isHTML)
}

// asciiPrefix returns the length of the ASCII that s begins with: the
// index of its first byte beyond ASCII, or len(s). It reads 32 bytes at a
// time, as utf8.ValidString does through ASCII, while more than 32 are
// left (> rather than >=: the string left is never empty, and is cut with
// no check for its end).
func asciiPrefix(s string) int {
	const highs = 0x8080808080808080
	n := len(s)
	for len(s) > 32 && (ascii.Load8(s)|ascii.Load8(s[8:])|ascii.Load8(s[16:])|ascii.Load8(s[24:]))&highs == 0 {
		s = s[32:]
	}
	for len(s) > 0 && s[0] < utf8.RuneSelf {
		s = s[1:]
	}
	return n - len(s)
}

// utf8BOM is the byte order mark of UTF-8, which decoding drops.
const utf8BOM = "\xEF\xBB\xBF"

// decodeBytes turns raw bytes into UTF-8 text. The order is: a byte order mark;
// UTF-16 without a BOM recognised by its zero bytes; valid (or nearly valid)
// UTF-8; for HTML, the charset the page declares; else Windows-1251 or
// Windows-1252 chosen by the shape of the words. It never fails: bytes that
// fit no encoding become U+FFFD.
func decodeBytes(data []byte, isHTML bool) decoded {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return decodeWith(data, utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), encUTF32LE)
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return decodeWith(data, utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), encUTF32BE)
	case bytes.HasPrefix(data, []byte(utf8BOM)):
		return decoded{text: validUTF8(data[3:]), encoding: encUTF8}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), encUTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), encUTF16BE)
	}
	if order, ok := sniffUTF16(data); ok {
		name := encUTF16LE
		if order == unicode.BigEndian {
			name = encUTF16BE
		}
		return decodeWith(data, unicode.UTF16(order, unicode.IgnoreBOM), name)
	}
	if utf8.Valid(data) {
		return decoded{text: string(data), encoding: encUTF8} // byte for byte: offsets match the file
	}
	if mostlyUTF8(data) {
		return decoded{text: validUTF8(data), encoding: encUTF8}
	}
	if isHTML {
		if label := declaredCharset(data); label != "" {
			// A page whose bytes we are reading as ASCII-compatible cannot be
			// UTF-16, whatever it declares (WHATWG: treat it as UTF-8).
			if enc, name := charset.Lookup(label); enc != nil && name != encUTF8 && !strings.HasPrefix(name, "utf-16") {
				return decodeWith(data, enc, name)
			}
		}
	}
	if enc, name, ok := detectLegacy(data); ok {
		return decodeWith(data, enc, name)
	}
	if looksCyrillic1251(data) {
		return decodeWith(data, charmap.Windows1251, enc1251)
	}
	// ISO-8859-1 is read as Windows-1252, its superset, as browsers do.
	return decodeWith(data, charmap.Windows1252, enc1252)
}

// detectSample is how much of a file the detector reads: enough for its
// statistics, and a 50 MB file is not read twice.
const detectSample = 64 << 10

// detectable are the encodings the detector is trusted to name: the legacy
// encodings news is written in. It also names rarer ones (IBM424, ISO-8859-8)
// on scant evidence; those, and anything unnamed, fall back to the shape
// of the words (looksCyrillic1251) and Windows-1252.
var detectable = map[string]bool{
	"shift_jis": true, "euc-jp": true, "iso-2022-jp": true,
	"gb18030": true, "big5": true, "euc-kr": true,
	"koi8-r": true, "windows-1251": true, "iso-8859-5": true,
	"iso-8859-2": true, "iso-8859-7": true, "windows-1253": true,
	"iso-8859-9": true, "windows-1254": true,
}

// detectLegacy names the legacy encoding of text that declares none, by
// the statistics of its bytes (ICU's detector, as github.com/gogs/chardet
// ports it). Measured on our samples of news in Shift-JIS, KOI8-R,
// Windows-1251, ISO-8859-2 (Czech, Polish, Hungarian), GB18030 and
// Windows-1252 (French, German, English), it named 15 of 15 right, where
// github.com/saintfish/chardet named 12 (it reports ISO-8859-2 as
// ISO-8859-1) and github.com/wlynxg/chardet 11 (German as Windows-1254).
func detectLegacy(data []byte) (encoding.Encoding, string, bool) {
	sample := data[:min(len(data), detectSample)]
	all, err := chardet.NewTextDetector().DetectAll(sample)
	if err != nil || len(all) == 0 {
		return nil, "", false
	}
	best := all[0]
	name := strings.ToLower(best.Charset)
	if !detectable[name] {
		return nil, "", false
	}
	if westernRival[name] {
		// A few accented letters of French or Spanish also make likely
		// Romanian or Turkish ("Café crème" scores as ISO-8859-2): the
		// Western reading stands unless the other is clearly better, on
		// enough letters to judge.
		western := 0
		for _, r := range all {
			if n := strings.ToLower(r.Charset); n == "iso-8859-1" || n == "windows-1252" {
				western = max(western, r.Confidence)
			}
		}
		clear := highBytes(sample) >= minLatinEvidence && best.Confidence-western >= latinMargin
		if !clear && !(name == "iso-8859-2" && lettersOnlyIn8859_2(sample) >= 2) {
			return nil, "", false
		}
	}
	enc, canonical := charset.Lookup(best.Charset)
	if enc == nil {
		return nil, "", false
	}
	return enc, canonical, true
}

// westernRival are the single-byte encodings whose text is also plausible,
// byte for byte, as Western European (Windows-1252).
var westernRival = map[string]bool{
	"iso-8859-2": true, "iso-8859-9": true, "windows-1254": true, "iso-8859-7": true, "windows-1253": true,
}

// minLatinEvidence and latinMargin are what it takes to read text as
// another single-byte Latin encoding than Windows-1252: that many
// non-ASCII bytes, and a confidence (0..100) that many points above the
// Western reading's. The Czech sample, the weakest, has 24 and 25.
const (
	minLatinEvidence = 8
	latinMargin      = 10
)

// lettersOnlyIn8859_2 counts the bytes inside words that are letters in
// ISO-8859-2 but symbols in Windows-1252: "pří¹tí" is "příští", as "±" or
// "³" inside a word are "ą" and "ł". The detector's statistics are weak on
// a few Czech sentences; these bytes are not.
func lettersOnlyIn8859_2(b []byte) int {
	n := 0
	for i, c := range b {
		if c < 0xA0 || !stdunicode.IsLetter(charmap.ISO8859_2.DecodeByte(c)) || stdunicode.IsLetter(charmap.Windows1252.DecodeByte(c)) {
			continue
		}
		if i > 0 && isASCIILetter(b[i-1]) || i+1 < len(b) && isASCIILetter(b[i+1]) {
			n++
		}
	}
	return n
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// highBytes counts the bytes outside ASCII.
func highBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

func decodeWith(data []byte, enc encoding.Encoding, name string) decoded {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		// The x/text decoders replace bad input rather than fail; keep a
		// safe answer anyway rather than trust that forever.
		return decoded{text: validUTF8(data), encoding: encUTF8}
	}
	return decoded{text: validUTF8(out), encoding: name}
}

// validUTF8 returns b as a string with every invalid byte replaced by U+FFFD.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

// mostlyUTF8 reports whether data is UTF-8 with a few damaged bytes: many
// valid multi-byte sequences and at most one bad byte for ten good ones.
// Legacy single-byte text almost never forms valid multi-byte sequences.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for len(data) > 0 {
		if data[0] < utf8.RuneSelf {
			data = data[1:]
			continue
		}
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		data = data[n:]
	}
	return good >= 3 && bad*10 <= good
}

// utf16Sample is how much of a file sniffUTF16 reads.
const utf16Sample = 4096

// sniffUTF16 recognises UTF-16 without a byte order mark: text in Latin
// scripts then has a zero byte in nearly every other position.
func sniffUTF16(data []byte) (unicode.Endianness, bool) {
	n := min(len(data), utf16Sample) &^ 1
	if n < 8 || bytes.IndexByte(data[:n], 0) < 0 {
		return unicode.LittleEndian, false // no zero byte: nearly every file, found by vector search
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*7 && zeroEven*10 < pairs:
		return unicode.LittleEndian, true
	case zeroEven*10 >= pairs*7 && zeroOdd*10 < pairs:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// looksCyrillic1251 decides between Windows-1251 and Windows-1252 for text
// that is not UTF-8, by the shape of the words that contain high bytes.
// Russian in 1251 writes whole words in bytes 0xC0-0xFF (А-я), while
// Western text in 1252 uses those bytes for an accented letter or two
// inside otherwise ASCII words ("café", "Müller").
func looksCyrillic1251(data []byte) bool {
	var cyrillic, western int
	for i := 0; i < len(data); {
		if !isLetter1251(data[i]) {
			i++
			continue
		}
		j, high := i, 0
		for j < len(data) && isLetter1251(data[j]) {
			if data[j] >= 0x80 {
				high++
			}
			j++
		}
		if high > 0 {
			if high*10 >= (j-i)*8 && j-i >= 2 {
				cyrillic++
			} else {
				western++
			}
		}
		i = j
	}
	return cyrillic > western
}

// isLetter1251 reports whether b is a letter in Windows-1251 (ASCII letters,
// А-я, Ё and ё); in 1252 those high bytes are accented Latin letters.
func isLetter1251(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0xC0 || b == 0xA8 || b == 0xB8
}

// declaredCharset returns the charset an HTML page declares in its first
// kilobytes (<meta charset> or <meta http-equiv="Content-Type">), or "".
func declaredCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 4096)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if httpEquiv == "content-type" {
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					return strings.Trim(content[i+len("charset="):], " \"';")
				}
			}
		}
	}
}
