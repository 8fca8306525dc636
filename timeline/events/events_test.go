package events

import (
	"cmp"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/lex"
)

func checkBounds(t *testing.T, e *timeline.Event, earliest, latest string) {
	t.Helper()
	if got := timeline.FormatDate(e.Interval.Earliest); got != earliest {
		t.Errorf("%s %q earliest %s, want %s", e.ID, e.Label, got, earliest)
	}
	if got := timeline.FormatDate(e.Interval.Latest); got != latest {
		t.Errorf("%s %q latest %s, want %s", e.ID, e.Label, got, latest)
	}
}

// The sample's pattern: an undated sentence inherits the greeting's date and
// the clashes are placed some weeks before it.
func TestWeeksAfterInheritsLastDatedEvent(t *testing.T) {
	text := "Putin sent a greeting to Kim on New Year's Day. The timing of the message, just weeks after intense clashes in the Kursk region, drew attention."
	_, evs, ms := analyze(t, text, "2026-01-02",
		ref{text: "New Year's Day", value: "2026-01-01", earliest: "2026-01-01", latest: "2026-01-01", kind: timeline.KindDeictic, anchor: "dct"},
		ref{text: "weeks", typ: timeline.TypeDuration, value: "PXW"})
	if len(evs) != 2 {
		t.Fatalf("want 2 events, got:\n%s", dump(evs))
	}
	greet, clash := eventWith(evs, "greeting"), eventWith(evs, "clashes")
	if greet == nil || clash == nil {
		t.Fatalf("missing greeting or clashes:\n%s", dump(evs))
	}
	if clash.Label != "Intense clashes in Kursk region" {
		t.Errorf("clash label %q", clash.Label)
	}
	// 1..8 weeks before 2026-01-01
	checkBounds(t, clash, "2025-11-06", "2025-12-25")
	if !clash.Interval.FuzzyStart || !clash.Interval.FuzzyEnd || clash.Kind != timeline.KindRelative {
		t.Errorf("clashes should be relative with fuzzy ends: %+v", clash)
	}
	if greet.ID != "e1" || clash.ID != "e2" || evs[0].ID != "e2" {
		t.Errorf("ids by text order, list by earliest:\n%s", dump(evs))
	}
	if !strings.HasPrefix(clash.How, "some weeks before e1 (") || !strings.Contains(clash.How, "last dated event") {
		t.Errorf("clash how %q", clash.How)
	}
	if greet.How != "relative to the document date 2026-01-02" {
		t.Errorf("greeting how %q", greet.How)
	}
	if ms[1].Anchor != "event:e1" || ms[1].Kind != timeline.KindRelative {
		t.Errorf("weeks mention: anchor %q kind %q", ms[1].Anchor, ms[1].Kind)
	}
	if len(clash.Mentions) != 1 || clash.Mentions[0] != "t2" {
		t.Errorf("clash mentions %v", clash.Mentions)
	}
}

func TestRelativeToOwnEvent(t *testing.T) {
	tests := []struct {
		name, text       string
		refs             []ref
		word             string // label word of the placed event
		earliest, latest string
		how              string
	}{
		{"days after, same sentence", "Protesters returned to the streets on March 5, two days after the vote.",
			[]ref{{text: "March 5", value: "2025-03-05", earliest: "2025-03-05", latest: "2025-03-05"},
				{text: "two days", typ: timeline.TypeDuration, value: "P2D"}},
			"vote", "2025-03-03", "2025-03-03", "2 days before e1 (Protesters returned to streets)"},
		{"months before", "The party launched its campaign in June 2023, months before the election.",
			[]ref{{text: "June 2023", value: "2023-06", earliest: "2023-06-01", latest: "2023-06-30"},
				{text: "months", typ: timeline.TypeDuration, value: "PXM"}},
			"election", "2023-07-01", "2024-06-30", "some months after e1 (Party launched its campaign)"},
		{"shortly after, no duration", "Fighting broke out on 12 May 2022. Shortly after the ceasefire collapsed, civilians fled the city.",
			[]ref{{text: "12 May 2022", value: "2022-05-12", earliest: "2022-05-12", latest: "2022-05-12"}},
			"ceasefire", "2022-04-28", "2022-05-12", "shortly before e1 (Fighting broke out), the last dated event before this sentence, which gives no date of its own"},
		{"prior to", "Troops massed on the border in October 2021, three months prior to the invasion.",
			[]ref{{text: "October 2021", value: "2021-10", earliest: "2021-10-01", latest: "2021-10-31"},
				{text: "three months", typ: timeline.TypeDuration, value: "P3M"}},
			"invasion", "2022-01-01", "2022-01-31", "3 months after e1 (Troops massed on border)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, evs, _ := analyze(t, tt.text, "2026-01-02", tt.refs...)
			e := eventWith(evs, tt.word)
			if e == nil {
				t.Fatalf("no event with %q:\n%s", tt.word, dump(evs))
			}
			checkBounds(t, e, tt.earliest, tt.latest)
			if e.How != tt.how {
				t.Errorf("how %q, want %q", e.How, tt.how)
			}
		})
	}
}

