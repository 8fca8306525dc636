package lex

import (
	"math"
	"math/bits"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"retrace/timeline/ascii"
)

// Kind tells words, numbers and punctuation apart.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with digits after them ("Q3") or before them ("1990s")
	Number             // ASCII digits only
	Mark               // one punctuation mark or symbol
)

// Token is one word, number or punctuation mark of a text. Tokens never
// hold white space, and every rule that reads them looks at a bounded
// window, so a whole text is scanned once.
//
// A token takes 8 bytes, since a document keeps millions of them: where it
// starts, its lexicon entry, its length and a few flags. What else a rule
// asks (its value as a number) is read from the text; Tokenized has the
// accessors.
//
// The four fields are packed in one number, not laid out as a struct: a
// loop over tokens then reads each with one load and takes its fields
// apart in registers, where the compiler loaded a struct's fields one by
// one.
type Token uint64

// The fields of a Token, from its low bits up.
const (
	idShift    = 32 // the lexicon entry; 0 when the word is not listed
	nShift     = 48 // length in bytes; longLen when the token is longer (see Tokenized.long)
	flagsShift = 56
)

// makeToken packs a token's fields.
func makeToken(start uint32, id uint16, n, flags uint8) Token {
	return Token(uint64(start) | uint64(id)<<idShift | uint64(n)<<nShift | uint64(flags)<<flagsShift)
}

func (t Token) start() uint32 { return uint32(t) }
func (t Token) id() uint16    { return uint16(t >> idShift) }
func (t Token) n() uint8      { return uint8(t >> nShift) }
func (t Token) flags() uint8  { return uint8(t >> flagsShift) }

const longLen = math.MaxUint8

const (
	flagUpper  uint8 = 1 << upperBit // the first rune is upper case
	flagSpace  uint8 = 1 << spaceBit // white space, or the start of the text, comes before the token
	flagFolded uint8 = 1 << 4        // a listed word or number whose text is not its lexicon word, beyond what flagUpper tells (see AsListed)
	kindMask   uint8 = 3             // the low two bits are the Kind
	digitShift       = 5             // the high three bits count the leading ASCII digits, saturated at maxDigits
	maxDigits        = 7
)

// The bits of flagUpper and flagSpace.
const (
	upperBit = 2
	spaceBit = 3
)

// ID returns the token's lexicon entry number, 0 when it is not listed.
func (t Token) ID() uint32 { return uint32(t.id()) }

// Kind returns whether the token is a word, a number or a mark.
func (t Token) Kind() Kind { return Kind(t.flags() & kindMask) }

// Upper reports whether the token is a word that begins with a capital.
func (t Token) Upper() bool { return t.flags()&flagUpper != 0 }

// Plain reports whether the token is a word in small letters with no
// digits: most words of a text.
func (t Token) Plain() bool { return t.flags()&^(flagSpace|flagFolded) == uint8(Word) }

// AsListed reports whether the token is a listed word or number written as
// its lexicon entry's word, byte for byte: most words of a text, which
// then need no compare with it (see Lexicon.FormOf). The tokenizer's fast
// loop reads only words whose letters after the first are small, which a
// capital first (flagUpper) alone keeps from their lexicon word; the few
// others are compared with it once, as they are cut (flagFolded). Marks,
// some looked up in another form ("’" as "'"), report false.
func (t Token) AsListed() bool {
	// the entry and the three flags, one test: the id is 1 or more and
	// the flags 0 when x-1 (which wraps round from 0) is below 0xFFFF
	const mask = 0xFFFF | uint64(flagUpper|flagFolded|uint8(Mark))<<(flagsShift-idShift)
	return uint64(t>>idShift)&mask-1 < 0xFFFF
}

// Space reports whether white space, or the start of the text, comes
// before the token.
func (t Token) Space() bool { return t.flags()&flagSpace != 0 }

// Digits returns the number of ASCII digits the token begins with,
// saturated at 7.
func (t Token) Digits() int { return int(t.flags() >> digitShift) }

// Start returns the byte offset of the token in the text: Tokenized.Start
// for a token already loaded, with no second look at the slice.
func (t Token) Start() int { return int(t.start()) }

