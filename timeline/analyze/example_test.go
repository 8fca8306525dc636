package analyze_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/workspace"
)

// tag stands for the tagger: it finds one event, in the first sentence.
func tag(doc *timeline.Document) *timeline.Analysis {
	first := timeline.Span{Start: 0, End: strings.IndexByte(doc.Text, '.') + 1}
	day := timeline.Day(2024, 8, 6)
	return &timeline.Analysis{Doc: doc, Events: []timeline.Event{{
		ID: "e1", Label: "Ukraine launches incursion into Kursk", Sentence: first,
		Interval: timeline.Interval{Earliest: day, Latest: day, Granularity: timeline.GranDay},
	}}}
}

// The life of a workspace: track the open documents, record the user's
// corrections, save; on opening it again, every document is read and
// analysed, what changed is reported, the corrections that still find
// their event apply.
func Example() {
	dir, _ := os.MkdirTemp("", "retrace-example")
	defer os.RemoveAll(dir)
	article := filepath.Join(dir, "ap.txt")
	text := "On 6 August 2024 Ukraine launched its incursion into Kursk."
	os.WriteFile(article, []byte(text), 0o644)

	a := tag(&timeline.Document{Path: article, Text: text})
	sum := sha256.Sum256([]byte(text))
	ws := &workspace.Workspace{}
	ws.Track(a.Doc, hex.EncodeToString(sum[:]))
	c := timeline.NewCorrection(timeline.ScopeItem, a, &a.Events[0])
	c.Label = "Kursk incursion begins"
	ws.Corrections.Set(c)
	path := filepath.Join(dir, "kursk"+workspace.Ext)
	if err := workspace.Save(path, ws); err != nil {
		fmt.Println(err)
		return
	}

	// A sentence is added to the article before the workspace is opened
	// again. Its corrections are set aside until the user agrees to apply
	// them to the changed text (in the window by a question, on the command
	// line by --accept-changed); the corrected event's sentence is
	// untouched, so the correction then still applies.
	os.WriteFile(article, []byte(text+" More followed."), 0o644)

	p, err := analyze.LoadWorkspace(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("outside the workspace's folder:", len(p.Outside()))
	s := p.Open(analyze.Options{Analyze: tag}, analyze.Consent{}, nil)
	for _, ch := range s.Changes() {
		fmt.Println(ch.Kind, filepath.Base(ch.Path))
	}
	fmt.Println("set aside:", len(s.Workspace.SetAside))
	s.AcceptChanged()
	tl := analyze.Timeline(s.Analyses(), s.Workspace.Corrections)
	for _, it := range tl.Items {
		fmt.Println(timeline.FormatDate(it.Interval.Earliest), it.Label)
	}
	// Output:
	// outside the workspace's folder: 0
	// changed ap.txt
	// set aside: 1
	// 2024-08-06 Kursk incursion begins
}
