package en

import (
	"unicode/utf8"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// What the resolver asks of the words around an expression: the tense of
// its sentence, whether it is a deadline, where sentences end, and how two
// expressions are joined.

// tenseReach is how many words either side of an expression the tense is
// looked for; an opening "In"/"On" phrase waits longer for its main verb.
const tenseReach, openingTenseReach = 12, 40

// saidReach is how far a verb of saying dates an expression: "said Friday"
// is the saying's day; a date further off in the words said is not.
const saidReach = 5

// Tense looks outward from the expression, within its sentence, for the
// nearest word that marks the future (grammar.TenseFuture), what lies
// ahead of the clause's own time (grammar.TenseAhead) or the past
// (grammar.TensePast).
func (s *scanner) Tense(c *grammar.Cand) int { return s.tenseOn(c, true, true) }

// tenseOn is Tense looking only before the expression, or only after it,
// or both.
func (s *scanner) tenseOn(c *grammar.Cand, left, right bool) int {
	reach, opening := tenseReach, false
	// "In" or "On" first: most words before an expression are neither, and
	// where a sentence ends asks more
	if k := c.I - 1; k >= 0 && s.isAny(k, kIn, kOn) && (k == 0 || s.EndsSentence(k-1)) {
		// "In January, a week after the anniversary of ..., a bombing
		// killed ...": an opening phrase waits for the main verb
		reach, opening = openingTenseReach, true
	}
	// "Wednesday's ruling" names a thing by its day: what a modal or an
	// infinitive before it governs is the verb ("would look for ways to
	// get around Wednesday's ruling"), not the day
	named := s.Is(c.J, kApostrophe) && s.Is(c.J+1, kS) && s.Glued(c.J)
	// the nearest word that tells a tense wins, of two as near the one
	// before: the sides are read one after the other, the left first and
	// the right only nearer than what the left found. Read in turn, word
	// by word, the two sides kept the loop's state on the stack, and the
	// left side most often finds the tense first ("said Friday")
	dl, tl := reach+1, 0
	if left {
		dl, tl = s.tenseBefore(c.I, reach, named)
	}
	if right {
		if t := s.tenseAfter(c, min(reach, dl-1), opening, named); t != 0 {
			return t
		}
	}
	return tl
}

// tenseBefore is tenseOn's reading of the reach words before token i: the
// tense the nearest that tells one tells, and how far it is from the
// expression; reach+1 and 0 where none in its sentence tells one.
func (s *scanner) tenseBefore(i, reach int, named bool) (int, int) {
	// most words near an expression are quiet: passed by in loudFrom
	for d := s.loudFrom(i, -1, 1, reach); d <= reach; d = s.loudFrom(i, -1, d+1, reach) {
		k := i - d
		if k < 0 || s.EndsSentence(k) {
			break
		}
		if t := s.tenseAt(k, d, true); t != 0 && !(named && t == grammar.TenseAhead) {
			return d, t
		}
	}
	return reach + 1, 0
}

// tenseAfter is tenseOn's reading of the reach words after c: the tense
// the nearest that tells one tells, 0 for none. opening is set after an
// opening "In" or "On" phrase.
func (s *scanner) tenseAfter(c *grammar.Cand, reach int, opening, named bool) int {
	// past a comma after the expression, a verb of saying is that of a
	// reporting clause, whose time is not that of the words reported ("The
	// court will rule in May, a spokesman said"), unless the expression
	// opens the sentence ("On Friday, the ministry said ..."). Whether it
	// opens it is asked at the first comma only: most expressions have none
	// after them before a word that tells the tense.
	reported := false
	for d := s.loudFrom(c.J-1, 1, 1, reach); d <= reach; d = s.loudFrom(c.J-1, 1, d+1, reach) {
		k := c.J - 1 + d
		if k >= len(s.Tokens) || s.EndsSentence(k) {
			break
		}
		if !reported && s.Is(k, kComma) && !opening && c.I != 0 && !s.EndsSentence(c.I-1) {
			reported = true
		}
		if s.isAny(k, kAnd, kOr) && s.finiteVerb(k+1) {
			// "demonstrated on Saturday and were planning to ...": a
			// second predicate has a time of its own
			break
		}
		if reported && s.Has(k, lex.SayingVerb) {
			continue
		}
		if t := s.tenseAt(k, d, false); t != 0 && !(named && t == grammar.TenseAhead) {
			return t
		}
	}
	return 0
}

// quietAt reports whether token k is a word that tenseOn passes by: it
// ends no sentence, joins no clause and tells no tense (tenseAt's first
// check). Most words near an expression are such, and were each asked
// all tenseOn and tenseAt ask. It reads the token once, and a word's last
// byte as mayBePastAt does, without the call but for a word too long for
// its token to give its length.
func (s *scanner) quietAt(k int) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false
	}
	t := s.toks[k]
	if !s.words.quiet[t.ID()] {
		return false
	}
	if t.Kind() != lex.Word {
		return true
	}
	if n := t.Len(); n > 0 {
		return s.Text[t.Start()+n-1]|0x20 != 'd'
	}
	return !s.mayBePastAt(k)
}

