// Package en is English for Retrace's tagger and events stage: the lexicon
// (every English word the tagger, the events stage and the merger read,
// each with its word classes and values, words.go and keys.go), the rules
// English spells its words by (morphology.go), and the grammar: the
// families of time expressions (families.go lists them in priority order,
// one file per kind) and what the words around an expression say of its
// tense (context.go).
package en

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"retrace/timeline/ascii"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// lexicon is built once from the word tables and never changed.
var lexicon = mustBuild()

// Lexicon returns the English lexicon.
func Lexicon() *lex.Lexicon { return lexicon }

func mustBuild() *lex.Lexicon {
	lx, err := lex.New(entries(), wordRules)
	if err != nil {
		panic(err) // the tables are constants: a conflict is a bug in them, caught by every test
	}
	return withHolidays(lx)
}

// appendFields appends to es an entry e for each word of list, as
// strings.Fields splits it, in one pass that allocates nothing but es,
// where Fields read the tables' lists (some 25 KB as every run starts)
// twice and allocated the slice of their words, some 400 K instructions.
// A byte beyond ASCII is read as Fields reads it, a rune that is white
// space or not (unicode.IsSpace).
func appendFields(es []lex.Entry, list string, e lex.Entry) []lex.Entry {
	for i := 0; i < len(list); {
		// white space up to the word
		if c := list[i]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(list[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(list) {
			if j+8 <= len(list) {
				// eight bytes at a time while none is below '!' or
				// beyond ASCII, the bytes a word of ASCII may end at:
				// the lowest such byte is told exactly (the bytes below
				// it borrow nothing), and read by itself
				v := ascii.Load8(list[j:])
				m := ((v-0x2121212121212121)&^v | v) & 0x8080808080808080
				if m == 0 {
					j += 8
					continue
				}
				j += bits.TrailingZeros64(m) >> 3
			}
			if c := list[j]; c < utf8.RuneSelf {
				if asciiSpace(c) {
					break
				}
				j++
			} else {
				r, n := utf8.DecodeRuneInString(list[j:])
				if unicode.IsSpace(r) {
					break
				}
				j += n
			}
		}
		e.Word = list[i:j]
		es = append(es, e)
		i = j
	}
	return es
}

// asciiSpace reports whether c is ASCII white space, as unicode.IsSpace
// says of the bytes below utf8.RuneSelf.
func asciiSpace(c byte) bool { return c == ' ' || c-'\t' <= '\r'-'\t' }

// entries lists every word of the tables with its classes and values.
func entries() []lex.Entry {
	// Room for all of them at once (2,588 now): grown by append they were
	// allocated about twice over, and that garbage made the collector run
	// once more as every process starts, before extract sets its memory
	// limit (about 5 M instructions).
	es := make([]lex.Entry, 0, 4096)
	add := func(words string, e lex.Entry) {
		es = appendFields(es, words, e)
	}
	for _, t := range tagWords {
		add(t.words, lex.Entry{Classes: lex.Of(t.class)})
	}
	for _, t := range valued {
		for _, w := range sortedKeys(t.words) {
			es = append(es, lex.Entry{Word: w, Classes: lex.Of(t.class), Num: t.words[w]})
		}
	}
	add(relAnaphoric, lex.Entry{Classes: lex.Of(lex.RelAnaphoric)})
	add(relNeedsArticle, lex.Entry{Classes: lex.Of(lex.RelNeedsArticle)})
	for _, t := range coded {
		for _, w := range sortedKeys(t.words) {
			es = append(es, lex.Entry{Word: w, Classes: lex.Of(t.class), Code: t.words[w]})
		}
	}
	for _, w := range sortedKeys(unitWords) {
		es = append(es, lex.Entry{Word: w, Classes: lex.Of(lex.UnitWord), Unit: unitWords[w]})
	}
	add(pluralUnits, lex.Entry{Classes: lex.Of(lex.Plural)})
	for k := lex.Key(1); int(k) < len(keyWords)+1; k++ {
		add(keyWords[k], lex.Entry{Key: k})
	}
	for _, w := range sortedKeys(quarterCodes) {
		es = append(es, lex.Entry{Word: w, Num: quarterCodes[w]})
	}
	for _, t := range eventWords {
		add(t.words, lex.Entry{Classes: lex.Of(t.class)})
		if t.class == lex.Preposition { // every preposition is a function word too
			add(t.words, lex.Entry{Classes: lex.Of(lex.FunctionWord)})
		}
	}
	for _, m := range clauseBreakMarks {
		es = append(es, lex.Entry{Word: m, Classes: lex.Of(lex.ClauseBreakMark)})
	}
	for _, m := range openingQuotes {
		es = append(es, lex.Entry{Word: m, Classes: lex.Of(lex.OpeningQuote)})
	}
	for _, m := range dashMarks {
		es = append(es, lex.Entry{Word: m, Classes: lex.Of(lex.DashMark)})
	}
	for _, m := range navigationMarks {
		es = append(es, lex.Entry{Word: m, Classes: lex.Of(lex.NavigationMark)})
	}
	for _, a := range windowAdverbs {
		es = append(es, lex.Entry{Word: a.word, Classes: lex.Of(lex.WindowAdverb), Num: a.days})
	}
	add(stopWords, lex.Entry{Classes: lex.Of(lex.StopWord)})
	return es
}

// sortedKeys returns a table's words in order, so that a word's entry number
// is the same in every run.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// withHolidays lists the words of the default holidays' names too, so that
// the tagger finds them without extending the lexicon.
func withHolidays(lx *lex.Lexicon) *lex.Lexicon {
	lx, err := grammar.HolidayLexicon(lx, holidays())
	if err != nil {
		panic(err)
	}
	return lx
}
