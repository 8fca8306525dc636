package export

import (
	"encoding/json"
	"io"

	"retrace/timeline"
)

// DocJSON is one document as the extract command prints it: where its date
// came from, every time reference found, and every event dated.
type DocJSON struct {
	Path     string        `json:"path"`
	Title    string        `json:"title,omitempty"`
	DCT      DCTJSON       `json:"dct"`
	Mode     string        `json:"mode"` // "news" (relative to the document date) or "narrative"
	Mentions []MentionJSON `json:"mentions"`
	Events   []EventJSON   `json:"events"`
}

// DCTJSON is the document creation time and where it came from ("flag",
// "metadata", "byline", "dateline", "filename", "url", "caption", or
// "none" with an empty value), how sure the reader is of it, the words it
// was read from, and every date the reader saw evidence for, most likely
// first: what to choose from when there is none.
type DCTJSON struct {
	Value      string          `json:"value"`
	Source     string          `json:"source"`
	Confidence float64         `json:"confidence,omitempty"`
	Evidence   string          `json:"evidence,omitempty"`
	Note       string          `json:"note,omitempty"`
	Candidates []CandidateJSON `json:"candidates,omitempty"`
}

// CandidateJSON is one date the reader saw evidence for.
type CandidateJSON struct {
	Value      string  `json:"value"`
	Source     string  `json:"source"`
	Confidence float64 `json:"confidence"`
	Evidence   string  `json:"evidence,omitempty"`
	Note       string  `json:"note,omitempty"`
}

// MentionJSON is one time reference. Start and End are byte offsets into the
// document's text; Earliest and Latest (YYYY-MM-DD) are absent when the
// reference cannot be placed, as for a duration.
type MentionJSON struct {
	ID       string `json:"id"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	Kind     string `json:"kind,omitempty"`
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
	// Granularity is the precision of the interval ("day", "month",
	// "year", ...), absent with the interval.
	Granularity string `json:"granularity,omitempty"`
	Anchor      string `json:"anchor"`
	// AnchorWhy says in words why the anchor governs the reference.
	AnchorWhy string `json:"anchorWhy,omitempty"`
}

// EventJSON is one dated event; Start and End are its sentence's byte offsets.
type EventJSON struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Earliest    string `json:"earliest,omitempty"`
	Latest      string `json:"latest,omitempty"`
	Granularity string `json:"granularity,omitempty"`
	Kind        string `json:"kind,omitempty"`
	// State is true for how things stand at the event's time ("Kuwait
	// now controls the border"), not a happening (timeline.Event.State).
	State    bool     `json:"state,omitempty"`
	Mentions []string `json:"mentions"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	How      string   `json:"how,omitempty"`
	// Trigger is the word or words naming the happening, absent when the
	// event has none.
	Trigger *SpanJSON `json:"trigger,omitempty"`
	// With are the other words naming a happening that the same times date
	// with the trigger in one predicate ("talks" in "held talks").
	With []SpanJSON `json:"with,omitempty"`
	// Reporter is who reported the event when the label is what they said.
	Reporter string `json:"reporter,omitempty"`
	// Also are the other sentences that report the same event, each with
	// its trigger.
	Also []RetellingJSON `json:"also,omitempty"`
}

// RetellingJSON is a further sentence reporting an event: its byte offsets
// and the trigger there.
type RetellingJSON struct {
	Start   int       `json:"start"`
	End     int       `json:"end"`
	Trigger *SpanJSON `json:"trigger,omitempty"`
}

// SpanJSON is a stretch of the document's text: byte offsets and the text.
type SpanJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// DocumentJSON converts an analysis to the extract command's JSON shape. The
// extract command and the JSON export both use it, so the two never drift
// apart.
func DocumentJSON(a *timeline.Analysis) DocJSON {
	out := DocJSON{
		DCT:      DocumentDCT(nil),
		Mode:     "news",
		Mentions: []MentionJSON{},
		Events:   []EventJSON{},
	}
	if a == nil {
		return out
	}
	if a.Narrative {
		out.Mode = "narrative"
	}
	if d := a.Doc; d != nil {
		out.Path, out.Title = d.Path, d.Title
		out.DCT = DocumentDCT(d)
	}
	for _, m := range a.Mentions {
		out.Mentions = append(out.Mentions, MentionOf(m))
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, EventOf(a.Doc, e))
	}
	return out
}

// DocumentDCT is a document's date, where it came from and the evidence, in
// DocJSON's shape; a nil document's is unknown.
func DocumentDCT(d *timeline.Document) DCTJSON {
	out := DCTJSON{Source: string(timeline.DateUnknown)}
	if d == nil {
		return out
	}
	if d.HasDate() {
		out.Value = timeline.FormatDate(d.Date)
	}
	if d.DateSource != "" {
		out.Source = string(d.DateSource)
	}
	if ev, ok := d.DateEvidence(); ok {
		out.Confidence, out.Evidence, out.Note = ev.Confidence, ev.Evidence, ev.Note
	}
	for _, c := range d.DateCandidates {
		out.Candidates = append(out.Candidates, CandidateJSON{Value: timeline.FormatDate(c.Date),
			Source: string(c.Source), Confidence: c.Confidence, Evidence: c.Evidence, Note: c.Note})
	}
	return out
}

