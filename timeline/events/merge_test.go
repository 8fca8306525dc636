package events

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"retrace/timeline"
	"retrace/timeline/ingest"
)

// mergeRepeatsByLists is mergeRepeats as it was written first, each key's
// drafts listed in a slice of their own: the reference the chained lists
// are held to.
func (b *builder) mergeRepeatsByLists() []int {
	alias := make([]int, len(b.drafts))
	type key struct {
		stem             string
		earliest, latest int64
		state            bool
	}
	first := map[key][]int{}
	for i := range b.drafts {
		alias[i] = i
		d := b.drafts[i]
		if d.stem == "" || d.iv.IsZero() || d.anchor >= 0 {
			continue
		}
		k := key{d.stem, d.iv.Earliest.Unix(), d.iv.Latest.Unix(), d.state}
		merged := false
		for _, j := range first[k] {
			e := b.drafts[j]
			if e.sentence == d.sentence || !similar(b.labelStems(nil, e.label, e.stem), b.labelStems(nil, d.label, d.stem)) {
				continue
			}
			e.mentions = append(e.mentions, d.mentions...)
			e.also = append(e.also, timeline.Retelling{Sentence: d.sentence, Trigger: d.trigger})
			alias[i] = j
			merged = true
			break
		}
		if !merged {
			first[k] = append(first[k], i)
		}
	}
	return alias
}

// TestMergeRepeatsAsByLists holds mergeRepeats to mergeRepeatsByLists,
// which finds every label's stems itself, on random documents' drafts: few
// stems, dates, sentences and label words, so that keys repeat, labels
// meet, differ or are the same word for word, and a key's drafts pile up
// (a chain that drops a draft, takes one twice or runs out of order fails,
// as do stems taken from a label not the same, and merged lists that share
// room).
func TestMergeRepeatsAsByLists(t *testing.T) {
	doc := ingest.FromText("x", "Officials said.")
	tt := tokens(doc)
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"Summit", "opened", "in", "Geneva", "talks", "failed", "Stocks", "fell", "bonds", "the", "rose", "said"}
	stems := []string{"", "open", "fall", "rise"}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	merges := 0
	for range 3000 {
		n := 1 + rng.IntN(40)
		var drafts [2][]*draft
		for i := range n {
			var label []string
			for range 1 + rng.IntN(4) {
				label = append(label, words[rng.IntN(len(words))])
			}
			d := draft{
				label:    strings.Join(label, " "),
				stem:     stems[rng.IntN(len(stems))],
				mentions: []int{i},
				sentence: timeline.Span{Start: rng.IntN(4)},
				trigger:  timeline.Span{Start: i},
				anchor:   -1,
				state:    rng.IntN(8) == 0,
			}
			if rng.IntN(10) > 0 {
				from := day.AddDate(0, 0, rng.IntN(3))
				d.iv = timeline.Interval{Earliest: from, Latest: from.AddDate(0, 0, rng.IntN(2))}
			}
			if rng.IntN(10) == 0 {
				d.anchor = 0
			}
			for k := range drafts {
				c := d
				c.mentions = append([]int(nil), d.mentions...)
				drafts[k] = append(drafts[k], &c)
			}
		}
		b := &builder{text: doc.Text, lx: tt.Lexicon, drafts: drafts[0]}
		ref := &builder{text: doc.Text, lx: tt.Lexicon, drafts: drafts[1]}
		got, merged := b.mergeRepeats()
		want := ref.mergeRepeatsByLists()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("mergeRepeats = %v, by lists %v", got, want)
		}
		wantMerged := 0
		for i, j := range want {
			if j != i {
				wantMerged++
			}
		}
		if merged != wantMerged {
			t.Fatalf("mergeRepeats merged %d, by lists %d", merged, wantMerged)
		}
		for i := range drafts[0] {
			g, w := drafts[0][i], drafts[1][i]
			if !reflect.DeepEqual(g.mentions, w.mentions) || !reflect.DeepEqual(g.also, w.also) {
				t.Fatalf("draft %d: mentions %v also %v, by lists %v %v", i, g.mentions, g.also, w.mentions, w.also)
			}
			if got[i] != i {
				merges++
			}
		}
		// each draft's lists are its own: one grown in place leaves every
		// other as it was (lists cut from one array with room past their
		// end fail it)
		for i := range drafts[0] {
			g := drafts[0][i]
			g.mentions = append(g.mentions, -1)
			g.also = append(g.also, timeline.Retelling{Sentence: timeline.Span{Start: -1}})
		}
		for i := range drafts[0] {
			g, w := drafts[0][i], drafts[1][i]
			if !slices.Equal(g.mentions, append(w.mentions, -1)) || len(g.also) != len(w.also)+1 ||
				!slices.Equal(g.also[:len(w.also)], w.also) {
				t.Fatalf("draft %d, after growing each: mentions %v also %v, by lists %v %v", i, g.mentions, g.also, w.mentions, w.also)
			}
		}
	}
	if merges < 1000 {
		t.Errorf("only %d merges", merges)
	}
}

