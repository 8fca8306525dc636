package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/eval"
	"retrace/timeline/export"
)

// randomValue fills v (a pointer) field by field through reflection, so a
// field added to the analysis is filled too and the test fails until
// jsonEnc writes what export makes of it. Strings mix the characters JSON
// escapes; some fields stay zero, to exercise omitempty; numbers are small
// enough that spans often fall in the document's text.
func randomValue(r *rand.Rand, v reflect.Value) {
	if v.Type() == reflect.TypeFor[time.Time]() {
		if r.Intn(3) > 0 {
			v.Set(reflect.ValueOf(timeline.Day(r.Intn(12000)-1000, time.Month(r.Intn(12)+1), r.Intn(28)+1)))
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if r.Intn(3) == 0 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		randomValue(r, v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				randomValue(r, v.Field(i))
			}
		}
	case reflect.Slice:
		n := r.Intn(4)
		if r.Intn(5) == 0 {
			return // nil
		}
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			randomValue(r, v.Index(i))
		}
	case reflect.String:
		if r.Intn(3) == 0 {
			return
		}
		pieces := []string{"a", "Ä", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1f", "\x7f", "<", ">", "&",
			"\u2028", "\u2029", "\xff", "\xe2\x82", "€", "😀", " ", "/", "deictic", "narrative", "plain words here"}
		var sb strings.Builder
		for range r.Intn(6) {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		v.SetString(sb.String())
	case reflect.Int:
		switch r.Intn(8) {
		case 0:
			v.SetInt(int64(r.Intn(2e9) - 1e9))
		case 1:
			v.SetInt(int64(r.Intn(12) - 1)) // granularities, in range and out
		default:
			v.SetInt(int64(r.Intn(40) - 5))
		}
	case reflect.Float64:
		fs := []float64{0, 1, 0.5, 0.25, 1.0 / 3, 0.999, 1e-7, 3e-9, 1e21, 2.5e22, 123456.789, -0.1}
		v.SetFloat(fs[r.Intn(len(fs))])
	case reflect.Bool:
		v.SetBool(r.Intn(2) == 0)
	}
}

// jsonEnc writes what encoding/json makes of export.DocumentJSON, indented
// and compact, for random analyses.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	reasons := append([]timeline.AnchorReason{"", "something else"}, anchorReasons...)
	// the values of the fields written whole (fixedField) half the time
	kinds := []timeline.Kind{"", "Deictic", timeline.KindDeictic, timeline.KindExplicit, timeline.KindFuzzy, timeline.KindRelative}
	types := []timeline.TimexType{"", "DATES", timeline.TypeDate, timeline.TypeDuration, timeline.TypeSet, timeline.TypeTime}
	anchors := []string{"", "dct", "dct\n", "mention:t3"}
	for n := range 3000 {
		var a timeline.Analysis
		randomValue(r, reflect.ValueOf(&a).Elem())
		for i := range a.Mentions {
			m := &a.Mentions[i]
			m.AnchorWhy = reasons[r.Intn(len(reasons))]
			if r.Intn(2) == 0 {
				m.Kind, m.Type, m.Anchor = kinds[r.Intn(len(kinds))], types[r.Intn(len(types))], anchors[r.Intn(len(anchors))]
			}
			if r.Intn(2) == 0 { // one day, written once and copied
				m.Interval.Latest = m.Interval.Earliest
			}
		}
		for i := range a.Events {
			if r.Intn(2) == 0 {
				a.Events[i].Kind = kinds[r.Intn(len(kinds))]
			}
			if r.Intn(2) == 0 {
				a.Events[i].Interval.Latest = a.Events[i].Interval.Earliest
			}
		}
		// compact, indented from the left margin, and indented from
		// deeper than the keys are made for (encoding/json's prefix)
		for _, depth := range []int{-1, 0, maxDepth - 1} {
			indent := depth >= 0
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if indent {
				enc.SetIndent(strings.Repeat("  ", depth), "  ")
			}
			if err := enc.Encode(export.DocumentJSON(&a)); err != nil {
				t.Fatal(err)
			}
			e := jsonEnc{indent: indent, depth: max(depth, 0)}
			e.analysis(&a)
			e.buf = append(e.buf, '\n')
			if !bytes.Equal(e.buf, want.Bytes()) {
				t.Fatalf("case %d (depth %d):\nencoding/json %s\njsonEnc       %s", n, depth, want.Bytes(), e.buf)
			}
		}
	}
}

