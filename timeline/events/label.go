package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLabelWords caps a label: about a headline's length, short enough to sit
// beside a bar on the chart.
const maxLabelWords = 8

// maxInputWords bounds the words a label is made from, so that labelling a
// clause costs the same however long the clause (or run-on "sentence") is.
// The rules drop articles, adverbs and titles, never dozens of words, so a
// label needs far fewer than this.
const maxInputWords = 40

// labelWords turns the tokens of a clause into a short headline-style label:
// the words that remain once the time expressions (and the prepositions that
// introduce them) are removed, without the clause's opening conjunction,
// sentence adverbs or articles, with a present participle turned into its
// base verb and a title before a name dropped ("North Korean leader Kim Jong
// Un" -> "Kim Jong Un"), cut to maxLabelWords. The rules are the ones a
// headline writer follows; none is keyed to particular sentences.
//
// drop marks token indices to leave out (time expressions and what belongs
// to them); it may be nil.
func labelWords(toks []token, drop []bool) []string {
	var ws []string
	for i, t := range toks {
		if len(ws) == maxInputWords {
			break // the rules below look a few words around; the label keeps 8
		}
		if !t.word || (drop != nil && drop[i]) {
			continue
		}
		// "Corp.'s" arrives as "Corp", ".", "'", "s": put the possessive back.
		if t.lower == "s" && i >= 2 && len(ws) > 0 && !toks[i-1].word && toks[i-1].End == t.Start &&
			(toks[i-1].text == "'" || toks[i-1].text == "’") {
			ws[len(ws)-1] += toks[i-1].text + "s"
			continue
		}
		w := strings.Trim(t.text, "'’‘")
		if w != "" {
			ws = append(ws, w)
		}
	}
	ws = trimLeadingConnectors(ws)
	ws = dropAdverbs(ws)
	ws = participleToBase(ws)
	ws = filter(ws, func(w string) bool { lw := strings.ToLower(w); return !articles[lw] && !relativePronouns[lw] })
	ws = dropTitles(ws)
	ws = filter(ws, func(w string) bool { return !companySuffixes[strings.ToLower(w)] })
	ws = trimLeadingConnectors(ws)
	ws = trimTrailingFunctionWords(ws)
	ws = shortenSubject(ws)
	return capWords(ws)
}

// shortenSubject drops what follows the head of a long subject when the
// label would not fit otherwise: "U.S. commanders in charge of planning for
// Middle East crises have indicated..." -> "U.S. commanders have
// indicated...". The subject ends at the first auxiliary or modal; its
// modifiers start at the first preposition after its first word.
func shortenSubject(ws []string) []string {
	if len(ws) <= maxLabelWords || isLowerWord(ws[0]) {
		return ws // a label opening in lower case may open with its verb
	}
	v := -1
	for i := 2; i < len(ws); i++ {
		if ws[i] == "that" && !verbBeforeThat(ws[i-1]) {
			// "Voters go to polls in race that has tightened": an
			// auxiliary past a relative "that" is the relative clause's,
			// and the subject has ended before it ("said that" and
			// "suggests that" open what was said instead)
			return ws
		}
		if auxiliaryOrModal[ws[i]] { // lower case only: a verb, not a name
			v = i
			break
		}
	}
	if v < 0 {
		return ws
	}
	for p := 1; p+3 <= v; p++ { // short modifiers ("entry to NATO") carry meaning: keep them
		if prepositions[ws[p]] {
			return append(ws[:p:p], ws[v:]...)
		}
	}
	return ws
}

// verbBeforeThat reports whether w looks like a verb that "that" would
// follow as a conjunction: "said", "suggests", "added", "showed".
func verbBeforeThat(w string) bool {
	lw := strings.ToLower(w)
	return reportingVerbs[lw] || predicateStarts[lw] || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "wn")
}

