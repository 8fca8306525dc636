package eval

import (
	"fmt"
	"io"
	"strings"

	"retrace/timeline"
	"retrace/timeline/timeml"
)

// System is what a tagger says about one document, reduced to what event
// attachment is scored on: its time expressions, and its events with their
// triggers and the times that date them. It comes from a live analysis
// (FromAnalysis), from the extract command's JSON (ReadSystemJSON) or from
// TimeML (FromTimeML), so that all three score alike.
type System struct {
	Times  []SysTime
	Events []SysEvent
}

// SysTime is one time expression a system found.
type SysTime struct {
	ID string
	timeline.Span
}

// SysEvent is one event a system dated: the words that name it (its
// triggers: one, with the words naming the happenings of its predicate that
// the same times date, and one in each further sentence that tells it;
// none when it has no trigger) and the ids of the times that date it by
// inclusion. A time that places an event from another ("weeks" in "spotted
// in the weeks before the shooting") dates the event it places, as the
// issue defines attachment (the events whose mentions hold the time), and
// not the one it counts from. A state (how things stand at the time:
// "Montedison currently owns 72 %") is scored like any event; State marks
// it so the report can say how many times only a state dates.
type SysEvent struct {
	Label    string
	Triggers []timeline.Span
	Times    []string
	State    bool
}

// inclusionRelations are the TLINK relation types that say a time dates an
// event: the event happens within, around, at the bounds of or right next
// to the time. BEFORE and AFTER only order the two.
var inclusionRelations = map[string]bool{
	"IS_INCLUDED": true, "INCLUDES": true, "SIMULTANEOUS": true, "DURING": true, "DURING_INV": true,
	"BEGINS": true, "ENDS": true, "BEGUN_BY": true, "ENDED_BY": true, "IDENTITY": true,
	"IBEFORE": true, "IAFTER": true,
}

// EventCounts are the attachment tallies over a set of documents.
type EventCounts struct {
	Times    int // gold times tied to events by an inclusion TLINK (the DCT excluded)
	Covered  int // of those, times that date some system event
	Attached int // of those, times dating a system event whose trigger overlaps a linked gold event
	States   int // of the attached, times whose only such events are states
}

// Coverage is the share of linked gold times that date some event, in percent.
func (c EventCounts) Coverage() float64 { return pct(c.Covered, c.Times) }

// Attachment is the share of linked gold times that date an event whose
// trigger is one of the gold events linked to the time, in percent. Its
// denominator is every linked time, covered or not.
func (c EventCounts) Attachment() float64 { return pct(c.Attached, c.Times) }

// EventMiss is a linked gold time that dates no system event ("uncovered")
// or only events whose triggers are none of the linked ones ("detached").
type EventMiss struct {
	Path   string
	Kind   string
	Time   Timex
	Linked []string // the texts of the gold events linked to the time
	Sys    []string // the system events it dates: trigger text and label
}

// EventReport is the outcome of scoring event attachment.
type EventReport struct {
	Docs   int
	Counts EventCounts
	Misses []EventMiss
}

// ScoreEvents scores the events a system builds for each document against
// the document's gold TLINKs. sys gives the system's view of a document; an
// error from it stops the scoring. Documents without gold links count in
// Docs and nothing else.
func ScoreEvents(docs []*Doc, sys func(*Doc) (System, error)) (EventReport, error) {
	var rep EventReport
	for _, d := range docs {
		s, err := sys(d)
		if err != nil {
			return rep, err
		}
		rep.Docs++
		rep.scoreDoc(d, s)
	}
	return rep, nil
}

// linkedTimes returns the gold times of d that an inclusion TLINK ties to
// events, in text order, each with the spans of those events.
func linkedTimes(d *Doc) ([]Timex, [][]timeml.Event) {
	events := make(map[string]timeml.Event, len(d.Events))
	for _, e := range d.Events {
		events[e.ID] = e
	}
	instances := make(map[string]timeml.Event, len(d.Instances))
	for _, in := range d.Instances {
		if e, ok := events[in.Event]; ok {
			instances[in.ID] = e
		}
	}
	byTime := map[string][]timeml.Event{}
	for _, l := range d.Links {
		t, ei, ok := dating(l, d.DCTID)
		if !ok {
			continue
		}
		e, ok := instances[ei]
		if !ok {
			continue
		}
		if !containsEvent(byTime[t], e) {
			byTime[t] = append(byTime[t], e)
		}
	}
	var times []Timex
	var linked [][]timeml.Event
	for _, g := range d.Gold {
		if es := byTime[g.ID]; len(es) > 0 {
			times = append(times, g)
			linked = append(linked, es)
		}
	}
	return times, linked
}

func containsEvent(es []timeml.Event, e timeml.Event) bool {
	for _, x := range es {
		if x.ID == e.ID {
			return true
		}
	}
	return false
}

