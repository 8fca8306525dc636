package extract

import (
	"strconv"
	"strings"
	"testing"

	"retrace/timeline"
)

// want describes one expected mention; empty fields are not checked.
type want struct {
	text, typ, value, mod string
	earliest, latest      string // YYYY-MM-DD
	anchor                string
}

// tagCase is one row of a table test: the text, the document date
// ("" = unknown), the mentions expected (all of them, in order, unless
// partial is set), and words that must not be tagged.
type tagCase struct {
	name      string
	text      string
	dct       string
	mode      Mode
	want      []want
	partial   bool // other mentions may appear between the wanted ones
	notTagged []string
}

func runCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		name := c.name
		if name == "" {
			name = c.text
		}
		t.Run(name, func(t *testing.T) {
			opts := Options{Mode: c.mode}
			if c.dct != "" {
				d, err := timeline.ParseDate(c.dct)
				if err != nil {
					t.Fatal(err)
				}
				opts.DCT = d
			}
			ms, _ := TagText(c.text, opts)
			checkMentions(t, c.text, ms)
			k := 0
			for _, w := range c.want {
				found := false
				for ; k < len(ms); k++ {
					if ms[k].Text == w.text {
						checkMention(t, ms[k], w)
						found = true
						k++
						break
					}
					if !c.partial {
						t.Errorf("unexpected mention %q (%s %s) before %q", ms[k].Text, ms[k].Type, ms[k].Value, w.text)
					}
				}
				if !found {
					t.Errorf("no mention %q; got %s", w.text, describe(ms))
				}
			}
			if !c.partial && k < len(ms) {
				t.Errorf("unexpected mentions after the wanted ones: %s", describe(ms[k:]))
			}
			for _, no := range c.notTagged {
				for _, m := range ms {
					if strings.EqualFold(m.Text, no) {
						t.Errorf("%q must not be tagged, got %q %s %s", no, m.Text, m.Type, m.Value)
					}
				}
			}
		})
	}
}

func checkMention(t *testing.T, m timeline.Mention, w want) {
	t.Helper()
	check := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("%q: %s = %q, want %q", m.Text, field, got, want)
		}
	}
	check("type", string(m.Type), w.typ)
	check("value", m.Value, w.value)
	if w.mod == "-" {
		check("mod", m.Mod, "")
	} else {
		check("mod", m.Mod, w.mod)
	}
	check("earliest", timeline.FormatDate(m.Interval.Earliest), w.earliest)
	check("latest", timeline.FormatDate(m.Interval.Latest), w.latest)
	check("anchor", m.Anchor, w.anchor)
}

// checkMentions holds every mention to the invariants: IDs in order, spans
// inside the text and matching Text, earliest <= latest.
func checkMentions(t testing.TB, text string, ms []timeline.Mention) {
	t.Helper()
	prev := 0
	for i, m := range ms {
		if want := "t" + strconv.Itoa(i+1); m.ID != want {
			t.Errorf("mention %d has ID %q, want %q", i, m.ID, want)
		}
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %q has span %v out of order or outside the text (len %d, previous end %d)", m.Text, m.Span, len(text), prev)
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention span %v covers %q, Text is %q", m.Span, text[m.Start:m.End], m.Text)
		}
		if m.Interval.Latest.Before(m.Interval.Earliest) {
			t.Errorf("mention %q: earliest %v after latest %v", m.Text, m.Interval.Earliest, m.Interval.Latest)
		}
		if m.Value == "" || m.Type == "" {
			t.Errorf("mention %q lacks a value or type: %+v", m.Text, m)
		}
		prev = m.End
	}
}

func describe(ms []timeline.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("[" + m.Text + " " + string(m.Type) + " " + m.Value + " " + m.Mod + " " + timeline.FormatDate(m.Interval.Earliest) + ".." + timeline.FormatDate(m.Interval.Latest) + " " + m.Anchor + "] ")
	}
	return b.String()
}
