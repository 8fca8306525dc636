package analyze

import (
	"retrace/timeline"
	"retrace/timeline/merge"
	"retrace/timeline/workspace"
)

// Timeline merges the analyses into one timeline with the user's
// corrections applied: each correction is applied to the event it is found
// to aim at in every source of its document (see workspace.Resolve); one
// whose event is not found is left out here, and Reconcile is where the
// user hears of it. Source i of the timeline is analyses[i].
func Timeline(analyses []*timeline.Analysis, cs workspace.Corrections) *timeline.Timeline {
	return merge.Build(analyses, fixes(analyses, cs))
}

// fixes finds the event each correction aims at among the analyses.
func fixes(analyses []*timeline.Analysis, cs workspace.Corrections) []merge.Fix {
	var out []merge.Fix
	for _, c := range cs {
		for si, a := range analyses {
			if a == nil || a.Doc == nil || !workspace.SamePath(a.Doc.Path, c.Source) {
				continue
			}
			if ev := workspace.Resolve(c, a); ev != nil {
				out = append(out, merge.Fix{Ref: timeline.Ref{Source: si, Event: ev.ID}, Correction: c})
			}
		}
	}
	return out
}
