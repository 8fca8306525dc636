package events

import (
	"math/rand/v2"
	"slices"
	"testing"

	"retrace/timeline/lex"
)

// fitAsFirstWritten is fit with its loop over the perfect auxiliaries
// bounded as first written (i+1 < len(ws)), and a part opener or "that"
// asked by the set partOpenersAndThat: the reference TestFitAsFirstWritten
// holds fit to.
func fitAsFirstWritten(ws []word) []word {
	verb := -1
	for i, w := range ws {
		if w.isLower() && w.cls.Any(finiteForms) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return ws
	}
	for i := 3; i <= maxLabelWords && i < len(ws)-1; i++ {
		if !ws[i].cls.Any(partOpenersAndThat) {
			continue // a class first, as in dropContactRelative
		}
		if ws[i].written(lex.PartOpener) && i >= 4 && i >= verb+2 ||
			ws[i].written(lex.ThatWord) && !ws[i-1].cls.Any(verbsBeforeThat) && !ws[i-1].cls.Any(finiteForms) {
			return trimTrailingFunctionWords(ws[:i:i]) // "in a race that has tightened"
		}
	}
	// the noun phrase the cut falls in: nouns and adjectives around the
	// last word that fits
	cut := maxLabelWords - 1
	nounlike := func(w word) bool {
		return w.isLower() && !w.has(lex.FunctionWord) && !w.cls.Any(finiteForms) && !w.has(lex.ParticipleForm) && !isAmount(w.text)
	}
	if cut > verb && nounlike(ws[cut]) {
		s, e := cut, cut
		for s > verb+1 && nounlike(ws[s-1]) {
			s--
		}
		if s > 0 && ws[s-1].has(lex.InfinitiveMarker) {
			s++ // "to enforce the total trade embargo": the verb stays
		}
		for e+1 < len(ws) && nounlike(ws[e+1]) {
			e++
		}
		if e > s && e > cut {
			ws = append(ws[:s], ws[e:]...)
		}
	}
	if len(ws) > maxLabelWords {
		for i := 0; i+1 < len(ws); i++ {
			if !ws[i].has(lex.AuxiliaryOrModal) {
				continue // a class first, as in dropContactRelative
			}
			if ws[i].written(lex.AuxiliaryOrModal) && !ws[i].has(lex.Copula) && !ws[i].has(lex.BaseVerbAfter) &&
				ws[i+1].cls.Any(pastParticiples) && ws[i+1].isLower() && !ws[i+1].has(lex.Copula) { // "had risen", not "had operating profit" or "had been shared"
				ws = append(ws[:i], ws[i+1:]...)
				break
			}
		}
	}
	if len(ws) > maxLabelWords && len(ws) > 3 && isAmount(ws[0].text) && ws[1].has(lex.NumberWord) && !ws[2].isLower() {
		ws = ws[2:] // "$1.5 billion Fidelity High Income Fund": the fund is who
		verb -= 2
	}
	if len(ws) > maxLabelWords && verb >= 3 && verb < len(ws) {
		// a noun that qualifies the subject's head goes: "fourth U.S.
		// aircraft carrier could head for the Middle East"
		for i := 0; i < len(ws) && i+1 < len(ws); i++ {
			if ws[i+1].isLower() && ws[i+1].cls.Any(finiteForms) {
				if i >= 2 && nounlike(ws[i-1]) && nounlike(ws[i]) {
					ws = append(ws[:i-1], ws[i:]...)
				}
				break
			}
		}
	}
	return ws
}

// TestFitAsFirstWritten holds fit to fitAsFirstWritten on the words of
// every TimeBank clause and sentence longer than a label, and on random labels of nine to
// fourteen words of auxiliaries, past forms, function words and names,
// so that an auxiliary stands at every place, the last two included.
func TestFitAsFirstWritten(t *testing.T) {
	check := func(ws []word) {
		t.Helper()
		if len(ws) <= maxLabelWords {
			return // capWords asks fit only of longer labels
		}
		got, want := fit(slices.Clone(ws)), fitAsFirstWritten(slices.Clone(ws))
		if !slices.Equal(texts(got), texts(want)) {
			t.Fatalf("fit(%q) = %q, want %q", texts(ws), texts(got), texts(want))
		}
	}
	eachTimeBankLabelInput(t, check)
	rng := rand.New(rand.NewPCG(17, 18))
	listed := []*lex.Entry{{Word: "had"}, {Word: "risen"}, {Word: "the"}, {Word: "in"}, {Word: "and"}, {Word: "talks"}}
	kinds := []lex.Set{{}, lex.Of(lex.AuxiliaryOrModal), lex.Of(lex.PastForm), lex.Of(lex.IrregularPast), lex.Of(lex.FunctionWord),
		lex.Of(lex.PartOpener), lex.Of(lex.AuxiliaryOrModal, lex.Copula)}
	dropped := 0
	for range 50000 {
		ws := randomWords(rng, 9+rng.IntN(6), listed, kinds, 4)
		if len(fitAsFirstWritten(slices.Clone(ws))) < len(ws) {
			dropped++
		}
		check(ws)
	}
	if dropped < 1000 {
		t.Fatalf("only %d of the random labels made shorter", dropped)
	}
}