// "A year later" places the sentence's own event from the last dated one,
// and a later relative phrase counts from that derived date: the bound
// travels along the chain.
func TestChain(t *testing.T) {
	text := "The summit took place on 4 April 2024. Two weeks later, the ministers met again. Days after that meeting, talks collapsed."
	_, evs, ms := analyze(t, text, "2026-01-02",
		ref{text: "4 April 2024", value: "2024-04-04", earliest: "2024-04-04", latest: "2024-04-04"},
		ref{text: "Two weeks", typ: timeline.TypeDuration, value: "P2W"},
		ref{text: "Days", typ: timeline.TypeDuration, value: "PXD"})
	if len(evs) != 3 {
		t.Fatalf("want 3 events:\n%s", dump(evs))
	}
	met, meeting := eventWith(evs, "ministers met"), eventWith(evs, "meeting")
	if met == nil || meeting == nil {
		t.Fatalf("missing events:\n%s", dump(evs))
	}
	checkBounds(t, met, "2024-04-18", "2024-04-18")
	checkBounds(t, meeting, "2024-04-04", "2024-04-17")
	if ms[1].Anchor != "event:e1" || ms[2].Anchor != "event:e2" {
		t.Errorf("anchors %q %q", ms[1].Anchor, ms[2].Anchor)
	}
	if met.How != "2 weeks after e1 (Summit took place)" {
		t.Errorf("met how %q", met.How)
	}
}

func TestCombineInOneClause(t *testing.T) {
	_, evs, _ := analyze(t, "The court ruled on Monday, March 3, 2025 that the law was void.", "",
		ref{text: "Monday", value: "2025-W10-1", earliest: "2025-03-03", latest: "2025-03-09"},
		ref{text: "March 3, 2025", value: "2025-03-03", earliest: "2025-03-03", latest: "2025-03-03"})
	if len(evs) != 1 {
		t.Fatalf("one clause, one event:\n%s", dump(evs))
	}
	checkBounds(t, &evs[0], "2025-03-03", "2025-03-03")
	if len(evs[0].Mentions) != 2 {
		t.Errorf("mentions %v", evs[0].Mentions)
	}
	_, evs, _ = analyze(t, "The drought lasted from 2009 to 2011 across the south.", "",
		ref{text: "2009", value: "2009", earliest: "2009-01-01", latest: "2009-12-31"},
		ref{text: "2011", value: "2011", earliest: "2011-01-01", latest: "2011-12-31"})
	if len(evs) != 1 {
		t.Fatalf("one clause, one event:\n%s", dump(evs))
	}
	checkBounds(t, &evs[0], "2009-01-01", "2011-12-31")
	if evs[0].Label != "Drought lasted across south" {
		t.Errorf("label %q", evs[0].Label)
	}
}

func TestSeparateClausesSeparateEvents(t *testing.T) {
	_, evs, _ := analyze(t, "The plant opened in 1998, and it closed in 2015.", "",
		ref{text: "1998", value: "1998", earliest: "1998-01-01", latest: "1998-12-31"},
		ref{text: "2015", value: "2015", earliest: "2015-01-01", latest: "2015-12-31"})
	if len(evs) != 2 || evs[0].Label != "Plant opened" || evs[1].Label != "It closed" {
		t.Fatalf("want 'Plant opened' and 'It closed':\n%s", dump(evs))
	}
}

