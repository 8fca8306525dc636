package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"retrace/timeline"
)

// csvHeader names the CSV columns. The first six are the chronology (source
// is the document's title, or its path when it has none); item and conflict
// let a spreadsheet regroup the rows of one item and find the places where
// sources disagree; path tells apart sources with the same title; state is
// "yes" for a present state (how things stand then, not a happening),
// exported only when asked.
var csvHeader = []string{"earliest", "latest", "label", "expressions", "source", "sentence", "item", "conflict", "path", "state"}

// CSV writes the timeline as RFC 4180 CSV, one row per report: an item that
// several sources report gives one row per source, each with that source's
// time expressions and sentence, and the item's dates and label. Items come
// in timeline order; sources the user has hidden are left out.
//
// Text taken from articles is guarded against spreadsheet formula
// injection: a cell that would start with =, +, -, @, tab or carriage
// return gets a leading apostrophe, which spreadsheets show as text.
func CSV(w io.Writer, tl *timeline.Timeline) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	if tl != nil {
		for _, it := range tl.Items {
			earliest, latest := dates(it.Interval)
			conflict, state := "", ""
			if it.Conflict {
				conflict = "yes"
			}
			if it.State {
				state = "yes"
			}
			for _, r := range it.Refs {
				if r.Source < 0 || r.Source >= len(tl.Sources) || tl.Sources[r.Source].Hidden {
					continue
				}
				src := tl.Sources[r.Source]
				var expressions, sentence, path string
				if src.Analysis != nil && src.Analysis.Doc != nil {
					path = src.Analysis.Doc.Path
				}
				if ev := tl.Event(r); ev != nil {
					expressions = mentionTexts(src.Analysis, ev)
					if doc := src.Analysis.Doc; doc != nil { // ev != nil: the source has an analysis
						sentence = doc.Quote(ev.Sentence)
					}
				}
				row := []string{earliest, latest, safeCell(it.Label), safeCell(expressions),
					safeCell(src.Title()), safeCell(sentence), it.ID, conflict, safeCell(path), state}
				if err := cw.Write(row); err != nil {
					return fmt.Errorf("csv: %w", err)
				}
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// mentionTexts joins the texts of the mentions dating an event with "; ".
func mentionTexts(a *timeline.Analysis, ev *timeline.Event) string {
	var texts []string
	for _, id := range ev.Mentions {
		if m := a.MentionByID(id); m != nil {
			texts = append(texts, m.Text)
		}
	}
	return strings.Join(texts, "; ")
}

func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
