package en

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"retrace/timeline/lex"
)

func TestBaseFromING(t *testing.T) {
	tests := map[string]string{
		"launching": "launch", "making": "make", "running": "run", "trying": "try", "lying": "lie",
		"using": "use", "focusing": "focus", "closing": "close", "raising": "raise", "speaking": "speak",
		"visiting": "visit", "writing": "write", "creating": "create", "negotiating": "negotiate",
		"changing": "change", "bringing": "bring", "handling": "handle", "voting": "vote",
		"continuing": "continue", "being": "be", "having": "have", "killing": "kill", "adding": "add",
		"stopping": "stop", "opening": "open", "declining": "decline", "entering": "enter",
		"declaring": "declare", "deciding": "decide", "developing": "develop", "hoping": "hope",
		"seizing": "seize", "urging": "urge", "targeting": "target", "fighting": "fight",
		"withdrawing": "withdraw", "requiring": "require", "agreeing": "agree", "Launching": "Launch",
		"ring": "ring", "sing": "sing",
	}
	for in, want := range tests {
		if got := baseFromING(in); got != want {
			t.Errorf("baseFromING(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStemJoinsWordForms(t *testing.T) {
	groups := [][]string{
		{"ukraine", "ukrainian", "ukrainians"},
		{"russia", "russian", "russians"},
		{"korea", "korean", "koreans"},
		{"china", "chinese"},
		{"launch", "launches", "launched", "launching"},
		{"force", "forces"},
		{"clash", "clashes", "clashed"},
		{"greet", "greets", "greeting", "greeted"},
		{"stop", "stopped", "stopping", "stops"},
		{"country", "countries"},
	}
	for _, g := range groups {
		want := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: want them equal", w, got, g[0], want)
			}
		}
	}
	// Distinct words stay distinct; short words are not cut to nothing.
	for _, pair := range [][2]string{{"press", "pres"}, {"talks", "tall"}, {"bus", "bu"}, {"war", "ward"}} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("stem merges %q and %q into %q", pair[0], pair[1], stem(pair[0]))
		}
	}
	for _, w := range []string{"die", "dies", "war", "gas", "is"} {
		if len(stem(w)) < 2 {
			t.Errorf("stem(%q) = %q", w, stem(w))
		}
	}
}

