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
	narrative := fs.Bool("narrative", false, "tell the tagger every text is a narrative (history, chronology)")
	news := fs.Bool("news", false, "tell the tagger every text is news")
	dirs, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return fmt.Errorf("%w: no DIR given", errUsage)
	}
	mode := extract.ModeAuto
	switch {
	case *narrative && *news:
		return fmt.Errorf("%w: --narrative and --news exclude each other", errUsage)
	case *narrative:
		mode = extract.ModeNarrative
	case *news:
		mode = extract.ModeNews
	}
	for _, dir := range dirs {
		docs, err := eval.ReadDir(dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d documents\n", dir, len(docs))
		eval.Score(docs, tagger(mode)).Write(stdout, *verbose)
	}
	return nil
}

// tagger runs the tagger as the product does on an article with a known
// date, in the given mode (ModeAuto unless the user forces one).
func tagger(mode extract.Mode) eval.Tagger {
	return func(text string, dct time.Time) []timeline.Mention {
		doc := ingest.FromText("", text)
		doc.Date, doc.DateSource = dct, timeline.DateFromMetadata
		mentions, _ := extract.Tag(doc, extract.Options{DCT: dct, Mode: mode})
		return mentions
	}
}
