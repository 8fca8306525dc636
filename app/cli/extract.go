package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/atomicfile"
	"retrace/timeline/export"
	"retrace/timeline/extract"
	"retrace/timeline/timeml"
	"retrace/timeline/workspace"
)

// analysisFlags are the flags shared by the commands that read articles.
type analysisFlags struct {
	dct       dateFlag
	narrative bool
	news      bool
	consent   analyze.Consent // to a workspace's outside and changed documents
}

func (af *analysisFlags) register(fs *flagSet) {
	fs.Var(&af.dct, "dct", "document date `YYYY-MM-DD`, overriding what the file says")
	fs.BoolVar(&af.narrative, "narrative", false, "anchor relative references to the last mentioned date (history, chronologies)")
	fs.BoolVar(&af.news, "news", false, "anchor relative references to the document date (default: detect)")
	fs.BoolVar(&af.consent.Outside, "allow-outside", false, "read a workspace's documents that lie outside its folder")
	fs.BoolVar(&af.consent.Changed, "accept-changed", false, "apply a workspace's corrections to documents changed since it was saved")
}

func (r *runner) extract(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "FILE...", stderr)
	var af analysisFlags
	af.register(fs)
	format := fs.String("format", "json", "output `format`: json, text or timeml")
	outDir := fs.String("out", "", "with --format timeml, write NAME.tml for each article into this `folder`")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%w: no FILE given", errUsage)
	}
	if *format != "json" && *format != "text" && *format != "timeml" {
		return fmt.Errorf("%w: unknown format %q (want json, text or timeml)", errUsage, *format)
	}
	if *format == "timeml" && *outDir == "" && len(files) > 1 {
		return fmt.Errorf("%w: TimeML holds one document: give one FILE, or --out FOLDER", errUsage)
	}
	if *outDir != "" && *format != "timeml" {
		return fmt.Errorf("%w: --out writes TimeML: give --format timeml", errUsage)
	}
	in, err := analyzeFiles(files, af, stderr)
	if err != nil {
		return err
	}
	// A workspace's corrections show as in export --json: corrected
	// labels and dates, hidden events left out.
	in.analyses = analyze.Corrected(in.analyses, in.corrections)
	switch {
	case *format == "text":
		return writeText(stdout, in.analyses)
	case *format == "timeml" && *outDir == "":
		return timeml.Write(stdout, in.analyses[0])
	case *format == "timeml":
		return writeTimeMLFiles(r.temps, *outDir, in.analyses)
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
// on stderr, and the corrections that still apply are kept. The --dct flag
// outranks the date the user set in the workspace.
func analyzeFiles(files []string, af analysisFlags, stderr io.Writer) (*inputs, error) {
	opts := analyze.Options{Tagger: extract.Options{Mode: extract.ModeAuto}, DCT: af.dct.t}
	switch {
	case af.narrative && af.news:
		return nil, fmt.Errorf("%w: --narrative and --news exclude each other", errUsage)
	case af.narrative:
		opts.Tagger.Mode = extract.ModeNarrative
	case af.news:
		opts.Tagger.Mode = extract.ModeNews
	}
	in := &inputs{}
	for _, path := range files {
		if !workspace.HasExt(path) {
			src, err := analyze.File(path, opts)
			if err != nil {
				return nil, err
			}
			in.analyses = append(in.analyses, src.Analysis)
			continue
		}
		s, err := openWorkspace(path, opts, af.consent, stderr)
		if err != nil {
			return nil, err
		}
		in.analyses = append(in.analyses, s.Analyses()...)
		in.corrections = append(in.corrections, s.Workspace.Corrections...)
	}
	for _, a := range in.analyses {
		if msg, ok := undatedWarning(a); ok {
			fmt.Fprintln(stderr, msg)
		}
	}
	return in, nil
}

// openWorkspace opens a workspace for a command: documents outside its
// folder are refused unless --allow-outside, missing or unreadable ones
// stop the command (a partial answer would silently drop a source), and
// what changed since it was saved is said on stderr, one line each,
// naming the corrections set aside.
func openWorkspace(path string, opts analyze.Options, consent analyze.Consent, stderr io.Writer) (*analyze.Session, error) {
	p, err := analyze.LoadWorkspace(path)
	if err != nil {
		return nil, err
	}
	if out := p.Outside(); len(out) > 0 && !consent.Outside {
		return nil, fmt.Errorf("workspace %q names %s outside its folder: %s (--allow-outside reads %s)",
			path, plural(len(out), "file"), quoteAll(out), them(len(out)))
	}
	s := p.Open(opts, consent, nil)
	for _, d := range s.Docs {
		if d.Missing() {
			return nil, fmt.Errorf("workspace %q: %q: file not found", path, d.Entry.Path)
		}
		if d.Err != nil {
			return nil, fmt.Errorf("workspace %q: %w", path, d.Err)
		}
	}
	aside := map[string][]string{}
	for _, c := range s.Workspace.SetAside {
		aside[c.Source] = append(aside[c.Source], workspace.Describe(&c))
	}
	for _, ch := range s.Changes() {
		msg := ch.String()
		if ch.Kind == workspace.FileChanged {
			if what := aside[ch.Path]; len(what) > 0 {
				msg += fmt.Sprintf("; %s set aside: %s (--accept-changed applies %s)",
					plural(len(what), "correction"), strings.Join(what, "; "), them(len(what)))
			}
		}
		fmt.Fprintf(stderr, "retrace: workspace %q: %s\n", path, msg)
	}
	return s, nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func them(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

func quoteAll(paths []string) string {
	q := make([]string, len(paths))
	for i, p := range paths {
		q[i] = strconv.Quote(p)
	}
	return strings.Join(q, ", ")
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
			if m.AnchorWhy != "" {
				anchor += " (" + string(m.AnchorWhy) + ")"
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

// writeTimeMLFiles writes each analysis as dir/NAME.tml, NAME being its
// file's name without the extension. It refuses before writing anything
// when two articles would share a name or an output would replace an
// article read.
func writeTimeMLFiles(temps *atomicfile.Temps, dir string, analyses []*timeline.Analysis) error {
	paths := make([]string, len(analyses))
	seen := map[string]string{}
	for i, a := range analyses {
		base := filepath.Base(a.Doc.Path)
		paths[i] = filepath.Join(dir, strings.TrimSuffix(base, filepath.Ext(base))+".tml")
		if prev, ok := seen[paths[i]]; ok {
			return fmt.Errorf("%q and %q would both be written to %q", prev, a.Doc.Path, paths[i])
		}
		seen[paths[i]] = a.Doc.Path
	}
	for _, a := range analyses {
		for _, p := range paths {
			if sameFile(a.Doc.Path, p) {
				return fmt.Errorf("%q would replace the article %q: choose another --out folder", p, a.Doc.Path)
			}
		}
	}
	for i, a := range analyses {
		if err := temps.Write(paths[i], func(w io.Writer) error { return timeml.Write(w, a) }); err != nil {
			return err
		}
	}
	return nil
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// undatedWarning is the one line that tells the user a document's date was
// not found and what that costs: "kursk.txt: no document date; 7 references
// left unresolved; pass --dct YYYY-MM-DD", with the dates seen, if any, to
// choose from. A document whose references need no date gets no warning.
func undatedWarning(a *timeline.Analysis) (string, bool) {
	if a.Doc.HasDate() {
		return "", false
	}
	n := a.Unresolved()
	if n == 0 {
		return "", false
	}
	refs := "references"
	if n == 1 {
		refs = "reference"
	}
	msg := fmt.Sprintf("%s: no document date; %d %s left unresolved; pass --dct YYYY-MM-DD", a.Doc.Path, n, refs)
	var seen []string
	for _, c := range a.Doc.DateCandidates {
		seen = append(seen, timeline.FormatDate(c.Date)+", "+c.Source.Describe())
	}
	if len(seen) > 0 {
		msg += " (dates seen: " + strings.Join(seen, "; ") + ")"
	}
	return msg, true
}
