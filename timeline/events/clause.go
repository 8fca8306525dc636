package events

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ascii"
	"retrace/timeline/lex"
)

// token is a word or a punctuation mark of a sentence, with its byte span in
// the document's text, its lexicon entry and classes: the entry's, and for
// a word those it has by its form.
type token struct {
	timeline.Span
	text string
	word bool // letters or digits; false for punctuation
	lc   bool // a word that begins with a lower-case letter (isLowerWord)
	mod  bool // a modifier: it only qualifies a predicate (reading.modifier)
	// the trigger rules' answers for the token, found when first asked
	// (reading.verb, reading.eventNoun): 0 not asked, 1 yes, -1 no
	isVerb, isNoun int8
	cls            lex.Set
	e              *lex.Entry // its Word is the token's lexicon word, "" when not listed (see lowered)
}

func (t *token) has(c lex.Class) bool { return t.cls.Has(c) }

// stemWord returns the word a trigger's stem is asked of (builder.stemmed):
// its lexicon word, or its text as written when it is not listed. stemmed
// lowers a word itself, into the label text's room, and answers for it
// what it answers for its lower case (strings.ToLower changes no word
// twice): lowering it here first cost a call for each unlisted trigger,
// and a string for a name.
func (t *token) stemWord() string {
	if t.e.Word != "" {
		return t.e.Word
	}
	return t.text
}

// sentenceTokens groups the document's tokens inside span into the words
// and marks a sentence is read by. A word may carry inner apostrophes,
// hyphens, periods, commas and slashes when a letter or digit follows
// ("Putin's", "long-standing", "U.S", "3,000"), and keeps the final period
// of an abbreviation with inner periods ("U.S."), so labels do not read
// "U.S embassies". Digits, letters and the signs $ % & £ € make words;
// a doubled hyphen, backtick or apostrophe ("--" as a dash, doubled
// backticks and apostrophes as quotation marks) is one mark. A word of one
// token keeps that token's entry; a longer one is looked up whole.
//
// The loop reads each lex token once, as the packed number it is. Whether
// a token is glued to the one before, its space flag says: the tokenizer
// leaves no byte between two tokens but white space. Most tokens are words
// with white space or a mark that ends them after them, and marks, which
// the loop writes in place itself; the rest (a word glued to more word
// material, a mark that may be doubled, a token too long for its length to
// be packed) go to appendToken. Kept small, the loop keeps its state in
// registers.
//
// a is the first token of the span (see builder.firstToken); next is the
// first after it. The tokens are appended to buf[:0]: the builder reads one
// sentence at a time and gives back the previous sentence's slice.
func sentenceTokens(tt *lex.Tokenized, span timeline.Span, a int, buf []token) (toks []token, next int) {
	lts, text, lx := tt.Tokens, tt.Text, tt.Lexicon
	toks = buf[:0]
	i := a
	for i < len(lts) {
		t := lts[i]
		start, n := t.Start(), t.Len()
		mark := t.Kind() == lex.Mark
		if n < 0 || mark && !plainMarks[text[start]] ||
			i+1 < len(lts) && !lts[i+1].Space() && (mark && mayDouble[text[start]] || !mark && !endsAtMark(lts, text, i, start+n)) {
			var ok bool
			if toks, i, ok = appendToken(toks, tt, span.End, i); !ok {
				break
			}
			continue
		}
		stop := start + n
		if stop > span.End {
			break
		}
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 32)
		}
		toks = toks[:len(toks)+1]
		p := &toks[len(toks)-1] // written field by field: the slice is the last sentence's
		w := text[start:stop]
		e := lx.Entry(t.ID())
		p.Span = timeline.Span{Start: start, End: stop}
		p.text, p.e, p.isVerb, p.isNoun = w, e, 0, 0
		if mark {
			p.word, p.lc, p.cls = false, false, e.Classes
		} else {
			p.word, p.lc = true, isLowerWord(w)
			p.cls = e.Classes.Union(lx.FormOf(t, e, w)) // once here, not in every label made of it
		}
		// whether the token only qualifies a predicate (reading.modifier):
		// a sentence adverb, a negation or an -ly adverb. The rules ask it
		// of most tokens, some many times: answered once here. (Written
		// out here and in appendToken: too long for the compiler to put
		// in line itself. modifierAsWritten, of the tests, is the rule.)
		cls := p.cls
		p.mod = cls.Has(lex.SentenceAdverb) || cls.Has(lex.Adverb) || cls.Has(lex.Negation) && !cls.Has(lex.BaseVerbAfter) ||
			cls.Has(lex.LyForm) && !cls.Has(lex.LyNotAdverb) && p.lc
		i++
	}
	return toks, i
}