// Len returns the token's length in bytes, or -1 when it is too long for
// the token to say (Tokenized.End knows it).
func (t Token) Len() int {
	if t.n() == longLen {
		return -1
	}
	return int(t.n())
}

// Tokenized is a text cut into tokens, each looked up in a lexicon.
type Tokenized struct {
	Text    string
	Tokens  []Token
	Lexicon *Lexicon
	// long holds the end of every token longer than a Token can say, by
	// its start.
	long map[uint32]uint32
	// lines lists the tokens a line break comes before, in order (see
	// LineStarts).
	lines []int32
	// sieve is the sieve the text was cut with, sifted what it picked
	// out (see Sift).
	sieve  *Sieve
	sifted Sifted
	// room is the token slice with all its capacity while the text is
	// cut, nsifted the number of tokens sifted (see flush)
	room    []Token
	nsifted int
}

// Tokenize cuts text into tokens in one pass and looks every word and mark
// up in lx.
func Tokenize(text string, lx *Lexicon) *Tokenized { return tokenize(text, lx.bare) }

// tokenize cuts text with the lexicon of sv, which picks out what it keeps
// and notes. The token slice is sized for a token every 4.5 bytes: English
// news has one every 4.9, so the slice rarely grows, and then by a quarter.
func tokenize(text string, sv *Sieve) *Tokenized {
	// The line breaks are sized for one every 200 bytes (news has one
	// every 265, a paragraph a line): grown by append from nothing, a long
	// text's list was made anew some thirty times, at last a quarter larger
	// each time, and the lists allocated came to over four times its size
	// (1.1 MB for 16 MB of news), each copied into the next.
	tt := &Tokenized{Text: text, Lexicon: sv.lexicon, sieve: sv, lines: make([]int32, 0, len(text)/200+16)}
	if !sv.bare {
		// a grammar keeps a token every 23 bytes of news (see Sieve)
		tt.sifted.Kept = make([]int32, 0, len(text)/20+16)
	}
	tt.Tokens = tt.appendTokens(make([]Token, 0, len(text)*2/9+16), 0, len(text))
	if n := len(tt.lines); n > 0 && int(tt.lines[n-1]) == len(tt.Tokens) {
		tt.lines = tt.lines[:n-1] // breaks after the last token
	}
	return tt
}

// siftEvery is how many tokens the tokenizer cuts before it sifts them:
// 16 KB of them, which the cache still holds.
const siftEvery = 2048

// flush sifts the tokens cut since the last flush and returns toks with
// room for siftEvery more, and at least roomLen (tt.room is its whole
// capacity; toks's stops at the next sifting).
//
//go:noinline
func (tt *Tokenized) flush(toks []Token) []Token {
	if !tt.sieve.bare {
		tt.sifted.Kept = tt.sieve.sift(&tt.sifted, toks[tt.nsifted:], tt.nsifted, tt.sifted.Kept)
	}
	n := len(toks)
	tt.nsifted = n
	if cap(tt.room)-n < roomLen {
		tt.room = slices.Grow(tt.room[:n], roomLen)
	}
	return tt.room[:n:min(cap(tt.room), n+siftEvery)]
}

// LineStarts returns the tokens that have a line break ('\n' or '\r') in
// the white space before them, in text order; the first token is among them
// when the text begins with a break. They are noted as the text is cut, so
// the layout of lines and paragraphs needs no search of the text. The
// caller must not change the slice.
func (tt *Tokenized) LineStarts() []int32 { return tt.lines }

// lineBreak notes that a line break comes before token k.
func (tt *Tokenized) lineBreak(k int) {
	if n := len(tt.lines); n > 0 && int(tt.lines[n-1]) == k {
		return // another break before the same token
	}
	tt.lines = append(tt.lines, int32(k))
}