func TestUnplaceable(t *testing.T) {
	// A duration and a set date the events they measure and repeat ("lasted
	// three weeks", "resumed every Monday") without placing them: the events
	// have no interval and stay off the chart. A relative phrase with no
	// dated event to count from places nothing and keeps its anchor.
	doc, evs, ms := analyze(t, "Just weeks after the clashes, the talks lasted three weeks and resumed every Monday.", "2026-01-02",
		ref{text: "weeks", typ: timeline.TypeDuration, value: "PXW", anchor: "none"},
		ref{text: "three weeks", typ: timeline.TypeDuration, value: "P3W"},
		ref{text: "every Monday", typ: timeline.TypeSet, value: "XXXX-WXX-1"})
	if len(evs) != 2 {
		t.Fatalf("want the lasting and the resuming:\n%s", dump(evs))
	}
	for i, want := range []string{"lasted", "resumed"} {
		if got := doc.Text[evs[i].Trigger.Start:evs[i].Trigger.End]; got != want || !evs[i].Interval.IsZero() {
			t.Errorf("event %d: trigger %q, interval %v; want %q, none", i, got, evs[i].Interval, want)
		}
	}
	if ms[0].Anchor != "none" {
		t.Errorf("anchor changed to %q", ms[0].Anchor)
	}
	if tl := timeline.New(&timeline.Analysis{Doc: doc, Mentions: ms, Events: evs}); len(tl.Items) != 0 {
		t.Errorf("undated events on the chart: %+v", tl.Items)
	}
}

// A relative phrase whose noun phrase has its own date is not re-placed.
func TestRelativePhraseWithOwnDate(t *testing.T) {
	_, evs, _ := analyze(t, "Riots broke out on 3 June 2015, weeks after the 2014 election.", "",
		ref{text: "3 June 2015", value: "2015-06-03", earliest: "2015-06-03", latest: "2015-06-03"},
		ref{text: "weeks", typ: timeline.TypeDuration, value: "PXW"},
		ref{text: "2014", value: "2014", earliest: "2014-01-01", latest: "2014-12-31"})
	if len(evs) != 2 {
		t.Fatalf("want 2 events:\n%s", dump(evs))
	}
	if e := eventWith(evs, "election"); e == nil || e.Interval.Earliest.Year() != 2014 {
		t.Errorf("election should keep its own date:\n%s", dump(evs))
	}
}

func TestBadInput(t *testing.T) {
	doc, evs, _ := analyze(t, "Nothing happened.", "")
	if len(evs) != 0 || doc == nil {
		t.Fatal("no mentions, no events")
	}
	ms := []timeline.Mention{
		{ID: "t1", Span: timeline.Span{Start: -3, End: 2}, Type: timeline.TypeDate},
		{ID: "t2", Span: timeline.Span{Start: 5, End: 500}, Type: timeline.TypeDate},
		{ID: "t3", Span: timeline.Span{Start: 8, End: 4}, Type: timeline.TypeDate},
		{ID: "t4", Span: timeline.Span{Start: 0, End: 7}, Type: timeline.TypeDate,
			Interval: timeline.Interval{Earliest: date(t, "2020-05-01"), Latest: date(t, "2020-01-01")}},
	}
	evs, out := Build(doc, tokens(doc), ms, date(t, "2020-01-01"))
	if len(out) != 4 || len(evs) != 1 || evs[0].Interval.Latest.Before(evs[0].Interval.Earliest) {
		t.Fatalf("want the one valid mention as an event with ordered bounds:\n%s", dump(evs))
	}
	if evs, _ := Build(nil, tokens(nil), ms, date(t, "2020-01-01")); evs != nil {
		t.Fatal("nil document: no events")
	}
}

// "Two weeks later" with no comma: the label is the rest of the clause.
func TestLaterWithoutComma(t *testing.T) {
	_, evs, ms := analyze(t, "The summit took place on 4 April 2024. Two weeks later the ministers met again.", "",
		ref{text: "4 April 2024", value: "2024-04-04", earliest: "2024-04-04", latest: "2024-04-04"},
		ref{text: "Two weeks", typ: timeline.TypeDuration, value: "P2W"})
	e := eventWith(evs, "ministers met again")
	if e == nil {
		t.Fatalf("no event for the ministers:\n%s", dump(evs))
	}
	checkBounds(t, e, "2024-04-18", "2024-04-18")
	if ms[1].Anchor != "event:e1" || e.Kind != timeline.KindRelative {
		t.Errorf("anchor %q kind %q", ms[1].Anchor, e.Kind)
	}
}

