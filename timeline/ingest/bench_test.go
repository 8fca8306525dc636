package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// oneMB repeats the sample article's paragraphs into about 1 MB of input:
// as plain text, or as an HTML page with navigation, scripts and a footer.
func oneMB(b *testing.B, html bool) []byte {
	data, err := os.ReadFile(samples + "russia-north-korea-alliance.txt")
	if err != nil {
		b.Skip(err)
	}
	paras := strings.Split(strings.TrimSpace(string(data)), "\n\n")
	var out bytes.Buffer
	if html {
		out.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>` +
			`<meta property="article:published_time" content="2026-01-02T09:30:00+03:00">` +
			`<script>var x = 1;</script></head><body><nav><a href="/">Home</a></nav><article><h1>T</h1>`)
	}
	for i := 0; out.Len() < 1<<20; i++ {
		p := paras[i%len(paras)]
		if html {
			out.WriteString("<p class=\"x\">" + strings.ReplaceAll(p, "’", "&rsquo;") + "</p>\n")
		} else {
			out.WriteString(p + "\n\n")
		}
	}
	if html {
		out.WriteString("</article><footer>&copy; 2026</footer></body></html>")
	}
	return out.Bytes()
}

func benchmarkRead(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := Read(name, data)
		if err != nil || len(doc.Sentences) == 0 {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadHTML1MB(b *testing.B) { benchmarkRead(b, "a.html", oneMB(b, true)) }
func BenchmarkReadText1MB(b *testing.B) { benchmarkRead(b, "a.txt", oneMB(b, false)) }

// BenchmarkReadMarkdown1MB reads the same paragraphs as Markdown, a few
// with links and emphasis.
func BenchmarkReadMarkdown1MB(b *testing.B) {
	text := oneMB(b, false)
	md := bytes.ReplaceAll(text, []byte("Kursk region"), []byte("[Kursk region](https://example.com/kursk)"))
	md = bytes.ReplaceAll(md, []byte("late 2024"), []byte("*late 2024*"))
	benchmarkRead(b, "a.md", append([]byte("---\ntitle: T\ndate: 2026-01-02\n---\n# T\n\n"), md...))
}
