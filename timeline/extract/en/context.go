package en

import (
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
// nearest word that marks the future (+1) or the past (-1).
func (s *scanner) Tense(c grammar.Cand) int {
	left, right := true, true
	reach := tenseReach
	if k := c.I - 1; k >= 0 && (s.EndsSentence(k-1) || k == 0) && s.isAny(k, kIn, kOn) {
		// "In January, a week after the anniversary of ..., a bombing
		// killed ...": an opening phrase waits for the main verb
		reach = openingTenseReach
	}
	for d := 1; d <= reach && (left || right); d++ {
		for side, k := range [2]int{c.I - d, c.J - 1 + d} {
			if (side == 0 && !left) || (side == 1 && !right) {
				continue
			}
			if k < 0 || k >= len(s.Tokens) || s.EndsSentence(k) {
				if side == 0 {
					left = false
				} else {
					right = false
				}
				continue
			}
			if t := s.tenseAt(k, d); t != 0 {
				return t
			}
		}
	}
	return 0
}

// Deadline reports whether a bare month, season or weekday follows "by",
// "until" or "till" ("talks are to conclude by May", "postponed until
// Tuesday") in a clause that is not in the past perfect ("by May they had
// sold out"): a deadline lies ahead. A day of a month is left to its own
// rule: "by Jan. 14" written on Jan. 15 is the day just past.
func (s *scanner) Deadline(c grammar.Cand) bool {
	if !s.Has(c.I-1, lex.DeadlineWord) {
		return false
	}
	for k := c.I - 2; k >= 0 && k >= c.I-tenseReach && !s.Has(k, lex.SentenceEnd); k-- {
		if s.Is(k, kHad) {
			return false
		}
	}
	for k := c.J; k < len(s.Tokens) && k < c.J+tenseReach && !s.Has(k, lex.SentenceEnd); k++ {
		if s.Is(k, kHad) {
			return false
		}
	}
	return true
}

// tenseAt says whether token k, d tokens from the expression, marks the
// future (+1) or the past (-1).
func (s *scanner) tenseAt(k, d int) int {
	e := s.Entry(k)
	switch {
	case e.Has(lex.SayingVerb):
		// the verb of saying dates the saying ("said Friday"), not a
		// date further off in the words said ("would admit them in
		// early March, an official said")
		if d > saidReach {
			return 0
		}
		return -1
	case e.Has(lex.PlanWord):
		// "plans to", "planned for March", "were planning to" look ahead;
		// "vacation plans for the trip" and "a hastily planned trip" say nothing
		if s.Is(k+1, kTo) || s.Is(k+1, kFor) && e.Key == kPlanned || e.Key == kPlanning {
			return 1
		}
		return 0
	case e.Key == kTo:
		if s.isAny(k-1, kIs, kAre) { // "is to resume trading Tuesday"
			return 1
		}
		return 0
	case e.Key == kNext:
		if s.Is(k+1, kTo) { // "next to the embassy" is a place
			return 0
		}
	case e.Has(lex.ScheduleWord):
		// "is expected to", "scheduled for Friday" look ahead; "expected
		// losses" is an adjective and says nothing
		if s.Has(k-1, lex.BeForm) {
			return 1
		}
		if s.Has(k+1, lex.ScheduleLink) {
			return 1
		}
		return 0
	case e.Key == kAhead:
		if s.Is(k+1, kOf) { // "ahead of the weekend"
			return 1
		}
		return 0
	}
	if e.Has(lex.FutureCue) {
		return 1
	}
	if !e.Has(lex.PastCue) && !(s.isWord(k) && s.pastForm(k)) {
		return 0
	}
	if e.Has(lex.DefinitePast) {
		return -1
	}
	if s.Has(k-1, lex.PerfectOrPassive) {
		// a participle: the present perfect or the passive says nothing of
		// when ("has decided to admit them in March", "will be held May 5")
		return 0
	}
	return -1
}

// pastForm reports whether token k ends as a regular past tense does.
func (s *scanner) pastForm(k int) bool { return s.Lexicon.Rules().Form(s.Source(k)).Has(lex.PastForm) }

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
	if prev.Kind() == lex.Word && s.Glued(k) && (s.LowerLen(k-1) == 1 || s.Has(k-1, lex.NameAbbreviation)) {
		return false
	}
	if pe := s.Entry(k - 1); pe.Has(lex.Month) && len(pe.Word) <= 4 && s.Glued(k) {
		return false // "Jan.", "Sept."
	}
	if s.Has(k+1, lex.MidSentenceMark) {
		return false // "Birmingham, Ala., killed"
	}
	return !(next.Kind() == lex.Word && !next.Upper() && next.Digits() == 0)
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
