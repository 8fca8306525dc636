package docdate

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"retrace/timeline"
)

// nav is a block of navigation text as a browser copies it from a news site.
const nav = "Skip to main content\nReuters\nWorld\nBusiness\nMarkets\nSustainability\nLegal\nTechnology\nSign In\nRegister\n"

// fileTime is a modification time for the cases that need one.
var fileTime = time.Date(2026, 3, 1, 15, 0, 0, 0, time.UTC)

// TestFind holds the finder to each kind of evidence and each rejection:
// the date it chooses (or "" for none), where from, and, when given, a
// candidate it must offer or a note it must make.
func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		in     Input
		want   string
		source timeline.DateSource
		// offer, when set, must be among the candidates (for "no date" cases)
		offer string
		// note, when set, must be in the chosen candidate's note
		note string
		// rejected, when set, must be in a rejection's reason
		rejected string
	}{
		// metadata
		{name: "metadata", in: Input{Text: "Jan. 2, 2026 — Talks resumed.", Metadata: []time.Time{timeline.Day(2020, 5, 5)}},
			want: "2020-05-05", source: timeline.DateFromMetadata},
		// bylines and timestamps near the top
		{name: "timestamp under navigation", in: Input{Text: nav + "Business News\nJanuary 20, 2016 / 3:36 PM / Updated 9 years ago\nSwiss watch exports fall\n\nThe federation said on Wednesday that exports fell for a fifth month in a row in December."},
			want: "2016-01-20", source: timeline.DateFromByline},
		{name: "published label", in: Input{Text: "What I learned\n\nPublished 3 March 2024 · 6 min read\n\nLast week we finally switched the search service over to the new index, after months of work."},
			want: "2024-03-03", source: timeline.DateFromByline},
		{name: "updated label", in: Input{Text: "Election night\n\nUpdated: November 6, 2024, 1:12 a.m. ET\n\nPolls have closed in every state, and counting is expected to continue through Wednesday."},
			want: "2024-11-06", source: timeline.DateFromByline},
		{name: "author and date", in: Input{Text: "Typhoon leaves dozens dead\nBy Maria Santos | September 26, 2024\n\nMANILA, Philippines — Typhoon Lumen killed at least 34 people after it made landfall late Tuesday."},
			want: "2024-09-26", source: timeline.DateFromByline},
		{name: "posted with time and weekday", in: Input{Text: "Harriers edge Falcons\nPosted 10:42 PM, Sat Nov 2, 2024\n\nThe Harriers beat the Falcons 3-2 in overtime on Saturday to stay top of the table."},
			want: "2024-11-02", source: timeline.DateFromByline},
		{name: "date alone on a line", in: Input{Text: "Headline\n\nJanuary 2, 2026\n\nBody text of the story goes on for a while, long enough to be prose."},
			want: "2026-01-02", source: timeline.DateFromByline},
		{name: "labelled date at the bottom", in: Input{Text: "Born on this day: June 12\n\n1819 – Charles Kingsley, English novelist\n1929 – Anne Frank, German-born diarist\n\nPage updated June 12, 2023"},
			want: "2023-06-12", source: timeline.DateFromByline},
		{name: "a weekday that is not the date's lowers a byline", in: Input{Text: "Story\nFriday, March 3, 2024\n\nThe council met to discuss the budget and decided nothing at all, again."},
			want: "2024-03-03", source: timeline.DateFromByline, note: "that day was a Sunday"},
		// datelines
		{name: "dateline with year", in: Input{Text: "WASHINGTON (AP) — March 3, 2019 — The president said."},
			want: "2019-03-03", source: timeline.DateFromDateline},
		{name: "dateline after navigation, year from the timestamp beside it", in: Input{Text: nav + "January 20, 2016 / 3:36 PM\nSwiss watch exports fall\nBy Silke Aebischer\n\nZURICH, Jan 20 (Reuters) - Swiss watch exports fell for a fifth straight month in December, the federation said."},
			want: "2016-01-20", source: timeline.DateFromDateline, note: `year from "January 20, 2016 / 3:36 PM"`},
		{name: "yearless dateline takes the year of a full date beside it", in: Input{Text: "March 4, 2021 6:02 AM UTC\n\nKYIV, March 4 (Reuters) - Ukraine will keep restaurants and schools in the capital closed, the minister said.", FileTime: fileTime},
			want: "2021-03-04", offer: "2021-03-04"},
		{name: "yearless dateline, December, on a January timestamp", in: Input{Text: "Jan 1, 2026 1:00 AM UTC\n\nSYDNEY, Dec 31 (Reuters) - Fireworks lit up the harbour as the city welcomed the new year, police said."},
			want: "2025-12-31", note: "year from"},
		{name: "yearless dateline, year only from the file's time, says so", in: Input{Text: "MOSCOW, Dec 30 (Reuters) - Russia said on Friday that talks would resume in the new year.", FileTime: fileTime},
			want: "2025-12-30", source: timeline.DateFromDateline, note: noteFileTime},
		{name: "yearless dateline with nothing to give the year", in: Input{Text: "MOSCOW, Jan 2 (Reuters) - Russia said on Friday that talks would resume."},
			want: "", rejected: "without a year"},
		{name: "Russian dateline", in: Input{Text: "МОСКВА, 2 января — РИА Новости. Президент сказал.", FileTime: fileTime},
			want: "2026-01-02", source: timeline.DateFromDateline},
		{name: "dateline deep under navigation", in: Input{Text: "One\nTwo\nThree\nFour\nFive\nSix\nSeven\nEight\nNine\nTen\nEleven\nTwelve\nMOSCOW, Jan 2, 2026 (Reuters) - Russia said on Friday that talks would resume next week in Geneva."},
			want: "2026-01-02", source: timeline.DateFromDateline},
		{name: "a dateline in the body is no evidence", in: Input{Text: "The first paragraph of this story is long enough to read as prose, and it ends.\nThe second one is also long enough to read as prose, and it ends too.\nA third line of prose, which goes on for long enough to count as such.\nA fourth line of prose, which goes on for long enough to count as such.\nA fifth line of prose, which goes on for long enough to count as such.\n" + strings.Repeat("More prose, which goes on for long enough to count as a line of prose.\n", 5) + "MOSCOW, Jan 2, 2026 (Reuters) - a quoted wire story deep in the text."},
			want: "", offer: "2026-01-02"},
		// file name and URL
		{name: "file name", in: Input{Name: "/tmp/news/2024-05-01-flood-report.txt", Text: "Flood waters recede\n\nResidents began returning home on Wednesday, officials said."},
			want: "2024-05-01", source: timeline.DateFromFileName},
		{name: "compact date in the file name", in: Input{Name: "20190308_budget-vote.txt", Text: "Council passes budget\n\nThe council approved the budget early Friday."},
			want: "2019-03-08", source: timeline.DateFromFileName},
		{name: "a number in the file name is no date", in: Input{Name: "report-12345678.txt", Text: "Nothing dated here at all."},
			want: ""},
		{name: "URL at the bottom", in: Input{Text: "Heat records fall\n\nTemperatures passed 45C on Thursday.\n\nhttps://www.example-news.com/world/2022/07/14/heat-records-southern-europe"},
			want: "2022-07-14", source: timeline.DateFromURL},
		{name: "URL with an ISO date in its path", in: Input{Text: "Source: https://example.org/news/2023-10-05-vote.html\n\nThe vote was held on Thursday after weeks of delay and argument."},
			want: "2023-10-05", source: timeline.DateFromURL},
		// captions
		{name: "photo caption", in: Input{Text: "Wildfire forces thousands to flee\n\nSmoke rises above the hills behind Port Alder on Wednesday, Aug. 9, 2023. (AP Photo/Lena Hart)\n\nPORT ALDER, Calif. (AP) — A wind-whipped wildfire tore through this coastal town, officials said Wednesday."},
			want: "2023-08-09", source: timeline.DateFromCaption},
		// the weak cues
		{name: "latest date in the text is only offered", in: Input{Text: "A story with no byline. On March 3, 2019, the plant opened; by June 5, 2020, it had closed, the company said yesterday."},
			want: "", offer: "2020-06-05"},
		{name: "file time is only offered", in: Input{Text: "Police said on Tuesday that the man had been found.", FileTime: fileTime},
			want: "", offer: "2026-03-01"},
		{name: "nothing at all", in: Input{Text: "Police said on Tuesday that the man had been found."},
			want: ""},
		{name: "agreement makes a weak pair strong", in: Input{Text: "Heat records fall\n\nTemperatures passed 45C on Thursday, July 14, 2022, across the south of the country.\n\nhttps://example.com/a/2022/07/14/b"},
			want: "2022-07-14", source: timeline.DateFromURL},
		// rejections
		{name: "chronology entry opening a company history", in: Input{Text: "September 23, 1889: Harada & Sons is founded in Kyoto.\n1902: The first cards are made for export.\nApril 1929: Kenji Harada takes over as president.\n1947: The company starts its own distribution arm."},
			want: "", rejected: "chronology"},
		{name: "a single dated first line of a history", in: Input{Text: "September 23, 1889: the company is founded in Kyoto as a maker of playing cards. It began exporting in 1902, moved in 1929, grew after 1947 and was renamed in 1963."},
			want: "", rejected: "later years"},
		{name: "a dated first line of news that mentions later years stays", in: Input{Text: "Jan. 2, 2026 — The government said it would cut emissions by 2030 and reach zero by 2050, as it promised in 2021."},
			want: "2026-01-02", source: timeline.DateFromDateline},
		{name: "this day in history heading", in: Input{Text: "On This Day: March 3, 1918\n\n1845 – Florida is admitted as the 27th state.\n1918 – Soviet Russia signs the Treaty of Brest-Litovsk."},
			want: "", rejected: "this day in history"},
		{name: "this day heading without a year, posted line below", in: Input{Text: "On This Day: March 3\n\nPosted March 3, 2025 by the history desk\n\n1845 – Florida is admitted as the 27th state.\n1918 – Soviet Russia signs a treaty."},
			want: "2025-03-03", source: timeline.DateFromByline},
		{name: "the span of an encyclopedia's box is no date of writing", in: Input{Text: "Battle of the Somme\nDate: 1 July – 18 November 1916\nLocation: Somme, France\n\nThe battle was fought between the British and French armies and the German Empire.\n\nThis page was last edited on 3 March 2024, at 10:15 (UTC)."},
			want: "2024-03-03", source: timeline.DateFromByline, rejected: "span"},
		{name: "a span in a byline's place, nothing else", in: Input{Text: "Siege of Kut\nDate: 7 December 1915 to 29 April 1916\n\nThe siege ended with the surrender of the garrison."},
			want: "", rejected: "span"},
		{name: "a span of days in a box", in: Input{Text: "From Wikipedia, the free encyclopedia\nGreat Fire of London\nDate\t2–6 September 1666\nLocation\tLondon, England\n\nThe fire swept through the City of London for four days."},
			want: "", rejected: "span"},
		{name: "a clock before a dash is no day", in: Input{Text: "Storm hits coast\nUpdated 10:15 - 3 March 2024\n\nThe storm made landfall late on Sunday, the weather service said."},
			want: "2024-03-03", source: timeline.DateFromByline},
		{name: "a date in numbers in a byline, its order unsure", in: Input{Text: "Storm update\nLast updated: 12/03/2024\n\nThe storm made landfall late on Sunday, officials said on Monday."},
			want: "", offer: "2024-03-12"}, // both readings are offered, neither chosen
		{name: "a date in numbers whose day comes first", in: Input{Text: "Storm update\nPublished 25/12/2024 10:15\n\nThe storm made landfall late on Sunday."},
			want: "2024-12-25", source: timeline.DateFromByline},
		{name: "a byline's time after a dash is no span", in: Input{Text: "Storm hits coast\nMarch 3, 2024 - 10:15 AM\n\nThe storm made landfall late on Sunday, the weather service said."},
			want: "2024-03-03", source: timeline.DateFromByline},
		{name: "today in history, nothing else", in: Input{Text: "Today in History: January 20\n\n1841 – Hong Kong Island is occupied.\n1942 – Officials meet at Wannsee."},
			want: ""},
		{name: "a sentence with a date at the top is no byline", in: Input{Text: "The plant opened on March 3, 2019, and closed two years later after losing money every quarter."},
			want: "", offer: "2019-03-03"},
		{name: "a date after the file was saved is doubted", in: Input{Text: "Events\n\nPublished 3 March 2027\n\nThe fair opens in the spring and runs for three weeks in the old market hall.", FileTime: fileTime},
			want: "", offer: "2027-03-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Find(tc.in)
			got := timeline.FormatDate(res.Date)
			if got != tc.want {
				t.Fatalf("date %q (%s, %.2f), want %q; candidates %s; rejected %v", got, res.Source, res.Confidence, tc.want, describe(res.Candidates), res.Rejected)
			}
			if tc.want == "" && res.Source != timeline.DateUnknown {
				t.Errorf("source %s with no date", res.Source)
			}
			if tc.source != "" && res.Source != tc.source {
				t.Errorf("source %s, want %s; candidates %s", res.Source, tc.source, describe(res.Candidates))
			}
			if tc.want != "" && (res.Confidence < MinConfidence || res.Candidates[0].Date != res.Date) {
				t.Errorf("chosen %s at %.2f is not the first candidate: %s", got, res.Confidence, describe(res.Candidates))
			}
			if tc.offer != "" && !offers(res.Candidates, tc.offer) {
				t.Errorf("%s not among the candidates %s", tc.offer, describe(res.Candidates))
			}
			if tc.note != "" && !anyNote(res.Candidates, tc.note) {
				t.Errorf("no note %q among %s", tc.note, describe(res.Candidates))
			}
			if tc.rejected != "" && !anyRejection(res.Rejected, tc.rejected) {
				t.Errorf("no rejection %q among %v", tc.rejected, res.Rejected)
			}
		})
	}
}