// endsAtMark reports whether the word of lex token i, which ends at stop,
// ends there though a token is glued to it: an ASCII mark that is no word
// material, with white space or the end of the text after it (the comma
// or the full stop after many words of a sentence). appendToken would
// read the same word, of the one token, at three times the cost. The
// period is no abbreviation's here ("U.S."): appendToken keeps it only
// after a word with a period inside, and a lex token has none.
func endsAtMark(lts []lex.Token, text string, i, stop int) bool {
	// an ASCII mark is a token of one byte
	return lts[i+1].Kind() == lex.Mark && endsWord[text[stop]] && (i+2 == len(lts) || lts[i+2].Space())
}

// endsWord are the ASCII marks that end a word glued before them: all but
// $ % & and the digits, word material (see wordMark).
var endsWord = func() (m [256]bool) {
	for c := range utf8.RuneSelf {
		m[c] = !asciiWordMarks[c] && !unicode.IsLetter(rune(c)) && !unicode.IsDigit(rune(c)) && !unicode.IsSpace(rune(c))
	}
	return m
}()

// mayDouble are the marks that make one mark with the same one glued
// after them (see appendToken): two hyphens as a dash, two backticks or
// apostrophes as a quotation mark. Any other mark is a token of its own
// whatever follows it: an opening bracket or quotation mark glued to the
// word after it.
var mayDouble = [256]bool{'-': true, '`': true, '\'': true}

// plainMarks are the ASCII marks that are a token of their own, looked up
// as written: not "$", "%" or "&" (word material) and not the backtick
// (looked up as an apostrophe). A hyphen or an apostrophe is one only
// with no other glued after it (mayDouble).
var plainMarks = func() (m [256]bool) {
	for c := range utf8.RuneSelf {
		m[c] = !asciiWordMarks[c] && c != '`'
	}
	return m
}()

// appendToken appends to toks the word or mark that begins with lex token
// i, for sentenceTokens: a mark, a word glued to more word material, a
// token too long for its length to be packed. It returns the index of the
// lex token after it, and false (toks unchanged) when it would end beyond
// limit.
func appendToken(toks []token, tt *lex.Tokenized, limit, i int) ([]token, int, bool) {
	lts, text, lx := tt.Tokens, tt.Text, tt.Lexicon
	// end returns the end of token k, which starts at start: a glued
	// token starts where the one before it ends
	end := func(k, start int) int {
		if n := lts[k].Len(); n >= 0 {
			return start + n
		}
		return tt.End(k) // longer than a token can say
	}
	t := lts[i]
	start := tt.Start(i)
	stop := end(i, start)
	if stop > limit {
		return toks, i, false
	}
	j := i + 1
	isWord := t.Kind() != lex.Mark || wordMark(text[start:stop])
	if isWord {
		// the word goes on over glued word material, and over a joining
		// mark glued to more of it
		for ; j < len(lts) && !lts[j].Space(); j++ {
			e := end(j, stop)
			if e > limit {
				break
			}
			if lts[j].Kind() != lex.Mark || wordMark(text[stop:e]) {
				stop = e
				continue
			}
			if j+1 == len(lts) || lts[j+1].Space() || !joins(text[stop:e]) {
				break
			}
			e2 := end(j+1, e)
			if e2 > limit || lts[j+1].Kind() == lex.Mark && !wordMark(text[e:e2]) {
				break
			}
			stop = e2
			j++
		}
		// the final period of an abbreviation with inner ones: "U.S."
		if j < len(lts) && !lts[j].Space() && lts[j].Len() == 1 && text[stop] == '.' && stop+1 <= limit &&
			strings.IndexByte(text[start:stop], '.') >= 0 {
			stop++
			j++
		}
	} else if c := text[start]; stop == start+1 && (c == '-' || c == '`' || c == '\'') &&
		j < len(lts) && !lts[j].Space() && lts[j].Len() == 1 && text[stop] == c && stop+1 <= limit {
		stop++
		j++ // "--" used as a dash, "``" and "''" as quotation marks
	}
	w := text[start:stop]
	e := lx.Entry(t.ID())
	if j > i+1 || t.Kind() == lex.Mark && e.Word != w {
		// a word of several tokens, or a mark its token looked up in its
		// usual form ("—" as "-"): look it up as written
		e = lookupWritten(lx, w)
	}
	cls := e.Classes
	if isWord {
		cls = cls.Union(lx.Form(e, w))
	}
	lc := isWord && isLowerWord(w)
	// (the modifier rule written out, as in sentenceTokens: a call of its
	// own cost ~13 instructions a token)
	mod := cls.Has(lex.SentenceAdverb) || cls.Has(lex.Adverb) || cls.Has(lex.Negation) && !cls.Has(lex.BaseVerbAfter) ||
		cls.Has(lex.LyForm) && !cls.Has(lex.LyNotAdverb) && lc
	return append(toks, token{Span: timeline.Span{Start: start, End: stop}, text: w, word: isWord, lc: lc, mod: mod, cls: cls, e: e}), j, true
}

