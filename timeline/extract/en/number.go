package en

import "retrace/timeline/lex"

// The numbers the families read: days of the month, years, counts.

// dayNumber reads a day of the month: "3", "03", "3rd", "21st".
func (s *scanner) dayNumber(i int) (int, bool) {
	t := s.Tok(i)
	switch {
	case t.Kind() == lex.Number && t.Digits() <= 2 && t.Num() >= 1 && t.Num() <= 31:
		return t.Num(), true
	case t.Kind() == lex.Word && t.Digits() > 0 && t.Digits() <= 2 && t.Num() >= 1 && t.Num() <= 31:
		if s.Suffix(i).Has(lex.OrdinalSuffix) {
			return t.Num(), true
		}
	}
	return 0, false
}

// yearNumber reads a four-digit year, or "'98" (two tokens).
func (s *scanner) yearNumber(i int) (year, j int, ok bool) {
	t := s.Tok(i)
	if t.Kind() == lex.Number && t.Digits() == 4 && t.Num() >= 1000 && t.Num() <= 2199 {
		if s.Is(i+1, kPercent) || (s.isAny(i+1, kComma, kDot) && s.isNumber(i+2) && s.Glued(i+1) && s.Glued(i+2)) {
			return 0, 0, false // "2,000", "2082.1"
		}
		if s.isAny(i-1, kDot, kComma) && s.Glued(i) && s.isNumber(i-2) && s.Glued(i-1) {
			return 0, 0, false // "1,2000", "3.1990"
		}
		return t.Num(), i + 1, true
	}
	if s.Is(i, kApostrophe) && s.isNumber(i+1) && s.digits(i+1) == 2 && s.Glued(i+1) {
		return 1900 + s.num(i+1), i + 2, true
	}
	return s.spelledYear(i)
}

// dateYear reads the year written after a month, day or season: a
// four-digit year, "'98", or one before or after Christ, "49 BC", "AD 14"
// ("January 49 BC", "28 September 48 BC"); years before Christ come back
// astronomical (0 is 1 BC).
func (s *scanner) dateYear(i int) (year, j int, ok bool) {
	if y, j, ok := s.yearNumber(i); ok {
		if e, bc := s.beforeChrist(j); bc {
			return 1 - y, e, true
		}
		return y, j, true
	}
	if s.isNumber(i) && s.digits(i) <= 4 && s.num(i) >= 1 {
		if e, ok := s.beforeChrist(i + 1); ok {
			return 1 - s.num(i), e, true
		}
	}
	if s.Is(i, kAD) && s.upper(i) && s.isNumber(i+1) && s.digits(i+1) <= 4 && s.num(i+1) >= 1 {
		return s.num(i + 1), i + 2, true
	}
	return 0, 0, false
}

// number reads a count: "3", "three", "twenty-four", "a", "a few",
// "several", "a couple of". vague is set for unknown counts.
func (s *scanner) number(i int) (n, j int, vague, ok bool) {
	t := s.Tok(i)
	switch {
	case t.Kind() == lex.Number && t.Digits() <= 4:
		if s.thousandsGroup(i) {
			return 0, 0, false, false // "000" of "1,000" is no count of its own
		}
		if n, j, ok := s.groupedNumber(i); ok { // "1,460 years"
			return n, j, false, true
		}
		if s.Is(i+1, kDot) && s.isNumber(i+2) && s.Glued(i+1) { // "1.5 years": keep it a count of 1
			return t.Num(), i + 3, false, true
		}
		return t.Num(), i + 1, false, true
	case s.Has(i, lex.VagueQuantity):
		return 0, i + 1, true, true
	case s.isAny(i, kA, kAn):
		if s.Has(i+1, lex.VagueQuantity) {
			return 0, i + 2, true, true
		}
		if s.Is(i+1, kCouple) {
			if s.Is(i+2, kOf) {
				return 2, i + 3, false, true
			}
			return 2, i + 2, false, true
		}
		if s.Is(i+1, kDozen) {
			return 12, i + 2, false, true
		}
		return 1, i + 1, false, true
	case s.Is(i, kCouple) && s.Is(i+1, kOf):
		return 2, i + 2, false, true
	}
	if s.Has(i, lex.NumberWord) && !s.isAny(i, kA, kAn, kCouple) {
		v := s.value(i)
		j = i + 1
		if v >= 20 && v < 100 && v%10 == 0 { // "twenty-four", "twenty four"
			k := j
			if s.Is(k, kHyphen) && s.Glued(k) {
				k++
			}
			if u := s.value(k); s.Has(k, lex.NumberWord) && u > 0 && u < 10 && !s.isAny(k, kA, kAn) {
				return v + u, k + 1, false, true
			}
		}
		if s.Is(j, kHundred) && v < 10 {
			return v * 100, j + 1, false, true
		}
		return v, j, false, true
	}
	return 0, 0, false, false
}

