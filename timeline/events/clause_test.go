package events

import (
	"math/rand"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/lex"
)

// timeBankSentence is a sentence of a TimeBank article as Build reads it.
type timeBankSentence struct {
	file string
	doc  *timeline.Document
	ms   []timeline.Mention // the article's gold time expressions
	tt   *lex.Tokenized
	b    *builder // the article's, its place in tt at the sentence (builder.firstToken)
	span timeline.Span
	a    int     // the sentence's first token in tt
	toks []token // sentenceTokens
}

// eachTimeBankSentence calls f with every sentence of the TimeBank
// articles, in order; it skips the test where the corpus is missing.
func eachTimeBankSentence(t *testing.T, f func(ts *timeBankSentence)) {
	files := timeBankFiles(t)
	for _, file := range files {
		doc, ms, _ := readTimeML(t, file)
		tt := tokens(doc)
		ts := timeBankSentence{file: filepath.Base(file), doc: doc, ms: ms, tt: tt, b: &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}}
		for _, s := range doc.Sentences {
			ts.span, ts.a = s, ts.b.firstToken(s)
			ts.toks, _ = sentenceTokens(tt, s, ts.a, nil)
			f(&ts)
		}
	}
}

// tokensOneByOne is sentenceTokens with every token read by appendToken,
// which handles all of them: the oracle for the loop's own fast path.
func tokensOneByOne(tt *lex.Tokenized, span timeline.Span, a int) ([]token, int) {
	var toks []token
	i := a
	for i < len(tt.Tokens) {
		var ok bool
		if toks, i, ok = appendToken(toks, tt, span.End, i); !ok {
			break
		}
	}
	return toks, i
}

// modifierAsWritten is the rule sentenceTokens and appendToken answer
// for each token (token.mod), written out in both: whether it only
// qualifies a predicate, as a negation, a sentence adverb or an -ly
// adverb does.
func modifierAsWritten(t *token) bool {
	return t.has(lex.SentenceAdverb) || t.has(lex.Adverb) || t.has(lex.Negation) && !t.has(lex.BaseVerbAfter) ||
		t.lc && t.has(lex.LyForm) && !t.has(lex.LyNotAdverb)
}

// randomText joins pieces that test the joins of sentenceTokens: marks
// glued to words before and after them, abbreviations, amounts, doubled
// marks, letters beyond ASCII and a word too long for a token to say.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{"the", "The", "U.S.", "U.S", "Putin's", "3,000", "$5", "5%", "AT&T", "long-standing",
		"--", "``", "''", "`", "'", "\"", ",", ".", ";", ":", "(", ")", "-", "/", "—", "’", "’s", "Müller",
		"said", "Monday", "9/11", "e.g.", "a.m.", "Mr.", "Oct.", "1990s", "3rd", "x", "quickly", "not",
		"£3", "€4", "٣", strings.Repeat("a", 300), "café", "Corp.", "Inc", "'s", "s"}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.Intn(len(pieces))])
		switch rng.Intn(4) {
		case 0: // glued to the next piece
		case 1:
			b.WriteString("\n")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// TestSentenceTokensAsOneByOne checks sentenceTokens, whose loop reads
// most tokens itself, against appendToken reading every one: on the
// TimeBank sentences, and on random texts cut at random ends (a word may
// go on beyond a sentence's span).
func TestSentenceTokensAsOneByOne(t *testing.T) {
	check := func(name string, tt *lex.Tokenized, span timeline.Span, a int) {
		t.Helper()
		got, gotNext := sentenceTokens(tt, span, a, nil)
		want, wantNext := tokensOneByOne(tt, span, a)
		if gotNext != wantNext || len(got) != len(want) {
			t.Fatalf("%s %v: %d tokens up to %d, one by one %d up to %d", name, span, len(got), gotNext, len(want), wantNext)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("%s %v: token %d is %+v, one by one %+v", name, span, k, got[k], want[k])
			}
			if got[k].mod != modifierAsWritten(&got[k]) {
				t.Fatalf("%s %v: token %q: mod %v, the rule says %v", name, span, got[k].text, got[k].mod, !got[k].mod)
			}
		}
	}
	eachTimeBankSentence(t, func(ts *timeBankSentence) { check(ts.file, ts.tt, ts.span, ts.a) })
	rng := rand.New(rand.NewSource(1))
	for range 3000 {
		text := randomText(rng, 1+rng.Intn(40))
		doc := ingest.FromText("random", text)
		tt := tokens(doc)
		if len(tt.Tokens) == 0 {
			continue
		}
		a := rng.Intn(len(tt.Tokens))
		end := tt.Start(a) + rng.Intn(len(text)-tt.Start(a)+1)
		check("random", tt, timeline.Span{Start: tt.Start(a), End: end}, a)
	}
}

