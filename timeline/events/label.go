package events

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"retrace/timeline/ascii"
	"retrace/timeline/lex"
)

// maxLabelWords caps a label: about a headline's length, short enough to sit
// beside a bar on the chart.
const maxLabelWords = 8

// maxInputWords bounds the words a label is made from, so that labelling a
// clause costs the same however long the clause (or run-on "sentence") is.
// The rules drop articles, adverbs and titles, never dozens of words, so a
// label needs far fewer than this.
const maxInputWords = 40

// word is a word of a label: a token of the sentence, or one the label
// rules made ("launch" from "launching", "Corp's", "Bush:"), looked up as
// the sentence's tokens are. A label is a slice of pointers because the
// rules drop and keep its words pass after pass: a pointer is copied in
// one move, and its classes and case are read where the token keeps them.
type word struct{ *token }

// newWord makes a word the label rules wrote, with the classes it has as
// listed and by its form. Its token lives in the builder's arena, as long
// as the sentence's. Its span is empty: it stands nowhere in the text
// (joinLabel copies the words of the sentence from there).
func (b *builder) newWord(text string) word {
	e := lookupWritten(b.lx, text)
	t := append(b.made.alloc(1), token{text: text, word: true, lc: isLowerWord(text), cls: e.Classes.Union(b.lx.Form(e, text)), e: e})
	return word{&t[0]}
}

// isLower reports whether the word begins with a lower-case letter.
func (w word) isLower() bool { return w.lc }

// written reports whether the word is in class c as written, in lower case
// ("that", not "That"): a capital makes it a name or a sentence's opening.
func (w word) written(c lex.Class) bool { return w.cls.Has(c) && w.text == w.e.Word }

func texts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// labelWords turns the tokens of a clause into a short headline-style
// label: the words that remain once the time expressions (and the
// prepositions that introduce them) are removed, without the clause's
// opening conjunction, sentence adverbs or articles, with a present
// participle turned into its base verb and a title before a name dropped
// ("North Korean leader Kim Jong Un" -> "Kim Jong Un"), cut to
// maxLabelWords. The rules are the ones a headline writer follows; none is
// keyed to particular sentences.
//
// The rules drop words in place, never growing a slice past its room:
// the words are the label's own (capWords, the one rule other label makers
// call, is given a slice they made), and a shorter label fits where the
// longer one was, so no label costs an allocation but its string.
//
// drop marks token indices to leave out (time expressions and what belongs
// to them). It may be nil, as in tests, for marks of none, which are then
// made (the pipeline always gives its marks). The words' room comes from
// the builder's arena: a sentence asks for many labels, and their words
// live only until they are joined.
//
// Most labels' words are the words of toks as written: the words that
// drop leaves, at most maxInputWords, taken by a loop that asks nothing of
// a word but whether it is one and kept (in line here: a call of its own
// cost its frame and the arguments moved, some 12 instructions a label),
// and only when holdingOf finds one among them that is a possessive or
// may be quoted (written) are they read again, one at a time, by
// labelInput, which takes every word as it is up to the first such word.
// holdingOf reads the bytes that open and close each word anyway.
func (b *builder) labelWords(toks []token, drop []bool) []word {
	// The room is taken whole and filled by index: a full room (as many
	// words as there are tokens, or maxInputWords) is the one test a word
	// asks, where append tested its capacity besides maxInputWords.
	n := min(len(toks), maxInputWords)
	ws := b.words.alloc(n)[:n]
	if drop == nil {
		drop = make([]bool, len(toks)) // so that the loop asks no more than a mark a token
	}
	drop = drop[:len(toks)] // one bounds check, not one a token
	k := 0
	for i := range toks {
		if !toks[i].word || drop[i] {
			continue
		}
		if uint(k) >= uint(len(ws)) { // unsigned: k is then in range, and ws[k] needs no check
			break
		}
		ws[k] = word{&toks[i]}
		k++
	}
	ws = ws[:k]
	h := holdingOf(ws)
	if h.written {
		ws = b.labelInput(toks, drop)
		h = holdingOf(ws)
	}
	return b.labelRules(ws, h)
}

// labelInput returns the words a label is made from: the words of toks
// that drop leaves, without the quotation marks around them, with a
// possessive put back on its word, at most maxInputWords. labelWords asks
// for them only when the words as written hold a possessive or a quoted
// word.
//
// The loop takes most words as they are, in registers; the few that a
// quotation mark or a possessive touches go to writtenAgain, whose calls
// would otherwise have the loop keep its state on the stack.
func (b *builder) labelInput(toks []token, drop []bool) []word {
	ws := b.words.alloc(min(len(toks), maxInputWords))
	if drop == nil {
		drop = make([]bool, len(toks)) // so that the loop asks no more than a mark a token
	}
	drop = drop[:len(toks)] // one bounds check, not one a token
	for i := range toks {
		t := &toks[i]
		if !t.word || drop[i] {
			continue
		}
		if len(ws) == maxInputWords {
			break // the rules below look a few words around; the label keeps 8
		}
		if t.has(lex.PossessiveS) || quoted(t.text) {
			ws = b.writtenAgain(ws, toks, i)
			continue
		}
		ws = append(ws, word{t})
	}
	return ws
}

