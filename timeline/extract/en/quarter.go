package en

import (
	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// quarter matches "the third quarter", "third-quarter", "the fourth quarter
// of 1990", "the 1988 second quarter", "this year's third quarter", "Q3",
// "the first half of 1989", "the quarter", "the year-earlier quarter".
func quarter(s *scanner, i int) bool {
	k := i
	the := false
	if s.Is(k, kThe) {
		the = true
		k++
	}
	sp := grammar.Spec{Rel: grammar.RelNamed} // a value: most calls match nothing, and allocate nothing
	year, hasYear := 0, false
	yearAgo := false
	// year or relative-year qualifier before the ordinal
	if s.Is(k, kFiscal) {
		k++
	}
	if y, j, ok := s.yearNumber(k); ok {
		year, hasYear, k = y, true, j
	} else if (s.Is(k, kYear) && s.Is(k+1, kHyphen) && s.isAny(k+2, kEarlier, kAgo)) ||
		(s.Is(k, kYear) && s.isAny(k+1, kEarlier, kAgo)) {
		yearAgo = true
		k += 2
		if s.Is(k-1, kHyphen) {
			k++
		}
	} else if n, ok := s.deicticShift(k); ok && s.Is(k+1, kYear) && s.possessive(k+2) {
		sp.Rel = grammar.RelShift
		sp.G = timeline.GranYear
		sp.N = n
		k += 4
	} else if s.isAny(k, kThis, kThat, kCurrent, kLatest, kSame, kComparable, kCorresponding) {
		if s.Is(k+1, kQuarter) || s.Is(k+1, kPeriod) && s.isAny(k, kLatest, kSame) {
			j := k + 2
			if s.isAny(k, kThis, kCurrent) {
				s.cand = grammar.Cand{I: i, J: j, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{Rel: grammar.RelShift, G: timeline.GranSeason, Out: timeline.GranSeason})}
				return true
			}
			if !the && !s.Is(k, kThat) {
				return false
			}
			s.cand = grammar.Cand{I: i, J: j, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{QuarterRef: true, Rel: grammar.RelShift, G: timeline.GranSeason, Out: timeline.GranSeason})}
			return true
		}
	}
	if s.Is(k, kFiscal) {
		k++
	}
	ord, isOrd := 0, s.Has(k, lex.QuarterOrdinal)
	if isOrd {
		ord = s.value(k)
	}
	if s.isAny(k, kLast, kLatter) && s.Is(k+1, kHalf) { // "the last half of 1989"
		if _, _, ok := s.yearNumber(k + 3); !ok || !s.Is(k+2, kOf) {
			return false // "the last half of the '80s" is the decade's end
		}
		ord, isOrd = 4, true
	}
	half := false
	switch {
	case isOrd:
		k++
		if s.Is(k, kHyphen) && s.Glued(k) {
			k++
			if the && i+1 == k-2 {
				i++ // "the third-quarter loss": the article belongs to the noun
			}
		}
		if s.Is(k, kFiscal) {
			k++
		}
		switch s.Key(k) {
		case kQuarter:
		case kHalf:
			if ord > 2 && !s.isAny(k-1, kFinal, kLast, kLatter) {
				return false
			}
			half = true
			if ord == 4 {
				ord = 2
			}
		default:
			return false
		}
		k++
	case s.isAny(k, kQuarter, kPeriod) && the:
		// "the quarter", "the year-earlier quarter", "the 1988 quarter"
		if s.Is(k, kPeriod) && !yearAgo && !hasYear {
			return false
		}
		k++
		sp.QuarterRef = true
		if hasYear {
			// "the 1988 quarter": which quarter of 1988 is the last mentioned one's number
			s.cand = grammar.Cand{I: i, J: k, Type: timeline.TypeDate, Spec: s.spec(grammar.Spec{QuarterRef: true, Rel: grammar.RelShift, G: timeline.GranSeason, Out: timeline.GranSeason, Base: grammar.Point{Year: year}})}
			return true
		}
		sp.Rel = grammar.RelShift
		sp.G = timeline.GranSeason
		sp.Out = timeline.GranSeason
		if yearAgo {
			sp.G = timeline.GranYear
			sp.N = -1
		}
		s.cand = grammar.Cand{I: i, J: k, Type: timeline.TypeDate, Spec: s.spec(sp)}
		return true
	default:
		// "Q3", "Q3 2024", "2024 Q3"
		if !s.Is(k, kQuarterCode) || !s.upper(k) {
			return false
		}
		ord = s.value(k)
		k++
	}
	// a year after: "of 1990", "of fiscal 1990", "of this year", "1998"
	jj := k
	if s.Is(jj, kOf) {
		jj++
		if s.Is(jj, kFiscal) {
			jj++
		}
		if y, j, ok := s.yearNumber(jj); ok && !hasYear {
			year, hasYear, k = y, true, j
		} else if n, ok := s.deicticShift(jj); ok && s.Is(jj+1, kYear) {
			sp.Rel = grammar.RelShift
			sp.G = timeline.GranYear
			sp.N = n
			k = jj + 2
		} else if s.Is(jj, kThe) && s.Is(jj+1, kYear) {
			sp.Rel = grammar.RelShift
			sp.G = timeline.GranYear
			k = jj + 2
		}
	} else if y, j, ok := s.yearNumber(jj); ok && !hasYear {
		year, hasYear, k = y, true, j
	}
	p := grammar.Point{Gran: timeline.GranSeason, Year: year}
	if half {
		p.Half = ord
	} else {
		p.Quarter = ord
	}
	c := grammar.Cand{I: i, J: k, Type: timeline.TypeDate}
	switch {
	case hasYear:
		sp.Rel = grammar.RelNone
		sp.Base = p
	case yearAgo:
		sp.Rel = grammar.RelNamed
		sp.Base = p
		sp.Pick = grammar.PickTense
		sp.G, sp.N = timeline.GranYear, -1
	case sp.Rel == grammar.RelShift:
		sp.Base = p // the shifted year takes this quarter
	default:
		sp.Rel = grammar.RelNamed
		sp.Base = p
	}
	c.Spec = s.spec(sp)
	s.cand = c
	return true
}