// loudFrom returns the first of d, d+1, ... reach for which token
// at+dir*d is not quiet (see quietAt), reach+1 when all are: tenseBefore
// and tenseAfter read the words on one side of an expression, most of
// which they pass by, and they are read here in one loop, with the
// tokens, the table and the text taken out of the scanner once, rather
// than in a call of quietAt each (some 10,000 words a megabyte of news).
func (s *scanner) loudFrom(at, dir, d, reach int) int {
	toks, quiet, text := s.toks, s.words.quiet, s.Text
	for ; d <= reach; d++ {
		k := at + dir*d
		if uint(k) >= uint(len(toks)) {
			return d
		}
		t := toks[k]
		if !quiet[t.ID()] {
			return d
		}
		if t.Kind() != lex.Word {
			continue
		}
		if n := t.Len(); n > 0 {
			if text[t.Start()+n-1]|0x20 == 'd' {
				return d
			}
		} else if s.mayBePastAt(k) {
			return d
		}
	}
	return d
}

// Deadline reports whether a bare month, season or weekday follows "by",
// "until" or "till" ("talks are to conclude by May", "postponed until
// Tuesday", "closed until at least Thursday") in a clause that is not in
// the past perfect ("by May they had sold out"), nor, after "by", in the
// past tense: a deadline lies ahead. A day of a month is left to its own
// rule: "by Jan. 14" written on Jan. 15 is the day just past.
func (s *scanner) Deadline(c *grammar.Cand) bool {
	by := s.beforeAtLeast(c.I)
	if !s.Has(by, lex.DeadlineWord) {
		return false
	}
	for k := by - 1; k >= 0 && k >= c.I-tenseReach && !s.Has(k, lex.SentenceEnd); k-- {
		if s.Is(k, kTo) && s.opensInfinitive(k) {
			break // "had promised in April to finish the wall by January": the past perfect is the promise's
		}
		if s.Is(k, kHad) {
			return false
		}
	}
	for k := c.J; k < len(s.Tokens) && k < c.J+tenseReach && !s.Has(k, lex.SentenceEnd); k++ {
		if s.Is(k, kBut) || s.Is(k, kComma) && s.isAny(k+1, kBut, kAnd) {
			break // the next clause's tense is its own: "... by January, but by May the work had fallen behind"
		}
		if s.Is(k, kHad) {
			return false
		}
	}
	// "by" in a clause in the past tense is a point already reached ("By
	// January the importer handled the whole archive"); "until" keeps a
	// deadline past a past verb ("gave the firm until mid-November"). The
	// clause's verb follows an opening "by" phrase and precedes a closing
	// one ("talks that are to conclude by May, invited ...").
	if !s.Is(by, kBy) {
		return true
	}
	opening := by == 0 || s.EndsSentence(by-1) || s.isAny(by-1, kAnd, kBut)
	if !opening && s.inInfinitive(by) {
		return true // "told residents to leave by Friday": what they are to do
	}
	return s.tenseOn(c, !opening, opening) != grammar.TensePast
}

// inInfinitive reports whether token k is in an infinitive clause: an
// infinitive's "to" stands before it, with no verb of its own clause
// between ("ordered them to leave the town by Friday").
func (s *scanner) inInfinitive(k int) bool {
	for j := k - 1; j >= 0 && j >= k-tenseReach && !s.EndsSentence(j) && !s.Is(j, kComma); j-- {
		if s.Is(j, kTo) && s.opensInfinitive(j) {
			return true
		}
		if s.finiteVerb(j) {
			return false
		}
	}
	return false
}

// opensInfinitive reports whether the "to" at k is an infinitive's: a
// verb, lower case and no article, follows ("to leave", not "to Brussels",
// "to the weekend").
func (s *scanner) opensInfinitive(k int) bool {
	n := s.Tok(k + 1)
	return n.Kind() == lex.Word && !n.Upper() && !s.Has(k+1, lex.Article) && !s.Has(k+1, lex.Determiner)
}

