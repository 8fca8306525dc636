package timeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Scope says how much of the timeline a correction touches.
type Scope string

const (
	// ScopeItem corrects the timeline item that holds the event: with the
	// events other sources report about the same happening, it is hidden,
	// relabelled or redated as a whole.
	ScopeItem Scope = "item"
	// ScopeEvent corrects one source's event before sources are merged: a
	// wrong date from one article no longer pulls a group apart, a hidden
	// event leaves the other sources' reports on the chart.
	ScopeEvent Scope = "event"
)

// Correction is one change the user made to the machine's reading: a plain
// value that the workspace stores, the pipeline finds the event of, and the
// merge applies.
//
// It finds its event by content that survives edits of the article: the
// sentence the event came from and the time expressions that date it (with,
// should the same sentence and expressions occur more than once, which
// occurrence in text order). The event id is kept for people reading the
// file and for corrections written by hand without a sentence; ids are
// numbered in order, so an edit earlier in the article shifts them.
type Correction struct {
	Scope    Scope  `json:"scope"`
	Source   string `json:"source"`             // the document's path
	Event    string `json:"event"`              // the event's id when the correction was made
	Sentence string `json:"sentence,omitempty"` // its sentence, white space collapsed
	// Times are the texts of the time expressions dating the event, in
	// its order; nil in files written before they were recorded.
	Times []string `json:"times,omitempty"`
	// Occurrence is which of the events with this sentence and these
	// expressions it is (1-based, in text order), of Occurrences; both are
	// zero when there was one.
	Occurrence  int    `json:"occurrence,omitempty"`
	Occurrences int    `json:"of,omitempty"`
	Was         string `json:"was,omitempty"` // the machine's label then

	Hidden   bool      `json:"hidden,omitempty"`
	Label    string    `json:"label,omitempty"` // the user's label; empty keeps the machine's
	Earliest time.Time `json:"-"`               // the user's dates: both set or both zero
	Latest   time.Time `json:"-"`
}

// NewCorrection returns an empty correction aimed at an event of an analysed
// document. Set its Hidden, Label or dates before storing it.
func NewCorrection(scope Scope, a *Analysis, ev *Event) Correction {
	c := Correction{Scope: scope, Was: ev.Label}
	c.Target(a, ev)
	return c
}

// Target aims the correction at an event of an analysed document: its id,
// its source, its sentence and time expressions, and which of the events
// sharing them it is.
func (c *Correction) Target(a *Analysis, ev *Event) {
	c.Event = ev.ID
	c.Times, c.Occurrence, c.Occurrences = nil, 0, 0
	if a == nil || a.Doc == nil {
		return
	}
	c.Source = a.Doc.Path
	c.Sentence = a.Doc.Quote(ev.Sentence)
	if c.Times = a.MentionTexts(ev); len(c.Times) == 0 {
		// An event dated by no expression is found by its sentence and
		// label, as corrections recording no expressions are.
		c.Times = nil
		return
	}
	twins := a.EventsQuoting(c.Sentence, c.Times)
	if len(twins) > 1 {
		c.Occurrences = len(twins)
		for i, t := range twins {
			if t == ev {
				c.Occurrence = i + 1
			}
		}
	}
}

// HasDates reports whether the correction sets the event's dates.
func (c Correction) HasDates() bool { return !c.Earliest.IsZero() }

// IsNoop reports whether the correction changes nothing.
func (c Correction) IsNoop() bool { return !c.Hidden && c.Label == "" && !c.HasDates() }

// Interval is the user's interval: whole days, precise at both ends.
func (c Correction) Interval() Interval {
	return Interval{
		Earliest:    Truncate(c.Earliest),
		Latest:      Truncate(c.Latest),
		Granularity: GranDay,
	}
}

// Check reports what makes a correction unusable: an unknown scope, no
// source or event, dates half set or reversed.
func (c Correction) Check() error {
	switch {
	case c.Scope != ScopeItem && c.Scope != ScopeEvent:
		return fmt.Errorf("scope %q: want %q or %q", c.Scope, ScopeItem, ScopeEvent)
	case c.Source == "":
		return errors.New("no source")
	case c.Event == "":
		return errors.New("no event")
	case c.Earliest.IsZero() != c.Latest.IsZero():
		return fmt.Errorf("%s %s: give both earliest and latest, or neither", c.Source, c.Event)
	case c.Latest.Before(c.Earliest):
		return fmt.Errorf("%s %s: earliest %s is after latest %s", c.Source, c.Event,
			FormatDate(c.Earliest), FormatDate(c.Latest))
	}
	return nil
}

// correctionJSON is Correction with its dates as YYYY-MM-DD strings.
type correctionJSON struct {
	correctionFields
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
}

// correctionFields has Correction's fields without its methods, so the JSON
// methods below do not call themselves.
type correctionFields Correction

// MarshalJSON writes the dates as YYYY-MM-DD.
func (c Correction) MarshalJSON() ([]byte, error) {
	j := correctionJSON{correctionFields: correctionFields(c)}
	if c.HasDates() {
		j.Earliest, j.Latest = FormatDate(c.Earliest), FormatDate(c.Latest)
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the dates as YYYY-MM-DD.
func (c *Correction) UnmarshalJSON(b []byte) error {
	var j correctionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = Correction(j.correctionFields)
	var err error
	if j.Earliest != "" {
		if c.Earliest, err = ParseDate(j.Earliest); err != nil {
			return fmt.Errorf("earliest: %w", err)
		}
	}
	if j.Latest != "" {
		if c.Latest, err = ParseDate(j.Latest); err != nil {
			return fmt.Errorf("latest: %w", err)
		}
	}
	return nil
}
