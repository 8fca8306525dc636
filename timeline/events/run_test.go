package events

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/ingest"
)

// runAsWritten is builder.run as first written: each sentence's mentions
// found by reading the next mention's start through order at each
// sentence, and the sentences read in one loop that notes whether one was
// found.
func (b *builder) runAsWritten(doc *timeline.Document) {
	order := b.inText()
	p := 0
	var ms []int
	take := func(span timeline.Span, next int, last bool) {
		u := unit{span: span, mentions: ms[:0]}
		for ; p < len(order) && (last || b.ms[order[p]].Start < next); p++ {
			m := &b.ms[order[p]]
			u.span.Start = min(u.span.Start, m.Start)
			u.span.End = max(u.span.End, m.End)
			u.mentions = append(u.mentions, order[p])
		}
		ms = u.mentions
		b.sentence(u)
	}
	var prev timeline.Span
	seen, end := false, 0
	for _, s := range doc.Sentences {
		if s.Start < end || s.End <= s.Start || s.End > len(b.text) {
			continue
		}
		if seen {
			take(prev, s.Start, false)
		}
		prev, seen, end = s, true, s.End
	}
	if !seen {
		prev = timeline.Span{Start: 0, End: len(b.text)}
	}
	take(prev, 0, true)
}

// TestRunAsWritten holds builder.run to runAsWritten on random documents:
// the same sentences read (counted), the same drafts with the same
// sentences, mentions, labels and dates, and the same last dated event.
// The sentences are the segmenter's, then some moved, dropped, emptied,
// put out of order or past the text's end, or none at all; the mentions are
// dates on random words, some out of text order, past the text or ending
// before they start, some in no sentence, and none at all.
func TestRunAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 14))
	pieces := []string{"The", "talks", "resumed", "on", "Monday", ".", "Officials", "said", "prices", "rose", "in", "March",
		"shortly", "after", "the", "vote", ",", "and", "a", "year", "later", "he", "left", "\n\n", "It", "was", "1998", "!"}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	read, drafts := 0, 0
	for n := range 6000 {
		var sb strings.Builder
		for range 1 + rng.IntN(60) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString(" ")
		}
		text := sb.String()
		doc := ingest.FromText("x.txt", text)
		ss := doc.Sentences
		switch n % 5 {
		case 1: // some moved, emptied or out of the text
			for i := range ss {
				switch rng.IntN(6) {
				case 0:
					ss[i].Start -= rng.IntN(20)
				case 1:
					ss[i].End = ss[i].Start - rng.IntN(2)
				case 2:
					ss[i].End += rng.IntN(40)
				}
			}
		case 2: // out of order
			rng.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
		case 3: // none
			doc.Sentences = nil
		}
		var ms []timeline.Mention
		if words := strings.Fields(text); n%7 != 0 && len(words) > 0 {
			at := 0
			for range rng.IntN(8) {
				w := words[rng.IntN(len(words))]
				k := strings.Index(text[at:], w)
				if k < 0 {
					break
				}
				m := timeline.Mention{Span: timeline.Span{Start: at + k, End: at + k + len(w)}, Text: w, Type: timeline.TypeDate,
					Value: "1998-01-08", Interval: timeline.Interval{Earliest: day, Latest: day}}
				switch rng.IntN(10) {
				case 0:
					m.End = m.Start - 1 // ends before it starts
				case 1:
					m.End = len(text) + 3 // past the text
				}
				ms = append(ms, m)
				at += k + rng.IntN(len(w)+1)
			}
			if n%3 == 0 && len(ms) > 1 { // two out of order
				i, j := rng.IntN(len(ms)), rng.IntN(len(ms))
				ms[i], ms[j] = ms[j], ms[i]
			}
		}
		tt := tokens(doc)
		got := &builder{text: text, tt: tt, lx: tt.Lexicon, ms: append([]timeline.Mention(nil), ms...), dct: day, ref: -1}
		want := &builder{text: text, tt: tt, lx: tt.Lexicon, ms: append([]timeline.Mention(nil), ms...), dct: day, ref: -1}
		got.run(doc)
		want.runAsWritten(doc)
		if got.read != want.read || got.ref != want.ref || len(got.drafts) != len(want.drafts) {
			t.Fatalf("case %d, %q, sentences %v: run read %d sentences, %d drafts, ref %d; as written %d, %d, %d",
				n, text, doc.Sentences, got.read, len(got.drafts), got.ref, want.read, len(want.drafts), want.ref)
		}
		for i := range got.drafts {
			if !reflect.DeepEqual(*got.drafts[i], *want.drafts[i]) {
				t.Fatalf("case %d, %q: draft %d is %+v, as written %+v", n, text, i, *got.drafts[i], *want.drafts[i])
			}
		}
		read += got.read
		drafts += len(got.drafts)
	}
	if read < 4000 || drafts < 4000 {
		t.Errorf("only %d sentences read, %d drafts", read, drafts)
	}
}
