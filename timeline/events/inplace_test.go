package events

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestBuildInPlaceAsBuild holds BuildInPlace to Build on the TimeBank
// articles with their gold time expressions: the same events and mentions,
// the mentions rewritten in the slice given rather than in a copy, and
// Build's own argument left as it was; and sentencesRead called once, its
// collection changing nothing.
func TestBuildInPlaceAsBuild(t *testing.T) {
	files := timeBankFiles(t)
	anchored := 0
	for _, f := range files {
		doc, ms, dct := readTimeML(t, f)
		if len(ms) == 0 {
			continue
		}
		toks := tokens(doc)
		given := slices.Clone(ms)
		wantEvs, want := Build(doc, toks, ms, dct)
		if !reflect.DeepEqual(ms, given) {
			t.Fatalf("%s: Build changed the mentions it was given", f)
		}
		reads := 0
		evs, got := BuildInPlace(doc, toks, ms, dct, func() { reads++; runtime.GC() })
		if reads != 1 {
			t.Fatalf("%s: BuildInPlace called sentencesRead %d times", f, reads)
		}
		if &got[0] != &ms[0] {
			t.Fatalf("%s: BuildInPlace returned a copy of the mentions", f)
		}
		if !reflect.DeepEqual(evs, wantEvs) {
			t.Fatalf("%s: events differ from Build's", f)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: mentions differ from Build's", f)
		}
		for _, m := range got {
			if strings.HasPrefix(m.Anchor, "event:") {
				anchored++
			}
		}
	}
	if anchored == 0 {
		t.Fatal("no mention was anchored on an event: the test sees no rewriting")
	}
	t.Logf("%d files, %d mentions anchored on events", len(files), anchored)
}
