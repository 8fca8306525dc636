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
	toks := Tokenize(text, r.Options)
	rd := reader(toks, r.Options)
	for i := 0; i < len(toks.Tokens); {
		c, ok := rd.MatchAt(i)
		if !ok {
			i++
			continue
		}
		i = c.J
		if c.Spec == nil {
			continue // durations, sets and PRESENT_REF-style references have no calendar point
		}
		left, right := toks.Start(c.I), toks.End(c.J-1)
		return &rules.Match{
			Left:  left,
			Right: right,
			Text:  text[left:right],
			Applier: func(m *rules.Match, ctx *rules.Context, _ *rules.Options, ref time.Time) (bool, error) {
				res := newResolver(rd, toks, timeline.Truncate(ref), r.Options.Mode, r.Options.Mode == ModeNarrative)
				var mention timeline.Mention
				res.resolve(&mention, &c, mentionAnchor+"t1")
				if mention.Interval.IsZero() {
					return false, nil
				}
				day := mention.Interval.Earliest
				if c.Spec.Holiday != nil {
					day = mention.Interval.Latest // the interval reaches back over the eve
				}
				y, mo, d := day.Date()
				month := int(mo)
				ctx.Year, ctx.Month, ctx.Day = &y, &month, &d
				if c.Spec.Clock {
					h, mi, sec := c.Spec.Hour, c.Spec.Min, 0
					ctx.Hour, ctx.Minute, ctx.Second = &h, &mi, &sec
				}
				return true, nil
			},
		}
	}
	return nil
}
