package en

import (
	"strings"
	"unicode/utf8"

	"retrace/timeline/ascii"
	"retrace/timeline/lex"
)

// wordRules are English's word-formation rules: the classes a word has by its
// ending, participles back to their base, the third person, and a rough
// stem for comparing labels.
var wordRules = lex.Rules{Form: form, FormEnds: formEnds, FormAsked: formAsked, Base: baseFromING, ThirdPerson: thirdPerson, Stem: stem, Singular: singular}

// form gives the classes an English word has by its spelling: a past tense
// by its -ed, a participle by its -ing, an adverb by its -ly, a possessive
// by its 's. Lengths are of the lower-case word.
//
// Every ending it reads ends in one of the letters d, g, n, s, t, y: a
// word whose last byte is another ASCII byte has none of them, and is
// answered at once. The events stage asks this of every name, number and
// capitalised word it reads, and most end otherwise.
//
// A word all in ASCII (nearly all the rest) is its own lower case but for
// capitals, which the endings read folded: its last byte picks the endings
// to read, in one switch, with none of the calls of formLowered. A word
// beyond ASCII is lowered first (formLowered), as a capital there may change
// the word's length or its endings.
func form(w string) lex.Set {
	if w == "" {
		return lex.Set{}
	}
	if c := w[len(w)-1]; c < utf8.RuneSelf && !endsAnEnding[c] {
		return lex.Set{}
	}
	return formAsked(w)
}

// formAsked is form of a word whose last byte is in formEnds or beyond
// ASCII, or of the empty word: the words the lexicon asks the rule of,
// having tested the last byte itself (lex.Rules.FormAsked).
func formAsked(w string) lex.Set {
	n := len(w)
	if n == 0 {
		return lex.Set{}
	}
	// A word of four to sixteen bytes (nearly all) is told all ASCII in
	// place, by its two halves, which may overlap; any other by
	// ascii.Only, a call that cost some thirty instructions a word.
	if n >= 4 && n <= 8 {
		if (ascii.Load4(w)|ascii.Load4(w[n-4:]))&0x80808080 != 0 {
			return formLowered(w)
		}
	} else if n > 8 && n <= 16 {
		if (ascii.Load8(w)|ascii.Load8(w[n-8:]))&0x8080808080808080 != 0 {
			return formLowered(w)
		}
	} else if !ascii.Only(w) {
		return formLowered(w)
	}
	switch w[n-1] {
	case 's':
		s := formVerbEnding
		if n >= 2 && w[n-2] == '\'' {
			s = s.Union(formPossessive)
		}
		if actionEnding(w[:n-1]) {
			s = s.Union(formActionNoun)
		}
		return s
	case 'S':
		return formVerbEnding // no possessive's s, no plural for nounOfAction to cut
	case 'd', 'D':
		if n >= 2 && foldCapital(w[n-2]) == 'e' {
			if n > 4 {
				return formPast
			}
			return formVerbEnding
		}
	case 'n', 'N':
		var s lex.Set
		if w[n-1] == 'n' && actionEnding(w) { // nounOfAction's endings are in lower case
			s = formActionNoun
		}
		if n >= 2 && foldCapital(w[n-2]) == 'w' {
			s = s.Union(formVerbEnding)
		} else if n > 4 && foldCapital(w[n-2]) == 'e' {
			s = s.Union(formEn)
		}
		return s
	case 't':
		if actionEnding(w) {
			return formActionNoun
		}
	case 'g', 'G':
		if n >= 5 && hasSuffixFold(w, "ing") {
			return formIng
		}
	case 'y', 'Y':
		if n > 4 && foldCapital(w[n-2]) == 'l' {
			return formLy
		}
	}
	return lex.Set{}
}

// The sets form answers with, made once: lex.Of, put in line, builds its
// set a class at a time on each call.
var (
	formVerbEnding = lex.Of(lex.VerbEnding)
	formPast       = lex.Of(lex.VerbEnding, lex.PastForm)
	formPossessive = lex.Of(lex.Possessive)
	formActionNoun = lex.Of(lex.ActionNounForm)
	formEn         = lex.Of(lex.EnForm)
	formIng        = lex.Of(lex.ParticipleForm)
	formLy         = lex.Of(lex.LyForm)
)

// formEnds are the ASCII bytes an ending of formLowered may end with, in
// either case (a word beyond ASCII is lowered before its endings are
// read): the lexicon answers a word that ends in another ASCII byte
// without calling form (lex.Rules.FormEnds), and form itself at once
// (endsAnEnding).
const formEnds = "dgnstyDGNSTY"

// endsAnEnding marks the bytes of formEnds.
var endsAnEnding = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte(formEnds) {
		t[c] = true
	}
	return t
}()