// appendTokens appends the tokens of Text[from:to] to toks. A token is cut
// where the range ends, so from and to should lie between tokens (at white
// space) for the tokens to be the text's own.
//
// The common tokens are read by cutCommon, in a loop kept small; what it
// stops at, and the last bytes of the text, are read one at a time by
// cutOne.
//
// The tokens are sifted every siftEvery of them (see Sieve), while the
// cache holds them: toks's capacity stops at the next sifting, so the
// check for room finds when to sift.
func (tt *Tokenized) appendTokens(toks []Token, from, to int) []Token {
	s := tt.Text[:to]
	if tt.sieve == nil {
		tt.sieve = tt.Lexicon.bare
	}
	tt.room, tt.nsifted = toks, len(toks)
	toks = toks[:len(toks):min(cap(toks), len(toks)+siftEvery)]
	space := from == 0 || isSpaceBefore(s, from)
	var breaks [roomLen]int32 // the line breaks cutCommon notes
	for i := from; i < len(s); {
		if cap(toks)-len(toks) < roomLen {
			toks = tt.flush(toks)
		}
		// cutCommon reads no further than roomLen bytes on (and the
		// fifteen its loads look past them), so it cuts no more than
		// roomLen tokens: its loop need not count them
		w := s[:min(len(s), i+roomLen+15)]
		var cut, nbreaks int
		cut, nbreaks, i, space = tt.Lexicon.cutCommon((*[roomLen]Token)(toks[len(toks):len(toks)+roomLen]), &breaks, w, i, space)
		for _, k := range breaks[:nbreaks] {
			tt.lineBreak(len(toks) + int(k))
		}
		toks = toks[:len(toks)+cut]
		// cutOne reads the token cutCommon stopped at, or the text's last
		// bytes; cutCommon goes on where it stopped at the end of w alone
		if i < len(s) && (i <= len(w)-16 || len(w) == len(s)) && len(toks) < cap(toks) {
			toks, i, space = tt.cutOne(toks, s, i, space)
		}
	}
	toks = tt.flush(toks)
	tt.room = nil
	return toks
}

// roomLen is how many bytes cutCommon reads at most, and so how many
// tokens it writes at most, before it returns: toks has room for as many
// when it is called.
const roomLen = 256

// cutCommon writes to room the common tokens that begin at s[i]: ASCII
// words of fewer than sixteen bytes, a letter and small letters after it,
// numbers of fewer than eight digits, and ASCII marks; space tells whether
// white space comes before s[i]. It notes in breaks the line breaks it
// passes, each by the number (from 0) of the token after it. It returns
// how many tokens it wrote and how many breaks it noted, where it stopped,
// at a token it does not read or sixteen bytes before the end of s (two
// loads read a word), and whether white space comes before that. s must
// end no more than roomLen+15 bytes after i, so that no more tokens than
// room holds begin before the loop stops.
//
// The loop makes no call and writes to arrays, so that it keeps its state
// in registers; a word is read with one load of eight bytes, or two (see
// shortWord), and the byte after it from the sixteen bytes at s[i], whose
// bounds are checked once. The arrays are indexed by counts masked, which
// the length of s keeps below roomLen already, so that the compiler sees
// no index can be out of range.
func (lx *Lexicon) cutCommon(room *[roomLen]Token, breaks *[roomLen]int32, s string, i int, space bool) (cut, nbreaks int, _ int, _ bool) {
	// the arrays are read through once before the loop, so that it does
	// not check again at every token that their pointers are not nil
	_, _ = room[0], breaks[0]
tokens:
	for i <= len(s)-16 {
		win := s[i:][:16]
		v := ascii.Load8(win)
		c := byte(v)
		// a word, four tokens in five, is asked for first: a switch over
		// the classes searches their numbers, and took three tests to
		// reach it
		cl := byteClass[c]
		if cl == cLetter {
			// a word of small letters after its first, as 99 in 100
			// words of news are, is found by the test for small letters
			// alone, cheaper than one for letters and digits; a capital
			// or a digit after the first letter is left to cutOne
			h := v | uint64(foldByte) // the first letter in small
			var n int
			var id uint32
			if m := nonSmallBytes(h); m != 0 {
				n = bits.TrailingZeros64(m) >> 3
				id = lx.shortWord(h&lowBytes[n], n)
			} else {
				w := ascii.Load8(win[8:])
				m = nonSmallBytes(w)
				if m == 0 {
					break tokens
				}
				t := bits.TrailingZeros64(m) >> 3
				n = 8 + t
				id = lx.mediumWord(h, w&lowBytes[t], n)
			}
			// end is most often the space before the next word; a
			// capital, a digit or a letter beyond ASCII goes on with it
			end := win[n&15]
			if byteClass[end] > cBreak {
				break tokens
			}
			// the flags and the step over a space are computed, not
			// branched on: which words have a capital, and which have a
			// space after them, is not to be foretold (a small letter has
			// the bit 0x20 set, a capital not). The token is put together
			// in 64 bits, each flag shifted to its place (Word is 0),
			// where makeToken took bytes the compiler widened one by one.
			room[cut&(roomLen-1)] = Token(uint64(uint32(i)) | uint64(id)<<idShift | uint64(n)<<nShift |
				uint64(bit(space))<<(flagsShift+spaceBit) | (^v&0x20)<<(flagsShift+upperBit-5))
			cut++
			space = end == ' '
			i += n + int(bit(space))
			continue
		}
		switch cl {
		case cSpace:
			space = true
			i++
		case cBreak:
			// noted by the number of the token after it, once (see
			// lineBreak); the loop stops before a token numbered
			// roomLen, as before byte roomLen, so breaks has room for
			// every number
			if nbreaks == 0 || breaks[(nbreaks-1)&(roomLen-1)] != int32(cut) {
				breaks[nbreaks&(roomLen-1)] = int32(cut)
				nbreaks++
			}
			space = true
			i++
		case cMark: // an ASCII mark
			// its token made as the lexicon was built (Lexicon.marks),
			// the offset and the space flag OR-ed in: makeToken put the
			// entry, length and kind in place at every mark
			room[cut&(roomLen-1)] = lx.marks[c&(utf8.RuneSelf-1)] | Token(uint32(i)) | Token(bit(space))<<(flagsShift+spaceBit)
			cut++
			// and the space after it, as after a word: a comma or a full
			// stop is most often followed by one
			space = byte(v>>8) == ' '
			i += 1 + int(bit(space))
		case cDigit:
			// a number of fewer than eight digits with no letter after
			// it, read with one load (most numbers of news: "1998", "5")
			n := bits.TrailingZeros64(nonDigitBytes(v)) >> 3
			end := win[n&15]
			if n == 8 || byteClass[end] >= cLetter {
				break tokens
			}
			room[cut&(roomLen-1)] = makeToken(uint32(i), uint16(lx.shortWord(v&lowBytes[n], n)), uint8(n),
				uint8(Number)|bit(space)*flagSpace|uint8(n)<<digitShift)
			cut++
			space = end == ' '
			i += n + int(bit(space))
		default: // a byte beyond ASCII
			break tokens
		}
	}
	return cut, nbreaks, i, space
}