// opensReportedClause reports whether the verb of saying at k is followed
// by the clause it reports, whose own verb dates what it says: "Officials
// said the Senate votes Tuesday", "said that ..."; not "said Tuesday",
// "said in a statement Tuesday", "told reporters Tuesday". (An expression
// right after the clause's first word is in its subject, "said its
// third-quarter earnings will ...", and the saying dates it: the caller
// asks only past that.)
func (s *scanner) opensReportedClause(k int) bool {
	if s.Has(k, lex.AddresseeVerb) {
		return false // "told the BBC on Tuesday": its object, not a clause
	}
	n := k + 1
	e := s.Entry(n)
	switch {
	case e.Has(lex.ThatWord), e.Has(lex.SubjectPronoun), e.Has(lex.Determiner) && !e.Has(lex.Month) && !s.namesPeriod(n+1):
		return true
	case s.upper(n) && s.isWord(n) && !e.Has(lex.Month) && !e.Has(lex.Weekday) && !e.Has(lex.MonthAbbrev):
		return true // a name opens the clause: "said Acme will ..."
	}
	return false
}

// namesPeriod reports whether token k names a period of the calendar:
// "this week", "the year".
func (s *scanner) namesPeriod(k int) bool {
	e := s.Entry(k)
	return e.Has(lex.UnitWord) || e.Has(lex.Month) || e.Has(lex.Weekday) || e.Has(lex.Season)
}

// beforeAtLeast returns the token before i, stepping back over "at least"
// ("until at least Sunday", "since at least 1990"): the bound is a
// minimum, and the word before it still governs it.
func (s *scanner) beforeAtLeast(i int) int {
	if s.Is(i-1, kLeast) && s.Is(i-2, kAt) {
		return i - 3
	}
	return i - 1
}

// tenseAt says what token k, d tokens from the expression (before it when
// left), tells of its time: one of the grammar's tenses. A modal or an
// infinitive speaks of what follows it: "agreed in June to buy the bank"
// dates the agreeing, "agreed to buy it in June" the buying.
func (s *scanner) tenseAt(k, d int, left bool) int {
	if s.words.tenseless[s.tok(k).ID()] && (!s.isWord(k) || !s.mayBePastAt(k)) {
		return 0 // most words near an expression: what follows says the same, slower
	}
	e := s.Entry(k)
	switch {
	case e.Has(lex.SayingVerb):
		// the verb of saying dates the saying ("said Friday"), not a
		// date further off in the words said ("would admit them in
		// early March, an official said")
		if d > saidReach || left && d > 2 && s.opensReportedClause(k) {
			return 0
		}
		return grammar.TensePast
	case e.Has(lex.PlanWord):
		// "plans to", "planned for March", "were planning to" look ahead;
		// "vacation plans for the trip" and "a hastily planned trip" say nothing
		if !left && e.Key == kPlanned && !s.Has(k-1, lex.PerfectOrPassive) {
			// what stands before a past plan dates the planning, not what
			// was planned: "On Friday, the government planned to pay ..."
			return grammar.TensePast
		}
		if s.Is(k+1, kTo) || s.Is(k+1, kFor) && e.Key == kPlanned || e.Key == kPlanning {
			return grammar.TenseFuture
		}
		if left && (s.Has(k+1, lex.Article) || s.Has(k+1, lex.Determiner)) && !s.Has(k-1, lex.Article) {
			// what was planned lies ahead of the planning: "protesters
			// planned a demonstration on Saturday"
			return grammar.TenseAhead
		}
		return 0
	case e.Key == kTo:
		if s.isAny(k-1, kIs, kAre) { // "is to resume trading Tuesday"
			return grammar.TenseFuture
		}
		if left && s.prospectiveInfinitive(k) {
			return grammar.TenseAhead
		}
		return 0
	case left && e.Has(lex.ProspectiveVerb) && s.Is(k+1, kOf):
		return grammar.TenseAhead // "warned of further walkouts in July"
	case left && e.Has(lex.ScheduledVerb) && s.scheduledPresent(k):
		return grammar.TenseAhead
	case e.Has(lex.ModalVerb):
		if !left {
			return 0
		}
		return s.modalTense(k)
	case e.Key == kWon && s.negatedContraction(k):
		return grammar.TenseFuture // "won't": will not
	case e.Key == kNext:
		if s.Is(k+1, kTo) { // "next to the embassy" is a place
			return 0
		}
	case e.Has(lex.ScheduleWord):
		// "is expected to", "scheduled for Friday" look ahead; "expected
		// losses" is an adjective and says nothing
		if s.Has(k-1, lex.BeForm) {
			return grammar.TenseFuture
		}
		if s.Has(k+1, lex.ScheduleLink) {
			return grammar.TenseFuture
		}
		return 0
	case e.Key == kAhead:
		if s.Is(k+1, kOf) { // "ahead of the weekend"
			return grammar.TenseFuture
		}
		return 0
	}
	if e.Has(lex.FutureCue) {
		return grammar.TenseFuture
	}
	if !e.Has(lex.PastCue) && !(s.isWord(k) && s.pastForm(k) && (!s.upper(k) || k == 0 || s.EndsSentence(k-1))) {
		// inside a sentence a capital makes a name of an -ed word: "the
		// United States", "Red Bank Mixed Choir"
		return 0
	}
	if e.Has(lex.DefinitePast) {
		return grammar.TensePast
	}
	if s.Has(k-1, lex.PerfectOrPassive) {
		// a participle: the present perfect or the passive says nothing of
		// when ("has decided to admit them in March", "will be held May 5")
		return 0
	}
	return grammar.TensePast
}

