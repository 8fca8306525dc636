package events

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"retrace/timeline"
)

// TestMentionByIDAsScan holds mentionByID, which searches mentions in ID
// order as they are and indexes others, to the first mention with the ID
// found by reading them all: on the tagger's numbering ("t1", "t2", ...,
// "t10"), with IDs repeated, left out, empty or swapped, and on random IDs,
// for IDs present and absent.
func TestMentionByIDAsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 9))
	for n := range 2000 {
		size := rng.IntN(40)
		if n%100 == 0 {
			size = 1000 + rng.IntN(2000)
		}
		ms := make([]timeline.Mention, size)
		num := 0
		for i := range ms {
			switch rng.IntN(20) {
			case 0: // the last number again
			case 1: // a number left out
				num += 2
			case 2:
				ms[i].ID = ""
				continue
			default:
				num++
			}
			ms[i].ID = "t" + strconv.Itoa(num)
		}
		switch n % 4 {
		case 1: // two swapped
			if size > 1 {
				i, j := rng.IntN(size), rng.IntN(size)
				ms[i], ms[j] = ms[j], ms[i]
			}
		case 2: // random IDs
			for i := range ms {
				ms[i].ID = string(rune('a'+rng.IntN(3))) + strconv.Itoa(rng.IntN(12))
			}
		case 3: // in order, none empty or repeated
			for i := range ms {
				ms[i].ID = "t" + strconv.Itoa(i+1)
			}
		}
		b := &builder{ms: ms}
		for range 50 {
			var id string
			switch rng.IntN(4) {
			case 0:
				id = "t" + strconv.Itoa(rng.IntN(num+3))
			case 1:
				id = string(rune('a'+rng.IntN(4))) + strconv.Itoa(rng.IntN(14))
			case 2:
				id = ""
			default:
				if size > 0 {
					id = ms[rng.IntN(size)].ID
				}
			}
			want, wantOK := 0, false
			for i := range ms {
				if ms[i].ID == id {
					want, wantOK = i, true
					break
				}
			}
			if got, ok := b.mentionByID(id); got != want || ok != wantOK {
				t.Fatalf("case %d, %d mentions: mentionByID(%q) = %d, %v, want %d, %v", n, size, id, got, ok, want, wantOK)
			}
		}
	}
}

// TestCompareIDsAsStrings holds compareIDs, which compares IDs of four to
// eight bytes as two numbers, to its order as written: shorter first, then
// strings.Compare. The IDs are of one to ten bytes, of a few bytes alike
// (so that most pairs share their first bytes and differ at any place)
// and of any byte, the tagger's "t" and digits among them.
func TestCompareIDsAsStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 10))
	alphabets := []string{"t0123456789", "ab", "\x00\x7f\x80\xff", "tT19"}
	id := func(n int, abc string) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = abc[rng.IntN(len(abc))]
		}
		return string(b)
	}
	for range 200_000 {
		abc := alphabets[rng.IntN(len(alphabets))]
		n := 1 + rng.IntN(10)
		a := id(n, abc)
		b := a
		switch rng.IntN(4) {
		case 0: // any other of the same length
			b = id(n, abc)
		case 1: // one byte changed
			c := []byte(a)
			c[rng.IntN(n)] = abc[rng.IntN(len(abc))]
			b = string(c)
		case 2: // another length
			b = id(1+rng.IntN(10), abc)
		}
		want := len(a) - len(b)
		if want == 0 {
			want = strings.Compare(a, b)
		}
		if got := compareIDs(a, b); (got < 0) != (want < 0) || (got > 0) != (want > 0) {
			t.Fatalf("compareIDs(%q, %q) = %d, want the sign of %d", a, b, got, want)
		}
	}
}

// TestInIDOrderAsCompareIDs holds inIDOrder, which compares each ID with
// the one before it in line, keeping its key, to a call of compareIDs for
// each pair: random lists of IDs of one to ten bytes, made in order (by
// compareIDs) and then, most of them, one changed (a byte, its length, or
// swapped with another), so that they go down at any place, in length or
// in any byte, or do not; ties of the same ID among them.
func TestInIDOrderAsCompareIDs(t *testing.T) {
	inOrder := func(ms []timeline.Mention) bool {
		for i := 1; i < len(ms); i++ {
			if compareIDs(ms[i-1].ID, ms[i].ID) > 0 {
				return false
			}
		}
		return true
	}
	rng := rand.New(rand.NewPCG(12, 11))
	alphabets := []string{"t0123456789", "ab", "\x00\x7f\x80\xff"}
	id := func(abc string) string {
		b := make([]byte, 1+rng.IntN(10))
		for i := range b {
			b[i] = abc[rng.IntN(len(abc))]
		}
		return string(b)
	}
	downs := 0
	for range 50_000 {
		abc := alphabets[rng.IntN(len(alphabets))]
		ms := make([]timeline.Mention, rng.IntN(12))
		for i := range ms {
			ms[i].ID = id(abc)
		}
		slices.SortFunc(ms, func(x, y timeline.Mention) int { return compareIDs(x.ID, y.ID) })
		if len(ms) > 0 {
			i := rng.IntN(len(ms))
			switch rng.IntN(5) {
			case 0: // a byte changed
				b := []byte(ms[i].ID)
				b[rng.IntN(len(b))] = abc[rng.IntN(len(abc))]
				ms[i].ID = string(b)
			case 1: // another ID
				ms[i].ID = id(abc)
			case 2: // swapped
				j := rng.IntN(len(ms))
				ms[i], ms[j] = ms[j], ms[i]
			case 3: // the one before again
				if i > 0 {
					ms[i].ID = ms[i-1].ID
				}
			}
		}
		got, want := inIDOrder(ms), inOrder(ms)
		if got != want {
			ids := make([]string, len(ms))
			for i := range ms {
				ids[i] = ms[i].ID
			}
			t.Fatalf("inIDOrder(%q) = %v, want %v", ids, got, want)
		}
		if !want {
			downs++
		}
	}
	if downs < 5000 || downs > 45000 {
		t.Errorf("%d of 50,000 lists go down", downs)
	}
}

// TestIDPlaceAsParsed holds idPlace to the number an ID ends with, read by
// strconv, less one: on the tagger's IDs, on random strings of digits and a
// few other bytes (leading zeros, long runs of digits, no digit at all,
// bytes just outside '0' to '9').
func TestIDPlaceAsParsed(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 11))
	want := func(id string) int {
		k := len(id)
		for k > 0 && id[k-1] >= '0' && id[k-1] <= '9' {
			k--
		}
		if k == len(id) || len(id)-k > 9 {
			return math.MaxInt
		}
		n, err := strconv.Atoi(id[k:])
		if err != nil || n == 0 {
			return math.MaxInt
		}
		return n - 1
	}
	abc := "t0123456789/:\x00\xff"
	for n := range 300_000 {
		var id string
		if n%3 == 0 {
			id = "t" + strconv.Itoa(rng.IntN(1_000_000))
		} else {
			b := make([]byte, rng.IntN(14))
			for i := range b {
				b[i] = abc[rng.IntN(len(abc))]
			}
			id = string(b)
		}
		if got, w := idPlace(id), want(id); got != w {
			t.Fatalf("idPlace(%q) = %d, want %d", id, got, w)
		}
	}
}
