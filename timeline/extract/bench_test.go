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
