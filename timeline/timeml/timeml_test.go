package timeml

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
)

const tiny = `<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Sales <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> &amp; <EVENT eid="e2" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-01-07" mod="END">yesterday</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="NEG" modality="may" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2" />
</TimeML>`

func TestParse(t *testing.T) {
	d, err := Parse([]byte(tiny))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Sales rose last year & fell yesterday."; d.Text != want {
		t.Fatalf("text = %q, want %q", d.Text, want)
	}
	if d.ID != "tiny" || d.DCTID != "t0" || !d.DCT.Equal(timeline.Day(1998, time.January, 8)) {
		t.Errorf("id %q, DCT %s %v", d.ID, d.DCTID, d.DCT)
	}
	if len(d.Timexes) != 2 || d.Timexes[1] != (Timex{ID: "t2", Span: timeline.Span{Start: 28, End: 37}, Text: "yesterday",
		Type: timeline.TypeDate, Value: "1998-01-07", Mod: "END"}) {
		t.Errorf("timexes = %+v", d.Timexes)
	}
	if len(d.Events) != 2 || d.Events[1] != (Event{ID: "e2", Span: timeline.Span{Start: 23, End: 27}, Text: "fell", Class: "OCCURRENCE"}) {
		t.Errorf("events = %+v", d.Events)
	}
	if len(d.Instances) != 2 || d.Instances[1] != (Instance{ID: "ei2", Event: "e2", Polarity: "NEG", Modality: "may"}) {
		t.Errorf("instances = %+v", d.Instances)
	}
	want := []Link{
		{ID: "l1", RelType: "IS_INCLUDED", EventInstance: "ei1", RelatedTime: "t1"},
		{ID: "l2", RelType: "INCLUDES", Time: "t2", RelatedInstance: "ei2"},
		{ID: "l3", RelType: "BEFORE", EventInstance: "ei1", RelatedInstance: "ei2"},
	}
	if len(d.Links) != len(want) {
		t.Fatalf("links = %+v", d.Links)
	}
	for i := range want {
		if d.Links[i] != want[i] {
			t.Errorf("link %d = %+v, want %+v", i, d.Links[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"<TimeML><DOCID>x</DOCID></TimeML>",
		"<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>",
		"<TimeML><TEXT>a <TIMEX3>b <TIMEX3>c</TIMEX3></TIMEX3></TEXT></TimeML>",
		"<TimeML><TEXT>a <EVENT>b <EVENT>c</EVENT></EVENT></TEXT></TimeML>",
		`<TimeML><DCT><TIMEX3 value="soon">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>`,
	} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q): no error", in)
		}
	}
}

// analysis builds a small analysis by finding each mention's and trigger's
// text in the document.
func analysis(text string) *timeline.Analysis {
	at := func(s string) timeline.Span {
		i := strings.Index(text, s)
		return timeline.Span{Start: i, End: i + len(s)}
	}
	doc := &timeline.Document{Path: "/some/where/story.txt", Text: text, Date: timeline.Day(2026, time.January, 2)}
	return &timeline.Analysis{
		Doc: doc,
		Mentions: []timeline.Mention{
			{ID: "t1", Span: at("on Monday"), Type: timeline.TypeDate, Value: "2025-12-29", Kind: timeline.KindDeictic, Anchor: "dct"},
			{ID: "t2", Span: at("2010"), Type: timeline.TypeDate, Value: "2010", Kind: timeline.KindExplicit},
			{ID: "t3", Span: at("weeks"), Type: timeline.TypeDuration, Value: "PXW", Kind: timeline.KindRelative, Anchor: "event:e1"},
			{ID: "t4", Span: at("late 2024"), Type: timeline.TypeDate, Value: "2024", Mod: "END", Kind: timeline.KindFuzzy},
		},
		Events: []timeline.Event{
			{ID: "e1", Label: "Minister apologizes", Mentions: []string{"t1"}, Trigger: at("apologized")},
			{ID: "e2", Label: "Raid & <arrests>", Mentions: []string{"t2"}, Trigger: at("raid")},
			{ID: "e3", Label: "Clashes", Mentions: []string{"t3"}, Trigger: at("clashes")},
			{ID: "e4", Label: "Incursion -- late", Mentions: []string{"t4"}, Trigger: at("incursion")},
			{ID: "e5", Label: "Same trigger", Mentions: []string{"t4"}, Trigger: at("incursion")},
			{ID: "e6", Label: "Crossing", Mentions: []string{"t2"}, Trigger: at("2010 raid")}, // encloses t2
		},
	}
}

