package ingest

import (
	"strings"

	"retrace/timeline"
)

// blockText assembles the readable text of a structured document (HTML,
// Markdown): blocks separated by a blank line, each line of a block (a
// heading, a paragraph, a line after <br>) one paragraph span.
type blockText struct {
	sb    strings.Builder
	paras []timeline.Span
}

// add appends a block; its lines are trimmed and empty ones dropped.
func (b *blockText) add(block string) {
	first := true
	for _, l := range splitLines(block).spans {
		sp := trimSpan(block, l.Start, l.End)
		if sp.Len() == 0 {
			continue
		}
		if b.sb.Len() > 0 {
			if first {
				b.sb.WriteString("\n\n")
			} else {
				b.sb.WriteByte('\n')
			}
		}
		first = false
		start := b.sb.Len()
		b.sb.WriteString(block[sp.Start:sp.End])
		b.paras = append(b.paras, timeline.Span{Start: start, End: b.sb.Len()})
	}
}

// document returns the assembled text with its paragraphs and sentences.
func (b *blockText) document(format string) *timeline.Document {
	text := b.sb.String()
	return &timeline.Document{
		Format:     format,
		Text:       text,
		Paragraphs: b.paras,
		Sentences:  Sentences(text, b.paras),
		DateSource: timeline.DateUnknown,
	}
}
