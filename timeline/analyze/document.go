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
	collectBefore(tagAllocPerByte+eventsAllocPerByte, len(doc.Text))
	mentions, narrative := extract.TagTokens(toks, opts)
	collectBefore(eventsAllocPerByte, len(doc.Text))
	collectAfterSentences := func() { collectBefore(finishAllocPerByte, len(doc.Text)) }
	evs, mentions := events.BuildInPlace(doc, toks, mentions, opts.DCT, collectAfterSentences) // the tagger's mentions are ours to rewrite
	a := &timeline.Analysis{Doc: doc, Narrative: narrative, Mentions: mentions, Events: evs}
	a.Index()
	return a
}

// About how many bytes the tagger and the events stage allocate for each
// byte of the text (2.0 and 2.2 on news), and what is allocated after the
// events stage has read the sentences and let the tokens go, to finish the
// events, index them and write them out (at least 0.9 on 16 MB of news:
// the collection it started began at 82 MB and ended at 97); and before
// them, what reading the text (the text itself, its lines, paragraphs and
// sentences) and cutting it into tokens allocate (1, 0.3 and 1.5 on news).
const (
	readAllocPerByte   = 3
	tagAllocPerByte    = 2
	eventsAllocPerByte = 2
	finishAllocPerByte = 1
)

// collectBefore runs the collector now, between two stages, when what the
// stages to come allocate for a text of n bytes, perByte for each, would
// bring the heap to the collector's goal: a collection they would start
// is then made here instead, where nothing else runs and little that holds
// pointers is live, rather than while the tagger or the events stage runs,
// each pointer they write going through the collector's write barrier
// while it marks. Before the tagger, what is live is the text and its
// tokens, which hold no pointers: that collection takes a millisecond on
// 16 MB of news, where one started in the tagger took some 40 (one core).
// Under the extract command's memory limit, 16 MB of news took 2,527 M
// instructions with its collections left to the stages, 2,456 M with one
// made before the events stage and 2,273 M with one before the tagger too.
// A text whose stages fit under the goal (all but long ones, under the
// extract command's limit) is not collected, nor one whose stages allocate
// too little next to the goal for a look at the heap to tell (see
// needsCollection).
//
// A text shorter than minCollectedText is not even looked at: the heap's
// figures (runtime/metrics.Read, which adds up the statistics of every
// size class) cost some 4,000 instructions a look, three looks a document,
// which on a folder of articles a few kilobytes long was some 3 % of the
// analysis; and a stage of so short a text is over too soon for a
// collection it starts to cost it much.
func collectBefore(perByte, n int) {
	if n < minCollectedText {
		return
	}
	s := [...]metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s[:])
	if needsCollection(s[0].Value.Uint64(), s[1].Value.Uint64(), perByte, n) {
		runtime.GC()
	}
}

// minCollectedText is the shortest text, in bytes, that collectBefore
// collects for.
const minCollectedText = 256 << 10

// needsCollection reports whether a heap of heap bytes, whose collector
// aims to keep it under goal, reaches the goal as perByte bytes are
// allocated for each of n, and those bytes are at least an eighth of the
// goal.
//
// The runtime begins a collection of its own before the goal (at most 61/64
// of the way from the live heap to it, less what it expects to allocate
// while it marks), and a heap read here cannot tell whether it has: so when
// a stage allocates little next to the goal, the heap that reaches it is
// mostly the garbage of texts analysed before (a folder, the window, a
// benchmark's loop), the runtime's collection begins as the next text is
// read and tokenized, and one forced here is a second cycle on top of it.
// That second cycle finds the heap at its live few megabytes, and the
// runtime's scavenger, which keeps the memory held near the heap the last
// cycle found, then gives back to the system tens of megabytes that the
// texts to come fault in again. A 1 MB text, 4 MB for the tagger and the
// events stage against a goal of 53 MB under the extract command's floor,
// is thus left to the runtime; 16 MB of news is collected as before.
func needsCollection(heap, goal uint64, perByte, n int) bool {
	need := uint64(perByte) * uint64(n)
	return need >= goal/8 && heap+need >= goal
}
