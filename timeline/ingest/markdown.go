package ingest

import (
	"html"
	"regexp"
	"strings"
	"sync"

	"retrace/timeline"
	"retrace/timeline/docdate"
)

// The Markdown reader's regular expressions, each compiled the first time
// it is asked for: compiled as the package started, they took some 3.6
// million instructions in every run, most of which read no Markdown.
var (
	mdHeading    = lazyRegexp(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdRule       = lazyRegexp(`^ {0,3}([-*_])(?:[ \t]*[-*_]){2,}[ \t]*$`)
	mdSetextH1   = lazyRegexp(`^ {0,3}=+[ \t]*$`)
	mdSetextH2   = lazyRegexp(`^ {0,3}-+[ \t]*$`)
	mdFence      = lazyRegexp("^ {0,3}(```+|~~~+)")
	mdListItem   = lazyRegexp(`^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?`)
	mdQuote      = lazyRegexp(`^[ \t]{0,3}(?:>[ \t]?)+`)
	mdRefDef     = lazyRegexp(`^ {0,3}\[[^\]]+\]:[ \t]*\S`)
	mdTableSep   = lazyRegexp(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$`)
	mdComment    = lazyRegexp(`(?s)<!--.*?-->`)
	mdScript     = lazyRegexp(`(?is)<script\b.*?</script\s*>`)
	mdStyle      = lazyRegexp(`(?is)<style\b.*?</style\s*>`)
	mdEscape     = lazyRegexp("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])")
	mdImage      = lazyRegexp(`!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])`)
	mdLink       = lazyRegexp(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdFootnote   = lazyRegexp(`\[\^[^\]]+\]`)
	mdAutolink   = lazyRegexp(`<((?:https?|ftp|mailto):[^>\s]+)>`)
	mdTag        = lazyRegexp(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdCode       = lazyRegexp("(`+)(.+?)(`+)")
	mdStrong     = lazyRegexp(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdStrike     = lazyRegexp(`~~(\S(?:.*?\S)?)~~`)
	mdEmStar     = lazyRegexp(`(^|[^\p{L}\p{N}*])\*(\S(?:[^*]*?\S)?)\*`)
	mdEmUnder    = lazyRegexp(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_($|[^\p{L}\p{N}_])`)
	mdSpaces     = lazyRegexp(`[ \t]{2,}`)
	frontMatterK = lazyRegexp(`^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*[:=][ \t]*(.*)$`)
)

// lazyRegexp returns a function that compiles expr the first time it is
// called and returns the same regular expression at every call.
// TestMarkdownPatternsCompile asks for each, so that none can fail to
// compile only when a file first needs it.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// frontMatter splits YAML ("---") or TOML ("+++") front matter from the
// start of a Markdown text into flat key/value pairs (lower-case keys,
// unquoted values) and returns the body after it.
func frontMatter(text string) (fields map[string]string, body string, ok bool) {
	text = strings.TrimPrefix(text, "\uFEFF")
	lines := splitLines(text).spans
	if len(lines) < 2 {
		return nil, text, false
	}
	delim := strings.TrimRight(text[lines[0].Start:lines[0].End], " \t")
	if delim != "---" && delim != "+++" {
		return nil, text, false
	}
	fields = map[string]string{}
	for i := 1; i < len(lines) && i < 500; i++ {
		l := strings.TrimRight(text[lines[i].Start:lines[i].End], " \t")
		if l == delim || delim == "---" && l == "..." {
			end := len(text)
			if i+1 < len(lines) {
				end = lines[i+1].Start
			}
			return fields, text[end:], true
		}
		m := frontMatterK().FindStringSubmatch(l)
		switch {
		case m != nil:
			k := strings.ToLower(m[1])
			if _, seen := fields[k]; !seen {
				fields[k] = unquote(strings.TrimSpace(m[2]))
			}
		case strings.TrimSpace(l) == "" || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") ||
			strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "["):
			// blank, nested or list values, comments, TOML tables
		default:
			// Prose between two rules ("---") is not front matter.
			return nil, text, false
		}
	}
	return nil, text, false
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// frontMatterDateKeys are the front matter keys that give the publication
// date, most specific first.
var frontMatterDateKeys = []string{"date", "published", "pubdate", "date_published", "datepublished", "publishdate", "publish_date", "created"}

