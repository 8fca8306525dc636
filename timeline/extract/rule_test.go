package extract

import (
	"testing"
	"time"

	"github.com/olebedev/when"
)

// Our grammar plugged into when's parser fixes its known defects.
func TestRuleInWhenParser(t *testing.T) {
	p := when.New(nil)
	p.Add(Rule{})
	ref := time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"The treaty was signed March 3, 2019 in Paris.", "2019-03-03"},
		{"Three years ago the mine closed.", "2023-01-01"}, // the year 2023, from its first day
		{"It may rain; the vote is at 5 p.m. Friday.", "2026-01-02 17:00"},
		{"Putin's New Year greeting", "2026-01-01"},
	} {
		res, err := p.Parse(c.text, ref)
		if err != nil || res == nil {
			t.Errorf("%q: no result (err %v)", c.text, err)
			continue
		}
		got := res.Time.Format("2006-01-02")
		if len(c.want) > 10 {
			got = res.Time.Format("2006-01-02 15:04")
		}
		if got != c.want {
			t.Errorf("%q: %q -> %s, want %s", c.text, res.Text, got, c.want)
		}
	}
	if res, _ := p.Parse("You may march under the sun when ready.", ref); res != nil {
		t.Errorf("tagged %q", res.Text)
	}
}
