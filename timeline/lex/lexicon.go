// Package lex cuts a document's text into tokens and looks each word up in
// a lexicon, once: the tagger and the events stage share the result.
//
// A lexicon is data: the words of one language, each with the word classes
// it belongs to (month, weekday, unit, preposition, ...) and the values the
// grammar reads from it (March is month 3, "fortnight" a unit of two
// weeks). This package names the classes but knows no word of any
// language; timeline/extract/en holds English.
package lex

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// Key names a word that a language's grammar asks for by itself ("the",
// "ago"), where a class would hold one word. Keys are the grammar's own
// numbering: this package stores them and never reads them.
type Key uint16

// Entry is what a lexicon says of one word.
type Entry struct {
	Word    string // lower case, as the tokenizer looks it up
	Classes Set
	Key     Key
	Num     int    // the value a class gives the word: a month's number, a count, an ordinal
	Unit    Unit   // the calendar unit of a UnitWord
	Code    string // the TIMEX3 code of a season, part of day, set or reference word

	form Set    // the classes Word has by its spelling (Rules.Form), set by New
	id   uint32 // the entry's number in its lexicon (see ID), set by New
}

// Has reports whether the word is in class c.
func (e *Entry) Has(c Class) bool { return e.Classes.Has(c) }

// ID returns the entry's number in the lexicon that made it, whose Entry
// gives e back for it: so a caller can keep what it works out of a word by
// the word's number rather than by its text. It is 0 for the empty entry
// and for an entry made by hand.
func (e *Entry) ID() uint32 { return e.id }

// Lexicon maps the lower-case words of a language to their entries. It is
// never changed once built, so one lexicon serves any number of goroutines.
type Lexicon struct {
	entries []Entry              // entries[0] is the empty entry of every word not listed
	marks   [utf8.RuneSelf]Token // by byte, the token of each ASCII mark at offset 0 with no space before: its entry is its lookup form's (see markForm)
	longest int                  // bytes in the longest word: a longer token is not looked up
	rules   Rules
	slots   []slot   // the hash table of the words (see table.go)
	tails   []uint64 // by entry, the key of its bytes past eight (see tailKey)
	mask    uint64
	shift   uint
	bare    *Sieve // keeps nothing: the sieve of Tokenize
	// formAsks holds, by a word's last byte, whether Rules.Form may give
	// the word a class (see Rules.FormEnds)
	formAsks [256]bool
}

// Rules are what a language tells of a word by its form rather than by
// listing it, and how it inflects one. A nil rule tells nothing: no
// classes, the word unchanged.
type Rules struct {
	// Form gives the classes a word has by its spelling as written (a past
	// tense by its ending).
	Form func(word string) Set
	// FormEnds lists the ASCII bytes a word Form gives a class to may end
	// with: Form gives none to a word whose last byte is another ASCII
	// byte, and the lexicon answers such a word itself, without calling
	// Form (see FormOf). Empty, every word is asked.
	FormEnds string
	// FormAsked, when not nil, is Form for the words the lexicon asks
	// Form of, those ending in a byte of FormEnds or beyond ASCII and the
	// empty word (every word when FormEnds is empty): the lexicon calls it
	// in Form's stead, so that the rule need not test the last byte again.
	FormAsked func(word string) Set
	// Base turns a present participle into its base form ("launching" ->
	// "launch"), keeping the case it was written in.
	Base func(participle string) string
	// ThirdPerson gives a base verb's third person singular ("consider" ->
	// "considers").
	ThirdPerson func(base string) string
	// Stem cuts a lower-case word to a rough stem, so that two wordings of
	// one happening ("launched", "launches") meet on one string.
	Stem func(lower string) string
	// Singular gives the singular of a lower-case plural noun ("meetings"
	// -> "meeting", "strategies" -> "strategy"), or "" when the word does
	// not look like a plural. A plural ends in s: Lexicon.Singular answers
	// "" for any other word without asking the rule.
	Singular func(lower string) string
}