// writtenAgain appends word i of toks to the label words ws, for
// labelInput, when it is a possessive or quoted: a possessive goes back on
// the word before it, and the quotation marks come off.
//
//go:noinline
func (b *builder) writtenAgain(ws []word, toks []token, i int) []word {
	t := &toks[i]
	// "Corp.'s" arrives as "Corp", ".", "'", "s": put the possessive back.
	if t.has(lex.PossessiveS) && i >= 2 && len(ws) > 0 && !toks[i-1].word && toks[i-1].End == t.Start &&
		(toks[i-1].text == "'" || toks[i-1].text == "’") {
		ws[len(ws)-1] = b.newWord(ws[len(ws)-1].text + toks[i-1].text + "s")
		return ws
	}
	w := word{t}
	if quoted(t.text) {
		if trimmed := strings.Trim(t.text, "'’‘"); trimmed == "" {
			return ws
		} else if trimmed != t.text { // "—" opens with 0xE2 as ’ does, and stays
			w = b.newWord(trimmed)
		}
	}
	return append(ws, w)
}

// holding is what a label's words hold that its rules ask for: their
// classes, whether one ends in a full stop ("Sen."), whether one is a
// number or a sum. A rule that asks for what no word has has nothing to
// do, and most labels hold no title, no relative pronoun, no adverb. The
// rules only drop words (or put one made from another in its place, whose
// holding is added), so what is gathered before the first holds for every
// one after.
//
// written is not for the rules but for labelWords: whether a word is a
// possessive or opens or closes with a byte of a quotation mark, which
// labelInput writes again.
type holding struct {
	in                   lex.Set
	dot, amount, written bool
}

// holdingOf returns what the words ws hold.
//
// Every label reads all its words here, so the loop has no branch but its
// own: the bytes that open and close a word are sorted by a table
// (byteSorts) and their sorts gathered, and only a label with a word that
// opens beyond ASCII asks isAmount of its words, after the loop.
func holdingOf(ws []word) holding {
	var in lex.Set
	var ends uint8
	for _, w := range ws {
		in = in.Union(w.cls.Under128()) // labelRules asks only for classes below 128: see TestHoldingAsksUnder128
		ends |= byteSorts[w.text[0]] | byteSorts[256+int(w.text[len(w.text)-1])]
	}
	amount := ends&opensAmount != 0
	if !amount && ends&opensBeyondASCII != 0 {
		amount = slices.ContainsFunc(ws, func(w word) bool { return isAmount(w.text) })
	}
	return holding{in, ends&closesWithDot != 0, amount, ends&quoteEnd != 0 || in.Has(lex.PossessiveS)}
}

// The sorts of the bytes that open and close a word that holdingOf asks
// for, as bits.
const (
	opensAmount      = 1 << iota // an ASCII digit or "$"
	opensBeyondASCII             // the first byte of a rune beyond ASCII, which may be a digit or a currency sign
	closesWithDot                // "."
	quoteEnd                     // a byte quoted finds at that end: "'", the first byte of ’ and ‘, or their last
)

// byteSorts sorts the first byte of a word (at the byte) and its last (at
// 256 + the byte), for holdingOf. The two tables are one array so that
// holdingOf's loop puts one address in place a word, not two (the compiler
// puts a table's address in place at each use rather than keep it).
var byteSorts = func() (s [512]uint8) {
	opens, closes := (*[256]uint8)(s[:256]), (*[256]uint8)(s[256:])
	for c := range 256 {
		switch {
		case amountOpeners[c]:
			opens[c] = opensAmount
		case c >= utf8.RuneSelf:
			opens[c] = opensBeyondASCII
		}
	}
	closes['.'] = closesWithDot
	opens['\''] |= quoteEnd
	opens[0xE2] |= quoteEnd
	closes['\''] |= quoteEnd
	closes[0x98] |= quoteEnd
	closes[0x99] |= quoteEnd
	return s
}()

// add adds what the word w holds: a word a rule made.
func (h *holding) add(w word) {
	h.in = h.in.Union(w.cls)
	h.dot = h.dot || w.text[len(w.text)-1] == '.'
	h.amount = h.amount || isAmount(w.text)
}

