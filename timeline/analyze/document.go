// Package analyze is Retrace's pipeline, written once for the window and
// the commands alike: it reads articles, tags their time references, builds
// their events, opens workspaces with the user's dates and corrections, and
// merges everything into one timeline. It shows nothing and asks nothing:
// where the user must decide, it says what there is to decide, and the
// caller (the window or a command line flag) answers.
package analyze

import (
	"retrace/timeline"
	"retrace/timeline/events"
	"retrace/timeline/extract"
)

// Document tags doc and builds its events: the whole pipeline from text to
// what the chart draws for one document. When opts.DCT is zero the
// document's own date (doc.Date) anchors deictic references; when both are
// zero they stay unresolved and the events say so.
func Document(doc *timeline.Document, opts extract.Options) *timeline.Analysis {
	if opts.DCT.IsZero() {
		opts.DCT = doc.Date
	}
	toks := extract.Tokenize(doc.Text, opts) // one tokenization for the tagger and the events
	mentions, narrative := extract.TagTokens(toks, opts)
	evs, mentions := events.BuildInPlace(doc, toks, mentions, opts.DCT) // the tagger's mentions are ours to rewrite
	a := &timeline.Analysis{Doc: doc, Narrative: narrative, Mentions: mentions, Events: evs}
	a.Index()
	return a
}