func TestWriteRoundTrip(t *testing.T) {
	text := "The minister apologized on Monday for the 2010 raid & its <victims>.\r\n" +
		"It came weeks after clashes, and the incursion of late 2024.\r\n"
	a := analysis(text)
	a.Events = a.Events[:5]
	d, buf := roundTrip(t, a)
	if d.Text != text {
		t.Fatalf("text = %q, want %q", d.Text, text)
	}
	if d.ID != "story" || !d.DCT.Equal(a.Doc.Date) || d.DCTID != "t0" {
		t.Errorf("DOCID %q, DCT %v (%s)", d.ID, d.DCT, d.DCTID)
	}
	if len(d.Timexes) != len(a.Mentions) {
		t.Fatalf("timexes = %+v", d.Timexes)
	}
	for i, m := range a.Mentions {
		x := d.Timexes[i]
		if x.ID != m.ID || x.Span != m.Span || x.Value != m.Value || x.Mod != m.Mod || x.Type != m.Type {
			t.Errorf("timex %d = %+v, want %+v", i, x, m)
		}
	}
	// Four triggers, e4 and e5 share one EVENT with two instances.
	if len(d.Events) != 4 || len(d.Instances) != 5 {
		t.Fatalf("events %+v, instances %+v", d.Events, d.Instances)
	}
	for _, e := range d.Events {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("event %s span %v", e.ID, e.Span)
		}
	}
	if d.Instances[4].Event != "e4" {
		t.Errorf("e5's instance is of %q, want e4's EVENT", d.Instances[4].Event)
	}
	// A link from each event to each time that dates it; "weeks" places
	// e3 (the clashes) from e1, so it links to e3, the event it places.
	want := map[string]string{"ei1": "t1", "ei2": "t2", "ei3": "t3", "ei4": "t4", "ei5": "t4"}
	if len(d.Links) != len(want) {
		t.Fatalf("links = %+v", d.Links)
	}
	for _, l := range d.Links {
		if want[l.EventInstance] != l.RelatedTime || l.RelType != "IS_INCLUDED" {
			t.Errorf("link %+v", l)
		}
	}
	if !strings.Contains(buf.String(), `anchorTimeID="t0"`) || !strings.Contains(buf.String(), "<!-- e2: Raid &amp; &lt;arrests&gt; -->") &&
		!strings.Contains(buf.String(), "<!-- e2: Raid & <arrests> -->") {
		t.Errorf("anchor or label comment missing:\n%s", buf.String())
	}
	if strings.Contains(buf.String(), "Incursion -- late") {
		t.Error("a label's -- ends its comment early")
	}
}

// TestWriteKeepsTagsApart checks that a trigger enclosing or crossing a
// time expression is left out with its links, and the time kept.
func TestWriteKeepsTagsApart(t *testing.T) {
	text := "The 2010 raid failed, and the incursion of late 2024 came."
	a := analysis(text)
	a.Mentions = []timeline.Mention{a.Mentions[1], a.Mentions[3]}
	cross := timeline.Span{Start: strings.Index(text, "of late"), End: strings.Index(text, "late") + 2}
	a.Events = []timeline.Event{
		{ID: "e1", Label: "Raid", Mentions: []string{"t2"}, Trigger: a.Events[5].Trigger},
		{ID: "e2", Label: "Crossing", Mentions: []string{"t4"}, Trigger: cross},
	}
	d, buf := roundTrip(t, a)
	if d.Text != text || len(d.Timexes) != 2 || len(d.Events) != 0 || len(d.Instances) != 0 || len(d.Links) != 0 {
		t.Errorf("got %+v\n%s", d, buf.String())
	}
}

func TestWriteOddText(t *testing.T) {
	text := "Bell\x07 rang in 2010 \"loud\" ]]> --"
	a := &timeline.Analysis{Doc: &timeline.Document{Text: text}, Mentions: []timeline.Mention{
		{ID: "t1", Span: timeline.Span{Start: 14, End: 18}, Type: timeline.TypeDate, Value: `20"10`},
	}}
	d, buf := roundTrip(t, a)
	if want := strings.Replace(text, "\x07", "\uFFFD", 1); d.Text != want || d.Timexes[0].Value != `20"10` {
		t.Errorf("text %q, want %q; timexes %+v", d.Text, want, d.Timexes)
	}
	if !strings.Contains(buf.String(), "<DOCID>retrace</DOCID>") || strings.Contains(buf.String(), "<DCT>") {
		t.Errorf("an undated, unnamed document:\n%s", buf.String())
	}
}

