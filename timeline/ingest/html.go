package ingest

import (
	"encoding/json"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"retrace/timeline"
	"retrace/timeline/docdate"
)

// readHTML keeps an HTML page's article: the largest <article>, else <main>,
// else the body; within it, headings, paragraphs, list items, quotes and
// table cells become blocks, while scripts, styles, navigation, asides,
// footers, forms, bylines, share bars and hidden elements are dropped.
// The title and date come from the whole page; the text of its bylines and
// datelines, left out of the article, is returned as evidence of its date.
func readHTML(text string) (*timeline.Document, []string) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser gives up on pages nesting over 512 open elements
		// (thousands of unclosed <div>s): read those tag by tag instead.
		return readHTMLTokens(text), nil
	}
	meta := pageMetadata(root)
	content := contentRoot(root)
	var out blockText
	ex := extractor{out: &out}
	ex.walk(content, content)
	ex.flush()
	doc := out.document(FormatHTML)
	doc.Title = firstNonEmpty(firstText(content, atom.H1), meta.ogTitle, firstText(root, atom.H1), meta.title)
	if !meta.date.IsZero() {
		doc.Date, doc.DateSource = meta.date, timeline.DateFromMetadata
	}
	return doc, meta.bylines
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// metadata is what the page says about itself.
type metadata struct {
	title, ogTitle string
	date           time.Time
	rank           int // how trusted date is: lower is better
	// bylines are the short texts of byline and dateline elements ("By
	// Helen Marsh, October 11, 2018"): page furniture, but evidence of the date.
	bylines []string
}

// maxBylineRunes is the longest text of a byline element kept as evidence.
const maxBylineRunes = 200

// offer takes value as the page's date if it parses and its rank is better
// than that of the date found so far.
func (m *metadata) offer(value string, rank int) {
	if rank >= m.rank {
		return
	}
	if t, ok := docdate.ParseValue(value); ok {
		m.date, m.rank = t, rank
	}
}

// metaKey is the lower-case name a <meta> element gives its content by.
func metaKey(n *html.Node) string {
	return strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
}

// dateMetaNames are <meta> names and properties that give the publication
// date, with their rank (lower wins). Modification dates are not used: an
// edit years later says nothing of when the reported events happened.
var dateMetaNames = map[string]int{
	"article:published_time": 1, "og:published_time": 1, "article.published": 1, "published_time": 1,
	"datepublished": 1, "pubdate": 1, "publishdate": 1, "publish_date": 1, "publish-date": 1,
	"date": 2, "dc.date": 2, "dc.date.issued": 2, "dcterms.created": 2, "dcterms.date": 2,
	"dcterms.issued": 2, "sailthru.date": 2, "parsely-pub-date": 2, "citation_publication_date": 2,
	"citation_date": 2, "article:published": 2, "original-publish-date": 2,
}

// Ranks of the other sources of a date.
const (
	rankJSONLD   = 1
	rankItemprop = 2
	rankTime     = 3 // a <time datetime> in the byline or the article's header
	rankNone     = 99
)

// pageMetadata collects the title and the best publication date from the
// whole page: <meta>, JSON-LD, itemprop="datePublished" and the <time>
// of the byline. Ordinary scripts are never read.
func pageMetadata(root *html.Node) metadata {
	m := metadata{rank: rankNone}
	var longParagraphSeen bool
	var walk func(n *html.Node, byline bool)
	walk = func(n *html.Node, byline bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = collapse(textOf(n))
				}
			case atom.Meta:
				key := metaKey(n)
				if key == "og:title" && m.ogTitle == "" {
					m.ogTitle = collapse(attr(n, "content"))
				}
				if r, ok := dateMetaNames[key]; ok {
					m.offer(attr(n, "content"), r)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					if v, ok := jsonLDDate(textOf(n)); ok {
						m.offer(v, rankJSONLD)
					}
				}
				return
			case atom.Time:
				if v := attr(n, "datetime"); v != "" && (byline || hasAttr(n, "pubdate") || !longParagraphSeen && inArticle(n)) {
					m.offer(v, rankTime)
				}
			case atom.P:
				if len(textOf(n)) > 200 {
					longParagraphSeen = true
				}
			case atom.Header, atom.Address:
				byline = true
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				m.offer(firstNonEmpty(attr(n, "content"), attr(n, "datetime"), textOf(n)), rankItemprop)
			}
			if hasToken(n, "byline", "dateline", "published", "pubdate", "timestamp", "posted", "meta") {
				byline = true
				if t := collapse(textOf(n)); t != "" && utf8.RuneCountInString(t) <= maxBylineRunes {
					m.bylines = append(m.bylines, t)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, byline)
		}
	}
	walk(root, false)
	return m
}

// jsonLDDate finds datePublished (else dateCreated) anywhere in a JSON-LD
// block, which may be an object, an array or an @graph.
func jsonLDDate(src string) (string, bool) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return "", false
	}
	for _, key := range []string{"datePublished", "dateCreated"} {
		if s, ok := findJSONKey(v, key, 0); ok {
			return s, true
		}
	}
	return "", false
}