// cutOne reads what begins at s[i], the general path: one token, appended
// to toks (which has room for it), or white space. It returns where it
// stopped and whether white space comes before that.
func (tt *Tokenized) cutOne(toks []Token, s string, i int, space bool) ([]Token, int, bool) {
	c := s[i]
	switch byteClass[c] {
	case cSpace:
		return toks, i + 1, true
	case cBreak:
		tt.lineBreak(len(toks))
		return toks, i + 1, true
	case cMark: // an ASCII mark
		return append(toks, tt.Lexicon.marks[c]|Token(uint32(i))|Token(bit(space))<<(flagsShift+spaceBit)), i + 1, false
	}
	// a word that begins with a capital and has more after it (see
	// capitalWord)
	if c <= 'Z' && i <= len(s)-16 && byteClass[c] == cLetter {
		if t, n := tt.Lexicon.capitalWord(s[i:][:16]); n > 0 {
			t |= Token(uint32(i)) | Token(bit(space))<<(flagsShift+spaceBit)
			return append(toks, t), i + n, false
		}
	}
	t, end := tt.other(s, i, space)
	if end < 0 { // white space beyond ASCII
		return toks, -end, true
	}
	return append(toks, t), end, false
}

// capitalWord reads the word at win[0], which is an ASCII capital, when it
// is made of ASCII letters only, in either case, and is shorter than
// sixteen bytes, as cutCommon reads a word of small letters: most of
// those cutCommon stops at are such words ("NATO", "FBI", "BellSouth"),
// which other read at many times the cost. It returns the word's token at
// offset 0 with no space before it, and its length; 0 when the word is
// not such a word.
func (lx *Lexicon) capitalWord(win string) (Token, int) {
	win = win[:16]
	h := ascii.Load8(win) | fold // every letter in small
	var n int
	var id uint32
	if m := nonSmallBytes(h); m != 0 {
		n = bits.TrailingZeros64(m) >> 3
		id = lx.shortWord(h&lowBytes[n], n)
	} else {
		w := ascii.Load8(win[8:]) | fold
		m = nonSmallBytes(w)
		if m == 0 {
			return 0, 0
		}
		t := bits.TrailingZeros64(m) >> 3
		n = 8 + t
		id = lx.mediumWord(h, w&lowBytes[t], n)
	}
	// a digit or a letter beyond ASCII goes on with the word
	if byteClass[win[n&15]] > cBreak {
		return 0, 0
	}
	// the text is not its lexicon word, but its capital first says so:
	// flagFolded is not set (see Token.AsListed)
	return makeToken(0, uint16(id), uint8(n), uint8(Word)|flagUpper), n
}

