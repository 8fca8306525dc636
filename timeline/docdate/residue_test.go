package docdate

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// clockPattern finds a time of day: "3:36 PM", "1:12 a.m.", "17:00:05", "6
// p.m.". It is what clockEnd reads by hand.
var clockPattern = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)`)

// residuePieces make random lines around the times of day and the words a
// byline holds.
var residuePieces = []string{"1", "3", "12", "123", "2024", ":", ".", ":36", ".05", ":00:05", " ", "  ", "\t", "\v", "\n", "\f", "\r",
	"a", "A", "p", "P", "m", "M", "a.m.", "p. m", "am", "PM", "am.", "x", "_", "é", "by", "By", "Published", "Updated",
	"Jane", "Doe", "Monday", "EST", "min", "read", "\u00a0", "-", "/", "|", "\xff", "on", "at", "Trust", "9"}

func randomLine(rng *rand.Rand, pieces int) string {
	var sb strings.Builder
	for k := rng.IntN(pieces); k >= 0; k-- {
		sb.WriteString(residuePieces[rng.IntN(len(residuePieces))])
	}
	return sb.String()
}

// residueWords takes the times of day out as clockPattern does.
func TestResidueWordsAsClockPattern(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 19))
	clocks := 0
	for range 200000 {
		s := randomLine(rng, 12)
		replaced := clockPattern.ReplaceAllString(s, " ")
		if replaced != s {
			clocks++
		}
		want := strings.FieldsFunc(replaced, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if got := slices.Collect(residueWords(s)); !slices.Equal(got, want) {
			t.Fatalf("residueWords(%q) = %q, want %q", s, got, want)
		}
	}
	if clocks < 20000 {
		t.Fatalf("only %d random lines hold a time of day: the test tests little", clocks)
	}
}

// bylineResidue says what the pattern and the whole word list said, as far
// as bylineAt reads it: the count up to maxBylineResidue, and the label
// then.
func TestBylineResidueAsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 21))
	bylines := 0
	for range 200000 {
		s := randomLine(rng, 10)
		d := fullDate{start: len(s)}
		if rng.IntN(2) == 0 {
			head := randomLine(rng, 4)
			s = head + "January 20, 2016" + s
			d = fullDate{start: len(head), end: len(head) + len("January 20, 2016")}
		}
		n, label := bylineResidue(s, d)
		wn, wlabel := bylineResidueByPattern(s, d)
		if n > maxBylineResidue != (wn > maxBylineResidue) || n <= maxBylineResidue && (n != wn || label != wlabel) {
			t.Fatalf("bylineResidue(%q) = %d, %d; want %d, %d", s, n, label, wn, wlabel)
		}
		if n <= maxBylineResidue {
			bylines++
		}
	}
	if bylines < 20000 {
		t.Fatalf("only %d random lines read as bylines: the test tests little", bylines)
	}
}

// bylineResidueByPattern is bylineResidue as it was, by clockPattern and
// the whole list of words.
func bylineResidueByPattern(s string, d fullDate) (int, bylineLabel) {
	rest := s[:d.start] + " " + s[d.end:]
	rest = clockPattern.ReplaceAllString(rest, " ")
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	label := labelNone
	n := 0
	for i := 0; i < len(words); i++ {
		w := strings.ToLower(words[i])
		switch {
		case publishedLabels[w]:
			if label != labelUpdated {
				label = labelPublished
			}
		case updatedLabels[w]:
			if label == labelNone {
				label = labelUpdated
			}
		case w == "by":
			if label == labelNone {
				label = labelAuthor
			}
			for k := 0; k < maxAuthorWords && i+1 < len(words) && !isDigits(words[i+1]); k++ {
				i++
			}
		case bylineFiller[w] || timeZones[w] || isDigits(w):
		default:
			if _, ok := weekdays[w]; ok {
				continue
			}
			n++
		}
	}
	return n, label
}