// lookupWritten returns the entry of a word or mark as written, in any
// case. One with no capital ("company's", "third-quarter") is looked up as
// it is, with no copy, and a short ASCII one with a capital ("U.S.") is
// lowered into a buffer on the stack, not into a string of its own. A
// word of up to sixteen bytes (nearly all of the ~6,000 a megabyte of
// news) is read as two numbers, its first and last eight bytes (four, for
// a word shorter than eight; for a mark of two or three, its first,
// middle and last), which may overlap, and each is tested and lowered
// whole, as ascii.Only tests a word: a test and a branch at each byte cost
// some twelve instructions a byte. A longer one goes to
// lookupWrittenBytes.
func lookupWritten(lx *lex.Lexicon, w string) *lex.Entry {
	n := len(w)
	var x, y uint64 // the halves
	switch {
	case n > 16 || n == 0:
		return lookupWrittenBytes(lx, w)
	case n >= 8:
		x, y = ascii.Load8(w), ascii.Load8(w[n-8:])
	case n >= 4:
		x, y = uint64(ascii.Load4(w)), uint64(ascii.Load4(w[n-4:]))
	default: // first, middle and last byte: all of a mark of two or three ("--", "``", "—")
		x = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	const ones, high = 0x0101010101010101, 0x8080808080808080
	if (x|y)&high != 0 {
		return lx.Lookup(strings.ToLower(w))
	}
	// The high bit of each byte from 'A' to 'Z': one that reaches 0x80
	// with 0x80-'A' added and not with 0x80-'Z'-1 (no byte carries into
	// the next, as none is above 0x7F). Shifted down two, it is the bit
	// that lowers the byte.
	cx := (x + ones*(0x80-'A')) &^ (x + ones*(0x80-'Z'-1)) & high
	cy := (y + ones*(0x80-'A')) &^ (y + ones*(0x80-'Z'-1)) & high
	if cx|cy == 0 {
		return lx.Lookup(w)
	}
	// the second half written last: where the halves overlap, both hold
	// the same bytes
	var buf [16]byte
	x, y = x|cx>>2, y|cy>>2
	switch {
	case n >= 8:
		binary.LittleEndian.PutUint64(buf[:8], x)
		binary.LittleEndian.PutUint64(buf[n-8:n], y)
	case n >= 4:
		binary.LittleEndian.PutUint32(buf[:4], uint32(x))
		binary.LittleEndian.PutUint32(buf[n-4:n], uint32(y))
	default:
		buf[0], buf[n/2], buf[n-1] = byte(x), byte(x>>8), byte(x>>16)
	}
	return lx.Lookup(string(buf[:n]))
}

// lookupWrittenBytes is lookupWritten for a word longer than sixteen
// bytes (or none), lowered a byte at a time.
func lookupWrittenBytes(lx *lex.Lexicon, w string) *lex.Entry {
	var buf [32]byte
	if len(w) > len(buf) {
		return lx.Lookup(strings.ToLower(w))
	}
	lowered := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lx.Lookup(strings.ToLower(w))
		}
		if c-'A' <= 'Z'-'A' {
			c += 'a' - 'A'
			lowered = true
		}
		buf[i] = c
	}
	if !lowered {
		return lx.Lookup(w)
	}
	return lx.Lookup(string(buf[:len(w)]))
}

