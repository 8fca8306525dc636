package timeline

import (
	"slices"
	"strconv"
)

// Source is one document on a timeline, with what the tagger found in it.
type Source struct {
	Analysis *Analysis
	Hidden   bool // filtered out by the user
}

// Title returns the document's title, or its path when it has none.
func (s Source) Title() string {
	if s.Analysis == nil || s.Analysis.Doc == nil {
		return ""
	}
	if s.Analysis.Doc.Title != "" {
		return s.Analysis.Doc.Title
	}
	return s.Analysis.Doc.Path
}

// Ref points at one event of one source.
type Ref struct {
	Source int    `json:"source"` // index into Timeline.Sources
	Event  string `json:"event"`  // Event.ID within that source's analysis
}

// Item is one entry drawn on the chart: an event of one source, or a group
// of events from several sources that look like the same happening.
type Item struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Interval Interval `json:"interval"`
	Kind     Kind     `json:"kind"`
	Refs     []Ref    `json:"refs"` // at least one; the first is the primary source
	// Conflict is set when the grouped sources place the event at incompatible dates.
	Conflict bool `json:"conflict,omitempty"`
	// State is set when the item tells how things stand at its time, not a
	// happening (Event.State); a state is never grouped with a happening.
	State bool `json:"state,omitempty"`
}

// Timeline is what the chart draws: items from one or more sources.
type Timeline struct {
	Sources []Source
	Items   []Item
}

// New builds a timeline with one item per placed event of each analysis, in
// source order. Grouping across sources is done by the merge package.
func New(analyses ...*Analysis) *Timeline {
	tl := &Timeline{}
	for si, a := range analyses {
		tl.Sources = append(tl.Sources, Source{Analysis: a})
		for _, ev := range a.Events {
			if ev.Interval.IsZero() {
				continue
			}
			tl.Items = append(tl.Items, Item{
				ID:       ItemID(si, ev.ID),
				Label:    ev.Label,
				Interval: ev.Interval,
				Kind:     ev.Kind,
				Refs:     []Ref{{Source: si, Event: ev.ID}},
				State:    ev.State,
			})
		}
	}
	return tl
}

// WithoutStates returns the timeline without its state items (Item.State),
// as the window shows it until the reader asks for states and as exports
// write it unless asked: the sources are shared, the items copied. A
// timeline with no states is returned as it is.
func (tl *Timeline) WithoutStates() *Timeline {
	if tl == nil || !slices.ContainsFunc(tl.Items, func(it Item) bool { return it.State }) {
		return tl
	}
	out := &Timeline{Sources: tl.Sources, Items: make([]Item, 0, len(tl.Items))}
	for _, it := range tl.Items {
		if !it.State {
			out.Items = append(out.Items, it)
		}
	}
	return out
}

// ItemID is the id of the item whose primary reference is that event of
// that source: "s0/e3". It is stable for as long as the sources and their
// events are, whether or not other sources' events join the item.
func ItemID(source int, event string) string {
	return "s" + strconv.Itoa(source) + "/" + event
}

// Event returns the event a reference points at, or nil.
func (tl *Timeline) Event(r Ref) *Event {
	if r.Source < 0 || r.Source >= len(tl.Sources) || tl.Sources[r.Source].Analysis == nil {
		return nil
	}
	return tl.Sources[r.Source].Analysis.EventByID(r.Event)
}