// labelRules applies the rules of a headline to the words of a label, in
// their order, each only when the words hold what it asks for (h).
//
// The trims of the label's ends are called only when the word at that end
// is of a class they drop: most labels open and end with a word that
// stays, and a test of its classes here is a few instructions where the
// call ran through code of its own (an instruction-cache line or two a
// label).
//
// The classes a rule asks for are tested by name, one by one: Has of a
// class known when compiled is a bit test of one word of the set, where
// Any of a set of two read all three words of both (some 12 instructions
// a label for the two rules asked so).
func (b *builder) labelRules(ws []word, h holding) []word {
	if len(ws) > 0 && ws[0].cls.AnyBits(leadingDropsBits&word0, leadingDropsBits>>64&word0, leadingDropsBits>>128) {
		ws = trimLeadingConnectors(ws)
	}
	if h.in.AnyBits(adverbOrLyBits&word0, adverbOrLyBits>>64&word0, adverbOrLyBits>>128) {
		ws = dropAdverbs(ws)
	}
	if h.in.Has(lex.ParticipleForm) {
		var verb word
		if ws, verb = b.participleToBase(ws); verb.token != nil {
			h.add(verb)
		}
	}
	if h.in.Has(lex.RelativePronoun) {
		ws = dropRelativeClause(ws)
	}
	if h.in.Has(lex.Article) {
		ws = dropContactRelative(ws)
	}
	if h.amount {
		ws = dropHedges(ws)
	}
	if h.in.AnyBits(articlesAndRelativesBits&word0, articlesAndRelativesBits>>64&word0, articlesAndRelativesBits>>128) {
		ws = withoutArticles(ws)
	}
	if h.dot || h.in.Has(lex.Title) {
		ws = dropTitles(b.lx, ws)
	}
	if h.in.Has(lex.CompanySuffix) {
		ws = without(ws, companySuffixes)
	}
	if len(ws) > 0 && ws[0].cls.AnyBits(leadingDropsBits&word0, leadingDropsBits>>64&word0, leadingDropsBits>>128) {
		ws = trimLeadingConnectors(ws)
	}
	if len(ws) > 2 && ws[0].has(lex.Preposition) && !ws[1].has(lex.Preposition) && ws[1].isLower() {
		ws = ws[1:] // "In a long verbal attack read on television": the attack
	}
	if len(ws) > 0 && ws[len(ws)-1].cls.AnyBits(trailingDropsBits&word0, trailingDropsBits>>64&word0, trailingDropsBits>>128) {
		ws = trimTrailingFunctionWords(ws)
	}
	ws = shortenSubject(ws)
	return capWords(ws)
}

// The classes that some rules of labelRules need a word of before they
// have anything to do.
// (The others are constants: leadingDropsBits, articlesAndRelativesBits.)
var companySuffixes = lex.Of(lex.CompanySuffix)

// arena hands out room from large blocks: for the words of one
// sentence's labels and the tokens of the words the rules make, which the
// builder resets when it starts a sentence (no label word outlives its
// sentence: labels are strings), and for the drafts, which it never
// resets.
type arena[T any] struct {
	block []T
	used  int
}

// A block holds a first sentence's labels or a few; the blocks double, to
// at most maxBlock bytes, as a long document asks for more. A short
// article, one of thousands in a folder, takes a small one. The sizes are
// in bytes as the arenas hold words (a pointer each), tokens and drafts
// (many times larger, and rarer: a sentence makes a word or two, if any,
// and a draft or two).
const (
	firstBlock = 1 << 10
	maxBlock   = 32 << 10
)

// lowerASCII returns s, which is all ASCII and not empty, in lower case,
// as strings.ToLower does, written into room taken from a rather than into
// a string of its own: the arenas of text (the labels', the lowered
// words') never write a byte again once it is a string.
//
// The bytes are lowered eight (or four) at a time, the last load
// overlapping those before, as ascii.Only reads them: a test at every byte
// cost some ten instructions a byte, and its branch went the other way at
// each capital.
func lowerASCII(a *arena[byte], s string) string {
	n := len(s)
	buf := a.alloc(n)[:n]
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], lower8(ascii.Load8(s[i:])))
		}
		binary.LittleEndian.PutUint64(buf[n-8:], lower8(ascii.Load8(s[n-8:])))
	case n >= 4:
		binary.LittleEndian.PutUint32(buf, uint32(lower8(uint64(ascii.Load4(s)))))
		binary.LittleEndian.PutUint32(buf[n-4:], uint32(lower8(uint64(ascii.Load4(s[n-4:])))))
	default:
		for i := 0; i < n; i++ {
			buf[i] = byte(lower8(uint64(s[i])))
		}
	}
	return unsafe.String(&buf[0], n)
}

// lower8 returns the eight bytes of x, each ASCII (below 0x80), in lower
// case. A byte plus 0x80-'A' has its high bit set when the byte is 'A' or
// above, plus 0x80-'Z'-1 when it is above 'Z'; neither sum carries into
// the next byte, as no byte is above 0x7F. The high bit of a capital,
// moved down two bits, is the 0x20 that lowers it.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	atLeastA := x + ones*(0x80-'A')
	pastZ := x + ones*(0x80-'Z'-1)
	return x | (atLeastA&^pastZ&(ones*0x80))>>2
}

// alloc returns an empty slice with room for n elements that no other
// slice of the arena shares.
//
// used is read once, into a local the new block sets to 0: read through a
// again after the test, it was loaded twice, and the slice was cut after
// a.used was written (two instructions more a call, ~17,000 calls a
// megabyte of news).
func (a *arena[T]) alloc(n int) []T {
	used := a.used
	if used+n > len(a.block) {
		var zero T
		first, most := firstBlock/int(unsafe.Sizeof(zero)), maxBlock/int(unsafe.Sizeof(zero))
		size := min(max(first, 2*len(a.block)), most)
		a.block = make([]T, max(size, n)) // the old block stays with the slices made from it
		used = 0
	}
	a.used = used + n
	return a.block[used : used : used+n]
}

// freeRoom returns the free room of a's block, at least n bytes, as an
// empty slice: what is appended to it within its capacity is the caller's
// to keep, by adding its length to a.used. (A function of arena[byte],
// not a method of any arena: a generic method passes its dictionary, and
// would not be put in line.)
func freeRoom(a *arena[byte], n int) []byte {
	if a.used+n > len(a.block) {
		a.renew(n)
	}
	return a.block[a.used:a.used]
}

