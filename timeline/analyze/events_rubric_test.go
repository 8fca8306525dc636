package analyze

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"retrace/timeline"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

// eventCase is a sentence, or a few lines of an article, with one time
// expression in it and what a careful reader expects of the event that time
// dates: the word that names it (its trigger) and a headline for it.
//
// The rubric, by which each case is right or wrong:
//
//  1. The time expression is the first occurrence of time in text. The case
//     is wrong when the tagger finds no mention overlapping it.
//  2. trigger == "": the time dates no event (a dateline, a byline, a
//     timestamp, navigation or contents text, a name holding a year).
//     Right when no event's mentions include it.
//  3. Otherwise exactly the events whose mentions include it are looked at
//     (with state set, a present state is wanted: Event.State, how things
//     stand at the time, "The firm currently employs 400 people"; the case
//     is wrong when the time also dates a happening); right when one of
//     them is a state exactly when state is set and
//     a. has a trigger whose text is trigger (ignoring case); "a|b" accepts
//     either word, for a time that dates both a verb and the event noun it
//     takes ("posted|loss"),
//     b. has a label that reads as a headline: at most 8 words, a capital
//     first letter, not ending in a function word or a possessive (no
//     "Bush denounced Saddam's"),
//     c. holds the words of headline in order, leaving out the words in
//     parentheses, which it may or may not hold; "a|b" accepts either
//     word. Words compare by their first five letters, ignoring case and a
//     possessive 's (so "apologized" is "apologizes"; a shorter word must
//     be equal), and
//     d. holds none of the words of not.
//  4. same != "": the last occurrence of same is a time expression that
//     dates the same event (the same event said twice is one item).
//
// The cases are run as the window reads an article: ingest, then the whole
// analysis with no flags. An article with no date of its own is given one
// by metadata (15 June 2025), as a web page's would; the date is never
// typed in.
type eventCase struct {
	pattern  string
	text     string
	time     string
	trigger  string
	headline string
	not      []string
	same     string
	state    bool
}

// metadataDate dates the case articles that carry no date of their own.
var metadataDate = timeline.Day(2025, 6, 15)

// judgeEventCase returns "" when the case is right by the rubric, or what
// is wrong with it.
func judgeEventCase(c eventCase) string {
	doc, err := ingest.Read("case.txt", []byte(c.text))
	if err != nil {
		return err.Error()
	}
	if !doc.HasDate() {
		doc.Date, doc.DateSource = metadataDate, timeline.DateFromMetadata
	}
	a := Document(doc, extract.Options{Mode: extract.ModeAuto})
	at := strings.Index(doc.Text, c.time)
	if at < 0 {
		return fmt.Sprintf("the case's text lacks %q", c.time)
	}
	m := mentionAt(a, timeline.Span{Start: at, End: at + len(c.time)})
	if m == nil {
		return fmt.Sprintf("%q not found as a time expression", c.time)
	}
	evs := eventsOf(a, m.ID)
	if c.trigger == "" {
		if len(evs) > 0 {
			return fmt.Sprintf("%q dates %s, want no event", c.time, describeEvents(doc, evs))
		}
		return ""
	}
	if len(evs) == 0 {
		return fmt.Sprintf("%q dates no event", c.time)
	}
	if c.state {
		for _, e := range evs {
			if !e.State {
				return fmt.Sprintf("%q dates the happening %s, want a state", c.time, describeEvents(doc, []*timeline.Event{e}))
			}
		}
	}
	var ev *timeline.Event
	var why []string
	for _, e := range evs {
		if w := judgeEvent(doc, e, c); w != "" {
			why = append(why, w)
			continue
		}
		ev = e
		break
	}
	if ev == nil {
		return strings.Join(why, "; ")
	}
	if c.same != "" {
		at2 := strings.LastIndex(doc.Text, c.same)
		m2 := mentionAt(a, timeline.Span{Start: at2, End: at2 + len(c.same)})
		if at2 < 0 || m2 == nil {
			return fmt.Sprintf("second %q not found as a time expression", c.same)
		}
		if evs2 := eventsOf(a, m2.ID); len(evs2) != 1 || evs2[0].ID != ev.ID {
			return fmt.Sprintf("the second %q dates %s, not the first's event %s", c.same, describeEvents(doc, evs2), ev.ID)
		}
	}
	return ""
}

func judgeEvent(doc *timeline.Document, e *timeline.Event, c eventCase) string {
	desc := describeEvents(doc, []*timeline.Event{e})
	if e.State != c.state {
		return fmt.Sprintf("%s: State is %v", desc, e.State)
	}
	tr := e.Trigger
	if tr.Start < 0 || tr.End <= tr.Start || tr.End > len(doc.Text) || !oneOf(doc.Text[tr.Start:tr.End], c.trigger) {
		return fmt.Sprintf("%s: trigger is not %q", desc, c.trigger)
	}
	words := strings.Fields(e.Label)
	if len(words) == 0 || len(words) > 8 {
		return fmt.Sprintf("%s: not 1 to 8 words", desc)
	}
	if first := []rune(words[0])[0]; unicode.IsLetter(first) && !unicode.IsUpper(first) {
		return fmt.Sprintf("%s: no capital first letter", desc)
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], `.,;:"'`))
	if rubricFunctionWords[last] || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return fmt.Sprintf("%s: ends in %q", desc, last)
	}
	if !holdsInOrder(words, c.headline) {
		return fmt.Sprintf("%s: lacks the words of %q", desc, c.headline)
	}
	for _, n := range c.not {
		for _, w := range words {
			if sameWord(w, n) {
				return fmt.Sprintf("%s: holds %q", desc, n)
			}
		}
	}
	return ""
}

