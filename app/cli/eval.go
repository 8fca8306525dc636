package cli

import (
	"fmt"
	"io"
	"time"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/docdate"
	"retrace/timeline/eval"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
)

func (r *runner) eval(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "DIR...", stderr)
	verbose := fs.Bool("v", false, "list every miss, false alarm and wrong value")
	narrative := fs.Bool("narrative", false, "tell the tagger every text is a narrative (history, chronology)")
	news := fs.Bool("news", false, "tell the tagger every text is news")
	findDCT := fs.Bool("find-dct", false, "ignore the corpus's document dates and find each in the text, as for a file the user opens")
	events := fs.Bool("events", false, "score which events the times date (coverage and attachment, from the TLINKs)")
	sysPath := fs.String("sys", "", "with --events, score the extract output (JSON or TimeML) in this `file or folder` instead of running Retrace")
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
	if *sysPath != "" && !*events {
		return fmt.Errorf("%w: --sys scores events: give --events too", errUsage)
	}
	system := analysedSystem(mode)
	if *sysPath != "" {
		outs, err := eval.ReadOutputs(*sysPath)
		if err != nil {
			return err
		}
		system = outs.System
	}
	for _, dir := range dirs {
		docs, err := eval.ReadDir(dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d documents\n", dir, len(docs))
		if !*events {
			eval.Score(docs, tagger(mode, *findDCT)).Write(stdout, *verbose)
			continue
		}
		rep, err := eval.ScoreEvents(docs, system)
		if err != nil {
			return err
		}
		rep.Write(stdout, *verbose)
	}
	return nil
}

// tagger runs the tagger as the product does on an article with a known
// date, in the given mode (ModeAuto unless the user forces one); with find,
// on an article whose date must be found in its text.
func tagger(mode extract.Mode, find bool) eval.Tagger {
	return func(text string, dct time.Time) []timeline.Mention {
		doc := datedDoc(text, dct)
		if find {
			res := docdate.Find(docdate.Input{Text: text})
			doc.Date, doc.DateSource, doc.DateCandidates = res.Date, res.Source, res.Candidates
			dct = res.Date
		}
		mentions, _ := extract.Tag(doc, extract.Options{DCT: dct, Mode: mode})
		return mentions
	}
}

// analysedSystem runs the whole analysis, events included, as extract does
// on the document, in the given mode.
func analysedSystem(mode extract.Mode) func(d *eval.Doc) (eval.System, error) {
	return func(d *eval.Doc) (eval.System, error) {
		doc := datedDoc(d.Text, d.DCT)
		doc.Path = d.Path
		return eval.FromAnalysis(analyze.Document(doc, extract.Options{Mode: mode})), nil
	}
}

// datedDoc is a corpus text as the product reads an article whose date is
// in its metadata.
func datedDoc(text string, dct time.Time) *timeline.Document {
	doc := ingest.FromText("", text)
	doc.Date, doc.DateSource = dct, timeline.DateFromMetadata
	return doc
}
