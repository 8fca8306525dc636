package lex

import (
	"math/bits"
	"slices"
)

// A Sieve picks out, as a text is cut, the tokens a reader of the text will
// look at first: a grammar tries only the tokens that may begin an
// expression (a fifth of a news text), and it asks, before it tries a rule,
// whether a word the rule needs lies ahead. The tokenizer sifts the tokens
// a few thousand at a time, while the cache still holds them; a pass over
// every token once all are cut read them back from memory on a long text.
//
// What a sieve keeps is data, by lexicon entry: whether a word of the entry
// is kept in small letters (marks count as small), whether with a capital,
// and the groups (at most eight) it is noted in; a token noted is kept too.
// Every number and every word that begins with a digit is kept, as their
// entries say nothing of them, and an unlisted word with a capital is kept
// by its length.
type Sieve struct {
	lexicon *Lexicon
	// marks holds, by entry, the groups it is noted in (the low byte),
	// keepSmall, keepCapital and keepDigits (set for all); as long as an
	// entry number can be, so that reading it needs no check
	marks *[1 << 16]uint16
	// keep holds, by a token's length and flags (the top sixteen bits of
	// the Token), the bit of marks that keeps it (keepBy its flags), and
	// keepUnlisted only for the lengths of the unlisted words with a
	// capital that are kept: one table read for both
	keep *[1 << 16]uint16
	// bare is set for the sieve that keeps nothing (Tokenize's)
	bare bool
}

// The bits of Sieve.marks above the groups: a token is kept when one that
// keepBy its flags picks is set, and keepUnlisted, set for the unlisted
// words alone, only for the lengths Sieve.keep lets.
const (
	keepSmall    uint16 = 1 << 8
	keepCapital  uint16 = 1 << 9
	keepDigits   uint16 = 1 << 10
	keepUnlisted uint16 = 1 << 11
)

// keepBy is, by a token's flags, the bit of its entry's marks that says
// whether it is kept.
var keepBy = func() (t [256]uint16) {
	for fl := range t {
		tok := makeToken(0, 0, 0, uint8(fl))
		switch {
		case tok.Digits() > 0 || tok.Kind() == Number:
			t[fl] = keepDigits
		case tok.Upper():
			t[fl] = keepCapital | keepUnlisted
		default:
			t[fl] = keepSmall
		}
	}
	return t
}()

// SieveSpec says what a sieve keeps, each table by lexicon entry (see
// Sieve).
type SieveSpec struct {
	// Small and Capital say whether a word of the entry is kept in small
	// letters (or as a mark), and with a capital.
	Small, Capital []bool
	// Groups holds the groups a token of the entry is noted in, a bit each.
	Groups []uint8
	// UnlistedCapital lists the lengths in bytes of the unlisted words
	// with a capital that are kept.
	UnlistedCapital []int
}

// NewSieve builds the sieve spec describes over the entries of lx; a table
// shorter than the lexicon keeps and notes nothing of the entries past its
// end.
func NewSieve(lx *Lexicon, spec SieveSpec) *Sieve {
	sv := &Sieve{lexicon: lx, marks: new([1 << 16]uint16), keep: new([1 << 16]uint16)}
	for id := range lx.Len() {
		sv.marks[id] = keepDigits
		if id < len(spec.Groups) && spec.Groups[id] != 0 {
			sv.marks[id] |= uint16(spec.Groups[id]) | keepSmall | keepCapital
		}
		if id < len(spec.Small) && spec.Small[id] {
			sv.marks[id] |= keepSmall
		}
		if id < len(spec.Capital) && spec.Capital[id] {
			sv.marks[id] |= keepCapital
		}
	}
	sv.marks[0] |= keepUnlisted
	var byLength [256]uint16 // clears keepUnlisted but for the lengths kept
	for n := range byLength {
		byLength[n] = ^keepUnlisted
	}
	for _, n := range spec.UnlistedCapital {
		if n > 0 && n < longLen {
			byLength[n] = ^uint16(0)
		}
	}
	// keepBy takes three values, so most rows are a copy of another:
	// made holds, by a value of keepBy (its bits over eight), 1 + the
	// flags of the first row made for it
	var made [1 << 8]int
	for fl, by := range keepBy {
		row := sv.keep[fl<<8 : fl<<8+256]
		if m := made[by>>8]; m > 0 {
			copy(row, sv.keep[(m-1)<<8:])
			continue
		}
		made[by>>8] = fl + 1
		for n := range row {
			row[n] = by & byLength[n]
		}
	}
	return sv
}

// Lexicon returns the lexicon the sieve's tables are by.
func (sv *Sieve) Lexicon() *Lexicon { return sv.lexicon }

// Tokenize is Tokenize with sv's lexicon, listing what sv keeps and notes
// as the text is cut (see Tokenized.Sifted).
func (sv *Sieve) Tokenize(text string) *Tokenized {
	return tokenize(text, sv)
}