// Every candidate names its evidence, and one found in the text points at it.
func TestCandidatesQuoteTheirEvidence(t *testing.T) {
	text := nav + "January 20, 2016 / 3:36 PM\n\nZURICH, Jan 20 (Reuters) - Swiss watch exports fell for a fifth straight month in December, the federation said.\n\nSource: https://example.com/2016/01/20/watches"
	res := Find(Input{Name: "2016-01-19 watches.txt", Text: text, FileTime: fileTime})
	if len(res.Candidates) < 2 {
		t.Fatalf("candidates %s", describe(res.Candidates))
	}
	for _, c := range res.Candidates {
		if c.Evidence == "" && c.Source != timeline.DateFromFileTime {
			t.Errorf("candidate %s from %s quotes nothing", timeline.FormatDate(c.Date), c.Source)
		}
		if c.Span != (timeline.Span{}) && !strings.Contains(text[c.Span.Start:c.Span.End], strings.TrimSuffix(c.Evidence, "…")) {
			t.Errorf("span of %q covers %q", c.Evidence, text[c.Span.Start:c.Span.End])
		}
	}
	if res.Candidates[0].Confidence <= confPublished {
		t.Errorf("three pieces of evidence agreeing give only %.2f", res.Candidates[0].Confidence)
	}
}

