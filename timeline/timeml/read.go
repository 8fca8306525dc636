// Package timeml reads and writes TimeML 1.2.1, the annotation format of
// the TempEval corpora and of most temporal NLP tools: the text of a
// document with its time expressions (TIMEX3) and events (EVENT) marked
// inline, the instances of those events (MAKEINSTANCE) and the temporal
// links between times and events (TLINK).
package timeml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"time"

	"golang.org/x/net/html/charset"

	"retrace/timeline"
)

// Timex is one TIMEX3 inside the document's text: its byte span in
// Doc.Text and its attributes.
type Timex struct {
	ID string
	timeline.Span
	Text  string
	Type  timeline.TimexType
	Value string
	Mod   string
}

// Event is one EVENT tag: the word or words of the text that name a
// happening (its trigger), with its TimeML class.
type Event struct {
	ID string
	timeline.Span
	Text  string
	Class string
}

// Instance is a MAKEINSTANCE: one occurrence of an event, the thing TLINKs
// relate. An event said to happen twice ("taught on Monday and Tuesday") has
// two instances.
type Instance struct {
	ID       string // eiid
	Event    string // eventID
	Polarity string
	Modality string
}

// Link is a TLINK. Exactly one of EventInstance and Time is its source and
// one of RelatedInstance and RelatedTime its target.
type Link struct {
	ID              string
	RelType         string
	EventInstance   string
	Time            string
	RelatedInstance string
	RelatedTime     string
}

// Doc is one TimeML document: the text of its <TEXT> element with the
// markup stripped and entities decoded, the document creation time, the
// TIMEX3s and EVENTs inside <TEXT> (the DCT's own TIMEX3 is not part of the
// text and is left out), and the instances and links after it.
type Doc struct {
	ID        string // DOCID
	Text      string
	DCT       time.Time // zero when the document has no usable DCT
	DCTID     string    // tid of the DCT's TIMEX3, which links may name
	Timexes   []Timex
	Events    []Event
	Instances []Instance
	Links     []Link
}

// Parse reads a TimeML document. It is strict about the XML and about the
// structure inline tags need (no TIMEX3 inside a TIMEX3, no EVENT inside an
// EVENT); the spans of Timexes and Events are byte offsets into Doc.Text.
func Parse(b []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF"))))
	dec.Strict = true
	dec.CharsetReader = charset.NewReaderLabel // "ISO-8859-1" and the like in the XML declaration
	var (
		doc       Doc
		text      bytes.Buffer
		inText    bool
		inDCT     bool
		inDocID   bool
		sawText   bool
		openTimex *Timex
		openEvent *Event
		dctValue  string
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
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				switch {
				case inText:
					if openTimex != nil {
						return nil, fmt.Errorf("TimeML: nested TIMEX3 at byte %d", dec.InputOffset())
					}
					openTimex = &Timex{
						ID: attr(t, "tid"), Span: timeline.Span{Start: text.Len()},
						Type: timeline.TimexType(attr(t, "type")), Value: attr(t, "value"), Mod: attr(t, "mod"),
					}
				case inDCT || attr(t, "functionInDocument") == "CREATION_TIME":
					dctValue, doc.DCTID = attr(t, "value"), attr(t, "tid")
				}
			case "EVENT":
				if inText {
					if openEvent != nil {
						return nil, fmt.Errorf("TimeML: nested EVENT at byte %d", dec.InputOffset())
					}
					openEvent = &Event{ID: attr(t, "eid"), Span: timeline.Span{Start: text.Len()}, Class: attr(t, "class")}
				}
			case "MAKEINSTANCE":
				doc.Instances = append(doc.Instances, Instance{
					ID: attr(t, "eiid"), Event: attr(t, "eventID"),
					Polarity: attr(t, "polarity"), Modality: attr(t, "modality"),
				})
			case "TLINK":
				doc.Links = append(doc.Links, Link{
					ID: attr(t, "lid"), RelType: attr(t, "relType"),
					EventInstance: attr(t, "eventInstanceID"), Time: attr(t, "timeID"),
					RelatedInstance: attr(t, "relatedToEventInstance"), RelatedTime: attr(t, "relatedToTime"),
				})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if openTimex != nil {
					openTimex.End = text.Len()
					openTimex.Text = string(text.Bytes()[openTimex.Start:openTimex.End])
					doc.Timexes = append(doc.Timexes, *openTimex)
					openTimex = nil
				}
			case "EVENT":
				if openEvent != nil {
					openEvent.End = text.Len()
					openEvent.Text = string(text.Bytes()[openEvent.Start:openEvent.End])
					doc.Events = append(doc.Events, *openEvent)
					openEvent = nil
				}
			}
		case xml.CharData:
			switch {
			case inText:
				text.Write(t)
			case inDocID:
				doc.ID += string(bytes.TrimSpace(t))
			}
		}
	}
	if !sawText {
		return nil, errors.New("TimeML: no <TEXT> element")
	}
	doc.Text = text.String()
	if dctValue != "" {
		dct, err := ParseDCT(dctValue)
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

// ParseDCT reads the date part of a DCT value such as "1998-01-08" or
// "1998-01-08T18:30:00".
func ParseDCT(v string) (time.Time, error) {
	if len(v) >= 10 {
		if t, err := timeline.ParseDate(v[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("value %q is not a date", v)
}
