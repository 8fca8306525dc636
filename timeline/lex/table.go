package lex

import (
	"unicode"
	"unicode/utf8"

	"retrace/timeline/ascii"
)

// The lexicon's words are found through an open-addressing hash table keyed
// by a word's first eight bytes read as one number (its head), its length
// and, past eight bytes, its tail: the next eight read the same way, and
// past sixteen a hash of the rest. The tokenizer reads the head and the
// tail of an ASCII word straight from the text with a load each, folding
// capitals with one OR, so the words of up to sixteen bytes are looked up
// without a loop over their bytes and without copying or lower-casing them
// first: looking every word of a text up in a Go map cost as much as the
// rest of tokenizing.

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
	// mixer spreads a key over the high bits the table index is taken from
	// (Fibonacci hashing): one multiplication, as each bit of the product's
	// high bits depends on every bit of the key below it.
	mixer uint64 = 0x9E3779B97F4A7C15
	// fold is OR-ed into the bytes of an ASCII word to lower-case it: it
	// turns a capital into its small letter and leaves a small letter or a
	// digit as it is, the only bytes such a word holds.
	fold     uint64 = 0x2020202020202020
	foldByte byte   = 0x20
)

type slot struct {
	head uint64 // the word's first eight bytes (see head)
	n    uint32 // its length in bytes
	id   uint16 // 0: the slot is free
}

// index builds the hash table of the lexicon's entries, at most a quarter
// full, so that a word not listed mostly meets a free slot at once.
func (lx *Lexicon) index() {
	size, shift := 1, uint(64)
	for size < 4*len(lx.entries) {
		size <<= 1
		shift--
	}
	lx.slots = make([]slot, size)
	lx.mask, lx.shift = uint64(size-1), shift
	lx.tails = make([]uint64, len(lx.entries))
	for id := 1; id < len(lx.entries); id++ {
		w := lx.entries[id].Word
		h, tail := head(w), uint64(0)
		if len(w) > 8 {
			tail = tailKey(w[8:], 0)
		}
		lx.tails[id] = tail
		i := lx.slotOf(h, tail)
		for lx.slots[i].id != 0 {
			i = (i + 1) & lx.mask
		}
		lx.slots[i] = slot{head: h, n: uint32(len(w)), id: uint16(id)}
	}
	for c := range lx.marks {
		lx.marks[c] = makeToken(0, uint16(lx.find(markForm(string(rune(c))))), 1, uint8(Mark))
	}
}

// slotOf is where the search for a word of head h and tail key tail (0 for
// a word of eight bytes or fewer) begins. Its length is left out: the two
// tell it already, the head of a shorter word ending in zero bytes and a
// longer word's tail not 0 (a word that holds zero bytes is still found,
// its length compared, only maybe further on).
func (lx *Lexicon) slotOf(h, tail uint64) uint64 {
	return (h ^ tail) * mixer >> (lx.shift & 63)
}

// head reads the first eight bytes of s (fewer when s is shorter, the rest
// zero) as a little-endian number.
func head(s string) uint64 {
	switch {
	case len(s) >= 8:
		return ascii.Load8(s)
	case len(s) >= 4:
		// two loads of four that overlap, the second's bytes shifted to
		// their place: the bytes both hold are OR-ed with themselves
		return uint64(ascii.Load4(s)) | uint64(ascii.Load4(s[len(s)-4:]))<<(8*(len(s)-4))
	}
	var h uint64
	for i := len(s) - 1; i >= 0; i-- {
		h = h<<8 | uint64(s[i])
	}
	return h
}

// tailKey is the key of the bytes of a word past its head (s, not empty):
// the next eight read as head reads the first, and past those a hash of
// the rest, each byte OR-ed with or (foldByte for an ASCII word of the
// text, 0 for a lower-case word).
func tailKey(s string, or byte) uint64 {
	t := head(s[:min(len(s), 8)]) | uint64(or)*(ones&lowBytes[min(len(s), 8)])
	if len(s) > 8 {
		t ^= tailHash(s[8:], or)
	}
	return t
}

const ones uint64 = 0x0101010101010101

