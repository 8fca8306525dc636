package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"retrace/timeline"
	"retrace/timeline/regularfile"
	"retrace/timeline/timeml"
)

// Outputs are a system's outputs for a set of documents, found by the base
// name of the document's file ("wsj_0006" for ".../wsj_0006.tml"), so that
// a system run elsewhere can be scored against the gold corpus.
type Outputs struct {
	byName map[string]output
}

// output is one document's system output with the text it was made from,
// when the format carries the text (TimeML), for checking that it is the
// gold document's.
type output struct {
	from string // file it was read from, for messages
	sys  System
	text string
	// quotes are spans and the text the output says they hold, for formats
	// without the text (JSON): they must read the same in the gold text.
	quotes []quote
}

type quote struct {
	timeline.Span
	text string
}

// ReadOutputs reads system outputs from path: a JSON file as the extract
// command prints it (an array of documents, or an export with
// "documents"), a TimeML file, or a directory of such files.
func ReadOutputs(path string) (*Outputs, error) {
	o := &Outputs{byName: map[string]output{}}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("system output %q: %w", path, err)
	}
	if !fi.IsDir() {
		return o, o.readFile(path)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("system output %q: %w", path, err)
	}
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.Type().IsRegular() && (ext == ".json" || ext == ".tml") {
			if err := o.readFile(filepath.Join(path, e.Name())); err != nil {
				return nil, err
			}
		}
	}
	if len(o.byName) == 0 {
		return nil, fmt.Errorf("system output %q: no .json or .tml files", path)
	}
	return o, nil
}

func (o *Outputs) readFile(path string) error {
	b, _, err := regularfile.Read(path, maxFileSize)
	if err != nil {
		return fmt.Errorf("system output: %w", err)
	}
	if strings.EqualFold(filepath.Ext(path), ".tml") {
		d, err := timeml.Parse(b)
		if err != nil {
			return fmt.Errorf("system output %q: %w", path, err)
		}
		return o.add(baseName(path), output{from: path, sys: FromTimeML(d), text: d.Text})
	}
	docs, err := decodeExtractJSON(b)
	if err != nil {
		return fmt.Errorf("system output %q: %w", path, err)
	}
	for _, d := range docs {
		if d.Path == "" {
			return fmt.Errorf("system output %q: a document has no path", path)
		}
		if err := o.add(baseName(d.Path), d.output(path)); err != nil {
			return err
		}
	}
	return nil
}

func (o *Outputs) add(name string, out output) error {
	if prev, ok := o.byName[name]; ok {
		return fmt.Errorf("system output %q: document %q is also in %q", out.from, name, prev.from)
	}
	o.byName[name] = out
	return nil
}

// System returns the output for gold document d, checking that it was made
// from the same text.
func (o *Outputs) System(d *Doc) (System, error) {
	name := baseName(d.Path)
	out, ok := o.byName[name]
	if !ok {
		return System{}, fmt.Errorf("system output: nothing for %q", d.Path)
	}
	if out.text != "" && out.text != d.Text {
		return System{}, fmt.Errorf("system output %q: its text is not the text of %q", out.from, d.Path)
	}
	for _, q := range out.quotes {
		if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End || d.Text[q.Start:q.End] != q.text {
			return System{}, fmt.Errorf("system output %q: %q at %d-%d is not in the text of %q there",
				out.from, q.text, q.Start, q.End, d.Path)
		}
	}
	return out.sys, nil
}

func baseName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// extractDoc is the part of the extract command's JSON that scoring reads.
type extractDoc struct {
	Path     string `json:"path"`
	Mentions []struct {
		ID     string `json:"id"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Text   string `json:"text"`
		Anchor string `json:"anchor"`
	} `json:"mentions"`
	Events []struct {
		Label    string                        `json:"label"`
		State    bool                          `json:"state"`
		Mentions []string                      `json:"mentions"`
		Trigger  *jsonSpan                     `json:"trigger"`
		With     []jsonSpan                    `json:"with"`
		Also     []struct{ Trigger *jsonSpan } `json:"also"`
	} `json:"events"`
}

type jsonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func decodeExtractJSON(b []byte) ([]extractDoc, error) {
	var docs []extractDoc
	if err := json.Unmarshal(b, &docs); err == nil {
		return docs, nil
	}
	var export struct {
		Documents []extractDoc `json:"documents"`
	}
	if err := json.Unmarshal(b, &export); err != nil {
		return nil, errors.New("not the JSON of extract or of an export")
	}
	return export.Documents, nil
}

// output builds the system view of the document as FromAnalysis does.
func (d extractDoc) output(from string) output {
	out := output{from: from}
	for _, m := range d.Mentions {
		out.sys.Times = append(out.sys.Times, SysTime{ID: m.ID, Span: timeline.Span{Start: m.Start, End: m.End}})
		out.quotes = append(out.quotes, quote{timeline.Span{Start: m.Start, End: m.End}, m.Text})
	}
	for _, e := range d.Events {
		se := SysEvent{Label: e.Label, State: e.State}
		triggers := []*jsonSpan{e.Trigger}
		for i := range e.With {
			triggers = append(triggers, &e.With[i])
		}
		for _, a := range e.Also {
			triggers = append(triggers, a.Trigger)
		}
		for _, tr := range triggers {
			if tr != nil {
				sp := timeline.Span{Start: tr.Start, End: tr.End}
				se.Triggers = append(se.Triggers, sp)
				out.quotes = append(out.quotes, quote{sp, tr.Text})
			}
		}
		se.Times = append(se.Times, e.Mentions...)
		out.sys.Events = append(out.sys.Events, se)
	}
	return out
}
