package events

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/extract/en"
	"retrace/timeline/ingest"
	"retrace/timeline/lex"
)

// tokens cuts a document's text into tokens with the English lexicon, as the
// tagger does before Build reads them; nil for a nil document.
func tokens(doc *timeline.Document) *lex.Tokenized {
	if doc == nil {
		return nil
	}
	return lex.Tokenize(doc.Text, en.Lexicon())
}

// ref describes a hand-built mention: the n-th (0-based) whole-word
// occurrence of text, with its TIMEX3 reading and interval.
type ref struct {
	text      string
	n         int
	typ       timeline.TimexType
	value     string
	earliest  string
	latest    string
	kind      timeline.Kind
	anchor    string
	fuzzyEnds bool
}

func date(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// wordIndex finds the n-th occurrence of sub in s that starts and ends at
// word boundaries.
func wordIndex(s, sub string, n int) int {
	for off := 0; ; {
		j := strings.Index(s[off:], sub)
		if j < 0 {
			return -1
		}
		at := off + j
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(sub):])
		if (at == 0 || !unicode.IsLetter(before)) && (at+len(sub) == len(s) || !unicode.IsLetter(after)) {
			if n == 0 {
				return at
			}
			n--
		}
		off = at + len(sub)
	}
}

// analyze builds a document from text and mentions from refs (ids t1.. in
// the order given) and runs Build with the document date dct.
func analyze(t testing.TB, text string, dct string, refs ...ref) (*timeline.Document, []timeline.Event, []timeline.Mention) {
	t.Helper()
	doc := ingest.FromText("test.txt", text)
	var ms []timeline.Mention
	for i, r := range refs {
		at := wordIndex(text, r.text, r.n)
		if at < 0 {
			t.Fatalf("ref %q #%d not in text", r.text, r.n)
		}
		typ := r.typ
		if typ == "" {
			typ = timeline.TypeDate
		}
		m := timeline.Mention{
			ID: fmt.Sprintf("t%d", i+1), Span: timeline.Span{Start: at, End: at + len(r.text)},
			Text: r.text, Type: typ, Value: r.value, Kind: r.kind, Anchor: r.anchor,
		}
		if r.earliest != "" {
			m.Interval = timeline.Interval{Earliest: date(t, r.earliest), Latest: date(t, r.latest),
				Granularity: timeline.GranDay, FuzzyStart: r.fuzzyEnds, FuzzyEnd: r.fuzzyEnds}
		}
		ms = append(ms, m)
	}
	var d time.Time
	if dct != "" {
		d = date(t, dct)
	}
	evs, out := Build(doc, tokens(doc), ms, d)
	return doc, evs, out
}

// eventWith returns the event whose label contains word (case-insensitive).
func eventWith(evs []timeline.Event, word string) *timeline.Event {
	for i := range evs {
		if strings.Contains(strings.ToLower(evs[i].Label), strings.ToLower(word)) {
			return &evs[i]
		}
	}
	return nil
}

func dump(evs []timeline.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "  %s %q %s..%s %v (%s)\n", e.ID, e.Label, timeline.FormatDate(e.Interval.Earliest),
			timeline.FormatDate(e.Interval.Latest), e.Mentions, e.How)
	}
	return b.String()
}

// sentenceShape says how randomSentence draws a sentence, for the tests
// that hold a rule's fast path to the rule as first written.
type sentenceShape struct {
	texts      []string    // the words and marks a token's text is drawn from
	classes    []lex.Class // the classes a token's are drawn from
	maxLen     int         // a sentence has 1 to maxLen tokens
	maxClasses int         // a token has fewer than maxClasses classes
	modOneIn   int         // a token is a modifier one time in modOneIn
	timeOneIn  int         // a token is in a time expression one time in timeOneIn
}

// randomSentence draws a sentence of the given shape: tokens 20 bytes
// apart, each a word unless its text is ",", "." or "_", with an entry that
// lists no word; and which of them are in a time expression.
func randomSentence(rng *rand.Rand, shape sentenceShape) (toks []token, inTime []bool) {
	toks = make([]token, 1+rng.Intn(shape.maxLen))
	inTime = make([]bool, len(toks))
	for k := range toks {
		tk := &toks[k]
		tk.text = shape.texts[rng.Intn(len(shape.texts))]
		tk.Start, tk.End = 20*k, 20*k+len(tk.text)
		tk.word = tk.text != "," && tk.text != "." && tk.text != "_"
		tk.lc = isLowerWord(tk.text)
		tk.mod = rng.Intn(shape.modOneIn) == 0
		tk.e = &lex.Entry{}
		for range rng.Intn(shape.maxClasses) {
			tk.cls = tk.cls.Union(lex.Of(shape.classes[rng.Intn(len(shape.classes))]))
		}
		inTime[k] = rng.Intn(shape.timeOneIn) == 0
	}
	return toks, inTime
}

// randomReadings draws a sentence of the given shape (randomSentence) and
// returns two readings of it over a text of spaces: the second over its
// own copy of the tokens, so that what a rule remembers in one token
// (token.isVerb, token.isNoun) never answers for the other reading.
func randomReadings(rng *rand.Rand, shape sentenceShape) (fast, slow *reading) {
	toks, inTime := randomSentence(rng, shape)
	cls := splitClauses(toks, nil, nil)
	blank := strings.Repeat(" ", 200)
	fast = &reading{text: blank, toks: toks, clause: cls, inTime: inTime}
	slow = &reading{text: blank, toks: slices.Clone(toks), clause: cls, inTime: inTime}
	return fast, slow
}

// setSentence sets the sentence being read (b.cur) as builder.sentence
// does, for the rules that read it through the builder.
func (b *builder) setSentence(toks []token, cls []clause, u unit, first, last []int, inTime, drop []bool) {
	b.cur = sentenceSlices{mentions: u.mentions, toks: toks, cls: cls, first: first, last: last, inTime: inTime, drop: drop}
}