// bit is 1 for true and 0 for false.
func bit(b bool) uint8 {
	var x uint8
	if b {
		x = 1
	}
	return x
}

// other reads the token at s[i] that begins with a letter, a digit or a
// byte beyond ASCII: a word, a number, a mark beyond ASCII. It returns the token and where it ends, or minus the end of
// the white space it found there instead.
func (tt *Tokenized) other(s string, i int, space bool) (Token, int) {
	lx := tt.Lexicon
	c := s[i]
	cl := byteClass[c]
	var r rune
	size := 1
	if cl == cHigh {
		r, size = utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return 0, -(i + size)
		}
		if unicode.IsLetter(r) {
			cl = cLetter
		}
	}
	var flags uint8
	if space {
		flags |= flagSpace
	}
	end := i
	var id uint32
	var buf [64]byte
	switch cl {
	case cDigit:
		// digits, and letters after them: "1990s", "3rd", "5pm" are words
		j := i + 1
		for j < len(s) && byteClass[s[j]] == cDigit {
			j++
		}
		k, ascii := j, true
		for k < len(s) {
			if c := s[k]; byteClass[c] == cLetter {
				k++
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r2, s2 := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsLetter(r2) {
				break
			}
			ascii = false
			k += s2
		}
		flags |= uint8(Number) | uint8(min(j-i, maxDigits))<<digitShift
		end = j
		if k > j {
			flags = flags&^kindMask | uint8(Word)
			end = k
		}
		id = lx.wordID(s, i, end, ascii, &buf)
	case cLetter:
		// letters, and digits after them: "Q3"
		flags |= uint8(Word)
		var j int
		var h uint64 // the head of an ASCII word, folded (see asciiWord)
		ascii := c < utf8.RuneSelf
		if ascii {
			if c <= 'Z' {
				flags |= flagUpper
			}
			j, h = asciiWordEnd(s, i)
			if j < len(s) && s[j] >= utf8.RuneSelf {
				// letters beyond ASCII may go on with the word
				if k := wordEnd(s, j); k > j {
					j, ascii = k, false
				}
			}
		} else {
			if unicode.IsUpper(r) {
				flags |= flagUpper
			}
			j = wordEnd(s, i+size)
		}
		end = j
		if ascii {
			id = lx.asciiWord(h, s, i, j)
		} else {
			id = lx.lookupWord(s[i:j], &buf)
		}
	default: // a mark beyond ASCII (the ASCII ones are read in cutCommon and cutOne)
		flags |= uint8(Mark)
		end = i + size
		id = lx.ID(markForm(s[i:end]))
	}
	if id != 0 && flags&kindMask != uint8(Mark) && flags&flagUpper == 0 && lx.entries[id].Word != s[i:end] {
		flags |= flagFolded // "iPhone", "1990S", letters beyond ASCII in capitals
	}
	n := uint8(longLen)
	if end-i < longLen {
		n = uint8(end - i)
	} else {
		if tt.long == nil {
			tt.long = map[uint32]uint32{}
		}
		tt.long[uint32(i)] = uint32(end)
	}
	return makeToken(uint32(i), uint16(id), n, flags), end
}

