package events

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/lex"
)

// TestLabels checks labels on news sentences written for the test: each has
// one time expression and the label a headline writer would give its event.
func TestLabels(t *testing.T) {
	tests := []struct {
		sentence string
		timex    string
		want     string
	}{
		{"The Kursk region, a historically significant area for Russia, has become a flashpoint in the war, with Ukrainian forces reportedly launching a surprise incursion in late 2024.",
			"late 2024", "Ukrainian forces launch surprise incursion"},
		{"The statement, delivered in Putin's New Year's greeting to North Korean leader Kim Jong Un, underscores a deepening alliance.",
			"New Year", "Putin's New Year's greeting to Kim Jong Un"},
		{"On Monday, the central bank raised interest rates by half a point.",
			"Monday", "Central bank raised interest rates by half point"},
		{"Parliament approved the budget on March 3, 2019, after a long debate.",
			"March 3, 2019", "Parliament approved budget"},
		{"Sun Microsystems Inc. said Tuesday it will cut 3,000 jobs.",
			"Tuesday", "Sun Microsystems will cut 3,000 jobs"}, // what was said, the pronoun named
		{"The company was founded in 1998 by two students.",
			"1998", "Company was founded by two students"},
		{"Two years ago, protesters occupied the main square in Kyiv.",
			"Two years ago", "Protesters occupied main square in Kyiv"},
		{"Troops were withdrawing from the city last week, officials said.",
			"last week", "Troops withdraw from city"},
		{"The minister resigned in 2014, while the opposition was gaining ground.",
			"2014", "Minister resigned"},
		{"Prime Minister Keir Starmer will visit Washington next month.",
			"next month", "Keir Starmer will visit Washington"},
		{"Rescue teams, working through the night, pulled 12 survivors from the rubble on Sunday.",
			"Sunday", "Rescue teams pulled 12 survivors from rubble"},
		{"The strike, which began in early March, has closed every port in the region.",
			"early March", "Strike began"},
		{"Since 2019, the government has been quietly expanding its surveillance programme.",
			"2019", "Government has been expanding its surveillance programme"},
		{"Shares fell sharply on Friday after the company warned of lower profits.",
			"Friday", "Shares fell sharply after company warned of profits"},
		{"Attorney General Janet Reno met Lazaro Gonzalez's family on Thursday.",
			"Thursday", "Janet Reno met Lazaro Gonzalez's family"},
		{"General Motors cut 3,000 jobs in 2009.", "2009", "General Motors cut 3,000 jobs"},
		{"The department is still considering a request last week from Elian's father.",
			"last week", "Department considers request from Elian's father"},
		{"I am willing to leave tomorrow, Castro read from a letter.", "tomorrow", "I am willing to leave"},
		{"Elian has been at the center of a tug-of-war since he was rescued off the coast of Florida in late November.",
			"late November", "He was rescued off coast of Florida"},
		{"The group would be ready to leave for the United States as soon as Tuesday, Castro said.",
			"Tuesday", "Group would be ready to leave"},
		{"U.S. embassies in Kenya were bombed on Friday.", "Friday", "U.S. embassies in Kenya were bombed"},
		{"The FBI said Monday that a suspect who was returned from Pakistan had not confessed.",
			"Monday", "Suspect had not confessed"},
		{"Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of a custody battle.",
			"Nov. 25", "Rescued by fishermen off Florida coast"},
		{"The group would be ready to leave for the United States soon, Castro said Sunday.",
			"Sunday", "Castro: group would be ready to leave"},
		{"In a televised address Friday, President Arpad Gencz described the entry as a historic event.",
			"Friday", "Arpad Gencz described entry as historic event"},
		{"Gonzalez's lawyer, Greg Craig, asked for a visa Thursday for his client.",
			"Thursday", "Gonzalez's lawyer asked for visa for his client"},
		{"Clinton told reporters in the Rose Garden Wednesday. ``We have done that.''",
			"Wednesday", "Clinton told reporters in Rose Garden"},
		{"Hungary's entry to NATO has changed the balance in Europe, Prime Minister Viktor Orban said here Friday.",
			"Friday", "Viktor Orban: Hungary's entry to NATO changed balance"},
		{"U.S. commanders in charge of planning for Middle East crises have indicated in the past that they were capable of deploying troops.",
			"in the past", "U.S. commanders were capable of deploying troops"},
		{"Voters go to the polls next Tuesday in a race that has tightened sharply in recent weeks.",
			"next Tuesday", "Voters go to polls in race"},
		{"The attacks of Sept. 11, 2001, changed the city.",
			"Sept. 11, 2001", "Attacks changed city"},
		{"The market has not recovered since the 1990s boom.",
			"the 1990s", "1990s boom"}, // the 1990s date the boom
		{"The protester had been arrested in several states across the country for blocking clinic doors since 1990.",
			"1990", "Protester had been arrested in several states"}, // a perfect auxiliary stays before "been"
		{"Born on May 2, 1938, in Juarez, she moved to Texas as a child.",
			"May 2, 1938", "Born in Juarez"},
	}
	for _, tt := range tests {
		_, evs, _ := analyze(t, tt.sentence, "2026-01-02", ref{text: tt.timex, earliest: "2020-01-01", latest: "2020-01-02"})
		if len(evs) != 1 {
			t.Errorf("%q: got %d events, want 1:\n%s", tt.sentence, len(evs), dump(evs))
			continue
		}
		if evs[0].Label != tt.want {
			t.Errorf("%q\n  label %q\n  want  %q", tt.sentence, evs[0].Label, tt.want)
		}
	}
}