// TestVagueFuturePlacesNoEvent: "in the years to come" is found and
// resolved by the tagger and names the happening it qualifies, but places
// it nowhere on the chart; "now" in the same text does, with a
// verb that says something happened (a present state would not: see
// TestNotEvents).
func TestVagueFuturePlacesNoEvent(t *testing.T) {
	text := "The partnership may prove decisive in the years to come. Ties have now grown strong."
	doc := ingest.FromText("", text)
	dct := timeline.Day(2026, 1, 2)
	future := strings.Index(text, "years to come")
	now := strings.Index(text, "now")
	mentions := []timeline.Mention{
		{ID: "t1", Span: timeline.Span{Start: future, End: future + len("years to come")}, Text: "years to come",
			Type: timeline.TypeDate, Value: "FUTURE_REF", Kind: timeline.KindFuzzy, Anchor: "dct",
			Interval: timeline.Interval{Earliest: dct, Latest: dct.AddDate(5, 0, 0), FuzzyEnd: true, Granularity: timeline.GranYear}},
		{ID: "t2", Span: timeline.Span{Start: now, End: now + 3}, Text: "now",
			Type: timeline.TypeDate, Value: "PRESENT_REF", Kind: timeline.KindFuzzy, Anchor: "dct",
			Interval: timeline.Interval{Earliest: dct, Latest: dct, Granularity: timeline.GranDay}},
	}
	evs, _ := Build(doc, tokens(doc), mentions, dct)
	// The vague future joins the happening it qualifies, as a duration
	// does, and leaves it undated (off the chart).
	var dated []timeline.Event
	for _, e := range evs {
		if !e.Interval.IsZero() {
			dated = append(dated, e)
		} else if len(e.Mentions) != 1 || e.Mentions[0] != "t1" || text[e.Trigger.Start:e.Trigger.End] != "prove" {
			t.Errorf("undated event %+v, want the proving, by t1", e)
		}
	}
	if len(dated) != 1 || len(dated[0].Mentions) != 1 || dated[0].Mentions[0] != "t2" {
		t.Fatalf("want one event dated by \"now\", got %+v", evs)
	}
}

// Two disjoint times in one clause date two events when a new part starts
// between them; a range, a comparison or a time before the verb stays one.
func TestSplitBetweenDates(t *testing.T) {
	tests := []struct {
		text   string
		refs   []ref
		labels []string // by text order; the intervals are the refs'
	}{
		{"He was convicted in March 2024 of taking bribes between 2015 and 2019.",
			[]ref{{text: "March 2024", earliest: "2024-03-01", latest: "2024-03-31"},
				{text: "2015", earliest: "2015-01-01", latest: "2015-12-31"}, {text: "2019", earliest: "2019-01-01", latest: "2019-12-31"}},
			[]string{"He was convicted 2024-03-01..2024-03-31", "Taking bribes 2015-01-01..2019-12-31"}},
		{"The city was founded around 750 BC and reached its height in the 5th century BC.",
			[]ref{{text: "around 750 BC", earliest: "-0749-01-01", latest: "-0749-12-31"},
				{text: "the 5th century BC", earliest: "-0499-01-01", latest: "-0400-12-31"}},
			[]string{"City was founded -0749-01-01..-0749-12-31", "City reached its height -0499-01-01..-0400-12-31"}},
		{"The suspect was arrested at 3:15 a.m. Sunday and arraigned on Monday afternoon.",
			[]ref{{text: "3:15 a.m. Sunday", earliest: "2025-11-02", latest: "2025-11-02"}, {text: "Monday afternoon", earliest: "2025-11-03", latest: "2025-11-03"}},
			[]string{"Suspect was arrested 2025-11-02..2025-11-02", "Suspect arraigned 2025-11-03..2025-11-03"}},
		{"Born on May 2, 1938, in Juarez, she moved to Texas in 1956 and published her first book in 1971.",
			[]ref{{text: "May 2, 1938", earliest: "1938-05-02", latest: "1938-05-02"}, {text: "1956", earliest: "1956-01-01", latest: "1956-12-31"},
				{text: "1971", earliest: "1971-01-01", latest: "1971-12-31"}},
			[]string{"Born in Juarez 1938-05-02..1938-05-02", "She moved to Texas 1956-01-01..1956-12-31", "She published her first book 1971-01-01..1971-12-31"}},
		{"Sales fell to $3 million in 1989 from $4 million in 1988.",
			[]ref{{text: "1989", earliest: "1989-01-01", latest: "1989-12-31"}, {text: "1988", earliest: "1988-01-01", latest: "1988-12-31"}},
			[]string{"Sales fell to $3 million from $4 million 1988-01-01..1989-12-31"}},
		{"The World Court Friday rejected objections to a case over a bombing in 1988.",
			[]ref{{text: "Friday", earliest: "1998-02-27", latest: "1998-02-27"}, {text: "1988", earliest: "1988-01-01", latest: "1988-12-31"}},
			[]string{"World Court rejected objections to case over bombing 1998-02-27..1998-02-27", "Bombing 1988-01-01..1988-12-31"}},
		{"Prices rose from March to May and stayed high.",
			[]ref{{text: "March", earliest: "2025-03-01", latest: "2025-03-31"}, {text: "May", earliest: "2025-05-01", latest: "2025-05-31"}},
			[]string{"Prices rose and stayed high 2025-03-01..2025-05-31"}},
	}
	for _, tt := range tests {
		_, evs, _ := analyze(t, tt.text, "2026-01-02", tt.refs...)
		var got []string
		for _, e := range evs {
			got = append(got, e.ID+" "+e.Label+" "+timeline.FormatDate(e.Interval.Earliest)+".."+timeline.FormatDate(e.Interval.Latest))
		}
		slices.Sort(got)
		if len(got) != len(tt.labels) {
			t.Errorf("%q: got %d events, want %d:\n%s", tt.text, len(got), len(tt.labels), dump(evs))
			continue
		}
		for i, w := range tt.labels {
			if want := "e" + strconv.Itoa(i+1) + " " + w; got[i] != want {
				t.Errorf("%q:\n  got  %q\n  want %q", tt.text, got[i], want)
			}
		}
	}
}