// wordID looks up the word s[i:j]: an ASCII word by its bytes folded to
// lower case as they are read, another by its lower-case form.
func (lx *Lexicon) wordID(s string, i, j int, ascii bool, buf *[64]byte) uint32 {
	if !ascii {
		return lx.lookupWord(s[i:j], buf)
	}
	return lx.asciiWord(foldedHead(s[i:min(j, i+8)]), s, i, j)
}

// wordEnd returns the end of the word that goes on at s[j]: ASCII letters
// and digits, and letters beyond ASCII.
func wordEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; wordByte[c] {
			j++
			continue
		} else if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j
}

// asciiWordEnd returns the end of the ASCII letters and digits that begin
// at s[i], and the head of the word they make, folded to lower case (see
// asciiWord). It reads eight bytes at a time: most words end within the
// first eight, and the bytes read make the head.
func asciiWordEnd(s string, i int) (j int, h uint64) {
	j = i
	for j+8 <= len(s) {
		v := ascii.Load8(s[j:])
		m := ^asciiWordBytes(v) & highBits
		if j == i {
			h = v | fold
		}
		if m != 0 {
			k := bits.TrailingZeros64(m) >> 3
			if j == i {
				h &= lowBytes[k]
			}
			return j + k, h
		}
		j += 8
	}
	for j < len(s) && wordByte[s[j]] {
		j++
	}
	if j-i < 8 || i+8 > len(s) {
		h = foldedHead(s[i:min(j, i+8)])
	}
	return j, h
}

// foldedHead is the head of an ASCII word of at most eight letters and
// digits, folded to lower case.
func foldedHead(w string) uint64 { return head(w) | fold&lowBytes[len(w)] }

const highBits uint64 = 0x8080808080808080

// asciiWordBytes returns the high bit of each byte of v (eight bytes of
// text) that is an ASCII letter or digit, computed on all eight at once:
// a byte below 0x80 plus (0x80 - lo) reaches 0x80 when it is at least lo,
// and no sum carries into the next byte.
func asciiWordBytes(v uint64) uint64 {
	x := v &^ highBits
	l := x | fold // a capital to its small letter
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7F-'z')*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x7F-'9')*ones)
	return (letter | digit) &^ v & highBits
}

// nonSmallBytes finds the first byte of v (eight bytes of text) that is not
// a small ASCII letter: the lowest bit it sets is that byte's high bit, and
// it is 0 when all eight are small letters. Its bits above the lowest mean
// nothing, which saves the masks asciiWordBytes needs to test every byte:
// b + (0x80 - 'a') has its high bit set when 'a' <= b < 0x80 + 'a', and
// b + (0x7F - 'z') when 'z' < b < 0x80 + 0x7F - 'z', so b is a small letter
// when the first is set and the second not, right for every value of b;
// and the sums of a small letter carry into no other byte, so the bytes up
// to the first that is not one are tested as if alone (its own sums may
// carry into the bytes above it, which are not read).
func nonSmallBytes(v uint64) uint64 {
	return (^(v + (0x80-'a')*ones) | (v + (0x7F-'z')*ones)) & highBits
}

// nonDigitBytes finds the first byte of v that is not an ASCII digit, as
// nonSmallBytes does.
func nonDigitBytes(v uint64) uint64 {
	return ^((v + (0x80-'0')*ones) &^ (v + (0x7F-'9')*ones)) & highBits
}

// lowBytes[n] keeps the low n bytes of a number.
var lowBytes = [9]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF}

// The classes of bytes the tokenizer tells apart.
const (
	cMark uint8 = iota
	cSpace
	cBreak // a line break: '\n' or '\r'
	cLetter
	cDigit
	cHigh // the first byte of a rune beyond ASCII
)

// wordByte marks the ASCII letters and digits.
var wordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c < utf8.RuneSelf && (isASCIILetter(byte(c)) || c >= '0' && c <= '9')
	}
	return t
}()

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = cHigh
		case c == '\n' || c == '\r':
			t[c] = cBreak
		case asciiSpace[c]:
			t[c] = cSpace
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case isASCIILetter(byte(c)):
			t[c] = cLetter
		}
	}
	return t
}()

// isSpaceBefore reports whether the rune before offset i is white space.
func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// markForm is the form a mark is looked up by: curly quotes and the
// backtick read as an apostrophe, en and em dashes as a hyphen.
func markForm(s string) string {
	switch s {
	case "’", "‘", "`":
		return "'"
	case "–", "—":
		return "-"
	}
	return s
}

