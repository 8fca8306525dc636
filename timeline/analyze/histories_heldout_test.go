package analyze

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/eval"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

// TestHeldOutHistories scores the tagger on fifteen histories written for
// this test, in the plain style of an encyclopedia, with every time
// expression marked in TimeML (testdata/histories-heldout/*.tml): wars of
// the seventeenth to the twentieth century (Thirty Years', Third Coalition,
// Crimean, Boer, Balkan, Chaco, Falklands), a medieval siege, campaigns of
// antiquity with dates BC and AD, a city's history, a company's history, a
// biography, a space programme and a chronology with year headings. None of
// these wars is one of wikiwars-dev's eleven. The set was written and
// scored before the rules for histories it judges were changed, and is not
// tuned on.
//
// Each text is read as a user's file is (ingest.Read, no file time) and
// analysed with no flags; the figure told the document date (from the
// markup, as TestCorpora tells wikiwars-dev its date) is logged beside it.
// RETRACE_EVAL_VERBOSE=1 prints every disagreement.
func TestHeldOutHistories(t *testing.T) {
	docs, err := eval.ReadDir(filepath.Join("testdata", "histories-heldout"))
	if err != nil {
		t.Fatal(err)
	}
	untold := eval.Score(docs, userTagger(t, false))
	told := eval.Score(docs, userTagger(t, true))
	for _, r := range []struct {
		name string
		rep  eval.Report
	}{{"no flags", untold}, {"told the date", told}} {
		var b strings.Builder
		r.rep.Write(&b, os.Getenv("RETRACE_EVAL_VERBOSE") != "")
		t.Logf("held-out histories, %s:\n%s", r.name, b.String())
	}
	c := untold.Counts
	if f := c.RelaxedF1(); f < minHistoriesRelaxed {
		t.Errorf("held-out histories with no flags: relaxed extent F1 %.1f, want at least %.1f", f, minHistoriesRelaxed)
	}
	if f := c.ValueF1(); f < minHistoriesValue {
		t.Errorf("held-out histories with no flags: value F1 %.1f, want at least %.1f", f, minHistoriesValue)
	}
}

// The held-out histories' gates, with no flags: the figures the set scored
// when it was written, before any rule was changed for it (563 expressions;
// relaxed extent F1 97.0, value F1 87.6; told the date, value F1 86.1), so
// that no later rule loses ground on it. The relaxed gate allows 0.5 for
// one difference of convention: the set marks "at 8 a.m. on 2 December" as
// one expression, WikiWars marks the time and the day apart, and the
// tagger follows WikiWars (its five such times each leave the day as a
// second expression the set does not have). Scored again once after issue
// 9's fourth pass (dates before Christ written BC0323-06-10, ordinal days,
// spans in encyclopedia boxes, ...): relaxed 97.5, value 93.4; the gates
// hold that.
const (
	minHistoriesRelaxed = 97.0
	minHistoriesValue   = 93.0
)

// userTagger tags a held-out text as the product does a file the user
// opens: read by ingest (which finds the document date in the text, here
// none) and analysed with no flags. Told, the document is given the date of
// its markup, as if found in its metadata.
func userTagger(t *testing.T, told bool) eval.Tagger {
	return func(text string, dct time.Time) []timeline.Mention {
		doc, err := ingest.Read("history.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Text != text {
			t.Fatal("ingest changed the text of a plain UTF-8 file: spans would not match")
		}
		if told {
			doc.Date, doc.DateSource = dct, timeline.DateFromMetadata
		}
		return Document(doc, extract.Options{}).Mentions
	}
}