// capWords cuts a label to maxLabelWords without splitting a name: a cut
// inside "United States" backs off to before it when enough remains.
func capWords(ws []string) []string {
	if len(ws) <= maxLabelWords {
		return ws
	}
	n := maxLabelWords
	if !isLowerWord(ws[n]) && !isLowerWord(ws[n-1]) {
		k := n - 1
		for k > 0 && !isLowerWord(ws[k-1]) {
			k--
		}
		if k >= 3 {
			n = k
		}
	}
	return trimTrailingFunctionWords(ws[:n])
}

// joinLabel writes label words as a label with a capital first letter.
func joinLabel(ws []string) string {
	s := strings.ToValidUTF8(strings.Join(ws, " "), "")
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return ""
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// contentWords counts the words of a label that are not function words.
func contentWords(ws []string) int {
	n := 0
	for _, w := range ws {
		if !functionWords[strings.ToLower(w)] {
			n++
		}
	}
	return n
}

func filter(ws []string, keep func(string) bool) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if keep(w) {
			out = append(out, w)
		}
	}
	return out
}

var articles = map[string]bool{"a": true, "an": true, "the": true}

// relativePronouns join a clause to the noun it describes; a label that
// keeps the noun ("The strike, which began...") reads better without them.
var relativePronouns = map[string]bool{"which": true, "who": true}

// connectors open a clause without being part of what happened in it.
var connectors = map[string]bool{
	"with": true, "and": true, "but": true, "or": true, "while": true, "whereas": true,
	"although": true, "though": true, "because": true, "as": true, "when": true,
	"where": true, "which": true, "that": true, "so": true, "then": true, "yet": true,
	"since": true, "after": true, "before": true, "until": true, "if": true, "also": true,
	"however": true, "meanwhile": true, "moreover": true, "furthermore": true, "thus": true,
	"therefore": true, "indeed": true, "instead": true, "still": true, "even": true,
	"just": true, "only": true, "now": true, "again": true, "amid": true, "among": true,
	"once": true, "unless": true,
}

// placePrepositions follow a participle that only says where or on what
// occasion something (named before the comma) happened.
var placePrepositions = map[string]bool{"in": true, "at": true, "during": true, "on": true}

// prepositions are the words that introduce a phrase.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "to": true,
	"of": true, "with": true, "during": true, "since": true, "until": true, "till": true,
	"through": true, "throughout": true, "within": true, "over": true, "around": true,
	"about": true, "before": true, "after": true, "into": true, "onto": true, "upon": true,
	"between": true, "against": true, "under": true, "across": true, "toward": true,
	"towards": true, "amid": true, "among": true, "per": true, "via": true, "like": true,
}

// functionWords may not end a label ("Ukrainian forces launch surprise
// incursion in" reads broken) and do not count as content. Every
// preposition is one.
var functionWords = withPrepositions(map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "this": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "my": true, "your": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "being": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"can": true, "must": true, "shall": true, "do": true, "does": true, "did": true,
	"not": true, "as": true, "than": true, "so": true, "if": true, "it": true, "also": true,
	"there": true, "then": true, "very": true, "more": true, "most": true,
})

func withPrepositions(words map[string]bool) map[string]bool {
	for w := range prepositions {
		words[w] = true
	}
	return words
}

func trimLeadingConnectors(ws []string) []string {
	for len(ws) > 0 {
		lw := strings.ToLower(ws[0])
		switch {
		case connectors[lw] || articles[lw]:
			ws = ws[1:]
		case (lw == "according" || lw == "compared") && len(ws) > 1 && (strings.EqualFold(ws[1], "to") || strings.EqualFold(ws[1], "with")):
			ws = ws[2:] // prepositions in all but spelling: "compared with a loss"
		case len(ws) > 2 && len(lw) > 4 && strings.HasSuffix(lw, "ed") && placePrepositions[strings.ToLower(ws[1])]:
			// A reduced relative clause: "(The statement,) delivered in
			// Putin's greeting" is about the greeting, not the delivering.
			// Only prepositions of place and occasion count: "asked for a
			// visa" and "rescued by fishermen" are the event themselves.
			ws = ws[2:]
		default:
			return ws
		}
	}
	return ws
}