// New builds a lexicon from entries and rules. Entries of the same word are
// merged: their classes are joined, and each value may be given by one of
// them only.
func New(entries []Entry, rules Rules) (*Lexicon, error) {
	same := func(w string) string { return w }
	lx := &Lexicon{}
	if rules.Form == nil {
		rules.Form = func(string) Set { return Set{} } // it gives none: none is asked
		rules.FormAsked = nil
	} else {
		for c := range lx.formAsks {
			lx.formAsks[c] = rules.FormEnds == "" || c >= utf8.RuneSelf || strings.IndexByte(rules.FormEnds, byte(c)) >= 0
		}
	}
	if rules.FormAsked == nil {
		rules.FormAsked = rules.Form
	}
	if rules.Base == nil {
		rules.Base = same
	}
	if rules.ThirdPerson == nil {
		rules.ThirdPerson = same
	}
	if rules.Stem == nil {
		rules.Stem = same
	}
	if rules.Singular == nil {
		rules.Singular = func(string) string { return "" }
	}
	// room for every entry at once (those of one word merge into one):
	// grown by appending, the lexicons built as every run starts (the
	// language's and its holidays') took a megabyte, and the collector
	// ran for it before the run could turn it off. The table of the words
	// is the building's alone: the lexicon finds them in its own.
	lx.entries, lx.rules = make([]Entry, 1, len(entries)+1), rules
	if err := lx.add(entries, newWordIDs(len(entries)), nil); err != nil {
		return nil, err
	}
	lx.finish(1)
	return lx, nil
}

// add merges entries into the lexicon's, a word's id found in ids, or,
// when old is not nil, in old (whose words the lexicon lists first, with
// the same ids); a word found in neither is given the next id and noted in
// ids, which has room for all the words of entries.
func (lx *Lexicon) add(entries []Entry, ids wordIDs, old *Lexicon) error {
	for _, e := range entries {
		if e.Word == "" {
			return fmt.Errorf("lex: an entry with no word (classes %v)", e.Classes)
		}
		var id uint32
		if old != nil {
			id = old.ID(e.Word)
		}
		if id == 0 {
			at := ids.of(lx.entries, e.Word)
			if id = *at; id == 0 {
				if len(lx.entries) > math.MaxUint16 {
					return fmt.Errorf("lex: more than %d words", math.MaxUint16)
				}
				id = uint32(len(lx.entries))
				*at = id
				lx.entries = append(lx.entries, Entry{Word: e.Word})
				lx.longest = max(lx.longest, len(e.Word))
			}
		}
		if err := lx.entries[id].merge(e); err != nil {
			return err
		}
	}
	return nil
}

// wordIDs notes the ids of the words add gives an entry, by an open
// addressed table of ids into the lexicon's entries, a word's slot found
// by its head and tail as in the lexicon's table, rather than by a map of
// strings: building the language's lexicon as every run starts asked the
// map some 4,000 times, each look-up or insertion 130 to 160 instructions
// with its hash.
type wordIDs struct {
	ids   []uint32 // 0 where free
	mask  uint64
	shift uint
}

// newWordIDs makes a table with room for n words, at most half full.
func newWordIDs(n int) wordIDs {
	size, shift := 1, uint(64)
	for size < 2*n {
		size <<= 1
		shift--
	}
	return wordIDs{ids: make([]uint32, size), mask: uint64(size - 1), shift: shift}
}

// of returns where the id of w is noted, 0 there when w has none; the
// words noted are those of entries.
func (t wordIDs) of(entries []Entry, w string) *uint32 {
	h, tail := head(w), uint64(0)
	if len(w) > 8 {
		tail = tailKey(w[8:], 0)
	}
	for i := (h ^ tail) * mixer >> t.shift; ; i = (i + 1) & t.mask {
		if id := t.ids[i]; id == 0 || entries[id].Word == w {
			return &t.ids[i]
		}
	}
}

// finish gives the entries from id from on their form and id, and indexes
// the words.
func (lx *Lexicon) finish(from int) {
	for id := from; id < len(lx.entries); id++ {
		e := &lx.entries[id]
		e.form, e.id = lx.rules.Form(e.Word), uint32(id)
	}
	lx.index()
	lx.bare = &Sieve{lexicon: lx, bare: true}
}

func (e *Entry) merge(o Entry) error {
	e.Classes = e.Classes.Union(o.Classes)
	conflict := func(what string) error {
		return fmt.Errorf("lex: %q is given two %ss", e.Word, what)
	}
	if o.Key != 0 {
		if e.Key != 0 && e.Key != o.Key {
			return conflict("key")
		}
		e.Key = o.Key
	}
	if o.Num != 0 {
		if e.Num != 0 && e.Num != o.Num {
			return conflict("number")
		}
		e.Num = o.Num
	}
	if o.Unit != NoUnit {
		if e.Unit != NoUnit && e.Unit != o.Unit {
			return conflict("unit")
		}
		e.Unit = o.Unit
	}
	if o.Code != "" {
		if e.Code != "" && e.Code != o.Code {
			return conflict("code")
		}
		e.Code = o.Code
	}
	return nil
}

// ID returns the entry number of a lower-case word, 0 when it is not listed.
func (lx *Lexicon) ID(lower string) uint32 {
	if len(lower) > lx.longest {
		return 0
	}
	return lx.find(lower)
}

