package docdate

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"retrace/timeline"
)

func TestParseDateValue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-01-02", "2026-01-02"},
		{"2026-01-02T09:30:00+03:00", "2026-01-02"},
		{"2026-01-02T01:30:00+03:00", "2026-01-02"}, // the UTC instant is 2026-01-01
		{"2026-01-02T23:30:00-05:00", "2026-01-02"}, // the UTC instant is 2026-01-03
		{" 2026-01-02T09:30:00.000Z ", "2026-01-02"},
		{"2026/1/2", "2026-01-02"},
		{"20260102T093000Z", "2026-01-02"},
		{"Fri, 02 Jan 2026 09:30:00 GMT", "2026-01-02"},
		{"January 2, 2026", "2026-01-02"},
		{"Jan. 2nd 2026", "2026-01-02"},
		{"2 January 2026", "2026-01-02"},
		{"2 января 2026 г.", "2026-01-02"},
		{"Sept 30, 2025", "2025-09-30"},
		{"2026-02-30", ""},
		{"2026-13-01", ""},
		{"0000-01-01", ""},
		{"yesterday", ""},
		{"", ""},
		{"202601", ""},
	}
	for _, tc := range tests {
		got, ok := ParseValue(tc.in)
		if s := timeline.FormatDate(got); s != tc.want || ok != (tc.want != "") {
			t.Errorf("ParseValue(%q) = %q, %v; want %q", tc.in, s, ok, tc.want)
		}
	}
}

func TestMonthPatternLongestFirst(t *testing.T) {
	if !strings.Contains(monthPattern, "sept|") {
		t.Errorf("month names are not longest first: %s", monthPattern)
	}
}

// mayHoldDate only passes over lines the dateline pattern cannot match.
func TestMayHoldDateIsNecessary(t *testing.T) {
	pieces := []string{"MOSCOW", "Washington", ", ", " ", "(AP)", "(Reuters)", " - ", " — ", ": ", "Jan", "jan.", "MARCH", "Sept",
		"May", "mayor", "2", "14", "1998", "2026-01-02", "1998-1-2", "-", "12-", "Published", "posted on", "2 января", "ſept", "мая",
		"th", ",", "x", "0"}
	checkNecessaryForDateline(t, "mayHoldDate", mayHoldDate, rand.NewPCG(12, 13), pieces, 50000, 1000)
}

// checkNecessaryForDateline joins random pieces into lines (up to eight a
// line, tries of them) and fails when the dateline pattern matches a line
// that filter turns away. Fewer than least matching lines would test little.
func checkNecessaryForDateline(t *testing.T, name string, filter func(string) bool, src rand.Source, pieces []string, tries, least int) {
	t.Helper()
	rng := rand.New(src)
	matched := 0
	for n := 0; n < tries; n++ {
		var sb strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		if dateline().FindStringSubmatchIndex(s) == nil {
			continue
		}
		matched++
		if !filter(s) {
			t.Fatalf("the dateline pattern matches %q, but %s says it cannot", s, name)
		}
	}
	if matched < least {
		t.Fatalf("only %d random lines match the pattern: the test tests little", matched)
	}
}

// mayHoldDate's three letters begin every English month name months lists.
func TestMayHoldDateKnowsEveryMonth(t *testing.T) {
	for name := range months {
		if isASCIIWord(name) && !mayHoldDate("x "+strings.ToUpper(name)+" 2") {
			t.Errorf("mayHoldDate misses %q", name)
		}
	}
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mayOpenDateline only passes over lines the dateline pattern cannot match.
func TestMayOpenDatelineIsNecessary(t *testing.T) {
	pieces := []string{"MOSCOW", "Washington", "The", "In", "T", "N.Y.", "O'Hare", "É", "Ü", ", ", " ", "(AP)", "(Reuters)",
		" - ", " — ", "– ", ": ", "Jan", "jan.", "MARCH", "Sept", "May", "mayor", "DEC", "Oc", "2", "14", "1998", "2026-01-02",
		"-", "12-", "Published", "posted on", "Dated", "pu", "2 января", "ſept", "мая", "th", ",", "x", "0", "’", "\u0301", "a", "P", "Separately", "WASHINGTON", "Decemberé", "Dat", "on", ".", ":"}
	checkNecessaryForDateline(t, "mayOpenDateline", mayOpenDateline, rand.NewPCG(14, 15), pieces, 100000, 2000)
	for name := range months {
		if isASCIIWord(name) && !mayOpenDateline(strings.ToUpper(name[:1])+name[1:]+" 2") {
			t.Errorf("mayOpenDateline misses %q", name)
		}
	}
}

// TestPatternsCompile compiles every pattern of the package, which are
// compiled only when first asked for: a broken one would fail a run only
// on a text that needs it.
func TestPatternsCompile(t *testing.T) {
	for _, re := range []func() *regexp.Regexp{entryPattern, urlPattern, urlSlashDate, separatedDate, compactDate, isoDate, wordDate, dateline} {
		if re() == nil {
			t.Fatal("a pattern compiled to nil")
		}
	}
}
