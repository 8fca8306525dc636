package en

import (
	"slices"
	"sort"

	"retrace/timeline/lex"
)

// The grammar reads tokens hundreds of times for each expression it finds
// and each it rules out. These accessors shadow the general scanner's
// (grammar.Scanner) with the same answers, read from the scanner's own
// slices: a token, then a table by its lexicon entry, without the chain of
// pointers and checks a general token access takes. Out of range, a token
// reads as an empty word with no entry, as there.

// words are the keys and classes of a lexicon's entries, by entry, and
// the needs of families each meets (a bit each, see language.needy).
type words struct {
	keys    []lex.Key
	classes []lex.Set
	needs   []uint8
	// tenseless marks the entries tenseAt says nothing of by their class
	// or key: such a word tells a tense only as a regular past form
	tenseless []bool
	// quiet marks the tenseless entries that tenseOn passes by, but for a
	// regular past form: no end of a sentence, comma, "and" or "or"
	quiet []bool
	// countFollows marks the entries that may follow a count in a
	// duration (see countFollows)
	countFollows []bool
	// decimalFollows marks the entries after a decimal ("5.30 p.m.") that
	// begins' number checks read on at (see scanner.checkNumber)
	decimalFollows []bool
}

func (l *language) wordsOf(lx *lex.Lexicon) words {
	w := words{keys: make([]lex.Key, lx.Len()), classes: make([]lex.Set, lx.Len()), needs: make([]uint8, lx.Len()),
		tenseless: make([]bool, lx.Len()), quiet: make([]bool, lx.Len()), countFollows: make([]bool, lx.Len()),
		decimalFollows: make([]bool, lx.Len())}
	// each need's classes as one set, asked of each entry at once, and
	// only of an entry with one of the classes some need names (needed):
	// need.word asks each class in turn, of each of the ~2,900 entries
	type needOf struct {
		keys    []lex.Key
		classes lex.Set
	}
	var needs []needOf
	var needed lex.Set
	for _, fi := range l.needy {
		n := l.families[fi].needs
		needs = append(needs, needOf{n.keys, lex.Of(n.classes...)})
		needed = needed.Union(needs[len(needs)-1].classes)
	}
	for id := range w.keys {
		e := lx.Entry(uint32(id))
		w.keys[id], w.classes[id] = e.Key, e.Classes
		w.tenseless[id] = tenseless(e)
		w.countFollows[id] = countFollows(e)
		w.decimalFollows[id] = decimalFollows(e)
		w.quiet[id] = w.tenseless[id] && !e.Has(lex.SentenceEnd) && e.Key != kDot && e.Key != kComma && e.Key != kAnd && e.Key != kOr
		named := e.Classes.Any(needed)
		for g, n := range needs {
			if slices.Contains(n.keys, e.Key) || named && e.Classes.Any(n.classes) {
				w.needs[id] |= 1 << g
			}
		}
	}
	return w
}

// tok returns token i; out of range, the zero token: a word with no entry.
func (s *scanner) tok(i int) lex.Token {
	if uint(i) < uint(len(s.toks)) {
		return s.toks[i]
	}
	return 0
}

// Key returns the grammar's name for token i, 0 for none.
func (s *scanner) Key(i int) lex.Key { return s.words.keys[s.tok(i).ID()] }

// Is reports whether token i is the word the grammar names k.
func (s *scanner) Is(i int, k lex.Key) bool { return s.Key(i) == k }

// Has reports whether token i is in class c.
func (s *scanner) Has(i int, c lex.Class) bool { return s.words.classes[s.tok(i).ID()].Has(c) }

// Entry returns the lexicon entry of token i, the empty entry out of range.
func (s *scanner) Entry(i int) *lex.Entry { return s.Lexicon.Entry(s.tok(i).ID()) }

// Glued reports whether token i directly follows token i-1, without space.
func (s *scanner) Glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].Space() }

// tokAt is token i of the scanner, read on demand (see Tok).
type tokAt struct {
	lex.Token
	s *scanner
	i int
}

// Tok returns token i; out of range, an empty word with no entry.
func (s *scanner) Tok(i int) tokAt { return tokAt{s.tok(i), s, i} }

// Num returns the value of the ASCII digits the token begins with, 0 when
// it has none.
func (t tokAt) Num() int {
	if t.Digits() == 0 {
		return 0
	}
	// the families tried at a number each read its value, often more than
	// once: the last one read is kept
	s := t.s
	if s.lastNum.at != t.i+1 {
		s.lastNum.at, s.lastNum.value = t.i+1, s.Tokenized.Num(t.i)
	}
	return s.lastNum.value
}

// Start and End return where the token begins and ends in the text.
func (t tokAt) Start() int { return t.s.Start(t.i) }
func (t tokAt) End() int   { return t.s.End(t.i) }

// ahead holds, for one family's need, the tokens of the text that meet
// it, in text order, and a cursor into them: the scan asks about tokens in
// text order, so the cursor mostly steps forward. They are listed as the
// text is cut (see sieveOf).
type ahead struct {
	at   []int32
	next int // at[:next] lie before the token last asked about
}

// within reports whether a token that meets the need of the family with
// bit g (in the words' needs) lies among the reach tokens from i.
func (s *scanner) within(g, i, reach int) bool {
	a := &s.ahead[g]
	if a.next > 0 && int(a.at[a.next-1]) >= i {
		// back: a family tried a token ahead of the one tried now
		if a.next > 1 && int(a.at[a.next-2]) >= i {
			a.next = sort.Search(len(a.at), func(k int) bool { return int(a.at[k]) >= i })
		} else {
			a.next--
		}
	}
	for a.next < len(a.at) && int(a.at[a.next]) < i {
		a.next++
	}
	return a.next < len(a.at) && int(a.at[a.next]) < i+reach
}