// appendInt writes what strconv writes.
func TestAppendInt(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for i := range 200000 {
		v := i - 1000
		if i > 100000 {
			v = int(r.Int63()) >> r.Intn(63)
			if r.Intn(2) == 0 {
				v = -v
			}
		}
		if got, want := string(appendInt([]byte("x"), v)), "x"+strconv.Itoa(v); got != want {
			t.Fatalf("appendInt(%d) = %q, want %q", v, got, want)
		}
	}
	// where the count of digits changes, by powers of ten and of two
	var edges []int
	for p := 1; p <= math.MaxInt/10; p *= 10 {
		edges = append(edges, p-1, p, p+1, 10*p-1)
	}
	for s := range 63 {
		edges = append(edges, 1<<s-1, 1<<s, 1<<s+1)
	}
	edges = append(edges, math.MaxInt, math.MinInt)
	for _, v := range edges {
		if got, want := string(appendInt(nil, v)), strconv.Itoa(v); got != want {
			t.Fatalf("appendInt(%d) = %q, want %q", v, got, want)
		}
	}
	// every number below a million, and 10^6 at random below 10^8, where
	// the digits are made in a word (digits8)
	for v := range 1000000 {
		if got, want := string(appendInt([]byte("x"), v)), "x"+strconv.Itoa(v); got != want {
			t.Fatalf("appendInt(%d) = %q, want %q", v, got, want)
		}
	}
	for range 1000000 {
		v := r.Intn(1e8)
		if got, want := string(appendInt([]byte("x"), v)), "x"+strconv.Itoa(v); got != want {
			t.Fatalf("appendInt(%d) = %q, want %q", v, got, want)
		}
	}
}

// Strings long enough for appendStringBody's eight-bytes-at-a-time path,
// with what JSON escapes at every place in and around the eight bytes.
func TestJSONStringMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	pieces := []string{"a", "plain words ", "Z", "\"", "\\", "\n", "\x00", "\x1f", " ", "\x7f", "\x80", "\xff",
		"é", "\u2028", "\u2029", "😀", "\xe2\x80", "<&>"}
	var cases []string
	for range 20000 {
		var sb strings.Builder
		for range r.Intn(12) {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		cases = append(cases, sb.String())
	}
	// one byte to escape (or to decode) at every place of every length
	// around four, eight, sixteen and thirty-two: the short, overlapping
	// and whole-word tests
	for n := range 35 {
		for at := range n {
			for _, c := range []byte{'"', '\\', 0, 0x1f, 0x7f, 0x80, 0xe2} {
				b := []byte(strings.Repeat("a", n))
				b[at] = c
				cases = append(cases, string(b))
			}
		}
	}
	for _, s := range cases {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		// with no room past the quote, and with room for a short
		// string's words (appendStringBody copies them only then)
		for _, room := range []int{0, 32, 33, 40} {
			b := append(make([]byte, 0, 1+room), '"')
			if got := string(appendStringBody(b, s)) + "\n"; got != want.String() {
				t.Fatalf("appendStringBody(%q) with room %d = %s, want %s", s, room, got, want.String())
			}
		}
		// appendStringThen as the string, then the text after its quote,
		// one that fits the block and one that does not, with rooms around
		// its test (the longest string, then the block)
		for _, after := range thenTexts {
			run := newRun(after)
			want := want.String()[:want.Len()-1] + after[1:]
			for _, room := range []int{0, 32, 33, 32 + runBlock - 1, 32 + runBlock, 32 + runBlock + 1, 100} {
				b := append(make([]byte, 0, 1+room), '"')
				if got := string(appendStringThen(b, s, &run)); got != want {
					t.Fatalf("appendStringThen(%q, %q) with room %d = %s, want %s", s, after, room, got, want)
				}
			}
		}
	}
}

// thenTexts follow a string in TestJSONStringMatchesEncodingJSON: its
// closing quote and a key, and a text longer than a runText's block.
var thenTexts = []string{`","start":`, `"` + strings.Repeat("x", runBlock)}

// isPlain answers as a byte-by-byte look would, for every byte at every
// place of every length up to three words: the one-word tests of short
// strings and the overlapping last word of long ones.
func TestIsPlain(t *testing.T) {
	plain := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if b := s[i]; b < ' ' || b >= utf8.RuneSelf || b == '"' || b == '\\' {
				return false
			}
		}
		return true
	}
	for n := range 25 {
		for at := range max(n, 1) {
			for c := range 256 {
				b := []byte(strings.Repeat("a", n))
				if n > 0 {
					b[at] = byte(c)
				}
				if s := string(b); isPlain(s) != plain(s) {
					t.Fatalf("isPlain(%q) = %v, want %v", s, isPlain(s), plain(s))
				}
			}
		}
	}
}