// A sentence set in capitals is read as its lower-case twin: "SHORTLY AFTER
// THE CEASEFIRE COLLAPSED" places the ceasefire as "Shortly after the
// ceasefire collapsed" does. (The test for whether a sentence could hold a
// relative phrase once looked for "after" and "before" in lower case only.)
func TestCapitalsReadAsLowerCase(t *testing.T) {
	for _, second := range []string{"Shortly after the ceasefire collapsed, civilians fled the city.",
		"SHORTLY AFTER THE CEASEFIRE COLLAPSED, CIVILIANS FLED THE CITY."} {
		text := "Fighting broke out on 12 May 2022. " + second
		_, evs, _ := analyze(t, text, "",
			ref{text: "12 May 2022", value: "2022-05-12", earliest: "2022-05-12", latest: "2022-05-12"})
		ceasefire := eventWith(evs, "ceasefire")
		if len(evs) != 2 || ceasefire == nil {
			t.Fatalf("%q: want the fighting and the ceasefire, got:\n%s", second, dump(evs))
		}
		checkBounds(t, ceasefire, "2022-04-28", "2022-05-12")
	}
}

// A relative phrase after a clause's own verb places that clause's
// happening, not the event it names: "spotted in the weeks before the
// shooting" is about the spotting, counted from the story's last dated
// event, which stands for the shooting told before. Every event placed
// relative to another has a trigger.
func TestRelativePlacesItsClause(t *testing.T) {
	text := "A doctor was shot at his home on Oct. 23. His car was spotted in the neighborhood in the weeks before the shooting, and was found at an airport in December."
	_, evs, _ := analyze(t, text, "1999-05-06",
		ref{text: "Oct. 23", value: "1998-10-23", earliest: "1998-10-23", latest: "1998-10-23"},
		ref{text: "weeks", typ: timeline.TypeDuration, value: "PXW"},
		ref{text: "December", value: "1998-12", earliest: "1998-12-01", latest: "1998-12-31"})
	spotted := eventWith(evs, "spotted")
	if spotted == nil {
		t.Fatalf("no spotting:\n%s", dump(evs))
	}
	if tr := text[spotted.Trigger.Start:spotted.Trigger.End]; tr != "spotted" {
		t.Errorf("trigger %q, want spotted", tr)
	}
	checkBounds(t, spotted, "1998-08-28", "1998-10-16") // one to eight weeks before
	if eventWith(evs, "Shooting") != nil {
		t.Errorf("the shooting, told before, placed again:\n%s", dump(evs))
	}

	text = "Protesters returned to the streets on March 5, two days after the vote."
	_, evs, _ = analyze(t, text, "2026-01-02",
		ref{text: "March 5", value: "2025-03-05", earliest: "2025-03-05", latest: "2025-03-05"},
		ref{text: "two days", typ: timeline.TypeDuration, value: "P2D"})
	if vote := eventWith(evs, "vote"); vote == nil || text[vote.Trigger.Start:vote.Trigger.End] != "vote" {
		t.Errorf("the vote has no trigger:\n%s", dump(evs))
	}
}

