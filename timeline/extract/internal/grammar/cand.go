// Package grammar is the part of the tagger's grammar that no language
// owns: the values a language's grammar yields for each expression it
// finds (Cand, Spec), the calendar arithmetic on them (Point), named days
// (Holiday), the scanner a grammar reads tokens through, and Language, what
// the tagger asks of a language. The resolver (package extract) turns the
// values into mentions without reading a word; the words are the
// language's (package extract/en for English).
package grammar

import (
	"strconv"
	"time"

	"retrace/timeline"
)

// Pick says which occurrence of a named period ("March", "Friday",
// "Christmas", "the third quarter") an expression means.
type Pick uint8

const (
	PickTense   Pick = iota // by the tense around it; the nearest when unclear
	PickLast                // the last one strictly before the anchor ("last March")
	PickThis                // the one in the anchor's enclosing period ("this March")
	PickNext                // the first one strictly after ("next March")
	PickNearest             // the nearest either way (holidays, narrative anaphora)
)

// Rel says how a DATE or TIME expression relates to its anchor.
type Rel uint8

const (
	RelNone  Rel = iota // Base is a complete calendar point: "March 3, 2019"
	RelShift            // the anchor at granularity G, moved by N: "last year", "two days later"
	RelNamed            // Base lacks its year, or names a weekday: pick an occurrence
)

// Spec says how to compute the calendar point of a DATE or TIME expression
// once its anchor is known.
type Spec struct {
	Base    Point
	G       timeline.Granularity // shift unit for RelShift
	N       int                  // shift amount for RelShift
	Out     timeline.Granularity // coarsen the result to this, when set
	Weekday int                  // 1 (Monday) .. 7 (Sunday); 0 for none
	Holiday *Holiday
	Part    string // part of day: MO, AF, EV, NI
	Hour    int    // with Clock
	Min     int
	// DayShift moves the resolved day: "the day before Christmas" is -1.
	DayShift int
	// The fields of a byte, last and side by side, so that they share one
	// word: apart, each took eight bytes of a Spec, which nearly every
	// expression found holds (some 3,000 a megabyte of news).
	Rel       Rel
	Pick      Pick
	Clock     bool // Hour and Min set
	Anaphoric bool // anchored to the last mentioned date, not the document date
	// Definite: "the year", "the end of the month": the one in question,
	// which in news is the present one and in a history the story's
	Definite bool
	// QuarterRef: "the quarter", "the latest period": the last mentioned
	// quarter, else the last complete one before the anchor.
	QuarterRef bool
	// ViaQuarter: "a year ago", "a year earlier" in a text about quarterly
	// results mean the same quarter a year before.
	ViaQuarter bool
}

// Cand is a temporal expression found in the token stream, tokens [I, J).
type Cand struct {
	I, J  int
	Type  timeline.TimexType
	Mod   string
	Value string // the value when no Spec is needed (durations, sets, REFs)
	Spec  *Spec
	Fuzzy bool // vague by nature: "recently", "the years to come"
	Turn  bool // "the turn of the century": either side of the period's start
}

// NamesADay reports whether a spec resolves to one calendar day: "March
// 6", "Tuesday", "Christmas", "yesterday".
func NamesADay(sp *Spec) bool {
	return sp.Base.Gran == timeline.GranDay || sp.Weekday != 0 || sp.Holiday != nil ||
		(sp.Rel == RelShift && sp.G == timeline.GranDay && sp.Part == "")
}

// AtTime sets a time of day on a spec that names a day.
func AtTime(sp Spec, hour, min int) Spec {
	sp.Clock, sp.Hour, sp.Min = true, hour, min
	if sp.Rel == RelNone { // a full date is its own value: "5 p.m., Nov. 9, 1989"
		sp.Base.Gran, sp.Base.Hour, sp.Base.Minute = timeline.GranHour, hour, min
		if min != 0 {
			sp.Base.Gran = timeline.GranMinute
		}
	}
	return sp
}

// AnyWeek writes the TIMEX3 value of an ISO weekday (1 Monday .. 7 Sunday)
// in an unknown week: "XXXX-WXX-5" is a Friday, or every Friday in a SET.
func AnyWeek(isoDay int) string { return "XXXX-WXX-" + strconv.Itoa(isoDay) }

// IsoWeekday numbers a weekday the ISO way, Monday 1 to Sunday 7.
func IsoWeekday(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// TwoDigits writes n with at least two digits.
func TwoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
