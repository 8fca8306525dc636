package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/chart"
	"retrace/timeline/export"
)

func (r *runner) export(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", "--png OUT.png|--csv OUT.csv|--json OUT.json FILE|WORKSPACE.retrace.json...", stderr)
	var af analysisFlags
	af.register(fs)
	pngPath := fs.String("png", "", "write the timeline picture to `OUT.png`")
	csvPath := fs.String("csv", "", "write the chronology as CSV to `OUT.csv`")
	jsonPath := fs.String("json", "", "write the documents, mentions and events as JSON to `OUT.json`")
	width := fs.Int("width", 2400, "PNG width in `pixels`")
	height := fs.Int("height", 0, "PNG height in `pixels` (0: as tall as the timeline needs)")
	title := fs.String("title", "", "title drawn on the PNG (default: the documents' titles)")
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
	case *pngPath == "" && *csvPath == "" && *jsonPath == "":
		return fmt.Errorf("%w: name an output with --png, --csv or --json", errUsage)
	case *width < 16 || *width > 20000:
		return fmt.Errorf("%w: --width %d outside 16..20000", errUsage, *width)
	case *height < 0 || *height > 20000:
		return fmt.Errorf("%w: --height %d outside 0..20000", errUsage, *height)
	case from.t.IsZero() != to.t.IsZero():
		return fmt.Errorf("%w: give both --from and --to, or neither", errUsage)
	case !from.t.IsZero() && !from.t.Before(to.t):
		return fmt.Errorf("%w: --from %s is not before --to %s", errUsage, from.String(), to.String())
	}

	in, err := analyzeFiles(files, af, stderr)
	if err != nil {
		return err
	}
	tl := analyze.Timeline(in.analyses, in.corrections)
	if len(tl.Items) == 0 {
		// an empty chart would look like a result; say there is none
		return errNothingPlaced(in.analyses)
	}

	if *pngPath != "" {
		t := *title
		if t == "" {
			var titles []string
			for _, s := range tl.Sources {
				titles = append(titles, s.Title())
			}
			t = strings.Join(titles, " · ")
		}
		img, err := chart.Render(tl, chart.RenderOptions{
			Width: *width, Height: *height, From: from.t, To: to.t, Title: t, Legend: true,
		})
		if err != nil {
			return fmt.Errorf("render %q: %w", *pngPath, err)
		}
		size := fmt.Sprintf(" (%dx%d)", img.Bounds().Dx(), img.Bounds().Dy())
		if err := r.write(stdout, *pngPath, size, func(w io.Writer) error { return export.PNG(w, img) }); err != nil {
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