// TestMayRelateAsksEveryWord checks mayRelate, which tests a class as a
// bit, against asking each token of a sentence whether it is a window
// adverb with a relation word after it (windowPairAt), and that
// findRelatives finds nothing in a sentence it passes over
// (relativesRead): on every sentence of the TimeBank articles, read in
// order and then again from the last one back (which sends firstToken to
// its search), and each cut short at its relation words.
func TestMayRelateAsksEveryWord(t *testing.T) {
	files := timeBankFiles(t)
	relation := lex.Of(lex.AfterWord, lex.BeforeWord)
	relating, passed := 0, 0
	for _, f := range files {
		doc, _, _ := readTimeML(t, f)
		tt := tokens(doc)
		b := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
		back := slices.Clone(doc.Sentences)
		slices.Reverse(back)
		spans := append(slices.Clone(doc.Sentences), back...)
		// and each sentence cut short at its relation words: inside one,
		// and just after it
		for _, s := range doc.Sentences {
			for i := range tt.Len() {
				if tt.Start(i) > s.Start && tt.End(i) <= s.End && tt.Entry(i).Classes.Any(relation) {
					spans = append(spans, timeline.Span{Start: s.Start, End: tt.Start(i) + 1}, timeline.Span{Start: s.Start, End: tt.End(i)})
				}
			}
		}
		for _, s := range spans {
			w := windowPairAt(tt, s)
			got := b.mayRelate(s)
			if got != w {
				t.Errorf("%s: mayRelate(%q) = %v, want %v", filepath.Base(f), doc.Text[s.Start:s.End], got, w)
			}
			if w {
				relating++
			} else if rels := relativesRead(tt, s); len(rels) > 0 {
				t.Errorf("%s: mayRelate(%q) = false, but findRelatives finds %d", filepath.Base(f), doc.Text[s.Start:s.End], len(rels))
			} else {
				passed++
			}
		}
	}
	if relating < 5 || passed < 1000 {
		t.Errorf("only %d sentences with a window adverb and a relation word, %d without", relating, passed)
	}
}

