package workspace

import (
	"errors"
	"fmt"
	"slices"

	"retrace/timeline"
)

// Why a correction finds no event (see Find).
var (
	ErrEventGone = errors.New("its event is no longer in the document")
	ErrAmbiguous = errors.New("several events now match it")
)

// sameTarget reports whether two corrections aim at the same event with the
// same scope: by content when both have it (see timeline.Correction), else
// by event id and sentence as files written before recorded it.
func sameTarget(c, o timeline.Correction) bool {
	if c.Scope != o.Scope || !SamePath(c.Source, o.Source) || c.Sentence != o.Sentence {
		return false
	}
	if c.Times != nil && o.Times != nil {
		return slices.Equal(c.Times, o.Times) && c.Occurrence == o.Occurrence
	}
	return c.Event == o.Event
}

// Find finds the correction's event in a fresh analysis of its document by
// what survives edits of the article: the sentence (white space
// collapsed) and the texts of the time expressions that date it. When the
// same sentence with the same expressions occurs more than once it takes
// the recorded occurrence, but only if there are as many as when the
// correction was made. A correction from a file that recorded no
// expressions takes the only event of its sentence, or among several the
// one with the machine label it recorded. One written by hand without a
// sentence matches by id.
//
// It never guesses: no match is ErrEventGone, several possible matches
// ErrAmbiguous. Applying a correction to the wrong event would be worse
// than telling the user it no longer applies.
func Find(c timeline.Correction, a *timeline.Analysis) (*timeline.Event, error) {
	return newFinder(a).find(c)
}

// finder finds corrections' events in one analysis, quoting each sentence
// once however many corrections it checks.
type finder struct {
	a          *timeline.Analysis
	bySentence map[string][]*timeline.Event // in text order
}

func newFinder(a *timeline.Analysis) *finder { return &finder{a: a} }

func (f *finder) find(c timeline.Correction) (*timeline.Event, error) {
	if f.a == nil || f.a.Doc == nil {
		return nil, ErrEventGone
	}
	if c.Sentence == "" {
		if ev := f.a.EventByID(c.Event); ev != nil {
			return ev, nil
		}
		return nil, ErrEventGone
	}
	if f.bySentence == nil {
		f.bySentence = make(map[string][]*timeline.Event, len(f.a.Events))
		for i := range f.a.Events {
			ev := &f.a.Events[i]
			q := f.a.Doc.Quote(ev.Sentence)
			f.bySentence[q] = append(f.bySentence[q], ev)
		}
		for _, evs := range f.bySentence {
			slices.SortStableFunc(evs, func(x, y *timeline.Event) int { return x.Sentence.Start - y.Sentence.Start })
		}
	}
	same := f.bySentence[c.Sentence]
	if c.Times == nil { // written before expressions were recorded
		switch len(same) {
		case 0:
			return nil, ErrEventGone
		case 1:
			return same[0], nil
		}
		var byLabel *timeline.Event
		for _, ev := range same {
			if ev.Label == c.Was {
				if byLabel != nil {
					return nil, ErrAmbiguous
				}
				byLabel = ev
			}
		}
		if byLabel == nil {
			return nil, ErrAmbiguous
		}
		return byLabel, nil
	}
	var twins []*timeline.Event
	for _, ev := range same {
		if slices.Equal(f.a.MentionTexts(ev), c.Times) {
			twins = append(twins, ev)
		}
	}
	want := max(c.Occurrences, 1)
	switch {
	case len(twins) == 0:
		return nil, ErrEventGone
	case len(twins) != want:
		return nil, ErrAmbiguous
	}
	return twins[max(c.Occurrence, 1)-1], nil
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

// Resolve finds the events of the corrections among the analyses: for each
// correction, the event it aims at in every analysis of its document, in
// the corrections' order. Those that find none are left out; Reconcile is
// where the user hears of them.
func (cs Corrections) Resolve(analyses []*timeline.Analysis) []Target {
	finders := make([]*finder, len(analyses))
	var out []Target
	for ci, c := range cs {
		for ai, a := range analyses {
			if a == nil || a.Doc == nil || !SamePath(a.Doc.Path, c.Source) {
				continue
			}
			if finders[ai] == nil {
				finders[ai] = newFinder(a)
			}
			if ev, err := finders[ai].find(c); err == nil {
				out = append(out, Target{Correction: ci, Analysis: ai, Event: ev})
			}
		}
	}
	return out
}

// Target is a correction's event found in an analysis.
type Target struct {
	Correction int             // index into the Corrections
	Analysis   int             // index into the analyses
	Event      *timeline.Event // in that analysis
}
