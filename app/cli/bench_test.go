package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/analyze"
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
		// Only the file is kept: the extract command sizes its memory
		// limit from the file, for a process that holds nothing else.
		n := len(text)
		text = ""
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if err := (&runner{}).extract([]string{"--dct", "1998-01-08", path}, io.Discard, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, n)
		})
	}
}

// cpuTime is the processor time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the processor time per run and the bytes per processor
// second: on a machine shared with other work, wall-clock MB/s measures the
// others too, while processor time counts only this process (its garbage
// collector included).
func reportCPU(b *testing.B, since time.Duration, bytes int) {
	used := cpuTime() - since
	if used <= 0 || b.N == 0 {
		return
	}
	per := used / time.Duration(b.N)
	b.ReportMetric(float64(per.Nanoseconds())/1e6, "cpu-ms/op")
	b.ReportMetric(float64(bytes)/1e6/per.Seconds(), "cpu-MB/s")
}

// BenchmarkExtractFolder runs the extract command on a folder of 2,000
// articles the size of TimeBank's (its 183 articles, over and over, each
// copy a file of its own). Run it with -cpu 1,2 (or more) to compare one
// core with all: the articles are analysed in parallel, one to a worker.
func BenchmarkExtractFolder(b *testing.B) {
	const articles = 2000
	var docs []string
	dir := filepath.Join("..", "..", "..", "shared", "corpora", "tbaq-cleaned", "TimeBank")
	read, err := eval.ReadDir(dir)
	if err != nil {
		b.Skipf("no corpus at %s: %v", dir, err)
	}
	for _, d := range read {
		docs = append(docs, strings.TrimSpace(d.Text)+"\n")
	}
	folder := b.TempDir()
	total := 0
	for i := range articles {
		text := docs[i%len(docs)]
		total += len(text)
		if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("a%04d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if err := (&runner{}).extract([]string{"--format", "jsonl", "--dct", "1998-01-08", folder}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, total)
	b.ReportMetric(float64(articles), "articles")
}

// BenchmarkWriteJSON writes the extract command's JSON for 1 MB of news,
// analysed once before: the writer alone, indented and compact (jsonl).
func BenchmarkWriteJSON(b *testing.B) {
	path := filepath.Join(b.TempDir(), "news.txt")
	if err := os.WriteFile(path, []byte(corpusNews(b, 1<<20)), 0o644); err != nil {
		b.Fatal(err)
	}
	opts, err := (&analysisFlags{dct: dateFlag{t: timeline.Day(1998, time.January, 8)}}).options()
	if err != nil {
		b.Fatal(err)
	}
	a, err := analyze.Article(path, opts)
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"json", "jsonl"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w := newDocWriter(io.Discard, format)
				if err := w.write(a); err != nil {
					b.Fatal(err)
				}
				if err := w.finish(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
