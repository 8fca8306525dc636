package events

import "strings"

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
