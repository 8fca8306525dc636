package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"retrace/timeline"
)

// Tagger finds temporal expressions in text written on the date dct (zero
// when unknown). Spans are byte offsets into text.
type Tagger func(text string, dct time.Time) []timeline.Mention

// Counts are the TempEval-3 Task A tallies over a set of documents.
type Counts struct {
	Gold, System int // expressions annotated / found
	Strict       int // found with exactly the gold extent
	Relaxed      int // found overlapping a gold expression (one-to-one)
	Value        int // relaxed matches with the gold value
	Type         int // relaxed matches with the gold type
	// ValueEquiv counts relaxed matches whose value equals the gold one up
	// to notation (see SameValue). It is reported beside the exact figure,
	// never instead of it: TempEval-3 compares value strings exactly.
	ValueEquiv int
}

// PRF returns precision, recall and F1 in percent for hits out of the
// system and gold totals.
func (c Counts) PRF(hits int) (p, r, f float64) {
	if c.System > 0 {
		p = 100 * float64(hits) / float64(c.System)
	}
	if c.Gold > 0 {
		r = 100 * float64(hits) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// StrictF1 is the F1 of exact-extent matches.
func (c Counts) StrictF1() float64 { _, _, f := c.PRF(c.Strict); return f }

// RelaxedF1 is the F1 of overlapping-extent matches.
func (c Counts) RelaxedF1() float64 { _, _, f := c.PRF(c.Relaxed); return f }

// ValueF1 is TempEval-3's value F1: value accuracy on relaxed matches times
// relaxed F1 (equivalently, the F1 of matches with the right value).
func (c Counts) ValueF1() float64 { _, _, f := c.PRF(c.Value); return f }

// ValueEquivF1 is ValueF1 with values compared up to notation.
func (c Counts) ValueEquivF1() float64 { _, _, f := c.PRF(c.ValueEquiv); return f }

// TypeF1 is the same measure for the TIMEX3 type.
func (c Counts) TypeF1() float64 { _, _, f := c.PRF(c.Type); return f }

// Problem is one disagreement with the gold annotation, for the verbose report.
type Problem struct {
	Path string
	Kind string // "miss", "false", "extent", "value", "type"
	Gold *Timex
	Sys  *timeline.Mention
}

// Report is the outcome of scoring a tagger on a set of documents.
type Report struct {
	Docs     int
	Counts   Counts
	Problems []Problem
}

// Score runs tag on every document and compares its output with the gold
// annotations. A system mention matches at most one gold one and vice versa;
// pairs are made in text order, first overlap first.
func Score(docs []*Doc, tag Tagger) Report {
	var rep Report
	for _, d := range docs {
		rep.Docs++
		sys := tag(d.Text, d.DCT)
		rep.scoreDoc(d, sys)
	}
	return rep
}

func (rep *Report) scoreDoc(d *Doc, sys []timeline.Mention) {
	gold := append([]Timex(nil), d.Gold...)
	sort.SliceStable(gold, func(i, j int) bool { return gold[i].Start < gold[j].Start })
	sys = append([]timeline.Mention(nil), sys...)
	sort.SliceStable(sys, func(i, j int) bool { return sys[i].Start < sys[j].Start })
	c := &rep.Counts
	c.Gold += len(gold)
	c.System += len(sys)

	matched := make([]bool, len(gold))
	lo := 0 // golds before lo end before every remaining system mention
	for si := range sys {
		s := &sys[si]
		for lo < len(gold) && gold[lo].End <= s.Start {
			lo++
		}
		// The first gold expression it overlaps, unless one has exactly its
		// extent: of nested TIMEX2s ("the first ten months of 1915" around
		// "1915") a mention of "1915" is the inner one.
		gi := -1
		for k := lo; k < len(gold) && gold[k].Start < s.End; k++ {
			if matched[k] || !gold[k].Overlaps(s.Span) {
				continue
			}
			if gi < 0 {
				gi = k
			}
			if gold[k].Span == s.Span {
				gi = k
				break
			}
		}
		if gi < 0 {
			rep.Problems = append(rep.Problems, Problem{Path: d.Path, Kind: "false", Sys: s})
			continue
		}
		matched[gi] = true
		g := &gold[gi]
		c.Relaxed++
		if g.Span == s.Span {
			c.Strict++
		} else {
			rep.Problems = append(rep.Problems, Problem{Path: d.Path, Kind: "extent", Gold: g, Sys: s})
		}
		if SameValue(g.Value, s.Value) {
			c.ValueEquiv++
		}
		if g.Value == s.Value {
			c.Value++
		} else {
			rep.Problems = append(rep.Problems, Problem{Path: d.Path, Kind: "value", Gold: g, Sys: s})
		}
		if g.Type == s.Type {
			c.Type++
		} else {
			rep.Problems = append(rep.Problems, Problem{Path: d.Path, Kind: "type", Gold: g, Sys: s})
		}
	}
	for gi := range gold {
		if !matched[gi] {
			rep.Problems = append(rep.Problems, Problem{Path: d.Path, Kind: "miss", Gold: &gold[gi]})
		}
	}
}

// Write prints the scores, and with verbose every miss, false alarm, extent
// difference and wrong value or type, one per line.
func (rep Report) Write(w io.Writer, verbose bool) error {
	c := rep.Counts
	if verbose {
		for _, p := range rep.Problems {
			var err error
			switch p.Kind {
			case "miss":
				_, err = fmt.Fprintf(w, "miss\t%s\t%q\t%s %s %s\n", p.Path, p.Gold.Text, p.Gold.Type, p.Gold.Value, p.Gold.Mod)
			case "false":
				_, err = fmt.Fprintf(w, "false\t%s\t%q\t%s %s %s\n", p.Path, p.Sys.Text, p.Sys.Type, p.Sys.Value, p.Sys.Mod)
			case "extent":
				_, err = fmt.Fprintf(w, "extent\t%s\tgold %q\tsys %q\n", p.Path, p.Gold.Text, p.Sys.Text)
			case "value":
				_, err = fmt.Fprintf(w, "value\t%s\t%q\tgold %s\tsys %s (%q)\n", p.Path, p.Gold.Text, p.Gold.Value, p.Sys.Value, p.Sys.Text)
			case "type":
				_, err = fmt.Fprintf(w, "type\t%s\t%q\tgold %s\tsys %s\n", p.Path, p.Gold.Text, p.Gold.Type, p.Sys.Type)
			}
			if err != nil {
				return err
			}
		}
	}
	sp, sr, sf := c.PRF(c.Strict)
	rp, rr, rf := c.PRF(c.Relaxed)
	_, err := fmt.Fprintf(w, "documents %d, gold %d, system %d\n"+
		"strict extent   P %5.1f  R %5.1f  F1 %5.1f\n"+
		"relaxed extent  P %5.1f  R %5.1f  F1 %5.1f\n"+
		"value F1 %5.1f (accuracy %5.1f)\n"+
		"type  F1 %5.1f (accuracy %5.1f)\n"+
		"value F1 %5.1f (accuracy %5.1f) counting equal notations as equal, not a TempEval-3 figure\n",
		rep.Docs, c.Gold, c.System, sp, sr, sf, rp, rr, rf,
		c.ValueF1(), pct(c.Value, c.Relaxed), c.TypeF1(), pct(c.Type, c.Relaxed),
		c.ValueEquivF1(), pct(c.ValueEquiv, c.Relaxed))
	return err
}

// SameValue reports whether two TIMEX3 values say the same thing in
// different notation, as annotators of one corpus and another write it:
// trailing "-XX" placeholders ("1949-XX" is 1949, "1998-10-XX" October
// 1998), unpadded numbers ("2000-W7", "2013-11-3"), an X for the unknown
// digits of a decade or century ("198X" is "198", "19XX" is "19"), and a
// bare hour ("T17" is "T17:00"). Values that differ in meaning, such as a
// day and its week, stay different.
func SameValue(a, b string) bool {
	return a == b || canonicalValue(a) == canonicalValue(b)
}

func canonicalValue(v string) string {
	for strings.HasSuffix(v, "-XX") {
		v = strings.TrimSuffix(v, "-XX")
	}
	// "198X", "19XX": a decade or century written with placeholders
	if i := strings.IndexByte(v, 'X'); i > 0 && i < 4 && strings.Trim(v[i:], "X") == "" && isDigits(v[:i]) {
		return v[:i]
	}
	date, clock, hasClock := strings.Cut(v, "T")
	parts := strings.Split(date, "-")
	for i, p := range parts {
		switch {
		case i > 0 && len(p) == 1 && isDigits(p): // "2013-11-3"
			parts[i] = "0" + p
		case i > 0 && len(p) == 2 && p[0] == 'W' && isDigits(p[1:]): // "2000-W7"
			parts[i] = "W0" + p[1:]
		}
	}
	v = strings.Join(parts, "-")
	if hasClock {
		if len(clock) == 2 && isDigits(clock) { // "T17"
			clock += ":00"
		}
		v += "T" + clock
	}
	return v
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