// Furniture the HTML reader set aside (a byline element) is evidence too.
func TestBylinesOutsideTheText(t *testing.T) {
	res := Find(Input{Text: "The council met on Tuesday and approved the budget after a long debate, members said.",
		Bylines: []string{"By Helen Marsh, October 11, 2018"}})
	if got := timeline.FormatDate(res.Date); got != "2018-10-11" || res.Source != timeline.DateFromByline {
		t.Errorf("got %s (%s), want 2018-10-11 from the byline", got, res.Source)
	}
}

func describe(cs []timeline.DateCandidate) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("[" + timeline.FormatDate(c.Date) + " " + string(c.Source) + " " + strings.TrimSpace(c.Evidence) + " " + c.Note + "]")
	}
	return b.String()
}

func offers(cs []timeline.DateCandidate, day string) bool {
	for _, c := range cs {
		if timeline.FormatDate(c.Date) == day {
			return true
		}
	}
	return false
}

func anyNote(cs []timeline.DateCandidate, note string) bool {
	for _, c := range cs {
		if strings.Contains(c.Note, note) {
			return true
		}
	}
	return false
}

func anyRejection(rs []Rejection, reason string) bool {
	for _, r := range rs {
		if strings.Contains(r.Reason, reason) {
			return true
		}
	}
	return false
}

