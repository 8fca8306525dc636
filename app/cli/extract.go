package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/export"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
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
	in, err := analyzeFiles(files, af, stderr)
	if err != nil {
		return err
	}
	if *format == "text" {
		return writeText(stdout, in.analyses)
	}
	out := make([]export.DocJSON, len(in.analyses))
	for i, a := range in.analyses {
		out[i] = export.DocumentJSON(a)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// inputs is what the articles named on the command line amount to: their
// analyses, and the corrections of any workspace among them.
type inputs struct {
	analyses    []*timeline.Analysis
	corrections workspace.Corrections
}

// analyzeFiles reads and analyses every file, stopping at the first that
// cannot be read: a partial answer would silently drop a source. A workspace
// file (.retrace.json) stands for its documents, with the dates and
// corrections the user recorded; what changed since it was saved is reported
// on stderr, and the corrections that still apply are kept.
func analyzeFiles(files []string, af analysisFlags, stderr io.Writer) (*inputs, error) {
	opts := extract.Options{Mode: extract.ModeAuto}
	switch {
	case af.narrative && af.news:
		return nil, fmt.Errorf("%w: --narrative and --news exclude each other", errUsage)
	case af.narrative:
		opts.Mode = extract.ModeNarrative
	case af.news:
		opts.Mode = extract.ModeNews
	}
	// analyze reads and analyses one article; d is its workspace entry, the
	// zero Document for an article named on its own. The --dct flag
	// outranks the date the user set in the workspace.
	analyze := func(d workspace.Document) (*timeline.Analysis, error) {
		doc, err := ingest.ReadFile(d.Path)
		if err != nil {
			return nil, err
		}
		d.ApplyDate(doc)
		if !af.dct.t.IsZero() {
			doc.Date, doc.DateSource = af.dct.t, timeline.DateFromUser
		}
		return analyze.Document(doc, opts), nil // Analyze dates the document by doc.Date
	}

	in := &inputs{}
	for _, path := range files {
		if !workspace.HasExt(path) {
			a, err := analyze(workspace.Document{Path: path})
			if err != nil {
				return nil, err
			}
			in.analyses = append(in.analyses, a)
			continue
		}
		ws, err := workspace.Load(path)
		if err != nil {
			return nil, err
		}
		var changes []workspace.Change
		for _, ch := range ws.Verify() {
			if ch.Kind == workspace.FileMissing || ch.Kind == workspace.FileUnreadable {
				return nil, fmt.Errorf("workspace %s: %s", path, ch)
			}
			changes = append(changes, ch)
		}
		var analyses []*timeline.Analysis
		for _, d := range ws.Documents {
			a, err := analyze(d)
			if err != nil {
				return nil, fmt.Errorf("workspace %s: %w", path, err)
			}
			analyses = append(analyses, a)
		}
		changes = append(changes, ws.Reconcile(analyses)...)
		for _, ch := range changes {
			fmt.Fprintf(stderr, "retrace: workspace %s: %s\n", path, ch)
		}
		in.analyses = append(in.analyses, analyses...)
		in.corrections = append(in.corrections, ws.Corrections...)
	}
	return in, nil
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