// tailHash hashes the bytes of a word past its first sixteen (FNV-1a),
// each OR-ed with or, as in tailKey.
func tailHash(s string, or byte) uint64 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i]|or)) * fnvPrime
	}
	return h
}

// find returns the id of a lower-case word, 0 when not listed.
func (lx *Lexicon) find(s string) uint32 {
	// A word of eight bytes or fewer (most that the events stage looks
	// up, three in four not listed) is searched for as the tokenizer
	// searches a short word, by shortWord, put in line, its head's loads
	// written out from four bytes: head, too long to be put in line, cost
	// a call each.
	n := len(s)
	switch {
	case n < 4:
		return lx.shortWord(head(s), n)
	case n <= 8:
		return lx.shortWord(uint64(ascii.Load4(s))|uint64(ascii.Load4(s[n-4:]))<<(8*(n-4)), n)
	}
	h, tail := ascii.Load8(s), tailKey(s[8:], 0)
	for i := lx.slotOf(h, tail); ; i = (i + 1) & lx.mask {
		sl := &lx.slots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.head == h && int(sl.n) == n && lx.entries[sl.id].Word[8:] == s[8:] {
			return uint32(sl.id)
		}
	}
}

// asciiWord returns the id of the word text[i:j], which holds ASCII letters
// and digits only, compared in lower case; h is its head, folded (the first
// eight bytes OR-ed with fold). 0 when not listed.
func (lx *Lexicon) asciiWord(h uint64, text string, i, j int) uint32 {
	n := j - i
	if n > lx.longest {
		return 0
	}
	var tail uint64
	if n > 8 {
		tail = tailKey(text[i+8:j], foldByte)
	}
	for k := lx.slotOf(h, tail); ; k = (k + 1) & lx.mask {
		sl := &lx.slots[k]
		if sl.id == 0 {
			return 0
		}
		if sl.head == h && int(sl.n) == n && lx.tails[sl.id] == tail &&
			(n <= 16 || foldedEqual(text[i+16:j], lx.entries[sl.id].Word[16:])) {
			return uint32(sl.id)
		}
	}
}

// mediumWord returns the id of an ASCII word of 8 to 15 letters and digits
// whose head, folded, is h and whose tail, folded, is t (see tailKey);
// 0 when not listed. Both are read from the text with a load each, so the
// word's bytes are not gone over one by one.
func (lx *Lexicon) mediumWord(h, t uint64, n int) uint32 {
	for k := lx.slotOf(h, t); ; k = (k + 1) & lx.mask {
		sl := &lx.slots[k]
		if sl.id == 0 || sl.head == h && int(sl.n) == n && lx.tails[sl.id] == t {
			return uint32(sl.id)
		}
	}
}

// shortWord returns the id of an ASCII word of n <= 8 letters and digits
// whose head, folded, is h, or of a lower-case word of n <= 8 bytes whose
// head is h (find); 0 when not listed.
func (lx *Lexicon) shortWord(h uint64, n int) uint32 {
	for k := lx.slotOf(h, 0); ; k = (k + 1) & lx.mask {
		sl := &lx.slots[k]
		// a free slot or the word's own ends the search: one test for
		// both, computed (the key's difference is 0 for the word, the id
		// for a free slot), as either is found at the first slot for most
		// words. Two branches (free? the word?) were mispredicted at
		// every turn from a word not listed to a listed one.
		if min(sl.head^h|uint64(sl.n^uint32(n)), uint64(sl.id)) == 0 {
			return uint32(sl.id)
		}
	}
}

// foldedEqual reports whether the ASCII letters and digits of s, in lower
// case, are the bytes of lower (as long as s).
func foldedEqual(s, lower string) bool {
	for k := 0; k < len(s); k++ {
		if s[k]|foldByte != lower[k] {
			return false
		}
	}
	return true
}

// foldASCII lower-cases an ASCII capital.
func foldASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lookupWord finds a word that holds letters beyond ASCII by its
// lower-case form, written into buf so that looking up allocates nothing.
func (lx *Lexicon) lookupWord(s string, buf *[64]byte) uint32 {
	b := buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, foldASCII(c))
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, unicode.ToLower(r))
			i += size
		}
		if len(b) > lx.longest {
			return 0
		}
	}
	return lx.find(string(b))
}
