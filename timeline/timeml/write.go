package timeml

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"retrace/timeline"
)

// Write writes an analysis as a TimeML 1.2.1 document: the document date as
// the DCT, the text with every time expression marked as a TIMEX3 (tid,
// type, value, mod, and the time it was anchored to) and every event's
// trigger as an EVENT, one MAKEINSTANCE per event, and a TLINK from each
// event to each time that dates it. The words naming the other happenings
// of an event's predicate (Event.With) are EVENTs of their own, linked to
// the same times. Read back with Parse, the text and the
// spans are the analysis's own.
//
// Inline tags are kept apart, as in the TempEval corpora: an EVENT whose
// trigger overlaps a time expression, or a time expression overlapping an
// earlier one, is left out with its links; Retrace makes no such spans. Characters
// XML cannot carry (control characters other than tab and line ends) are
// written as U+FFFD.
func Write(w io.Writer, a *timeline.Analysis) error {
	bw := bufio.NewWriter(w)
	if a == nil || a.Doc == nil {
		return fmt.Errorf("timeml: no document to write")
	}
	doc := a.Doc
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">` + "\n\n")
	id := strings.TrimSuffix(filepath.Base(doc.Path), filepath.Ext(doc.Path))
	if doc.Path == "" {
		id = "retrace"
	}
	fmt.Fprintf(bw, "<DOCID>%s</DOCID>\n\n", escape(id, false))

	dctID := "t0"
	for a.MentionByID(dctID) != nil {
		dctID = "t" + dctID
	}
	if doc.HasDate() {
		d := timeline.FormatDate(doc.Date)
		fmt.Fprintf(bw, `<DCT><TIMEX3 tid="%s" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>`+"\n\n", dctID, d, d)
	}

	tags := inlineTags(a, dctID)
	bw.WriteString("<TEXT>")
	pos := 0
	written := make(map[string]bool, len(tags))
	for _, t := range tags {
		bw.WriteString(escape(doc.Text[pos:t.start], true))
		bw.WriteString(t.open)
		bw.WriteString(escape(doc.Text[t.start:t.end], true))
		bw.WriteString(t.close)
		pos = t.end
		written[t.id] = true
	}
	bw.WriteString(escape(doc.Text[pos:], true))
	bw.WriteString("</TEXT>\n\n")

	// One instance per telling of an event, of the EVENT on its trigger;
	// each time links to the instance of the sentence it is in, and the
	// tellings of one event are IDENTITY. Links only to what was written.
	// A duration that places an event from another ("in the weeks before
	// the shooting") links to the event it places, as every time that
	// dates an event does.
	insts := instances(a)
	lid := 0
	var links strings.Builder
	link := func(rel, from, attr, to string) {
		lid++
		fmt.Fprintf(&links, `<TLINK lid="l%d" relType="%s" eventInstanceID="%s" %s="%s" />`+"\n",
			lid, rel, escape(from, false), attr, escape(to, false))
	}
	for _, e := range a.Events {
		var mine []instance
		for _, in := range insts[e.ID] {
			if written[in.eid] {
				mine = append(mine, in)
			}
		}
		if len(mine) == 0 {
			continue
		}
		fmt.Fprintf(bw, "<!-- %s -->\n", escapeComment(e.ID+": "+e.Label))
		for _, in := range mine {
			fmt.Fprintf(bw, `<MAKEINSTANCE eventID="%s" eiid="%s" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN" />`+"\n",
				escape(in.eid, false), escape(in.eiid, false))
		}
		for _, mid := range e.Mentions {
			m := a.MentionByID(mid)
			if !written[mid] || m == nil {
				continue
			}
			from := mine[0]
			for _, in := range mine[1:] {
				if in.sentence.Start <= m.Start && m.End <= in.sentence.End {
					from = in
				}
			}
			link("IS_INCLUDED", from.eiid, "relatedToTime", mid)
		}
		for _, in := range mine[1:] {
			link("IDENTITY", mine[0].eiid, "relatedToEventInstance", in.eiid)
		}
		for _, in := range withInstances(e) {
			if !written[in.eid] {
				continue
			}
			fmt.Fprintf(bw, `<MAKEINSTANCE eventID="%s" eiid="%s" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN" />`+"\n",
				escape(in.eid, false), escape(in.eiid, false))
			for _, mid := range e.Mentions {
				if m := a.MentionByID(mid); m != nil && written[mid] &&
					in.sentence.Start <= m.Start && m.End <= in.sentence.End {
					link("IS_INCLUDED", in.eiid, "relatedToTime", mid)
				}
			}
		}
	}
	bw.WriteString("\n")
	bw.WriteString(links.String())
	bw.WriteString("\n</TimeML>\n")
	return bw.Flush()
}

// tag is an inline element to write around text[start:end].
type tag struct {
	start, end  int
	id          string // tid or eid
	open, close string
}