// TestIsAmountAsDecoded checks isAmount's table of ASCII bytes against
// decoding the word's first rune (startsAmount): every byte alone and
// before a letter, and words beyond ASCII.
func TestIsAmountAsDecoded(t *testing.T) {
	words := []string{"", "£5", "€", "٣", "é", "\xff", "$", "0", "9", ":"}
	for c := range 256 {
		words = append(words, string([]byte{byte(c)}), string([]byte{byte(c), 'a'}))
	}
	for _, w := range words {
		if got, want := isAmount(w), startsAmount(w); got != want {
			t.Errorf("isAmount(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNewDraftIsZeroed checks that newDraft hands out zeroed drafts, never
// one handed out before, across several of its blocks: the sentence writes
// only the fields a draft sets.
func TestNewDraftIsZeroed(t *testing.T) {
	var b builder
	seen := map[*draft]bool{}
	for i := range 1000 {
		d := b.newDraft()
		if !reflect.ValueOf(*d).IsZero() || seen[d] {
			t.Fatalf("draft %d: %+v, handed out before: %v", i, *d, seen[d])
		}
		seen[d] = true
		d.label, d.mentions, d.anchor = "written", []int{i}, i
	}
}

// TestSortByDayAsSortFunc holds sortByDay to sorting the keys by day,
// place and index, on random keys in text order: few days and many, days
// apart by a second or a nanosecond, before 1970 and after (days dealt out
// out of their text order, or a day's keys out of theirs, fail it); one
// time in ten, thousands of keys on hundreds of days, whose seconds meet
// in sortByDay's table and run past its end.
func TestSortByDayAsSortFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := range 2000 {
		n, span := rng.IntN(60), int64(8)
		if i%10 == 0 {
			n, span = rng.IntN(3000), 1000
		}
		ndays := 1 + rng.IntN(1+n)
		secs := make([]int64, ndays)
		nsecs := make([]int, ndays)
		for d := range ndays {
			secs[d] = rng.Int64N(span) * 86400 * (rng.Int64N(3) - 1)
			if rng.IntN(4) == 0 {
				nsecs[d] = rng.IntN(3)
			}
		}
		keys := make([]draftKey, n)
		pos := 0
		for k := range keys {
			pos += rng.IntN(3)
			d := rng.IntN(ndays)
			if k > 0 && rng.IntN(3) == 0 {
				keys[k].sec, keys[k].nsec = keys[k-1].sec, keys[k-1].nsec
			} else {
				keys[k].sec, keys[k].nsec = secs[d], nsecs[d]
			}
			keys[k].pos, keys[k].draft = pos, rng.IntN(1000)+1000*k
		}
		want := slices.Clone(keys)
		slices.SortFunc(want, func(x, y draftKey) int {
			if x.sec != y.sec {
				return cmp.Compare(x.sec, y.sec)
			}
			if x.nsec != y.nsec {
				return x.nsec - y.nsec
			}
			if c := x.pos - y.pos; c != 0 {
				return c
			}
			return x.draft - y.draft
		})
		if got := sortByDay(keys); !slices.Equal(got, want) {
			t.Fatalf("sortByDay(%v) = %v, want %v", keys, got, want)
		}
	}
}

// TestAddSpansAsSorted holds addSpans, which sorts only two spans or
// more, to the spans of its tokens each once and sorted by start, on
// random lists of tokens (repeats, none, one) added to the spans of an
// earlier call or to none (sorting two left out, by hand: fails).
func TestAddSpansAsSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	toks := make([]token, 12)
	for k := range toks {
		toks[k].Span = timeline.Span{Start: 5 * k, End: 5*k + 4}
	}
	randomKs := func() []int {
		ks := make([]int, rng.IntN(4))
		for i := range ks {
			ks[i] = rng.IntN(len(toks))
		}
		return ks
	}
	for range 20000 {
		var with []timeline.Span
		if rng.IntN(2) == 0 {
			with = addSpans(nil, toks, randomKs())
		}
		ks := randomKs()
		want := slices.Clone(with)
		for _, k := range ks {
			if !slices.Contains(want, toks[k].Span) {
				want = append(want, toks[k].Span)
			}
		}
		slices.SortFunc(want, func(x, y timeline.Span) int { return x.Start - y.Start })
		if got := addSpans(slices.Clone(with), toks, ks); !slices.Equal(got, want) {
			t.Fatalf("addSpans(%v, %v) = %v, want %v", with, ks, got, want)
		}
	}
}

// TestRunPassesOverStraySentences holds run's reading of a document's
// sentences to the same document with the sentences it passes over taken
// out: among the TimeBank articles' sentences, empty ones, ones that end
// past the text and ones that begin before the last one read ended (an
// earlier sentence again, one overlapping the last) are put, and Build
// must give the same events and mentions as on the sentences alone.
func TestRunPassesOverStraySentences(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	for _, f := range timeBankFiles(t)[:40] {
		doc, ms, dct := readTimeML(t, f)
		want, wantMs := Build(doc, tokens(doc), ms, dct)
		stray := *doc
		stray.Sentences = nil
		for k, s := range doc.Sentences {
			stray.Sentences = append(stray.Sentences, s)
			switch rng.IntN(5) {
			case 0:
				stray.Sentences = append(stray.Sentences, timeline.Span{Start: s.End, End: s.End})
			case 1:
				stray.Sentences = append(stray.Sentences, timeline.Span{Start: s.Start, End: len(doc.Text) + 1 + rng.IntN(3)})
			case 2:
				stray.Sentences = append(stray.Sentences, doc.Sentences[rng.IntN(k+1)])
			case 3:
				stray.Sentences = append(stray.Sentences, timeline.Span{Start: s.End - 1, End: s.End + 1})
			}
		}
		got, gotMs := Build(&stray, tokens(&stray), ms, dct)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotMs, wantMs) {
			t.Fatalf("%s: with stray sentences, Build gives other events or mentions", filepath.Base(f))
		}
	}
}

// TestFirstTokenAsScan holds firstToken, which answers the token the last
// sentence stopped at (b.at) when the span begins there and searches
// otherwise, to the first token at or after the span's start found by
// reading them all, for every b.at about it and random others, on the
// TimeBank articles' sentences and spans that begin anywhere (inside a
// token, in the white space before one, past the last).
func TestFirstTokenAsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for _, f := range timeBankFiles(t)[:30] {
		doc, _, _ := readTimeML(t, f)
		tt := tokens(doc)
		b := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
		spans := slices.Clone(doc.Sentences)
		for range 200 {
			spans = append(spans, timeline.Span{Start: rng.IntN(len(doc.Text) + 2)})
		}
		for _, s := range spans {
			want := 0
			for want < tt.Len() && tt.Start(want) < s.Start {
				want++
			}
			for _, at := range []int{want - 1, want, want + 1, 0, tt.Len(), rng.IntN(tt.Len() + 1)} {
				if at < 0 {
					continue
				}
				b.at = at
				if got := b.firstToken(s); got != want || b.at != want {
					t.Fatalf("%s: from %d, firstToken(%v) = %d (at %d), want %d", filepath.Base(f), at, s, got, b.at, want)
				}
			}
		}
	}
}

