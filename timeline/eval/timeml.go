// Package eval reads TimeML and TIMEX2 documents and scores a temporal
// tagger against their gold annotations the way TempEval-3 Task A does.
package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"retrace/timeline/regularfile"
	"retrace/timeline/timeml"
)

// Timex is one gold TIMEX3 annotation: its byte span in Doc.Text and its
// normalized attributes.
type Timex = timeml.Timex

// Doc is one TimeML document: the text of its <TEXT> element with the markup
// stripped and entities decoded, its creation time, and the gold TIMEX3s
// inside <TEXT> (the DCT's own TIMEX3 is not part of the text and is left out).
// Events, Instances and Links are its gold EVENTs, MAKEINSTANCEs and TLINKs,
// which ScoreEvents reads; DCTID is the tid of the DCT, which links may name.
type Doc struct {
	Path      string
	Text      string
	DCT       time.Time // zero when the document has no usable DCT
	Gold      []Timex
	Events    []timeml.Event
	Instances []timeml.Instance
	Links     []timeml.Link
	DCTID     string
}

// maxFileSize bounds a corpus file: TimeBank's largest is 60 KB.
const maxFileSize = 50 << 20

// ReadFile reads one TimeML file, or a TIMEX2 file when its name ends in
// .key.xml.
func ReadFile(path string) (*Doc, error) {
	b, _, err := regularfile.Read(path, maxFileSize)
	if err != nil {
		return nil, err
	}
	parse := Parse
	if isTIMEX2(path) {
		parse = ParseTIMEX2
	}
	d, err := parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d.Path = path
	return d, nil
}

// ReadDir reads every TimeML file (.tml) and TIMEX2 file (.key.xml) under
// dir, recursively, sorted by path.
func ReadDir(dir string) ([]*Doc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && (strings.EqualFold(filepath.Ext(p), ".tml") || isTIMEX2(p)) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .tml or .key.xml files", dir)
	}
	sort.Strings(paths)
	docs := make([]*Doc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Parse reads a TimeML document from memory.
func Parse(b []byte) (*Doc, error) {
	d, err := timeml.Parse(b)
	if err != nil {
		return nil, err
	}
	return &Doc{Text: d.Text, DCT: d.DCT, Gold: d.Timexes, Events: d.Events, Instances: d.Instances,
		Links: d.Links, DCTID: d.DCTID}, nil
}

// parseDCT reads the date part of a DCT value such as "1998-01-08" or
// "1998-01-08T18:30:00".
func parseDCT(v string) (time.Time, error) { return timeml.ParseDCT(v) }