// TestLabelsOfPeriodsEnded: a period that ends on a day goes from the label
// with the day, the participle that joins them and the words that lead to
// it, and a perfect auxiliary is dropped to fit only before a past
// participle ("had operating profit" keeps its verb).
func TestLabelsOfPeriodsEnded(t *testing.T) {
	tests := []struct{ sentence, period, day, want string }{
		{"The retailer said net income for its fourth quarter ended Sept. 30 fell 40% to $2 million.",
			"fourth quarter", "Sept. 30", "Net income fell 40% to $2 million"},
		{"The utility had operating profit of $50 million on revenue of $980 million in the year ended March 31.",
			"the year", "March 31", "Utility had operating profit of $50 million"},
	}
	for _, tt := range tests {
		_, evs, _ := analyze(t, tt.sentence, "2026-01-02",
			ref{text: tt.period, typ: timeline.TypeDuration, value: "P3M"},
			ref{text: tt.day, earliest: "2025-03-31", latest: "2025-03-31"})
		if len(evs) != 1 {
			t.Errorf("%q: got %d events, want 1:\n%s", tt.sentence, len(evs), dump(evs))
			continue
		}
		if evs[0].Label != tt.want {
			t.Errorf("%q\n  label %q\n  want  %q", tt.sentence, evs[0].Label, tt.want)
		}
	}
}

// TestLabelRulesSkipOnlyIdleRules checks that labelWords, which runs a
// rule only when the label's words hold what the rule asks for, labels as
// every rule run on every label does: on each clause and each whole
// sentence of the TimeBank articles, with their time expressions dropped
// and kept. A rule added to labelRules that reads a class its guard does
// not name fails here.
func TestLabelRulesSkipOnlyIdleRules(t *testing.T) {
	files := timeBankFiles(t)
	everything := holding{dot: true, amount: true}
	for c := range 192 {
		everything.in = everything.in.Union(lex.Of(lex.Class(c)))
	}
	labels := 0
	for _, f := range files {
		doc, ms, _ := readTimeML(t, f)
		tt := tokens(doc)
		b := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
		for _, s := range doc.Sentences {
			toks, _ := sentenceTokens(tt, s, b.firstToken(s), nil)
			inTime := make([]bool, len(toks))
			for k, tok := range toks {
				for _, m := range ms {
					inTime[k] = inTime[k] || m.Span.Overlaps(tok.Span)
				}
			}
			stretches := append(splitClauses(toks, nil, nil), clause{0, len(toks)})
			for _, c := range stretches {
				for _, drop := range [][]bool{nil, inTime[c.from:c.to]} {
					b.words.used, b.made.used = 0, 0
					got := b.labelWords(toks[c.from:c.to], drop)
					want := b.labelRules(b.labelInput(toks[c.from:c.to], drop), everything)
					if g, w := joinChecked(got), joinChecked(want); g != w {
						t.Errorf("%s: %q: labelled %q, every rule gives %q", filepath.Base(f), doc.Text[s.Start:s.End], g, w)
					}
					labels++
				}
			}
		}
	}
	if labels < 1000 {
		t.Errorf("only %d labels compared", labels)
	}
}