// TestSortByPlaceAsSortFunc holds sortByPlace to slices.SortFunc by place
// and draft, on keys made as finish makes them (drafts ascending) with
// places that go down now and then (the insertion), often (past the budget:
// slices.SortFunc), or never, and that repeat (the drafts of one place
// keep their order).
func TestSortByPlaceAsSortFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 34))
	for round := range 20000 {
		n := rng.IntN(60)
		keys := make([]draftKey, n)
		pos := 0
		for k := range keys {
			switch r := rng.IntN(100); {
			case r < round%100/2: // from none to half the keys go back
				pos -= rng.IntN(40)
			case r < 80:
				pos += rng.IntN(3) // 0: the same place as the one before
			}
			keys[k] = draftKey{pos: pos, draft: k + rng.IntN(2)*k, sec: int64(k)}
		}
		for k := 1; k < n; k++ {
			keys[k].draft = max(keys[k].draft, keys[k-1].draft+1) // ascending, as made
		}
		want := slices.Clone(keys)
		slices.SortFunc(want, func(x, y draftKey) int {
			if c := x.pos - y.pos; c != 0 {
				return c
			}
			return x.draft - y.draft
		})
		sortByPlace(keys)
		if !slices.Equal(keys, want) {
			t.Fatalf("sortByPlace: %v, want %v", keys, want)
		}
	}
}

// TestDaysByDateAsSortFunc holds daysByDate to slices.SortFunc by second
// and nanosecond, on random distinct days: calendar days (no nanosecond)
// near 1970 and at the edges of the seconds it packs (2^39 either way) and
// past them, and days a nanosecond apart, which it sorts as before.
func TestDaysByDateAsSortFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(56, 78))
	const edge = int64(1) << 39
	for round := range 20000 {
		seen := map[day]bool{}
		var days []day
		for range rng.IntN(50) {
			var d day
			switch r := rng.IntN(10); {
			case r < 6:
				d.sec = rng.Int64N(2000) * 86400 * (rng.Int64N(3) - 1)
			case r < 8:
				d.sec = edge - 1 - rng.Int64N(3) // the last seconds packed, and the first not
				if rng.IntN(2) == 0 {
					d.sec = -edge + 1 - rng.Int64N(3)
				}
				d.sec += rng.Int64N(3) - 1
			default:
				d.sec = rng.Int64() - rng.Int64()
			}
			if round%3 == 0 && rng.IntN(8) == 0 {
				d.nsec = rng.IntN(3)
			}
			if !seen[d] {
				seen[d] = true
				days = append(days, d)
			}
		}
		want := make([]int32, len(days))
		for n := range want {
			want[n] = int32(n)
		}
		slices.SortFunc(want, func(x, y int32) int {
			if days[x].sec != days[y].sec {
				return cmp.Compare(days[x].sec, days[y].sec)
			}
			return days[x].nsec - days[y].nsec
		})
		if got := daysByDate(days); !slices.Equal(got, want) {
			t.Fatalf("daysByDate(%v) = %v, want %v", days, got, want)
		}
	}
}
