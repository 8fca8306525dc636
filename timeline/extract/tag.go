// Package extract is Retrace's temporal tagger: it finds every time
// expression in a text in one pass over its tokens, normalizes each to a
// TIMEX3 type, value and mod, and places it on the calendar as an interval,
// anchored to the document date (news) or to the last mentioned date
// (narratives).
//
// Day/month order: "3/4/2019" is read the US way, March 4, unless the first
// number cannot be a month ("31/12/2019") or the separator is a dot
// ("3.4.2019", European).
package extract

import (
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/en"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/internal/numbered"
	"retrace/timeline/lex"
)

// Mode says how relative references are anchored.
type Mode int

const (
	ModeAuto      Mode = iota // decide from the text
	ModeNews                  // deictic references anchor to the document date
	ModeNarrative             // relative references anchor to the last mentioned date
)

// Options configure Tag.
type Options struct {
	DCT  time.Time // document creation time; zero when unknown
	Mode Mode
	// Holidays recognised by name; nil means the language's own
	// (DefaultHolidays for English).
	Holidays []Holiday
	// Language is the language of the text: its words and grammar; nil
	// means English (en.Language()).
	Language grammar.Language
}

// language returns the language to read the text in.
func (opts Options) language() grammar.Language {
	if opts.Language != nil {
		return opts.Language
	}
	return en.Language()
}

// reader reads toks in the options' language, with their holidays.
func reader(toks *lex.Tokenized, opts Options) grammar.Reader {
	lang := opts.language()
	idx := lang.HolidayIndex()
	if opts.Holidays != nil {
		idx = grammar.IndexHolidays(opts.Holidays, toks.Lexicon)
	}
	s := grammar.NewScanner(toks, idx)
	return lang.Read(s)
}

// Tag returns every temporal expression in doc.Text in text order, with IDs
// t1, t2, ..., and reports whether the text was read as a narrative.
func Tag(doc *timeline.Document, opts Options) (mentions []timeline.Mention, narrative bool) {
	return TagText(doc.Text, opts)
}

// TagText is Tag over a bare string.
func TagText(text string, opts Options) (mentions []timeline.Mention, narrative bool) {
	return TagTokens(Tokenize(text, opts), opts)
}

// Tokenize cuts text into the tokens the tagger reads, each looked up in
// the lexicon of its language. The events stage reads the same tokens, so
// a document is tokenized once (see analyze.Document).
//
// With the language's own holidays, the text is cut with its sieve, so the
// grammar finds the tokens it reads first without another pass.
func Tokenize(text string, opts Options) *lex.Tokenized {
	if opts.Holidays == nil {
		return opts.language().Sieve().Tokenize(text)
	}
	return lex.Tokenize(text, opts.lexicon())
}

// lexicon returns the language's lexicon with the words of the caller's
// holidays listed too.
func (opts Options) lexicon() *lex.Lexicon {
	lx := opts.language().Lexicon()
	if opts.Holidays == nil {
		return lx
	}
	if more, err := grammar.HolidayLexicon(lx, opts.Holidays); err == nil {
		return more
	}
	return lx // listing bare words cannot conflict; were it to, the names would not be found
}

// TagTokens is Tag over text already tokenized by Tokenize with the same
// options.
func TagTokens(toks *lex.Tokenized, opts Options) (mentions []timeline.Mention, narrative bool) {
	rd := reader(toks, opts)
	cands := rd.Scan()
	shareRangeYears(rd, cands)
	dct := time.Time{}
	if !opts.DCT.IsZero() {
		dct = timeline.Truncate(opts.DCT)
	}
	switch opts.Mode {
	case ModeNews:
		narrative = false
	case ModeNarrative:
		narrative = true
	default:
		narrative = looksNarrative(cands, dct)
	}
	r := newResolver(rd, toks, dct, opts.Mode, narrative)
	r.noteYears(cands)
	// each mention is made in its place: a Mention is some two hundred
	// bytes, and a dense text has one every forty
	mentions = make([]timeline.Mention, len(cands))
	ids := newIDList(len(cands))
	start := int32(0) // the names lie one after another in ids.all
	for n, end := range ids.ends {
		r.resolve(&mentions[n], &cands[n], ids.all[start:end])
		start = end
		// the mention holds what the resolver made of the expression, and
		// the resolver keeps copies of the points it goes on from: the
		// Spec can go, so the candidates' Specs are not all held at once
		// beside the mentions (the tagger's peak of memory on a long text)
		cands[n].Spec = nil
	}
	return mentions, narrative
}

