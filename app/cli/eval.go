package cli

import (
	"fmt"
	"io"
	"time"

	"retrace/timeline"
	"retrace/timeline/eval"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "DIR...", stderr)
	verbose := fs.Bool("v", false, "list every miss, false alarm and wrong value")
	dirs, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return fmt.Errorf("%w: no DIR given", errUsage)
	}
	for _, dir := range dirs {
		docs, err := eval.ReadDir(dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d documents\n", dir, len(docs))
		eval.Score(docs, tag).Write(stdout, *verbose)
	}
	return nil
}

// tag runs the tagger as the product does on a news article with a known date.
func tag(text string, dct time.Time) []timeline.Mention {
	doc := ingest.FromText("", text)
	doc.Date, doc.DateSource = dct, timeline.DateFromMetadata
	mentions, _ := extract.Tag(doc, extract.Options{DCT: dct, Mode: extract.ModeAuto})
	return mentions
}
