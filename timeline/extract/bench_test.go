package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"retrace/timeline"
	"retrace/timeline/eval"
	"retrace/timeline/internal/cpubench"
)

// newsText returns about n bytes of news text: the TimeBank and AQUAINT
// articles one after another, a blank line between them (repeated as
// needed), or generated news-like sentences when the corpora are absent.
func newsText(b *testing.B, n int) string {
	var parts []string
	if dir := corporaPath(); dir != "" {
		for _, sub := range []string{"tbaq-cleaned/TimeBank", "tbaq-cleaned/AQUAINT"} {
			docs, err := eval.ReadDir(filepath.Join(dir, sub))
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range docs {
				parts = append(parts, strings.TrimSpace(d.Text)+"\n\n")
			}
		}
	}
	if len(parts) == 0 {
		for i := 0; i < 200; i++ {
			parts = append(parts, fmt.Sprintf("Officials said on Friday that the talks, which began in March %d, would resume next week. "+
				"Prices rose 3.%d%% in the third quarter from a year ago, the ministry said yesterday. "+
				"In late %d, troops crossed the border; two days later, fighting stopped for several weeks.\n\n",
				1990+i%30, i%10, 2000+i%25))
		}
	}
	var sb strings.Builder
	for sb.Len() < n {
		for _, p := range parts {
			sb.WriteString(p)
			if sb.Len() >= n {
				break
			}
		}
	}
	return sb.String()
}

// BenchmarkTag measures throughput on news text of 100 KB, 1 MB and 16 MB; run
// with -benchmem to see that memory grows linearly with the input.
func BenchmarkTag(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 16 << 20} {
		text := newsText(b, size)
		dct := timeline.Day(1998, 1, 8)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			cpubench.Loop(b, len(text), func() { TagText(text, Options{DCT: dct, Mode: ModeNews}) })
		})
	}
}

// chronologyText returns about n bytes of a chronology: a dated event a
// line, in the shapes histories write them ("On 3 March 1921, ...", "In
// late 1944 ...", "From May to July 1916 ..."), a heading now and then. It
// is the text denser with dates than any news, on which tagging is
// slowest: nearly every sentence holds an expression or two.
func chronologyText(n int) string {
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	lines := []func(d, m, y int) string{
		func(d, m, y int) string {
			return fmt.Sprintf("On %d %s %d, the assembly voted to dissolve the council.", d, months[m], y)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("In late %d the army crossed the river and took the town.", y)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("On %s %d, %d, the government announced a ceasefire; three days later, fighting resumed.", months[m], d, y)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("By the spring of %d, two divisions had withdrawn to the coast.", y)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("From %s to %s %d the siege went on, and on the morning of %d %s the garrison surrendered.",
				months[m], months[(m+2)%12], y, d, months[(m+2)%12])
		},
		func(d, m, y int) string {
			return fmt.Sprintf("In the %ds the economy grew by 4 percent a year.", y/10*10)
		},
		func(d, m, y int) string { return "The following year, the parliament was dissolved." },
		func(d, m, y int) string {
			return fmt.Sprintf("Early in %d, the first elections since %d were held.", y, y-12)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("Between %d and %d, more than 20,000 people left the country.", y, y+3)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("Two weeks later, on %s %d, the king abdicated.", months[m], d)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("In %s %d he was appointed minister; he resigned in %d, after 18 months in office.", months[m], y, y+2)
		},
		func(d, m, y int) string {
			return fmt.Sprintf("During the second half of %d the talks stalled, and on %d %s they broke down.", y, d, months[m])
		},
	}
	var sb strings.Builder
	for k := 0; sb.Len() < n; k++ {
		y := 1800 + k*7%200
		if k%40 == 0 {
			fmt.Fprintf(&sb, "\nThe years %d to %d\n\n", y, y+9)
		}
		sb.WriteString(lines[k%len(lines)](1+k*11%28, k*5%12, y))
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkTagChronology measures tagging on a chronology (see
// chronologyText), a date or two a line, with no document date: the text
// a history is, and the one the tagger is slowest on.
func BenchmarkTagChronology(b *testing.B) {
	text := chronologyText(1 << 20)
	cpubench.Loop(b, len(text), func() { TagText(text, Options{}) })
}

// BenchmarkTokenize measures the tokenization Tag starts with, which is
// about half of tagging: cutting news text into tokens, looking each word
// up in the English lexicon, and sifting out the tokens the grammar reads
// first (see lex.Sieve).
func BenchmarkTokenize(b *testing.B) {
	for _, size := range []int{1 << 20, 16 << 20} {
		text := newsText(b, size)
		opts := Options{DCT: timeline.Day(1998, 1, 8), Mode: ModeNews}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			cpubench.Loop(b, len(text), func() { Tokenize(text, opts) })
		})
	}
}
