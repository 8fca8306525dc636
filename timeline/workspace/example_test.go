package workspace_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"retrace/timeline"
	"retrace/timeline/merge"
	"retrace/timeline/workspace"
)

// analyse stands for ingest.ReadFile plus the tagger: it finds one event, in
// the first sentence.
func analyse(path string) *timeline.Analysis {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	first := timeline.Span{Start: 0, End: strings.IndexByte(string(text), '.') + 1}
	doc := &timeline.Document{Path: path, Text: string(text), Sentences: []timeline.Span{first}}
	day := timeline.Day(2024, 8, 6)
	return &timeline.Analysis{Doc: doc, Events: []timeline.Event{{
		ID: "e1", Label: "Ukraine launches incursion into Kursk", Sentence: doc.Sentences[0],
		Interval: timeline.Interval{Earliest: day, Latest: day, Granularity: timeline.GranDay},
	}}}
}

// The life of a workspace in the app: track the open documents, record the
// user's corrections, save; on reopening, report what changed, analyse the
// files that are there, drop the corrections that no longer apply, merge.
func Example() {
	dir, _ := os.MkdirTemp("", "retrace-example")
	defer os.RemoveAll(dir)
	article := filepath.Join(dir, "ap.txt")
	os.WriteFile(article, []byte("On 6 August 2024 Ukraine launched its incursion into Kursk."), 0o644)

	a := analyse(article)
	ws := &workspace.Workspace{}
	if err := ws.Track(a.Doc); err != nil {
		fmt.Println(err)
		return
	}
	c := workspace.NewCorrection(workspace.ScopeItem, a, &a.Events[0])
	c.Label = "Kursk incursion begins"
	ws.Corrections.Set(c)
	path := filepath.Join(dir, "kursk"+workspace.Ext)
	if err := workspace.Save(path, ws); err != nil {
		fmt.Println(err)
		return
	}

	// A sentence is added to the article before the workspace is opened
	// again; the corrected event's sentence is untouched, so the correction
	// still applies.
	os.WriteFile(article, []byte("On 6 August 2024 Ukraine launched its incursion into Kursk. More followed."), 0o644)

	ws, err := workspace.Load(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ch := range ws.Verify() {
		fmt.Println(ch.Kind, filepath.Base(ch.Path))
	}
	var analyses []*timeline.Analysis
	for _, d := range ws.Documents {
		if a := analyse(d.Path); a != nil {
			analyses = append(analyses, a)
		}
	}
	for _, ch := range ws.Reconcile(analyses) {
		fmt.Println(ch)
	}
	tl := merge.Build(analyses, &ws.Corrections)
	for _, it := range tl.Items {
		fmt.Println(timeline.FormatDate(it.Interval.Earliest), it.Label)
	}
	// Output:
	// changed ap.txt
	// 2024-08-06 Kursk incursion begins
}