// TestLabelStemsSplitsAsFields checks labelStems' one pass over an ASCII
// label, and its fall back on strings.Fields at a byte beyond ASCII
// (a no-break space parts words there too), against strings.Fields, and
// that it leaves out the trigger's stem ("talk" of "Talks", "talked").
func TestLabelStemsSplitsAsFields(t *testing.T) {
	doc := ingest.FromText("x", "Officials said.")
	tt := tokens(doc)
	b := &builder{text: doc.Text, tt: tt, lx: tt.Lexicon}
	for _, label := range []string{
		"", " ", "Summit opened in Geneva", "  Stocks  fell\tsharply\n", "Summit opened in Genève",
		"Talks\u00a0failed in Zürich", "officials said prices rose, officials said", "Genève",
		"Talks failed in Geneva", "Officials talked of talks", "Talks in Zürich", // the trigger's stem is left out
	} {
		var want []string
		for _, w := range strings.Fields(label) {
			if s := b.stemmed(w); s.content && s.stem != "talk" && !slices.Contains(want, s.stem) {
				want = append(want, s.stem)
			}
		}
		got := b.labelStems([]string{"before"}, label, "talk")
		if !slices.Equal(got[1:], want) || got[0] != "before" {
			t.Errorf("labelStems(%q) = %q, want %q after \"before\"", label, got, want)
		}
	}
}

// TestJoinLabelAsChecked checks joinLabel's copy into one array against
// joinChecked, which joins, cleans and capitalises any words: random words
// of ASCII letters, capitals, digits, marks, letters beyond ASCII and bytes
// that are no UTF-8, one to ten of them, some empty. The labels are cut
// from shared blocks: each must still read as it was made once all are
// made (room handed out twice fails). One label in eight is long, up to
// some 500 bytes, past the free room joinLabel asks for (labelRoom) and
// past the end of a block, where append takes it elsewhere.
func TestJoinLabelAsChecked(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	b := &builder{}
	var made, wanted []string
	pieces := []string{"a", "z", "Q", "7", "$", ".", "'", "é", "É", "ß", "’", "\xff", "\xe2\x80", ""}
	for range 20000 {
		words, long := 1+rng.IntN(10), rng.IntN(8) == 0
		if long {
			words = 10 + rng.IntN(40)
		}
		ws := make([]word, words)
		for i := range ws {
			var text string
			for range rng.IntN(4) {
				text += pieces[rng.IntN(len(pieces))]
			}
			if long {
				text += strings.Repeat(pieces[rng.IntN(3)], rng.IntN(8))
			}
			ws[i] = word{&token{text: text}}
		}
		got, want := b.joinLabel(ws), joinChecked(ws)
		if got != want {
			t.Fatalf("joinLabel(%q) = %q, want %q", texts(ws), got, want)
		}
		made, wanted = append(made, got), append(wanted, want)
	}
	for i := range made {
		if made[i] != wanted[i] {
			t.Fatalf("label %d reads %q once all are made, want %q", i, made[i], wanted[i])
		}
	}
}

