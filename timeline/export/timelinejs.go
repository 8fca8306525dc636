package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html):
// a title slide and one slide per event, each with a start date of year,
// month and day (as precise as the item is), an end date for a span, and
// a headline and text. A newsroom loads it into the tool it already uses
// to publish an interactive timeline.

// TLJSDoc is the whole document.
type TLJSDoc struct {
	Title  *TLJSSlide  `json:"title,omitempty"`
	Events []TLJSSlide `json:"events"`
}

// TLJSSlide is one slide: the title slide has no dates.
type TLJSSlide struct {
	StartDate *TLJSDate `json:"start_date,omitempty"`
	EndDate   *TLJSDate `json:"end_date,omitempty"`
	Text      TLJSText  `json:"text"`
	Group     string    `json:"group,omitempty"`
	// DisplayDate is the date as a reader says it ("late 2024"), which
	// TimelineJS shows instead of the dates it computes.
	DisplayDate string `json:"display_date,omitempty"`
	UniqueID    string `json:"unique_id,omitempty"`
}

// TLJSDate is a date as TimelineJS takes it: year required, then as much
// precision as the date has. Negative years are BC (-44 is 44 BC).
type TLJSDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// TLJSText is a headline and a body, which TimelineJS reads as HTML.
type TLJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// TimelineJS writes tl as a TimelineJS3 document titled title, with
// subtitle on the title slide. names gives each source's name as the
// reader should see it (nil: the documents' titles).
func TimelineJS(w io.Writer, tl *timeline.Timeline, title, subtitle string, names func(source int) string) error {
	if tl == nil {
		return errors.New("timelinejs: no timeline")
	}
	if names == nil {
		names = func(i int) string { return chart.SourceTitle(tl.Sources[i]) }
	}
	doc := TLJSDoc{Events: []TLJSSlide{}}
	if title != "" || subtitle != "" {
		doc.Title = &TLJSSlide{Text: TLJSText{Headline: html.EscapeString(title), Text: html.EscapeString(subtitle)}}
	}
	for _, it := range tl.Items {
		if it.Interval.IsZero() {
			continue
		}
		a, b := it.Interval.Earliest, it.Interval.Latest
		if b.Before(a) {
			a, b = b, a
		}
		start, end := tljsRange(a, b)
		s := TLJSSlide{
			StartDate:   &start,
			EndDate:     end,
			Text:        TLJSText{Headline: html.EscapeString(it.Label), Text: tljsBody(tl, it, names)},
			DisplayDate: chart.DescribeInterval(it.Interval),
			UniqueID:    it.ID,
		}
		if it.State { // how things stood then, said where the date is
			s.DisplayDate += " · present state"
		}
		if len(tl.Sources) > 1 && len(it.Refs) > 0 && it.Refs[0].Source >= 0 && it.Refs[0].Source < len(tl.Sources) {
			s.Group = names(it.Refs[0].Source)
			if len(it.Refs) > 1 {
				s.Group = "Several sources"
			}
		}
		doc.Events = append(doc.Events, s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	return nil
}

// tljsRange gives the dates of [a, b] (whole days) at the precision they
// have: a whole year is a year, a whole month a year and month; a single
// day or unit has no end date.
func tljsRange(a, b time.Time) (TLJSDate, *TLJSDate) {
	date := func(t time.Time, month, day bool) TLJSDate {
		d := TLJSDate{Year: tljsYear(t.Year())}
		if month {
			d.Month = int(t.Month())
		}
		if day {
			d.Day = t.Day()
		}
		return d
	}
	monthEnd := b.AddDate(0, 0, 1).Day() == 1
	wholeMonths := a.Day() == 1 && monthEnd
	wholeYears := wholeMonths && a.Month() == time.January && b.Month() == time.December
	switch {
	case wholeYears:
		s := date(a, false, false)
		if a.Year() == b.Year() {
			return s, nil
		}
		e := date(b, false, false)
		return s, &e
	case wholeMonths:
		s := date(a, true, false)
		if a.Year() == b.Year() && a.Month() == b.Month() {
			return s, nil
		}
		e := date(b, true, false)
		return s, &e
	}
	s := date(a, true, true)
	if a.Equal(b) {
		return s, nil
	}
	e := date(b, true, true)
	return s, &e
}

// tljsYear converts an astronomical year (0 is 1 BC) to TimelineJS's,
// where BC years are negative and there is no year 0.
func tljsYear(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

// tljsBody quotes each source's sentence with its name and how the date
// was found, as HTML.
func tljsBody(tl *timeline.Timeline, it timeline.Item, names func(int) string) string {
	var b strings.Builder
	for _, r := range it.Refs {
		if r.Source < 0 || r.Source >= len(tl.Sources) {
			continue
		}
		ev := tl.Event(r)
		a := tl.Sources[r.Source].Analysis
		if ev == nil || a == nil || a.Doc == nil {
			continue
		}
		if q := a.Doc.Quote(ev.Sentence); q != "" {
			fmt.Fprintf(&b, "<p>“%s”</p>", html.EscapeString(q))
		}
		var meta []string
		if n := names(r.Source); n != "" {
			meta = append(meta, "<cite>"+html.EscapeString(n)+"</cite>")
		}
		if ev.How != "" {
			meta = append(meta, html.EscapeString(chart.ExplainHow(a, ev.How)))
		}
		if len(meta) > 0 {
			fmt.Fprintf(&b, "<p><small>%s</small></p>", strings.Join(meta, " · "))
		}
	}
	if it.Conflict {
		b.WriteString("<p><strong>The sources place it at different dates.</strong></p>")
	}
	return b.String()
}
