package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestDecodeChoice checks which encoding decode picks, since the text alone
// can hide a lucky guess (ASCII reads the same in all of them).
func TestDecodeChoice(t *testing.T) {
	tests := []struct {
		name string
		data string
		html bool
		want string
	}{
		{"ascii", "plain", false, encUTF8},
		{"utf-8", "Zürich", false, encUTF8},
		{"utf-8 bom", "\xEF\xBB\xBFx", false, encUTF8},
		{"utf-16le bom", "\xFF\xFEx\x00", false, encUTF16LE},
		{"utf-16be bom", "\xFE\xFF\x00x", false, encUTF16BE},
		{"utf-16be no bom", "\x00P\x00l\x00a\x00i\x00n\x00 \x00t\x00e\x00x\x00t", false, encUTF16BE},
		{"utf-32le bom", "\xFF\xFE\x00\x00x\x00\x00\x00", false, encUTF32LE},
		{"russian 1251", "\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0", false, enc1251},
		{"french 1252", "Le caf\xe9 \xe9tait tr\xe8s bon", false, enc1252},
		{"german latin-1", "Gr\xf6\xdfe und M\xfcller", false, enc1252},
		{"declared koi8-r", "<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4", true, "koi8-r"},
		{"declared utf-16 ignored", "<meta charset=\"utf-16\"><p>caf\xe9", true, enc1252},
		{"declaration ignored for valid utf-8", `<meta charset="windows-1251"><p>Zürich`, true, encUTF8},
	}
	for _, tc := range tests {
		if got := decode(tc.data, tc.html); got.encoding != tc.want {
			t.Errorf("%s: encoding %q (text %q), want %q", tc.name, got.encoding, got.text, tc.want)
		}
	}
	if got := decode("<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4", true).text; got != `<meta charset="koi8-r"><p>Привет` {
		t.Errorf("koi8-r text %q", got)
	}
}

// TestUndeclaredLegacyEncodings reads news in legacy encodings from plain
// text files that declare none, as old archives hold them. Before the
// detector only Windows-1251 and Windows-1252 were told apart; Shift-JIS
// read as Windows-1252 mojibake.
func TestUndeclaredLegacyEncodings(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
	}{
		{"Shift-JIS", japanese.ShiftJIS, "東京、2024年3月3日（ロイター）― 日本政府は月曜日、新たな経済対策を発表した。岸田首相は記者会見で、物価上昇に対応するため今年度中に補正予算を編成すると述べた。"},
		{"Shift-JIS, short", japanese.ShiftJIS, "昨日、大阪で地震があった。被害は報告されていない。"},
		{"Shift-JIS with English", japanese.ShiftJIS, "Tokyo (AP) - 2024年4月1日、トヨタ自動車は新しい電気自動車を発表した。The company said sales would start in June.\n販売は6月に始まる予定だ。"},
		{"KOI8-R", charmap.KOI8R, "МОСКВА, 2 января 2026 года. Президент России поздравил руководителя КНДР с Новым годом. В послании говорится, что отношения между странами вышли на новый уровень."},
		{"KOI8-R, short", charmap.KOI8R, "Вчера в Москве прошли переговоры министров иностранных дел."},
		{"Windows-1251", charmap.Windows1251, "МОСКВА, 2 января 2026 года. Президент России поздравил руководителя КНДР с Новым годом. В послании говорится, что отношения между странами вышли на новый уровень."},
		{"Windows-1251, short", charmap.Windows1251, "Вчера в Москве прошли переговоры министров иностранных дел."},
		{"ISO-8859-2, Czech", charmap.ISO8859_2, "PRAHA, 3. března 2024 - Vláda ve čtvrtek schválila nový rozpočet. Ministr financí řekl, že schodek se příští rok sníží o dvě miliardy korun."},
		{"ISO-8859-2, Polish", charmap.ISO8859_2, "WARSZAWA, 5 maja 2024 r. - Rząd przyjął w środę projekt ustawy o ochronie środowiska. Minister zapowiedział, że przepisy wejdą w życie w przyszłym roku."},
		{"ISO-8859-2, Hungarian", charmap.ISO8859_2, "BUDAPEST, 2024. június 1. - A kormány csütörtökön bejelentette, hogy jövőre csökkenti az üzemanyag árát. A miniszter szerint a döntés hosszú távon erősíti a gazdaságot."},
		{"GB18030", simplifiedchinese.GB18030, "新华社北京2024年3月5日电 第十四届全国人民代表大会第二次会议今天上午在人民大会堂开幕。国务院总理作政府工作报告，提出今年经济增长预期目标为百分之五左右。"},
		{"GB18030, short", simplifiedchinese.GB18030, "昨天，上海举行了国际电影节开幕式。"},
		{"Windows-1252, French", charmap.Windows1252, "PARIS, 3 mars 2024 – Le gouvernement a présenté mercredi un projet de loi sur l'énergie. Le ministre a déclaré que les prix baisseraient dès l'été prochain."},
		{"Windows-1252, German", charmap.Windows1252, "BERLIN, 5. Mai 2024 – Die Regierung hat am Mittwoch ein Gesetz über erneuerbare Energien beschlossen. Der Minister sagte, die Preise würden sinken. Kritiker äußerten Bedenken."},
		{"Windows-1252, a few accents", charmap.Windows1252, "Café crème, señor García."},
		{"Windows-1252, English with curly quotes", charmap.Windows1252, "WASHINGTON, March 3, 2024 – The Senate passed the bill on Tuesday. “It’s a good day,” the senator said."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.enc.NewEncoder().Bytes([]byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Read("news.txt", data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tc.text {
				t.Errorf("read as\n%q\nwant\n%q", doc.Text, tc.text)
			}
		})
	}
}

