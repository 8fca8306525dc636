// Package analyze is Retrace's pipeline, written once for the window and
// the commands alike: it reads articles, tags their time references, builds
// their events, opens workspaces with the user's dates and corrections, and
// merges everything into one timeline. It shows nothing and asks nothing:
// where the user must decide, it says what there is to decide, and the
// caller (the window or a command line flag) answers.
package analyze

import (
	"runtime"
	"runtime/metrics"

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
	collectBeforeEvents(len(doc.Text))
	evs, mentions := events.BuildInPlace(doc, toks, mentions, opts.DCT) // the tagger's mentions are ours to rewrite
	a := &timeline.Analysis{Doc: doc, Narrative: narrative, Mentions: mentions, Events: evs}
	a.Index()
	return a
}

// eventsAllocPerByte is about how many bytes the events stage allocates
// for each byte of text (2.2 on news).
const eventsAllocPerByte = 2

// collectBeforeEvents runs the collector now, between the tagger and the
// events stage, when the events of a text of n bytes would bring the heap
// to the collector's goal: the collection the events stage would start is
// then made here instead, where the tagger's candidates are garbage and
// nothing else runs, rather than while the events stage writes the
// pointers of millions of tokens, each through the collector's write
// barrier while it marks. On 16 MB of news under the extract command's
// memory limit, the whole process takes 2,527 M instructions with the
// collection left to the events stage and 2,462 M with it made here. A
// text whose events fit under the goal (all but long ones, under the
// extract command's limit) is not collected.
func collectBeforeEvents(n int) {
	s := [...]metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s[:])
	if needsCollection(s[0].Value.Uint64(), s[1].Value.Uint64(), n) {
		runtime.GC()
	}
}

// needsCollection reports whether a heap of heap bytes, whose collector
// aims to keep it under goal, reaches the goal as the events stage reads a
// text of n bytes.
func needsCollection(heap, goal uint64, n int) bool {
	return heap+eventsAllocPerByte*uint64(n) >= goal
}
