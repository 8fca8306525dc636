package events

import (
	"slices"
	"testing"

	"retrace/timeline/lex"
)

// dropTitlesAsFirstWritten is dropTitles as first written, asking isTitle
// of the word before before whether the word is in lower case: the oracle
// for the order dropTitles asks them in.
func dropTitlesAsFirstWritten(lx *lex.Lexicon, ws []word) []word {
	for i := 1; i < len(ws); i++ {
		title := i - 1
		if ws[i].written(lex.OfWord) && isTitle(lx, ws[title]) && i+2 < len(ws) && !ws[i+1].isLower() && !ws[i+2].isLower() {
			i += 2
		}
		if !isTitle(lx, ws[title]) || ws[i].isLower() || isNumber(ws[i].text) {
			continue
		}
		for i+1 < len(ws) && (ws[i].has(lex.Title) || ws[i].has(lex.TitleQualifier)) && !ws[i+1].isLower() {
			i++
		}
		if title < i-1 && !ws[title+1].written(lex.OfWord) {
			title = i - 1
		}
		j := title
		for j > 0 && !ws[j-1].isLower() && !isNumber(ws[j-1].text) && !ws[j-1].has(lex.Possessive) {
			j--
		}
		if k := j; k > 0 && k <= 2 {
			for k > 0 && ws[k-1].isLower() && !ws[k-1].has(lex.FunctionWord) && !ws[k-1].cls.Any(finiteVerbs) {
				k--
			}
			if k == 0 {
				j = 0
			}
		}
		if j == 0 && i == len(ws)-1 {
			continue
		}
		return append(ws[:j], ws[i:]...)
	}
	return ws
}

// TestDropTitlesAsFirstWritten holds dropTitles to
// dropTitlesAsFirstWritten on the words of every TimeBank sentence, whole
// and in windows of up to twelve words from each word on, so that titles
// stand first, last and inside.
func TestDropTitlesAsFirstWritten(t *testing.T) {
	labels, dropped := 0, 0
	eachTimeBankSentence(t, func(ts *timeBankSentence) {
		var all []word
		for i := range ts.toks {
			if ts.toks[i].word {
				all = append(all, word{&ts.toks[i]})
			}
		}
		for from := range all {
			for _, ws := range [][]word{all[from:], all[from:min(from+12, len(all))], all[from:min(from+4, len(all))]} {
				got := texts(dropTitles(ts.b.lx, slices.Clone(ws)))
				want := texts(dropTitlesAsFirstWritten(ts.b.lx, slices.Clone(ws)))
				if !slices.Equal(got, want) {
					t.Fatalf("%s: dropTitles(%q) = %q, want %q", ts.file, texts(ws), got, want)
				}
				labels++
				if len(got) < len(ws) {
					dropped++
				}
			}
		}
	})
	if labels < 10000 || dropped < 100 {
		t.Fatalf("%d labels, %d with a title dropped: too few to tell", labels, dropped)
	}
}