// inlineTags returns the TIMEX3 and EVENT tags of an analysis in text
// order, none overlapping another: time expressions first, then the
// triggers that overlap none of them.
func inlineTags(a *timeline.Analysis, dctID string) []tag {
	text := a.Doc.Text
	var tags []tag
	for _, m := range a.Mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<TIMEX3 tid="%s" type="%s" value="%s"`, escape(m.ID, false), escape(string(m.Type), false), escape(m.Value, false))
		if m.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, escape(m.Mod, false))
		}
		switch {
		case m.Anchor == "dct":
			fmt.Fprintf(&b, ` temporalFunction="true" anchorTimeID="%s"`, dctID)
		case strings.HasPrefix(m.Anchor, "mention:"):
			fmt.Fprintf(&b, ` temporalFunction="true" anchorTimeID="%s"`, escape(strings.TrimPrefix(m.Anchor, "mention:"), false))
		case m.Kind == timeline.KindDeictic || m.Kind == timeline.KindRelative:
			b.WriteString(` temporalFunction="true"`)
		default:
			b.WriteString(` temporalFunction="false"`)
		}
		b.WriteString(` functionInDocument="NONE">`)
		tags = append(tags, tag{start: m.Start, end: m.End, id: m.ID, open: b.String(), close: "</TIMEX3>"})
	}
	tags = disjoint(tags)
	times := len(tags)
	seen := map[string]bool{}
	insts := instances(a)
	for _, e := range a.Events {
		for _, in := range append(insts[e.ID], withInstances(e)...) {
			tr := in.trigger
			if seen[in.eid] || tr.Start < 0 || tr.End > len(text) || tr.Start >= tr.End {
				continue
			}
			// tags[:times] is sorted and disjoint: find the first that
			// ends after the trigger starts.
			k := sort.Search(times, func(i int) bool { return tags[i].end > tr.Start })
			if k < times && tags[k].start < tr.End {
				continue
			}
			seen[in.eid] = true
			tags = append(tags, tag{start: tr.Start, end: tr.End, id: in.eid,
				open: `<EVENT eid="` + escape(in.eid, false) + `" class="OCCURRENCE">`, close: "</EVENT>"})
		}
	}
	return disjoint(tags)
}

// disjoint sorts tags by start and drops each that overlaps one before it.
func disjoint(tags []tag) []tag {
	slices.SortStableFunc(tags, func(x, y tag) int { return x.start - y.start })
	out := tags[:0]
	for _, t := range tags {
		if len(out) > 0 && out[len(out)-1].end > t.start {
			continue
		}
		out = append(out, t)
	}
	return out
}

// instance is one telling of an event: the EVENT on its trigger (events
// with the same trigger share one) and its MAKEINSTANCE.
type instance struct {
	eid, eiid string
	trigger   timeline.Span
	sentence  timeline.Span
}

// instances lists the tellings of each event by event id: its own, then
// one per retelling. Events without a trigger have none.
func instances(a *timeline.Analysis) map[string][]instance {
	out := make(map[string][]instance, len(a.Events))
	eid := map[timeline.Span]string{}
	for _, e := range a.Events {
		n := strings.TrimPrefix(e.ID, "e")
		tellings := append([]timeline.Retelling{{Sentence: e.Sentence, Trigger: e.Trigger}}, e.Also...)
		for k, t := range tellings {
			if t.Trigger.Start >= t.Trigger.End {
				continue
			}
			id, ok := eid[t.Trigger]
			if !ok {
				id = e.ID
				if k > 0 {
					id += "r" + strconv.Itoa(k)
				}
				eid[t.Trigger] = id
			}
			eiid := "ei" + n
			if k > 0 {
				eiid += "r" + strconv.Itoa(k)
			}
			out[e.ID] = append(out[e.ID], instance{eid: id, eiid: eiid, trigger: t.Trigger, sentence: t.Sentence})
		}
	}
	return out
}

// withInstances lists an event's words of the same predicate (Event.With):
// an EVENT and a MAKEINSTANCE each, in the event's sentence.
func withInstances(e timeline.Event) []instance {
	out := make([]instance, 0, len(e.With))
	n := strings.TrimPrefix(e.ID, "e")
	for k, w := range e.With {
		if w.Start >= w.End {
			continue
		}
		s := "w" + strconv.Itoa(k+1)
		out = append(out, instance{eid: e.ID + s, eiid: "ei" + n + s, trigger: w, sentence: e.Sentence})
	}
	return out
}

// escape writes s as XML character data or attribute text. In text, a
// carriage return is written as a reference, since XML parsers turn a
// literal one into a line feed and the offsets would shift.
func escape(s string, text bool) string {
	var b strings.Builder
	for _, r := range s { // an invalid byte comes as utf8.RuneError
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && !text:
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;")
		case (r == '\n' || r == '\t') && !text:
			b.WriteString("&#x" + strconv.FormatInt(int64(r), 16) + ";")
		case !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 can carry r.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// escapeComment keeps a label from ending the comment it is written in.
func escapeComment(s string) string {
	s = strings.Map(func(r rune) rune {
		if !xmlChar(r) {
			return utf8.RuneError
		}
		return r
	}, s)
	s = strings.ReplaceAll(s, "--", "- -")
	return strings.TrimSuffix(s, "-")
}
