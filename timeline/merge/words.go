package merge

import (
	"strings"
	"unicode"

	"retrace/timeline/extract/en"
	"retrace/timeline/lex"
)

// lexicon says which words are stop words and how to stem the rest. Labels
// are written in English, the only language the tagger reads so far.
var lexicon = en.Lexicon()

// contentWords returns the distinct stemmed content words of a label: lower
// case, stop words dropped (function words, reporting verbs and time words:
// the interval already says when; two sources calling the same clash
// "Friday's clash" and "the clash on 3 May" must not differ for it),
// numbers dropped, and each word cut to a rough stem so "launches",
// "launched" and "launch" agree.
func contentWords(label string) []string {
	var out []string
	seen := map[string]bool{}
	stem := lexicon.Rules().Stem
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 2 || lexicon.Lookup(w).Has(lex.StopWord) || isNumber(w) {
			continue
		}
		s := stem(w)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// similarity is the Dice coefficient of two sorted, duplicate-free sets of
// word ids, 2|A∩B| / (|A|+|B|), together with |A∩B|.
//
// Dice rather than Jaccard because labels are short and of unequal length:
// "North Korean troops deployed to Kursk region" and "troops deployed" share
// 2 of 6 and 2 words, Dice 0.5, Jaccard only 0.33.
func similarity(a, b []int) (dice float64, shared int) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b)), shared
}