// BenchmarkFind weighs the evidence of an article of about 6 KB, and of a
// 4 MB file, which must cost little more: the weak cues read a bounded part.
func BenchmarkFind(b *testing.B) {
	article := nav + "January 20, 2016 / 3:36 PM\n\nZURICH, Jan 20 (Reuters) - " +
		strings.Repeat("Swiss watch exports fell for a fifth straight month in December, on Dec. 31, 2015, the federation said.\n", 60)
	for _, tc := range []struct {
		name string
		text string
	}{{"article", article}, {"4MB", article + strings.Repeat(article, (4<<20)/len(article))}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for range b.N {
				Find(Input{Name: "x.txt", Text: tc.text, FileTime: fileTime})
			}
		})
	}
}

// The byte search for line breaks cuts every text as the look at every
// byte does (splitLinesCR), CRs or not.
func TestSplitLinesBySearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 3))
	alphabet := []string{"a", "b", " ", "\n", "\n", "\r", "é"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := sb.String()
		if got, want := Lines(text), splitLinesCR(text); !slices.Equal(got, want) {
			t.Fatalf("Lines(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestNextDigit(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 5))
	alphabet := []byte("a/90 \x80\xff:\x7f8\xb0\xb9\xba\xaf")
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(30))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && (s[want] < '0' || s[want] > '9') {
				want++
			}
			if got := nextDigit(s, i); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// hasFields agrees with counting strings.Fields.
func TestHasFields(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 17))
	pieces := []string{"a", "word", " ", "  ", "\t", "\n", "\v", "\u00a0", "\u0085", "\u2003", "é", ".", "\u200b", "\xff"}
	for range 20000 {
		var sb strings.Builder
		for k := rng.IntN(20); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		for n := 1; n <= 8; n++ {
			if got, want := hasFields(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Fatalf("hasFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestTrimLineAsTrimSpace holds trimLine to the trim and search it skips
// for most lines, on lines of every kind of space, edge and byte.
func TestTrimLineAsTrimSpace(t *testing.T) {
	pieces := []string{"a", "Z", "~", "\x7f", "1", " ", "\t", "\r", "\v", "\x00", "\u0085", "\u00a0", "\u2000", "\u3000", "é", "\x80", "\xe2"}
	rng := rand.New(rand.NewPCG(12, 3))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(6) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		want := strings.TrimSpace(s)
		if got, lead := trimLine(s); got != want || lead != strings.Index(s, want) {
			t.Fatalf("trimLine(%q) = %q, %d; want %q, %d", s, got, lead, want, strings.Index(s, want))
		}
	}
}

// Find, which makes only the lines it reads (readLines), finds what it
// finds with every line made: on random texts shorter and longer than
// maxScan, of dates, bylines, URLs, chronology entries, prose, empty and
// blank lines, some opening with a line longer than maxScan (the top lines
// then begin past it), some with the latest date on a line that begins just
// within maxScan. A line left out that a cue reads (the top lines,
// those within maxScan, or the last few) changes some result.
func TestFindReadsNoLineLeftOut(t *testing.T) {
	pieces := []string{"", "   ", "Reuters", "World", "March 3, 2019", "By Jane Doe | Updated 2024-05-01 10:00 ET",
		"https://example.com/2022/07/14/heat-wave", "see www.example.org/2021-02-03/story", "1902: the bridge opens",
		"23 Apr – talks resume", "Posted on 12/03/2023", "Thursday, June 12, 2025",
		"In 1998 the company said its profit rose, and on January 5, 2001 it said so again to the press.",
		strings.Repeat("Plain words of a long story go on and on. ", 40)}
	rng := rand.New(rand.NewPCG(4, 9))
	for n := range 120 {
		var sb strings.Builder
		if n%5 == 0 {
			sb.WriteString(strings.Repeat("x", maxScan+rng.IntN(1000)) + "\n")
		}
		size := []int{3000, maxScan - 5000, maxScan + 3000, 2 * maxScan}[rng.IntN(4)]
		if n%3 == 1 && size > maxScan && sb.Len() < maxScan-4000 {
			// the latest date on a line that begins just within maxScan
			for sb.Len() < maxScan-4000 {
				sb.WriteString(pieces[rng.IntN(len(pieces))] + "\n")
			}
			at := maxScan - 1 - rng.IntN(300)
			sb.WriteString(strings.Repeat("y", at-sb.Len()-1) + "\n")
			sb.WriteString("On December 31, 2030 it rained.\n")
		}
		for sb.Len() < size {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString("\n")
		}
		for range rng.IntN(8) { // the last lines
			sb.WriteString(pieces[rng.IntN(len(pieces)-1)] + "\n")
		}
		in := Input{Name: "story.txt", Text: sb.String(), FileTime: fileTime}
		var all []line
		for _, l := range Lines(in.Text) {
			if t, lead := trimLine(in.Text[l.Start:l.End]); t != "" {
				all = append(all, line{text: t, span: timeline.Span{Start: l.Start + lead, End: l.Start + lead + len(t)}})
			}
		}
		got, want := Find(in), finderOf(in, all).find()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d (%d bytes, %d lines): Find = %+v, with every line %+v", n, len(in.Text), len(all), got, want)
		}
	}
}

// opensEntryAsWritten is opensEntry as first written: the bullets trimmed
// by strings.TrimLeft, the marks looked for before the first word, the
// word lowered by strings.ToLower.
func opensEntryAsWritten(s string) bool {
	s = strings.TrimLeft(s, "*_-•· ")
	if s == "" || !entryMark(s) {
		return false
	}
	if !isDigit(s[0]) {
		end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(s)
		}
		if _, ok := months[strings.ToLower(s[:end])]; !ok {
			return false
		}
	}
	return entryPattern().MatchString(s)
}

// opensEntry reads the first word before it looks for the marks, trims
// the bullets by a loop, lowers an English word on the stack and asks the
// pattern of a line opened by a month only when what follows may go on as
// it needs (mayFollowMonth): it answers as written on lines of bullets,
// months in every case (English and Russian), numbers, years, marks,
// periods, spaces of every kind and words of every length.
func TestOpensEntryAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(30, 8))
	pieces := []string{"*", "_", "-", "•", "·", " ", "  ", "\t", "March", "MARCH", "march", "Sept", "sept.", "September",
		"Septembers", "SEPTEMBERS", "Mayo", "may", "марта", "Марта", "янв", "23", "1998", "2024-05-01", "3rd", ":", " – ",
		"—", "- ", "-", ",", "The", "talks", "Über", "A", "resumed", "\xff", "\xe2", "\xe2\x80", "\xc2", ".", "\f", "\r",
		"\n", "\v", "\u00a0", "5", "ſept", "Sept. 5", ", 1998", " 1998:"}
	for range 40000 {
		var sb strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := opensEntry(s), opensEntryAsWritten(s); got != want {
			t.Fatalf("opensEntry(%q) = %v, want %v", s, got, want)
		}
	}
}

