package ascii

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestOnlyAsByteLoop holds Only, which reads eight or four bytes at a time,
// to a test of each byte, on strings of every length to 40 with a byte
// beyond ASCII at each place (or none): each of the bytes that set the high
// bit, and the ASCII bytes nearest them (DEL, NUL), which must not.
func TestOnlyAsByteLoop(t *testing.T) {
	for n := 0; n <= 40; n++ {
		for at := -1; at < n; at++ {
			for _, c := range []byte{0x80, 0xC3, 0xE2, 0xFF, 0x7F, 0x00} {
				b := []byte(strings.Repeat("ab~\x7fcd\x00h", 6)[:n])
				if at >= 0 {
					b[at] = c
				}
				s := string(b)
				want := true
				for i := 0; i < len(s); i++ {
					want = want && s[i] < 0x80
				}
				if got := Only(s); got != want {
					t.Fatalf("Only(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestLoadsAreLittleEndian holds Load8 and Load4 to encoding/binary's
// reading of the same bytes, at every offset of a string of distinct bytes.
func TestLoadsAreLittleEndian(t *testing.T) {
	var b []byte
	for i := range 24 {
		b = append(b, byte(i*37+11))
	}
	s := string(b)
	for i := 0; i+8 <= len(b); i++ {
		if got, want := Load8(s[i:]), binary.LittleEndian.Uint64(b[i:]); got != want {
			t.Fatalf("Load8 at %d = %#x, want %#x", i, got, want)
		}
	}
	for i := 0; i+4 <= len(b); i++ {
		if got, want := Load4(s[i:]), binary.LittleEndian.Uint32(b[i:]); got != want {
			t.Fatalf("Load4 at %d = %#x, want %#x", i, got, want)
		}
	}
}
