package extract

import (
	"retrace/timeline"
	"retrace/timeline/events"
)

// Analyze tags doc and builds its events: the whole pipeline from text to
// what the chart draws for one document. When opts.DCT is zero the
// document's own date (doc.Date) anchors deictic references; when both are
// zero they stay unresolved and the events say so.
func Analyze(doc *timeline.Document, opts Options) *timeline.Analysis {
	if opts.DCT.IsZero() {
		opts.DCT = doc.Date
	}
	mentions, narrative := Tag(doc, opts)
	evs, mentions := events.Build(doc, mentions, opts.DCT)
	return &timeline.Analysis{Doc: doc, Narrative: narrative, Mentions: mentions, Events: evs}
}
