package ingest

import "testing"

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
		if got := decode([]byte(tc.data), tc.html); got.encoding != tc.want {
			t.Errorf("%s: encoding %q (text %q), want %q", tc.name, got.encoding, got.text, tc.want)
		}
	}
	if got := decode([]byte("<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4"), true).text; got != `<meta charset="koi8-r"><p>Привет` {
		t.Errorf("koi8-r text %q", got)
	}
}
