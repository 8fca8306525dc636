package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"retrace/timeline/eval"
)

// corpusNews returns about n bytes of news text, the TimeBank and AQUAINT
// articles (as eval reads them) one after another, a blank line between
// articles, repeated as needed. It skips the benchmark when the corpora
// beside the repository are absent.
func corpusNews(b *testing.B, n int) string {
	var parts []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		dir := filepath.Join("..", "..", "..", "shared", "corpora", "tbaq-cleaned", sub)
		docs, err := eval.ReadDir(dir)
		if err != nil {
			b.Skipf("no corpus at %s: %v", dir, err)
		}
		for _, d := range docs {
			parts = append(parts, strings.TrimSpace(d.Text))
		}
	}
	var sb strings.Builder
	sb.Grow(n + 64<<10)
	for sb.Len() < n {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
			if sb.Len() >= n {
				break
			}
		}
	}
	return sb.String()
}

// BenchmarkExtractFile runs the extract command on one news file of 1 MB
// and of 16 MB: reading, tagging, events and JSON, as `retrace extract
// FILE` does, with the output discarded. Run it with -cpu 1 for the
// one-core figure and -benchmem for the bytes allocated per run.
func BenchmarkExtractFile(b *testing.B) {
	for _, size := range []int{1 << 20, 16 << 20} {
		text := corpusNews(b, size)
		path := filepath.Join(b.TempDir(), "news.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := (&runner{}).extract([]string{"--dct", "1998-01-08", path}, io.Discard, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
