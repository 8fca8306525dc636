package workspace

import (
	"fmt"

	"retrace/timeline"
)

// sameTarget reports whether two corrections aim at the same event with the
// same scope.
func sameTarget(c, o timeline.Correction) bool {
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
func Resolve(c timeline.Correction, a *timeline.Analysis) *timeline.Event {
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

// Corrections is the user's corrections, at most one per scope and event.
type Corrections []timeline.Correction

// Set adds a correction or replaces the one with the same scope and event; a
// correction that changes nothing removes it, which is how a user undoes one.
// It refuses a correction whose dates are half set or reversed.
func (cs *Corrections) Set(c timeline.Correction) error {
	if err := c.Check(); err != nil {
		return fmt.Errorf("correction: %w", err)
	}
	for i, old := range *cs {
		if sameTarget(old, c) {
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
func (cs Corrections) Get(scope timeline.Scope, a *timeline.Analysis, ev *timeline.Event) (timeline.Correction, bool) {
	want := timeline.NewCorrection(scope, a, ev)
	for _, c := range cs {
		if sameTarget(c, want) {
			return c, true
		}
	}
	return timeline.Correction{}, false
}
