package en

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// plainClock reads a window as when's rules do (whenRules) wherever it
// reads one:
// every hour of up to three digits, with minutes after a colon, a hyphen
// or a dot or none, spaces or a tab, and the half of the day in the
// spellings the rules know and others (some 310,000 windows). It reads the
// shapes news writes.
func TestPlainClockAsWhen(t *testing.T) {
	var hours []string
	for h := range 30 {
		hours = append(hours, strconv.Itoa(h), twoDigits(h))
	}
	hours = append(hours, "123", "")
	seps := []string{"", ":", "-", ".", "："}
	mins := []string{"", "00", "07", "30", "45", "59", "60", "75", "5", "305"}
	spaces := []string{"", " ", "  ", "\t"}
	halves := []string{"", "am", "pm", "AM", "PM", "Am", "pM", "a.m.", "p.m.", "A.M.", "P.M.", "a.M.", "a.m", "p.m",
		"a.", "p.", "a", "p", "A", "o'clock", "hrs", "x", "am.", "pm,", "ampm"}
	handled := map[string]bool{}
	for _, h := range hours {
		for _, sep := range seps {
			for _, m := range mins {
				for _, sp := range spaces {
					for _, half := range halves {
						w := h + sep + m + sp + half
						ph, pm, ok := plainClock(w)
						if !ok {
							continue
						}
						handled[w] = true
						if wh, wm, wok := whenRules(w); !wok || wh != ph || wm != pm {
							t.Errorf("%q: plainClock %d:%02d, when's rules %d:%02d (%v)", w, ph, pm, wh, wm, wok)
						}
					}
				}
			}
		}
	}
	for _, w := range []string{"5 p.m.", "10:30 a.m.", "17:45", "5pm", "12 P.M.", "0:00", "11:59 PM", "9 AM"} {
		if !handled[w] {
			t.Errorf("%q is left to the rules", w)
		}
	}
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// mayBeClock reads an hour of two digits from its bytes: it answers as
// mayBeClockAsWritten, which reads the number's value, on random texts of
// numbers of one to five digits and the words after an hour.
func TestMayBeClockAsWritten(t *testing.T) {
	l := english.(*language)
	words := []string{"0", "5", "9", "00", "05", "12", "19", "24", "25", "30", "99", "100", "1999", "12345", "3rd", "5pm",
		"30pm", ".", ":", ",", "a", "p", "m", "am", "pm", "o", "'", "clock", "percent", "million"}
	r := rand.New(rand.NewPCG(47, 48))
	hours := 0
	for range 20000 {
		text := randomText(r, words, 1+r.IntN(6))
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for i := range tt.Tokens {
			got, want := mayBeClock(s, i), mayBeClockAsWritten(s, i)
			if got != want {
				t.Fatalf("mayBeClock at %q of %q: %v, as written %v", tt.Source(i), text, got, want)
			}
			if got && s.digits(i) == 2 {
				hours++
			}
		}
	}
	if hours < 1000 {
		t.Errorf("only %d hours of two digits passed", hours)
	}
}

// mayBeClockAsWritten is mayBeClock as first written.
func mayBeClockAsWritten(s *scanner, i int) bool {
	if s.digits(i) > 2 || s.num(i) > 24 {
		return false
	}
	if !s.Is(i+1, kDot) {
		return true
	}
	if !s.Glued(i+1) || s.digits(i+2) != 2 || !s.Glued(i+2) {
		return false
	}
	return !s.isNumber(i+2) || s.isAny(i+3, kA, kP, kAM, kPM, kO)
}

// clockTime reads a time only where mayBeClockAt lets it, on random texts
// of numbers, times and the words around them.
func TestMayBeClockAtRulesOutOnlyNonTimes(t *testing.T) {
	l := english.(*language)
	words := []string{"0", "5", "9", "00", "05", "12", "24", "25", "30", "100", "1999", "3rd", "5pm", "10am", "30pm",
		"00AM", ".", ":", ",", "a", "p", "m", "am", "pm", "o", "'", "clock", "in", "the", "morning", "at", "night",
		"noon", "midday", "midnight", "high", "hrs", "EST", "March", "Monday"}
	r := rand.New(rand.NewPCG(49, 50))
	times := 0
	for range 20000 {
		text := randomText(r, words, 1+r.IntN(6))
		tt := lex.Tokenize(text, lexicon)
		s := l.Read(grammar.NewScanner(tt, l.holidays)).(*scanner)
		for k := -1; k <= len(tt.Tokens); k++ {
			if _, ok := s.clockTime(k); ok {
				times++
				if !s.mayBeClockAt(k) {
					t.Fatalf("clockTime reads a time at %q of %q, but mayBeClockAt rules it out", tt.Source(k), text)
				}
			}
		}
	}
	if times < 1000 {
		t.Errorf("only %d times read", times)
	}
}
