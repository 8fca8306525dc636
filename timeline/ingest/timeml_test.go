package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
)

const tinyTimeML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>APW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Sales <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; fell.

Prices held.
</TEXT>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	for _, name := range []string{"story.tml", "story"} { // by extension, and by content
		doc, err := Read(name, []byte(tinyTimeML))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := "\nSales rose last year & fell.\n\nPrices held.\n"; doc.Text != want {
			t.Errorf("%s: text %q, want %q", name, doc.Text, want)
		}
		if doc.Format != FormatTimeML || doc.DateSource != timeline.DateFromMetadata ||
			!doc.Date.Equal(timeline.Day(1998, time.January, 8)) {
			t.Errorf("%s: format %q, date %v from %q", name, doc.Format, doc.Date, doc.DateSource)
		}
		if len(doc.Paragraphs) != 2 || len(doc.Sentences) != 2 {
			t.Errorf("%s: %d paragraphs, %d sentences", name, len(doc.Paragraphs), len(doc.Sentences))
		}
	}
}

func TestReadTimeMLWithoutDCT(t *testing.T) {
	in := "<TimeML><TEXT>MOSCOW, Jan 2, 2026 (Reuters) - Talks began.</TEXT></TimeML>"
	doc, err := Read("x.tml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if doc.DateSource != timeline.DateFromDateline || !doc.Date.Equal(timeline.Day(2026, time.January, 2)) {
		t.Errorf("date %v from %q, want the dateline's", doc.Date, doc.DateSource)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, in := range []string{
		"<TimeML><TEXT>unclosed</TimeML>",
		"<TimeML><DOCID>no text</DOCID></TimeML>",
		"<TimeML><TEXT>  </TEXT></TimeML>",
	} {
		_, err := Read("bad.tml", []byte(in))
		if err == nil || !strings.HasPrefix(err.Error(), `read "bad.tml": `) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: error %v", in, err)
		}
	}
	if _, err := Read("empty.tml", []byte("<TimeML><TEXT>\n</TEXT></TimeML>")); !errors.Is(err, ErrEmpty) {
		t.Errorf("a TimeML file with no text: %v, want ErrEmpty", err)
	}
}