// A choice writes a field as l.str writes its key and value, followed by
// what it was made with, at every level (those the forms are made for and
// deeper), for each value it knows and others; each index function finds
// its values at their places in their list and no other.
func TestChoicesAsStr(t *testing.T) {
	others := []string{"", "x", "DATES", "dct ", "\"", "day\u2028", "date", "DAT", "dctx", "new", "newsy"}
	indexes := []struct {
		key    *jsonKey
		values []string
		index  func(string) int
	}{
		{keyType, timexTypes, func(v string) int { return typeIndex(timeline.TimexType(v)) }},
		{keyKind, kinds, func(v string) int { return kindIndex(timeline.Kind(v)) }},
		{keyAnchor, anchors, anchorIndex},
		{keyAnchorWhy, reasonStrings(), func(v string) int { return reasonIndex(timeline.AnchorReason(v)) }},
	}
	for _, x := range indexes {
		for _, v := range append(others, x.values...) {
			want := slices.Index(x.values, v)
			if x.key == keyAnchorWhy && want >= 0 { // the choice holds the reason described
				x.values[want] = timeline.AnchorReason(v).Describe()
			}
			if got := x.index(v); got != want {
				t.Errorf("%s index of %q = %d, want %d", x.key.name, v, got, want)
			}
		}
	}
	for l := range level(maxDepth + 4) {
		for _, x := range indexes {
			for _, after := range []string{"", ",\n  \"next\": \""} {
				c := newChoice(x.key, l, x.values, after)
				for i, v := range append(others, x.values...) {
					i -= len(others) // the known values' indexes, or below 0
					want := string(l.str([]byte("{"), x.key, v)) + after
					// with no room past the brace, and with room for a
					// known value's text as a block (runText)
					for _, room := range []int{0, 2 * runBlock} {
						got := c.write(append(make([]byte, 0, 1+room), '{'), max(i, -1), v)
						if string(got) != want {
							t.Errorf("%s = %q at level %d, room %d: wrote %q, want %q", x.key.name, v, l, room, got, want)
						}
					}
				}
			}
		}
		for g := timeline.Granularity(-2); g <= timeline.GranMillennium+2; g++ {
			if got, want := l.granularity([]byte("{"), g), l.str([]byte("{"), keyGranularity, g.String()); !bytes.Equal(got, want) {
				t.Errorf("granularity %d at level %d: wrote %q, want %q", g, l, got, want)
			}
		}
	}
}

func reasonStrings() []string {
	s := make([]string, len(anchorReasons))
	for i, r := range anchorReasons {
		s[i] = string(r)
	}
	return s
}

// A docWriter, which keeps its buffer from one document to the next,
// writes documents one after another as writers of one document each do,
// in JSON and JSON lines: random analyses, and some long enough to spill.
func TestDocWriterAsOneWriterEach(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	var docs []*timeline.Analysis
	for i := range 40 {
		a := new(timeline.Analysis)
		randomValue(r, reflect.ValueOf(a).Elem())
		if i%7 == 3 { // past spillSize
			for len(a.Mentions) < 2000 {
				a.Mentions = append(a.Mentions, timeline.Mention{ID: "t1", Text: "last week", Value: "1998-W01"})
			}
		}
		docs = append(docs, a)
	}
	for _, format := range []string{"json", "jsonl"} {
		var got bytes.Buffer
		w := newDocWriter(&got, format)
		var bodies []string
		for _, a := range docs {
			if err := w.write(a); err != nil {
				t.Fatal(err)
			}
			var one bytes.Buffer
			w1 := newDocWriter(&one, format)
			if err := w1.write(a); err != nil {
				t.Fatal(err)
			}
			w1.finish()
			bodies = append(bodies, strings.TrimSuffix(strings.TrimPrefix(one.String(), "[\n  "), "\n]\n"))
		}
		w.finish()
		want := strings.Join(bodies, "")
		if format == "json" {
			want = "[\n  " + strings.Join(bodies, ",\n  ") + "\n]\n"
		}
		if got.String() != want {
			t.Fatalf("%s: one writer wrote %d bytes, one writer each %d", format, got.Len(), len(want))
		}
	}
}