// TestHasStemAsLabelStems holds hasStem, which stops at the first stem,
// to whether labelStems finds any, on random labels: content words, stop
// and function words, a word whose stem is the trigger's, capitals, words
// beyond ASCII and white space beyond ASCII (the labels labelStems reads
// again by strings.Fields), before or after the word that decides. Each
// way is asked of a builder of its own, so that neither reads stems the
// other kept.
func TestHasStemAsLabelStems(t *testing.T) {
	doc := ingest.FromText("x", "Officials said.")
	tt := tokens(doc)
	rng := rand.New(rand.NewPCG(12, 14))
	words := []string{"Summit", "opened", "opens", "in", "the", "of", "Talks", "failed", "Zürich", "é", "said", "it", "$5"}
	gaps := []string{" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u0085"}
	stems := []string{"", "open", "fail", "summit", "say"}
	found := 0
	for range 20000 {
		b := &builder{text: doc.Text, lx: tt.Lexicon}
		ref := &builder{text: doc.Text, lx: tt.Lexicon}
		var sb strings.Builder
		if rng.IntN(8) == 0 {
			sb.WriteString(gaps[rng.IntN(len(gaps))])
		}
		for k := range rng.IntN(5) {
			if k > 0 {
				sb.WriteString(gaps[rng.IntN(len(gaps))])
			}
			sb.WriteString(words[rng.IntN(len(words))])
		}
		label, stem := sb.String(), stems[rng.IntN(len(stems))]
		got, want := b.hasStem(label, stem), len(ref.labelStems(nil, label, stem)) > 0
		if got != want {
			t.Fatalf("hasStem(%q, %q) = %v, labelStems finds any: %v", label, stem, got, want)
		}
		if got {
			found++
		}
	}
	if found < 5000 || found > 15000 {
		t.Errorf("%d of 20,000 labels have a stem", found)
	}
}

// TestLoweredIsLowerCase checks what a draft's trigger stem is found from:
// TestStemWordAsLowered holds a trigger's stem, asked of its token as
// written when it is not listed (stemWord), to the stem of the token
// lowered first (its entry's word, or its text by strings.ToLower), as it
// was asked: stemmed lowers the word itself, and strings.ToLower changes
// no word twice, as every rune and random strings of runes and stray bytes
// show. Every token of the TimeBank articles, as written and in capitals,
// is asked, of a builder apart for each way.
func TestStemWordAsLowered(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if lr := unicode.ToLower(r); unicode.ToLower(lr) != lr {
			t.Fatalf("ToLower(%U) = %U, which lowers to %U", r, lr, unicode.ToLower(lr))
		}
	}
	rng := rand.New(rand.NewPCG(6, 1))
	pieces := []string{"A", "z", "İ", "K", "ẞ", "Σ", "ς", "\xff", "\xe2\x80", "É", "ǅ"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if w := strings.ToLower(sb.String()); strings.ToLower(w) != w {
			t.Fatalf("ToLower(%q) = %q, which lowers to %q", sb.String(), w, strings.ToLower(w))
		}
	}
	files := timeBankFiles(t)
	asked := 0
	for _, f := range files {
		doc, _, _ := readTimeML(t, f)
		for _, text := range []string{doc.Text, strings.ToUpper(doc.Text)} {
			d := ingest.FromText("x", text)
			tt := tokens(d)
			b := &builder{text: d.Text, tt: tt, lx: tt.Lexicon}
			lowering := &builder{text: d.Text, tt: tt, lx: tt.Lexicon}
			for _, s := range d.Sentences {
				toks, _ := sentenceTokens(tt, s, b.firstToken(s), nil)
				for i := range toks {
					lowered := toks[i].e.Word
					if lowered == "" {
						lowered = strings.ToLower(toks[i].text)
					}
					if got, want := b.stemmed(toks[i].stemWord()), lowering.stemmed(lowered); got != want {
						t.Fatalf("%s: %q (stemWord %q) stems as %+v, lowered first (%q) %+v", filepath.Base(f), toks[i].text, toks[i].stemWord(), got, lowered, want)
					}
					asked++
				}
			}
		}
	}
	if asked < 10000 {
		t.Errorf("only %d tokens asked", asked)
	}
}