// TestClauseOfAsSortSearch checks clauseOf against sort.Search, on every
// byte offset of the TimeBank sentences cut into their clauses.
func TestClauseOfAsSortSearch(t *testing.T) {
	compared := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		if len(ts.toks) == 0 {
			return
		}
		cls := splitClauses(ts.toks, nil, nil)
		for off := ts.span.Start - 1; off <= ts.span.End; off++ {
			want := max(sort.Search(len(cls), func(ci int) bool { return ts.toks[cls[ci].from].Start > off })-1, 0)
			if got := clauseOf(ts.toks, cls, off); got != want {
				t.Fatalf("%s: %q at %d: clause %d, sort.Search %d", ts.file, ts.doc.Text[ts.span.Start:ts.span.End], off, got, want)
			}
			compared++
		}
	})
	if compared < 10000 {
		t.Errorf("only %d offsets compared", compared)
	}
}

// splitClausesOneByOne is splitClauses asking every token whether it cuts,
// and whether it lies in a protected span by searching them all: the
// oracle for the loop that passes over the tokens that cannot cut, four a
// round, and sweeps the spans with one pointer.
func splitClausesOneByOne(toks []token, protected []timeline.Span) []clause {
	inside := func(t *token) bool {
		for _, p := range protected {
			if p.Overlaps(t.Span) {
				return true
			}
		}
		return false
	}
	var out []clause
	from := 0
	for i := range toks {
		t := &toks[i]
		switch {
		case !t.word && t.has(lex.ClauseBreakMark) && !(t.has(lex.OpeningQuote) && i > 0 && toks[i-1].word) && !inside(t):
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 1
		case t.word && i > from && (t.has(lex.ClauseBreakWord) ||
			t.has(lex.ClauseBreakBeforePronoun) && i+1 < len(toks) && toks[i+1].has(lex.SubjectPronoun)) && !inside(t):
			out = append(out, clause{from, i})
			from = i
		}
	}
	if from < len(toks) {
		out = append(out, clause{from, len(toks)})
	}
	return out
}

// TestSplitClausesAsOneByOne checks splitClauses against
// splitClausesOneByOne on the TimeBank sentences, with their gold time
// expressions protected and with none, and on random texts with random
// spans protected.
func TestSplitClausesAsOneByOne(t *testing.T) {
	check := func(name string, toks []token, protected []timeline.Span) {
		t.Helper()
		got, want := splitClauses(toks, protected, nil), splitClausesOneByOne(toks, protected)
		if !slices.Equal(got, want) {
			t.Fatalf("%s, protected %v: clauses %v, one by one %v", name, protected, got, want)
		}
	}
	cut := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		var protected []timeline.Span
		for _, m := range ts.ms {
			if m.Start < ts.span.End && m.End > ts.span.Start {
				protected = append(protected, m.Span)
			}
		}
		sort.Slice(protected, func(i, j int) bool { return protected[i].Start < protected[j].Start })
		check(ts.file, ts.toks, protected)
		check(ts.file, ts.toks, nil)
		cut += len(splitClauses(ts.toks, nil, nil)) - 1
	})
	if cut < 1000 {
		t.Errorf("only %d cuts made", cut)
	}
	rng := rand.New(rand.NewSource(2))
	for range 2000 {
		text := randomText(rng, 1+rng.Intn(40)) + " and he said, but if she (before they) or that"
		tt := tokens(ingest.FromText("random", text))
		toks, _ := sentenceTokens(tt, timeline.Span{Start: 0, End: len(text)}, 0, nil)
		var protected []timeline.Span
		for at := rng.Intn(len(text) + 1); at < len(text); at += 1 + rng.Intn(len(text)) {
			protected = append(protected, timeline.Span{Start: at, End: min(at+1+rng.Intn(10), len(text))})
			at = protected[len(protected)-1].End
		}
		check("random", toks, protected)
	}
}

