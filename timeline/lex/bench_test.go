package lex

import (
	"os"
	"testing"

	"retrace/timeline/internal/cpubench"
)

// BenchmarkTokenize cuts a megabyte of news into tokens with a lexicon of
// a few thousand words. The text is TimeBank and AQUAINT, when the file
// RETRACE_NEWS names exists; a generated text otherwise.
func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	var entries []Entry
	for _, w := range []string{"the", "of", "in", "said", "march", "may", "year", "years", "week", "last", "next", "on", "a", "an", ",", ".", "-", "'"} {
		entries = append(entries, Entry{Word: w, Classes: Of(Month)})
	}
	lx, err := New(entries, Rules{})
	if err != nil {
		b.Fatal(err)
	}
	cpubench.Loop(b, len(text), func() { Tokenize(text, lx) })
}

func benchText(b *testing.B) string {
	if p := os.Getenv("RETRACE_NEWS"); p != "" {
		if data, err := os.ReadFile(p); err == nil {
			return string(data)
		}
	}
	var text []byte
	for len(text) < 1<<20 {
		text = append(text, "Officials said on Friday that the talks, which began in March 1998, would resume next week; prices rose 3.5% from a year ago.\n\n"...)
	}
	return string(text)
}