// dateCache writes each day as timeline.FormatDate does, on a stream of
// days drawn from a small pool, so that slots are hit, missed and shared:
// days a slot apart, the same instant in zones where it is another day,
// times of day, and years of five digits and before the era, which are
// not kept.
func TestDateCacheAsFormatDate(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	east, west := time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)
	var pool []time.Time
	for range 200 {
		d := timeline.Day(1990+r.Intn(20), time.Month(r.Intn(12)+1), r.Intn(28)+1)
		switch r.Intn(8) {
		case 0:
			pool = append(pool, d)
			d = d.In(east)
		case 1:
			pool = append(pool, d) // the same instant, the day before in the west
			d = d.In(west)
		case 2:
			d = d.Add(time.Duration(r.Intn(24*60)) * time.Minute)
		case 3:
			d = d.AddDate(0, 0, dateSlots*(r.Intn(5)-2)) // in the same slot
		case 4:
			d = timeline.Day([]int{-44, 0, 9999, 10000, 123456}[r.Intn(5)], time.March, 15)
		}
		pool = append(pool, d)
	}
	var c dateCache
	for range 20000 {
		d := pool[r.Intn(len(pool))]
		if got, want := string(c.appendDate(nil, d)), `"`+timeline.FormatDate(d)+`"`; got != want {
			t.Fatalf("appendDate(%v) = %s, want %s", d, got, want)
		}
	}
}

// Mentions and events are written with a tailCache kept from one to the
// next as with none, field by field: every mention and event alike but
// for their granularity, kind, anchor, reason or state, or the zone of
// their times (the same instants, whose slot is the same), at levels from
// compact to deeper than the forms are made for, so that slots are hit
// and missed, and taken by objects whose tails differ in one value: the
// intervals in turn by zone, then by granularity, each run over the
// objects at each level (of their 318 codes, 1 pair in 1,024 goes to the
// same slot, and the second run finds the other of the two there), then
// each interval at the levels in turn. Values that no code stands for,
// and open intervals, are among them.
func TestTailCacheAsFieldByField(t *testing.T) {
	east, west := time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)
	var byZone, byGranularity []timeline.Interval
	for i := range 2 {
		d := timeline.Day(1998, time.Month(3*i+1), 7*i+1)
		shapes := func(d time.Time) []timeline.Interval {
			return []timeline.Interval{{Earliest: d, Latest: d, Granularity: timeline.GranDay},
				{Earliest: d, Latest: d, Granularity: timeline.GranWeek},
				{Earliest: d, Latest: d.AddDate(0, 1, 0), Granularity: timeline.GranMonth}, {Latest: d}}
		}
		for _, loc := range []*time.Location{time.UTC, east, west} {
			byGranularity = append(byGranularity, shapes(d.In(loc))...)
		}
		for j := range shapes(d) {
			for _, loc := range []*time.Location{time.UTC, east, west} {
				byZone = append(byZone, shapes(d.In(loc))[j])
			}
		}
	}
	var mentions []timeline.Mention
	var events []timeline.Event
	for _, kind := range append([]string{"", "Fuzzy"}, kinds...) {
		for _, anchor := range append([]string{"mention:t3"}, anchors...) {
			for _, why := range append([]string{"", "other"}, reasonStrings()...) {
				mentions = append(mentions, timeline.Mention{ID: "t1", Text: "now", Type: timeline.TypeDate,
					Value: "PRESENT_REF", Kind: timeline.Kind(kind), Anchor: anchor, AnchorWhy: timeline.AnchorReason(why)})
			}
		}
		for _, state := range []bool{false, true} {
			events = append(events, timeline.Event{ID: "e1", Label: "talks", Kind: timeline.Kind(kind), State: state,
				Mentions: []string{"t1"}})
		}
	}
	c, none := caches{tails: new(tailCache)}, caches{}
	write := func(l level, iv timeline.Interval) {
		for _, m := range mentions {
			m.Interval = iv
			if got, want := string(l.mention(nil, mentionForms.at(l), 1, &m, &c)), string(l.mention(nil, mentionForms.at(l), 1, &m, &none)); got != want {
				t.Fatalf("mention %+v at level %d: wrote\n%s\nwant\n%s", m, l, got, want)
			}
		}
		for _, ev := range events {
			ev.Interval = iv
			if got, want := string(l.event(nil, eventForms.at(l), 1, nil, &ev, &c)), string(l.event(nil, eventForms.at(l), 1, nil, &ev, &none)); got != want {
				t.Fatalf("event %+v at level %d: wrote\n%s\nwant\n%s", ev, l, got, want)
			}
		}
	}
	levels := []level{0, 3, maxDepth + 2}
	for _, ivs := range [][]timeline.Interval{byZone, byGranularity} {
		for _, l := range levels {
			for _, iv := range ivs {
				write(l, iv)
			}
		}
	}
	for _, iv := range byZone { // the same tails at each level in turn
		for _, l := range levels {
			write(l, iv)
		}
	}
}

