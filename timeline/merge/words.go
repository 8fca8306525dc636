package merge

import (
	"strings"
	"unicode"
)

// contentWords returns the distinct stemmed content words of a label: lower
// case, function words, reporting verbs and time words dropped (the interval
// already says when; two sources calling the same clash "Friday's clash" and
// "the clash on 3 May" must not differ for it), numbers dropped, and each
// word cut to a rough stem so "launches", "launched" and "launch" agree.
func contentWords(label string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 2 || stopWords[w] || isNumber(w) {
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

// minStem keeps the stemmer from cutting short words to nothing ("plan",
// "dies").
const minStem = 3

// stem is a deliberately small stemmer, not Porter's: labels are a handful
// of words, and what matters is that two sources' wordings of one happening
// meet on the same string, not that the string be a linguistic root. It
// strips one inflection (plural, -ing, -ed, with a doubled consonant
// undone), then one ending that separates a country from its people or
// adjective ("Ukraine"/"Ukrainian", "Korea"/"Korean", "China"/"Chinese")
// together with a final vowel ("force"/"forces" meet as "forc").
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w)-3 >= minStem:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && len(w)-1 >= minStem:
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minStem {
			w = undouble(w[:len(w)-len(suf)])
			break
		}
	}
	for _, suf := range []string{"ian", "ean", "ese", "ia", "ea", "an", "a", "e"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minStem {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// undouble turns "stopp" (from "stopped", "stopping") back into "stop".
func undouble(w string) string {
	n := len(w)
	if n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// stopWords are words that say nothing about which happening a label names.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those its it's it their there his her he she they them we us our you your i my me
		of in on at by for from to into onto over under with without within about after before during since until
		between against among around across through toward towards near off out up down as than
		and or but nor so yet if then also not no only very just still even again further more most much many
		some any all each both several few other another such same own
		is are was were be been being am has have had having do does did done will would shall should can could
		may might must
		say says said saying tell tells told report reports reported reportedly according claim claims claimed
		who whom whose which what when where why how while
		time times day days week weeks month months year years decade decades century centuries
		today yesterday tomorrow tonight now recently ago later earlier last next early late mid
		morning afternoon evening night weekend
		january february march april june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday
		spring summer autumn fall winter`) {
		m[w] = true
	}
	return m
}()

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