// readMarkdown reduces Markdown to readable text: headings, paragraphs, list
// items and quotes become blocks; markup, code blocks, images, link targets
// and HTML tags are dropped. Soft-wrapped lines of a paragraph are joined.
func readMarkdown(text string) *timeline.Document {
	fields, body, _ := frontMatter(text)
	body = mdComment().ReplaceAllString(body, "")
	body = mdScript().ReplaceAllString(body, "")
	body = mdStyle().ReplaceAllString(body, "")
	var out blockText
	var title, heading string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out.add(cleanInline(strings.Join(para, " ")))
			para = para[:0]
		}
	}
	emit := func(s string) {
		flush()
		out.add(cleanInline(s))
	}
	lines := splitLines(body).spans
	for i := 0; i < len(lines); i++ {
		l := body[lines[i].Start:lines[i].End]
		if t := strings.TrimLeft(l, " \t"); t != "" && !strings.ContainsRune("`~>#=-*_+[|•0123456789", rune(t[0])) && !strings.Contains(l, "|") {
			para = append(para, proseLine(l)) // no block markup can start this line
			continue
		}
		if m := mdFence().FindStringSubmatch(l); m != nil {
			flush()
			for i++; i < len(lines); i++ { // skip to the closing fence
				if c := strings.TrimSpace(body[lines[i].Start:lines[i].End]); strings.HasPrefix(c, m[1]) && strings.Trim(c, m[1][:1]) == "" {
					break
				}
			}
			continue
		}
		if q := mdQuote().FindString(l); q != "" {
			l = l[len(q):]
		}
		switch {
		case isBlank(l):
			flush()
		case mdSetextH1().MatchString(l) && len(para) > 0, mdSetextH2().MatchString(l) && len(para) > 0:
			if heading == "" {
				heading = cleanInline(strings.Join(para, " "))
			}
			flush()
		case mdRule().MatchString(l), mdRefDef().MatchString(l), mdTableSep().MatchString(l):
			flush()
		case mdHeading().MatchString(l):
			h := mdHeading().FindStringSubmatch(l)[2]
			if heading == "" {
				heading = cleanInline(h)
			}
			emit(h)
		case mdListItem().MatchString(l):
			flush()
			para = append(para, strings.TrimSpace(l[len(mdListItem().FindString(l)):]))
		case strings.Contains(l, "|") && strings.HasPrefix(strings.TrimSpace(l), "|"):
			emit(strings.Trim(strings.TrimSpace(l), "|"))
		default:
			para = append(para, proseLine(l))
		}
	}
	flush()
	doc := out.document(FormatMarkdown)
	switch {
	case fields["title"] != "":
		title = fields["title"]
	case heading != "":
		title = heading
	}
	doc.Title = strings.TrimSpace(title)
	if doc.Title == "" && len(doc.Paragraphs) > 1 {
		if p := doc.Paragraphs[0]; p.Len() <= maxTitleRunes*4 {
			doc.Title = doc.Text[p.Start:p.End]
		}
	}
	for _, k := range frontMatterDateKeys {
		if t, ok := docdate.ParseValue(fields[k]); ok {
			doc.Date, doc.DateSource = t, timeline.DateFromMetadata
			break
		}
	}
	return doc
}

// proseLine trims a line of a paragraph, keeping a hard line break (two
// trailing spaces or a backslash) as a newline.
func proseLine(l string) string {
	s := strings.TrimSpace(l)
	if strings.HasSuffix(l, "  ") || strings.HasSuffix(s, "\\") {
		s = strings.TrimSuffix(s, "\\") + "\n"
	}
	return s
}

// cleanInline removes inline Markdown from a block: images, link targets,
// footnote marks, code spans' backticks, emphasis, HTML tags, escapes and
// entities.
func cleanInline(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<>~&") {
		return s // plain prose: most paragraphs of an article
	}
	// Escaped characters are set aside as private-use runes so the emphasis
	// rules below leave them alone, then restored.
	s = mdEscape().ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xF0000 + int(m[1]))) })
	s = mdCode().ReplaceAllString(s, "$2")
	s = mdImage().ReplaceAllString(s, "")
	s = mdFootnote().ReplaceAllString(s, "")
	s = mdLink().ReplaceAllString(s, "$1")
	s = mdAutolink().ReplaceAllString(s, "$1")
	s = mdTag().ReplaceAllString(s, "")
	s = mdStrong().ReplaceAllString(s, "$2")
	s = mdStrike().ReplaceAllString(s, "$1")
	for range 2 { // adjacent emphases share the character between them
		s = mdEmStar().ReplaceAllString(s, "$1$2")
		s = mdEmUnder().ReplaceAllString(s, "$1$2$3")
	}
	s = strings.Map(func(r rune) rune {
		if r >= 0xF0000 && r < 0xF0080 {
			return r - 0xF0000
		}
		return r
	}, s)
	s = html.UnescapeString(s)
	return mdSpaces().ReplaceAllString(s, " ")
}