// formTestWords are the words form is checked on: the lexicon's in three
// cases, and 100,000 made of endings, capitals, letters beyond ASCII (some
// of which change length when lowered) and marks.
func formTestWords() []string {
	var words []string
	lx := Lexicon()
	for id := 1; id < lx.Len(); id++ {
		w := lx.Entry(uint32(id)).Word
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	rng := rand.New(rand.NewSource(1))
	parts := []string{"ed", "s", "wn", "ing", "ly", "en", "tion", "sion", "ment", "'s", "’s", "station", "a", "E", "x",
		"ß", "É", "İ", "3", ".", "-", "ments", "TION", "ING", "S", "Ed", "WN", "eN", "LY", "d", "g", "n", "y", "W", "i"}
	for range 100000 {
		var b strings.Builder
		for k := rng.Intn(5); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		words = append(words, b.String())
	}
	return words
}

// TestFormAsLowered holds form, which answers by its last byte a word
// that ends in none of the endings' last letters and reads a word all in
// ASCII in place, to formLowered, which lowers every word and reads the
// possessive, the noun of action and the inflection in turn: a new ending
// that ends in another letter must be added to endsAnEnding and to form's
// switch, or this fails.
func TestFormAsLowered(t *testing.T) {
	words := append(formTestWords(), "agreement's", "AGREEMENTS", "stations", "workstation's", "Declarations",
		"declarationS", "ROWS", "grown", "GROWN", "taken", "TAKEN", "s", "'s", "d", "ed", "n", "wn", "y", "ly", "t", "ing",
		"ÉVÉNEMENT", "ÉVÉNEMENTS", "ÉLECTION")
	for _, w := range words {
		if w == "" {
			continue
		}
		if got, want := form(w), formLowered(w); got != want {
			t.Errorf("form(%q) = %v, formLowered gives %v", w, got, want)
		}
	}
}

// TestFormEndsAsLowered holds formEnds, which the lexicon answers a word
// by without calling form (lex.Rules.FormEnds), to formLowered: a word that
// ends in an ASCII byte not in it, every test word and every fourth with
// each ASCII byte after it, has no class by its form.
func TestFormEndsAsLowered(t *testing.T) {
	checked := 0
	for k, w := range formTestWords() {
		for c := byte(0); c < utf8.RuneSelf; c++ {
			if k%4 != 0 || strings.IndexByte(formEnds, c) >= 0 {
				continue
			}
			for _, v := range []string{w + string(c), strings.ToUpper(w) + string(c)} {
				if s := formLowered(v); !s.IsEmpty() {
					t.Fatalf("formLowered(%q) = %v, but %q is not in formEnds", v, s, c)
				}
				checked++
			}
		}
		if last := w[len(w)-1]; w != "" && last < utf8.RuneSelf && strings.IndexByte(formEnds, last) < 0 && !formLowered(w).IsEmpty() {
			t.Fatalf("formLowered(%q) = %v, but %q is not in formEnds", w, formLowered(w), last)
		}
	}
	// and the lexicon asks form only of a word that ends in one
	lx := Lexicon()
	for _, w := range []string{"agreement", "Agreement", "AGREEMENTS", "decided", "Obama", "Putin", "NATO", "ended"} {
		tt := lex.Tokenize(w, lx)
		if got, want := lx.FormOf(tt.Tokens[0], tt.Entry(0), w), formLowered(w); got != want {
			t.Errorf("FormOf(%q) = %v, formLowered gives %v", w, got, want)
		}
	}
	t.Logf("%d words", checked)
}

// TestFormAskedAsForm holds formAsked, which the lexicon calls without
// form's test of the last byte (lex.Rules.FormAsked), to form on every test
// word it may be asked of: those ending in a byte of formEnds or beyond
// ASCII, and the empty word.
func TestFormAskedAsForm(t *testing.T) {
	asked := 0
	for _, w := range append(formTestWords(), "", "s", "'s", "ed", "ÉTÉ", "été", "Zürich", "agreement’s") {
		if last := len(w) - 1; last >= 0 && w[last] < utf8.RuneSelf && strings.IndexByte(formEnds, w[last]) < 0 {
			continue
		}
		if got, want := formAsked(w), form(w); got != want {
			t.Errorf("formAsked(%q) = %v, form gives %v", w, got, want)
		}
		asked++
	}
	t.Logf("%d words", asked)
}

// TestInflectionAsWritten holds inflection, which reads the one ending
// its last letter picks, to the endings read one after the other.
func TestInflectionAsWritten(t *testing.T) {
	for _, w := range formTestWords() {
		for _, lw := range []string{w, strings.ToLower(w)} {
			if lw == "" {
				continue
			}
			if got, want := inflection(lw), inflectionInTurn(lw); got != want {
				t.Errorf("inflection(%q) = %v, want %v", lw, got, want)
			}
		}
	}
}

// inflectionInTurn is inflection as first written, each ending read in
// turn.
func inflectionInTurn(lw string) lex.Set {
	var s lex.Set
	n := len(lw)
	switch {
	case hasSuffixFold(lw, "ed"):
		s = s.Union(lex.Of(lex.VerbEnding))
		if n > 4 {
			s = s.Union(lex.Of(lex.PastForm))
		}
	case hasSuffixFold(lw, "s"), hasSuffixFold(lw, "wn"):
		s = s.Union(lex.Of(lex.VerbEnding))
	case hasSuffixFold(lw, "ing"):
		if n >= 5 {
			s = s.Union(lex.Of(lex.ParticipleForm))
		}
	case hasSuffixFold(lw, "ly"):
		if n > 4 {
			s = s.Union(lex.Of(lex.LyForm))
		}
	case hasSuffixFold(lw, "en"):
		if n > 4 {
			s = s.Union(lex.Of(lex.EnForm))
		}
	}
	return s
}

// TestStemAsWritten holds stem, its endings written out, to stemInTurn,
// which ranges over them, on the lexicon's words and 100,000 made of
// endings, lowered, and on the same with -ing, -ed, -s and -ies added.
func TestStemAsWritten(t *testing.T) {
	for _, w := range formTestWords() {
		w = strings.ToLower(w)
		for _, v := range []string{w, w + "ing", w + "ed", w + "s", w + "ies", w + "ting", w + "lled", "x" + w + "ed"} {
			if got, want := stem(v), stemInTurn(v); got != want {
				t.Errorf("stem(%q) = %q, want %q", v, got, want)
			}
		}
	}
}

// stemInTurn is stem as first written: -ing and -ed, then the nation
// endings, each tried in turn from a list.
func stemInTurn(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w)-3 >= minStem:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && len(w)-1 >= minStem:
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minStem {
			w = undouble(w[:len(w)-len(suf)])
			break
		}
	}
	for _, suf := range nationEndings {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minStem {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// nationEndings are the endings cutNationEnding cuts, the longest first,
// as first written: a list tried in turn.
var nationEndings = []string{"ian", "ean", "ese", "ia", "ea", "an", "a", "e"}

// TestCutNationEndingByLastLetter holds cutNationEnding, which looks at
// the endings only when the last letter may end one, to the endings tried
// in turn.
func TestCutNationEndingByLastLetter(t *testing.T) {
	for _, w := range append(formTestWords(), "ukrainian", "korean", "chinese", "russia", "korea", "force", "ian", "ean", "",
		"xian", "xxian", "xxxian", "xea", "xxea", "xxxea", "ese", "xese", "xxese", "xxxese", "xe", "xxe", "xxxe", "an", "xan", "xxan", "xxxan") {
		w = strings.ToLower(w)
		want := w
		for _, suf := range nationEndings {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minStem {
				want = w[:len(w)-len(suf)]
				break
			}
		}
		if got := cutNationEnding(w); got != want {
			t.Errorf("cutNationEnding(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSingular(t *testing.T) {
	tests := map[string]string{
		"meetings": "meeting", "strategies": "strategy", "crashes": "crash", "clashes": "clash", "passes": "pass",
		"boxes": "box", "talks": "talk", "news": "new", "ties": "tie", "bus": "", "crisis": "", "loss": "", "its": "",
		"meeting": "", "strategy": "", "stress": "", "": "",
	}
	for in, want := range tests {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNounOfActionByLastLetter holds nounOfAction, which reads only the
// endings the last letter may end, to the endings read in turn, on the
// lexicon's words and words made of endings, as written and lowered.
func TestNounOfActionByLastLetter(t *testing.T) {
	words := append(formTestWords(), "agreement", "agreements", "declaration", "revisions", "workstation",
		"substations", "nation", "mentions", "recapitalization", "governments", "commission", "stationment")
	for _, w := range words {
		for _, lw := range []string{w, strings.ToLower(w)} {
			if got, want := nounOfAction(lw), nounOfActionInTurn(lw); got != want {
				t.Errorf("nounOfAction(%q) = %v, want %v", lw, got, want)
			}
		}
	}
}

// TestActionEndingAsInTurn holds actionEnding, its length tested in line
// before longActionEnding is called, to the endings read in turn, on every
// test word with no plural's s and on words of seven and eight letters
// either side of the length asked.
func TestActionEndingAsInTurn(t *testing.T) {
	words := append(formTestWords(), "mention", "payment", "session", "station", "election", "shipment", "decision",
		"stations", "relation", "tion", "ment", "sion", "xxxxtion", "xxxment", "xxxxment", "xxxsion", "xxxxsion")
	long := 0
	for _, w := range words {
		if strings.HasSuffix(w, "s") {
			continue
		}
		if got, want := actionEnding(w), nounOfActionInTurn(w); got != want {
			t.Errorf("actionEnding(%q) = %v, want %v", w, got, want)
		}
		if len(w) == 8 && nounOfActionInTurn(w) {
			long++
		}
	}
	if long == 0 {
		t.Error("no word of eight letters with an ending")
	}
}

// nounOfActionInTurn is nounOfAction as first written, each ending read
// in turn.
func nounOfActionInTurn(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) <= 7 || strings.HasSuffix(w, "station") {
		return false
	}
	return strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "ment")
}