// formLowered is form for any word, read through its lower case: the
// possessive, the noun of action and the inflection in turn. form reads
// a word beyond ASCII by it; TestFormAsLowered holds form to it on the rest.
func formLowered(w string) lex.Set {
	var s lex.Set
	if w[len(w)-1] == 's' && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		s = lex.Of(lex.Possessive)
	}
	lw := w
	if !ascii.Only(w) {
		lw = strings.ToLower(w)
	}
	if nounOfAction(lw) {
		s = s.Union(lex.Of(lex.ActionNounForm))
	}
	return s.Union(inflection(lw))
}

// inflection gives the classes a word (lw, not empty, its capitals beyond
// ASCII lowered) has by its inflection: -ed, -s, -wn, -ing, -ly, -en. They
// end in different letters (but "wn" and "en", which differ in the letter
// before), so the last letter picks the one to read.
func inflection(lw string) lex.Set {
	n := len(lw)
	switch foldCapital(lw[n-1]) {
	case 'd':
		if hasSuffixFold(lw, "ed") && n > 4 {
			return lex.Of(lex.VerbEnding, lex.PastForm)
		}
		if hasSuffixFold(lw, "ed") {
			return lex.Of(lex.VerbEnding)
		}
	case 's':
		return lex.Of(lex.VerbEnding)
	case 'n':
		if hasSuffixFold(lw, "wn") {
			return lex.Of(lex.VerbEnding)
		} else if hasSuffixFold(lw, "en") && n > 4 {
			return lex.Of(lex.EnForm)
		}
	case 'g':
		if hasSuffixFold(lw, "ing") && n >= 5 {
			return lex.Of(lex.ParticipleForm)
		}
	case 'y':
		if hasSuffixFold(lw, "ly") && n > 4 {
			return lex.Of(lex.LyForm)
		}
	}
	return lex.Set{}
}

// nounOfAction reports whether a lower-case word looks like a noun made
// from a verb to name its action: "agreement", "declaration",
// "recapitalization", "revision" and their plurals. Short words of those
// endings are rarely actions ("nation", "mention"), so the word must be
// longer than seven letters. The endings end in n or t, so the last
// letter picks the ones to read: the form of nearly every word is asked,
// and most are short or end otherwise.
func nounOfAction(w string) bool {
	return actionEnding(strings.TrimSuffix(w, "s"))
}

// actionEnding is nounOfAction of a word with no plural's s to cut. It is
// put in line, its length tested where it is asked: most words asked are
// of seven letters or fewer, and the call cost more than the test.
func actionEnding(w string) bool { return len(w) > 7 && longActionEnding(w) }

// longActionEnding is actionEnding of a word longer than seven letters.
func longActionEnding(w string) bool {
	switch w[len(w)-1] {
	case 'n':
		if strings.HasSuffix(w, "tion") {
			return !strings.HasSuffix(w, "station") // a place: "workstation", "substation"
		}
		return strings.HasSuffix(w, "sion")
	case 't':
		return strings.HasSuffix(w, "ment")
	}
	return false
}

