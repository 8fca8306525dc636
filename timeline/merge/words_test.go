package merge

import (
	"reflect"
	"testing"
)

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

func TestContentWords(t *testing.T) {
	cases := map[string][]string{
		"Putin's New Year greeting to Kim":           {"putin", "new", "greet", "kim"},
		"Ukrainian forces launch surprise incursion": {"ukrain", "forc", "launch", "surpris", "incursion"},
		"the clashes on Friday, 3 May 2024":          {"clash"},
		"":                                           nil,
		"said that it was":                           nil,
		"Strikes, strikes and STRIKES":               {"strik"},
	}
	for label, want := range cases {
		if got := contentWords(label); !reflect.DeepEqual(got, want) {
			t.Errorf("contentWords(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	ids := map[string]int{}
	a := wordIDs("Ukrainian forces launch surprise incursion", ids)
	b := wordIDs("Ukraine launches incursion into Kursk", ids)
	dice, shared := similarity(a, b)
	if shared != 3 || dice < 0.66 || dice > 0.67 {
		t.Errorf("similarity = %.3f with %d shared, want 2/3 with 3 (ukrain, launch, incursion of 5+4 words)", dice, shared)
	}
	// A short label against a long one: Dice keeps them within reach.
	dice, shared = similarity(wordIDs("North Korean troops deployed to Kursk region", ids), wordIDs("troops deployed", ids))
	if shared != 2 || dice != 0.5 {
		t.Errorf("similarity = %.3f with %d shared, want 0.5 with 2", dice, shared)
	}
	if d, s := similarity(a, nil); d != 0 || s != 0 {
		t.Errorf("against empty: %v, %v", d, s)
	}
	if d, _ := similarity(a, a); d != 1 {
		t.Errorf("self similarity %v", d)
	}
}
