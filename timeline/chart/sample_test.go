package chart

import (
	"strings"
	"time"

	"retrace/timeline"
)

// sampleText is the part of the sample article the sample events come from.
const sampleText = `The statement, delivered in Putin’s New Year’s greeting to North Korean leader Kim Jong Un, underscores a deepening alliance between Moscow and Pyongyang. ` +
	`The timing of the message—just weeks after intense clashes in the Kursk region—has sparked speculation. ` +
	`The Kursk region has become a flashpoint in the war, with Ukrainian forces reportedly launching a surprise incursion in late 2024. ` +
	`This narrative is particularly important in the aftermath of the Maidan protests in Ukraine. ` +
	`For now, Putin’s message stands as a testament to the deepening ties between Moscow and Pyongyang. ` +
	`Russia launched its full-scale invasion of Ukraine on 24 February 2022. ` +
	`Russia annexed Crimea in March 2014. ` +
	`North Korean troops were first reported in Russia in October 2024. ` +
	`The treaty on comprehensive strategic partnership was signed on 19 June 2024.`

func sentenceOf(text, needle string) timeline.Span {
	i := strings.Index(text, needle)
	if i < 0 {
		panic("sample: no " + needle)
	}
	start := strings.LastIndex(text[:i], ". ")
	if start < 0 {
		start = 0
	} else {
		start += 2
	}
	end := strings.Index(text[i:], ". ")
	if end < 0 {
		end = len(text)
	} else {
		end += i + 1
	}
	return timeline.Span{Start: start, End: end}
}

func iv(a, b time.Time, g timeline.Granularity, fuzzyStart, fuzzyEnd bool) timeline.Interval {
	return timeline.Interval{Earliest: a, Latest: b, Granularity: g, FuzzyStart: fuzzyStart, FuzzyEnd: fuzzyEnd}
}

// sampleAnalysis builds by hand what the tagger should find in the sample
// article (document date 2026-01-02), plus a few dated background events.
func sampleAnalysis() *timeline.Analysis {
	d := timeline.Day
	doc := &timeline.Document{Path: "russia-north-korea-alliance.txt", Title: "Russia’s Deepening Alliance with North Korea", Text: sampleText, Date: d(2026, 1, 2), DateSource: timeline.DateFromUser}
	ev := func(id, label, needle string, v timeline.Interval, k timeline.Kind, how string) timeline.Event {
		return timeline.Event{ID: id, Label: label, Interval: v, Kind: k, Sentence: sentenceOf(sampleText, needle), How: how}
	}
	return &timeline.Analysis{Doc: doc, Events: []timeline.Event{
		ev("e1", "Putin’s New Year greeting to Kim Jong Un", "New Year", iv(d(2025, 12, 31), d(2026, 1, 1), timeline.GranDay, false, false), timeline.KindDeictic, "the New Year before the document date 2026-01-02"),
		ev("e2", "intense clashes in the Kursk region", "clashes", iv(d(2025, 10, 1), d(2025, 12, 31), timeline.GranWeek, true, true), timeline.KindRelative, "some weeks before e1"),
		ev("e3", "surprise incursion into the Kursk region", "incursion", iv(d(2024, 8, 1), d(2024, 12, 31), timeline.GranMonth, true, false), timeline.KindFuzzy, "late 2024"),
		ev("e4", "message stands as a testament", "For now", iv(d(2026, 1, 2), d(2026, 1, 2), timeline.GranDay, false, false), timeline.KindDeictic, "document date 2026-01-02"),
		ev("e5", "full-scale invasion of Ukraine", "invasion", iv(d(2022, 2, 24), d(2022, 2, 24), timeline.GranDay, false, false), timeline.KindExplicit, "explicit date"),
		ev("e6", "Russia annexed Crimea", "Crimea", iv(d(2014, 3, 1), d(2014, 3, 31), timeline.GranMonth, false, false), timeline.KindExplicit, "explicit date"),
		ev("e7", "North Korean troops first reported in Russia", "first reported", iv(d(2024, 10, 1), d(2024, 10, 31), timeline.GranMonth, false, false), timeline.KindExplicit, "explicit date"),
		ev("e8", "strategic partnership treaty signed", "treaty", iv(d(2024, 6, 19), d(2024, 6, 19), timeline.GranDay, false, false), timeline.KindExplicit, "explicit date"),
	}}
}