// idList holds the anchor names mention:t1, mention:t2, ... of n mentions
// in one string, so that naming them allocates once rather than once
// each: a mention's ID is its name less the prefix, and a relative
// expression anchored on it names it whole (dense texts anchor most of
// theirs so).
type idList struct {
	all  string
	ends []int32 // where each name ends in all
}

// mentionAnchor is what an anchor name puts before the mention's ID.
const mentionAnchor = "mention:"

func newIDList(n int) idList {
	all, ends := numbered.Names(mentionAnchor+"t", n)
	return idList{all: all, ends: ends}
}

// at returns the anchor name of mention k, counted from 0.
func (l idList) at(k int) string {
	start := int32(0)
	if k > 0 {
		start = l.ends[k-1]
	}
	return l.all[start:l.ends[k]]
}

// shareRangeYears gives the first end of a range the year written only on
// its second: "from March to May 2023", "Nov. 28 through Dec. 3, 2024",
// "March and April 2023" are all in 2023 (and "December to February 2024"
// starts in 2023), whatever the document date.
func shareRangeYears(rd grammar.Reader, cands []grammar.Cand) {
	for n := 0; n+1 < len(cands); n++ {
		a, b := &cands[n], &cands[n+1]
		if a.Spec == nil || b.Spec == nil || a.Spec.Rel != grammar.RelNamed || a.Spec.Weekday != 0 || a.Spec.Holiday != nil ||
			a.Spec.Base.Month == 0 || a.Spec.Base.Year != 0 || a.Mod != "" ||
			b.Spec.Rel != grammar.RelNone || b.Spec.Base.Month == 0 || b.Spec.Base.Year == 0 || b.I != a.J+1 {
			continue
		}
		year := b.Spec.Base.Year
		switch rd.Join(a.J) {
		case grammar.JoinRange:
			if a.Spec.Base.Month > b.Spec.Base.Month {
				year-- // "December to February 2024"
			}
		case grammar.JoinList:
			if a.Spec.Base.Month > b.Spec.Base.Month {
				continue
			}
		default:
			continue
		}
		sp := *a.Spec
		sp.Rel, sp.Base.Year = grammar.RelNone, year
		if sp.Base.Day > grammar.DaysIn(year, sp.Base.Month) {
			continue // "Feb. 29 to March 3, 2023": no such day
		}
		a.Spec = &sp
	}
}

// looksNarrative says whether a text as a whole reads as a history or a
// chronology: its explicit dates mostly lie years from its document date,
// and few of its expressions count from the time of writing ("yesterday",
// "last week", "next month", "on Friday"). Dates without their year ("7 August") and
// "now" ("now Western Samoa") are said in histories and news alike, and
// count for neither. It is one piece of evidence the resolver weighs for
// each reference (see anchor.go), not a mode. dct is a UTC midnight, or
// zero when unknown.
func looksNarrative(cands []grammar.Cand, dct time.Time) bool {
	explicit, far, deictic := 0, 0, 0
	day := unixDay(dct)
	for k := range cands {
		c := &cands[k]
		if c.Spec == nil {
			continue
		}
		sp := c.Spec
		switch {
		case sp.Rel == grammar.RelNone:
			explicit++
			if !dct.IsZero() {
				a, b := sp.Base.DayBounds()
				if farFrom(day, a, b) {
					far++
				}
			}
		case sp.Anaphoric, sp.Definite:
		case sp.Weekday != 0:
			deictic += 2 // a weekday is news: histories name days by their dates
		case sp.Rel == grammar.RelShift || sp.Pick == grammar.PickLast || sp.Pick == grammar.PickNext || sp.Pick == grammar.PickThis:
			deictic++
		}
	}
	if dct.IsZero() {
		return explicit >= 2 && deictic*3 <= explicit
	}
	return explicit >= 3 && far*3 >= explicit*2 && deictic*3 <= explicit
}