// TestJoinLabelKeepsItsRoom checks that joinLabel keeps the room of the
// label text's block its label takes, to the last byte, and no more: labels
// of every length around the free room left in a block, from labelRoom on,
// each followed by labels that must not write over it. A label longer than
// the room is made elsewhere, and leaves the room free.
func TestJoinLabelKeepsItsRoom(t *testing.T) {
	for free := labelRoom; free < labelRoom+4; free++ {
		for n := free - 3; n <= free+3; n++ {
			b := &builder{}
			b.labelText.block = make([]byte, 1000)
			b.labelText.used = len(b.labelText.block) - free
			before := b.labelText.used
			got := b.joinLabel([]word{{&token{text: strings.Repeat("x", n)}}})
			kept := b.labelText.used - before
			for range 3 {
				b.joinLabel([]word{{&token{text: "yyyy"}}})
			}
			if want := "X" + strings.Repeat("x", n-1); got != want {
				t.Fatalf("free %d: a label of %d bytes reads %q once others are made, want %q", free, n, got, want)
			}
			if want := n * btoi(n < free); kept != want { // the space joinLabel writes after a label's last word takes a byte of the room
				t.Errorf("free %d: a label of %d bytes kept %d bytes of the room, want %d", free, n, kept, want)
			}
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// holdingWordByWord is holdingOf as first written, a word at a time: the
// reference TestHoldingOfAsWordByWord holds it to. It gathers the classes
// below 128, as holdingOf does (TestHoldingAsksUnder128 holds those to all
// the words' classes, for the classes labelRules asks).
func holdingWordByWord(ws []word) holding {
	var h holding
	for _, w := range ws {
		h.in = h.in.Union(w.cls.Under128())
		h.dot = h.dot || strings.HasSuffix(w.text, ".")
		h.amount = h.amount || isAmount(w.text)
		h.written = h.written || w.has(lex.PossessiveS) || quoted(w.text)
	}
	return h
}

// TestHoldingOfAsWordByWord checks holdingOf's tables of the bytes that
// open and close a word against holdingWordByWord: on the words of every
// TimeBank sentence, whole, and on random words of ASCII letters, digits,
// "$", ".", and letters, digits and currency signs beyond ASCII.
func TestHoldingOfAsWordByWord(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		if got, want := holdingOf(ws), holdingWordByWord(ws); got != want {
			t.Fatalf("holdingOf(%q) = %+v, want %+v", texts(ws), got, want)
		}
	}
	labels := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		b, toks := ts.b, ts.toks
		b.words.used, b.made.used = 0, 0
		check(b.labelInput(toks, nil))
		labels++
	})
	if labels < 1000 {
		t.Errorf("only %d labels checked", labels)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Q", "7", "$", ".", ",", "é", "٣", "£", "€", "’"}
	for range 20000 {
		ws := make([]word, 1+rng.IntN(6))
		for i := range ws {
			text := pieces[rng.IntN(len(pieces))]
			for range rng.IntN(3) {
				text += pieces[rng.IntN(len(pieces))]
			}
			ws[i] = word{&token{text: text}}
		}
		check(ws)
	}
}

// TestJoinLabelCopiesRunsAsWords checks joinLabel's copy of the words that
// stand one space apart in the text, in one move, against joinChecked,
// which joins the words one by one: on random choices of the words of
// every TimeBank sentence, in their order, some beside words a rule made
// (which stand nowhere in the text), and on the label of every clause.
func TestJoinLabelCopiesRunsAsWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	labels := 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		b, toks := ts.b, ts.toks
		b.words.used, b.made.used = 0, 0
		var tries [][]word
		for _, c := range splitClauses(toks, nil, nil) {
			tries = append(tries, b.labelWords(toks[c.from:c.to], nil))
		}
		for range 4 {
			var ws []word
			for i := range toks {
				switch r := rng.IntN(8); {
				case r < 5:
					ws = append(ws, word{&toks[i]})
				case r == 5:
					ws = append(ws, b.newWord(toks[i].text))
				}
			}
			tries = append(tries, ws)
		}
		for _, ws := range tries {
			if got, want := b.joinLabel(ws), joinChecked(ws); got != want {
				t.Fatalf("%s: joinLabel(%q) = %q, want %q", ts.file, texts(ws), got, want)
			}
			labels++
		}
	})
	if labels < 1000 {
		t.Errorf("only %d labels compared", labels)
	}
}

// TestArenaAllocOwnRoom checks that alloc hands out empty slices with room
// for exactly the n elements asked, none of it shared: random sizes, from
// none to past a largest block, each filled to its capacity with its own
// mark, which must all still be there once all are handed out.
func TestArenaAllocOwnRoom(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	var a arena[int]
	var got [][]int
	for i := range 5000 {
		n := rng.IntN(40)
		if rng.IntN(50) == 0 {
			n = rng.IntN(2 * maxBlock / 8)
		}
		s := a.alloc(n)
		if len(s) != 0 || cap(s) != n {
			t.Fatalf("alloc(%d) has length %d and room %d, want 0 and %d", n, len(s), cap(s), n)
		}
		for range n {
			s = append(s, i)
		}
		got = append(got, s)
	}
	for i, s := range got {
		for _, v := range s {
			if v != i {
				t.Fatalf("room %d holds %d of room %d once all are handed out", i, v, v)
			}
		}
	}
}

// TestConcatWordsOwnRoom checks that concatWords' words are a's and then
// c's in room of their own: the rules write over a label's words in place
// (capWords), which must leave a and c as they were, and room handed out
// after it must not share it.
func TestConcatWordsOwnRoom(t *testing.T) {
	b := &builder{}
	mk := func(texts ...string) []word {
		ws := b.words.alloc(len(texts))
		for _, s := range texts {
			ws = append(ws, word{&token{text: s}})
		}
		return ws
	}
	a, c := mk("Sun", "Microsystems"), mk("it", "will", "cut", "jobs")
	got := b.concatWords(a, c[1:])
	later := mk("x", "y", "z", "w", "v")
	if want := []string{"Sun", "Microsystems", "will", "cut", "jobs"}; !slices.Equal(texts(got), want) {
		t.Fatalf("concatWords = %q, want %q", texts(got), want)
	}
	got[0], got[4] = later[0], later[1]
	got = append(got, later[2])
	if !slices.Equal(texts(a), []string{"Sun", "Microsystems"}) || !slices.Equal(texts(c), []string{"it", "will", "cut", "jobs"}) ||
		!slices.Equal(texts(later), []string{"x", "y", "z", "w", "v"}) {
		t.Errorf("writing the words concatWords made changed others: %q %q %q", texts(a), texts(c), texts(later))
	}
}

