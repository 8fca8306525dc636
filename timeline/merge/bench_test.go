package merge

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
)

// corpus synthesizes articles of about words words each, reporting on a
// shared pool of happenings the way a set of news sources about one story
// does: every article reports a share of the pool in its own wording (words
// dropped, inflected, reordered), some at a wrong date, plus events only it
// has. Label words follow a Zipf law, as in text, so a few words ("Russia")
// are in many labels and stress the inverted index. Deterministic.
func corpus(tb testing.TB, articles, words int) []*timeline.Analysis {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = "w" + strconv.Itoa(i) + "x"
	}
	zipf := rand.NewZipf(rng, 1.1, 4, uint64(len(vocab)-1))
	label := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = vocab[zipf.Uint64()]
		}
		return out
	}
	type happening struct {
		words []string
		day   time.Time
	}
	base := timeline.Day(2020, 1, 1)
	pool := make([]happening, 300)
	for i := range pool {
		pool[i] = happening{label(4 + rng.IntN(4)), base.AddDate(0, 0, rng.IntN(6*365))}
	}

	const wordsPerSentence = 20
	var out []*timeline.Analysis
	for ai := range articles {
		doc := &timeline.Document{Path: fmt.Sprintf("article%02d.txt", ai)}
		a := &timeline.Analysis{Doc: doc}
		var text strings.Builder
		for si := range words / wordsPerSentence {
			start := text.Len()
			var lw []string
			var day time.Time
			dated := si%3 == 0 // a third of the sentences date an event
			if dated && rng.IntN(2) == 0 {
				h := pool[rng.IntN(len(pool))]
				for _, w := range h.words {
					switch rng.IntN(6) {
					case 0: // dropped
					case 1:
						lw = append(lw, w+"ed")
					default:
						lw = append(lw, w)
					}
				}
				rng.Shuffle(len(lw), func(i, j int) { lw[i], lw[j] = lw[j], lw[i] })
				day = h.day
				if rng.IntN(20) == 0 {
					day = day.AddDate(1, 0, 0) // this source has it wrong
				}
			} else if dated {
				lw, day = label(4+rng.IntN(4)), base.AddDate(0, 0, rng.IntN(6*365))
			}
			for len(lw) < wordsPerSentence {
				lw = append(lw, vocab[zipf.Uint64()])
			}
			text.WriteString(strings.Join(lw, " ") + ". ")
			sp := timeline.Span{Start: start, End: text.Len() - 1}
			doc.Sentences = append(doc.Sentences, sp)
			if dated {
				n := len(a.Events) + 1
				a.Events = append(a.Events, timeline.Event{
					ID: "e" + strconv.Itoa(n), Label: strings.Join(lw[:5], " "), Kind: timeline.KindExplicit,
					Interval: timeline.Interval{Earliest: day, Latest: day, Granularity: timeline.GranDay},
					Sentence: sp,
				})
			}
		}
		doc.Text = text.String()
		out = append(out, a)
	}
	return out
}

// BenchmarkBuild merges 20 synthesized articles of 5,000 words (about 1,650
// events) into one timeline.
func BenchmarkBuild(b *testing.B) {
	as := corpus(b, 20, 5000)
	b.ReportAllocs()
	var items int
	for b.Loop() {
		items = len(Build(as, nil).Items)
	}
	b.ReportMetric(float64(items), "items")
}

// TestCorpusMerges checks the benchmark's input is what it claims: reports
// of shared happenings are grouped, some are in conflict, and the words are
// about 5,000 per article.
func TestCorpusMerges(t *testing.T) {
	as := corpus(t, 20, 5000)
	events := 0
	for _, a := range as {
		events += len(a.Events)
		if n := len(strings.Fields(a.Doc.Text)); n < 4900 || n > 5100 {
			t.Fatalf("%s has %d words", a.Doc.Path, n)
		}
	}
	tl := Build(as, nil)
	grouped, conflicts := 0, 0
	for _, it := range tl.Items {
		if len(it.Refs) > 1 {
			grouped++
		}
		if it.Conflict {
			conflicts++
		}
	}
	t.Logf("%d events, %d items, %d grouped, %d conflicts", events, len(tl.Items), grouped, conflicts)
	if grouped < 50 || conflicts == 0 || len(tl.Items) >= events {
		t.Errorf("the synthesized corpus does not exercise grouping: %d grouped, %d conflicts", grouped, conflicts)
	}
}

// BenchmarkBuildRecurringLabel is the worst case of the word index: 20
// sources of 500 events that all carry the same label.
func BenchmarkBuildRecurringLabel(b *testing.B) {
	var as []*timeline.Analysis
	for s := range 20 {
		a := &timeline.Analysis{Doc: &timeline.Document{Path: "s" + strconv.Itoa(s)}}
		for d := range 500 {
			day := timeline.Day(2020, 1, 1).AddDate(0, 0, 2*d+s%3)
			a.Events = append(a.Events, timeline.Event{ID: "e" + strconv.Itoa(d+1), Label: "heavy shelling of the city",
				Interval: timeline.Interval{Earliest: day, Latest: day, Granularity: timeline.GranDay}})
		}
		as = append(as, a)
	}
	b.ReportAllocs()
	for b.Loop() {
		Build(as, nil)
	}
}

// BenchmarkFrequentWordGrowth is the case that made the pairing grow with
// the square of the reports: four sources whose labels all share a frequent
// word, dated a day apart over years, and one report of the same word that
// spans a century with fuzzy ends. Pairing compared every report with
// every other within the century's reach; per ns/op, doubling the reports
// should about double the time.
func BenchmarkFrequentWordGrowth(b *testing.B) {
	for _, n := range []int{2000, 4000, 8000} {
		var as []*timeline.Analysis
		for s := range 4 {
			a := &timeline.Analysis{Doc: &timeline.Document{Path: fmt.Sprintf("s%d.txt", s)}}
			for i := range n / 4 {
				day := timeline.Day(1950, 1, 1).AddDate(0, 0, i*4+s)
				a.Events = append(a.Events, timeline.Event{
					ID: "e" + strconv.Itoa(i+1), Label: fmt.Sprintf("shelling w%dx w%dy", i, i*7+s),
					Interval: timeline.Interval{Earliest: day, Latest: day, Granularity: timeline.GranDay},
				})
			}
			as = append(as, a)
		}
		century := &as[0].Events[0]
		century.Interval = timeline.Interval{Earliest: timeline.Day(1900, 1, 1), Latest: timeline.Day(1999, 12, 31),
			Granularity: timeline.GranCentury, FuzzyStart: true, FuzzyEnd: true}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Build(as, nil)
			}
		})
	}
}
