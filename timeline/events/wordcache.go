package events

// wordCache keeps what builder.stemmed found of the words it was asked, by
// the word as written. Every word of every label the merge compares is
// looked up (some 18,000 a megabyte of news, five in six found), and a
// map of strings spent about 140 instructions on each, most of them in its
// general probing of groups; this table hashes a word's few bytes itself
// (FNV-1a) and probes an array of slots, a power of two long and at most
// half full, one after the next.
//
// It holds at most maxStems words: past them it starts again empty, as a
// long document's words come and go.
type wordCache struct {
	slots []wordSlot
	n     int // the slots in use
}

type wordSlot struct {
	word string
	stemmed
	used bool
}

// minWordSlots is the smallest table: a short article's labels have a few
// dozen words.
const minWordSlots = 64

// get returns what the cache keeps of w, if anything.
func (c *wordCache) get(w string) (stemmed, bool) {
	if c.n == 0 {
		return stemmed{}, false
	}
	mask := uint64(len(c.slots) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		s := &c.slots[i]
		if !s.used {
			return stemmed{}, false
		}
		if s.word == w {
			return s.stemmed, true
		}
	}
}

// put keeps s for w, which the cache does not hold. expected is how many
// words the document is likely to bring, which sizes a new table.
func (c *wordCache) put(w string, s stemmed, expected int) {
	switch {
	case c.slots == nil:
		c.slots = make([]wordSlot, slotsFor(expected))
	case c.n >= maxStems:
		clear(c.slots)
		c.n = 0
	case 2*(c.n+1) > len(c.slots):
		old := c.slots
		c.slots = make([]wordSlot, 2*len(old))
		c.n = 0
		for i := range old {
			if old[i].used {
				c.add(old[i])
			}
		}
	}
	c.add(wordSlot{w, s, true})
}

// add puts slot e in the first free slot from its word's hash on.
func (c *wordCache) add(e wordSlot) {
	mask := uint64(len(c.slots) - 1)
	i := wordHash(e.word) & mask
	for c.slots[i].used {
		i = (i + 1) & mask
	}
	c.slots[i] = e
	c.n++
}

// slotsFor returns the table length for n words: a power of two, at least
// twice n (and minWordSlots), at most twice maxStems.
func slotsFor(n int) int {
	size := minWordSlots
	for size < 2*min(n, maxStems) {
		size *= 2
	}
	return size
}

// wordHash hashes w by FNV-1a, its bytes spread over the high bits by a
// Fibonacci multiplier and brought down, as a slot is taken from the low
// bits.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return (h * 0x9E3779B97F4A7C15) >> 32
}
