package events

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/lex"
)

// TestPlacesFromAsSearch holds placesFrom, which walks findRelatives'
// list with the sentence's mentions, to a search of the list for each
// mention (as builder.sentence first asked it, of a sorted list of the
// relatives' mentions): random sentences of spans and dates before after,
// before, later and earlier words, window adverbs and marks, in random
// clauses, none to thirty tokens long. A relative listed out of the
// mentions' order, or a walk that does not move on, fails it.
func TestPlacesFromAsSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	kinds := []lex.Set{{}, lex.Of(lex.AfterWord), lex.Of(lex.BeforeWord), lex.Of(lex.LaterWord), lex.Of(lex.EarlierWord),
		lex.Of(lex.WindowAdverb), lex.Of(lex.Article), lex.Of(lex.Quantifier)}
	b := &builder{}
	placed, twice := 0, 0
	for range 20000 {
		rs := newRelativeSentence(rng, b, kinds, []string{"P3D"}, false)
		toks, u, first, last, inTime, cls := rs.toks, rs.u, rs.first, rs.last, rs.inTime, rs.cls
		b.setSentence(toks, cls, u, first, last, inTime, nil)
		rels := b.findRelatives()
		next, n := 0, 0
		for i, mi := range u.mentions {
			got := placesFrom(rels, &next, i)
			want := slices.ContainsFunc(rels, func(r relative) bool { return r.mention == mi })
			if got != want {
				t.Fatalf("mention %d of %d: placesFrom = %v, in the relatives %v (relatives %+v)", i, len(u.mentions), got, want, rels)
			}
			if got {
				n++
			}
		}
		placed += n
		if n > 1 {
			twice++
		}
	}
	if placed < 1000 || twice < 100 {
		t.Errorf("only %d mentions placed from another event, %d sentences with two or more", placed, twice)
	}
}

// A relativeSentence is a sentence for the rules on phrases that place one
// event from another (findRelatives and what reads its list): its tokens,
// ten bytes apart, its mentions' first and last tokens, which tokens are
// in a time, and its clauses.
type relativeSentence struct {
	toks        []token
	u           unit
	first, last []int
	inTime      []bool
	cls         []clause
}

// newRelativeSentence makes a random sentence of none to thirty tokens of the
// given classes, words or marks, some with a listed entry ("shortly"), and
// puts its mentions in b.ms: in text order, of one or two tokens, spans of
// the given values or, one in three, a date; with bare, one mention in ten
// has no token of its own. The clauses cut the sentence at random.
func newRelativeSentence(rng *rand.Rand, b *builder, kinds []lex.Set, values []string, bare bool) relativeSentence {
	entries := []*lex.Entry{{Word: "shortly", Num: 1}, {}}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	toks := make([]token, rng.IntN(31))
	for k := range toks {
		toks[k] = token{Span: timeline.Span{Start: 10 * k, End: 10*k + 5}, word: rng.IntN(6) > 0,
			cls: kinds[rng.IntN(len(kinds))], e: entries[rng.IntN(len(entries))]}
	}
	rs := relativeSentence{toks: toks, inTime: make([]bool, len(toks)), u: unit{span: timeline.Span{Start: 0, End: 10 * len(toks)}}}
	b.ms = b.ms[:0]
	for k := 0; k < len(toks); k++ {
		if rng.IntN(4) != 0 {
			continue
		}
		n := min(1+rng.IntN(2), len(toks)-k)
		m := timeline.Mention{Span: timeline.Span{Start: toks[k].Start, End: toks[k+n-1].End}, Type: timeline.TypeDuration,
			Value: values[rng.IntN(len(values))]}
		if rng.IntN(3) == 0 {
			m.Type, m.Value, m.Interval = timeline.TypeDate, "1998-01-08", timeline.Interval{Earliest: day, Latest: day}
		}
		if bare && rng.IntN(10) == 0 {
			n = 0 // a mention with no tokens of its own
		}
		rs.u.mentions = append(rs.u.mentions, len(b.ms))
		b.ms = append(b.ms, m)
		rs.first, rs.last = append(rs.first, k), append(rs.last, k+n)
		for j := k; j < k+n; j++ {
			rs.inTime[j] = true
		}
		k += n
	}
	rs.cls = []clause{{0, len(toks)}}
	for k := 1; k < len(toks); k++ {
		if rng.IntN(6) == 0 {
			rs.cls[len(rs.cls)-1].to = k
			rs.cls = append(rs.cls, clause{k, len(toks)})
		}
	}
	return rs
}

// TestFinishOwnAsOwnDated holds finishOwn's event of the sentence to the
// last of the drafts ownDated lists, in clause order and then as made
// (placeRelatives' list, sorted), or -1 when it lists none: random
// triggers, dated or not, states or not, in random clauses. It also
// checks the mentions counted as the drafts' own.
func TestFinishOwnAsOwnDated(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	day := timeline.Interval{Earliest: time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), Latest: time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)}
	b := &builder{}
	dated := 0
	for range 20000 {
		b.drafts = b.drafts[:0]
		var byTrigger []triggered
		for range rng.IntN(12) {
			d := &draft{mentions: make([]int, 1+rng.IntN(3))}
			if rng.IntN(3) > 0 {
				d.iv = day
			}
			// the drafts of a sentence's triggers are made in their order;
			// some made between them are not a trigger's (a relative's)
			if rng.IntN(8) > 0 {
				byTrigger = append(byTrigger, triggered{token: rng.IntN(30), draft: len(b.drafts), clause: rng.IntN(5), state: rng.IntN(4) == 0})
			}
			b.drafts = append(b.drafts, d)
		}
		own, ownClauses := b.ownDated(byTrigger, nil, nil)
		want := -1
		if len(own) > 0 {
			want = own[len(own)-1]
			dated++
		}
		if len(ownClauses) != len(own) {
			t.Fatalf("ownDated listed %d drafts and %d clauses", len(own), len(ownClauses))
		}
		if got := b.finishOwn(byTrigger); got != want {
			t.Fatalf("finishOwn = %d, ownDated's last %d (triggers %+v)", got, want, byTrigger)
		}
		for _, tr := range byTrigger {
			if d := b.drafts[tr.draft]; int(d.own) != len(d.mentions) {
				t.Fatalf("draft %d: own %d of %d mentions", tr.draft, d.own, len(d.mentions))
			}
		}
	}
	if dated < 10000 {
		t.Errorf("only %d sentences dated", dated)
	}
}