// dropHedgesAtEveryWord is dropHedges as first written, which looked for
// a hedge at every word of a label with an amount: the reference
// TestDropHedgesAsAtEveryWord holds it to.
func dropHedgesAtEveryWord(ws []word) []word {
	amount := false
	for i := 1; i < len(ws) && !amount; i++ {
		amount = isAmount(ws[i].text)
	}
	if !amount {
		return ws
	}
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		j := i
		for j < len(ws) && ws[j].isLower() && !ws[j].has(lex.PartOpener) && !ws[j].has(lex.Article) &&
			(ws[j].has(lex.Quantifier) || ws[j].has(lex.Connector) && !ws[j].has(lex.Preposition) ||
				ws[j].has(lex.Determiner) && !ws[j].has(lex.Preposition)) {
			j++
		}
		if j > i && j < len(ws) && isAmount(ws[j].text) {
			i = j - 1
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// TestDropHedgesAsAtEveryWord checks dropHedges, which looks for a hedge
// only before an amount, against dropHedgesAtEveryWord: on the words of
// every TimeBank clause and sentence, and on random labels of amounts,
// names and words of the classes a hedge is made of.
func TestDropHedgesAsAtEveryWord(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		got := dropHedges(slices.Clone(ws))
		want := dropHedgesAtEveryWord(slices.Clone(ws))
		if !slices.Equal(got, want) {
			t.Fatalf("dropHedges(%q) = %q, want %q", texts(ws), texts(got), texts(want))
		}
	}
	eachTimeBankLabelInput(t, check)
	rng := rand.New(rand.NewPCG(9, 10))
	classes := []lex.Class{lex.Quantifier, lex.Connector, lex.Preposition, lex.Determiner, lex.PartOpener, lex.Article}
	spellings := []string{"300", "$150", "about", "Many", "than", "€5"}
	hedges := 0
	for range 20000 {
		ws := make([]word, 1+rng.IntN(8))
		for i := range ws {
			text := spellings[rng.IntN(len(spellings))]
			tok := &token{text: text, lc: isLowerWord(text)}
			for _, c := range classes {
				if rng.IntN(3) == 0 {
					tok.cls = tok.cls.Union(lex.Of(c))
				}
			}
			ws[i] = word{tok}
		}
		if len(dropHedgesAtEveryWord(slices.Clone(ws))) < len(ws) {
			hedges++
		}
		check(ws)
	}
	if hedges < 1000 {
		t.Errorf("only %d random labels hedged", hedges)
	}
}

// TestWithoutAsDeleteFunc checks without, which writes no word before the
// first it drops, and withoutArticles, its form for articlesAndRelatives,
// against slices.DeleteFunc on random labels of articles, relative
// pronouns, company suffixes and other words.
func TestWithoutAsDeleteFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	kinds := []lex.Set{{}, {}, lex.Of(lex.Article), lex.Of(lex.RelativePronoun), lex.Of(lex.CompanySuffix), lex.Of(lex.Preposition),
		lex.Of(lex.Article, lex.Preposition), lex.Of(lex.RelativePronoun, lex.CompanySuffix)}
	for range 20000 {
		ws := make([]word, rng.IntN(10))
		for i := range ws {
			ws[i] = word{&token{text: string(rune('a' + i)), cls: kinds[rng.IntN(len(kinds))]}}
		}
		for _, c := range []lex.Set{articlesAndRelatives, companySuffixes} {
			want := slices.DeleteFunc(slices.Clone(ws), func(w word) bool { return w.cls.Any(c) })
			if got := without(slices.Clone(ws), c); !slices.Equal(got, want) {
				t.Fatalf("without(%q) = %q, want %q", texts(ws), texts(got), texts(want))
			}
		}
		want := slices.DeleteFunc(slices.Clone(ws), func(w word) bool { return w.cls.Any(articlesAndRelatives) })
		if got := withoutArticles(slices.Clone(ws)); !slices.Equal(got, want) {
			t.Fatalf("withoutArticles(%q) = %q, want %q", texts(ws), texts(got), texts(want))
		}
	}
}