// prospectiveReach is how many words before an infinitive's "to" a verb
// of intention or expectation governs it: its object may stand between
// ("expected heavy fighting around the town to continue").
const prospectiveReach = 6

// prospectiveInfinitive reports whether the "to" at k opens an infinitive
// that a verb of intention or expectation before it governs: what the
// infinitive says lies ahead ("agreed to meet again on Friday", "expected
// the fighting to continue through the weekend").
func (s *scanner) prospectiveInfinitive(k int) bool {
	if !s.opensInfinitive(k) {
		return false // "to Brussels", "to the weekend": a place or a time, not a verb
	}
	for j := k - 1; j >= 0 && j >= k-prospectiveReach && !s.EndsSentence(j); j-- {
		if s.Has(j, lex.ProspectiveVerb) && (!s.isAny(j, kDue, kSet) || s.Has(j-1, lex.BeForm)) {
			// a plan in the past perfect is one of the past, kept or
			// not: "it had been due to expire Friday evening"
			return !s.Is(j-1, kHad) && !s.Is(j-2, kHad)
		}
		if s.Has(j, lex.SentenceEnd) || s.Is(j, kComma) {
			break
		}
	}
	return false
}

// modalTense says what the modal at k tells of the time of what it
// governs: ahead (+1: "could be held in the autumn", "would resign on
// Friday"), behind with "have" (-1: "might have left on Monday"), or
// nothing for "may" as a month, and for "can" or "could" negated, which
// report what was not possible ("could not be reached on Monday").
func (s *scanner) modalTense(k int) int {
	if s.Is(k, kMay) && s.upper(k) {
		return 0 // "May": the month
	}
	n, negated := k+1, s.Has(k, lex.Negation) // "cannot"
	switch {
	case s.negatedContraction(k):
		n, negated = k+3, true
	case s.Has(k+1, lex.Negation):
		n, negated = k+2, true
	}
	switch {
	case s.Is(n, kHave):
		return grammar.TensePast
	case s.isAny(k, kCan, kCould) && (negated || s.negatedSubject(k)):
		return 0
	}
	return grammar.TenseAhead
}

// scheduledPresent reports whether the verb of a programme at k is in the
// present tense, after its subject: "-s" after a word that is no article,
// determiner or preposition ("the Senate votes", not "the votes"), the
// plain form after a name or a pronoun ("United host", "they meet"; not "a
// confidence vote", "to meet", "did not play", "will face", whose tense
// the word before tells).
func (s *scanner) scheduledPresent(k int) bool {
	if k == 0 || s.upper(k) || s.Is(k-1, kComma) {
		return false
	}
	if src := s.Source(k); src[len(src)-1] == 's' {
		p := s.Entry(k - 1)
		return !p.Has(lex.Article) && !p.Has(lex.Determiner) && !p.Has(lex.Preposition)
	}
	return s.upper(k-1) && s.isWord(k-1) && !s.Has(k-1, lex.Article) || s.Has(k-1, lex.SubjectPronoun)
}

// negatedSubject reports whether the subject of the modal at k is
// negated: "Neither he nor his parents could be located Wednesday".
func (s *scanner) negatedSubject(k int) bool {
	for j := k - 1; j >= 0 && j >= k-subjectReach && !s.EndsSentence(j) && !s.Is(j, kComma); j-- {
		if s.isAny(j, kNeither, kNor, kNo) {
			return true
		}
	}
	return false
}

// subjectReach is how many words before a verb its subject is looked for.
const subjectReach = 8

// negatedContraction reports whether the word at k is followed by "n't",
// which the tokenizer reads as an apostrophe and a "t" ("couldn't").
func (s *scanner) negatedContraction(k int) bool {
	return s.Is(k+1, kApostrophe) && s.Is(k+2, kT) && s.Glued(k+1) && s.Glued(k+2)
}

