package lex

import (
	"unicode"
	"unicode/utf8"
)

// The lexicon's words are found through an open-addressing hash table over
// their lower-case bytes (FNV-1a), so the tokenizer can hash a word while
// it reads it, folding ASCII capitals on the way, and look it up without
// copying or lower-casing it first: looking every word of a text up in a
// Go map cost as much as the rest of tokenizing.

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

type slot struct {
	hash uint32
	id   uint16
}

// index builds the hash table of the lexicon's entries.
func (lx *Lexicon) index() {
	size := 1
	for size < 2*len(lx.entries) {
		size <<= 1
	}
	lx.slots = make([]slot, size)
	lx.mask = uint32(size - 1)
	for id := 1; id < len(lx.entries); id++ {
		h := hashLower(lx.entries[id].Word)
		i := h & lx.mask
		for lx.slots[i].id != 0 {
			i = (i + 1) & lx.mask
		}
		lx.slots[i] = slot{hash: h, id: uint16(id)}
	}
	for c := range lx.ascii {
		lx.ascii[c] = lx.find(markForm(string(rune(c))), hashLower(markForm(string(rune(c)))), false)
	}
}

// hashLower hashes an already lower-case word.
func hashLower(s string) uint32 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// find returns the id of the word s hashes to h, 0 when not listed. With
// fold, s may hold ASCII capitals, which compare as their lower case (h
// must then be the hash of the folded bytes).
func (lx *Lexicon) find(s string, h uint32, fold bool) uint32 {
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		sl := lx.slots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.hash != h {
			continue
		}
		w := lx.entries[sl.id].Word
		if len(w) != len(s) {
			continue
		}
		if !fold {
			if w == s {
				return uint32(sl.id)
			}
			continue
		}
		k := 0
		for k < len(s) && foldASCII(s[k]) == w[k] {
			k++
		}
		if k == len(s) {
			return uint32(sl.id)
		}
	}
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
	return lx.find(string(b), hashLower(string(b)), false)
}
