package en

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline/lex"
)

// appendFields splits a list of words as strings.Fields does: on the
// tables' own lists, and on 100,000 random lists of ASCII letters and
// marks, every byte below '!' (ASCII white space and the controls that are
// none), DEL, letters and white space beyond ASCII (no-break space, NEL,
// em space, ideographic space) and bytes that are no UTF-8, in words
// short and long.
func TestAppendFieldsAsFields(t *testing.T) {
	var lists []string
	for _, tw := range tagWords {
		lists = append(lists, tw.words)
	}
	pieces := []string{"a", "z", "Q", "0", "!", "~", "'", ".", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x1f", "\x7f",
		"é", "’", "\u00a0", "\u0085", "\u2003", "\u3000", "\xff", "\xc3", "\xe2\x80", "abcdefgh", "abcdefghijklmnopq"}
	r := rand.New(rand.NewPCG(61, 62))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		lists = append(lists, b.String())
	}
	for _, list := range lists {
		var got []string
		for _, e := range appendFields(nil, list, lex.Entry{Key: kThe}) {
			if e.Key != kThe {
				t.Fatalf("%q: an entry lost its key", list)
			}
			got = append(got, e.Word)
		}
		if want := strings.Fields(list); !slices.Equal(got, want) {
			t.Fatalf("%q split as %q, want %q", list, got, want)
		}
	}
}

// wordsOf asks each need's classes of an entry as one set, and tenseless
// the tense's classes as one: the tables are those asked a class at a
// time (need.word and tenselessAsWritten), of the English lexicon and of
// one with 2,000 more words of random classes and keys.
func TestWordsOfAsWritten(t *testing.T) {
	var keys []lex.Key
	for id := range lexicon.Len() {
		if k := lexicon.Entry(uint32(id)).Key; k != 0 {
			keys = append(keys, k)
		}
	}
	r := rand.New(rand.NewPCG(71, 72))
	random := randomEntries(r, 2000, keys)
	more, err := lexicon.With(random)
	if err != nil {
		t.Fatal(err)
	}
	l := english.(*language)
	for _, lx := range []*lex.Lexicon{lexicon, more} {
		w := l.wordsOf(lx)
		for id := range lx.Len() {
			e := lx.Entry(uint32(id))
			var needs uint8
			for g, fi := range l.needy {
				if l.families[fi].needs.word(e) {
					needs |= 1 << g
				}
			}
			if w.needs[id] != needs || w.tenseless[id] != tenselessAsWritten(e) {
				t.Fatalf("%q: needs %b, tenseless %v; asked a class at a time %b, %v", e.Word, w.needs[id], w.tenseless[id], needs, tenselessAsWritten(e))
			}
		}
	}
}

// tenselessAsWritten is tenseless as first written, a class at a time.
func tenselessAsWritten(e *lex.Entry) bool {
	for _, c := range []lex.Class{lex.SayingVerb, lex.PlanWord, lex.ProspectiveVerb, lex.ScheduledVerb, lex.ModalVerb,
		lex.ScheduleWord, lex.FutureCue, lex.PastCue} {
		if e.Has(c) {
			return false
		}
	}
	switch e.Key {
	case kTo, kWon, kNext, kAhead:
		return false
	}
	return true
}

// randomEntries makes n entries of new words ("random0", "random1", ...),
// each of up to three random classes and, when keys are given, one in three
// of them given one of those keys.
func randomEntries(r *rand.Rand, n int, keys []lex.Key) []lex.Entry {
	var entries []lex.Entry
	for k := range n {
		var cs []lex.Class
		for range r.IntN(4) {
			cs = append(cs, lex.Class(1+r.IntN(int(lex.StopWord))))
		}
		e := lex.Entry{Word: "random" + strconv.Itoa(k), Classes: lex.Of(cs...)}
		if len(keys) > 0 && r.IntN(3) == 0 {
			e.Key = keys[r.IntN(len(keys))]
		}
		entries = append(entries, e)
	}
	return entries
}