// renew starts a new block of at least n elements, for freeRoom: out of
// line, so that freeRoom is put in line where it is called.
//
//go:noinline
func (a *arena[T]) renew(n int) {
	a.alloc(n)
	a.used -= n
}

// concatWords returns the words a and then c, in room of the sentence's
// label words: a label the rules make of two (a subject lent to a
// predicate, a reporter named for a pronoun) costs no allocation.
func (b *builder) concatWords(a, c []word) []word {
	return append(append(b.words.alloc(len(a)+len(c)), a...), c...)
}

// shortenSubject drops what follows the head of a long subject when the
// label would not fit otherwise: "U.S. commanders in charge of planning for
// Middle East crises have indicated..." -> "U.S. commanders have
// indicated...". The subject ends at the first auxiliary or modal; its
// modifiers start at the first preposition after its first word.
//
// Most labels fit already: shortenSubject is put in line where it is
// called, and only a longer label calls shortenLongSubject, so that a
// label that fits runs no code of its own for the rule.
func shortenSubject(ws []word) []word {
	if len(ws) <= maxLabelWords {
		return ws
	}
	return shortenLongSubject(ws)
}

// shortenLongSubject is shortenSubject for a label longer than
// maxLabelWords.
func shortenLongSubject(ws []word) []word {
	if len(ws) <= maxLabelWords || ws[0].isLower() && (ws[0].cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) || ws[0].has(lex.ParticipleForm)) {
		return ws // a label may open with its verb
	}
	v := -1
	for i := 1; i < len(ws); i++ {
		if !ws[i].cls.AnyBits(subjectEndersBits&word0, subjectEndersBits>>64&word0, subjectEndersBits>>128) {
			continue // a class first, as in dropContactRelative
		}
		if i >= 2 && ws[i].written(lex.ThatWord) && !verbBeforeThat(ws[i-1]) {
			// "Voters go to polls in race that has tightened": an
			// auxiliary past a relative "that" is the relative clause's,
			// and the subject has ended before it ("said that" and
			// "suggests that" open what was said instead)
			return ws
		}
		if ws[i].written(lex.AuxiliaryOrModal) || ws[i].isLower() && ws[i].cls.AnyBits(finiteVerbsBits&word0, finiteVerbsBits>>64&word0, finiteVerbsBits>>128) { // lower case only: a verb, not a name
			v = i
			break
		}
	}
	if v < 0 {
		return ws
	}
	for p := 2; p+4 <= v; p++ {
		// a long second subject joined to the first ("a fourth aircraft
		// carrier and its group of support ships could head"): the first
		// says who
		if ws[p].written(lex.PartOpener) {
			return append(ws[:p], ws[v:]...)
		}
	}
	for p := 1; p+3 <= v; p++ { // short modifiers ("entry to NATO") carry meaning: keep them
		if ws[p].written(lex.OfWord) && (isNumber(ws[p-1].text) || ws[p-1].has(lex.NumberWord) || ws[p-1].has(lex.Quantifier)) {
			continue // "Thirty-two of the 159 U.N. members": the members are who
		}
		if ws[p].written(lex.Preposition) {
			return append(ws[:p], ws[v:]...)
		}
	}
	return ws
}