// finiteVerb reports whether token k is a verb that opens a predicate: an
// auxiliary or modal, or a past tense ("and were planning", "and said").
func (s *scanner) finiteVerb(k int) bool {
	return !s.upper(k) && (s.Has(k, lex.AuxiliaryOrModal) || s.Has(k, lex.PastCue) || s.isWord(k) && s.pastForm(k))
}

// pastForm reports whether token k ends as a regular past tense does. The
// tense is looked for in every word near every expression, most of which
// do not end in "d": those are answered without working out the word's
// form.
func (s *scanner) pastForm(k int) bool {
	w := s.Source(k)
	return mayBePast(w) && s.Lexicon.Rules().Form(w).Has(lex.PastForm)
}

// mayBePast reports whether w ends in "d" or "D" (no other rune lower-cases
// to d), as a regular past form does.
func mayBePast(w string) bool { return len(w) > 0 && w[len(w)-1]|0x20 == 'd' }

// mayBePastAt is mayBePast of the text of word k, read at the token's end
// from its start and length (most words near an expression are asked)
// rather than through Source, which checks k and cuts the text.
func (s *scanner) mayBePastAt(k int) bool {
	t := s.tok(k)
	if n := t.Len(); n > 0 {
		return s.Text[t.Start()+n-1]|0x20 == 'd'
	}
	return mayBePast(s.Source(k)) // too long for the token to say
}

// tenseless reports whether tenseAt reads nothing from a word with entry e
// but a regular past form: it is in none of the classes, nor any of the
// words, it asks about.
func tenseless(e *lex.Entry) bool {
	if e.Classes.Any(tensed) {
		return false
	}
	switch e.Key {
	case kTo, kWon, kNext, kAhead:
		return false
	}
	return true
}

// tensed are the classes of the words tenseAt reads a tense from, one set
// that tenseless asks of each entry at once, where it asked each class in
// turn.
var tensed = lex.Of(lex.SayingVerb, lex.PlanWord, lex.ProspectiveVerb, lex.ScheduledVerb, lex.ModalVerb,
	lex.ScheduleWord, lex.FutureCue, lex.PastCue)

// EndsSentence reports whether token k ends a sentence: a full stop after
// an abbreviation or an initial ("vs.", "Mr.", "U.S.", "a.m.") or before a
// lower-case word does not.
func (s *scanner) EndsSentence(k int) bool {
	if !s.Is(k, kDot) {
		return s.Has(k, lex.SentenceEnd)
	}
	prev := s.Tok(k - 1)
	next := s.Tok(k + 1)
	if s.Is(k-1, kM) && s.Is(k-2, kDot) && s.isAny(k-3, kA, kP) {
		// "at 8 p.m. Results came later": a time ends many a sentence
		return next.Kind() == lex.Word && next.Upper()
	}
	if prev.Kind() == lex.Word && s.Glued(k) && (s.oneLowerByte(k-1) || s.Has(k-1, lex.NameAbbreviation)) {
		return false
	}
	if s.Has(k-1, lex.MonthAbbrev) && s.Glued(k) {
		return false // "Jan.", "Sept."; but "in May." and "in July." end their sentences
	}
	if s.Has(k+1, lex.MidSentenceMark) {
		return false // "Birmingham, Ala., killed"
	}
	return !(next.Kind() == lex.Word && !next.Upper() && next.Digits() == 0)
}

// oneLowerByte reports whether token k is one byte in lower case
// (LowerLen(k) == 1: an initial, "J.", "U.S."), read from the token's own
// bytes: a word of ASCII is as long in lower case, and a word of five
// bytes or more is two runes or more, each one byte at least in lower case.
// EndsSentence asks it of the word before a full stop glued to it, most
// often longer or in ASCII ("said.", "Mr."), which LowerLen cut from the
// text and read in a call.
func (s *scanner) oneLowerByte(k int) bool {
	t := s.tok(k)
	n := t.Len()
	if n < 0 || n >= 5 { // n < 0: too long for the token to say
		return false
	}
	w := s.Text[t.Start() : t.Start()+n]
	for j := 0; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf {
			return s.LowerLen(k) == 1
		}
	}
	return n == 1
}

// Join says how token k joins the expressions on either side of it:
// "March to May 2023" is a range, "March and April 2023" a list.
func (s *scanner) Join(k int) grammar.Join {
	switch {
	case s.Has(k, lex.RangeLink):
		return grammar.JoinRange
	case s.isAny(k, kAnd, kOr):
		return grammar.JoinList
	}
	return grammar.JoinNone
}
