package analyze

import (
	"testing"

	"retrace/timeline"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
)

// A workspace's corrections find a present state as they find any event,
// by its sentence and time expression, and the corrected timeline keeps
// the flag: a relabelled state is still a state, and hiding the state
// leaves the happening of the sentence before it alone.
func TestCorrectionsFindStates(t *testing.T) {
	doc := ingest.FromText("erbamont.txt", "Montedison said on Monday it would buy the rest of Erbamont. "+
		"Montedison currently owns 72 % of Erbamont.")
	doc.Date = timeline.Day(2025, 3, 5)
	a := Document(doc, extract.Options{})
	var state, happening *timeline.Event
	for i := range a.Events {
		if a.Events[i].State {
			state = &a.Events[i]
		} else if !a.Events[i].Interval.IsZero() {
			happening = &a.Events[i]
		}
	}
	if state == nil || happening == nil {
		t.Fatalf("want a state and a happening: %+v", a.Events)
	}
	relabel := timeline.NewCorrection(timeline.ScopeItem, a, state)
	relabel.Label = "Montedison holds 72 % of Erbamont"
	var cs workspace.Corrections
	if err := cs.Set(relabel); err != nil {
		t.Fatal(err)
	}
	fresh := Document(doc, extract.Options{}) // the document read again
	if ev, err := workspace.Find(relabel, fresh); err != nil || !ev.State {
		t.Fatalf("Find: %+v, %v", ev, err)
	}
	tl := Timeline([]*timeline.Analysis{fresh}, cs)
	got := map[string]bool{}
	for _, it := range tl.Items {
		got[it.Label] = it.State
	}
	if st, ok := got[relabel.Label]; !ok || !st || len(tl.Items) != 2 {
		t.Errorf("relabelled state: items %v", got)
	}
	if len(tl.WithoutStates().Items) != 1 {
		t.Errorf("the relabelled state is not hidden with the states: %v", got)
	}

	hide := timeline.NewCorrection(timeline.ScopeEvent, a, state)
	hide.Hidden = true
	cs = nil
	cs.Set(hide)
	tl = Timeline([]*timeline.Analysis{fresh}, cs)
	if len(tl.Items) != 1 || tl.Items[0].State || tl.Items[0].Label != happening.Label {
		t.Errorf("hiding the state: %+v", tl.Items)
	}
}
