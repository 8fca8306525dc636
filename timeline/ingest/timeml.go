package ingest

import (
	"bytes"

	"retrace/timeline"
	"retrace/timeline/regularfile"
	"retrace/timeline/timeml"
)

// FormatTimeML is the format of TimeML documents, the annotated news of the
// TempEval corpora.
const FormatTimeML = "timeml"

// readTimeML reads a TimeML document as the article it annotates: the text
// of its <TEXT> element, markup removed, so that offsets are the ones its
// annotations and the eval command use, and its DCT as the date from its
// metadata.
func readTimeML(name string, data []byte) (*timeline.Document, error) {
	d, err := timeml.Parse(data)
	if err != nil {
		return nil, regularfile.Error(name, err)
	}
	doc := FromText(name, d.Text)
	doc.Format = FormatTimeML
	if !d.DCT.IsZero() {
		doc.Date, doc.DateSource = d.DCT, timeline.DateFromMetadata
	}
	return doc, nil
}

// looksLikeTimeML reports whether the start of a file is a TimeML document.
func looksLikeTimeML(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	if bytes.HasPrefix(head, []byte("<?xml")) {
		if end := bytes.Index(head, []byte("?>")); end >= 0 {
			head = bytes.TrimLeft(head[end+2:], " \t\r\n")
		}
	}
	return bytes.HasPrefix(head, []byte("<TimeML"))
}
