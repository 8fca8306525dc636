package en

import (
	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
)

// modified matches a date wrapped in a part-of-period modifier: "late 2024",
// "early March", "mid-1990s", "the end of the year", "the beginning of
// October", "earlier this year", "year-end".
func modified(s *scanner, i int) bool {
	k := i
	mod := ""
	the := s.Is(k, kThe)
	if the {
		k++
	}
	switch w := s.Key(k); w {
	case kEarly:
		mod, k = "START", k+1
	case kLate:
		mod, k = "END", k+1
	case kMid:
		mod, k = "MID", k+1
		if s.Is(k, kHyphen) {
			k++
		}
	case kAround, kAbout, kApproximately, kRoughly, kCirca:
		// "around 1850", "about 300 BC", "around Nov. 1": an approximate
		// explicit date. "About Friday" is rare, and the corpora disagree
		// on whether "about 10:35 a.m." includes its "about".
		if the {
			return false
		}
		inner, ok := s.core(k + 1)
		if !ok || inner.Spec == nil || inner.Spec.Rel != grammar.RelNone || inner.Mod != "" {
			return false
		}
		inner.I, inner.Mod = i, "APPROX"
		s.cand = inner
		return true
	case kEarlier, kLater:
		if the {
			return false
		}
		k++
		if !s.isAny(k, kThis, kIn, kThat) { // "earlier this year", "later that day"
			return false
		}
		if s.Is(k, kIn) {
			k++
		}
	case kFirst, kLast, kSecond, kLatter:
		// "the last half of the '80s": halves of decades and centuries (a
		// year's halves are H1 and H2, see quarter)
		if !the || !s.Is(k+1, kHalf) || !s.Is(k+2, kOf) {
			return false
		}
		inner, ok := s.core(k + 3)
		if !ok || inner.Spec == nil || inner.Spec.Rel != grammar.RelNone || inner.Spec.Base.Gran < timeline.GranDecade {
			return false
		}
		inner.I = i
		inner.Mod = "END"
		if w == kFirst {
			inner.Mod = "START"
		}
		s.cand = inner
		return true
	case kEnd, kBeginning, kStart, kMiddle, kClose, kTurn:
		if !s.Is(k+1, kOf) {
			return false
		}
		switch w {
		case kEnd, kClose:
			mod = "END"
		case kMiddle:
			mod = "MID"
		default:
			mod = "START"
		}
		k += 2
	case kYear, kMonth:
		// "year-end", "year end", "year's end", "month's end": the end of
		// the year in question, as "the end of the year" is (a history's
		// year, this year in news)
		g := timeline.GranYear
		if w == kMonth {
			g = timeline.GranMonth
		}
		j := k + 1
		if s.Is(j, kHyphen) {
			j++
		} else if s.possessive(j) {
			j += 2
		} else if w == kMonth {
			return false // "the month end" is rare, "a month ending" no date
		}
		if s.Is(j, kEnd) {
			s.cand = grammar.Cand{I: i, J: j + 1, Type: timeline.TypeDate, Mod: "END", Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: g, Definite: true})}
			return true
		}
		if w == kMonth {
			return false
		}
		if s.Is(k+1, kHyphen) && s.isAny(k+2, kEarlier, kAgo) && s.Glued(k+1) && s.Glued(k+2) {
			// "the year-ago results", "a year-earlier loss": the year before;
			// the article belongs to the noun
			s.cand = grammar.Cand{I: k, J: k + 3, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranYear, N: -1})}
			return true
		}
		return false
	default:
		return false
	}
	// "the year", "the month", "the week", "the decade" are the anchor's
	if s.Is(k, kThe) {
		if u, ok := s.unit(k + 1); ok && !s.isPlural(k+1) && !u.time && !s.Is(k+1, kDay) {
			s.cand = grammar.Cand{I: i, J: k + 2, Type: timeline.TypeDate, Mod: mod, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: u.gran, Definite: true}),
				Turn: s.Is(k-2, kTurn) && u.gran >= timeline.GranDecade}
			return true
		}
	}
	inner, ok := s.core(k)
	if !ok || inner.Spec == nil {
		return false
	}
	inner.I = i
	if inner.Mod == "" {
		inner.Mod = mod
		inner.Turn = s.Is(k-2, kTurn) && inner.Spec.Base.Gran >= timeline.GranDecade
	}
	s.cand = inner
	return true
}
