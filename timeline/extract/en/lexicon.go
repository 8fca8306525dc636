// Package en is English for Retrace's tagger and events stage: the lexicon
// (every English word the tagger, the events stage and the merger read,
// each with its word classes and values) and the rules English spells its
// words by.
package en

import (
	"strings"

	"retrace/timeline/lex"
)

// lexicon is built once from the word tables and never changed.
var lexicon = mustBuild()

// Lexicon returns the English lexicon.
func Lexicon() *lex.Lexicon { return lexicon }

func mustBuild() *lex.Lexicon {
	lx, err := lex.New(entries(), rules)
	if err != nil {
		panic(err) // the tables are constants: a conflict is a bug in them, caught by every test
	}
	return lx
}

// entries lists every word of the tables with its class and value.
func entries() []lex.Entry {
	var es []lex.Entry
	add := func(words string, e lex.Entry) {
		for _, w := range strings.Fields(words) {
			e.Word = w
			es = append(es, e)
		}
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
	for _, a := range windowAdverbs {
		es = append(es, lex.Entry{Word: a.word, Classes: lex.Of(lex.WindowAdverb), Num: a.days})
	}
	add(stopWords, lex.Entry{Classes: lex.Of(lex.StopWord)})
	return es
}