// spelledYear reads a year in words as broadcasts write it: "nineteen
// ninety-six", "nineteen eighty", "two thousand", "two thousand and one".
func (s *scanner) spelledYear(i int) (year, j int, ok bool) {
	if s.Is(i, kTwo) && s.Is(i+1, kThousand) {
		j = i + 2
		k := j
		if s.Is(k, kAnd) {
			k++
		}
		if n, e, vague, ok := s.number(k); ok && !vague && n > 0 && n < 100 && !s.isAny(k, kA, kAn) {
			return 2000 + n, e, true
		}
		return 2000, j, true
	}
	if !s.Has(i, lex.NumberWord) {
		return 0, 0, false
	}
	hi := s.value(i)
	if hi < 11 || hi > 20 {
		return 0, 0, false
	}
	lo, e, vague, ok := s.number(i + 1)
	if !ok || vague || lo < 10 || lo > 99 || s.isNumber(i+1) {
		return 0, 0, false
	}
	return hi*100 + lo, e, true
}

// groupedNumber reads a number written with commas between groups of
// three digits: "1,460", "12,000", "1,000,000".
func (s *scanner) groupedNumber(i int) (n, j int, ok bool) {
	if s.digits(i) > 3 || !s.thousandsGroup(i+2) {
		return 0, 0, false
	}
	n, j = s.num(i), i+1
	for s.thousandsGroup(j + 1) {
		if n > 1e12 {
			return 0, 0, false
		}
		n = n*1000 + s.num(j+1)
		j += 2
	}
	return n, j, j > i+1
}

// groupedNumberEnd returns groupedNumber's j and ok without reading the
// value where it cannot pass groupedNumber's bound: a value of four groups
// or fewer is below 1e12 when the next group is asked. Its loop starts
// past the first group, which its first test has read.
func (s *scanner) groupedNumberEnd(i int) (j int, ok bool) {
	if s.digits(i) > 3 || !s.thousandsGroup(i+2) {
		return 0, false
	}
	j = i + 3
	for groups := 2; s.thousandsGroup(j + 1); groups++ {
		if groups > 4 {
			_, j, ok = s.groupedNumber(i)
			return j, ok
		}
		j += 2
	}
	return j, true
}

// thousandsGroup reports whether the number at i is a group of three
// digits after a comma inside a larger number: the "460" of "1,460". It
// reads the three tokens once, after one test of their range: the
// scanner's accessors (isNumber, Glued, Is) each tested it again.
func (s *scanner) thousandsGroup(i int) bool {
	toks := s.toks
	if i < 2 || i >= len(toks) {
		return false
	}
	g, c, n := toks[i], toks[i-1], toks[i-2]
	return g.Kind() == lex.Number && g.Digits() == 3 && !g.Space() && !c.Space() && s.words.keys[c.ID()] == kComma &&
		n.Kind() == lex.Number && n.Digits() <= 3
}
