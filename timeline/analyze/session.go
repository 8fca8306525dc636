package analyze

import (
	"errors"
	"io/fs"

	"retrace/timeline"
	"retrace/timeline/workspace"
)

// Session is a workspace opened for the window or a command: its file
// read, every document it names read and analysed with the date the user
// set, and the corrections checked against what the tagger finds now.
type Session struct {
	Path      string               // the workspace file
	Workspace *workspace.Workspace // as read, its corrections reconciled with the documents read
	Docs      []Doc                // one per document of the workspace, in its order
	dropped   []workspace.Change   // the corrections Reconcile dropped, in the workspace's order
}

// Doc is one document of a session.
type Doc struct {
	// Entry is the workspace's record of the document; a stand-in's path
	// replaces the file's (see StandIn).
	Entry workspace.Document
	// Source is the document read and analysed; nil when it could not be.
	Source *Source
	// Err says why the document was not read: fs.ErrNotExist for a
	// missing file, else the reader's error.
	Err error
	// Changed is set when the file's content differs from what the
	// workspace recorded.
	Changed bool
	// Corrections is how many corrections the workspace held for the
	// document; Dropped those whose event is no longer found.
	Corrections int
	Dropped     []timeline.Correction
}

// Missing reports whether the document's file is gone.
func (d Doc) Missing() bool { return errors.Is(d.Err, fs.ErrNotExist) }

// StandIn supplies a document for a workspace entry whose file is missing,
// and its digest, or reports false. The window uses it for the article it
// bundles, which has no file: a workspace names it beside itself.
type StandIn func(workspace.Document) (doc *timeline.Document, sha256 string, ok bool)

// OpenWorkspace reads the workspace file at path and every document it
// names, analyses them (on every processor) and reconciles the corrections
// with what the tagger finds. A document that cannot be read is a Doc with
// Err set and keeps its corrections in the workspace; the session fails
// only when the workspace file itself cannot be read.
func OpenWorkspace(path string, opts Options, standIn StandIn) (*Session, error) {
	ws, err := workspace.Load(path)
	if err != nil {
		return nil, err
	}
	s := &Session{Path: path, Workspace: ws, Docs: make([]Doc, len(ws.Documents))}
	parallel(len(ws.Documents), func(i int) { s.Docs[i] = readDoc(ws.Documents[i], opts, standIn) })

	for i := range s.Docs {
		d := &s.Docs[i]
		if old := ws.Documents[i].Path; d.Entry.Path != old { // a stand-in took the file's place
			for j := range ws.Corrections {
				if workspace.SamePath(ws.Corrections[j].Source, old) {
					ws.Corrections[j].Source = d.Entry.Path
				}
			}
			ws.Documents[i].Path = d.Entry.Path
		}
		for _, c := range ws.Corrections {
			if workspace.SamePath(c.Source, d.Entry.Path) {
				d.Corrections++
			}
		}
	}
	s.dropped = ws.Reconcile(s.Analyses())
	for _, ch := range s.dropped {
		for i := range s.Docs {
			if workspace.SamePath(ch.Path, s.Docs[i].Entry.Path) {
				s.Docs[i].Dropped = append(s.Docs[i].Dropped, *ch.Correction)
			}
		}
	}
	return s, nil
}

// readDoc reads and analyses one document of a workspace, with the date
// the user set for it.
func readDoc(entry workspace.Document, opts Options, standIn StandIn) Doc {
	d := Doc{Entry: entry}
	doc, sum, err := ReadFile(entry.Path)
	if errors.Is(err, fs.ErrNotExist) && standIn != nil {
		if sd, ssum, ok := standIn(entry); ok {
			doc, sum, err = sd, ssum, nil
			d.Entry.Path = sd.Path
		}
	}
	if err != nil {
		d.Err = err
		return d
	}
	d.Changed = sum != entry.SHA256
	entry.ApplyDate(doc)
	d.Source = &Source{Analysis: opts.analyze(doc), SHA256: sum}
	return d
}

// Analyses returns the analyses of the documents read, in the workspace's
// order.
func (s *Session) Analyses() []*timeline.Analysis {
	var out []*timeline.Analysis
	for _, d := range s.Docs {
		if d.Source != nil {
			out = append(out, d.Source.Analysis)
		}
	}
	return out
}

// Changes lists what differs from when the workspace was saved, as the
// command line reports it: documents missing, unreadable or changed, in the
// workspace's order, then the corrections dropped.
func (s *Session) Changes() []workspace.Change {
	var out []workspace.Change
	for _, d := range s.Docs {
		switch {
		case d.Missing():
			out = append(out, workspace.Change{Kind: workspace.FileMissing, Path: d.Entry.Path})
		case d.Err != nil:
			out = append(out, workspace.Change{Kind: workspace.FileUnreadable, Path: d.Entry.Path, Err: d.Err})
		case d.Changed:
			out = append(out, workspace.Change{Kind: workspace.FileChanged, Path: d.Entry.Path})
		}
	}
	return append(out, s.dropped...)
}