// TestSimilarAsCount holds similar, which answers as soon as it can, to
// counting every shared word first, on random lists of a few words from a
// small stock, of every length up to six against every other (an answer
// given one word too soon or too late, either way, fails it).
func TestSimilarAsCount(t *testing.T) {
	counted := func(wx, wy []string) bool {
		shared := 0
		for _, w := range wx {
			if slices.Contains(wy, w) {
				shared++
			}
		}
		return shared > 0 && 2*shared >= min(len(wx), len(wy))
	}
	stock := []string{"summit", "open", "geneva", "talk", "fail", "price", "rise"}
	rng := rand.New(rand.NewPCG(12, 6))
	words := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = stock[rng.IntN(len(stock))]
		}
		return ws
	}
	for range 20000 {
		wx, wy := words(rng.IntN(7)), words(rng.IntN(7))
		if got, want := similar(wx, wy), counted(wx, wy); got != want {
			t.Fatalf("similar(%q, %q) = %v, want %v", wx, wy, got, want)
		}
	}
}

// TestRepeatTableAsMap holds repeatTable to a Go map by mergeRepeats' key,
// as it was kept: random drafts put in turn, each answered with the first
// of its key or itself. The stems are alike in length and ends ("sat",
// "set"), so that their keys hash the same on the same dates and only the
// draft read tells them apart, or longer than sixteen bytes; the dates are
// few, some the same second with other nanoseconds or in another zone
// (the same key, as Unix seconds); tables of a few drafts wrap round, and
// keys that differ in one field alone meet in them.
func TestRepeatTableAsMap(t *testing.T) {
	type key struct {
		stem             string
		earliest, latest int64
		state            bool
	}
	rng := rand.New(rand.NewPCG(12, 9))
	stems := []string{"sat", "set", "sit", "s", "t", "say", "open", "opened", "internationalization", "internationalisation", "rise"}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	zone := time.FixedZone("x", 3600)
	for range 2000 {
		n := 1 + rng.IntN(60)
		if rng.IntN(4) == 0 {
			n = 1 + rng.IntN(8)
		}
		// a few stems a document, so that keys that differ in one field
		// only lie in each other's way
		stock := make([]string, 1+rng.IntN(3))
		for k := range stock {
			stock[k] = stems[rng.IntN(len(stems))]
		}
		drafts := make([]*draft, n)
		for i := range drafts {
			from := day.AddDate(0, 0, rng.IntN(3))
			switch rng.IntN(4) {
			case 0:
				from = from.Add(time.Duration(rng.IntN(1e9)))
			case 1:
				from = from.In(zone)
			}
			drafts[i] = &draft{
				stem:  stock[rng.IntN(len(stock))],
				iv:    timeline.Interval{Earliest: from, Latest: from.AddDate(0, 0, rng.IntN(2))},
				state: rng.IntN(3) == 0,
			}
		}
		table := newRepeatTable(n)
		firsts := map[key]int{}
		for i, d := range drafts {
			k := key{d.stem, d.iv.Earliest.Unix(), d.iv.Latest.Unix(), d.state}
			want, seen := firsts[k]
			if !seen {
				firsts[k], want = i, i
			}
			if got := table.first(drafts, i); got != want {
				t.Fatalf("%d drafts: draft %d (%v) first %d, by map %d", n, i, k, got, want)
			}
		}
	}
}
