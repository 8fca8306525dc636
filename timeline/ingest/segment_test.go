package ingest

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
	"retrace/timeline/docdate"
)

func sentenceTexts(text string) []string {
	doc := FromText("", text)
	var out []string
	for _, s := range doc.Sentences {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Dr. Smith arrived. He left.", []string{"Dr. Smith arrived.", "He left."}},
		{"U.S. officials met on Jan. 2 in Washington. Talks ended.", []string{"U.S. officials met on Jan. 2 in Washington.", "Talks ended."}},
		{"The deal angered the U.S. The talks collapsed.", []string{"The deal angered the U.S.", "The talks collapsed."}},
		{"It grew 3.5 percent in 2025. Then it fell.", []string{"It grew 3.5 percent in 2025.", "Then it fell."}},
		{"John F. Kennedy was shot in Dallas. It was 1963.", []string{"John F. Kennedy was shot in Dallas.", "It was 1963."}},
		{"He said: “We will win.” Then he left.", []string{"He said: “We will win.”", "Then he left."}},
		{`"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		{"Wait... and see. Or not… The end.", []string{"Wait... and see.", "Or not…", "The end."}},
		{"Shares of Apple Inc. rose. Apple Inc. The company said so.", []string{"Shares of Apple Inc. rose.", "Apple Inc.", "The company said so."}},
		{"It competes with Hewlett-Packard Co. Recently, it lost.", []string{"It competes with Hewlett-Packard Co.", "Recently, it lost."}},
		{"Meet at 5 p.m. Friday. Bring food.", []string{"Meet at 5 p.m. Friday.", "Bring food."}},
		{"Gen. Mark Milley spoke. (He was brief.) Done!", []string{"Gen. Mark Milley spoke.", "(He was brief.)", "Done!"}},
		{"Really?! Yes.", []string{"Really?!", "Yes."}},
		{"Москва, 2 янв. 2026 г. Президент выступил. Все слушали.", []string{"Москва, 2 янв. 2026 г. Президент выступил.", "Все слушали."}},
		{"北京下雨了。明天晴天。", []string{"北京下雨了。", "明天晴天。"}},
		{"See www.example.com. It works.", []string{"See www.example.com.", "It works."}},
		{"No. 10 Downing St. is here.", []string{"No. 10 Downing St. is here."}},
		{"", nil},
	}
	for _, tc := range tests {
		got := sentenceTexts(tc.text)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	wrapped := "This is a hard-wrapped paragraph, as mail and plain-text archives write\n" +
		"them, with each line filling the width of seventy-two characters or so\n" +
		"until the last.\n" +
		"\n" +
		"A second paragraph follows after a blank line and it is wrapped at the\n" +
		"same width as the first one was.\n" +
		"- a list item stays apart\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one per line", "Title\nFirst paragraph.\nSecond paragraph.", []string{"Title", "First paragraph.", "Second paragraph."}},
		{"short paragraphs one per line", "The talks resumed in Geneva on Friday after a three-week pause.\n" +
			"Officials said the next round would start in April or May, 2026.\n" +
			"The envoy declined to comment on the progress made so far, again.\n" +
			"Markets barely moved on the news, which had been widely expected.\n",
			[]string{"The talks resumed in Geneva on Friday after a three-week pause.",
				"Officials said the next round would start in April or May, 2026.",
				"The envoy declined to comment on the progress made so far, again.",
				"Markets barely moved on the news, which had been widely expected."}},
		{"blank lines and spaces", "  \n\n  A  \n\n\tB\t\n", []string{"A", "B"}},
		{"CR only", "A\rB\r\rC", []string{"A", "B", "C"}},
		{"unicode separators", "A\u2028B\u2029C", []string{"A", "B", "C"}},
		{"no-break spaces trimmed", "\u00a0A\u00a0\nB", []string{"A", "B"}},
		{"hard-wrapped", wrapped, []string{
			"This is a hard-wrapped paragraph, as mail and plain-text archives write\n" +
				"them, with each line filling the width of seventy-two characters or so\n" +
				"until the last.",
			"A second paragraph follows after a blank line and it is wrapped at the\n" +
				"same width as the first one was.",
			"- a list item stays apart",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := FromText("", tc.text)
			got := paragraphTexts(doc)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			checkSpans(t, doc)
		})
	}
}

// countRunes counts as a rune-by-rune loop does, up to its limit, with
// text in ASCII, beyond it, or both.
func TestCountRunes(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 7))
	pieces := []string{"a", "word ", "é", "€", "\xff", ".", "😀"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.IntN(60); k > 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s, limit := sb.String(), rng.IntN(40)
		want := 0
		for i := 0; i < len(s) && want < limit; want++ {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		if len(s) <= limit {
			want = utf8.RuneCountInString(s)
		}
		if got := countRunes(s, limit); got != want {
			t.Fatalf("countRunes(%q, %d) = %d, want %d", s, limit, got, want)
		}
	}
}

// The sentence splitter's fast paths answer as the definitions they stand
// for, on random strings of what they look at: terminatorFinder as a byte
// loop, isBlank, lastWord, firstWord and trimSpan as the
// unicode-wide functions they were written with.
func TestSegmentFastPathsMatchTheirDefinitions(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
	rnd := rand.New(rand.NewPCG(5, 12))
	pieces := []string{"a", "Zz", "word", "plain text here", ".", "!", "?", "…", "。", " ", "\t", "\v", "\f", "\n", "\u00a0",
		"\u0085", "\"", "'", "(", "[", "{", "/", "“", "‘", "«", "—", "–", "é", "\xff", "\xe2", "\xe2\x80", "\xe3", "\xef", "3", "\ufeff"}
	for range 100000 {
		var sb strings.Builder
		for range rnd.IntN(12) {
			sb.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		s := sb.String()
		marks := newTerminatorFinder(s, false)
		// one that knows s is ASCII, which most of the strings are
		asciiMarks := newTerminatorFinder(s, true)
		isASCII := asciiPrefix(s) == len(s)
		for i := 0; i <= len(s); i += 1 + rnd.IntN(3) {
			want := i
			for want < len(s) && !strings.Contains(".!?\xe2\xe3\xef", s[want:want+1]) {
				want++
			}
			if got := marks.from(i); got != want {
				t.Fatalf("terminatorFinder(%q).from(%d) = %d, want %d", s, i, got, want)
			}
			if got := asciiMarks.from(i); isASCII && got != want {
				t.Fatalf("terminatorFinder(%q) of ASCII from(%d) = %d, want %d", s, i, got, want)
			}
		}
		if got, want := isBlank(s), strings.TrimFunc(s, unicode.IsSpace) == ""; got != want {
			t.Fatalf("isBlank(%q) = %v, want %v", s, got, want)
		}
		want := s
		if i := strings.LastIndexFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("\"'“‘«([{—–/", r)
		}); i >= 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			want = s[i+size:]
		}
		if got := lastWord(s); got != want {
			t.Fatalf("lastWord(%q) = %q, want %q", s, got, want)
		}
		want = s
		if end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
			want = s[:end]
		}
		if got := firstWord(s); got != want {
			t.Fatalf("firstWord(%q) = %q, want %q", s, got, want)
		}
		trims := func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }
		start := len(s) - len(strings.TrimLeftFunc(s, trims))
		wantSpan := timeline.Span{Start: start, End: max(start, len(strings.TrimRightFunc(s, trims)))}
		if got := trimSpan(s, 0, len(s)); got != wantSpan {
			t.Fatalf("trimSpan(%q) = %v, want %v", s, got, wantSpan)
		}
	}
}

// isBinary answers as its definition, a loop over the runes of the first
// 64 KB, on random texts of plain words, line ends, control characters,
// DEL, C1 controls, other runes and bytes of no rune.
func TestIsBinaryAsRuneLoop(t *testing.T) {
	rnd := rand.New(rand.NewPCG(8, 1))
	pieces := []string{"plain words ", "a", "~", " ", "\n", "\t", "\r\n", "\f", "\v", "\x01", "\x1f", "\x7f", "\u0080",
		"\u009f", "\u00a0", "é", "\xff", "\xe2\x80", "\x00"}
	for range 20000 {
		var sb strings.Builder
		for range rnd.IntN(40) {
			sb.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		text := sb.String()
		var n, bad int
		for _, r := range text {
			n++
			switch {
			case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			case r < 0x20 || r >= 0x7F && r < 0xA0:
				bad++
			}
		}
		if want := strings.IndexByte(text, 0) >= 0 || bad*50 > n; isBinary(text) != want {
			t.Fatalf("isBinary(%q) = %v, want %v", text, !want, want)
		}
	}
}

// TestDateLinesAsDocdateLines holds the lines a plain text's reader hands
// to docdate to the lines docdate cuts itself: equal, or nil when a
// Unicode separator, which only ingest cuts at, ends one.
func TestDateLinesAsDocdateLines(t *testing.T) {
	pieces := []string{"a", "word", " ", "é", "\n", "\r", "\r\n", "\n\n", "\u2028", "\u2029", "\u2026", "\u2030"}
	rng := rand.New(rand.NewPCG(12, 5))
	separated := 0
	for range 5000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		got := dateLines(splitLines(text))
		if got == nil {
			if !strings.ContainsAny(text, "\u2028\u2029") {
				t.Fatalf("dateLines(%q) = nil, with no Unicode separator", text)
			}
			separated++
			continue
		}
		if want := docdate.Lines(text); !slices.Equal(got, want) {
			t.Fatalf("dateLines(%q) = %v, docdate.Lines %v", text, got, want)
		}
	}
	if separated == 0 {
		t.Fatal("no text had a line ended by a Unicode separator")
	}
}

// wordClassOf classes a word as the titles and abbreviations, looked up in
// lower case, do: the words themselves in every case, with a letter more or
// less, and random words of ASCII, Cyrillic, zero bytes and letters whose
// lower case has fewer bytes (the Kelvin sign is k).
func TestWordClassOfAsMaps(t *testing.T) {
	want := func(w string) wordClass {
		switch lower := strings.ToLower(w); {
		case titles[lower]:
			return titleWord
		case abbreviations[lower]:
			return abbreviationWord
		}
		return otherWord
	}
	var words []string
	for _, set := range []map[string]bool{titles, abbreviations, sentenceOpeners} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[1:], w+"s", "x"+w, w+"\x00", w[:len(w)-1])
		}
	}
	pieces := []string{"m", "r", "S", "t", "a", "p", "x", "o", "\x00", "\u212a", "\u212b", "д", "Р", "ф", ".", "é", "\xff"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var sb strings.Builder
		for range 1 + r.IntN(10) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		words = append(words, sb.String())
	}
	found := map[wordClass]int{}
	for _, w := range words {
		got := wordClassOf(w)
		if got != want(w) {
			t.Fatalf("wordClassOf(%q) = %d, want %d", w, got, want(w))
		}
		found[got]++
	}
	if found[titleWord] < 100 || found[abbreviationWord] < 100 {
		t.Errorf("too few titles or abbreviations among the words: %v", found)
	}
}

// splitLines cuts as a loop over the runes does, at LF, CRLF, CR, U+2028
// and U+2029, and says which lines are blank, on random texts of those, of
// other runes that begin with their first byte (0xE2: "…", "“"), spaces,
// and lines long and short.
func TestSplitLinesAsRuneLoop(t *testing.T) {
	want := func(text string) textLines {
		var out textLines
		start := 0
		add := func(end int) {
			s := text[start:end]
			out.spans = append(out.spans, timeline.Span{Start: start, End: end})
			out.blank = append(out.blank, strings.TrimFunc(s, unicode.IsSpace) == "")
		}
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '\n', '\r', '\u2028', '\u2029':
				add(i)
				out.separated = out.separated || r > '\r'
				if r == '\r' && strings.HasPrefix(text[i+1:], "\n") {
					size++
				}
				start = i + size
			}
			i += size
		}
		if start < len(text) {
			add(len(text))
		}
		return out
	}
	pieces := []string{"a", "word ", "\n", "\r", "\r\n", "\n\n", "\u2028", "\u2029", "\u2026", "“", "\xe2", "\xe2\x80", "é", "\xff",
		" ", "\t", "\u00a0", "\u3000", "\v",
		strings.Repeat("a long line of plain words ", 4), strings.Repeat("é", 60)}
	rng := rand.New(rand.NewPCG(3, 14))
	for range 50000 {
		var sb strings.Builder
		for range rng.IntN(16) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		if got, want := splitLines(text), want(text); !sameLines(got, want) {
			t.Fatalf("splitLines(%q) = %v, want %v", text, got, want)
		}
		if got, want := splitLinesOf(text, true), want(text); asciiPrefix(text) == len(text) && !sameLines(got, want) {
			t.Fatalf("splitLinesOf(%q) of ASCII = %v, want %v", text, got, want)
		}
	}
}

func sameLines(a, b textLines) bool {
	return slices.Equal(a.spans, b.spans) && slices.Equal(a.blank, b.blank) && a.separated == b.separated
}

// Sentences, which looks for terminators with one finder over the whole
// text, cuts each paragraph as it does alone (a finder of its own), on
// random texts cut into their paragraphs and into random spans, in order,
// overlapping and out of order.
func TestSentencesAsEachParagraphAlone(t *testing.T) {
	pieces := []string{"a", "Word", " ", "\n", "\n\n", ". ", "! ", "? ", ".", "…", "。", "“", "” ", "U.S. ", "Dr. ", "Inc. ", "3.5",
		"The ", "é", "\xe2", "\xe3", "\xef", "\xe2\x80", "(", ")", "It rose. The", "Yes! No? ", "“Fine.” He"}
	rng := rand.New(rand.NewPCG(7, 21))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(30) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		spans := Paragraphs(text)
		switch rng.IntN(3) {
		case 1:
			slices.Reverse(spans)
		case 2:
			spans = nil
			for range rng.IntN(5) {
				a, b := rng.IntN(len(text)+1), rng.IntN(len(text)+1)
				spans = append(spans, timeline.Span{Start: min(a, b), End: max(a, b)})
			}
		}
		var want []timeline.Span
		for _, p := range spans {
			want = append(want, Sentences(text, []timeline.Span{p})...)
		}
		if got := Sentences(text, spans); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q, %v) = %v, want %v", text, spans, got, want)
		}
	}
}

// spanChunks gives back the spans added as appending them to a slice
// does, for counts about each chunk's end and at random up to several
// chunks of the largest size: none lost, none doubled, in order.
func TestSpanChunksAsAppend(t *testing.T) {
	counts := []int{0, 1, firstChunk - 1, firstChunk, firstChunk + 1, 3*firstChunk - 1, 3 * firstChunk, 3*firstChunk + 1}
	rng := rand.New(rand.NewPCG(3, 12))
	for range 40 {
		counts = append(counts, rng.IntN(5*maxChunk))
	}
	for _, n := range counts {
		var c spanChunks
		var want []timeline.Span
		for i := range n {
			sp := timeline.Span{Start: i, End: i + rng.IntN(100)}
			c.add(sp)
			want = append(want, sp)
		}
		if got := c.spans(); !slices.Equal(got, want) || (got == nil) != (n == 0) {
			t.Fatalf("%d spans: spanChunks gave %d back (nil: %t), not as appended", n, len(got), got == nil)
		}
	}
}

// A wordTable takes words up to a quarter of its slots, a word added
// twice counted once, and refuses the next.
func TestWordTableRefusesPastAQuarter(t *testing.T) {
	var tab wordTable
	room := len(tab.keys) / 4
	for k := range room {
		tab.add(uint64(k+1), titleWord)
		tab.add(uint64(k+1), abbreviationWord) // the same word again: no more room taken
	}
	if tab.class(uint64(room)) != abbreviationWord {
		t.Fatalf("word %d has class %d, want the class added last", room, tab.class(uint64(room)))
	}
	defer func() {
		if recover() == nil {
			t.Fatalf("a wordTable took %d words, more than a quarter of its %d slots", room+1, len(tab.keys))
		}
	}()
	tab.add(uint64(room+1), titleWord)
}

// wordBefore finds the word before a period and its class as lastWord and
// wordClassOf do, and whether it holds a period, on random texts of titles,
// abbreviations and other words in any case, with spaces, quotes,
// brackets, dashes, periods, zero bytes, runes beyond ASCII and words of
// up to nine bytes and more before the end.
func TestWordBeforeAsLastWordAndClass(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{titles, abbreviations} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w), w+"\x00", "\x00"+w, w[1:])
		}
	}
	pieces := []string{" ", "\t", "\"", "(", "[", "/", "—", "“", "\x00", "é", "\u212a", ".", "a", "Z", "x9",
		"u.s", "supts", "Messrs", "abcdefg", "abcdefgh", "abcdefghi"}
	r := rand.New(rand.NewPCG(5, 6))
	found := map[wordClass]int{}
	for range 200000 {
		var sb strings.Builder
		for range r.IntN(4) {
			if r.IntN(2) == 0 {
				sb.WriteString(words[r.IntN(len(words))])
			} else {
				sb.WriteString(pieces[r.IntN(len(pieces))])
			}
		}
		s := sb.String()
		word, class, dotted := wordBefore(s)
		if want := lastWord(s); word != want || class != wordClassOf(want) || dotted != strings.Contains(want, ".") {
			t.Fatalf("wordBefore(%q) = %q, %d, %v; want %q, %d, %v", s, word, class, dotted, want, wordClassOf(want), strings.Contains(want, "."))
		}
		found[class]++
	}
	if found[titleWord] < 1000 || found[abbreviationWord] < 1000 {
		t.Errorf("too few titles or abbreviations before the end: %v", found)
	}
}

// wrapWidth, which counts the runes of the lines followed by another first
// and of the others only when the text may be wrapped, answers as weighing
// every line at once does (wrapWidthOfEveryLine, as it was written before),
// on random texts of lines short, wrapped, long and blank, run on in lower
// case or not, with and without blank lines between them.
func TestWrapWidthAsEveryLineWeighed(t *testing.T) {
	wrapWidthOfEveryLine := func(text string, ls textLines) (width, nonBlank int) {
		var long, wrapLike, followed, runOn int
		for i, l := range ls.spans {
			if ls.blank[i] {
				continue
			}
			nonBlank++
			runes := min(utf8.RuneCountInString(text[l.Start:l.End]), maxLineRunes+1)
			if runes > maxLineRunes {
				long++
				continue
			}
			width = max(width, runes)
			if i+1 == len(ls.spans) {
				continue
			}
			if next := ls.spans[i+1]; !ls.blank[i+1] {
				followed++
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[next.Start:next.End], " \t")); unicode.IsLower(r) {
					runOn++
				}
				if runes >= 50 {
					wrapLike++
				}
			}
		}
		if wrapLike < 3 || wrapLike*2 < followed || long*20 > nonBlank || runOn*4 < followed {
			return 0, nonBlank
		}
		return width, nonBlank
	}
	lines := []string{"", " ", "Short.", "a short one", "Title line",
		"this line is wrapped at some sixty characters, as mail is", "This one too opens a wrapped paragraph at sixty chars",
		strings.Repeat("wrap ", 12), strings.Repeat("é", 55), strings.Repeat("é", 101), strings.Repeat("words ", 17),
		strings.Repeat("A paragraph on one line, as news is written. ", 5)}
	rng := rand.New(rand.NewPCG(9, 4))
	wrapped := 0
	for range 30000 {
		var sb strings.Builder
		for range rng.IntN(40) {
			sb.WriteString(lines[rng.IntN(len(lines))])
			sb.WriteString("\n")
		}
		text := sb.String()
		ls := splitLines(text)
		gotW, gotN := wrapWidth(text, ls)
		wantW, wantN := wrapWidthOfEveryLine(text, ls)
		if gotW != wantW || gotN != wantN {
			t.Fatalf("wrapWidth(%q) = %d, %d; want %d, %d", text, gotW, gotN, wantW, wantN)
		}
		if gotW > 0 {
			wrapped++
		}
	}
	if wrapped < 200 {
		t.Errorf("only %d of the texts are wrapped", wrapped)
	}
}

// Sentences takes an ASCII byte the terminator finder stops at for a
// terminator without decoding it: each ASCII byte the finder looks for is
// one, and isTerminator answers as the list of terminators for every rune
// up to the CJK ones.
func TestTerminatorBytesAreTerminators(t *testing.T) {
	for _, b := range terminatorBytes {
		if b < utf8.RuneSelf && !isTerminator(rune(b)) {
			t.Errorf("the finder looks for %q, which is no terminator", b)
		}
	}
	for r := rune(0); r <= '？'; r++ {
		if got, want := isTerminator(r), strings.ContainsRune(".!?…。！？", r); got != want {
			t.Fatalf("isTerminator(%q) = %t, want %t", r, got, want)
		}
	}
}

// sentenceEnd answers the usual periods from the bytes after them as
// sentenceEndAt, the loops over the run of terminators, closers and spaces,
// answers every terminator: on random texts of periods beside words,
// numbers, spaces of every kind, closers, other terminators, capitals,
// abbreviations and runes beyond ASCII, at every terminator, for the
// paragraph ending at each place after it.
func TestSentenceEndAsAt(t *testing.T) {
	pieces := []string{".", ". ", ".  ", ".\n", ".\t", "..", "!", "?", "…", "。", " ", "a", "Word", "U.S", "Dr", "Inc", "J",
		"3", "5", ",", "-", "\"", "'", ")", "]", "”", "(", "The", "the", "é", "É", "\u00a0", "\xe2", "\xff", "\x00"}
	rng := rand.New(rand.NewPCG(4, 33))
	for range 50000 {
		var sb strings.Builder
		for range 1 + rng.IntN(10) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		for i := 0; i < len(text); i++ {
			if r, _ := utf8.DecodeRuneInString(text[i:]); !isTerminator(r) {
				continue
			}
			start := rng.IntN(i + 1)
			for pEnd := i + 1; pEnd <= len(text); pEnd++ {
				p := timeline.Span{Start: start, End: pEnd}
				end, next, ok := sentenceEnd(text, p, start, i)
				wantEnd, wantNext, wantOK := sentenceEndAt(text, p, start, i)
				if end != wantEnd || next != wantNext || ok != wantOK {
					t.Fatalf("sentenceEnd(%q, %v, %d, %d) = %d, %d, %t, want %d, %d, %t",
						text, p, start, i, end, next, ok, wantEnd, wantNext, wantOK)
				}
			}
		}
	}
}

// A text known to be ASCII is cut into the same lines, paragraphs and
// sentences as one not known to be, with no line end or terminator of
// several bytes looked for: on random ASCII texts of every line end and
// terminator.
func TestFromTextOfASCIIAsAnyText(t *testing.T) {
	pieces := []string{"a", "Word", " ", "\n", "\n\n", "\r", "\r\n", "\t", ". ", "! ", "? ", ".", "!", "?", "...", "U.S. ",
		"Dr. ", "3.5", "The ", "(", ")", "\"", "It rose. The", "Yes! No? ", "- item\n", strings.Repeat("wrapped line ", 5) + "\n"}
	rng := rand.New(rand.NewPCG(9, 2))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(40) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		got, gotLines := fromText("", text, true)
		want, wantLines := fromText("", text, false)
		if !slices.Equal(got.Paragraphs, want.Paragraphs) || !slices.Equal(got.Sentences, want.Sentences) ||
			!slices.Equal(gotLines, wantLines) {
			t.Fatalf("fromText(%q) of ASCII = %v, %v, %v; want %v, %v, %v", text,
				got.Paragraphs, got.Sentences, gotLines, want.Paragraphs, want.Sentences, wantLines)
		}
	}
}

// isAcronymWord answers as isAcronym of the word in lower case, and
// isInitial as the test of the word's one rune, on random words of
// letters in both cases, periods, digits, marks and runes beyond ASCII
// (some of which lowering changes in length: 'İ', the Kelvin sign).
func TestAcronymAndInitialAsWritten(t *testing.T) {
	pieces := []string{"a", "Z", "q", ".", ".", "é", "É", "İ", "\u212a", "т", "1", "-", "@", "[", "`", "{", "\xff", "\x00", "a.", "U.", "é.", "s.a"}
	rng := rand.New(rand.NewPCG(2, 71))
	acronyms := 0
	for range 200000 {
		var sb strings.Builder
		for range rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := sb.String()
		want := strings.IndexByte(w, '.') >= 0 && isAcronym(strings.ToLower(w))
		if got := isAcronymWord(w); got != want {
			t.Fatalf("isAcronymWord(%q) = %t, want %t", w, got, want)
		}
		if want {
			acronyms++
		}
		r, size := utf8.DecodeRuneInString(w)
		if got, want := isInitial(w), size == len(w) && unicode.IsUpper(r); got != want {
			t.Fatalf("isInitial(%q) = %t, want %t", w, got, want)
		}
	}
	if acronyms < 1000 {
		t.Errorf("only %d acronyms", acronyms)
	}
}