// singular gives the singular of a lower-case plural noun, or "" when w
// does not end like one: "meetings" -> "meeting", "strategies" ->
// "strategy", "crashes" -> "crash".
func singular(w string) string {
	if !strings.HasSuffix(w, "s") {
		return "" // every plural below ends in s: most words are answered here
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") ||
		strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return ""
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix,
// in any case.
func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := 0; i < len(s); i++ {
		if foldCapital(s[i]) != suffix[i] {
			return false
		}
	}
	return true
}

// foldCapital lower-cases an ASCII capital and leaves any other byte.
func foldCapital(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// baseFromING turns an English present participle into its base form:
// "launching" -> "launch", "making" -> "make", "running" -> "run",
// "trying" -> "try", "lying" -> "lie". It undoes the three spelling rules
// that -ing applies (final consonant doubled, silent e dropped, ie -> y) by
// looking at the shape of the stem; the e-restoration rules are the
// regularities of English spelling, not a word list, so they can be wrong on
// rare words ("competing" -> "compet"). Words that do not end in -ing, or
// whose stem would be too short to be a verb, are returned unchanged.
func baseFromING(w string) string {
	lw := strings.ToLower(w)
	if !strings.HasSuffix(lw, "ing") || len(lw) < 5 {
		return w
	}
	stem := lw[:len(lw)-3]
	keep := w[:len(stem)] // preserve the caller's case
	n := len(stem)
	last := stem[n-1]
	switch {
	case n == 2 && last == 'y': // lying, dying, tying
		return keep[:1] + "ie"
	case last == 'y' || last == 'w' || last == 'x':
		return keep // trying, showing, fixing
	case stem[n-2] == last && !isVowel(last):
		// Doubled final consonant: running, stopping, planning. English
		// keeps ll, ss, ff, zz and dd in the base form (call, pass, add).
		if strings.ContainsRune("lsfzd", rune(last)) {
			return keep
		}
		return keep[:n-1]
	case needsE(stem):
		return keep + "e"
	}
	return keep
}

// needsE reports whether a stem left by removing -ing lost a silent e:
// mak(e), vot(e), chang(e), handl(e), decid(e), us(e).
func needsE(stem string) bool {
	n := len(stem)
	last := stem[n-1]
	prev := stem[n-2]
	if last == 'u' {
		return true // continue, pursue, argue, rescue
	}
	if isVowel(last) {
		return false // agree-ing, go-ing, do-ing
	}
	if strings.HasSuffix(stem, "iat") || strings.HasSuffix(stem, "uat") || strings.HasSuffix(stem, "creat") {
		return true // negotiate, evacuate, create: two vowels, yet a silent e
	}
	switch last {
	case 'v', 'c':
		return true // have, solve, force, produce, announce
	case 'g':
		switch {
		case prev == 'r' || prev == 'd' || prev == 'l':
			return true // urge, judge, indulge
		case prev == 'n':
			return n >= 3 && (stem[n-3] == 'a' || stem[n-3] == 'e') // change, challenge; not bring
		default:
			return isVowel(prev) && (n < 3 || !isVowel(stem[n-3])) // damage, rage
		}
	case 'l':
		if strings.ContainsRune("dtkbpgfzc", rune(prev)) {
			return true // handle, settle, tackle, struggle
		}
	case 's':
		if strings.ContainsRune("nrpl", rune(prev)) {
			return true // sense, endorse, collapse, pulse
		}
	}
	if !isVowel(prev) {
		return false // start, warn, attack, launch
	}
	// A single vowel before the last consonant: the silent e is usual for
	// most consonants, so decide by the consonant and the vowel.
	if n >= 3 && isVowel(stem[n-3]) && !(stem[n-3] == 'u' && n >= 4 && stem[n-4] == 'q') {
		// two vowels: raise, cause, release take e; speak, meet, join do not
		return last == 's' || last == 'z'
	}
	switch last {
	case 'd', 'k', 'b', 'z', 'm', 'c':
		return true // decide, make, describe, seize, become
	case 's':
		return !(n > 3 && prev == 'u') // use, close, increase; not focus
	case 't':
		return prev == 'a' || prev == 'o' || prev == 'u' || vowelGroups(stem) == 1 // create, vote, dispute, write; not visit, target
	case 'r':
		return prev != 'e' // share, ignore, require, secure; not enter, offer
	case 'n':
		return prev == 'i' // combine, decline; not open, abandon
	case 'l':
		return prev == 'i' || prev == 'u' || prev == 'o' // compile, rule, console; not signal, cancel
	case 'p':
		return prev == 'a' || vowelGroups(stem) == 1 // escape, hope; not develop
	}
	return false
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// vowelGroups counts runs of vowels: a rough syllable count.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i])
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// thirdPerson gives the -s form of a base verb: "consider" -> "considers",
// "push" -> "pushes", "try" -> "tries".
func thirdPerson(v string) string {
	lv := strings.ToLower(v)
	switch {
	case lv == "be":
		return v[:0] + "is"
	case lv == "have":
		return v[:2] + "s"
	case strings.HasSuffix(lv, "y") && len(lv) > 1 && !isVowel(lv[len(lv)-2]):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(lv, "s") || strings.HasSuffix(lv, "x") || strings.HasSuffix(lv, "z") ||
		strings.HasSuffix(lv, "ch") || strings.HasSuffix(lv, "sh") || lv == "go" || lv == "do":
		return v + "es"
	}
	return v + "s"
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
	// Each ending written out, not ranged over: a constant suffix is
	// compared in place, a slice's by a call to the runtime.
	switch {
	case strings.HasSuffix(w, "ing") && len(w)-3 >= minStem:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w)-2 >= minStem:
		w = undouble(w[:len(w)-2])
	}
	return cutNationEnding(w)
}

// cutNationEnding cuts the first ending that separates a country from its
// people or adjective ("Ukraine"/"Ukrainian", "China"/"Chinese") w ends
// with, the longest first (-ian, -ean, -ese, -ia, -ea, -an, -a, -e), leaving
// at least minStem bytes. Each ends in a, n or e: the last letter picks the
// ones to try, and a word whose last letter is another (most) is answered at
// once. The endings are constants, compared in place (a list's would be
// compared by a call to the runtime each); TestCutNationEndingByLastLetter
// holds them to the list tried in turn.
func cutNationEnding(w string) string {
	n := len(w)
	if n == 0 {
		return w
	}
	switch w[n-1] {
	case 'n':
		if n-3 >= minStem && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean")) {
			return w[:n-3]
		}
		if n-2 >= minStem && strings.HasSuffix(w, "an") {
			return w[:n-2]
		}
	case 'e':
		if n-3 >= minStem && strings.HasSuffix(w, "ese") {
			return w[:n-3]
		}
		if n-1 >= minStem {
			return w[:n-1]
		}
	case 'a':
		if n-2 >= minStem && (strings.HasSuffix(w, "ia") || strings.HasSuffix(w, "ea")) {
			return w[:n-2]
		}
		if n-1 >= minStem {
			return w[:n-1]
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