// Entry returns entry id; an unknown id gives the empty entry.
func (lx *Lexicon) Entry(id uint32) *Entry {
	if int(id) >= len(lx.entries) {
		return &lx.entries[0]
	}
	return &lx.entries[id]
}

// EntryOf returns the entry of token t, which was cut with lx: one index of
// the entries, where Entry(t.ID()) also answers for a number beyond them,
// a branch that made a loop over tokens keep two ways to the entry.
func (lx *Lexicon) EntryOf(t Token) *Entry { return &lx.entries[t.id()] }

// Len returns the number of entries, the empty one included: ids run from
// 0 to Len()-1.
func (lx *Lexicon) Len() int { return len(lx.entries) }

// Lookup returns the entry of a lower-case word: the empty entry when the
// word is not listed.
func (lx *Lexicon) Lookup(lower string) *Entry { return &lx.entries[lx.ID(lower)] }

// Classes returns the classes of word, whose lower-case form is lower:
// those it is listed with, and those its form gives it.
func (lx *Lexicon) Classes(word, lower string) Set {
	return lx.Lookup(lower).Classes.Union(lx.rules.Form(word))
}

// Form returns the classes the word text has by its spelling
// (Rules.Form), e being its entry: read from the entry when text is its
// word as listed, as most words of a text are, rather than worked out again,
// and answered without the call when its last byte ends no word Form gives
// a class to (Rules.FormEnds).
func (lx *Lexicon) Form(e *Entry, text string) Set {
	if e.Word != "" && e.Word == text {
		return e.form
	}
	if n := len(text); n > 0 && !lx.formAsks[text[n-1]] {
		return Set{}
	}
	return callForm(lx.rules.FormAsked, text)
}

// FormOf is Form of token t, whose entry is e and whose text is text: read
// from the entry, with no compare, when the token says it is written as
// listed (Token.AsListed). Any other token's text is not its word as
// listed, or is a mark's, which Rules.Form answers alike; but a text whose
// last byte ends no word Form gives a class to (Rules.FormEnds) has none,
// and is answered without the call: some 14,000 of the 32,000 tokens a
// megabyte of news that are not written as listed (names, most of them),
// where the call cost some 35 instructions to say no.
//
// FormOf is put in line, with its call of Rules.Form: the call of a func
// value costs the inliner no more than that of a method kept out of line,
// which added a frame to some 34,000 calls a megabyte of news. The call
// is made in callForm, whose call of its argument the inliner counts at a
// third of the cost: made here, it took FormOf past the inliner's budget.
func (lx *Lexicon) FormOf(t Token, e *Entry, text string) Set {
	if t.AsListed() {
		return e.form
	}
	if n := len(text); n > 0 && !lx.formAsks[text[n-1]] {
		return Set{}
	}
	return callForm(lx.rules.FormAsked, text)
}

// callForm returns form(text): see FormOf.
func callForm(form func(string) Set, text string) Set { return form(text) }

// Singular gives the singular of a lower-case plural noun by the Singular
// rule, or "" when the word does not look like a plural. Every plural ends
// in s, and most words asked do not (names, adjectives): those are answered
// here, by their last byte, without a call of the rule through its
// function value. A word in any case whose lower case ends in s ends in S
// or s (no letter beyond ASCII lowers to s): a caller may cut by that
// before lowering a word at all.
func (lx *Lexicon) Singular(lower string) string {
	if lower == "" || lower[len(lower)-1] != 's' {
		return ""
	}
	return lx.rules.Singular(lower)
}

// Rules returns the lexicon's word-formation rules; none of them is nil.
func (lx *Lexicon) Rules() Rules { return lx.rules }

// With returns a lexicon that also lists entries: a copy, so lx itself is
// unchanged. It is how a caller's own words (a holiday's name) join a
// language's.
//
// The copy takes lx's entries as they are, their forms with them, and
// finds their words in lx's table: built anew from them, as New builds a
// lexicon, the holidays' lexicon of every run cost as much again as the
// language's (some 900 K instructions), a call of Rules.Form and two of
// the map for each word.
func (lx *Lexicon) With(entries []Entry) (*Lexicon, error) {
	nx := &Lexicon{rules: lx.rules, formAsks: lx.formAsks, longest: lx.longest,
		entries: append(make([]Entry, 0, len(lx.entries)+len(entries)), lx.entries...)}
	if err := nx.add(entries, newWordIDs(len(entries)), lx); err != nil {
		return nil, err
	}
	nx.finish(len(lx.entries))
	return nx, nil
}