// TestLabelInputNilMarksNone checks that labelInput reads nil marks, as
// tests give, as marks of no token: on the clauses of every TimeBank
// sentence, against marks all false.
func TestLabelInputNilMarksNone(t *testing.T) {
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		b, toks := ts.b, ts.toks
		for _, c := range splitClauses(toks, nil, nil) {
			b.words.used, b.made.used = 0, 0
			got := texts(b.labelInput(toks[c.from:c.to], nil))
			want := texts(b.labelInput(toks[c.from:c.to], make([]bool, c.to-c.from)))
			if !slices.Equal(got, want) {
				t.Fatalf("%s: labelInput(%q, nil) = %q, want %q", ts.file, ts.doc.Text[ts.span.Start:ts.span.End], got, want)
			}
		}
	})
}

// dropContactRelativeAsWritten is dropContactRelative as first written,
// which asked written of every word: the reference
// TestDropContactRelativeAsWritten holds it to.
func dropContactRelativeAsWritten(ws []word) []word {
	for i := 2; i+1 < len(ws); i++ {
		if !ws[i].written(lex.Article) || !ws[i-1].isLower() || ws[i-1].has(lex.FunctionWord) || ws[i-1].cls.Any(finiteForms) {
			continue
		}
		if !(ws[i-2].written(lex.Preposition) || ws[i-2].written(lex.Article) || ws[i-2].written(lex.Determiner)) {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+3; j++ {
			if ws[j].isLower() && (ws[j].has(lex.AuxiliaryOrModal) || ws[j].cls.Any(finiteVerbs)) {
				return ws[:i:i]
			}
		}
	}
	return ws
}

// TestDropContactRelativeAsWritten checks dropContactRelative, which asks
// a word's class before its spelling, against the rule as first written:
// on the words of every TimeBank clause and sentence, and on random labels
// of articles (as listed and capitalised), prepositions, determiners and
// verbs.
func TestDropContactRelativeAsWritten(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		if got, want := dropContactRelative(ws), dropContactRelativeAsWritten(ws); !slices.Equal(got, want) {
			t.Fatalf("dropContactRelative(%q) = %q, want %q", texts(ws), texts(got), texts(want))
		}
	}
	eachTimeBankLabelInput(t, check)
	rng := rand.New(rand.NewPCG(15, 16))
	listed := []*lex.Entry{{Word: "the"}, {Word: "of"}, {Word: "was"}}
	kinds := []lex.Set{{}, lex.Of(lex.Article), lex.Of(lex.Preposition), lex.Of(lex.Determiner), lex.Of(lex.AuxiliaryOrModal),
		lex.Of(lex.PastForm), lex.Of(lex.FunctionWord)}
	cut := 0
	for range 50000 {
		ws := randomWords(rng, rng.IntN(9), listed, kinds, 4)
		if len(dropContactRelativeAsWritten(ws)) < len(ws) {
			cut++
		}
		check(ws)
	}
	if cut < 150 {
		t.Errorf("only %d random labels cut", cut)
	}
}

// shortenSubjectAsWritten is shortenSubject as first written, which asked
// written of every word of the subject: the reference
// TestShortenSubjectAsWritten holds it to.
func shortenSubjectAsWritten(ws []word) []word {
	if len(ws) <= maxLabelWords || ws[0].isLower() && (ws[0].cls.Any(finiteForms) || ws[0].has(lex.ParticipleForm)) {
		return ws
	}
	v := -1
	for i := 1; i < len(ws); i++ {
		if i >= 2 && ws[i].written(lex.ThatWord) && !verbBeforeThat(ws[i-1]) {
			return ws
		}
		if ws[i].written(lex.AuxiliaryOrModal) || ws[i].isLower() && ws[i].cls.Any(finiteVerbs) {
			v = i
			break
		}
	}
	if v < 0 {
		return ws
	}
	for p := 2; p+4 <= v; p++ {
		if ws[p].written(lex.PartOpener) {
			return append(ws[:p], ws[v:]...)
		}
	}
	for p := 1; p+3 <= v; p++ {
		if ws[p].written(lex.OfWord) && (isNumber(ws[p-1].text) || ws[p-1].has(lex.NumberWord) || ws[p-1].has(lex.Quantifier)) {
			continue
		}
		if ws[p].written(lex.Preposition) {
			return append(ws[:p], ws[v:]...)
		}
	}
	return ws
}