// TestDecodeAsDecodeBytes holds decode's shortcut for UTF-8 to decodeBytes,
// which reads every file the long way: the texts are pieces that each take
// one of its branches (byte order marks, zero bytes before and after the
// sample UTF-16 is sniffed in, bad bytes, legacy letters), put together at
// random. Where decodeBytes reads a legacy encoding, the detector may name
// a different one from run to run (it breaks ties in map order), so only
// the UTF-8 answers, the shortcut's, are compared.
func TestDecodeAsDecodeBytes(t *testing.T) {
	pieces := []string{
		"Talks resumed on Monday. ", "Zürich ", "東京 ", "\n", "\x00", "T\x00a\x00l\x00k\x00s\x00",
		"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", "\xFF\xFE\x00\x00", "\x00\x00\xFE\xFF",
		"caf\xe9 ", "\xcf\xf0\xe8\xe2\xe5\xf2 ", "\xe2\x82", strings.Repeat("x", utf16Sample-3),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var sb strings.Builder
		for range rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s, html := sb.String(), rng.IntN(2) == 0
		got, want := decode(s, html), decodeBytes([]byte(s), html)
		if (got.encoding == encUTF8 || want.encoding == encUTF8) && (got.text != want.text || got.encoding != want.encoding) {
			t.Fatalf("decode(%q) = %+v, decodeBytes %+v", s, got, want)
		}
		// ASCII is told of the content taken as it is, and only of ASCII
		isASCII := strings.IndexFunc(got.text, func(r rune) bool { return r >= utf8.RuneSelf }) < 0
		asIs := !strings.HasPrefix(s, utf8BOM) && strings.IndexByte(s[:min(len(s), utf16Sample)], 0) < 0 && utf8.ValidString(s)
		if got.isASCII && !isASCII || asIs && got.isASCII != isASCII {
			t.Fatalf("decode(%q).isASCII = %t", s, got.isASCII)
		}
	}
}

// asciiPrefix finds the first byte beyond ASCII as a byte loop does, at
// every place of strings of every length about its 32-byte steps.
func TestASCIIPrefixAsByteLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 5))
	for range 20000 {
		b := make([]byte, rng.IntN(100))
		for i := range b {
			b[i] = byte(rng.IntN(utf8.RuneSelf))
		}
		if len(b) > 0 && rng.IntN(4) > 0 {
			b[rng.IntN(len(b))] = byte(utf8.RuneSelf + rng.IntN(utf8.RuneSelf))
		}
		s := string(b)
		want := strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })
		if want < 0 {
			want = len(s)
		}
		if got := asciiPrefix(s); got != want {
			t.Fatalf("asciiPrefix(%q) = %d, want %d", s, got, want)
		}
	}
}
