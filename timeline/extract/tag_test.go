package extract

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
)

// The anchor names are counted up digit by digit: their IDs must read as the numbers
// strconv writes, across every carry.
func TestIDsAreNumbered(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345} {
		ids := newIDList(n)
		for k := range n {
			if got, want := ids.at(k), "mention:t"+strconv.Itoa(k+1); got != want {
				t.Fatalf("newIDList(%d).at(%d) = %q, want %q", n, k, got, want)
			}
		}
	}
}

// marks.upTo answers as a binary search does, whatever order it is asked
// in: mostly forward, a few marks or many, as the resolver asks, now and
// then back; and holds says whether it would answer n.
func TestMarksCountAsSearch(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		var at []int32
		for k := int32(r.IntN(3)); len(at) < r.IntN(40); k += 1 + int32(r.IntN(4)) {
			at = append(at, k)
		}
		m := marks{at: at}
		k := 0
		for range 200 {
			if r.IntN(5) == 0 {
				k = r.IntN(len(at)*4 + 3)
			} else if r.IntN(3) == 0 {
				k += r.IntN(60)
			} else {
				k += r.IntN(4)
			}
			want, _ := slices.BinarySearch(at, int32(k+1))
			for n := max(want-2, 0); n <= min(want+2, len(at)); n++ {
				if got := m.holds(k, n); got != (n == want) {
					t.Fatalf("marks %v: holds(%d, %d) = %v, upTo is %d", at, k, n, got, want)
				}
			}
			if got := m.upTo(k); got != want {
				t.Fatalf("marks %v: upTo(%d) = %d, want %d", at, k, got, want)
			}
		}
	}
}

// yearsFrom answers as a search does, whatever order it is asked in.
func TestYearsFromAsSearch(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 200 {
		res := &resolver{}
		for k := r.IntN(3); len(res.years) < r.IntN(30); k += 1 + r.IntN(4) {
			res.years = append(res.years, yearAt{tok: k, year: 1900 + k})
		}
		k := 0
		for range 200 {
			if r.IntN(5) == 0 {
				k = r.IntN(len(res.years)*4 + 3)
			} else {
				k += r.IntN(4)
			}
			want := sort.Search(len(res.years), func(i int) bool { return res.years[i].tok >= k })
			if got := res.yearsFrom(k); got != want {
				t.Fatalf("years %v: yearsFrom(%d) = %d, want %d", res.years, k, got, want)
			}
		}
	}
}

// countingReader counts the tenses asked of a reader.
type countingReader struct {
	grammar.Reader
	tenses int
}

func (c *countingReader) Tense(cand *grammar.Cand) int {
	c.tenses++
	return c.Reader.Tense(cand)
}

// The resolver asks the reader the tense of an expression once, however
// often it weighs it, and hears what the reader says.
func TestTenseAskedOnce(t *testing.T) {
	opts := Options{DCT: timeline.Day(1998, 1, 8)}
	toks := Tokenize("The talks will resume on Friday. Officials said Tuesday that prices rose in March.", opts)
	rd := &countingReader{Reader: reader(toks, opts)}
	r := newResolver(rd, toks, opts.DCT, ModeAuto, false)
	cands := rd.Scan()
	if len(cands) != 3 {
		t.Fatalf("found %d expressions, want 3", len(cands))
	}
	for n := range cands {
		c := &cands[n]
		want := rd.Reader.Tense(c)
		if a, b := r.tense(c), r.tense(c); a != want || b != want {
			t.Errorf("%d: tense %d then %d, the reader says %d", n, a, b, want)
		}
	}
	if rd.tenses != len(cands) {
		t.Errorf("the reader was asked %d tenses for %d expressions", rd.tenses, len(cands))
	}
}

// The resolver works out the document date's day once: anchoring to it
// gives the day of the date as given, in its own zone, as DayPoint does.
func TestDCTAnchorIsItsDay(t *testing.T) {
	opts := Options{DCT: timeline.Day(1998, 1, 8)}
	toks := Tokenize("The talks will resume on Friday.", opts)
	rd := reader(toks, opts)
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		zone := time.FixedZone("", (r.IntN(27)-12)*3600)
		dct := time.Date(r.IntN(4000)-1000, time.Month(1+r.IntN(12)), 1+r.IntN(31), r.IntN(24), r.IntN(60), 0, 0, zone)
		res := newResolver(rd, toks, dct, ModeNews, false)
		var a anchorChoice
		ok := res.fromDCT(&a, timeline.AnchorToldNews)
		if want := grammar.DayPoint(dct); !ok || *a.p != want || a.name != "dct" {
			t.Fatalf("anchored to %v: %+v (%v), want the day %+v", dct, a, ok, want)
		}
	}
	if newResolver(rd, toks, time.Time{}, ModeNews, false).fromDCT(&anchorChoice{}, timeline.AnchorToldNews) {
		t.Fatal("anchored to an unknown document date")
	}
}
