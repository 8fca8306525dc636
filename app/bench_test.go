package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"retrace/timeline/ingest"
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