// wordMark reports whether a mark is word material: a digit of another
// script or one of $ % & £ €.
func wordMark(mark string) bool {
	if mark == "" || mark[0] >= utf8.RuneSelf {
		return wordMarkRune(mark)
	}
	return asciiWordMarks[mark[0]]
}

// asciiWordMarks are the ASCII bytes that are word material in a mark.
var asciiWordMarks = [utf8.RuneSelf]bool{'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true,
	'7': true, '8': true, '9': true, '$': true, '%': true, '&': true}

// wordMarkRune is wordMark for a mark beyond ASCII, apart so that wordMark
// is inlined.
func wordMarkRune(mark string) bool {
	r, _ := utf8.DecodeRuneInString(mark)
	return unicode.IsDigit(r) || strings.ContainsRune("$%&£€", r)
}

// joins reports whether a mark joins two parts of one word when a letter or
// digit follows it directly.
func joins(mark string) bool {
	switch mark {
	case "'", "’", "-", ".", ",", "/":
		return true
	}
	return false
}

// clause is a half-open range [from, to) of token indices.
type clause struct{ from, to int }

// splitClauses cuts a sentence's tokens into clauses at punctuation and
// conjunctions, ignoring any that fall inside a protected span (a time
// expression such as "March 3, 2019" must not be cut at its comma).
// Break punctuation is left out of every clause; break words open the
// clause they introduce. The clauses are appended to out.
//
// Most tokens are passed over by the search for the next that may cut,
// in loops that call nothing and ask the classes as constants, which the
// compiler tests as single bits: four tokens a round, by the union of
// their classes, and one at a time from the round that holds a break and
// for the last few. (Written out here, not called, as nextBreak was: a
// call for each of the ~11,000 searches a megabyte of news spilled and
// reloaded the loop's state around it.)
func splitClauses(toks []token, protected []timeline.Span, out []clause) []clause {
	// protected is sorted by Start and tokens come in text order, so one
	// pointer sweeps both: linear even for a huge unpunctuated "sentence".
	p := 0
	inside := func(t *token) bool {
		for p < len(protected) && protected[p].End <= t.Start {
			p++
		}
		for q := p; q < len(protected) && protected[q].Start < t.End; q++ {
			if protected[q].Overlaps(t.Span) {
				return true
			}
		}
		return false
	}
	from := 0
	for i := 0; ; i++ {
		// the next token from i on that may cut, len(toks) when none (the
		// rounds step an index, as builder.mayRelate's do)
		for ; i <= len(toks)-4; i += 4 {
			r := (*[4]token)(toks[i:])
			if c := r[0].cls.Union(r[1].cls).Union(r[2].cls).Union(r[3].cls); c.AnyBits(clauseBreaksBits&word0, clauseBreaksBits>>64&word0, clauseBreaksBits>>128) {
				break
			}
		}
		for ; i < len(toks); i++ {
			if toks[i].cls.AnyBits(clauseBreaksBits&word0, clauseBreaksBits>>64&word0, clauseBreaksBits>>128) {
				break
			}
		}
		if i == len(toks) {
			break
		}
		// inside is asked last: only of a token that would cut (the
		// pointer catches up then, as the tokens only move on)
		t := &toks[i]
		switch {
		case !t.word && t.has(lex.ClauseBreakMark) && !(t.has(lex.OpeningQuote) && i > 0 && toks[i-1].word) &&
			!inside(t):
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 1
		case t.word && i > from && (t.has(lex.ClauseBreakWord) ||
			t.has(lex.ClauseBreakBeforePronoun) && i+1 < len(toks) && toks[i+1].has(lex.SubjectPronoun)) && !inside(t):
			out = append(out, clause{from, i})
			from = i
		}
	}
	if from < len(toks) {
		out = append(out, clause{from, len(toks)})
	}
	return out
}

// clauseOf returns the index of the clause holding byte offset off, or the
// nearest clause before it (off may sit on a dropped comma).
func clauseOf(toks []token, cls []clause, off int) int {
	// the last clause that starts at or before off, searched by halves
	// written out: the rules ask it some 30,000 times a megabyte, and
	// sort.Search calls a function at each step
	lo, hi := 0, len(cls) // cls[:lo] start at or before off, cls[hi:] after it
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[cls[m].from].Start > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return max(lo-1, 0)
}