// Lower returns the lower-case form of a token's text, as the lexicon
// looks it up: marks in their lookup form (see markForm), letters through
// unicode.ToLower, bytes that are not UTF-8 as U+FFFD.
func Lower(s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			rs := []rune(s)
			for i, r := range rs {
				rs[i] = unicode.ToLower(r)
			}
			return string(rs)
		}
		if c >= 'A' && c <= 'Z' {
			hasUpper = true
		}
	}
	if !hasUpper {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// Len returns the number of tokens.
func (tt *Tokenized) Len() int { return len(tt.Tokens) }

// Start returns the byte offset of token i in the text.
func (tt *Tokenized) Start(i int) int { return int(tt.Tokens[i].start()) }

// End returns the byte offset just past token i.
func (tt *Tokenized) End(i int) int {
	t := tt.Tokens[i]
	if t.n() == longLen {
		return int(tt.long[t.start()])
	}
	return int(t.start()) + int(t.n())
}

// Kind returns whether token i is a word, a number or a mark.
func (tt *Tokenized) Kind(i int) Kind { return Kind(tt.Tokens[i].flags() & kindMask) }

// Upper reports whether word i begins with a capital. Numbers and words
// that begin with a digit ("1990s") report false.
func (tt *Tokenized) Upper(i int) bool { return tt.Tokens[i].flags()&flagUpper != 0 }

// Space reports whether white space or the start of the text precedes
// token i: "U.S." is three tokens, the last two without space.
func (tt *Tokenized) Space(i int) bool { return tt.Tokens[i].flags()&flagSpace != 0 }

// Digits returns the number of ASCII digits token i begins with, saturated
// at 7.
func (tt *Tokenized) Digits(i int) int { return int(tt.Tokens[i].flags() >> digitShift) }

// Num returns the value of the ASCII digits token i begins with, 0 when it
// has none. A long number stops growing once past a billion: no rule reads
// more.
func (tt *Tokenized) Num(i int) int {
	d := tt.Digits(i)
	if d == 0 {
		return 0
	}
	start := int(tt.Tokens[i].start())
	if d < maxDigits { // the digits counted, and no more: most numbers
		n := 0
		for _, c := range []byte(tt.Text[start : start+d]) {
			n = n*10 + int(c-'0')
		}
		return n
	}
	n := 0
	for j := start; j < len(tt.Text) && tt.Text[j] >= '0' && tt.Text[j] <= '9'; j++ {
		if n < 1e9 {
			n = n*10 + int(tt.Text[j]-'0')
		}
	}
	return n
}

// ID returns the lexicon entry number of token i, 0 when it is not listed.
func (tt *Tokenized) ID(i int) uint32 { return uint32(tt.Tokens[i].id()) }

// Entry returns the lexicon entry of token i, the empty entry when i is out
// of range or the word is not listed.
func (tt *Tokenized) Entry(i int) *Entry {
	if i < 0 || i >= len(tt.Tokens) {
		return &tt.Lexicon.entries[0]
	}
	return &tt.Lexicon.entries[tt.Tokens[i].id()]
}

// Has reports whether token i is in class c.
func (tt *Tokenized) Has(i int, c Class) bool { return tt.Entry(i).Classes.Has(c) }

// Lower returns the lower-case form of token i ("" out of range): its
// lexicon word when it is listed, else computed from the text.
func (tt *Tokenized) Lower(i int) string {
	if i < 0 || i >= len(tt.Tokens) {
		return ""
	}
	if id := tt.Tokens[i].id(); id != 0 {
		return tt.Lexicon.entries[id].Word
	}
	s := tt.Source(i)
	if tt.Kind(i) == Mark {
		return Lower(markForm(s))
	}
	return Lower(s)
}

// Source returns the text of token i.
func (tt *Tokenized) Source(i int) string { return tt.Text[tt.Start(i):tt.End(i)] }

// Search returns the index of the first token that starts at or after
// offset: tokens are in text order.
func (tt *Tokenized) Search(offset int) int {
	return sort.Search(len(tt.Tokens), func(i int) bool { return int(tt.Tokens[i].start()) >= offset })
}