// TestLookupWrittenAsToLower checks lookupWritten against looking up the
// word lowered by strings.ToLower, on words listed and not, in small
// letters, with capitals, beyond ASCII and longer than its buffer.
func TestLookupWrittenAsToLower(t *testing.T) {
	lx := tokens(ingest.FromText("x", "x")).Lexicon
	parts := []string{"he", "He", "HE", "the", "The", "don't", "DON'T", "Don't", "u.s.", "U.S.", "``", "''", "--", "monday",
		"Monday", "MONDAY", "company's", "third-quarter", "3,000", "$4", "50%", "Müller", "café", "É", "x", strings.Repeat("a", 40), ""}
	rng := rand.New(rand.NewSource(3))
	listed := 0
	for range 20000 {
		w := parts[rng.Intn(len(parts))]
		if rng.Intn(3) == 0 {
			w += parts[rng.Intn(len(parts))]
		}
		got, want := lookupWritten(lx, w), lx.Lookup(strings.ToLower(w))
		if got != want {
			t.Fatalf("lookupWritten(%q) = %q, looked up lowered %q", w, got.Word, want.Word)
		}
		if want.Word != "" {
			listed++
		}
	}
	if listed < 5000 {
		t.Errorf("only %d listed words looked up", listed)
	}
}

// TestMentionTokensAsSweep checks mentionTokens against a sweep of the
// tokens, on the TimeBank sentences with their gold time expressions and
// with random spans in text order, into first and last of other values,
// as the builder's are not cleared (by hand, a first of token 0 left
// unset: fails).
func TestMentionTokensAsSweep(t *testing.T) {
	sweep := func(toks []token, ms []timeline.Mention, mentions []int) (first, last []int) {
		k := 0
		for _, mi := range mentions {
			for k < len(toks) && toks[k].End <= ms[mi].Start {
				k++
			}
			l := k
			for l < len(toks) && toks[l].Start < ms[mi].End {
				l++
			}
			first, last = append(first, k), append(last, l)
		}
		return first, last
	}
	check := func(name string, toks []token, ms []timeline.Mention, mentions []int) {
		t.Helper()
		first, last := make([]int, len(mentions)), make([]int, len(mentions))
		for i := range mentions {
			first[i], last[i] = -7, -7 // the builder's are the last sentence's: mentionTokens sets each
		}
		mentionTokens(toks, ms, mentions, first, last)
		wantFirst, wantLast := sweep(toks, ms, mentions)
		if !slices.Equal(first, wantFirst) || !slices.Equal(last, wantLast) {
			t.Fatalf("%s: mentions %v: tokens from %v to %v, swept %v to %v", name, mentions, first, last, wantFirst, wantLast)
		}
	}
	rng := rand.New(rand.NewSource(4))
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		var in []int
		for mi, m := range ts.ms {
			if m.Start >= ts.span.Start && m.End <= ts.span.End {
				in = append(in, mi)
			}
		}
		check(ts.file, ts.toks, ts.ms, in)
		// random spans in text order, inside the sentence and around it
		var ms []timeline.Mention
		var order []int
		at := ts.span.Start - 2
		for range rng.Intn(6) {
			at += rng.Intn(max(ts.span.End-ts.span.Start, 1)/3 + 2)
			ms = append(ms, timeline.Mention{Span: timeline.Span{Start: at, End: at + rng.Intn(12)}})
			order = append(order, len(ms)-1)
		}
		check(ts.file, ts.toks, ms, order)
	})
}

// TestIsPersonPronounAsLookup checks builder.personPronoun against looking
// up the word lowered, on words listed and not, short and long, in small
// letters, capitals and beyond ASCII, one builder asked them all, its
// answers kept (shortPronouns); and on random words of one to four bytes,
// which fill the kept answers' slots and take them from one another. And
// that no word listed as a person pronoun is longer than maxPersonPronoun
// (a bound too small, "she" passed over, fails it; so does a pronoun
// listed longer than the bound).
func TestIsPersonPronounAsLookup(t *testing.T) {
	lx := tokens(ingest.FromText("x", "x")).Lexicon
	pronouns := 0
	for id := range lx.Len() {
		if e := lx.Entry(uint32(id)); e.Has(lex.PersonPronoun) {
			pronouns++
			if len(e.Word) > maxPersonPronoun {
				t.Errorf("%q is listed as a person pronoun, longer than maxPersonPronoun %d", e.Word, maxPersonPronoun)
			}
		}
	}
	if pronouns < 2 {
		t.Errorf("only %d person pronouns listed", pronouns)
	}
	parts := []string{"he", "He", "HE", "she", "She", "SHE", "sHe", "the", "The", "they", "her", "hers", "Officials", "U.S.",
		"Müller", "É", "x", "'s", strings.Repeat("a", 40), ""}
	rng := rand.New(rand.NewSource(4))
	b := &builder{lx: lx}
	// check asks n words of word and returns how many are person pronouns
	check := func(n int, word func() string) (yes int) {
		for range n {
			w := word()
			got, want := b.personPronoun(w), isPersonPronoun(lx, w)
			if got != want {
				t.Fatalf("personPronoun(%q) = %v, looked up lowered %v", w, got, want)
			}
			if want {
				yes++
			}
		}
		return yes
	}
	if yes := check(20000, func() string {
		w := parts[rng.Intn(len(parts))]
		if rng.Intn(3) == 0 {
			w += parts[rng.Intn(len(parts))]
		}
		return w
	}); yes < 2000 {
		t.Errorf("only %d person pronouns asked", yes)
	}
	abc := "heHEsSx\x00\xff\xc3\xa9"
	if yes := check(200_000, func() string {
		w := make([]byte, 1+rng.Intn(4))
		for i := range w {
			w[i] = abc[rng.Intn(len(abc))]
		}
		return string(w)
	}); yes < 1000 {
		t.Errorf("only %d person pronouns among the random words", yes)
	}
}

