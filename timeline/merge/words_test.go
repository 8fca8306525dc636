package merge

import (
	"reflect"
	"testing"
)

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