func trimTrailingFunctionWords(ws []string) []string {
	for len(ws) > 0 && functionWords[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// sentenceAdverbs comment on a report rather than say what happened.
var sentenceAdverbs = map[string]bool{
	"reportedly": true, "allegedly": true, "apparently": true, "also": true, "just": true,
	"already": true, "still": true, "now": true, "then": true, "however": true,
	"meanwhile": true, "indeed": true, "finally": true,
	"eventually": true, "recently": true, "previously": true, "initially": true,
	"subsequently": true, "ultimately": true, "officially": true, "publicly": true,
	"reputedly": true, "supposedly": true, "purportedly": true, "ostensibly": true,
}

// lyNotAdverbs end in -ly but are nouns or adjectives that matter.
var lyNotAdverbs = map[string]bool{
	"family": true, "ally": true, "rally": true, "supply": true, "reply": true, "july": true,
	"italy": true, "assembly": true, "monopoly": true, "anomaly": true, "only": true,
	"early": true, "daily": true, "weekly": true, "monthly": true, "yearly": true,
	"likely": true, "friendly": true, "deadly": true, "costly": true, "elderly": true,
	"holy": true, "ugly": true, "lonely": true, "lovely": true, "orderly": true,
	"quarterly": true, "nightly": true, "hourly": true, "timely": true, "kelly": true,
	"emily": true, "lily": true, "beverly": true, "sicily": true,
}

// dropAdverbs removes sentence adverbs ("reportedly") and -ly manner adverbs
// that modify a verb ("closely monitored", "specifically highlighted").
// An -ly word before anything else ("historically significant area",
// "deadly attack") is kept: it shapes the meaning of what follows.
func dropAdverbs(ws []string) []string {
	out := ws[:0:0]
	for i, w := range ws {
		lw := strings.ToLower(w)
		if sentenceAdverbs[lw] {
			continue
		}
		if len(lw) > 4 && strings.HasSuffix(lw, "ly") && !lyNotAdverbs[lw] && isLowerWord(w) {
			if i+1 == len(ws) || looksVerbal(ws[i+1]) {
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// looksVerbal reports whether a word looks like a verb form an adverb would
// modify: a participle or a finite verb with its -ed ending.
func looksVerbal(w string) bool {
	lw := strings.ToLower(w)
	return isLowerWord(w) && len(lw) > 4 &&
		(strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "en"))
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// determiners precede a noun: an -ing word after one is a noun or an
// adjective ("the meeting", "a deepening alliance"), not a verb.
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"my": true, "your": true, "some": true, "any": true, "each": true, "every": true,
	"no": true, "more": true, "most": true, "very": true, "of": true, "in": true,
	"for": true, "on": true, "at": true, "by": true, "to": true,
}

// verbObjectStarts are words that open the object or complement of a verb:
// "launching a surprise incursion", "calling for talks", "killing 12".
var verbObjectStarts = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"some": true, "more": true, "for": true, "to": true, "up": true, "out": true,
	"off": true, "down": true, "over": true, "back": true, "into": true, "on": true,
	"against": true, "him": true, "them": true, "it": true, "us": true,
}

// ingNotVerbs end in -ing but are not participles worth turning into verbs.
var ingNotVerbs = map[string]bool{
	"during": true, "according": true, "including": true, "following": true, "morning": true,
	"evening": true, "nothing": true, "something": true, "anything": true, "everything": true,
	"thing": true, "king": true, "ring": true, "spring": true, "string": true, "wing": true,
	"bring": true, "sing": true, "swing": true, "ceiling": true, "building": true,
	"ongoing": true, "willing": true, "interesting": true, "outstanding": true, "remaining": true,
	"existing": true, "upcoming": true, "missing": true, "amazing": true, "regarding": true, "concerning": true, "pending": true, "notwithstanding": true,
	"meeting": true, "funding": true, "spending": true, "training": true, "housing": true,
	"beijing": true, "wyoming": true, "darling": true, "sterling": true, "shilling": true,
}

// auxiliaries before a participle form its progressive: "were launching"
// becomes "launch". After "been" or "be" the tense carries meaning ("has
// been expanding") and the participle stays.
var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true}

// participleToBase turns the first present participle that is used as a
// verb into its base form ("forces launching a surprise incursion" ->
// "forces launch a surprise incursion"), dropping an auxiliary before it.
// A participle counts as a verb when it is lower case, does not follow a
// determiner or preposition, and opens an object or complement.
func participleToBase(ws []string) []string {
	for i, w := range ws {
		lw := strings.ToLower(w)
		if !strings.HasSuffix(lw, "ing") || ingNotVerbs[lw] || !isLowerWord(w) || len(lw) < 5 {
			continue
		}
		if i > 0 && (determiners[strings.ToLower(ws[i-1])] || isPossessive(ws[i-1])) {
			continue // "the meeting", "Putin's greeting": a noun
		}
		afterAux := i > 0 && auxiliaries[strings.ToLower(ws[i-1])]
		switch {
		case i > 0 && (strings.EqualFold(ws[i-1], "been") || strings.EqualFold(ws[i-1], "be")):
			continue
		case afterAux:
		case i+1 == len(ws) && !afterAux:
			continue // "intense fighting": a clause-final -ing is as likely a noun
		case i+1 < len(ws) && !verbObjectStarts[strings.ToLower(ws[i+1])] && !isNumber(ws[i+1]):
			continue
		}
		out := append([]string(nil), ws[:i]...)
		verb := baseFromING(w)
		if len(out) > 0 && auxiliaries[strings.ToLower(out[len(out)-1])] {
			if aux := strings.ToLower(out[len(out)-1]); aux == "is" || aux == "was" {
				verb = thirdPerson(verb) // "the department is considering" -> "considers"
			}
			out = out[:len(out)-1]
		}
		out = append(out, verb)
		return append(out, ws[i+1:]...)
	}
	return ws
}

func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// titles are the offices news writers put before a name.
var titles = map[string]bool{
	"leader": true, "president": true, "minister": true, "secretary": true, "chancellor": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "chairman": true,
	"chairwoman": true, "senator": true, "governor": true, "mayor": true, "ambassador": true,
	"envoy": true, "commander": true, "dictator": true, "premier": true, "ceo": true,
	"pope": true, "judge": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"representative": true, "lawmaker": true, "director": true, "attorney": true,
}

// dropTitles removes an office and its qualifiers before a name: "North
// Korean leader Kim Jong Un" -> "Kim Jong Un", "Russian President Vladimir
// Putin" -> "Vladimir Putin". Names say who; titles only lengthen a label.
func dropTitles(ws []string) []string {
	for i := 1; i < len(ws); i++ {
		if !titles[strings.ToLower(strings.TrimSuffix(ws[i-1], "."))] || isLowerWord(ws[i]) || isNumber(ws[i]) {
			continue
		}
		for i+1 < len(ws) && (titles[strings.ToLower(ws[i])] || strings.EqualFold(ws[i], "general")) && !isLowerWord(ws[i+1]) {
			i++ // "Attorney General Janet Reno": both words are the office
		}
		j := i - 1 // the title; walk back over the capitalised words that qualify it
		for j > 0 && !isLowerWord(ws[j-1]) && !isNumber(ws[j-1]) && !isPossessive(ws[j-1]) {
			j--
		}
		if j == 0 && i == len(ws)-1 {
			continue // "President Putin" alone: keep something readable
		}
		return append(ws[:j:j], ws[i:]...)
	}
	return ws
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

var companySuffixes = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "ltd": true, "ltd.": true,
	"co.": true, "plc": true, "llc": true,
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

var auxiliaryOrModal = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "did": true, "does": true,
}