func findJSONKey(v any, key string, depth int) (string, bool) {
	if depth > 20 {
		return "", false
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			return s, true
		}
		for _, c := range x {
			if s, ok := findJSONKey(c, key, depth+1); ok {
				return s, true
			}
		}
	case []any:
		for _, c := range x {
			if s, ok := findJSONKey(c, key, depth+1); ok {
				return s, true
			}
		}
	}
	return "", false
}

func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// contentRoot picks the element holding the article: the <article> with the
// most text, unless it holds under a fifth of the page's text (a list of
// teasers); else <main> or the element with role="main" or
// itemprop="articleBody"; else <body>.
func contentRoot(root *html.Node) *html.Node {
	var body, main, best *html.Node
	bestLen := -1
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipElement(n, nil) {
				return // an <article> teaser in an aside is not the story
			}
			switch {
			case n.DataAtom == atom.Body && body == nil:
				body = n
			case n.DataAtom == atom.Article:
				if l := proseLen(n); l > bestLen {
					best, bestLen = n, l
				}
			case main == nil && (n.DataAtom == atom.Main || attr(n, "role") == "main" || attr(n, "itemprop") == "articleBody"):
				main = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	page := body
	if page == nil {
		page = root
	}
	switch {
	case best != nil && bestLen*5 >= proseLen(page):
		return best
	case main != nil:
		return main
	}
	return page
}

// proseLen counts the bytes of text an extractor would keep under n.
func proseLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	if n.Type == html.ElementNode && skipElement(n, nil) {
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += proseLen(c)
	}
	return total
}

// extractor walks the content root and writes blocks.
type extractor struct {
	out   *blockText
	cur   strings.Builder
	space bool // white space seen since the last word
	inPre int
}

// dropTags are elements whose content is never article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Form: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Dialog: true, atom.Menu: true,
	atom.Video: true, atom.Audio: true, atom.Picture: true, atom.Map: true, atom.Head: true,
	atom.Label: true, atom.Img: true,
}

// blockTags end the current block before and after their content.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Figcaption: true, atom.Figure: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Table: true,
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Ul: true, atom.Ol: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Caption: true, atom.Center: true, atom.Body: true,
}

// inlineTags are never dropped for their class: a link styled "author" in
// a sentence is part of the sentence.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.Em: true, atom.Strong: true, atom.B: true, atom.I: true,
	atom.U: true, atom.Small: true, atom.Sup: true, atom.Sub: true, atom.Time: true, atom.Abbr: true,
	atom.Cite: true, atom.Q: true, atom.Mark: true, atom.Code: true, atom.Font: true,
}

// boilerTokens are class or id words of page furniture: bylines (the date
// is taken as metadata), share bars, related links, ads, comments.
var boilerTokens = []string{
	"byline", "dateline", "share", "sharing", "social", "related", "comments", "comment", "promo",
	"advert", "advertisement", "ad", "ads", "newsletter", "breadcrumb", "breadcrumbs", "menu",
	"sidebar", "cookie", "cookies", "subscribe", "subscription", "nav", "navbar", "navigation",
	"footer", "popup", "modal", "sponsored", "outbrain", "taboola", "skip", "signup", "author",
	"meta", "tags", "toolbar",
}

// dropRoles are ARIA roles of page furniture.
var dropRoles = map[string]bool{
	"navigation": true, "banner": true, "complementary": true, "contentinfo": true, "search": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true, "toolbar": true,
}

// skipElement reports whether an element holds no article text. The content
// root itself (and html, body, article, main) is never skipped for its class.
func skipElement(n *html.Node, contentRoot *html.Node) bool {
	if dropTags[n.DataAtom] || n.Type == html.ElementNode && n.DataAtom == 0 && strings.Contains(n.Data, ":") {
		return true // known furniture, or a namespaced tag (<fb:like>, <g:plusone>)
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") || dropRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if st := strings.ToLower(attr(n, "style")); strings.Contains(strings.ReplaceAll(st, " ", ""), "display:none") {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	case atom.Header:
		// A site header (logo, menu) is furniture; an article's header
		// carries its headline.
		if contains(n, atom.Nav) || !contains(n, atom.H1) && !inArticle(n) {
			return true
		}
	}
	if n == contentRoot || inlineTags[n.DataAtom] || !hasToken(n, boilerTokens...) {
		return false
	}
	// A layout wrapper named for its furniture ("content-with-sidebar",
	// "has-share-bar") may hold the article itself: keep it then.
	return !contains(n, atom.H1) && !contains(n, atom.Article) && !contains(n, atom.Main)
}

func (ex *extractor) walk(n, contentRoot *html.Node) {
	switch n.Type {
	case html.TextNode:
		ex.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return // comments, doctypes
	}
	if n.Type == html.ElementNode {
		if skipElement(n, contentRoot) {
			return
		}
		if n.DataAtom == atom.Br {
			ex.cur.WriteByte('\n')
			ex.space = false
			return
		}
	}
	block := blockTags[n.DataAtom]
	if block {
		ex.flush()
	}
	if n.DataAtom == atom.Pre {
		ex.inPre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ex.walk(c, contentRoot)
	}
	if n.DataAtom == atom.Pre {
		ex.inPre--
	}
	if block {
		ex.flush()
	}
}

