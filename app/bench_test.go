package app

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
)

// BenchmarkOpenArticle measures what showing an article costs the UI
// goroutine once it is analysed: building the article view (one RichText
// per paragraph, a highlighted reference in each) and laying it out in a
// window already at its size, as addDoc does. Paragraphs are 43 words;
// 50 is a long news story, 500 a report of about 21,000 words.
func BenchmarkOpenArticle(b *testing.B) {
	for _, n := range []int{50, 500} {
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			test.NewTempApp(b)
			w := test.NewWindow(nil)
			defer w.Close()
			w.Resize(fyne.NewSize(560, 800))
			for i := 0; i < b.N; i++ {
				// A new text each time: Fyne caches text measurements, and a
				// newly opened article has none cached.
				b.StopTimer()
				var sb strings.Builder
				for p := 0; p < n; p++ {
					fmt.Fprintf(&sb, "Paragraph %d of run %d tells how committee %d met again in %d and argued, as committees do, about budget %d, schedule %d, the weather and the people who were not in room %d, until chair %d closed the meeting and everybody went home.\n\n", p, i, i, 1900+p%120, i, i, i, i)
				}
				a := fakeAnalyze(ingest.FromText("long.txt", sb.String()))
				b.StartTimer()
				w.SetContent(newArticleView(a, nil).scroll)
			}
		})
	}
}

// BenchmarkOpenWorkspace measures what the issue asks to stay under 2 s:
// opening a workspace of 20 news articles of 5,000 words each, through
// reading, hashing, the real tagger, merging into one timeline, the window's
// tabs and article views, and one layout and refresh of the chart. The
// articles are TimeBank news stories (tags stripped) strung together, each
// dated by the workspace as its first story's creation date.
func BenchmarkOpenWorkspace(b *testing.B) {
	const articles, words = 20, 5000
	stories := timeBankStories(b)
	dir := b.TempDir()
	ws := &workspace.Workspace{}
	for i := 0; i < articles; i++ {
		var sb strings.Builder
		n, first := 0, ""
		for j := i * 7; n < words; j++ {
			s := stories[j%len(stories)]
			if first == "" {
				first = s.dct
			}
			sb.WriteString(s.text + "\n\n")
			n += len(strings.Fields(s.text))
		}
		path := filepath.Join(dir, fmt.Sprintf("article%02d.txt", i+1))
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		sum := fileDigest(b, path)
		dct, err := timeline.ParseDate(first)
		if err != nil {
			b.Fatal(err)
		}
		ws.Documents = append(ws.Documents, workspace.Document{Path: path, SHA256: sum, Date: dct, DateSource: timeline.DateFromUser})
	}
	wsPath := filepath.Join(dir, "twenty"+workspace.Ext)
	if err := workspace.Save(wsPath, ws); err != nil {
		b.Fatal(err)
	}

	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newFixture(b)
		f.u.svc.analyze = analyzeDocument
		b.StartTimer()
		f.open(wsPath)
		r := test.WidgetRenderer(f.u.chart)
		r.Layout(f.u.chart.Size())
		r.Refresh()
		b.StopTimer()
		if len(f.u.docs) != articles || len(f.u.tl.Items) == 0 {
			b.Fatalf("%d documents, %d items", len(f.u.docs), len(f.u.tl.Items))
		}
		if i == 0 {
			b.ReportMetric(float64(len(f.u.tl.Items)), "items")
		}
		b.StartTimer()
	}
}

type story struct{ dct, text string }

var (
	tmlDCT  = regexp.MustCompile(`<DCT><TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)`)
	tmlText = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	tmlTag  = regexp.MustCompile(`<[^>]+>`)
)

// timeBankStories reads the TimeBank news stories, tags stripped.
func timeBankStories(b *testing.B) []story {
	files, _ := filepath.Glob("/work/shared/corpora/tbaq-cleaned/TimeBank/*.tml")
	if len(files) == 0 {
		b.Skip("no TimeBank corpus at /work/shared/corpora/tbaq-cleaned/TimeBank")
	}
	var out []story
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		dct, text := tmlDCT.FindSubmatch(data), tmlText.FindSubmatch(data)
		if dct == nil || text == nil {
			continue
		}
		out = append(out, story{dct: string(dct[1]), text: strings.TrimSpace(html.UnescapeString(tmlTag.ReplaceAllString(string(text[1]), "")))})
	}
	return out
}
