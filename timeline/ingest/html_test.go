package ingest

import (
	"strings"
	"testing"

	"retrace/timeline"
)

func TestHTMLDate(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2026-01-02T09:30:00+03:00"><p>x</p>`, "2026-01-02"},
		{"itemprop meta", `<meta itemprop="datePublished" content="2024-11-05"><p>x</p>`, "2024-11-05"},
		{"json-ld", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","dateModified":"2025-01-01","datePublished":"2024-10-01T08:00:00Z"}</script><p>x</p>`, "2024-10-01"},
		{"json-ld graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2023-07-04"}]}</script><p>x</p>`, "2023-07-04"},
		{"byline time", `<article><p class="byline">By A · <time datetime="2022-02-24">Feb 24</time></p><p>x</p></article>`, "2022-02-24"},
		{"time in article header", `<article><header><h1>H</h1><time datetime="2021-06-01T10:00">June 1</time></header><p>x</p></article>`, "2021-06-01"},
		{"meta beats time", `<meta name="date" content="2020-01-01"><article><time datetime="2021-06-01">x</time><p>x</p></article>`, "2020-01-01"},
		{"published beats name=date", `<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2019-12-31"><p>x</p>`, "2019-12-31"},
		{"script ignored", `<script>var d = "2019-01-01"; datePublished = "2019-01-01"</script><p>x</p>`, ""},
		{"modified ignored", `<meta property="article:modified_time" content="2025-01-01"><p>x</p>`, ""},
		{"time deep in body ignored", `<article><p>` + strings.Repeat("word ", 60) + `</p><p>On <time datetime="2010-01-01">that day</time>.</p></article>`, ""},
		{"bad json-ld", `<script type="application/ld+json">{"datePublished": </script><p>x</p>`, ""},
		{"dateline in body", `<article><p>KYIV, Feb 24, 2022 (AP) — Russia invaded.</p></article>`, "2022-02-24"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read("a.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := timeline.FormatDate(doc.Date); got != tc.want {
				t.Errorf("date = %q (%s), want %q", got, doc.DateSource, tc.want)
			}
			if tc.want == "" && doc.DateSource != timeline.DateUnknown {
				t.Errorf("date source = %q, want %q", doc.DateSource, timeline.DateUnknown)
			}
		})
	}
}

func TestHTMLBody(t *testing.T) {
	page := `<!doctype html><html><head><title>Site title | Paper</title>
<meta property="og:title" content="OG title">
<style>p{color:red}</style></head>
<body class="nav-open">
<header class="site"><a href="/">Logo</a><nav><a>Section 2020</a></nav></header>
<div id="cookie-banner">We use cookies since 2012</div>
<main>
<article class="story">
<h1>Real  headline</h1>
<div class="share-bar"><a>Share 2011</a></div>
<p>First &ldquo;paragraph&rdquo; with <a href="/x">a link</a> and <em>emphasis</em>.</p>
<!-- a comment from 2015 -->
<figure><img alt="photo 2014" src="x.jpg"><figcaption>Caption text.</figcaption></figure>
<h2>A subheading</h2>
<ul><li>Item one</li><li>Item two</li></ul>
<blockquote><p>A quote.</p></blockquote>
<p hidden>Hidden 2016</p>
<p style="display: none">Invisible 2016</p>
<div aria-hidden="true">Aria 2016</div>
<form><label>Email 2017</label><input></form>
<template><p>Template 2018</p></template>
<svg><text>SVG 2013</text></svg>
<div class="related-articles"><p>Related 2010</p></div>
<p>Last paragraph.</p>
</article>
<aside><p>Sidebar 2009</p></aside>
</main>
<footer>Footer 2008</footer>
<script>var x = "2007";</script>
<noscript>Noscript 2006</noscript>
</body></html>`
	doc, err := Read("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Real headline", "First “paragraph” with a link and emphasis.", "Caption text.",
		"A subheading", "Item one", "Item two", "A quote.", "Last paragraph."}
	if got := paragraphTexts(doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	if doc.Title != "Real headline" {
		t.Errorf("title = %q, want the article's h1", doc.Title)
	}
	checkSpans(t, doc)
}

func TestHTMLRootChoice(t *testing.T) {
	// Many short <article> teasers: the page body, not one teaser, is the text.
	var b strings.Builder
	b.WriteString("<title>Index</title><body><p>" + strings.Repeat("Intro text. ", 50) + "</p>")
	for range 10 {
		b.WriteString("<article><p>Teaser.</p></article>")
	}
	doc, err := Read("i.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Intro text.") || strings.Count(doc.Text, "Teaser.") != 10 {
		t.Errorf("text = %.80q...", doc.Text)
	}
	if doc.Title != "Index" {
		t.Errorf("title = %q, want the <title>", doc.Title)
	}
	// No article: <main> is the text.
	doc, err = Read("m.html", []byte("<body><div>Menu</div><main><p>Body.</p></main></body>"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Body." {
		t.Errorf("text = %q, want only <main>", doc.Text)
	}
}

// TestHTMLFixtures reads saved pages of other shapes than the sample: no
// <article> or <main> (the body with its furniture removed, inside a
// wrapper whose class names a sidebar), and a Russian page in Windows-1251
// declared by http-equiv with only a dateline for its date.
func TestHTMLFixtures(t *testing.T) {
	tests := []struct {
		file, title, date string
		source            timeline.DateSource
		paragraphs        []string
	}{
		{"testdata/wire-no-article.html", "Talks resume in Geneva", "2025-03-14", timeline.DateFromMetadata, []string{
			"Talks resume in Geneva",
			"GENEVA, March 14 (Wire) - Negotiators met again on Friday after a three-week pause, officials said.",
			"The previous round ended on Feb. 21. A new round is planned for April.",
			"“We are hopeful,” said U.N. envoy Dr. A. Smith. “Very hopeful.”",
		}},
		{"testdata/ria-windows-1251.html", "Новости", "2026-01-02", timeline.DateFromDateline, []string{
			"МОСКВА, 2 января 2026 — РИА Новости. Президент выступил.",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := ReadFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tc.title || timeline.FormatDate(doc.Date) != tc.date || doc.DateSource != tc.source {
				t.Errorf("title %q, date %s (%s); want %q, %s (%s)", doc.Title,
					timeline.FormatDate(doc.Date), doc.DateSource, tc.title, tc.date, tc.source)
			}
			if got := paragraphTexts(doc); strings.Join(got, "|") != strings.Join(tc.paragraphs, "|") {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tc.paragraphs)
			}
			checkSpans(t, doc)
		})
	}
}

// TestHTMLTooDeep reads a page the tree parser refuses (over 512 open
// elements) with the token fallback: text kept, furniture dropped, date and
// title read.
func TestHTMLTooDeep(t *testing.T) {
	page := `<html><head><title>Deep page</title><meta property="article:published_time" content="2024-05-06">` +
		`<style>p{}</style><body><nav>Menu 2019</nav>` + strings.Repeat("<div>", 600) +
		`<h1>Deep &amp; headline</h1><p>First para.<br>Second line.</p><script>var x = "2018";</script><p>Last.</p>`
	doc, err := Read("deep.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Deep & headline", "First para.", "Second line.", "Last."}
	if got := paragraphTexts(doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	if doc.Title != "Deep & headline" || timeline.FormatDate(doc.Date) != "2024-05-06" {
		t.Errorf("title %q, date %v", doc.Title, doc.Date)
	}
	checkSpans(t, doc)
}
