package merge_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/eval"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/merge"
)

// newsCorpus is where the TempEval-3 news (TimeBank and AQUAINT) lives,
// beside the repository.
var newsCorpus = filepath.Join("..", "..", "..", "shared", "corpora", "tbaq-cleaned")

// newsArticles builds n articles of about words words each from real news:
// TimeBank and AQUAINT documents laid end to end, each article starting a
// few documents after the previous one, so neighbouring articles share
// stories as sources on one subject do. Each article takes the document date
// of its first document.
func newsArticles(tb testing.TB, n, words int) []*timeline.Document {
	tb.Helper()
	var docs []*eval.Doc
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		ds, err := eval.ReadDir(filepath.Join(newsCorpus, sub))
		if err != nil {
			tb.Skipf("news corpus not available: %v", err)
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		tb.Skip("news corpus is empty")
	}
	var out []*timeline.Document
	for a := range n {
		var text strings.Builder
		count := 0
		first := docs[(a*8)%len(docs)]
		for k := a * 8; count < words; k++ {
			d := docs[k%len(docs)]
			text.WriteString(strings.TrimSpace(d.Text) + "\n\n")
			count += len(strings.Fields(d.Text))
		}
		doc := ingest.FromText(fmt.Sprintf("news%02d.txt", a), text.String())
		doc.Date, doc.DateSource = first.DCT, timeline.DateFromMetadata
		out = append(out, doc)
	}
	return out
}

// BenchmarkAnalyzeAndMerge is opening 20 real news articles of 5,000 words:
// the tagger on each, then the merge.
func BenchmarkAnalyzeAndMerge(b *testing.B) {
	docs := newsArticles(b, 20, 5000)
	b.ReportAllocs()
	var items, events int
	for b.Loop() {
		analyses := make([]*timeline.Analysis, len(docs))
		events = 0
		for i, d := range docs {
			analyses[i] = analyze.Document(d, extract.Options{})
			events += len(analyses[i].Events)
		}
		items = len(merge.Build(analyses, nil).Items)
	}
	b.ReportMetric(float64(events), "events")
	b.ReportMetric(float64(items), "items")
}

// BenchmarkBuildNews is the merge alone on those 20 articles.
func BenchmarkBuildNews(b *testing.B) {
	docs := newsArticles(b, 20, 5000)
	analyses := make([]*timeline.Analysis, len(docs))
	for i, d := range docs {
		analyses[i] = analyze.Document(d, extract.Options{})
	}
	b.ReportAllocs()
	for b.Loop() {
		merge.Build(analyses, nil)
	}
}

// TestNewsMerge checks that articles sharing stories share items: the same
// news document in two articles yields the same events, which must group.
// The shared stories are read with each article's document date, so their
// deictic references ("Tuesday") land on different days in different
// articles: those, and only those, must come out as conflicts. A conflict
// between different stories would be a false alarm, unless a report in it
// was dated from that borrowed document date ("invaded Kuwait on Aug. 2",
// read in an article dated 1998, against "its 1990 invasion of Kuwait"
// elsewhere): then the dates do disagree.
func TestNewsMerge(t *testing.T) {
	docs := newsArticles(t, 4, 5000)
	var analyses []*timeline.Analysis
	events := 0
	for _, d := range docs {
		a := analyze.Document(d, extract.Options{})
		events += len(a.Events)
		analyses = append(analyses, a)
	}
	tl := merge.Build(analyses, nil)
	grouped, conflicts := 0, 0
	for _, it := range tl.Items {
		if len(it.Refs) > 1 {
			grouped++
		}
		if !it.Conflict {
			continue
		}
		conflicts++
		first := tl.Event(it.Refs[0])
		dates := map[string]bool{}
		for _, r := range it.Refs {
			doc := tl.Sources[r.Source].Analysis.Doc
			dates[timeline.FormatDate(doc.Date)] = true
			if e := tl.Event(r); doc.Text[e.Sentence.Start:e.Sentence.End] != firstSentence(tl, it) &&
				!anchoredOnDocDate(tl, it) {
				t.Errorf("conflict between different sentences: %q (%s) and %q", first.Label, it.ID, e.Label)
			}
		}
		if len(dates) < 2 {
			t.Errorf("conflict %q among sources with one document date", first.Label)
		}
	}
	t.Logf("%d events, %d items, %d grouped, %d conflicts", events, len(tl.Items), grouped, conflicts)
	if grouped == 0 {
		t.Error("articles that share news stories share no item")
	}
}

func firstSentence(tl *timeline.Timeline, it timeline.Item) string {
	e := tl.Event(it.Refs[0])
	return tl.Sources[it.Refs[0].Source].Analysis.Doc.Text[e.Sentence.Start:e.Sentence.End]
}

// anchoredOnDocDate reports whether any report of the item was dated from
// its article's document date.
func anchoredOnDocDate(tl *timeline.Timeline, it timeline.Item) bool {
	for _, r := range it.Refs {
		a := tl.Sources[r.Source].Analysis
		for _, id := range tl.Event(r).Mentions {
			if m := a.MentionByID(id); m != nil && m.Anchor == "dct" {
				return true
			}
		}
	}
	return false
}
