package extract

import (
	"time"

	"github.com/olebedev/when/rules"

	"retrace/timeline"
)

// Rule exposes the tagger as an olebedev/when rule, so a when.Parser can
// use our grammar in place of its English date rules (which ignore years
// in "March 3, 2019", miss "Three years ago" and take "may" for a month).
// Find reports the first expression in the text that has a calendar day;
// applying it sets the year, month and day (and clock time) on the context.
// The reference time given to the parser is the document date.
type Rule struct {
	Options Options // Options.DCT is ignored: the parser's reference time is used
}

// Find implements rules.Rule.
func (r Rule) Find(text string) *rules.Match {
	s := newScanner(Tokenize(text, r.Options), r.Options.holidays())
	for i := 0; i < len(s.toks); {
		c, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		i = c.j
		if c.spec == nil {
			continue // durations, sets and PRESENT_REF-style references have no calendar point
		}
		left, right := s.toks[c.i].start, s.toks[c.j-1].end
		return &rules.Match{
			Left:  left,
			Right: right,
			Text:  text[left:right],
			Applier: func(m *rules.Match, ctx *rules.Context, _ *rules.Options, ref time.Time) (bool, error) {
				res := &resolver{s: s, dct: timeline.Truncate(ref), narrative: r.Options.Mode == ModeNarrative}
				mention := res.resolve(c, "t1")
				if mention.Interval.IsZero() {
					return false, nil
				}
				day := mention.Interval.Earliest
				if c.spec.holiday != nil {
					day = mention.Interval.Latest // the interval reaches back over the eve
				}
				y, mo, d := day.Date()
				month := int(mo)
				ctx.Year, ctx.Month, ctx.Day = &y, &month, &d
				if c.spec.clock {
					h, mi, sec := c.spec.hour, c.spec.min, 0
					ctx.Hour, ctx.Minute, ctx.Second = &h, &mi, &sec
				}
				return true, nil
			},
		}
	}
	return nil
}