// isPersonPronoun is personPronoun as written: the word looked up lowered.
func isPersonPronoun(lx *lex.Lexicon, w string) bool {
	return lx.Lookup(strings.ToLower(w)).Has(lex.PersonPronoun)
}

// TestASCIIHalvesAsEachByte holds asciiHalves, which tests four bytes at
// once, to a test of each byte, on random ASCII words of four to eight
// bytes, and on each with a byte beyond ASCII at every place.
func TestASCIIHalvesAsEachByte(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for range 2000 {
		w := make([]byte, 4+rng.Intn(5))
		for i := range w {
			w[i] = byte(rng.Intn(utf8.RuneSelf))
		}
		if !asciiHalves(string(w)) {
			t.Fatalf("asciiHalves(%q) = false, want true", w)
		}
		for i := range w {
			c := w[i]
			w[i] = byte(utf8.RuneSelf + rng.Intn(256-utf8.RuneSelf))
			if asciiHalves(string(w)) {
				t.Fatalf("asciiHalves(%q) = true, want false (byte %d)", w, i)
			}
			w[i] = c
		}
	}
}

// TestTimeClauseAsClauseOf holds timeClause, which keeps the clause of the
// last time asked of, to clauseOf on random sentences of random clauses:
// read one after another, each asked of its tokens in random order, some
// twice running, as the rules that attach a time ask it. A clause kept
// from another token or from the sentence read before fails it (the
// memory left as it was by read, by hand: fails).
func TestTimeClauseAsClauseOf(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	lx := tokens(ingest.FromText("x", "x")).Lexicon
	var r reading
	for range 20000 {
		n := 1 + rng.Intn(20)
		toks := make([]token, n)
		for k := range toks {
			toks[k].Span = timeline.Span{Start: 4 * k, End: 4*k + 3}
		}
		var cls []clause
		for k := 0; k < n; {
			to := k + 1 + rng.Intn(n-k)
			if from := k + rng.Intn(2); from < to { // a break mark may fall between two clauses
				cls = append(cls, clause{from, to})
			}
			k = to
		}
		if len(cls) == 0 {
			cls = append(cls, clause{0, 0})
		}
		r.read("", lx, toks, cls, make([]bool, n))
		for range 1 + rng.Intn(6) {
			k := rng.Intn(n)
			if got, want := r.timeClause(k), clauseOf(toks, cls, toks[k].Start); got != want {
				t.Fatalf("clauses %v, token %d: timeClause = %d, clauseOf %d", cls, k, got, want)
			}
		}
	}
}

// TestLookupWrittenLowersAsToLower holds lookupWritten, which lowers a
// word of four to sixteen bytes by its two halves at once, to
// strings.ToLower on random words of every length up to twenty, of the
// bytes around 'A' and 'Z' ('@', '[', '`', '{'), letters, digits and
// marks, some beyond ASCII: looked up in a lexicon that lists the lower
// case of each, so that any byte lowered wrongly, or left, finds another
// word or none.
func TestLookupWrittenLowersAsToLower(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	bytes := []byte("@AZ[`az{0-'.Mm~")
	words := make([]string, 20000)
	var entries []lex.Entry
	for k := range words {
		w := make([]byte, 1+rng.Intn(20))
		for i := range w {
			w[i] = bytes[rng.Intn(len(bytes))]
			if rng.Intn(4) == 0 {
				w[i] = byte(' ' + 1 + rng.Intn('~'-' '))
			}
		}
		if rng.Intn(8) == 0 {
			copy(w[rng.Intn(len(w)):], "é")
		}
		words[k] = string(w)
		entries = append(entries, lex.Entry{Word: strings.ToLower(words[k])})
	}
	lx, err := tokens(ingest.FromText("x", "x")).Lexicon.With(entries)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range words {
		if got, want := lookupWritten(lx, w).Word, strings.ToLower(w); got != want {
			t.Fatalf("lookupWritten(%q) found %q, want %q", w, got, want)
		}
	}
}
