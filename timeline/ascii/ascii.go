// Package ascii reads strings several bytes at a time, for the loops over
// plain text that run once a byte or once a word: whether a string is all
// ASCII, and its bytes as one number to test or compare at once. The
// tokenizer, the sentence splitter, the grammar's morphology and the JSON
// writer each read text this way; the loads are written here once.
package ascii

// Load8 returns the first eight bytes of s, which must have as many, as a
// little-endian number: the first byte in the low eight bits. The compiler
// makes it one load.
func Load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load4 returns the first four bytes of s, which must have as many, as a
// little-endian number, as Load8 does eight.
func Load4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Only reports whether s holds only ASCII bytes. The bytes are or-ed
// together eight or four at a time (the last load overlapping those before)
// and tested once at the end, with no test or byte loop on the way: it is
// asked of words and lines of plain text, nearly all ASCII, and a test at
// every byte cost more than the rest of their reading.
func Only(s string) bool {
	var or uint64
	switch {
	case len(s) >= 8:
		for i := 0; i+8 < len(s); i += 8 {
			or |= Load8(s[i : i+8])
		}
		or |= Load8(s[len(s)-8:])
	case len(s) >= 4:
		or = uint64(Load4(s) | Load4(s[len(s)-4:]))
	default:
		for i := 0; i < len(s); i++ {
			or |= uint64(s[i])
		}
	}
	return or&0x8080808080808080 == 0
}
