package en

import (
	"math"
	"math/bits"
	"slices"
	"strings"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// language is English's grammar over a lexicon: the families of
// expressions (see families) and, for every word of the lexicon, which of
// them it can begin.
type language struct {
	lexicon  *lex.Lexicon
	families []family // the table, held here so that the families can call it
	// begins holds, for each lexicon entry, a bit per family (in the order
	// of families) that a word with that entry can begin; byKind the bits
	// of the families a number, a word after digits ("3rd"), a holiday's
	// first word and a fiscal year ("FY2025") can begin.
	begins                                []uint32
	numbers, digitWords, holiday, fiscals uint32
	holidays                              *grammar.HolidayIndex // the default ones
	// starts is what begins says of a word, with the default holidays, by
	// whether it is written with a capital (see starts)
	starts starts
	words  words      // the lexicon's keys and classes, by entry
	sieve  *lex.Sieve // sieveOf starts and words
	// needy are the families with a need, in the order of families; a
	// family's bit in the words' needs is its place here (group[family])
	needy []int
	group []int
	// match, reach and the masks are the table's columns the scan reads
	match               []func(s *scanner, i int) bool
	reach               []int
	needyMask, coreMask uint32
	// spelledYears are the families that begin with a year in words (see
	// coreAt)
	spelledYears uint32
	// The families that begin with only some numbers, weekdays, relative
	// words, units in the singular or ordinals, with the check that says
	// which for each (family.number, weekday, rel, unit, ordinal)
	numberChecks, weekdayChecks, relChecks, unitChecks, ordinalChecks firstChecks
	// the families whose number check a number of four digits passes, and
	// those it alone passes (see family.fourDigits)
	fourDigitsPass, fourDigitsOnly uint32
	// the bit of each family with a number check, for begins to ask the
	// checks by name (see numberBits)
	numberBits numberBits
}

// numberBits holds the bit of each family with a number check
// (family.number): begins asks the checks by direct calls, where
// numberChecks.leaveOut called each through its table, an indirect call
// for each of the ~5,000 checks a megabyte of news asks of a number.
type numberBits struct {
	numericDate, rangeDay, year, duration, clock uint32
}

// numberBitsOf returns the bits of the families with a number check, told
// by name; it panics on a family with a number check it does not know, as
// begins would then never ask it.
func numberBitsOf(fams []family) numberBits {
	var b numberBits
	for fi, f := range fams {
		if f.number == nil {
			continue
		}
		bit := uint32(1) << fi
		switch f.name {
		case "numeric date":
			b.numericDate |= bit
		case "range day":
			b.rangeDay |= bit
		case "year":
			b.year |= bit
		case "duration":
			b.duration |= bit
		case "clock":
			b.clock |= bit
		default:
			panic("en: begins asks no number check of family " + f.name)
		}
	}
	return b
}

// starts holds, for each lexicon entry, the families a word with that entry
// begins, one table for a word in small letters and one for a word with a
// capital (which may begin a holiday's name too). The bits the,
// apostrophe, rel, at, article and weekdayMark mark those words; afterThe,
// afterNumber, afterApostrophe, afterRel, afterAt and afterArticle what
// may follow them (see family.after), and family.weekday which families a
// weekday may begin.
type starts struct {
	small, capital                                                          []uint32
	afterThe, afterNumber, afterApostrophe, afterRel, afterAt, afterArticle follows
	// gate holds, for each entry, which of gated says alone what a word
	// with it begins: 0 where begins asks more (a check of a weekday, unit
	// or ordinal) or the word has no mark (gated[0] is left empty). Both
	// are indexed with no bounds check (see dropUnbegun), gate by the
	// token's id, sixteen bits, gated by a byte; only the first lx.Len()
	// bytes of gate are ever read.
	gate  *[1 << 16]uint8
	gated *[1 << 8]gatedWord
	// afterLoneNumber is what may follow a lone number (see after, and
	// afterNumber, whose limits it holds too), and
	// numberLinks marks the words that, before a number, make it no lone
	// one: those year's and range day's checks read before their number
	// (mayBeYear, mayBeRangeDay), a hyphen, a dash and a link of two days
	afterLoneNumber follows
	numberLinks     []bool
	// afterWeekday is what may follow a weekday ("Monday", "Mon")
	afterWeekday follows
}

// gatedWord is what dropUnbegun reads of a word that begins only what its
// mark lets follow it ("the", "a", "at", a relative word): the table of
// what may follow it, as begins picks it by the mark (afterThe,
// afterApostrophe, afterRel, afterAt or afterArticle), and the families
// the word begins with a capital (capital holds small's families and a
// holiday's first word's: where a word with a capital begins nothing, one
// in small letters begins nothing either). One for each such entry, some
// twenty: the loop then reads neither capital nor the mark's table by the
// word's entry.
type gatedWord struct {
	follows
	begins uint32
}

// follows holds, for each lexicon entry, the families that let a word with
// that entry come after one kind of first token, and those that let a
// number or a word after digits.
type follows struct {
	words               []uint32
	numbers, digitWords uint32
}

// sieveOf is the sieve that picks out, as a text is cut, the tokens the
// scan reads first: those that may begin a family (starts), and those that
// meet a family's need (words.needs). Numbers and words with digits are
// kept whatever their entry; an unlisted word with a capital is kept when
// it has six letters and digits, as it may be a fiscal year ("FY2025").
func sieveOf(lx *lex.Lexicon, st starts, w words) *lex.Sieve {
	spec := lex.SieveSpec{Small: make([]bool, len(st.small)), Capital: make([]bool, len(st.small)), Groups: w.needs,
		UnlistedCapital: []int{len("FY2025")}}
	for id := range st.small {
		spec.Small[id], spec.Capital[id] = st.small[id] != 0, st.capital[id] != 0
	}
	return lex.NewSieve(lx, spec)
}

const (
	// the bits beyond the families' (at most 24 of them)
	the         = 1 << 31
	apostrophe  = 1 << 30
	rel         = 1 << 29 // a relative word ("last", "that")
	at          = 1 << 28
	weekdayMark = 1 << 27 // a word of class Weekday or WeekdayAbbrev
	article     = 1 << 26 // "a" or "an"
	unitMark    = 1 << 25 // a calendar unit in the singular ("year", "day")
	ordinalMark = 1 << 24 // a word of class Ordinal ("first", "second")
	marks       = the | apostrophe | rel | at | weekdayMark | article | unitMark | ordinalMark
)

// Language returns English: its lexicon, holidays and grammar.
func Language() grammar.Language { return english }

var english = Grammar(lexicon)

// Grammar returns the English grammar reading the words of lx: the seam a
// new lexicon plugs into. A language that writes its dates as English does
// needs only its words, each with the classes and keys the grammar asks
// for; another word order needs a grammar of its own.
func Grammar(lx *lex.Lexicon) grammar.Language {
	if len(families) >= 24 {
		panic("en: more families than a mask holds")
	}
	l := &language{lexicon: lx, families: families, holidays: grammar.IndexHolidays(holidays(), lx)}
	l.begins = wordMasks(lx, func(f *family) *begin { return &f.begin })
	for fi, f := range families {
		bit := uint32(1) << fi
		if f.begin.numbers {
			l.numbers |= bit
		}
		if f.begin.digitWords {
			l.digitWords |= bit
		}
		if f.begin.holidays {
			l.holiday |= bit
		}
		if f.begin.fiscal {
			l.fiscals |= bit
		}
		if slices.Contains(f.begin.classes, lex.YearNumberWord) {
			l.spelledYears |= bit
		}
		l.numberChecks.add(f.number, bit)
		switch f.fourDigits {
		case fourDigitsPass:
			l.fourDigitsPass |= bit
		case fourDigitsOnly:
			l.fourDigitsPass |= bit
			l.fourDigitsOnly |= bit
		}
		l.weekdayChecks.add(f.weekday, bit)
		l.relChecks.add(f.rel, bit)
		l.unitChecks.add(f.unit, bit)
		l.ordinalChecks.add(f.ordinal, bit)
	}
	l.numberBits = numberBitsOf(families)
	l.group = make([]int, len(families))
	for fi, f := range families {
		l.group[fi] = -1
		if f.needs.reach > 0 {
			l.group[fi] = len(l.needy)
			l.needy = append(l.needy, fi)
			l.needyMask |= 1 << fi
		}
		if f.core {
			l.coreMask |= 1 << fi
		}
		l.match = append(l.match, f.match)
		l.reach = append(l.reach, f.needs.reach)
	}
	if len(l.needy) > 8 {
		panic("en: more families with needs than a byte holds")
	}
	l.starts = l.startsFor(lx, l.holidays)
	l.words = l.wordsOf(lx)
	l.sieve = sieveOf(lx, l.starts, l.words)
	return l
}

// startsFor builds the tables of starts for the words of lx (the
// language's own lexicon, or one with more words listed), with the holidays
// of idx.
func (l *language) startsFor(lx *lex.Lexicon, idx *grammar.HolidayIndex) starts {
	st := starts{small: make([]uint32, lx.Len()), capital: make([]uint32, lx.Len())}
	for id := range st.small {
		var m uint32
		if id < len(l.begins) {
			m = l.begins[id]
		}
		switch lx.Entry(uint32(id)).Key {
		case kThe:
			m |= the
		case kApostrophe:
			m |= apostrophe
		case kAt:
			m |= at
		case kA, kAn:
			m |= article
		}
		if e := lx.Entry(uint32(id)); e.Has(lex.RelWord) {
			m |= rel
		} else if e.Has(lex.Weekday) || e.Has(lex.WeekdayAbbrev) {
			m |= weekdayMark
		} else if e.Has(lex.UnitWord) && !e.Has(lex.Plural) && m&marks == 0 {
			m |= unitMark
		}
		if e := lx.Entry(uint32(id)); e.Has(lex.Ordinal) && m&marks&^unitMark == 0 {
			m |= ordinalMark // "second" is a unit too
		}
		st.small[id], st.capital[id] = m, m
		if idx.Begins(uint32(id)) {
			st.capital[id] |= l.holiday
		}
	}
	st.afterThe = followsOf(lx, func(a after) *begin { return a.the })
	st.afterNumber = followsOf(lx, func(a after) *begin { return a.number })
	st.afterApostrophe = followsOf(lx, func(a after) *begin { return a.apostrophe })
	st.afterRel = followsOf(lx, func(a after) *begin { return a.rel })
	st.afterAt = followsOf(lx, func(a after) *begin { return a.at })
	st.afterArticle = followsOf(lx, func(a after) *begin { return a.article })
	// a lone number is a number: its table holds both limits, so that
	// begins reads one
	st.afterLoneNumber = followsOf(lx, func(a after) *begin { return a.loneNumber })
	st.afterLoneNumber.numbers &= st.afterNumber.numbers
	st.afterLoneNumber.digitWords &= st.afterNumber.digitWords
	for id := range st.afterLoneNumber.words {
		st.afterLoneNumber.words[id] &= st.afterNumber.words[id]
	}
	st.afterWeekday = followsOf(lx, func(a after) *begin { return a.weekday })
	st.numberLinks = make([]bool, lx.Len())
	for id := range st.numberLinks {
		e := lx.Entry(uint32(id))
		st.numberLinks[id] = e.Key == kHyphen || e.Has(lex.DashMark) || e.Has(lex.DayPairLink)
	}
	st.gate, st.gated = new([1 << 16]uint8), new([1 << 8]gatedWord)
	g := uint8(0) // the last of gated taken
	for id, m := range st.small {
		// a byte numbers the gated words: past 255 of them, a word is left
		// to begins, which reads it in full. The table is asked first: it
		// gates some twenty words, and the test of digits that follows cost
		// some ninety instructions for each of the ~2,900 words
		fw := gatedBy(&st, m)
		if fw == nil || g == math.MaxUint8 {
			continue
		}
		if strings.ContainsAny(lx.Entry(uint32(id)).Word, "0123456789") {
			// a token of the entry is a number or a word after digits, which
			// begins reads with more families
			continue
		}
		g++
		st.gated[g] = gatedWord{follows: *fw, begins: st.capital[id]}
		st.gate[id] = g
	}
	return st
}

// gatedBy returns the table of what may follow a word whose families and
// marks are m, when that alone says what it begins, as begins picks it:
// nil where begins asks more (a check of a weekday, unit or ordinal) or
// the word has no mark.
func gatedBy(st *starts, m uint32) *follows {
	// the order of begins' switch: a word with two marks is read by the first
	switch {
	case m&the != 0:
		return &st.afterThe
	case m&apostrophe != 0:
		return &st.afterApostrophe
	case m&rel != 0:
		return &st.afterRel
	case m&at != 0:
		return &st.afterAt
	case m&(weekdayMark|unitMark|ordinalMark) != 0:
	case m&article != 0:
		return &st.afterArticle
	}
	return nil
}

// followsOf builds the table of what may follow one kind of first token,
// which of says for each family. Most families say nothing of most kinds
// (of gives nil): any token may follow, and their bits are set in every
// word's mask at once, at the end.
func followsOf(lx *lex.Lexicon, of func(after) *begin) follows {
	f := follows{words: wordMasks(lx, func(fam *family) *begin { return of(fam.after) })}
	var anyWord uint32
	for fi, fam := range families {
		bit := uint32(1) << fi
		b := of(fam.after)
		if b == nil || b.numbers {
			f.numbers |= bit
		}
		if b == nil || b.digitWords {
			f.digitWords |= bit
		}
		if b == nil {
			anyWord |= bit
		}
	}
	for id := range f.words {
		f.words[id] |= anyWord
	}
	return f
}

// wordMasks returns, for each entry of lx, the families whose begin (of
// gives it; nil: none) its word meets by its key or its classes
// (begin.word). A word's key is looked up once in a table of the families
// by key, and its classes are asked only of the families that name classes,
// by one set each: every run builds seven of these tables as it starts,
// and asking begin.word of each family and entry cost it some 4 million
// instructions.
func wordMasks(lx *lex.Lexicon, of func(*family) *begin) []uint32 {
	var byKey []uint32 // by key: the families that key begins
	type classBit struct {
		classes lex.Set
		bit     uint32
	}
	var byClasses []classBit // only the families that name classes
	var named lex.Set        // the classes they name, all of them
	for fi := range families {
		b := of(&families[fi])
		if b == nil {
			continue
		}
		for _, k := range b.keys {
			if int(k) >= len(byKey) {
				byKey = append(byKey, make([]uint32, int(k)+1-len(byKey))...)
			}
			byKey[k] |= 1 << fi
		}
		if len(b.classes) > 0 {
			byClasses = append(byClasses, classBit{lex.Of(b.classes...), 1 << fi})
			named = named.Union(byClasses[len(byClasses)-1].classes)
		}
	}
	masks := make([]uint32, lx.Len())
	for id := range masks {
		e := lx.Entry(uint32(id))
		var m uint32
		if int(e.Key) < len(byKey) {
			m = byKey[e.Key]
		}
		// most entries have none of the classes named: one test for all
		if e.Classes.Any(named) {
			for _, c := range byClasses {
				if e.Classes.Any(c.classes) {
					m |= c.bit
				}
			}
		}
		masks[id] = m
	}
	return masks
}

// follow returns the families f lets token j follow their first token.
func (s *scanner) follow(f *follows, j int) uint32 {
	t := s.tok(j)
	m := f.words[t.ID()]
	switch {
	case t.Kind() == lex.Number:
		m |= f.numbers
	case t.Digits() > 0:
		m |= f.digitWords
	}
	return m
}

func (l *language) Lexicon() *lex.Lexicon { return l.lexicon }

func (l *language) Holidays() []grammar.Holiday { return holidays() }

func (l *language) HolidayIndex() *grammar.HolidayIndex { return l.holidays }

// Sieve returns what the scan reads first, over the language's lexicon
// with its own holidays: a text cut with it is scanned without a pass over
// every token.
func (l *language) Sieve() *lex.Sieve { return l.sieve }

func (l *language) Read(s *grammar.Scanner) grammar.Reader {
	sc := &scanner{Scanner: s, lang: l, starts: l.starts, words: l.words, toks: s.Tokens}
	sieve := l.sieve
	if s.Lexicon != l.lexicon {
		sc.words = l.wordsOf(s.Lexicon)
	}
	if s.Lexicon != l.lexicon || s.Holidays != l.holidays {
		sc.starts = l.startsFor(s.Lexicon, s.Holidays)
		sieve = sieveOf(s.Lexicon, sc.starts, sc.words)
	}
	sifted := s.Sift(sieve)
	sc.sieve, sc.firsts = sieve, sifted.Kept
	for g := range sc.ahead {
		sc.ahead[g].at = sifted.Noted[g]
	}
	return sc
}

// scanner reads one text with the English grammar.
type scanner struct {
	*grammar.Scanner
	lang   *language
	starts starts
	words  words
	toks   []lex.Token // the text's tokens (see tokens.go)
	sieve  *lex.Sieve
	firsts []int32  // the tokens that may begin a family, in order (see sieveOf)
	ahead  [8]ahead // by family with a need (see language.needy)
	// the value of the number read last, and its token plus one (0: none)
	lastNum struct{ at, value int }
	specs   []grammar.Spec // the block specs are taken from (see spec)
	// cand is the match a family reports last (family.match): it is left
	// here, not handed back, as a match of eighty bytes handed back was
	// zeroed and copied twice over in tryAll at each of the ~9,500
	// families tried a megabyte of news, most of which match nothing
	cand grammar.Cand
}

// keep leaves c in s.cand where ok, and returns ok: a family's match
// that another function hands back.
func (s *scanner) keep(c grammar.Cand, ok bool) bool {
	if ok {
		s.cand = c
	}
	return ok
}

// found returns the match a family reports (see scanner.cand), for a
// caller that reads one family's match itself: found(f(s, i)).
func (s *scanner) found(ok bool) (grammar.Cand, bool) {
	if !ok {
		return grammar.Cand{}, false
	}
	return s.cand, true
}

// spec returns a copy of sp that outlives the scan, taken from a block of
// them: nearly every expression found, and many a match a longer one
// beats, holds a Spec of two hundred bytes, and a block allocates once
// where each of them allocated on its own. The first block is sized to
// the text and the next ones double up to specBlock: an article of a few
// hundred words takes a handful, and a whole block each was most of what
// tagging a folder of them allocated.
func (s *scanner) spec(sp grammar.Spec) *grammar.Spec {
	if len(s.specs) == cap(s.specs) {
		n := 2 * cap(s.specs)
		if n == 0 {
			n = len(s.toks)/tokensPerSpec + 4
		}
		s.specs = make([]grammar.Spec, 0, min(n, specBlock))
	}
	s.specs = append(s.specs, sp)
	return &s.specs[len(s.specs)-1]
}

// specBlock is how many specs a block holds: a few kilobytes, as many as
// a page of dense text finds.
const specBlock = 32

// tokensPerSpec is fewer tokens than news has for each spec taken (some
// eighty); a dense article has one every thirty.
const tokensPerSpec = 64

// Scan finds all expressions in text order, taking the longest match at
// each token and moving past it; every family looks at a bounded window, so
// the whole scan is linear in the text.
func (s *scanner) Scan() []grammar.Cand {
	// news has an expression every sixty-odd tokens: sized for one every
	// 48, the slice rarely grows (growing it copied it five times over on a
	// long text)
	out := make([]grammar.Cand, 0, len(s.toks)/tokensPerCand+8)
	// the tokens listed are read once (MatchAt asks begins): on a long text
	// they are megabytes the rest of the tagging need not keep, and a
	// second scan sifts the tokens again
	firsts := s.firsts
	if firsts == nil {
		firsts = s.Sift(s.sieve).Kept
	}
	s.firsts = nil
	firsts = s.dropUnbegun(firsts)
	next := 0
	// one longest for the whole scan: most tokens tried match nothing, and
	// a match handed back by value was zeroed and copied at every try
	var l longest
	for _, f := range firsts {
		i := int(f)
		if i < next {
			continue // inside the last match
		}
		mask := s.begins(i)
		if mask == 0 {
			continue
		}
		l.found = false
		s.tryAll(&l, i, mask)
		if !l.found {
			continue
		}
		s.withClock(&l.best)
		out = append(out, l.best)
		next = l.best.J
	}
	return out
}

// tokensPerCand is fewer tokens than news has for each expression found.
const tokensPerCand = 48

// MatchAt tries the families that can begin at token i, in the order of
// the table; of equal matches the first wins. A date that names one day
// takes a time of day right after it.
func (s *scanner) MatchAt(i int) (grammar.Cand, bool) { return s.matchMask(i, s.begins(i)) }

// matchMask tries the families of mask at token i.
func (s *scanner) matchMask(i int, mask uint32) (grammar.Cand, bool) {
	l, ok := s.longestOf(i, mask)
	if !ok {
		return grammar.Cand{}, false
	}
	s.withClock(&l)
	return l, true
}

// longestOf returns the longest match at token i of the families of mask,
// of equal ones the first family's; it does not try a family whose need
// lies not ahead.
func (s *scanner) longestOf(i int, mask uint32) (grammar.Cand, bool) {
	var l longest
	s.tryAll(&l, i, mask)
	return l.best, l.found
}

// tryAll offers l the matches at token i of the families of mask, but for
// those whose need lies not ahead.
func (s *scanner) tryAll(l *longest, i int, mask uint32) {
	for needy := mask & s.lang.needyMask; needy != 0; needy &= needy - 1 {
		fi := bits.TrailingZeros32(needy)
		if !s.within(s.lang.group[fi], i, s.lang.reach[fi]) {
			mask &^= 1 << fi
		}
	}
	for ; mask != 0; mask &= mask - 1 {
		if s.lang.match[bits.TrailingZeros32(mask)](s, i) {
			l.try(&s.cand)
		}
	}
}

// begins returns the families token i can begin, a bit each. It is asked
// of every token of the text, most of which begin nothing, so it reads the
// token once, from tables, and looks further only where a family might
// begin.
func (s *scanner) begins(i int) uint32 {
	toks := s.toks
	if uint(i) >= uint(len(toks)) {
		return 0
	}
	t := toks[i]
	tab := s.starts.small
	if t.Upper() {
		tab = s.starts.capital
	}
	id := t.ID()
	var mask uint32
	if int(id) < len(tab) {
		mask = tab[id]
	}
	switch kind := t.Kind(); {
	case kind == lex.Number:
		mask |= s.lang.numbers
		if id == 0 {
			// only the checks of the families mask still holds: most numbers
			// of news are followed by a word few families let follow them
			// ("million"); and those a number's digits decide are not asked
			if t.Digits() == 4 {
				mask &= s.follow(&s.starts.afterNumber, i+1)
				pass := mask & s.lang.fourDigitsPass
				mask = s.checkNumber(mask&^pass, i) | pass
			} else {
				after := &s.starts.afterNumber
				if !s.starts.numberLinks[s.tok(i-1).ID()] {
					// "3 million", "25 percent": year's and range day's checks
					// read little more than the next word, and most such
					// numbers of news are none of theirs
					after = &s.starts.afterLoneNumber
				}
				mask &= s.follow(after, i+1) &^ s.lang.fourDigitsOnly
				if mask&s.lang.numberChecks.checked != 0 {
					mask = s.checkNumber(mask, i)
				}
			}
		}
	case t.Digits() > 0:
		mask |= s.lang.digitWords
	case id == 0 && t.Upper() && t.Len() == 6 && kind == lex.Word && s.fiscalYear(i):
		mask |= s.lang.fiscals
	}
	mark := mask & marks
	if mark == 0 {
		return mask // most tokens: the switch below tests each mark in turn
	}
	mask &^= marks
	switch {
	case mark&the != 0:
		// "the company": every family that begins with "the" needs a
		// listed word or a number after it, and news says "the" often
		if mask == 0 {
			return 0
		}
		if n := s.tok(i + 1); n.ID() == 0 && n.Kind() == lex.Word && n.Digits() == 0 {
			return 0
		}
		mask &= s.follow(&s.starts.afterThe, i+1)
	case mark&apostrophe != 0:
		mask &= s.follow(&s.starts.afterApostrophe, i+1)
	case mark&rel != 0:
		mask &= s.follow(&s.starts.afterRel, i+1)
		if mask&s.lang.relChecks.checked != 0 {
			// "last year" begins no duration
			mask = s.lang.relChecks.leaveOut(mask, s, i)
		}
	case mark&at != 0:
		// "at the", "at a": news says "at" most often before a place
		mask &= s.follow(&s.starts.afterAt, i+1)
	case mark&weekdayMark != 0:
		// "said Monday" begins no date: the weekday checks read little more
		// than the next word
		mask &= s.follow(&s.starts.afterWeekday, i+1)
		if mask&s.lang.weekdayChecks.checked != 0 {
			mask = s.lang.weekdayChecks.leaveOut(mask, s, i)
		}
	case mark&(unitMark|ordinalMark) != 0:
		// "the year", "a day": a unit in the singular begins a duration
		// only in a compound ("year-long"); "first", "third" a century
		// only before the word ("third-century")
		if mark&unitMark != 0 {
			mask = s.lang.unitChecks.leaveOut(mask, s, i)
		}
		if mark&ordinalMark != 0 {
			mask = s.lang.ordinalChecks.leaveOut(mask, s, i)
		}
	case mark&article != 0:
		// "a company": "a" begins a duration ("a week", "a few days"),
		// and news says it everywhere
		mask &= s.follow(&s.starts.afterArticle, i+1)
	}
	return mask
}

// checkNumber returns mask less the families whose number check
// (family.number) rules the unlisted number i out, as
// numberChecks.leaveOut does, each check called by name.
//
// A decimal ("2.5 percent", "1.25 billion"; a number, a dot and a number)
// is asked all of a numeric date's, a duration's and a clock's checks,
// and each reads on only at a word of decimalFollows or a number after it
// (see decimalFollows): at any other word the three are left out at once.
func (s *scanner) checkNumber(mask uint32, i int) uint32 {
	b := &s.lang.numberBits
	if s.Key(i+1) == kDot && s.isNumber(i+2) {
		if t := s.tok(i + 3); t.Kind() != lex.Number && !s.words.decimalFollows[t.ID()] {
			mask &^= b.numericDate | b.duration | b.clock
		}
	}
	if mask&b.numericDate != 0 && !mayBeNumericDate(s, i) {
		mask &^= b.numericDate
	}
	if mask&b.rangeDay != 0 && !mayBeRangeDay(s, i) {
		mask &^= b.rangeDay
	}
	if mask&b.year != 0 && !mayBeYear(s, i) {
		mask &^= b.year
	}
	if mask&b.duration != 0 && !mayBeDuration(s, i) {
		mask &^= b.duration
	}
	if mask&b.clock != 0 && !mayBeClock(s, i) {
		mask &^= b.clock
	}
	return mask
}

// dropUnbegun drops from firsts, in place, tokens that begin no family
// by what follows them: "the", an apostrophe, a relative word, "at", "a"
// or "an" before a word that none of their families lets follow ("the
// company", "'s"), and an unlisted word of six with a capital that cannot
// be a fiscal year ("Castro", "United"). Three in four of the tokens the
// sieve keeps in news begin nothing, most of them these: a loop that makes
// no call decides them at half what begins, its calls of follow and the
// scan's call of it cost. It keeps any token it does not decide, which
// begins then reads in full.
func (s *scanner) dropUnbegun(firsts []int32) []int32 {
	toks, st := s.toks, &s.starts
	// kept in place by index, not appended: the loop then makes no call
	// (of growslice) and keeps its state in registers
	n := 0
	for _, f := range firsts {
		i := int(f)
		t := toks[i]
		if g := st.gate[t.ID()]; g != 0 {
			// what begins reads (of a word with no digits, see gate): the
			// families of its entry less those the next token may not
			// follow (see follow)
			gw := &st.gated[g]
			var next lex.Token
			if i+1 < len(toks) {
				next = toks[i+1]
			}
			m := gw.words[next.ID()]
			switch {
			case next.Kind() == lex.Number:
				m |= gw.numbers
			case next.Digits() > 0:
				m |= gw.digitWords
			}
			if gw.begins&m == 0 {
				continue
			}
		} else if t.ID() == 0 && t.Kind() != lex.Number && t.Digits() == 0 && st.capital[0]|st.small[0] == 0 &&
			(t.Len() != 6 || !isDigit(s.Text[t.Start()+5])) {
			continue // an unlisted word that is no fiscal year (see fiscalYear)
		}
		firsts[n] = f
		n++
	}
	return firsts[:n]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// firstChecks are one kind of the checks families make of their first
// token (family.number, weekday, rel, unit, ordinal), by family, so that
// begins leaves a family out where it cannot match before trying it.
type firstChecks struct {
	check   []func(s *scanner, i int) bool // by family; nil where it has none
	checked uint32                         // the families that have one
}

// add appends the check of the family with the given bit, nil for none.
func (c *firstChecks) add(check func(s *scanner, i int) bool, bit uint32) {
	c.check = append(c.check, check)
	if check != nil {
		c.checked |= bit
	}
}

// leaveOut returns mask less the families whose check rules token i out.
// It asks only the checks of the families mask still holds.
func (c *firstChecks) leaveOut(mask uint32, s *scanner, i int) uint32 {
	for m := mask & c.checked; m != 0; m &= m - 1 {
		fi := bits.TrailingZeros32(m)
		if !c.check[fi](s, i) {
			mask &^= 1 << fi
		}
	}
	return mask
}

// fiscalYear reports whether word i, six letters and digits written with
// a capital, may be a fiscal year ("FY2025"): it ends in a digit and begins
// with the word for one. The last byte is read from the token's start, as
// its length is known.
func (s *scanner) fiscalYear(i int) bool {
	c := s.Text[s.toks[i].Start()+5]
	return c >= '0' && c <= '9' && s.Prefix(i, 2).Key == kFY
}

// core matches a DATE or TIME expression that a modifier can wrap: the
// longest of the core families that may match at token i (see coreAt).
func (s *scanner) core(i int) (grammar.Cand, bool) { return s.longestOf(i, s.coreAt(i)) }

// coreAt returns the core families that may match at token i: those it
// begins (most tokens after "late" or "about" begin one or two), and at a
// number word those that read a year in words, which spelledYear begins
// at any number word from eleven to twenty ("dozen" too), not only at
// those the table lists.
func (s *scanner) coreAt(i int) uint32 {
	mask := s.begins(i)
	if s.Has(i, lex.NumberWord) {
		mask |= s.lang.spelledYears
	}
	return mask & s.lang.coreMask
}

// longest keeps the longest of the matches offered to it; of equal ones,
// the first offered wins, so the order of the families is their priority.
type longest struct {
	best  grammar.Cand
	found bool
}

func (l *longest) try(c *grammar.Cand) {
	if c.J > c.I && (!l.found || c.J > l.best.J) {
		l.best, l.found = *c, true
	}
}

// withClock extends a date that names one day with a time of day right
// after it: "3 Oct 10pm", "March 3, 2019, at 5 p.m.", and the timestamps of
// bylines, which set the time apart with a slash or a bar ("January 20,
// 2016 / 3:36 PM", "April 18, 2024 | 10:20 AM"). It extends c in place:
// the scan asks it of every match it keeps, and a match of eighty bytes
// was copied in and out.
func (s *scanner) withClock(c *grammar.Cand) {
	if c.Spec == nil || c.Spec.Clock || c.Spec.Part != "" || c.Mod != "" || !grammar.NamesADay(c.Spec) {
		return
	}
	k := c.J
	if s.Is(k, kComma) || s.Is(k, kSlash) || s.Has(k, lex.NavigationMark) {
		k++
	}
	if s.Is(k, kAt) {
		k++
	}
	if !s.mayBeClockAt(k) {
		return // most days named: no number after them
	}
	t, ok := s.clockTime(k)
	if !ok || t.Spec == nil || t.Spec.Rel != grammar.RelShift || t.Spec.N != 0 {
		return // no time, or one with a day of its own
	}
	sp := grammar.AtTime(*c.Spec, t.Spec.Hour, t.Spec.Min)
	c.Spec, c.J, c.Type = s.spec(sp), t.J, timeline.TypeTime
}

// mayBeClockAt reports whether clockTime may read a time at token k, as
// its first checks do: only at a number of one or two digits ("5:30",
// "10pm") or the word for noon or midnight.
func (s *scanner) mayBeClockAt(k int) bool {
	if d := s.digits(k); d == 1 || d == 2 {
		return true
	}
	switch s.Key(k) {
	case kNoon, kMidday, kMidnight:
		return true
	}
	return false
}

// word helpers

func (s *scanner) num(i int) int       { return s.Tok(i).Num() }
func (s *scanner) digits(i int) int    { return s.tok(i).Digits() }
func (s *scanner) upper(i int) bool    { return s.tok(i).Upper() }
func (s *scanner) isNumber(i int) bool { return s.tok(i).Kind() == lex.Number }
func (s *scanner) isWord(i int) bool   { return s.tok(i).Kind() == lex.Word }
func (s *scanner) value(i int) int     { return s.Entry(i).Num }
func (s *scanner) code(i int) string   { return s.Entry(i).Code }

// isAny reports whether token i is one of the words named.
func (s *scanner) isAny(i int, keys ...lex.Key) bool {
	k := s.Key(i)
	if k == 0 {
		return false
	}
	for _, x := range keys {
		if k == x {
			return true
		}
	}
	return false
}

// atEnd reports whether i is past the last token.
func (s *scanner) atEnd(i int) bool { return i >= len(s.Tokens) }