// writeSizes is a writer that keeps what it is given and the size of each
// write.
type writeSizes struct {
	bytes.Buffer
	sizes []int
}

func (w *writeSizes) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return w.Buffer.Write(p)
}

// A long document is written as one jsonEnc with nowhere to spill writes
// it, and its spills reach the file as they are, larger than the output
// buffer, rather than copied through it.
func TestSpillsPassTheOutputBuffer(t *testing.T) {
	a := &timeline.Analysis{Doc: &timeline.Document{Path: "a.txt", Text: "last week"}}
	for len(a.Mentions) < 5000 {
		a.Mentions = append(a.Mentions, timeline.Mention{ID: "t1", Span: timeline.Span{Start: 0, End: 9}, Text: "last week", Value: "1998-W01"})
	}
	var out writeSizes
	w := newDocWriter(&out, "json")
	if err := w.write(a); err != nil {
		t.Fatal(err)
	}
	w.finish()
	whole := jsonEnc{indent: true, depth: 1}
	whole.analysis(a)
	if want := "[\n  " + string(whole.buf) + "\n]\n"; out.String() != want {
		t.Fatalf("spilling, the writer wrote %d bytes, not the %d written whole", out.Len(), len(want))
	}
	if slices.Max(out.sizes) <= outBufferSize {
		t.Errorf("writes of %v bytes: no spill went past the output buffer", out.sizes)
	}
}

// Events are written with a howMemo kept from one to the next as with
// none, field by field: 20,000 events whose how is drawn from a pool of
// texts of the same few lengths (so that they share slots), some needing
// escapes, the same words as copies apart (another pointer) and as the
// very same string, at levels from compact to deeper than the forms are
// made for, drawn in turn.
func TestHowMemoAsFieldByField(t *testing.T) {
	pool := []string{"explicit date", "explicit dat\u00e9", "explicit\tdate", "explicit \"ate",
		"relative to the document date 1998-01-08", "relative to the document date 1998-01-09",
		"relative to t1", "relative to t2", "relative to \\1", "a\u2028b", "\xff"}
	for _, s := range pool[:len(pool):len(pool)] {
		pool = append(pool, strings.Clone(s))
	}
	levels := []level{0, 1, 3, maxDepth + 2}
	r := rand.New(rand.NewSource(7))
	c, none := caches{hows: new(howMemo)}, caches{}
	for range 20000 {
		ev := timeline.Event{ID: "e1", Label: "talks", How: pool[r.Intn(len(pool))]}
		l := levels[r.Intn(len(levels))]
		if got, want := string(l.event(nil, eventForms.at(l), 1, nil, &ev, &c)), string(l.event(nil, eventForms.at(l), 1, nil, &ev, &none)); got != want {
			t.Fatalf("event with how %q at level %d: wrote\n%s\nwant\n%s", ev.How, l, got, want)
		}
	}
}

// The forms made when first asked for are those of their level, made
// once: asked for at every level in turn from goroutines at once, each
// level's is what its build makes, and the same form every time for the
// levels kept.
func TestFormsMadeWhenAsked(t *testing.T) {
	fs := newForms(newMentionForm)
	levels := maxDepth + 4
	got := make([][]*mentionForm, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range levels {
				got[g] = append(got[g], fs.at(level(l)))
			}
		}()
	}
	wg.Wait()
	for l := range levels {
		if want := newMentionForm(level(l)); !reflect.DeepEqual(*got[0][l], want) {
			t.Fatalf("form at level %d: %+v, want %+v", l, *got[0][l], want)
		}
		for g := range got {
			if l < len(fs.byLevel) && got[g][l] != got[0][l] {
				t.Fatalf("level %d: goroutines %d and 0 were given different forms", l, g)
			}
		}
	}
}