func (rep *EventReport) scoreDoc(d *Doc, s System) {
	times, linked := linkedTimes(d)
	dating := make(map[string][]int, len(s.Times)) // time id -> system events it dates
	for ei, e := range s.Events {
		for _, id := range e.Times {
			dating[id] = append(dating[id], ei)
		}
	}
	for gi, g := range times {
		rep.Counts.Times++
		var evs []int
		for _, st := range s.Times {
			if st.Overlaps(g.Span) {
				evs = append(evs, dating[st.ID]...)
			}
		}
		if len(evs) == 0 {
			rep.Misses = append(rep.Misses, EventMiss{Path: d.Path, Kind: "uncovered", Time: g, Linked: eventTexts(linked[gi])})
			continue
		}
		rep.Counts.Covered++
		hit, byHappening := false, false
		for _, ei := range evs {
			for _, ge := range linked[gi] {
				for _, tr := range s.Events[ei].Triggers {
					if tr.Overlaps(ge.Span) {
						hit = true
						byHappening = byHappening || !s.Events[ei].State
					}
				}
			}
		}
		if hit {
			rep.Counts.Attached++
			if !byHappening {
				rep.Counts.States++
			}
			continue
		}
		miss := EventMiss{Path: d.Path, Kind: "detached", Time: g, Linked: eventTexts(linked[gi])}
		for _, ei := range evs {
			e := s.Events[ei]
			var triggers []string
			for _, tr := range e.Triggers {
				if tr.Start >= 0 && tr.Start < tr.End && tr.End <= len(d.Text) {
					triggers = append(triggers, fmt.Sprintf("%q", d.Text[tr.Start:tr.End]))
				}
			}
			label := e.Label
			if e.State {
				label = "state: " + label
			}
			miss.Sys = append(miss.Sys, fmt.Sprintf("%s (%s)", strings.Join(triggers, "/"), label))
		}
		rep.Misses = append(rep.Misses, miss)
	}
}

func eventTexts(es []timeml.Event) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = fmt.Sprintf("%q", e.Text)
	}
	return out
}

// Write prints coverage and attachment, and with verbose every miss, one
// per line.
func (rep EventReport) Write(w io.Writer, verbose bool) error {
	if verbose {
		for _, m := range rep.Misses {
			line := fmt.Sprintf("%s\t%s\t%q\tlinked %s", m.Kind, m.Path, m.Time.Text, strings.Join(m.Linked, ", "))
			if len(m.Sys) > 0 {
				line += "\tdates " + strings.Join(m.Sys, ", ")
			}
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
		}
	}
	c := rep.Counts
	_, err := fmt.Fprintf(w, "events: documents %d, times linked to events %d\n"+
		"coverage   %5.1f (%d times date an event)\n"+
		"attachment %5.1f (%d times date an event whose trigger is a linked one)\n",
		rep.Docs, c.Times, c.Coverage(), c.Covered, c.Attachment(), c.Attached)
	if err == nil && c.States > 0 {
		_, err = fmt.Fprintf(w, "           (%d of them through a present state only)\n", c.States)
	}
	return err
}

// FromAnalysis is the system view of one of Retrace's own analyses.
func FromAnalysis(a *timeline.Analysis) System {
	var s System
	for _, m := range a.Mentions {
		s.Times = append(s.Times, SysTime{ID: m.ID, Span: m.Span})
	}
	for _, e := range a.Events {
		se := SysEvent{Label: e.Label, State: e.State}
		for _, tr := range append(append([]timeline.Span{e.Trigger}, e.With...), retold(e.Also)...) {
			if tr.Start < tr.End {
				se.Triggers = append(se.Triggers, tr)
			}
		}
		se.Times = append(se.Times, e.Mentions...)
		s.Events = append(s.Events, se)
	}
	return s
}

// FromTimeML is the system view of a TimeML document a system wrote: its
// TIMEX3s, and its EVENTs with the times that inclusion TLINKs tie to
// their instances.
func FromTimeML(d *timeml.Doc) System {
	var s System
	for _, t := range d.Timexes {
		s.Times = append(s.Times, SysTime{ID: t.ID, Span: t.Span})
	}
	eventOf := make(map[string]string, len(d.Instances))
	for _, in := range d.Instances {
		eventOf[in.ID] = in.Event
	}
	index := make(map[string]int, len(d.Events))
	for _, e := range d.Events {
		index[e.ID] = len(s.Events)
		s.Events = append(s.Events, SysEvent{Label: e.Text, Triggers: []timeline.Span{e.Span}, State: e.Class == "STATE"})
	}
	for _, l := range d.Links {
		t, ei, ok := dating(l, d.DCTID)
		if !ok {
			continue
		}
		k, ok := index[eventOf[ei]]
		if !ok {
			continue
		}
		s.Events[k].Times = append(s.Events[k].Times, t)
	}
	return s
}

// retold returns the triggers of an event's retellings.
func retold(rs []timeline.Retelling) []timeline.Span {
	out := make([]timeline.Span, len(rs))
	for i, r := range rs {
		out[i] = r.Trigger
	}
	return out
}

// dating reads a TLINK as a time dating an event instance: the time's and
// the instance's ids, whichever way the link runs. ok is false for a link
// of another kind, between two times or two events, or to the document's
// creation time.
func dating(l timeml.Link, dctID string) (timeID, instance string, ok bool) {
	if !inclusionRelations[l.RelType] {
		return "", "", false
	}
	timeID, instance = l.Time, l.RelatedInstance
	if timeID == "" {
		timeID, instance = l.RelatedTime, l.EventInstance
	}
	return timeID, instance, timeID != "" && instance != "" && timeID != dctID
}
