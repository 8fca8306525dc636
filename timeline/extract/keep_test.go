package extract

import (
	"testing"

	"retrace/timeline"
	"retrace/timeline/extract/internal/grammar"
	"retrace/timeline/lex"
)

// Every point the resolver keeps is its own: across blocks, each keeps the
// value it was given while later ones are kept, on texts short and long.
// A short text's first block is smaller than a whole one, and no block is
// larger.
func TestKeptAreTheirOwn(t *testing.T) {
	for _, tokens := range []int{0, 300, 100 * keptBlock * tokensPerKept} {
		r := &resolver{toks: &lex.Tokenized{Tokens: make([]lex.Token, tokens)}}
		var got []*grammar.Point
		for n := range 3*keptBlock + 5 {
			got = append(got, r.keep(&grammar.Point{Year: n}))
			if c := cap(r.kept); c > keptBlock || n == 0 && tokens <= 300 && c >= keptBlock {
				t.Fatalf("%d tokens: point %d kept in a block of %d", tokens, n, c)
			}
		}
		for n, p := range got {
			if p.Year != n {
				t.Fatalf("%d tokens: point %d holds %d", tokens, n, p.Year)
			}
		}
	}
}

// The day the resolver remembers for a bare time later in the sentence is
// a plain day, whether kept on its own or shared with the last date, and
// it is the day of the mention that named it.
func TestLastDayIsPlain(t *testing.T) {
	opts := Options{DCT: timeline.Day(1998, 1, 8), Mode: ModeNews}
	for _, text := range []string{
		"The meeting began at 5 p.m. Friday and ended at 6 a.m.",
		"The meeting began Friday evening and ended at 11 p.m.",
		"The meeting began at 10:30 on Friday and ended at 6 p.m.",
		"On Friday the talks began; on Jan. 3 they ended at 9 p.m.",
		"Prices rose on Tuesday night, then on Dec. 30, 1997, and at noon.",
	} {
		toks := Tokenize(text, opts)
		rd := reader(toks, opts)
		cands := rd.Scan()
		r := newResolver(rd, toks, opts.DCT, opts.Mode, false)
		r.noteYears(cands)
		ids := newIDList(len(cands))
		days := 0
		for n := range cands {
			var m timeline.Mention
			before := r.lastDay
			r.resolve(&m, &cands[n], ids.at(n))
			if r.lastDay == before {
				continue
			}
			days++
			if !isPlainDay(r.lastDay) || timeline.FormatDate(r.lastDay.Date()) != timeline.FormatDate(m.Interval.Earliest) {
				t.Fatalf("%q: after %q the sentence's day is %+v", text, m.Text, *r.lastDay)
			}
		}
		if days == 0 {
			t.Fatalf("%q: no day remembered", text)
		}
	}
}