// MentionOf is one mention in DocJSON's shape.
func MentionOf(m timeline.Mention) MentionJSON {
	earliest, latest := dates(m.Interval)
	return MentionJSON{
		ID: m.ID, Start: m.Start, End: m.End, Text: m.Text,
		Type: string(m.Type), Value: m.Value, Mod: m.Mod, Kind: string(m.Kind),
		Earliest: earliest, Latest: latest, Granularity: granularity(m.Interval), Anchor: m.Anchor,
		AnchorWhy: anchorWhy(m),
	}
}

// EventOf is one event of document d in DocJSON's shape.
func EventOf(d *timeline.Document, e timeline.Event) EventJSON {
	earliest, latest := dates(e.Interval)
	mentions := e.Mentions
	if mentions == nil {
		mentions = []string{}
	}
	return EventJSON{
		ID: e.ID, Label: e.Label, Earliest: earliest, Latest: latest, Granularity: granularity(e.Interval), Kind: string(e.Kind),
		State: e.State, Mentions: mentions, Start: e.Sentence.Start, End: e.Sentence.End, How: e.How,
		Trigger: spanJSON(d, e.Trigger), With: spansJSON(d, e.With), Reporter: e.Reporter, Also: retellingsJSON(d, e.Also),
	}
}

// spansJSON gives the spans of the document that it holds, with their text.
func spansJSON(d *timeline.Document, ss []timeline.Span) []SpanJSON {
	var out []SpanJSON
	for _, s := range ss {
		if j := spanJSON(d, s); j != nil {
			out = append(out, *j)
		}
	}
	return out
}

func retellingsJSON(d *timeline.Document, rs []timeline.Retelling) []RetellingJSON {
	var out []RetellingJSON
	for _, r := range rs {
		out = append(out, RetellingJSON{Start: r.Sentence.Start, End: r.Sentence.End, Trigger: spanJSON(d, r.Trigger)})
	}
	return out
}

// spanJSON gives a span of the document with its text, or nil for an empty
// span or one the text does not hold.
func spanJSON(d *timeline.Document, s timeline.Span) *SpanJSON {
	if d == nil || s.Start < 0 || s.End <= s.Start || s.End > len(d.Text) {
		return nil
	}
	return &SpanJSON{Start: s.Start, End: s.End, Text: d.Text[s.Start:s.End]}
}

func granularity(iv timeline.Interval) string {
	if iv.IsZero() || iv.Granularity == timeline.GranUnknown {
		return ""
	}
	return iv.Granularity.String()
}

func dates(iv timeline.Interval) (earliest, latest string) {
	if iv.IsZero() {
		return "", ""
	}
	return timeline.FormatDate(iv.Earliest), timeline.FormatDate(iv.Latest)
}

// TimelineJSON is the JSON export: every document as extract prints it
// (events with the user's event corrections applied, as on the timeline),
// the items of the merged timeline, and the corrections themselves so the
// export says what the user changed.
type TimelineJSON struct {
	Version     int                   `json:"version"`
	Documents   []DocJSON             `json:"documents"`
	Items       []ItemJSON            `json:"items"`
	Corrections []timeline.Correction `json:"corrections"`
}

// ItemJSON is one item of the timeline; its refs index Documents.
type ItemJSON struct {
	ID       string         `json:"id"`
	Label    string         `json:"label"`
	Earliest string         `json:"earliest"`
	Latest   string         `json:"latest"`
	Kind     string         `json:"kind,omitempty"`
	Conflict bool           `json:"conflict,omitempty"`
	State    bool           `json:"state,omitempty"` // how things stand then, not a happening
	Refs     []timeline.Ref `json:"refs"`
}

// JSONVersion is the version of the TimelineJSON layout.
const JSONVersion = 1

// JSON writes the timeline's documents, items and the given corrections as
// indented JSON.
func JSON(w io.Writer, tl *timeline.Timeline, corrections ...timeline.Correction) error {
	out := TimelineJSON{
		Version:     JSONVersion,
		Documents:   []DocJSON{},
		Items:       []ItemJSON{},
		Corrections: corrections,
	}
	if out.Corrections == nil {
		out.Corrections = []timeline.Correction{}
	}
	if tl != nil {
		for _, s := range tl.Sources {
			out.Documents = append(out.Documents, DocumentJSON(s.Analysis))
		}
		for _, it := range tl.Items {
			earliest, latest := dates(it.Interval)
			refs := it.Refs
			if refs == nil {
				refs = []timeline.Ref{}
			}
			out.Items = append(out.Items, ItemJSON{
				ID: it.ID, Label: it.Label, Earliest: earliest, Latest: latest,
				Kind: string(it.Kind), Conflict: it.Conflict, State: it.State, Refs: refs,
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // quoted text keeps its "<", ">" and "&"
	return enc.Encode(out)
}

// anchorWhy is a mention's anchor reason in words, "" when it has none.
func anchorWhy(m timeline.Mention) string {
	if m.AnchorWhy == "" {
		return ""
	}
	return m.AnchorWhy.Describe()
}