// A key's prefixes and quotes, cut from one string, are keyPrefix at each
// level, as written before: a comma, the line start, the name in quotes
// and the colon.
func TestKeyPrefixes(t *testing.T) {
	for _, name := range []string{"id", "anchorWhy", ""} {
		k := newKey(name)
		for l := range k.prefixes {
			want := `,"` + name + `":`
			if l > 0 {
				want = ",\n" + strings.Repeat("  ", l-1) + `"` + name + `": `
			}
			if k.at(level(l)) != want || k.quoted(level(l)) != want+`"` || keyPrefix(name, level(l)) != want {
				t.Errorf("key %q at level %d: %q, %q, %q; want %q", name, l, k.at(level(l)), k.quoted(level(l)),
					keyPrefix(name, level(l)), want)
			}
		}
		if l := level(len(k.prefixes) + 2); k.at(l) != ",\n"+strings.Repeat("  ", int(l)-1)+`"`+name+`": ` {
			t.Errorf("key %q at level %d: %q", name, l, k.at(l))
		}
	}
}

// The writer writes what encoding/json makes of the corpora's documents
// as the extract command analyses them (TimeBank and AQUAINT, each
// article a file), in JSON and JSON lines: the offsets, texts and keys
// of real documents, as the random analyses of
// TestJSONMatchesEncodingJSON may miss them.
func TestJSONMatchesEncodingJSONOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the corpora")
	}
	opts, err := (&analysisFlags{dct: dateFlag{t: timeline.Day(1998, time.January, 8)}}).options()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var docs []export.DocJSON
	var analyses []*timeline.Analysis
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		read, err := eval.ReadDir(filepath.Join("..", "..", "..", "shared", "corpora", "tbaq-cleaned", sub))
		if err != nil {
			t.Skipf("no corpus: %v", err)
		}
		for i, d := range read {
			path := filepath.Join(dir, fmt.Sprintf("%s%03d.txt", sub, i))
			if err := os.WriteFile(path, []byte(d.Text), 0o644); err != nil {
				t.Fatal(err)
			}
			a, err := analyze.Article(path, opts)
			if err != nil {
				t.Fatal(err)
			}
			analyses = append(analyses, a)
			docs = append(docs, export.DocumentJSON(a))
		}
	}
	for _, format := range []string{"json", "jsonl"} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if format == "json" {
			enc.SetIndent("", "  ")
			if err := enc.Encode(docs); err != nil {
				t.Fatal(err)
			}
		} else {
			for _, d := range docs {
				if err := enc.Encode(d); err != nil {
					t.Fatal(err)
				}
			}
		}
		var got bytes.Buffer
		w := newDocWriter(&got, format)
		for _, a := range analyses {
			if err := w.write(a); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.finish(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			g, w := got.Bytes(), want.Bytes()
			at := 0
			for at < min(len(g), len(w)) && g[at] == w[at] {
				at++
			}
			t.Fatalf("%s: the writer wrote %d bytes, encoding/json %d; first difference at %d:\nwriter        %q\nencoding/json %q",
				format, len(g), len(w), at, g[max(at-80, 0):min(at+80, len(g))], w[max(at-80, 0):min(at+80, len(w))])
		}
	}
}

// A runText puts its text as append does, and appendStartEnd writes what
// appendInt and append write one after another: texts of every length up
// to twice the block, numbers at random, small and beyond the words, and
// buffers with every room from none to past what the block needs.
func TestRunTextAsAppend(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	var runs []runText
	for n := range 2*runBlock + 2 {
		text := make([]byte, n)
		for i := range text {
			text[i] = byte('a' + r.Intn(26))
		}
		runs = append(runs, newRun(string(text)))
	}
	number := func() int {
		switch r.Intn(4) {
		case 0:
			return r.Intn(10)
		case 1:
			return int(r.Int63()) >> r.Intn(63)
		case 2:
			return -r.Intn(1000)
		}
		return r.Intn(1e8)
	}
	for range 100000 {
		room := r.Intn(3*runBlock + 2*8)
		b := make([]byte, 3, 3+room)
		copy(b, "x{:")
		end, after := &runs[r.Intn(len(runs))], &runs[r.Intn(len(runs))]
		if got, want := string(end.put(b)), string(append(b, end.text...)); got != want {
			t.Fatalf("put %q with room %d: %q, want %q", end.text, room, got, want)
		}
		start, endValue := number(), number()
		want := string(append(appendInt(append(appendInt(slices.Clone(b), start), end.text...), endValue), after.text...))
		if got := string(appendStartEnd(b, start, end, endValue, after)); got != want {
			t.Fatalf("appendStartEnd(%d, %q, %d, %q) with room %d: %q, want %q", start, end.text, endValue, after.text, room, got, want)
		}
	}
}
