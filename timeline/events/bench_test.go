package events

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/internal/cpubench"
)

// longDocument joins every TimeBank article, with its gold time
// expressions, into one document of about 400 KB and 1,400 mentions.
func longDocument(b *testing.B) (*timeline.Document, []timeline.Mention) {
	files := timeBankFiles(b)
	var text strings.Builder
	var all []timeline.Mention
	for _, f := range files {
		doc, ms, _ := readTimeML(b, f)
		off := text.Len()
		text.WriteString(doc.Text)
		text.WriteString("\n\n")
		for _, m := range ms {
			m.Start += off
			m.End += off
			all = append(all, m)
		}
	}
	return ingest.FromText("timebank", text.String()), all
}

// BenchmarkBuild runs Build on the TimeBank articles joined once, twice and
// four times: time and memory per byte should stay flat as the text grows.
func BenchmarkBuild(b *testing.B) {
	doc, ms := longDocument(b)
	dct := time.Date(1998, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, times := range []int{1, 2, 4} {
		big, bigMs := repeat(doc.Text, ms, times)
		bigDoc := ingest.FromText("timebank", big)
		toks := tokens(bigDoc) // the tagger's tokens: they are cut before Build runs
		b.Run(strconv.Itoa(times)+"x", func(b *testing.B) {
			b.SetBytes(int64(len(big)))
			b.ReportAllocs()
			var n int
			cpu := cpubench.Now()
			for b.Loop() {
				evs, _ := Build(bigDoc, toks, bigMs, dct)
				n = len(evs)
			}
			cpubench.Report(b, cpu, len(big))
			b.ReportMetric(float64(n), "events")
		})
	}
}

// repeat joins text n times, shifting the mentions to each copy.
func repeat(text string, ms []timeline.Mention, n int) (string, []timeline.Mention) {
	var out []timeline.Mention
	for i := 0; i < n; i++ {
		off := i * len(text)
		for _, m := range ms {
			m.Start += off
			m.End += off
			out = append(out, m)
		}
	}
	return strings.Repeat(text, n), out
}

// BenchmarkBuildRunOn is the worst case for per-sentence work: one
// "sentence" with no full stop, thousands of relative phrases and dates.
// ns/op should grow in proportion to n.
func BenchmarkBuildRunOn(b *testing.B) {
	const piece = "weeks after the clashes, shortly after the vote on Monday "
	for _, n := range []int{1000, 4000} {
		text := strings.Repeat(piece, n)
		doc := ingest.FromText("runon", text)
		var ms []timeline.Mention
		for i := 0; i < n; i++ {
			off := i * len(piece)
			ms = append(ms,
				timeline.Mention{ID: "d" + strconv.Itoa(i), Span: timeline.Span{Start: off, End: off + 5},
					Type: timeline.TypeDuration, Value: "PXW"},
				timeline.Mention{ID: "m" + strconv.Itoa(i), Span: timeline.Span{Start: off + 51, End: off + 57},
					Type: timeline.TypeDate, Value: "2020-01-06",
					Interval: timeline.Interval{Earliest: timeline.Day(2020, 1, 6), Latest: timeline.Day(2020, 1, 6)}})
		}
		toks := tokens(doc)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Build(doc, toks, ms, time.Time{})
			}
		})
	}
}

// BenchmarkLabels labels every clause of the TimeBank articles joined
// once, as clauseLabel's first candidate does, with nothing dropped: the
// label rules alone, without reading the sentences (cut before the loop).
// allocs/op counts only the labels' strings and the arena's blocks.
func BenchmarkLabels(b *testing.B) {
	doc, _ := longDocument(b)
	tt := tokens(doc)
	type sentence struct {
		toks []token
		cls  []clause
	}
	var ss []sentence
	bl := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
	longest := 0
	for _, s := range doc.Sentences {
		toks, _ := sentenceTokens(tt, s, bl.firstToken(s), nil)
		ss = append(ss, sentence{toks, splitClauses(toks, nil, nil)})
		longest = max(longest, len(toks))
	}
	none := make([]bool, longest) // no token dropped
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	labels := 0
	cpu := cpubench.Now()
	for b.Loop() {
		labels = 0
		for _, s := range ss {
			bl.words.used, bl.made.used = 0, 0 // as Build does for each sentence
			for _, c := range s.cls {
				if bl.joinLabel(bl.labelWords(s.toks[c.from:c.to], none[c.from:c.to])) != "" {
					labels++
				}
			}
		}
	}
	cpubench.Report(b, cpu, len(doc.Text))
	b.ReportMetric(float64(labels), "labels")
}

// BenchmarkReadSentences reads every sentence of the TimeBank articles
// joined once as Build does before its rules: the tokens (sentenceTokens)
// and the clauses (splitClauses), into slices kept from one sentence to
// the next. allocs/op should stay near zero.
func BenchmarkReadSentences(b *testing.B) {
	doc, _ := longDocument(b)
	tt := tokens(doc)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	var toks []token
	var cls []clause
	n := 0
	cpu := cpubench.Now()
	for b.Loop() {
		bl := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
		n = 0
		for _, s := range doc.Sentences {
			toks, bl.at = sentenceTokens(tt, s, bl.firstToken(s), toks)
			cls = splitClauses(toks, nil, cls[:0])
			n += len(toks)
		}
	}
	cpubench.Report(b, cpu, len(doc.Text))
	b.ReportMetric(float64(n), "tokens")
}
