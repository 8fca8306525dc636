// Package eval reads TimeML and TIMEX2 documents and scores a temporal
// tagger against their gold annotations the way TempEval-3 Task A does.
package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"retrace/timeline"
)

// Timex is one gold TIMEX3 annotation: its byte span in Doc.Text and its
// normalized attributes.
type Timex struct {
	ID string
	timeline.Span
	Text  string
	Type  timeline.TimexType
	Value string
	Mod   string
}

// Doc is one TimeML document: the text of its <TEXT> element with the markup
// stripped and entities decoded, its creation time, and the gold TIMEX3s
// inside <TEXT> (the DCT's own TIMEX3 is not part of the text and is left out).
type Doc struct {
	Path string
	Text string
	DCT  time.Time // zero when the document has no usable DCT
	Gold []Timex
}

// ReadFile reads one TimeML file, or a TIMEX2 file when its name ends in
// .key.xml.
func ReadFile(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
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
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	var (
		doc      Doc
		text     strings.Builder
		inText   bool
		inDCT    bool
		sawText  bool
		open     *Timex // the TIMEX3 being read inside <TEXT>
		dctValue string
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("TimeML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				switch {
				case inText:
					if open != nil {
						return nil, fmt.Errorf("TimeML: nested TIMEX3 at byte %d", dec.InputOffset())
					}
					open = &Timex{Span: timeline.Span{Start: text.Len()}}
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "tid":
							open.ID = a.Value
						case "type":
							open.Type = timeline.TimexType(a.Value)
						case "value":
							open.Value = a.Value
						case "mod":
							open.Mod = a.Value
						}
					}
				case inDCT || attr(t, "functionInDocument") == "CREATION_TIME":
					dctValue = attr(t, "value")
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if open != nil {
					open.End = text.Len()
					open.Text = text.String()[open.Start:open.End]
					doc.Gold = append(doc.Gold, *open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	if !sawText {
		return nil, errors.New("TimeML: no <TEXT> element")
	}
	doc.Text = text.String()
	if dctValue != "" {
		dct, err := parseDCT(dctValue)
		if err != nil {
			return nil, fmt.Errorf("TimeML: DCT: %w", err)
		}
		doc.DCT = dct
	}
	return &doc, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseDCT reads the date part of a DCT value such as "1998-01-08" or
// "1998-01-08T18:30:00".
func parseDCT(v string) (time.Time, error) {
	if len(v) >= 10 {
		if t, err := timeline.ParseDate(v[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("value %q is not a date", v)
}
