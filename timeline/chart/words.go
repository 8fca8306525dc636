package chart

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"retrace/timeline"
	"retrace/timeline/scale"
)

// DescribeInterval writes an interval the way a reader would say it:
// "2 Jan 2026", "31 Dec 2025 – 1 Jan 2026", "Aug–Dec 2024", "2024",
// "late 2024" (a fuzzy start in the last months of a year), "the 1990s".
// Other intervals with fuzzy bounds get "about" in front, so an estimate
// never reads as a precise date.
func DescribeInterval(iv timeline.Interval) string {
	if iv.IsZero() {
		return "undated"
	}
	a, b := timeline.Truncate(iv.Earliest), timeline.Truncate(iv.Latest)
	if b.Before(a) {
		a, b = b, a
	}
	if s, ok := partOfYear(a, b, iv.FuzzyStart, iv.FuzzyEnd); ok {
		return s
	}
	s := exactRange(a, b)
	if iv.FuzzyStart || iv.FuzzyEnd {
		return "about " + s
	}
	return s
}

// partOfYear names fuzzy intervals inside one year by the part they cover:
// early (from January, fuzzy end), late (to December, fuzzy start), mid
// (both ends fuzzy, around the middle).
func partOfYear(a, b time.Time, fuzzyStart, fuzzyEnd bool) (string, bool) {
	if a.Year() != b.Year() || !(fuzzyStart || fuzzyEnd) {
		return "", false
	}
	y := scale.YearLabel(a.Year())
	startsJan1 := a.Month() == time.January && a.Day() == 1
	endsDec31 := b.Month() == time.December && b.Day() == 31
	switch {
	case fuzzyStart && !fuzzyEnd && endsDec31 && a.Day() == 1 && a.Month() >= time.July && a.Month() <= time.October:
		return "late " + y, true
	case fuzzyEnd && !fuzzyStart && startsJan1 && isMonthEnd(b) && b.Month() >= time.March && b.Month() <= time.June:
		return "early " + y, true
	case fuzzyStart && fuzzyEnd && a.Day() == 1 && isMonthEnd(b) &&
		a.Month() >= time.April && a.Month() <= time.June && b.Month() >= time.July && b.Month() <= time.September:
		return "mid " + y, true
	}
	return "", false
}

func isMonthEnd(t time.Time) bool { return t.AddDate(0, 0, 1).Day() == 1 }

func monthName(t time.Time) string { return t.Month().String()[:3] }

func dayMonth(t time.Time) string { return strconv.Itoa(t.Day()) + " " + monthName(t) }

func fullDay(t time.Time) string { return dayMonth(t) + " " + scale.YearLabel(t.Year()) }

// exactRange writes [a, b] (whole days, a <= b) at the coarsest calendar
// unit that describes it exactly.
func exactRange(a, b time.Time) string {
	wholeMonths := a.Day() == 1 && isMonthEnd(b)
	wholeYears := wholeMonths && a.Month() == time.January && b.Month() == time.December
	ya, yb := scale.YearLabel(a.Year()), scale.YearLabel(b.Year())
	switch {
	case a.Equal(b):
		return fullDay(a)
	case wholeYears && a.Year() == b.Year():
		return ya
	case wholeYears && a.Year() > 0 && a.Year()%100 == 0 && b.Year() == a.Year()+99:
		return ordinal(a.Year()/100+1) + " century"
	case wholeYears && a.Year() > 0 && a.Year()%10 == 0 && b.Year() == a.Year()+9:
		return "the " + ya + "s"
	case wholeYears:
		return ya + "–" + yb
	case wholeMonths && a.Year() == b.Year() && a.Month() == b.Month():
		return monthName(a) + " " + ya
	case wholeMonths && a.Year() == b.Year():
		return monthName(a) + "–" + monthName(b) + " " + ya
	case wholeMonths:
		return monthName(a) + " " + ya + " – " + monthName(b) + " " + yb
	case a.Year() == b.Year() && a.Month() == b.Month():
		return strconv.Itoa(a.Day()) + "–" + fullDay(b)
	case a.Year() == b.Year():
		return dayMonth(a) + " – " + fullDay(b)
	default:
		return fullDay(a) + " – " + fullDay(b)
	}
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// ExplainHow rewrites the tagger's note on how an event was dated for a
// reader: the ids of other events it names ("some weeks before e1") are
// replaced by their labels in quotes ("some weeks before “Putin’s New Year
// greeting”"), as ids mean nothing outside the program.
func ExplainHow(a *timeline.Analysis, how string) string {
	if a == nil || how == "" {
		return how
	}
	labels := map[string]string{}
	for i := range a.Events {
		labels[a.Events[i].ID] = a.Events[i].Label
	}
	var b strings.Builder
	for i := 0; i < len(how); {
		j := i
		for j < len(how) && (how[j] == '_' || unicode.IsLetter(rune(how[j])) || unicode.IsDigit(rune(how[j]))) {
			j++
		}
		if j == i {
			b.WriteByte(how[i])
			i++
			continue
		}
		word := how[i:j]
		if l, ok := labels[word]; ok && l != "" {
			word = "“" + truncate(l, 40) + "”"
		} else if ok {
			word = "another event"
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}