// isThisDayHeading looks for its phrases only in a line that holds one of
// thisDayAnchors: every phrase holds one, so it answers as a search for
// each phrase does, on random lines of phrases, parts of them and words
// in every case.
func TestThisDayHeadingAsEveryPhrase(t *testing.T) {
	for _, p := range thisDayPhrases {
		if !containsOne(p, thisDayAnchors) {
			t.Fatalf("%q holds none of %q", p, thisDayAnchors)
		}
	}
	rng := rand.New(rand.NewPCG(31, 9))
	pieces := append([]string{" ", "This", "THIS", "this", " day", " Day", " date", " week", " in ", "History", "Today",
		"on", "born", "died", "ⅰ", "İN", "talks", "March 3"}, thisDayPhrases...)
	for range 40000 {
		var sb strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		want := false
		for _, p := range thisDayPhrases {
			want = want || strings.Contains(strings.ToLower(s), p)
		}
		if got := isThisDayHeading(s); got != want {
			t.Fatalf("isThisDayHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

// isMonth lowers an ASCII word on the stack, and asks the map only of one
// that begins as a month's name does: it answers as strings.ToLower and
// the map do, on words of the keys in every case, cut, lengthened or with
// a digit, mark or rune beyond ASCII put in.
func TestIsMonthAsToLower(t *testing.T) {
	rng := rand.New(rand.NewPCG(32, 10))
	var keys []string
	for k := range months {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	extra := []string{"", "0", "1", ".", "@", "`", "[", "{", "s", "é", "İ", "ſ", "\xff"}
	for range 40000 {
		b := []byte(keys[rng.IntN(len(keys))])
		for k := range b {
			if b[k] < 0x80 && rng.IntN(2) == 0 {
				b[k] -= 'a' - 'A'
			}
		}
		switch rng.IntN(4) {
		case 0:
			b = b[:rng.IntN(len(b)+1)]
		case 1:
			k := rng.IntN(len(b) + 1)
			b = append(b[:k:k], append([]byte(extra[rng.IntN(len(extra))]), b[k:]...)...)
		}
		w := string(b)
		_, want := months[strings.ToLower(w)]
		if got := isMonth(w); got != want {
			t.Fatalf("isMonth(%q) = %v, want %v", w, got, want)
		}
	}
}

// wordsBeforeAsWritten is wordsBefore as first written, a rune decoded at
// every step.
func wordsBeforeAsWritten(s string, n int) []word {
	var out []word
	end := len(s)
	for len(out) < n {
		k := end
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:k])
			if r != ' ' && r != ',' && r != '.' && r != '\u00a0' && r != '\t' {
				break
			}
			k -= size
		}
		if k == end && len(out) > 0 || k == 0 {
			break
		}
		j := k
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isWordRune(r) {
				break
			}
			j -= size
		}
		if j == k {
			break
		}
		out = append(out, word{text: s[j:k], start: j})
		end = j
	}
	return out
}

// wordsBefore reads an ASCII byte as itself: it finds the words the rune
// by rune reading finds, on random texts of words, numbers, separators,
// marks, letters and spaces beyond ASCII and bytes that are not UTF-8.
func TestWordsBeforeAsRunes(t *testing.T) {
	rng := rand.New(rand.NewPCG(33, 11))
	pieces := []string{"March", "20", "of", " ", ",", ".", "\t", "\u00a0", "\u2003", "-", "/", "é", "марта", "Z", "9", "\xff", "\xc2", ":", "_"}
	for range 40000 {
		var sb strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		n := 1 + rng.IntN(3)
		got, want := wordsBefore(s, n), wordsBeforeAsWritten(s, n)
		if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("wordsBefore(%q, %d) = %v, want %v", s, n, got, want)
		}
	}
}

