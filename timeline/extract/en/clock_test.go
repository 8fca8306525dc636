package en

import (
	"strconv"
	"testing"
)

// plainClock reads a window as when's rules do (whenRules) wherever it
// reads one:
// every hour of up to three digits, with minutes after a colon, a hyphen
// or a dot or none, spaces or a tab, and the half of the day in the
// spellings the rules know and others (some 310,000 windows). It reads the
// shapes news writes.
func TestPlainClockAsWhen(t *testing.T) {
	var hours []string
	for h := range 30 {
		hours = append(hours, strconv.Itoa(h), twoDigits(h))
	}
	hours = append(hours, "123", "")
	seps := []string{"", ":", "-", ".", "："}
	mins := []string{"", "00", "07", "30", "45", "59", "60", "75", "5", "305"}
	spaces := []string{"", " ", "  ", "\t"}
	halves := []string{"", "am", "pm", "AM", "PM", "Am", "pM", "a.m.", "p.m.", "A.M.", "P.M.", "a.M.", "a.m", "p.m",
		"a.", "p.", "a", "p", "A", "o'clock", "hrs", "x", "am.", "pm,", "ampm"}
	handled := map[string]bool{}
	for _, h := range hours {
		for _, sep := range seps {
			for _, m := range mins {
				for _, sp := range spaces {
					for _, half := range halves {
						w := h + sep + m + sp + half
						ph, pm, ok := plainClock(w)
						if !ok {
							continue
						}
						handled[w] = true
						if wh, wm, wok := whenRules(w); !wok || wh != ph || wm != pm {
							t.Errorf("%q: plainClock %d:%02d, when's rules %d:%02d (%v)", w, ph, pm, wh, wm, wok)
						}
					}
				}
			}
		}
	}
	for _, w := range []string{"5 p.m.", "10:30 a.m.", "17:45", "5pm", "12 P.M.", "0:00", "11:59 PM", "9 AM"} {
		if !handled[w] {
			t.Errorf("%q is left to the rules", w)
		}
	}
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
