package extract

import (
	"testing"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// The resolver keeps the story's first and last days with it, from the
// memo's slot where the story's date was placed, rather than working them
// out when it asks how far the story lies from the document date: after
// every expression of the news and histories of the corpora, told their
// date and not, they are the story's DayBounds.
func TestStoryDaysAsBounds(t *testing.T) {
	checked := 0
	resolveCorpora(t, func(path string, _ *lex.Tokenized, res *resolver, _ *grammar.Cand, resolve func() timeline.Mention) {
		m := resolve()
		if res.story == nil {
			return
		}
		checked++
		if first, last := res.story.DayBounds(); res.storyFirst != first || res.storyLast != last {
			t.Fatalf("%s, after %q: story %+v has days %d to %d, kept %d to %d",
				path, m.Text, *res.story, first, last, res.storyFirst, res.storyLast)
		}
	})
	if checked < 1000 {
		t.Fatalf("only %d stories checked", checked)
	}
}
