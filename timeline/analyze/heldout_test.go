package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

// documentExpectation is what a careful reader marks in one test document
// (NAME.expected.json beside NAME.txt, .md or .html): the date it was
// written ("" when nothing in it says), the kind of text, and the TIMEX3
// value of each expression, found by its text (the Nth occurrence as a
// whole word).
type documentExpectation struct {
	Kind   string `json:"kind"`
	DCT    string `json:"dct"`
	Mode   string `json:"mode"` // "news" or "narrative": what the flags tell
	Values []struct {
		Text       string `json:"text"`
		Value      string `json:"value"`
		Occurrence int    `json:"occurrence"`
	} `json:"values"`
}

// documentScore tallies one run over a set of documents.
type documentScore struct {
	values, right     int
	dates, datesRight int
	wrong             []string
}

func (s documentScore) pct() float64 { return 100 * float64(s.right) / float64(max(s.values, 1)) }

func (s documentScore) String() string {
	return fmt.Sprintf("%d of %d values right (%.1f %%), %d of %d document dates", s.right, s.values, s.pct(), s.datesRight, s.dates)
}

// scoreDocuments reads every document in dir as the window does (no file
// time, so the result does not depend on the checkout) and tags it, with no
// flags, or told (flags) the date and the kind of text its expectation gives.
func scoreDocuments(t *testing.T, dir string, told bool) documentScore {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no documents in %s (%v)", dir, err)
	}
	var s documentScore
	for _, p := range paths {
		var exp documentExpectation
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &exp); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		base := strings.TrimSuffix(p, ".expected.json")
		docPath := ""
		for _, ext := range []string{".txt", ".md", ".html"} {
			if _, err := os.Stat(base + ext); err == nil {
				docPath = base + ext
			}
		}
		data, err := os.ReadFile(docPath)
		if err != nil {
			t.Fatalf("%s: no document beside it", p)
		}
		doc, err := ingest.Read(docPath, data)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(docPath)
		opts := extract.Options{}
		if told {
			if exp.DCT != "" {
				d, err := timeline.ParseDate(exp.DCT)
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				doc.Date, doc.DateSource = d, timeline.DateFromUser
			}
			opts.Mode = extract.ModeNews
			if exp.Mode == "narrative" {
				opts.Mode = extract.ModeNarrative
			}
		}
		s.dates++
		if got := timeline.FormatDate(doc.Date); got == exp.DCT {
			s.datesRight++
		} else {
			s.wrong = append(s.wrong, fmt.Sprintf("%s: document date %q (%s), want %q", name, got, doc.DateSource, exp.DCT))
		}
		a := Document(doc, opts)
		for _, v := range exp.Values {
			s.values++
			span, ok := findWord(doc.Text, v.Text, max(v.Occurrence, 1))
			if !ok {
				t.Fatalf("%s: %q (occurrence %d) is not in the text", p, v.Text, max(v.Occurrence, 1))
			}
			got := "(not found)"
			for _, m := range a.Mentions {
				if m.Span.Overlaps(span) {
					got = m.Value
					break
				}
			}
			if got == v.Value {
				s.right++
				continue
			}
			s.wrong = append(s.wrong, fmt.Sprintf("%s: %q is %s, want %s", name, v.Text, got, v.Value))
		}
	}
	return s
}

// findWord returns the span of the nth occurrence of w in text that is not
// part of a longer word.
func findWord(text, w string, nth int) (timeline.Span, bool) {
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return timeline.Span{}, false
		}
		start, end := from+i, from+i+len(w)
		from = end
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if isWordRune(before) || isWordRune(after) {
			continue
		}
		if nth--; nth == 0 {
			return timeline.Span{Start: start, End: end}, true
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// TestHeldOutDocuments runs the pipeline as a user meets it (no --dct, no
// --narrative) on twenty documents written for this test and never tuned
// on: wire copy under navigation text, a blog post, chronologies with year
// headings, "this day in history" pages, encyclopedia entries, a report
// dated only by a photo caption, news with a history paragraph, undated
// stories. It prints the figure told the date and kind beside it.
func TestHeldOutDocuments(t *testing.T) {
	untold := reportDocuments(t, "held-out", "testdata/documents/heldout")
	if untold.pct() < minHeldOutUntold {
		t.Errorf("held-out with no flags: %.1f %% of values right, want at least %.0f %%", untold.pct(), minHeldOutUntold)
	}
}

// minHeldOutUntold is the share of held-out values the tagger must get
// right with no flags.
const minHeldOutUntold = 90.0

// TestHeldOutNewsroomDocuments is a second held-out set, written and
// scored before the rules that read tense, modals, reported speech and
// deadlines were changed, and never tuned on: twenty texts of the kinds a
// newsroom reads (wire copy with a dateline, a court report, sports with
// fixtures ahead, quarters and fiscal years, an obituary, a feature with a
// history paragraph, an explainer, a live blog, a weekly column, a weather
// forecast, a press release, previews, two short histories, a chronology).
func TestHeldOutNewsroomDocuments(t *testing.T) {
	untold := reportDocuments(t, "newsroom held-out", "testdata/documents/heldout-newsroom")
	if untold.pct() < minNewsroomUntold {
		t.Errorf("newsroom held-out with no flags: %.1f %% of values right, want at least %.0f %%", untold.pct(), minNewsroomUntold)
	}
}

// minNewsroomUntold is the share of the newsroom held-out values the
// tagger must get right with no flags, so that no later rule loses ground
// on it: 83.1 % when the set was written, 89.2 % (248 of 278) after the
// rules of tense, modals, reported speech and deadlines it was kept for,
// 89.9 % (250 of 278) after issue 9's fourth pass.
const minNewsroomUntold = 89.5

// TestDevDocuments reports the same figures on the development documents,
// the ones rules may be tuned on (with wikiwars-dev). It holds them to no
// gate: the held-out set is the one that judges.
func TestDevDocuments(t *testing.T) {
	reportDocuments(t, "dev", "testdata/documents/dev")
}

// reportDocuments scores the documents in dir with no flags and told the
// date and kind, logs both figures and every miss, and returns the first.
func reportDocuments(t *testing.T, name, dir string) documentScore {
	untold := scoreDocuments(t, dir, false)
	told := scoreDocuments(t, dir, true)
	t.Logf("%s, no flags: %s", name, untold)
	t.Logf("%s, told the date and kind: %s", name, told)
	for _, w := range untold.wrong {
		t.Logf("no flags: %s", w)
	}
	for _, w := range told.wrong {
		t.Logf("told: %s", w)
	}
	return untold
}