// oneOf reports whether word is one of the alternatives "a|b|c", ignoring
// case (rubric 3a).
func oneOf(word, alternatives string) bool {
	for _, alt := range strings.Split(alternatives, "|") {
		if strings.EqualFold(word, alt) {
			return true
		}
	}
	return false
}

// rubricFunctionWords may not end a headline.
var rubricFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "with": true, "from": true, "and": true, "or": true, "but": true,
	"that": true, "which": true, "who": true, "whom": true, "is": true, "was": true, "were": true,
	"are": true, "has": true, "had": true, "have": true, "will": true, "would": true, "may": true,
	"could": true, "its": true, "his": true, "her": true, "their": true, "as": true, "than": true,
}

// holdsInOrder reports whether the label's words hold the headline's
// required words in order (rubric 3c).
func holdsInOrder(label []string, headline string) bool {
	k := 0
	optional := false
	for _, w := range strings.Fields(headline) {
		open := strings.HasPrefix(w, "(")
		close := strings.HasSuffix(w, ")")
		w = strings.Trim(w, "()")
		skip := optional || open
		if open {
			optional = !close
		} else if close {
			optional = false
		}
		if skip {
			continue
		}
		found := false
		for k < len(label) && !found {
			for _, alt := range strings.Split(w, "|") {
				if sameWord(label[k], alt) {
					found = true
				}
			}
			k++
		}
		if !found {
			return false
		}
	}
	return true
}

// sameWord compares two words by their first five letters (rubric 3c).
func sameWord(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.Trim(s, `.,;:"'()`))
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
		return s
	}
	a, b = norm(a), norm(b)
	if len(a) < 5 || len(b) < 5 {
		return a == b
	}
	return a[:5] == b[:5]
}

func mentionAt(a *timeline.Analysis, s timeline.Span) *timeline.Mention {
	for i := range a.Mentions {
		if a.Mentions[i].Overlaps(s) {
			return &a.Mentions[i]
		}
	}
	return nil
}

func eventsOf(a *timeline.Analysis, mention string) []*timeline.Event {
	var out []*timeline.Event
	for i := range a.Events {
		for _, id := range a.Events[i].Mentions {
			if id == mention {
				out = append(out, &a.Events[i])
			}
		}
	}
	return out
}

func describeEvents(doc *timeline.Document, evs []*timeline.Event) string {
	var parts []string
	for _, e := range evs {
		tr := ""
		if e.Trigger.Start >= 0 && e.Trigger.Start < e.Trigger.End && e.Trigger.End <= len(doc.Text) {
			tr = doc.Text[e.Trigger.Start:e.Trigger.End]
		}
		parts = append(parts, fmt.Sprintf("%s %q [%s]", e.ID, e.Label, tr))
	}
	return strings.Join(parts, ", ")
}

// scoreEventCases judges every case and returns how many are right, logging
// each wrong one.
func scoreEventCases(t *testing.T, cases []eventCase) int {
	t.Helper()
	right := 0
	for _, c := range cases {
		if why := judgeEventCase(c); why != "" {
			t.Logf("wrong [%s] %q (%s): %s", c.pattern, c.text, c.time, why)
			continue
		}
		right++
	}
	return right
}

// TestHeldOutEvents judges the events of sentences written for this test
// before any rule was tuned, and never tuned on (events_heldout_test.go).
func TestHeldOutEvents(t *testing.T) {
	gateEventCases(t, "held-out events", heldOutEvents, minHeldOutEvents)
}

// gateEventCases judges a held-out set of cases, logs how many are right
// under name, and fails when fewer than min percent are.
func gateEventCases(t *testing.T, name string, cases []eventCase, min float64) {
	t.Helper()
	right := scoreEventCases(t, cases)
	pct := 100 * float64(right) / float64(len(cases))
	t.Logf("%s: %d of %d right (%.1f %%)", name, right, len(cases), pct)
	if pct < min {
		t.Errorf("%s: %.1f %% right, want at least %.0f %%", name, pct, min)
	}
}

// minHeldOutEvents is the share of held-out event cases that must be right.
const minHeldOutEvents = 90.0

// TestDevEvents reports the figure on the development cases, which rules
// may be tuned on (events_dev_test.go). No gate: the held-out set judges.
func TestDevEvents(t *testing.T) {
	right := scoreEventCases(t, devEvents)
	t.Logf("dev events: %d of %d right (%.1f %%)", right, len(devEvents), 100*float64(right)/float64(len(devEvents)))
}

// TestRubric checks the rubric's own word matching.
func TestRubric(t *testing.T) {
	label := strings.Fields("Minister apologized for Saddam's raid")
	for _, tt := range []struct {
		headline string
		want     bool
	}{
		{"Minister apologizes (for raid)", true},
		{"Minister apologizes for raid", true},
		{"(The) minister apologizes (to the victims)", true},
		{"Minister (of state) apologizes", true},
		{"Saddam raid", true},
		{"raid Minister", false},
		{"Minister regrets|apologizes", true},
		{"Minister regrets", false},
		{"Minister apologizes victims", false},
	} {
		if got := holdsInOrder(label, tt.headline); got != tt.want {
			t.Errorf("holdsInOrder(%q) = %v, want %v", tt.headline, got, tt.want)
		}
	}
	if sameWord("ran", "run") || !sameWord("Kuwait's", "kuwait") || sameWord("for", "fort") {
		t.Error("sameWord")
	}
}