// dropContactRelative cuts a relative clause with no pronoun that follows
// a noun in a phrase: "asked about the message the king was said to be
// carrying" -> "asked about the message". It opens with an article and
// its verb comes within three words; the noun before it is in a phrase
// (after a preposition or a determiner), so "told reporters the president
// was tired" keeps what was told.
func dropContactRelative(ws []word) []word {
	for i := 2; i < len(ws)-1; i++ {
		if !ws[i].has(lex.Article) {
			continue // a class first: written's string compare made the loop keep its state on the stack for every word
		}
		if !ws[i].written(lex.Article) || !ws[i-1].isLower() || ws[i-1].has(lex.FunctionWord) || ws[i-1].cls.Any(finiteForms) { // (the set in memory: finiteFormsBits here cost the loop ~30 K instructions a megabyte of news in spills)
			continue
		}
		if !(ws[i-2].written(lex.Preposition) || ws[i-2].written(lex.Article) || ws[i-2].written(lex.Determiner)) {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+3; j++ {
			if ws[j].isLower() && (ws[j].has(lex.AuxiliaryOrModal) || ws[j].cls.AnyBits(finiteVerbsBits&word0, finiteVerbsBits>>64&word0, finiteVerbsBits>>128)) {
				return ws[:i:i]
			}
		}
	}
	return ws
}

// dropHedges drops the words that hedge an amount ("as many as 300,000
// troops", "more than 8,000 reports", "about $150 million"): a headline
// gives the number.
func dropHedges(ws []word) []word {
	// A hedge is a run of hedging words that ends just before an amount:
	// most labels with an amount have none ("cut 3,000 jobs"), and are
	// left as they are.
	hedged := false
	for i := 1; i < len(ws) && !hedged; i++ {
		hedged = isAmount(ws[i].text) && hedging(ws[i-1])
	}
	if !hedged {
		return ws
	}
	out := ws[:0] // in place: a word is written only where it or one before it was read
	for i := 0; i < len(ws); i++ {
		j := i
		for j < len(ws) && hedging(ws[j]) {
			j++
		}
		if j > i && j < len(ws) && isAmount(ws[j].text) {
			i = j - 1 // the hedge goes
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// hedging reports whether w may hedge an amount after it: "as many as",
// "more than", "about".
func hedging(w word) bool {
	return w.isLower() && !w.has(lex.PartOpener) && !w.has(lex.Article) &&
		(w.has(lex.Quantifier) || w.has(lex.Connector) && !w.has(lex.Preposition) || w.has(lex.Determiner) && !w.has(lex.Preposition))
}

// verbBeforeThat reports whether w looks like a verb that "that" would
// follow as a conjunction: "said", "suggests", "added", "showed".
func verbBeforeThat(w word) bool {
	return w.cls.Any(verbsBeforeThat)
}

var verbsBeforeThat = lex.Of(lex.ReportingVerb, lex.PredicateStart, lex.VerbEnding)

// partOpenersAndThat are the classes of the words fit may end a label
// before (which fit asks by name).
var partOpenersAndThat = lex.Of(lex.PartOpener, lex.ThatWord)

// capWords cuts a label to maxLabelWords without splitting a name: a cut
// inside "United States" backs off to before it when enough remains. It
// writes over ws, which must be the caller's own.
//
// As with shortenSubject, the test of a label that fits is put in line
// where capWords is called, and only a longer label calls capLongWords.
func capWords(ws []word) []word {
	if len(ws) <= maxLabelWords {
		return ws
	}
	return capLongWords(ws)
}

// capLongWords is capWords for a label longer than maxLabelWords.
func capLongWords(ws []word) []word {
	ws = fit(ws)
	if len(ws) <= maxLabelWords {
		return ws
	}
	n := maxLabelWords
	// A name may hold "of" between its capitalised words ("Organization of
	// Petroleum Exporting Countries"): the cut must not fall inside it.
	inName := func(i int) bool {
		return !ws[i].isLower() || ws[i].written(lex.OfWord) && i > 0 && i+1 < len(ws) && !ws[i-1].isLower() && !ws[i+1].isLower()
	}
	if n >= 2 && isAmount(ws[n-1].text) && ws[n].has(lex.NumberWord) {
		n-- // "$500 million": the amount is not cut from its multiplier
		for n > 3 && ws[n-1].has(lex.FunctionWord) {
			n--
		}
	}
	if inName(n) && inName(n-1) {
		k := n - 1
		for k > 0 && inName(k-1) {
			k--
		}
		if k >= 3 {
			n = k
		}
	}
	return trimTrailingParticiple(trimTrailingFunctionWords(ws[:n]))
}

// fit makes a label that is too long shorter without cutting a phrase in
// two, as a headline writer does: it ends the label before a second object
// joined by "and" ("would retaliate against Venezuela and other OPEC oil
// cartel members" -> "would retaliate against Venezuela"), keeps only the
// head of the noun phrase the cut would fall in ("to enforce the total
// trade embargo" -> "to enforce embargo") and drops a perfect auxiliary
// ("has asked" -> "asked").
func fit(ws []word) []word {
	verb := -1
	for i, w := range ws {
		if w.isLower() && w.cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return ws
	}
	for i := 3; i <= maxLabelWords && i < len(ws)-1; i++ {
		if !ws[i].cls.AnyBits(openerOrThatBits&word0, openerOrThatBits>>64&word0, openerOrThatBits>>128) {
			continue // a class first, as in dropContactRelative; by name, two bit tests of one word (partOpenersAndThat)
		}
		if ws[i].written(lex.PartOpener) && i >= 4 && i >= verb+2 ||
			ws[i].written(lex.ThatWord) && !ws[i-1].cls.Any(verbsBeforeThat) && !ws[i-1].cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) {
			return trimTrailingFunctionWords(ws[:i:i]) // "in a race that has tightened"
		}
	}
	// the noun phrase the cut falls in: nouns and adjectives around the
	// last word that fits
	cut := maxLabelWords - 1
	nounlike := func(w word) bool {
		return w.isLower() && !w.has(lex.FunctionWord) && !w.cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) && !w.has(lex.ParticipleForm) && !isAmount(w.text)
	}
	if cut > verb && nounlike(ws[cut]) {
		s, e := cut, cut
		for s > verb+1 && nounlike(ws[s-1]) {
			s--
		}
		if s > 0 && ws[s-1].has(lex.InfinitiveMarker) {
			s++ // "to enforce the total trade embargo": the verb stays
		}
		for e+1 < len(ws) && nounlike(ws[e+1]) {
			e++
		}
		if e > s && e > cut {
			ws = append(ws[:s], ws[e:]...)
		}
	}
	if len(ws) > maxLabelWords {
		for i := 0; i < len(ws)-1; i++ {
			if !ws[i].has(lex.AuxiliaryOrModal) {
				continue // a class first, as in dropContactRelative
			}
			if ws[i].written(lex.AuxiliaryOrModal) && !ws[i].has(lex.Copula) && !ws[i].has(lex.BaseVerbAfter) &&
				ws[i+1].cls.AnyBits(pastParticiplesBits&word0, pastParticiplesBits>>64&word0, pastParticiplesBits>>128) && ws[i+1].isLower() && !ws[i+1].has(lex.Copula) { // "had risen", not "had operating profit" or "had been shared"
				ws = append(ws[:i], ws[i+1:]...)
				break
			}
		}
	}
	if len(ws) > maxLabelWords && len(ws) > 3 && isAmount(ws[0].text) && ws[1].has(lex.NumberWord) && !ws[2].isLower() {
		ws = ws[2:] // "$1.5 billion Fidelity High Income Fund": the fund is who
		verb -= 2
	}
	if len(ws) > maxLabelWords && verb >= 3 && verb < len(ws) {
		// a noun that qualifies the subject's head goes: "fourth U.S.
		// aircraft carrier could head for the Middle East"
		for i := 0; i < len(ws) && i+1 < len(ws); i++ {
			if ws[i+1].isLower() && ws[i+1].cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) {
				if i >= 2 && nounlike(ws[i-1]) && nounlike(ws[i]) {
					ws = append(ws[:i-1], ws[i:]...)
				}
				break
			}
		}
	}
	return ws
}

// trimTrailingParticiple drops an -ing word that ends a label after its
// verb: "King Hussein arrived in Washington seeking" was cut before what
// he sought.
func trimTrailingParticiple(ws []word) []word {
	n := len(ws)
	if n < 3 || !ws[n-1].has(lex.ParticipleForm) || ws[n-1].has(lex.IngNotVerb) || !ws[n-1].isLower() {
		return ws
	}
	for _, w := range ws[:n-1] {
		if w.isLower() && w.cls.AnyBits(finiteVerbsBits&word0, finiteVerbsBits>>64&word0, finiteVerbsBits>>128) {
			return trimTrailingFunctionWords(ws[:n-1])
		}
	}
	return ws
}

// joinLabel writes label words as a label with a capital first letter.
// The words are appended to the free room of the document's blocks of
// label text (labelText), which becomes the string: a label is short and
// each cost an allocation of its own; no byte of it is written again once
// it is a string. A label longer than the room left is grown by append
// elsewhere, and the room stays free.
func (b *builder) joinLabel(ws []word) string {
	if len(ws) == 0 || ws[0].text == "" || ws[0].text[0] >= utf8.RuneSelf {
		return joinChecked(ws)
	}
	// Words that stand in the text one space apart are copied in one move:
	// a label's five or six words are two or three such runs. A word of
	// the sentence is the text of its span; one a rule made (newWord) has
	// an empty span, and stands apart. Each run is appended with the space
	// after it, and the last space cut: the room is written in one pass,
	// where a first pass found the runs and the label's length for room of
	// that length.
	room := freeRoom(&b.labelText, labelRoom)
	buf := room
	text := b.text // in a register for the loop, not read through b at each word
	for i := 0; i < len(ws); {
		run, j := ws[i].text, i+1
		if start, end := ws[i].Start, ws[i].End; start < end {
			for ; j < len(ws) && ws[j].Start == end+1 && text[end] == ' '; j++ {
				end = ws[j].End
			}
			run = text[start:end]
		}
		buf = append(append(buf, run...), ' ')
		i = j
	}
	buf = buf[:len(buf)-1]
	if len(buf) < cap(room) { // the space after it fitted too: append stayed in the room (it moves only past its end)
		b.labelText.used += len(buf)
	}
	if c := buf[0]; 'a' <= c && c <= 'z' {
		buf[0] = c - ('a' - 'A')
	}
	// Checked once, whole: words joined by spaces are UTF-8 exactly when
	// each word is, as a space neither ends nor continues a rune. Most
	// labels are ASCII, which ascii.Only tells eight bytes a load, where
	// utf8.Valid took two loads of four bytes each spelt out.
	if s := unsafe.String(&buf[0], len(buf)); ascii.Only(s) || utf8.ValidString(s) {
		return s // buf is not written again
	}
	return joinChecked(ws)
}

// labelRoom is the free room joinLabel asks of the label text's block: a
// label of maxLabelWords words fits in it but for the longest words.
const labelRoom = 128

// joinChecked is joinLabel for any words, also those that hold bytes that
// are no UTF-8, which the label leaves out.
func joinChecked(ws []word) string {
	s := strings.ToValidUTF8(strings.Join(texts(ws), " "), "")
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return ""
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// quoted reports whether a word opens or closes with a quotation mark,
// which strings.Trim(s, "'’‘") would take off: ’ and ‘ begin with the
// byte 0xE2 and end with 0x99 and 0x98.
func quoted(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	// Most words open and close with a letter or a digit, ASCII from '('
	// on: both ends in range are answered by two compares.
	first, last := s[0], s[n-1]
	if first-'(' < utf8.RuneSelf-'(' && last-'(' < utf8.RuneSelf-'(' {
		return false
	}
	return first == '\'' || first == 0xE2 || last == '\'' || last == 0x98 || last == 0x99
}

// contentWords counts the words of a label that are not function words.
func contentWords(ws []word) int {
	n := 0
	for _, w := range ws {
		if !w.has(lex.FunctionWord) {
			n++
		}
	}
	return n
}

// hasContentWords reports whether at least n of the words of a label are
// not function words (contentWords(ws) >= n), reading no further than the
// n-th: the labels asked for one or two most often open with them.
func hasContentWords(ws []word, n int) bool {
	for _, w := range ws {
		if n <= 0 {
			break
		}
		if !w.has(lex.FunctionWord) {
			n--
		}
	}
	return n <= 0
}

// without drops the words of any of the classes c, in place: the slice is
// the label's own. No word is written before the first that goes: the
// words a rule drops are few, often none (a label's opening article has
// gone already).
func without(ws []word, c lex.Set) []word {
	i := 0
	for i < len(ws) && !ws[i].cls.Any(c) {
		i++
	}
	if i == len(ws) {
		return ws
	}
	out := ws[:i]
	for _, w := range ws[i+1:] {
		if !w.cls.Any(c) {
			out = append(out, w)
		}
	}
	return out
}

// withoutArticles is without(ws, articlesAndRelativesBits), the rule most
// labels ask of their words (~2,400 a megabyte of news), with its two
// classes named: a test of a class known when compiled reads one word of
// a word's classes and tests it against a constant, where Any of a set
// passed reads all three and the set's three besides.
func withoutArticles(ws []word) []word {
	i := 0
	for i < len(ws) && !ws[i].cls.AnyBits(articlesAndRelativesBits&word0, articlesAndRelativesBits>>64&word0, articlesAndRelativesBits>>128) {
		i++
	}
	if i == len(ws) {
		return ws
	}
	n := i // the words kept: in place, as each is read before it may be written over
	for _, w := range ws[i+1:] {
		if !w.cls.AnyBits(articlesAndRelativesBits&word0, articlesAndRelativesBits>>64&word0, articlesAndRelativesBits>>128) {
			ws[n] = w
			n++
		}
	}
	return ws[:n]
}

// trimLeadingConnectors drops the words that open a label without saying
// anything of the event: connectors, articles, a quasi-preposition and
// what it is joined by, a reduced relative's verb and preposition. It
// drops no word from a label whose first word is of none of the classes
// leadingDropsBits.
func trimLeadingConnectors(ws []word) []word {
	for len(ws) > 0 {
		w := ws[0]
		switch {
		case w.cls.AnyBits(connectorOrArticleBits&word0, connectorOrArticleBits>>64&word0, connectorOrArticleBits>>128):
			ws = ws[1:]
		case w.has(lex.QuasiPreposition) && len(ws) > 1 && ws[1].has(lex.QuasiPrepositionLink):
			ws = ws[2:] // prepositions in all but spelling: "compared with a loss"
		case len(ws) > 2 && w.has(lex.PastForm) && ws[1].has(lex.PlacePreposition):
			// A reduced relative clause: "(The statement,) delivered in
			// Putin's greeting" is about the greeting, not the delivering.
			// Only prepositions of place and occasion count: "asked for a
			// visa" and "rescued by fishermen" are the event themselves.
			ws = ws[2:]
		default:
			return ws
		}
	}
	return ws
}

// trimTrailingFunctionWords drops the words a label may not end with
// (badEndingsBits, a possessive): none from a label whose last word is of
// none of the classes trailingDropsBits.
func trimTrailingFunctionWords(ws []word) []word {
	for len(ws) > 0 && (ws[len(ws)-1].written(lex.FunctionWord) || ws[len(ws)-1].isLower() && ws[len(ws)-1].cls.AnyBits(badEndingsBits&word0, badEndingsBits>>64&word0, badEndingsBits>>128) ||
		len(ws) > 1 && ws[len(ws)-1].has(lex.Possessive)) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// dropAdverbs removes sentence adverbs ("reportedly") and -ly manner adverbs
// that modify a verb ("closely monitored", "specifically highlighted").
// An -ly word before anything else ("historically significant area",
// "deadly attack") is kept: it shapes the meaning of what follows.
func dropAdverbs(ws []word) []word {
	out := ws[:0] // in place: each word is read before any is written over
	for i, w := range ws {
		if w.has(lex.SentenceAdverb) {
			continue
		}
		if w.has(lex.LyForm) && !w.has(lex.LyNotAdverb) && w.isLower() {
			if i+1 == len(ws) || looksVerbal(ws[i+1]) {
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// looksVerbal reports whether a word looks like a verb form an adverb would
// modify: a participle or a finite verb with its -ed ending.
func looksVerbal(w word) bool {
	return w.isLower() && w.cls.Any(verbalForms)
}

var verbalForms = lex.Of(lex.ParticipleForm, lex.PastForm, lex.EnForm)

func isLowerWord(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return startsLower(w)
	}
	return w[0]-'a' <= 'z'-'a' // most words: no rune to decode (a byte below 'a' wraps round)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// participleToBase turns the first present participle that is used as a
// verb into its base form ("forces launching a surprise incursion" ->
// "forces launch a surprise incursion"), dropping an auxiliary before it.
// A participle counts as a verb when it is lower case, does not follow a
// determiner or preposition, and opens an object or complement. It also
// returns the base verb it made, if it made one.
func (b *builder) participleToBase(ws []word) ([]word, word) {
	for i, w := range ws {
		if i > 0 && ws[i-1].isLower() && ws[i-1].cls.AnyBits(finiteVerbsBits&word0, finiteVerbsBits>>64&word0, finiteVerbsBits>>128) && !ws[i-1].has(lex.Auxiliary) && !ws[i-1].has(lex.PerfectAuxiliary) {
			return ws, word{} // a finite verb came first: a participle after it is not the predicate ("arrived seeking to mediate")
		}
		if !w.has(lex.ParticipleForm) || w.has(lex.IngNotVerb) || !w.isLower() {
			continue
		}
		if i > 0 && (ws[i-1].has(lex.Determiner) || ws[i-1].has(lex.Possessive)) {
			continue // "the meeting", "Putin's greeting": a noun
		}
		afterAux := i > 0 && ws[i-1].has(lex.Auxiliary)
		switch {
		case i > 0 && ws[i-1].has(lex.PerfectAuxiliary):
			continue
		case afterAux:
		case i+1 == len(ws) && !afterAux:
			continue // "intense fighting": a clause-final -ing is as likely a noun
		case i+1 < len(ws) && !ws[i+1].has(lex.VerbObjectStart) && !isNumber(ws[i+1].text):
			continue
		}
		// in place: the words are the label's own
		verb := b.lx.Rules().Base(w.text)
		if i > 0 && ws[i-1].has(lex.Auxiliary) {
			if ws[i-1].has(lex.ThirdPersonAuxiliary) {
				verb = b.lx.Rules().ThirdPerson(verb) // "the department is considering" -> "considers"
			}
			ws = append(ws[:i-1], ws[i:]...)
			i--
		}
		base := b.newWord(verb)
		ws[i] = base
		return ws, base
	}
	return ws, word{}
}

func isNumber(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return startsDigit(w)
	}
	return w[0]-'0' <= 9
}

func startsDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// dropTitles removes an office and its qualifiers before a name: "North
// Korean leader Kim Jong Un" -> "Kim Jong Un", "Russian President Vladimir
// Putin" -> "Vladimir Putin". Names say who; titles only lengthen a label.
func dropTitles(lx *lex.Lexicon, ws []word) []word {
	for i := 1; i < len(ws); i++ {
		title := i - 1
		if ws[i].written(lex.OfWord) && isTitle(lx, ws[title]) && i+2 < len(ws) && !ws[i+1].isLower() && !ws[i+2].isLower() {
			i += 2 // "Secretary of State James Baker": the office names what it is of
		}
		if ws[i].isLower() || !isTitle(lx, ws[title]) || isNumber(ws[i].text) { // isLower first: it is put in line, isTitle is not
			continue
		}
		for i+1 < len(ws) && (ws[i].has(lex.Title) || ws[i].has(lex.TitleQualifier)) && !ws[i+1].isLower() {
			i++ // "Attorney General Janet Reno": both words are the office
		}
		if title < i-1 && !ws[title+1].written(lex.OfWord) {
			title = i - 1
		}
		j := title // the title; walk back over the capitalised words that qualify it
		for j > 0 && !ws[j-1].isLower() && !isNumber(ws[j-1].text) && !ws[j-1].has(lex.Possessive) {
			j--
		}
		if k := j; k > 0 && k <= 2 {
			for k > 0 && ws[k-1].isLower() && !ws[k-1].has(lex.FunctionWord) && !ws[k-1].cls.AnyBits(finiteVerbsBits&word0, finiteVerbsBits>>64&word0, finiteVerbsBits>>128) {
				k--
			}
			if k == 0 {
				j = 0 // "special ambassador Mikhail Sytenko": the adjectives go with the office
			}
		}
		if j == 0 && i == len(ws)-1 {
			continue // "President Putin" alone: keep something readable
		}
		return append(ws[:j], ws[i:]...)
	}
	return ws
}

// isTitle reports whether a word is an office, abbreviated or not ("Sen.").
func isTitle(lx *lex.Lexicon, w word) bool {
	if w.text == "" || w.text[len(w.text)-1] != '.' {
		return w.has(lex.Title) // most words: no full stop to look past
	}
	return lookupWritten(lx, w.text[:len(w.text)-1]).Has(lex.Title)
}

// finiteForms open or continue a verb group.
var finiteForms = lex.Of(lex.AuxiliaryOrModal, lex.BaseVerbAfter, lex.PastForm, lex.IrregularPast, lex.PredicateStart)

// dropRelativeClause removes a relative clause from a subject when the
// subject's own predicate follows it: "a suspect who was returned from
// Pakistan had not confessed" -> "a suspect had not confessed". The clause
// runs from its pronoun past its own verb group to the auxiliary or modal
// that opens the main predicate; with no such word after it, the clause
// may be what the label is about, and stays.
func dropRelativeClause(ws []word) []word {
	for i := 1; i < len(ws); i++ {
		if !ws[i].written(lex.RelativePronoun) {
			continue
		}
		j := i + 1
		for j < len(ws) && !(ws[j].isLower() && ws[j].cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128)) {
			j++
		}
		for j < len(ws) && ws[j].isLower() && ws[j].cls.AnyBits(finiteFormsBits&word0, finiteFormsBits>>64&word0, finiteFormsBits>>128) {
			j++
		}
		for k := j; k < len(ws); k++ {
			if ws[k].written(lex.AuxiliaryOrModal) || ws[k].written(lex.BaseVerbAfter) {
				return append(ws[:i], ws[k:]...)
			}
		}
		return ws
	}
	return ws
}