// TestWriteRetelling: an event told in two sentences has an EVENT and an
// instance in each, IDENTITY between them, and each time links from the
// instance of its own sentence.
func TestWriteRetelling(t *testing.T) {
	text := "The summit opened on March 3. The summit, which opened on March 3, ended."
	first := strings.Index(text, "opened")
	second := strings.LastIndex(text, "opened")
	d1 := strings.Index(text, "March 3")
	d2 := strings.LastIndex(text, "March 3")
	a := &timeline.Analysis{
		Doc: &timeline.Document{Text: text},
		Mentions: []timeline.Mention{
			{ID: "t1", Span: timeline.Span{Start: d1, End: d1 + 7}, Type: timeline.TypeDate, Value: "2025-03-03"},
			{ID: "t2", Span: timeline.Span{Start: d2, End: d2 + 7}, Type: timeline.TypeDate, Value: "2025-03-03"},
		},
		Events: []timeline.Event{{
			ID: "e1", Label: "Summit opened", Mentions: []string{"t1", "t2"},
			Sentence: timeline.Span{Start: 0, End: 29}, Trigger: timeline.Span{Start: first, End: first + 6},
			Also: []timeline.Retelling{{Sentence: timeline.Span{Start: 30, End: len(text)}, Trigger: timeline.Span{Start: second, End: second + 6}}},
		}},
	}
	d, buf := roundTrip(t, a)
	if len(d.Events) != 2 || len(d.Instances) != 2 {
		t.Fatalf("events %+v instances %+v", d.Events, d.Instances)
	}
	want := []Link{
		{ID: "l1", RelType: "IS_INCLUDED", EventInstance: "ei1", RelatedTime: "t1"},
		{ID: "l2", RelType: "IS_INCLUDED", EventInstance: "ei1r1", RelatedTime: "t2"},
		{ID: "l3", RelType: "IDENTITY", EventInstance: "ei1", RelatedInstance: "ei1r1"},
	}
	if len(d.Links) != len(want) {
		t.Fatalf("links %+v\n%s", d.Links, buf.String())
	}
	for i := range want {
		if d.Links[i] != want[i] {
			t.Errorf("link %d = %+v, want %+v", i, d.Links[i], want[i])
		}
	}
}

// TestWriteStateAndSharedWord: a state is an EVENT of class STATE that
// INCLUDES its time; a word that is one event's trigger and a word of
// another's predicate ("cease-fire" after "following") is one EVENT with
// an instance for each, so neither loses its link, whichever event comes
// first, and it keeps the class of the event it is the trigger of.
func TestWriteStateAndSharedWord(t *testing.T) {
	text := "Iraq now holds the port. Talks following the August 1988 cease-fire failed on Monday."
	at := func(s string) timeline.Span {
		i := strings.Index(text, s)
		return timeline.Span{Start: i, End: i + len(s)}
	}
	a := &timeline.Analysis{
		Doc: &timeline.Document{Text: text},
		Mentions: []timeline.Mention{
			{ID: "t1", Span: at("now"), Type: timeline.TypeDate, Value: "PRESENT_REF"},
			{ID: "t2", Span: at("August 1988"), Type: timeline.TypeDate, Value: "1988-08"},
			{ID: "t3", Span: at("Monday"), Type: timeline.TypeDate, Value: "2025-03-03"},
		},
		Events: []timeline.Event{
			// the failure is listed first, its partner the cease-fire's trigger
			{ID: "e2", Label: "Talks failed", Mentions: []string{"t3"}, Sentence: timeline.Span{Start: 25, End: len(text)},
				Trigger: at("failed"), With: []timeline.Span{at("cease-fire")}},
			{ID: "e1", Label: "Cease-fire", Mentions: []string{"t2"}, Sentence: timeline.Span{Start: 25, End: len(text)},
				Trigger: at("cease-fire")},
			{ID: "e3", Label: "Iraq holds port", Mentions: []string{"t1"}, Sentence: timeline.Span{Start: 0, End: 24},
				Trigger: at("holds"), State: true},
		},
	}
	d, buf := roundTrip(t, a)
	class := map[string]string{}
	for _, e := range d.Events {
		class[e.Text] = e.Class
	}
	if len(d.Events) != 3 || class["holds"] != "STATE" || class["cease-fire"] != "OCCURRENCE" || class["failed"] != "OCCURRENCE" {
		t.Errorf("events %+v\n%s", d.Events, buf.String())
	}
	eventOf := map[string]string{}
	for _, in := range d.Instances {
		eventOf[in.ID] = in.Event
	}
	dated := map[string]string{} // time -> relType and EVENT text
	for _, l := range d.Links {
		for _, e := range d.Events {
			if e.ID == eventOf[l.EventInstance] {
				dated[l.RelatedTime] += l.RelType + " " + e.Text + ";"
			}
		}
	}
	// The failure's times date its partner too (Event.With).
	want := map[string]string{"t1": "INCLUDES holds;", "t2": "IS_INCLUDED cease-fire;", "t3": "IS_INCLUDED failed;IS_INCLUDED cease-fire;"}
	for tid, w := range want {
		if dated[tid] != w {
			t.Errorf("%s: links %q, want %q\n%s", tid, dated[tid], w, buf.String())
		}
	}
}

// roundTrip writes a as TimeML and parses it back, returning the parsed
// document and what was written.
func roundTrip(t *testing.T, a *timeline.Analysis) (*Doc, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, a); err != nil {
		t.Fatal(err)
	}
	d, err := Parse(buf.Bytes())
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	return d, &buf
}
