package workspace

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"retrace/timeline"
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

// Correction is one change the user made to the machine's reading.
//
// It names its event by the source's path and the event id, and also by the
// sentence the event came from and the label the machine gave it: event ids
// are numbered in text order, so an edit earlier in the article shifts them,
// while the sentence finds the event again (see Resolve).
type Correction struct {
	Scope    Scope  `json:"scope"`
	Source   string `json:"source"`             // the document's path
	Event    string `json:"event"`              // the event's id when the correction was made
	Sentence string `json:"sentence,omitempty"` // its sentence, white space collapsed
	Was      string `json:"was,omitempty"`      // the machine's label then

	Hidden   bool      `json:"hidden,omitempty"`
	Label    string    `json:"label,omitempty"` // the user's label; empty keeps the machine's
	Earliest time.Time `json:"-"`               // the user's dates: both set or both zero
	Latest   time.Time `json:"-"`
}

// NewCorrection returns an empty correction aimed at an event of an analysed
// document. Set its Hidden, Label or dates and hand it to Corrections.Set.
func NewCorrection(scope Scope, a *timeline.Analysis, ev *timeline.Event) Correction {
	c := Correction{Scope: scope, Event: ev.ID, Was: ev.Label}
	if a != nil && a.Doc != nil {
		c.Source = a.Doc.Path
		c.Sentence = a.Doc.Quote(ev.Sentence)
	}
	return c
}

// HasDates reports whether the correction sets the event's dates.
func (c Correction) HasDates() bool { return !c.Earliest.IsZero() }

// IsNoop reports whether the correction changes nothing.
func (c Correction) IsNoop() bool { return !c.Hidden && c.Label == "" && !c.HasDates() }

// Interval is the user's interval: whole days, precise at both ends.
func (c Correction) Interval() timeline.Interval {
	return timeline.Interval{
		Earliest:    timeline.Truncate(c.Earliest),
		Latest:      timeline.Truncate(c.Latest),
		Granularity: timeline.GranDay,
	}
}

// sameTarget reports whether two corrections aim at the same event with the
// same scope.
func (c Correction) sameTarget(o Correction) bool {
	return c.Scope == o.Scope && c.Event == o.Event && c.Sentence == o.Sentence && SamePath(c.Source, o.Source)
}

// Resolve finds the correction's event in a fresh analysis of its document,
// or returns nil when the event is gone. In order:
//   - the event with the same id and the same sentence;
//   - else the only event from that sentence, or among several the one with
//     the same machine label (the event moved because text was inserted or
//     removed before it);
//   - a correction without a sentence (written by hand) matches by id alone.
//
// Anything else, including a sentence that now yields several events none of
// which carries the old label, counts as gone: applying a correction to the
// wrong event would be worse than asking the user again.
func (c Correction) Resolve(a *timeline.Analysis) *timeline.Event {
	if a == nil || a.Doc == nil {
		return nil
	}
	// The common case first: nothing moved.
	for i := range a.Events {
		if ev := &a.Events[i]; ev.ID == c.Event {
			if c.Sentence == "" || a.Doc.Quote(ev.Sentence) == c.Sentence {
				return ev
			}
			break
		}
	}
	if c.Sentence == "" {
		return nil
	}
	var sameSentence []*timeline.Event
	for i := range a.Events {
		if ev := &a.Events[i]; a.Doc.Quote(ev.Sentence) == c.Sentence {
			sameSentence = append(sameSentence, ev)
		}
	}
	if len(sameSentence) == 1 {
		return sameSentence[0]
	}
	var byLabel *timeline.Event
	for _, ev := range sameSentence {
		if ev.Label == c.Was {
			if byLabel != nil {
				return nil // two candidates: ambiguous
			}
			byLabel = ev
		}
	}
	return byLabel
}

func (c Correction) validate() error {
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
			timeline.FormatDate(c.Earliest), timeline.FormatDate(c.Latest))
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
		j.Earliest, j.Latest = timeline.FormatDate(c.Earliest), timeline.FormatDate(c.Latest)
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
		if c.Earliest, err = timeline.ParseDate(j.Earliest); err != nil {
			return fmt.Errorf("earliest: %w", err)
		}
	}
	if j.Latest != "" {
		if c.Latest, err = timeline.ParseDate(j.Latest); err != nil {
			return fmt.Errorf("latest: %w", err)
		}
	}
	return nil
}

// Corrections is the user's corrections, at most one per scope and event.
type Corrections []Correction

// Set adds a correction or replaces the one with the same scope and event; a
// correction that changes nothing removes it, which is how a user undoes one.
// It refuses a correction whose dates are half set or reversed.
func (cs *Corrections) Set(c Correction) error {
	if err := c.validate(); err != nil {
		return fmt.Errorf("correction: %w", err)
	}
	for i, old := range *cs {
		if old.sameTarget(c) {
			if c.IsNoop() {
				*cs = append((*cs)[:i], (*cs)[i+1:]...)
			} else {
				(*cs)[i] = c
			}
			return nil
		}
	}
	if !c.IsNoop() {
		*cs = append(*cs, c)
	}
	return nil
}

// Get returns the correction of that scope for an event of an analysed
// document, if there is one.
func (cs Corrections) Get(scope Scope, a *timeline.Analysis, ev *timeline.Event) (Correction, bool) {
	want := NewCorrection(scope, a, ev)
	for _, c := range cs {
		if c.sameTarget(want) {
			return c, true
		}
	}
	return Correction{}, false
}