// TestNormalizeAsSwapped holds normalize, which puts an interval right in
// place, to the interval built anew with its ends swapped when they are
// the wrong way round (as normalized first returned it): random days,
// some the same, in two locations, with random fuzzy ends and
// granularities.
func TestNormalizeAsSwapped(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 26))
	locs := []*time.Location{time.UTC, time.FixedZone("X", 3600)}
	at := func() time.Time {
		return time.Date(1998, 1, 1+rng.IntN(4), 0, 0, 0, 0, locs[rng.IntN(len(locs))])
	}
	swapped := 0
	for range 10000 {
		iv := timeline.Interval{Earliest: at(), Latest: at(), Granularity: timeline.Granularity(rng.IntN(4)),
			FuzzyStart: rng.IntN(2) == 0, FuzzyEnd: rng.IntN(2) == 0}
		want := iv
		if iv.Latest.Before(iv.Earliest) {
			want = timeline.Interval{Earliest: iv.Latest, Latest: iv.Earliest, Granularity: iv.Granularity,
				FuzzyStart: iv.FuzzyEnd, FuzzyEnd: iv.FuzzyStart}
			swapped++
		}
		got := iv
		normalize(&got)
		if got != want {
			t.Fatalf("normalize(%+v) = %+v, want %+v", iv, got, want)
		}
		if n := normalized(iv); n != want {
			t.Fatalf("normalized(%+v) = %+v, want %+v", iv, n, want)
		}
	}
	if swapped < 1000 {
		t.Errorf("only %d intervals swapped", swapped)
	}
}

// TestLowerWordAsToLower holds lowerWord, which lowers a word in ASCII
// into the label text's room, to strings.ToLower: 100,000 random words of
// none to twenty bytes of small letters, capitals (A and Z among them),
// marks and letters beyond ASCII, all kept and checked again at the end,
// so that a word written over by a later one's room fails too.
func TestLowerWordAsToLower(t *testing.T) {
	rng := rand.New(rand.NewPCG(27, 28))
	pieces := []string{"a", "z", "A", "Z", "M", "q", "@", "[", "`", "{", "-", "'", "1", "É", "é", "ß", "İ"}
	b := &builder{}
	var words, lowered []string
	for range 100000 {
		var sb strings.Builder
		for n := rng.IntN(21); sb.Len() < n; {
			if rng.IntN(40) == 0 {
				sb.WriteString(pieces[13+rng.IntN(len(pieces)-13)])
			} else {
				sb.WriteString(pieces[rng.IntN(13)])
			}
		}
		w := sb.String()
		x, y := wordEnds(w)
		got := b.lowerWord(w, x, y)
		if want := strings.ToLower(w); got != want {
			t.Fatalf("lowerWord(%q) = %q, want %q", w, got, want)
		}
		words, lowered = append(words, w), append(lowered, got)
	}
	for i, w := range words {
		if want := strings.ToLower(w); lowered[i] != want {
			t.Fatalf("lowerWord(%q) became %q later, want %q", w, lowered[i], want)
		}
	}
}

// TestInTextAsSorted holds inText, which tells whether the mentions it keeps
// are in text order as it picks them, to the mentions inside the text
// picked and then sorted by start, stably, as it was written: on random
// mentions in order, with equal starts, with one or a few out of order,
// with spans outside the text or ending before they start (left out, and
// so not asked whether they are in order), and none.
func TestInTextAsSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 13))
	text := strings.Repeat("x", 500)
	for n := range 20_000 {
		ms := make([]timeline.Mention, rng.IntN(12))
		at := 0
		for i := range ms {
			at += rng.IntN(60)
			ms[i].Start, ms[i].End = at, at+rng.IntN(20)
			if rng.IntN(8) == 0 {
				ms[i].Start -= rng.IntN(100) // out of order, or before the text
			}
			if rng.IntN(12) == 0 {
				ms[i].End = ms[i].Start - 1 - rng.IntN(3) // ends before it starts
			}
		}
		if n%4 == 0 && len(ms) > 1 { // two swapped
			i, j := rng.IntN(len(ms)), rng.IntN(len(ms))
			ms[i], ms[j] = ms[j], ms[i]
		}
		var want []int
		for i := range ms {
			if m := &ms[i]; m.Start >= 0 && m.Start <= m.End && m.End <= len(text) {
				want = append(want, i)
			}
		}
		slices.SortStableFunc(want, func(i, j int) int { return ms[i].Start - ms[j].Start })
		b := &builder{text: text, ms: ms}
		if got := b.inText(); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			spans := make([]timeline.Span, len(ms))
			for i := range ms {
				spans[i] = ms[i].Span
			}
			t.Fatalf("case %d: inText of %v = %v, want %v", n, spans, got, want)
		}
	}
}