// findLatestAsWritten is findLatest as first written: every line with a
// date is read as a heading or an entry, whatever its dates.
func findLatestAsWritten(f *finder) {
	var best fullDate
	var bestSpan timeline.Span
	for i, l := range f.scanned() {
		if f.used[i] {
			continue
		}
		ds := f.datesOf(i)
		if len(ds) == 0 || isThisDayHeading(l.text) || f.entries >= 2 && opensEntry(l.text) {
			continue
		}
		for _, d := range ds {
			if d.t.After(best.t) {
				best, bestSpan = d, timeline.Span{Start: l.span.Start + d.start, End: l.span.Start + d.end}
			}
		}
	}
	if best.t.IsZero() {
		return
	}
	f.add(timeline.DateCandidate{Date: best.t, Source: timeline.DateFromText, Evidence: f.in.Text[bestSpan.Start:bestSpan.End],
		Span: bestSpan, Confidence: confLatestInText, Note: "the latest date the text states"})
}

// findLatest reads a line as a heading or an entry only when one of its
// dates is later than the best so far: it offers what reading every line
// offers, on random texts of dates in every order, "this day" headings
// with dates, chronology entries and prose.
func TestFindLatestAsWritten(t *testing.T) {
	pieces := []string{"On March 3, 2019, the plant opened.", "by June 5, 2020, it had closed", "On This Day: May 1, 2031",
		"Today in history: 4 July 2040, and 5 July 2001", "1902: the bridge opens", "23 Apr – talks resume",
		"January 20, 2016: the vote", "the talks resumed", "It closed on 3 March 2024 and on 2 of May, 2024.",
		"Born on this day, 12 June 2029", "2024-05-01 – the report", "12/03/2023", ""}
	rng := rand.New(rand.NewPCG(34, 12))
	for range 3000 {
		var sb strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			sb.WriteString([]string{"\n", " ", "\n\n"}[rng.IntN(3)])
		}
		in := Input{Name: "story.txt", Text: sb.String()}
		got, want := newFinder(in), newFinder(in)
		got.findLatest()
		findLatestAsWritten(want)
		if !reflect.DeepEqual(got.cands, want.cands) {
			t.Fatalf("%q: findLatest offers %+v, want %+v", in.Text, got.cands, want.cands)
		}
	}
}