// invisible maps what a browser shows as a plain space or nothing at all:
// no-break spaces become spaces, so patterns such as "January 2" match
// across them, and soft hyphens and zero-width spaces ("Novem&shy;ber")
// disappear.
var invisible = strings.NewReplacer("\u00a0", " ", "\u00ad", "", "\u200b", "", "\ufeff", "")

// text appends a text node, collapsing white space as a browser shows it
// (except inside <pre>).
func (ex *extractor) text(s string) {
	s = invisible.Replace(s)
	if ex.inPre > 0 {
		ex.cur.WriteString(s)
		return
	}
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			if ex.space && ex.cur.Len() > 0 {
				ex.cur.WriteByte(' ')
			}
			ex.cur.WriteString(s[:i])
			ex.space = false
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		if j < 0 {
			j = len(s)
		}
		if j > 0 {
			ex.space = true
		}
		s = s[j:]
	}
}

func (ex *extractor) flush() {
	if ex.cur.Len() > 0 {
		ex.out.add(ex.cur.String())
		ex.cur.Reset()
	}
	ex.space = false
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// hasToken reports whether one of n's class or id words (split at anything
// but letters and digits, lower-cased) is among tokens.
func hasToken(n *html.Node, tokens ...string) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		for s := a.Val; s != ""; {
			i := strings.IndexFunc(s, isWordRune)
			if i < 0 {
				break
			}
			s = s[i:]
			j := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) })
			if j < 0 {
				j = len(s)
			}
			for _, t := range tokens {
				if strings.EqualFold(s[:j], t) {
					return true
				}
			}
			s = s[j:]
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// contains reports whether n has a descendant element a.
func contains(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a || contains(c, a) {
			return true
		}
	}
	return false
}

// textOf returns all the text under n, as is.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sb.WriteString(textOf(c))
	}
	return sb.String()
}

// firstText returns the collapsed text of the first element a under n.
func firstText(n *html.Node, a atom.Atom) string {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return collapse(textOf(n))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := firstText(c, a); s != "" {
			return s
		}
	}
	return ""
}

func collapse(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// readHTMLTokens is the fallback for pages the tree parser refuses: a
// single pass over the tokens that keeps the text outside furniture tags,
// breaks blocks at block tags, and reads the title and the <meta> and
// JSON-LD dates. Without a tree it cannot prefer <article> or drop
// elements by class.
func readHTMLTokens(text string) *timeline.Document {
	var out blockText
	ex := extractor{out: &out}
	m := metadata{rank: rankNone}
	var skip []atom.Atom // open furniture elements whose text is dropped
	var inTitle, inH1, inJSONLD bool
	var h1 strings.Builder
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			n := &html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}
			switch tok.DataAtom {
			case atom.Title:
				inTitle = tt == html.StartTagToken
			case atom.H1:
				inH1 = h1.Len() == 0
			case atom.Meta:
				if r, ok := dateMetaNames[metaKey(n)]; ok {
					m.offer(attr(n, "content"), r)
				}
				continue
			case atom.Script:
				inJSONLD = strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json")
			case atom.Br:
				ex.cur.WriteByte('\n')
				ex.space = false
				continue
			case atom.Body: // <body> closes an unclosed <head>
				skip = slices.DeleteFunc(skip, func(a atom.Atom) bool { return a == atom.Head })
			}
			if dropTags[tok.DataAtom] && tt == html.StartTagToken && !voidTags[tok.DataAtom] {
				skip = append(skip, tok.DataAtom)
			} else if blockTags[tok.DataAtom] {
				ex.flush()
			}
		case html.EndTagToken:
			if len(skip) > 0 && skip[len(skip)-1] == tok.DataAtom {
				skip = skip[:len(skip)-1]
			}
			switch tok.DataAtom {
			case atom.Title:
				inTitle = false
			case atom.H1:
				inH1 = false
			case atom.Script:
				inJSONLD = false
			}
			if blockTags[tok.DataAtom] {
				ex.flush()
			}
		case html.TextToken:
			switch {
			case inTitle:
				m.title += tok.Data
			case inJSONLD:
				if v, ok := jsonLDDate(tok.Data); ok {
					m.offer(v, rankJSONLD)
				}
			case len(skip) == 0:
				if inH1 {
					h1.WriteString(tok.Data)
				}
				ex.text(tok.Data)
			}
		}
	}
	ex.flush()
	doc := out.document(FormatHTML)
	doc.Title = firstNonEmpty(collapse(h1.String()), collapse(m.title))
	if !m.date.IsZero() {
		doc.Date, doc.DateSource = m.date, timeline.DateFromMetadata
	}
	return doc
}

// voidTags never have content, so they open nothing to skip.
var voidTags = map[atom.Atom]bool{atom.Img: true, atom.Input: true, atom.Embed: true}
