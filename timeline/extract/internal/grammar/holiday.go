package grammar

import (
	"strings"
	"time"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// Holiday is a named day of the year. The tagger recognises its Name (any
// case for later words; the first word must be capitalised) and places it
// on the occurrence nearest the anchor date.
type Holiday struct {
	Name string                   // as written, e.g. "New Year's Eve"
	Date func(year int) time.Time // the day in a given year
	// LeadDays widens the interval backwards: a "New Year" greeting belongs
	// to the night of December 31 as much as to January 1.
	LeadDays int
}

// Fixed returns a date rule for a holiday on the same day every year.
func Fixed(m time.Month, day int) func(int) time.Time {
	return func(y int) time.Time { return timeline.Day(y, m, day) }
}

// NthWeekday returns a date rule for the nth weekday of a month (n < 0
// counts from the end: -1 is the last).
func NthWeekday(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time {
		if n > 0 {
			d := timeline.Day(y, m, 1)
			off := (int(wd) - int(d.Weekday()) + 7) % 7
			return d.AddDate(0, 0, off+7*(n-1))
		}
		d := timeline.Day(y, m+1, 0)
		off := (int(d.Weekday()) - int(wd) + 7) % 7
		return d.AddDate(0, 0, -off+7*(n+1))
	}
}

// FromEaster returns a date rule for a day a fixed number of days from
// Western Easter Sunday.
func FromEaster(days int) func(int) time.Time {
	return func(y int) time.Time { return Easter(y).AddDate(0, 0, days) }
}

// Easter returns Western (Gregorian) Easter Sunday of year y, by the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func Easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h - 7*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return timeline.Day(y, time.Month(month), day)
}

// HolidayIndex finds holidays by the first word of their names.
type HolidayIndex struct {
	byFirst map[uint32][]HolidayEntry
	first   []bool // by lexicon entry: whether a name begins with the word
}

// HolidayEntry is one holiday with its name as lexicon entries.
type HolidayEntry struct {
	Words []uint32
	H     *Holiday
}

// Begins reports whether a holiday's name begins with the word of entry id.
func (x *HolidayIndex) Begins(id uint32) bool {
	return x != nil && int(id) < len(x.first) && x.first[id]
}

// Entries returns the holidays whose names begin with the word of entry id.
func (x *HolidayIndex) Entries(id uint32) []HolidayEntry {
	if x == nil {
		return nil
	}
	return x.byFirst[id]
}

// HolidayLexicon returns lx with every word of the holidays' names listed:
// a name's words must have entries for the tokens to be matched against
// them. It returns lx itself when all are listed already.
func HolidayLexicon(lx *lex.Lexicon, hs []Holiday) (*lex.Lexicon, error) {
	var missing []lex.Entry
	seen := map[string]bool{}
	for i := range hs {
		tt := lex.Tokenize(hs[i].Name, lx)
		for k := range tt.Tokens {
			if w := tt.Lower(k); tt.Tokens[k].ID() == 0 && !seen[w] {
				seen[w] = true
				missing = append(missing, lex.Entry{Word: w})
			}
		}
	}
	if len(missing) == 0 {
		return lx, nil
	}
	return lx.With(missing)
}

// IndexHolidays indexes the holidays by the first word of their names,
// each name cut into tokens the way the text is. A name is matched by its
// words' lexicon entries, so lx must list them (see HolidayLexicon); a name
// with a word lx does not list is left out, as are holidays with no name
// or date rule.
func IndexHolidays(hs []Holiday, lx *lex.Lexicon) *HolidayIndex {
	idx := &HolidayIndex{byFirst: map[uint32][]HolidayEntry{}, first: make([]bool, lx.Len())}
	for i := range hs {
		h := &hs[i]
		if h.Date == nil || strings.TrimSpace(h.Name) == "" {
			continue
		}
		tt := lex.Tokenize(h.Name, lx)
		words := make([]uint32, len(tt.Tokens))
		listed := true
		for k := range tt.Tokens {
			words[k] = tt.ID(k)
			listed = listed && words[k] != 0
		}
		if !listed {
			continue
		}
		idx.byFirst[words[0]] = append(idx.byFirst[words[0]], HolidayEntry{words, h})
		idx.first[words[0]] = true
	}
	return idx
}
