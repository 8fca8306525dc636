package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"retrace/timeline"
	"retrace/timeline/export"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

// analysisFlags are the flags shared by the commands that read articles.
type analysisFlags struct {
	dct       dateFlag
	narrative bool
	news      bool
}

func (af *analysisFlags) register(fs *flagSet) {
	fs.Var(&af.dct, "dct", "document date `YYYY-MM-DD`, overriding what the file says")
	fs.BoolVar(&af.narrative, "narrative", false, "anchor relative references to the last mentioned date (history, chronologies)")
	fs.BoolVar(&af.news, "news", false, "anchor relative references to the document date (default: detect)")
}

func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "FILE...", stderr)
	var af analysisFlags
	af.register(fs)
	format := fs.String("format", "json", "output `format`: json or text")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%w: no FILE given", errUsage)
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("%w: unknown format %q (want json or text)", errUsage, *format)
	}
	analyses, err := analyzeFiles(files, af)
	if err != nil {
		return err
	}
	if *format == "text" {
		return writeText(stdout, analyses)
	}
	out := make([]export.DocJSON, len(analyses))
	for i, a := range analyses {
		out[i] = export.DocumentJSON(a)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// analyzeFiles reads and analyses every file, stopping at the first that
// cannot be read: a partial answer would silently drop a source.
func analyzeFiles(files []string, af analysisFlags) ([]*timeline.Analysis, error) {
	opts := extract.Options{Mode: extract.ModeAuto}
	switch {
	case af.narrative && af.news:
		return nil, fmt.Errorf("%w: --narrative and --news exclude each other", errUsage)
	case af.narrative:
		opts.Mode = extract.ModeNarrative
	case af.news:
		opts.Mode = extract.ModeNews
	}
	var out []*timeline.Analysis
	for _, path := range files {
		doc, err := ingest.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if !af.dct.t.IsZero() {
			doc.Date, doc.DateSource = af.dct.t, timeline.DateFromUser
		}
		opts.DCT = doc.Date
		out = append(out, extract.Analyze(doc, opts))
	}
	return out, nil
}

// writeText prints a readable chronology per document: one line per mention
// and per event.
func writeText(w io.Writer, analyses []*timeline.Analysis) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, a := range analyses {
		dct := "unknown"
		if a.Doc.HasDate() {
			dct = timeline.FormatDate(a.Doc.Date)
		}
		mode := "news"
		if a.Narrative {
			mode = "narrative"
		}
		// The header is not part of the table, so flush before and after it.
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: document date %s (%s), %s mode\n", a.Doc.Path, dct, a.Doc.DateSource, mode)
		for _, m := range a.Mentions {
			anchor := m.Anchor
			if anchor == "" {
				anchor = "-"
			}
			fmt.Fprintf(tw, "  %s\t%q\t%s\t%s %s\t%s\t%s\n", m.ID, m.Text, m.Type, m.Value, m.Mod,
				rangeText(m.Interval), anchor)
		}
		for _, e := range a.Events {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", e.ID, rangeText(e.Interval), e.Label)
		}
	}
	return tw.Flush()
}

func rangeText(iv timeline.Interval) string {
	if iv.IsZero() {
		return "-"
	}
	return timeline.FormatDate(iv.Earliest) + ".." + timeline.FormatDate(iv.Latest)
}
