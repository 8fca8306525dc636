package analyze

import (
	"retrace/timeline"
	"retrace/timeline/merge"
	"retrace/timeline/workspace"
)

// Timeline merges the analyses into one timeline with the user's
// corrections applied: each correction is applied to the event it is found
// to aim at (see workspace.Find) in every source of its document; one whose
// event is not found, or not found without ambiguity, is left out here, and
// Reconcile is where the user hears of it. Source i of the timeline is
// analyses[i].
func Timeline(analyses []*timeline.Analysis, cs workspace.Corrections) *timeline.Timeline {
	return merge.Build(analyses, fixes(analyses, cs))
}

// fixes finds the event each correction aims at among the analyses.
func fixes(analyses []*timeline.Analysis, cs workspace.Corrections) []merge.Fix {
	targets := cs.Resolve(analyses)
	out := make([]merge.Fix, len(targets))
	for i, t := range targets {
		out[i] = merge.Fix{Ref: timeline.Ref{Source: t.Analysis, Event: t.Event.ID}, Correction: cs[t.Correction]}
	}
	return out
}

// Corrected returns copies of the analyses with the corrections aimed at
// each event applied to it, as one document's reading shows them: the
// event's own correction first, then its item's (the label and dates the
// user gave), and the events the user hid left out. Mentions and documents
// are shared with the originals. With no corrections it returns analyses.
func Corrected(analyses []*timeline.Analysis, cs workspace.Corrections) []*timeline.Analysis {
	if len(cs) == 0 {
		return analyses
	}
	out := make([]*timeline.Analysis, len(analyses))
	byEvent := map[*timeline.Event][]timeline.Correction{}
	for _, t := range cs.Resolve(analyses) {
		byEvent[t.Event] = append(byEvent[t.Event], cs[t.Correction])
	}
	for i, a := range analyses {
		if a == nil {
			continue
		}
		cp := *a
		cp.Events = make([]timeline.Event, 0, len(a.Events))
		for j := range a.Events {
			ev, hidden := a.Events[j], false
			for _, scope := range []timeline.Scope{timeline.ScopeEvent, timeline.ScopeItem} {
				for _, c := range byEvent[&a.Events[j]] {
					if c.Scope != scope {
						continue
					}
					hidden = hidden || c.Hidden
					if c.Label != "" {
						ev.Label = c.Label
					}
					if c.HasDates() {
						ev.Interval, ev.How = c.Interval(), "dates set by the user"
					}
				}
			}
			if !hidden {
				cp.Events = append(cp.Events, ev)
			}
		}
		cp.Index()
		out[i] = &cp
	}
	return out
}
