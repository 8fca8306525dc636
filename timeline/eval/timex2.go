package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"retrace/timeline"
)

// isTIMEX2 reports whether path names a TIMEX2 answer key, as WikiWars and
// the ACE corpora name them ("02_WW1.key.xml").
func isTIMEX2(path string) bool {
	return strings.HasSuffix(strings.ToLower(filepath.Base(path)), ".key.xml")
}

// ParseTIMEX2 reads a TIMEX2 document (WikiWars, ACE): the text of <TEXT>
// with inline <TIMEX2 VAL=... MOD=...> annotations, and the document date
// in <DATETIME>. TIMEX2s nest ("the first ten months of <TIMEX2>1915</TIMEX2>"):
// each is a gold expression of its own, in text order, outer first. A
// TIMEX2 has no type: each gets the TIMEX3 type its value implies, so the
// type score means what it does on TimeML.
func ParseTIMEX2(b []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	var (
		doc      Doc
		text     strings.Builder
		inText   bool
		inDate   bool
		sawText  bool
		open     []*Timex // the TIMEX2s being read inside <TEXT>, outermost first
		dctValue string
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("TIMEX2: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "DATETIME":
				inDate = true
			case "TIMEX2":
				switch {
				case inText:
					val := attrFold(t, "val")
					open = append(open, &Timex{Span: timeline.Span{Start: text.Len()},
						Value: val, Mod: attrFold(t, "mod"), Type: timex2Type(val, attrFold(t, "set"))})
				case inDate:
					dctValue = attrFold(t, "val")
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DATETIME":
				inDate = false
			case "TIMEX2":
				if n := len(open); n > 0 && inText {
					tx := open[n-1]
					open = open[:n-1]
					tx.End = text.Len()
					tx.Text = text.String()[tx.Start:tx.End]
					doc.Gold = append(doc.Gold, *tx)
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	if !sawText {
		return nil, errors.New("TIMEX2: no <TEXT> element")
	}
	doc.Text = text.String()
	// An inner TIMEX2 closes before its outer one: back to text order.
	sort.SliceStable(doc.Gold, func(i, j int) bool {
		a, b := doc.Gold[i], doc.Gold[j]
		return a.Start < b.Start || a.Start == b.Start && a.End > b.End
	})
	if dctValue != "" {
		dct, err := parseDCT(dctValue)
		if err != nil {
			return nil, fmt.Errorf("TIMEX2: DATETIME: %w", err)
		}
		doc.DCT = dct
	}
	return &doc, nil
}

// timex2Type is the TIMEX3 type a TIMEX2 value implies: a SET when marked
// so, a DURATION for a period ("P3Y", "PXY"), a TIME when it has a time of
// day ("1914-08-04T10:00", "XXXX-XX-XXTNI"), else a DATE ("PRESENT_REF"
// too, whose T is no time).
func timex2Type(val, set string) timeline.TimexType {
	switch {
	case strings.EqualFold(set, "YES"):
		return timeline.TypeSet
	case len(val) > 1 && val[0] == 'P' && (val[1] >= '0' && val[1] <= '9' || val[1] == 'X' || val[1] == 'T'):
		return timeline.TypeDuration
	}
	if i := strings.IndexByte(val, 'T'); i > 0 && (val[i-1] >= '0' && val[i-1] <= '9' || val[i-1] == 'X') {
		return timeline.TypeTime
	}
	return timeline.TypeDate
}

// attrFold returns the value of the attribute name in any case: TIMEX2
// files write VAL or val.
func attrFold(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}
