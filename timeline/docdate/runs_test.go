package docdate

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// allFullDatesAsWritten is allFullDates as it was written before the runs
// of four digits were found once for a whole text: every digit of s asked
// whether four digits stand there on their own.
func allFullDatesAsWritten(s string) []fullDate {
	var out []fullDate
	for i := 0; i+4 <= len(s); i++ {
		if i = nextDigit(s, i); i+4 > len(s) {
			break
		}
		if !isDigits(s[i:i+4]) || i > 0 && isDigit(s[i-1]) || i+4 < len(s) && isDigit(s[i+4]) {
			continue
		}
		y := s[i : i+4]
		if len(s) >= i+10 && s[i+4] == '-' && s[i+7] == '-' && isDigits(s[i+5:i+7]) && isDigits(s[i+8:i+10]) &&
			(len(s) == i+10 || !isDigit(s[i+10])) {
			if t, ok := civilDate(y, s[i+5:i+7], s[i+8:i+10]); ok {
				out = append(out, fullDate{t: t, start: i, end: i + 10})
				i += 9
				continue
			}
		}
		if t, start, ok := dateBefore(s, i, y); ok {
			out = append(out, fullDate{t: t, start: start, end: i + 4})
		} else if d, ok := numericBefore(s, i, y); ok {
			out = append(out, d)
		}
	}
	return out
}

// textYearsAsWritten is textYears as it was written before, reading the
// text itself.
func textYearsAsWritten(text string) []int {
	var out []int
	for i := 0; i+4 <= len(text); i++ {
		if i = nextDigit(text, i); i+4 > len(text) {
			break
		}
		if (text[i] != '1' && !(text[i] == '2' && text[i+1] == '0')) || !isDigits(text[i:i+4]) ||
			i > 0 && isWordByte(text[i-1]) || i+4 < len(text) && isWordByte(text[i+4]) {
			continue
		}
		y, _ := strconv.Atoi(text[i : i+4])
		out = append(out, y)
		i += 3
	}
	return out
}

// runsText returns a random text of dates, numbers of every length and
// the bytes around them.
func runsText(rng *rand.Rand, pieces int) string {
	parts := []string{"January ", "Jan. ", "3 March ", "of May, ", "2024-05-01", "1999-13-40", "12/03/", "3.12.", "25-12-",
		"20", "1", "0", "7", "x", "é", " ", "  ", "\n", "\r\n", "\r", "\t", "-", "/", ".", ",", ":", "a", "Z", "—", "\u00a0",
		"1998", "2099", "2100", "0999", "1000", "12345", "123", "20th ", "September 30th, ", "2 января "}
	var b strings.Builder
	for range pieces {
		if rng.IntN(3) == 0 {
			n := 1 + rng.IntN(6)
			for range n {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
			continue
		}
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// TestFourDigitRunsAsWritten holds the full dates and the years read from
// the runs of four digits to those read digit by digit, on random texts,
// and the dates of every line a finder reads, found from the runs of the
// whole text, to those of the line read on its own, on texts short and
// longer than maxScan (whose lines past it are read on their own).
func TestFourDigitRunsAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 7))
	norm := func(ds []fullDate) []fullDate {
		if len(ds) == 0 {
			return nil
		}
		return ds
	}
	for n := range 4000 {
		s := runsText(rng, rng.IntN(40))
		if got, want := allFullDates(s), allFullDatesAsWritten(s); !reflect.DeepEqual(norm(got), norm(want)) {
			t.Fatalf("allFullDates(%q) = %v, want %v", s, got, want)
		}
		if got, want := textYears(s, fourDigitRuns(s)), textYearsAsWritten(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("textYears(%q) = %v, want %v", s, got, want)
		}
		if n%1000 == 999 {
			s = runsText(rng, maxScan/2) // past maxScan
		}
		f := newFinder(Input{Text: s})
		if got, want := f.years, textYearsAsWritten(s[:min(len(s), maxScan)]); !reflect.DeepEqual(got, want) {
			t.Fatalf("the years of %q = %v, want %v", s, got, want)
		}
		for i, l := range f.lines {
			if got, want := f.datesOf(i), allFullDatesAsWritten(l.text); !reflect.DeepEqual(norm(got), norm(want)) {
				t.Fatalf("the dates of line %d %q of %q = %v, want %v", i, l.text, s, got, want)
			}
		}
	}
}