// Sifted is what a sieve picked out of a text.
type Sifted struct {
	Kept  []int32    // the tokens kept, in text order
	Noted [8][]int32 // by group, the tokens noted in it, in text order
}

// Sift returns what sv picks out of the text: listed as the text was cut
// when it was cut with sv, else found with a pass over the tokens. The
// lists are the caller's: tt lets go of them (and a second Sift makes the
// pass), so that they live as long as the reader that asked for them, not
// as long as the tokens.
func (tt *Tokenized) Sift(sv *Sieve) Sifted {
	if tt.sieve == sv {
		f := tt.sifted
		tt.sieve, tt.sifted = nil, Sifted{}
		return f
	}
	var f Sifted
	f.Kept = sv.sift(&f, tt.Tokens, 0, make([]int32, 0, len(tt.Tokens)/4+16))
	return f
}

// sift appends to kept the tokens sv keeps of toks, which begin with token
// number from, and lists in f those it notes.
func (sv *Sieve) sift(f *Sifted, toks []Token, from int, kept []int32) []int32 {
	marks := sv.marks
	_ = marks[0] // read through once, not tested for nil at every token kept
	for len(toks) > 0 {
		chunk := toks[:min(len(toks), siftEvery)]
		// sifted into kept's own room, rather than into an array zeroed
		// for each call and copied from
		kept = slices.Grow(kept, siftEvery)
		n := len(kept)
		kept = kept[:n+sv.siftChunk(chunk, int32(from), (*[siftEvery]int32)(kept[n:n+siftEvery]))]
		// a token noted is kept too (see NewSieve), so the few noted are
		// found among the kept
		if cap(chunk) >= siftEvery {
			// as the tokenizer sifts, and but for a pass's last chunk:
			// the kept lie in the chunk, so their index masked to an
			// array of siftEvery is exact and needs no check
			all := (*[siftEvery]Token)(chunk[:siftEvery])
			for _, j := range kept[n:] {
				if m := uint8(marks[all[uint32(j-int32(from))&(siftEvery-1)].id()]); m != 0 {
					f.note(m, j)
				}
			}
		} else {
			for _, j := range kept[n:] {
				if m := uint8(marks[chunk[int(j)-from].id()]); m != 0 {
					f.note(m, j)
				}
			}
		}
		toks, from = toks[len(chunk):], from+len(chunk)
	}
	return kept
}

// note lists token j in the groups of m, a bit each.
func (f *Sifted) note(m uint8, j int32) {
	for ; m != 0; m &= m - 1 {
		g := bits.TrailingZeros8(m)
		f.Noted[g] = append(f.Noted[g], j)
	}
}

// siftChunk writes to kept the numbers of the tokens of chunk (at most
// siftEvery, the first of them numbered from) that sv keeps, and returns
// how many it keeps. Every token is written and counted only when it is
// kept: which are is not to be foretold, and a branch on it was
// mispredicted at every fifth token. The loop makes no call and reads
// arrays it needs no check to index, so that it keeps its state in
// registers.
//
//go:noinline
func (sv *Sieve) siftChunk(chunk []Token, from int32, kept *[siftEvery]int32) (k int) {
	marks, keep := sv.marks, sv.keep
	// the arrays are read through once before the loop, so that it does
	// not check again at every token that their pointers are not nil
	_, _, _ = marks[0], keep[0], kept[0]
	// two tokens a round, so that the loop's count and test are paid once
	// for both; bounded by len(chunk)-1, the two loads need no check
	// k is masked in place before each store: as k <= j < siftEvery, the
	// mask changes nothing but proves the index, and k needs no copy kept
	// unmasked for the count
	j, num := 0, from // num is token j's number
	for last := len(chunk) - 1; j < last; j, num = j+2, num+2 {
		k &= siftEvery - 1
		kept[k] = num
		k += keeps(marks, keep, chunk[j])
		k &= siftEvery - 1
		kept[k] = num + 1
		k += keeps(marks, keep, chunk[j+1])
	}
	if j < len(chunk) {
		kept[k&(siftEvery-1)] = from + int32(j)
		k += keeps(marks, keep, chunk[j])
	}
	return k
}

// keeps is 1 when the tables of a sieve keep t, else 0: computed rather
// than branched on. Each half is widened before they are joined, which
// leaves the sum nothing to widen. Both indexes are cut from the token's
// top half, shifted down once as a uint32 (the compiler would join two
// shifts of the whole Token into one, and copy it for the other index).
func keeps(marks, keep *[1 << 16]uint16, t Token) int {
	h := uint32(t >> idShift)
	return int(uint32(marks[uint16(h)])&uint32(keep[h>>(nShift-idShift)])+0xFFFF) >> 16
}