// TestShortenSubjectAsWritten checks shortenSubject, which asks a word's
// classes before its spelling, against the rule as first written: on the
// words of every TimeBank clause and sentence, and on random labels of
// verbs, auxiliaries, "that", prepositions and names.
func TestShortenSubjectAsWritten(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		if got, want := shortenSubject(slices.Clone(ws)), shortenSubjectAsWritten(slices.Clone(ws)); !slices.Equal(got, want) {
			t.Fatalf("shortenSubject(%q) = %q, want %q", texts(ws), texts(got), texts(want))
		}
	}
	eachTimeBankLabelInput(t, check)
	rng := rand.New(rand.NewPCG(17, 18))
	listed := []*lex.Entry{{Word: "that"}, {Word: "in"}, {Word: "had"}, {Word: "said"}}
	kinds := []lex.Set{{}, {}, lex.Of(lex.ThatWord), lex.Of(lex.AuxiliaryOrModal), lex.Of(lex.PastForm), lex.Of(lex.ReportingVerb),
		lex.Of(lex.Preposition), lex.Of(lex.PartOpener)}
	shortened := 0
	for range 20000 {
		ws := randomWords(rng, 6+rng.IntN(8), listed, kinds, 3)
		if len(shortenSubjectAsWritten(slices.Clone(ws))) < len(ws) {
			shortened++
		}
		check(ws)
	}
	if shortened < 500 {
		t.Errorf("only %d random labels shortened", shortened)
	}
}

// eachTimeBankLabelInput calls f with the label words (labelInput) of every
// clause of every TimeBank sentence, and of each whole sentence: the
// material the label rules' fast paths are held to their first forms on.
func eachTimeBankLabelInput(t *testing.T, f func(ws []word)) {
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		for _, c := range append(splitClauses(ts.toks, nil, nil), clause{0, len(ts.toks)}) {
			ts.b.words.used, ts.b.made.used = 0, 0
			f(ts.b.labelInput(ts.toks[c.from:c.to], nil))
		}
	})
}

// TestHasContentWordsAsCounted checks hasContentWords, which stops at the
// n-th content word, against contentWords counting them all: for n from
// -1 to 4, on the label words of every TimeBank clause and sentence and on
// random labels of function and content words, none to ten of them.
func TestHasContentWordsAsCounted(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		for n := -1; n <= 4; n++ {
			if got, want := hasContentWords(ws, n), contentWords(ws) >= n; got != want {
				t.Fatalf("hasContentWords(%q, %d) = %v, want %v", texts(ws), n, got, want)
			}
		}
	}
	eachTimeBankLabelInput(t, check)
	rng := rand.New(rand.NewPCG(11, 12))
	kinds := []lex.Set{{}, lex.Of(lex.FunctionWord), lex.Of(lex.FunctionWord, lex.Article), lex.Of(lex.Article)}
	for range 20000 {
		ws := make([]word, rng.IntN(11))
		for i := range ws {
			ws[i] = word{&token{text: string(rune('a' + i)), cls: kinds[rng.IntN(len(kinds))]}}
		}
		check(ws)
	}
}

// randomWords draws n label words, each of one of listed's entries and
// with one of kinds' classes, written with a capital once in capitalEvery:
// the random labels the label rules are held to their first forms on.
func randomWords(rng *rand.Rand, n int, listed []*lex.Entry, kinds []lex.Set, capitalEvery int) []word {
	ws := make([]word, n)
	for i := range ws {
		e := listed[rng.IntN(len(listed))]
		text := e.Word
		if rng.IntN(capitalEvery) == 0 {
			text = strings.ToUpper(text[:1]) + text[1:]
		}
		ws[i] = word{&token{text: text, lc: isLowerWord(text), cls: kinds[rng.IntN(len(kinds))], e: e}}
	}
	return ws
}

