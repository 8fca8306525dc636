package cli

import (
	"errors"
	"fmt"
	"io"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/chart"
	"retrace/timeline/export"
)

func (r *runner) export(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", "--png OUT.png|--svg OUT.svg|--pdf OUT.pdf|--timelinejs OUT.json|--csv OUT.csv|--json OUT.json FILE|WORKSPACE.retrace.json...", stderr)
	var af analysisFlags
	af.register(fs)
	pngPath := fs.String("png", "", "write the timeline picture to `OUT.png`")
	csvPath := fs.String("csv", "", "write the chronology as CSV to `OUT.csv`")
	jsonPath := fs.String("json", "", "write the documents, mentions and events as JSON to `OUT.json`")
	svgPath := fs.String("svg", "", "write the timeline picture as SVG (text as text) to `OUT.svg`")
	pdfPath := fs.String("pdf", "", "write the timeline picture as PDF (selectable text) to `OUT.pdf`")
	tljsPath := fs.String("timelinejs", "", "write the timeline in TimelineJS3's JSON format to `OUT.json`")
	width := fs.Int("width", 2400, "picture width in `pixels`")
	height := fs.Int("height", 0, "page height in `pixels` (0: as tall as the timeline needs; more lanes go on more pages, OUT-2.png...)")
	size := fs.String("size", "", "size preset, `NAME`: "+export.SizeNames()+" (sets width, height and the PDF page)")
	title := fs.String("title", "", "title drawn on the picture (default: the documents' titles)")
	subtitle := fs.String("subtitle", "", "subtitle drawn under the title")
	credit := fs.String("credit", "", "credit line drawn at the bottom (\"Source: ... · Graphic: ...\")")
	dates := fs.Bool("dates", false, "start every label with its date")
	bands := fs.Bool("bands", false, "give every article a band of its own")
	dark := fs.Bool("dark", false, "draw on a dark background instead of white paper")
	states := fs.Bool("states", false, "also export present states (\"Kuwait now controls the border\": how things stand at a time, not happenings), drawn hollow; left out by default")
	var from, to dateFlag
	fs.Var(&from, "from", "start of the exported range, `YYYY-MM-DD` (default: fit all)")
	fs.Var(&to, "to", "end of the exported range, `YYYY-MM-DD` (default: fit all)")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	switch {
	case len(files) == 0:
		return fmt.Errorf("%w: no FILE given", errUsage)
	case *pngPath == "" && *svgPath == "" && *pdfPath == "" && *tljsPath == "" && *csvPath == "" && *jsonPath == "":
		return fmt.Errorf("%w: name an output with --png, --svg, --pdf, --timelinejs, --csv or --json", errUsage)
	case *width < 16 || *width > 20000:
		return fmt.Errorf("%w: --width %d outside 16..20000", errUsage, *width)
	case *height < 0 || *height > 20000:
		return fmt.Errorf("%w: --height %d outside 0..20000", errUsage, *height)
	case from.t.IsZero() != to.t.IsZero():
		return fmt.Errorf("%w: give both --from and --to, or neither", errUsage)
	case !from.t.IsZero() && !from.t.Before(to.t):
		return fmt.Errorf("%w: --from %s is not before --to %s", errUsage, from.String(), to.String())
	}
	var preset *export.Size
	if *size != "" {
		s, ok := export.SizeByName(*size)
		if !ok {
			return fmt.Errorf("%w: --size %q: want one of %s", errUsage, *size, export.SizeNames())
		}
		preset = &s
	}

	opts, err := af.options()
	if err != nil {
		return err
	}
	in, err := analyzeFiles(files, opts, af.consent, stderr)
	if err != nil {
		return err
	}
	tl := analyze.Timeline(in.analyses, in.corrections)
	if !*states {
		full := tl
		tl = tl.WithoutStates()
		if len(tl.Items) == 0 && len(full.Items) > 0 {
			return errors.New("nothing to export: the documents date only present states; pass --states to export them; nothing written")
		}
	}
	if len(tl.Items) == 0 {
		// an empty chart would look like a result; say there is none
		return errNothingPlaced(in.analyses)
	}

	t := *title
	if t == "" {
		t = export.DefaultTitle(tl)
	}
	base := chart.RenderOptions{Width: *width, Height: *height, From: from.t, To: to.t, Title: t, Subtitle: *subtitle,
		Credit: *credit, Legend: true, Dates: *dates, Bands: *bands, Dark: *dark}
	if preset != nil {
		base.Width, base.Height, base.Units = preset.Width, preset.Height, preset.Units
	}
	if *pngPath != "" {
		var written error // a failed write, as opposed to a failed drawing
		err := export.EncodePNGPages(tl, base, func(p export.PNGPage) error {
			note := fmt.Sprintf(" (%dx%d)", p.Size.X, p.Size.Y)
			if p.N > 1 {
				note = fmt.Sprintf(" (page %d of %d, %dx%d)", p.I+1, p.N, p.Size.X, p.Size.Y)
			}
			written = r.write(stdout, export.PagePath(*pngPath, p.I), note, p.Write)
			return written
		})
		if written != nil {
			return written
		}
		if err != nil {
			return fmt.Errorf("render %q: %w", *pngPath, err)
		}
	}
	if *svgPath != "" {
		opt := base
		opt.Height = 0 // an SVG grows to show every lane
		pages, err := chart.Draw(tl, opt)
		if err != nil {
			return fmt.Errorf("draw %q: %w", *svgPath, err)
		}
		if err := r.write(stdout, *svgPath, "", func(w io.Writer) error { return export.SVG(w, pages) }); err != nil {
			return err
		}
	}
	if *pdfPath != "" {
		pages, err := chart.Draw(tl, base)
		if err != nil {
			return fmt.Errorf("draw %q: %w", *pdfPath, err)
		}
		pageMM := export.PageWidthMM(base.Width)
		if preset != nil && preset.PageMM[0] > 0 {
			pageMM = preset.PageMM[0]
		}
		info := export.PDFInfo{Title: t, Subject: *subtitle, Author: *credit}
		if err := r.write(stdout, *pdfPath, " ("+plural(len(pages), "page")+")", func(w io.Writer) error { return export.PDF(w, pages, pageMM, info) }); err != nil {
			return err
		}
	}
	if *tljsPath != "" {
		if err := r.write(stdout, *tljsPath, "", func(w io.Writer) error { return export.TimelineJS(w, tl, t, *subtitle, nil) }); err != nil {
			return err
		}
	}
	if *csvPath != "" {
		if err := r.write(stdout, *csvPath, "", func(w io.Writer) error { return export.CSV(w, tl) }); err != nil {
			return err
		}
	}
	if *jsonPath != "" {
		if err := r.write(stdout, *jsonPath, "", func(w io.Writer) error { return export.JSON(w, tl, in.corrections...) }); err != nil {
			return err
		}
	}
	return nil
}

// errNothingPlaced says why an export has nothing to draw: no reference
// could be placed, for want of a document date or of any reference.
func errNothingPlaced(analyses []*timeline.Analysis) error {
	undated, mentions := 0, 0
	for _, a := range analyses {
		mentions += len(a.Mentions)
		if !a.Doc.HasDate() {
			undated++
		}
	}
	switch {
	case mentions == 0:
		return errors.New("nothing to export: no time references found; nothing written")
	case undated > 0:
		return errors.New("nothing to export: no time reference could be placed without a document date; pass --dct YYYY-MM-DD; nothing written")
	}
	return errors.New("nothing to export: no time reference could be placed on a timeline; nothing written")
}
