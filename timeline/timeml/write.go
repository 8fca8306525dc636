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
// the same times. A state (Event.State: how things stand at the time, not
// a happening) is an EVENT of class STATE that INCLUDES its time: it
// holds then, and before and after. Read back with Parse, the text and
// the spans are the analysis's own.
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
		dates := "IS_INCLUDED" // a happening lies within its time
		if e.State {
			dates = "INCLUDES" // a state holds over it
		}
		var mine []instance
		for _, in := range insts.own[e.ID] {
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
			link(dates, from.eiid, "relatedToTime", mid)
		}
		for _, in := range mine[1:] {
			link("IDENTITY", mine[0].eiid, "relatedToEventInstance", in.eiid)
		}
		for _, in := range insts.with[e.ID] {
			if !written[in.eid] {
				continue
			}
			fmt.Fprintf(bw, `<MAKEINSTANCE eventID="%s" eiid="%s" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN" />`+"\n",
				escape(in.eid, false), escape(in.eiid, false))
			for _, mid := range e.Mentions {
				if m := a.MentionByID(mid); m != nil && written[mid] &&
					in.sentence.Start <= m.Start && m.End <= in.sentence.End {
					link(dates, in.eiid, "relatedToTime", mid)
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
	// The events' own triggers first: a word shared with another event's
	// predicate takes the class of the event it is the trigger of.
	for pass := range 2 {
		for _, e := range a.Events {
			class := "OCCURRENCE"
			if e.State {
				class = "STATE"
			}
			ins := insts.own[e.ID]
			if pass == 1 {
				ins = insts.with[e.ID]
			}
			for _, in := range ins {
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
					open: `<EVENT eid="` + escape(in.eid, false) + `" class="` + class + `">`, close: "</EVENT>"})
			}
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

// eventInstances are the instances of an analysis's events by event id.
type eventInstances struct {
	// own are an event's tellings: its own, then one per retelling.
	own map[string][]instance
	// with are its words of the same predicate (Event.With), in its
	// sentence.
	with map[string][]instance
}

// instances lists the instances of each event. Every word is one EVENT,
// whichever events it is the trigger or a word of the predicate of (the
// trigger of one event may be another's partner: "cease-fire" is an event
// of its own and the noun "following" takes), each event its own
// MAKEINSTANCE of it, so no event loses its links to another's tag.
// Events without a trigger have no instances.
func instances(a *timeline.Analysis) eventInstances {
	out := eventInstances{own: make(map[string][]instance, len(a.Events)), with: map[string][]instance{}}
	eid := map[timeline.Span]string{}
	event := func(sp timeline.Span, id string) string {
		if have, ok := eid[sp]; ok {
			return have
		}
		eid[sp] = id
		return id
	}
	for _, e := range a.Events {
		n := strings.TrimPrefix(e.ID, "e")
		tellings := append([]timeline.Retelling{{Sentence: e.Sentence, Trigger: e.Trigger}}, e.Also...)
		for k, t := range tellings {
			if t.Trigger.Start >= t.Trigger.End {
				continue
			}
			id, eiid := e.ID, "ei"+n
			if k > 0 {
				id += "r" + strconv.Itoa(k)
				eiid += "r" + strconv.Itoa(k)
			}
			out.own[e.ID] = append(out.own[e.ID], instance{eid: event(t.Trigger, id), eiid: eiid, trigger: t.Trigger, sentence: t.Sentence})
		}
	}
	// The partners after every event's own triggers, so that a word that
	// is an event's trigger keeps that event's id.
	for _, e := range a.Events {
		n := strings.TrimPrefix(e.ID, "e")
		for k, w := range e.With {
			if w.Start >= w.End {
				continue
			}
			s := "w" + strconv.Itoa(k+1)
			out.with[e.ID] = append(out.with[e.ID], instance{eid: event(w, e.ID+s), eiid: "ei" + n + s, trigger: w, sentence: e.Sentence})
		}
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