// TestEndTrimsSkipOnlyIdleLabels checks the tests labelRules puts before
// the trims of a label's ends: trimLeadingConnectors drops no word from a
// label whose first word is of none of the classes leadingDrops, and
// trimTrailingFunctionWords none from one whose last word is of none of
// trailingDrops. On every pair of single classes for the first two words
// (and for the last two), lower case and capitalised, and on the label
// words of every TimeBank clause and sentence. A trim that comes to drop
// a word of another class fails here.
func TestEndTrimsSkipOnlyIdleLabels(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		if len(ws) > 0 && !ws[0].cls.Any(leadingDrops) {
			if got := trimLeadingConnectors(ws); len(got) != len(ws) {
				t.Fatalf("trimLeadingConnectors(%q) = %q, but its first word is of no class in leadingDrops", texts(ws), texts(got))
			}
		}
		if len(ws) > 0 && !ws[len(ws)-1].cls.Any(trailingDrops) {
			if got := trimTrailingFunctionWords(ws); len(got) != len(ws) {
				t.Fatalf("trimTrailingFunctionWords(%q) = %q, but its last word is of no class in trailingDrops", texts(ws), texts(got))
			}
		}
	}
	eachTimeBankLabelInput(t, check)
	e := &lex.Entry{Word: "word"}
	one := func(c lex.Class, text string) word {
		return word{&token{text: text, lc: isLowerWord(text), cls: lex.Of(c), e: e}}
	}
	plain := word{&token{text: "word", lc: true, e: e}}
	for c1 := range lex.Class(192) {
		for c2 := range lex.Class(192) {
			for _, text := range []string{"word", "Word"} {
				check([]word{one(c1, text), one(c2, text), plain})
				check([]word{plain, one(c2, text), one(c1, text)})
			}
		}
	}
}

// TestLowerASCIIAsToLower checks lowerASCII, which lowers eight or four
// bytes at a time, against strings.ToLower: on every ASCII byte alone and
// beside each other byte, and on random ASCII strings of 1 to 40 bytes
// weighted to the bytes around the capitals ('@', 'A', 'Z', '[', '`',
// 'a', 'z', '{'), each followed in the arena by as many Qs lowered, which
// must leave it as it was.
func TestLowerASCIIAsToLower(t *testing.T) {
	var a arena[byte]
	check := func(s string) {
		t.Helper()
		got := lowerASCII(&a, s)
		other := lowerASCII(&a, strings.Repeat("Q", len(s)))
		if want := strings.ToLower(s); got != want || other != strings.Repeat("q", len(s)) {
			t.Fatalf("lowerASCII(%q) = %q, then %q of as many Qs, want %q", s, got, other, want)
		}
	}
	for c := range 128 {
		check(string(rune(c)))
		for d := range 128 {
			check(string([]byte{byte(c), byte(d)}))
		}
	}
	rng := rand.New(rand.NewPCG(21, 22))
	edges := "@AZ[`az{"
	for range 200000 {
		b := make([]byte, 1+rng.IntN(40))
		for i := range b {
			if rng.IntN(2) == 0 {
				b[i] = edges[rng.IntN(len(edges))]
			} else {
				b[i] = byte(rng.IntN(128))
			}
		}
		check(string(b))
	}
}

// TestNextLabelWordAsFields holds nextLabelWord, the split labelStems and
// hasStem share, to strings.Fields on random labels of ASCII words, white
// space and bytes beyond ASCII (in words, as words, as white space, and
// bytes that are no UTF-8): read word by word from the start, it must give
// strings.Fields' words and then stop at the end (between, no word) when
// the label is all ASCII, and stop at a word that runs into a byte beyond
// ASCII (beyondASCII) when it is not.
func TestNextLabelWordAsFields(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 12))
	parts := []string{"a", "Summit", "$5", "x-y", "é", "Zürich", " ", " ", "  ", "\t", "\n", "\v\f\r", "\u00a0", "\u2003", "\xff", "\x85"}
	stopped := 0
	for range 100000 {
		var sb strings.Builder
		for range rng.IntN(8) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		label := sb.String()
		var got []string
		var stop uint8
		for i := 0; ; {
			var a, z int
			a, z, stop = nextLabelWord(label, i)
			if stop == between && (a != z || a != len(label)) {
				t.Fatalf("nextLabelWord(%q, %d) = %d, %d at the end", label, i, a, z)
			}
			if stop != inWord {
				break
			}
			if a >= z || z > len(label) || (z < len(label) && !asciiSpace(label[z])) {
				t.Fatalf("nextLabelWord(%q, %d) = %d, %d: no word ending at white space or the end", label, i, a, z)
			}
			got = append(got, label[a:z])
			i = z
		}
		allASCII := true
		for k := range len(label) {
			allASCII = allASCII && label[k] < 0x80
		}
		if (stop == between) != allASCII || (stop == beyondASCII) == allASCII {
			t.Fatalf("label %q: stopped by %d, all ASCII %v", label, stop, allASCII)
		}
		if stop == beyondASCII {
			stopped++
			continue
		}
		if want := strings.Fields(label); !slices.Equal(got, want) {
			t.Fatalf("label %q: words %q, strings.Fields %q", label, got, want)
		}
	}
	if stopped < 20000 || stopped > 80000 {
		t.Errorf("%d of 100,000 labels stopped at a byte beyond ASCII", stopped)
	}
}
