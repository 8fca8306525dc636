// Package en is English for Retrace's tagger and events stage: the lexicon
// (every English word the tagger, the events stage and the merger read,
// each with its word classes and values, words.go and keys.go), the rules
// English spells its words by (morphology.go), and the grammar: the
// families of time expressions (families.go lists them in priority order,
// one file per kind) and what the words around an expression say of its
// tense (context.go).
package en

import (
	"slices"
	"strings"

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
// strings.Fields splits it, without the slice of the words Fields
// allocates (the tables' lists are some 25 KB, split as every run starts).
func appendFields(es []lex.Entry, list string, e lex.Entry) []lex.Entry {
	for w := range strings.FieldsSeq(list) {
		e.Word = w
		es = append(es, e)
	}
	return es
}

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
