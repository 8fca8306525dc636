package extract

import (
	"testing"

	"retrace/timeline"
	"retrace/timeline/extract/en"
	"retrace/timeline/lex"
)

// The seam a second language plugs into: the grammar asks word classes, so
// a lexicon of French month names, with the English grammar, tags French
// dates written in the English order, and English month names mean nothing
// to it. The resolver and anchoring are the same for both.
func TestToyLanguage(t *testing.T) {
	months := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
		"octobre", "novembre", "décembre"}
	var entries []lex.Entry
	for i, m := range months {
		entries = append(entries, lex.Entry{Word: m, Classes: lex.Of(lex.Month, lex.MonthAlone), Num: i + 1})
	}
	toy, err := lex.New(entries, lex.Rules{})
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Language: en.Grammar(toy), DCT: timeline.Day(2019, 6, 1), Holidays: []Holiday{}}
	ms, _ := TagText("Le traité fut signé le 3 janvier 2019, puis ratifié en Mars.", opts)
	if len(ms) != 2 {
		t.Fatalf("want 2 mentions, got %+v", ms)
	}
	if ms[0].Text != "3 janvier 2019" || ms[0].Value != "2019-01-03" {
		t.Errorf("first mention %q %s, want \"3 janvier 2019\" 2019-01-03", ms[0].Text, ms[0].Value)
	}
	if ms[1].Text != "Mars" || ms[1].Value != "2019-03" || ms[1].Anchor != "dct" {
		t.Errorf("second mention %q %s anchored %q, want \"Mars\" 2019-03 from the document date", ms[1].Text, ms[1].Value, ms[1].Anchor)
	}
	// Digits need no words: the year is still a year, but "January" is no month.
	if ms, _ := TagText("It was signed on 3 January 2019.", opts); len(ms) != 1 || ms[0].Text != "2019" {
		t.Errorf("English words are not in the toy lexicon: want only the year 2019, got %+v", ms)
	}
}
