package analyze

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"retrace/timeline"
	"retrace/timeline/workspace"
)

// ErrOutside marks a document that lies outside the workspace's folder tree
// and was not read because the user did not agree to it.
var ErrOutside = errors.New("outside the workspace's folder")

// Plan is a workspace file read, before any document it names is: what
// the window asks the user about and a command line flag answers (see
// Outside).
type Plan struct {
	Path      string // the workspace file
	Workspace *workspace.Workspace
	outside   []bool // per document: outside the workspace's folder tree
}

// LoadWorkspace reads the workspace file at path (see workspace.Load) and
// works out which documents lie outside its folder tree.
func LoadWorkspace(path string) (*Plan, error) {
	ws, err := workspace.Load(path)
	if err != nil {
		return nil, err
	}
	p := &Plan{Path: path, Workspace: ws, outside: make([]bool, len(ws.Documents))}
	root := realPath(filepath.Dir(path))
	for i, d := range ws.Documents {
		p.outside[i] = !within(root, realPath(d.Path))
	}
	return p, nil
}

// Outside lists the documents that lie outside the workspace's folder tree
// (or are links leading out of it), in the workspace's order. A workspace
// someone sends may name "../../secret.txt" or "/etc/passwd": their text
// would end up in the timeline and in what the user exports and shares,
// so they are read only when the user agrees.
func (p *Plan) Outside() []string {
	var out []string
	for i, d := range p.Workspace.Documents {
		if p.outside[i] {
			out = append(out, d.Path)
		}
	}
	return out
}

// realPath is p absolute and with its links followed as far as they exist.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	// A missing file: follow the links of its folder, which may exist.
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// within reports whether path lies in dir or below it.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// Consent is what the user agreed to when a workspace was opened: in the
// window by answering a question, on the command line by a flag.
type Consent struct {
	// Outside lets documents outside the workspace's folder tree be read
	// (--allow-outside).
	Outside bool
	// Changed applies the corrections of a document whose content changed
	// since the workspace was saved (--accept-changed); without it they are
	// set aside (see workspace.Workspace.SetAside).
	Changed bool
}

// Session is a workspace opened for the window or a command: every document
// it names read and analysed with the date the user set, and the
// corrections checked against what the tagger finds now.
type Session struct {
	Path string // the workspace file
	// Workspace is the workspace as read. Its Corrections are those that
	// apply: a correction of a document that could not be read is kept
	// untouched; one of a changed document is set aside (SetAside) unless
	// the user agreed; the others are checked against the analyses, and
	// those whose event is not found are dropped (see Doc.Dropped).
	Workspace *workspace.Workspace
	Docs      []Doc              // one per document of the workspace, in its order
	dropped   []workspace.Change // the corrections dropped, in the workspace's order
}

// Doc is one document of a session.
type Doc struct {
	// Entry is the workspace's record of the document (its SHA256 the
	// digest recorded when it was saved); a stand-in's path replaces the
	// file's (see StandIn).
	Entry workspace.Document
	// Source is the document read and analysed; nil when it was not.
	Source *Source
	// Err says why the document was not read: fs.ErrNotExist for a
	// missing file, ErrOutside for one the user did not agree to, else
	// the reader's error.
	Err error
	// Changed is set when the file's content differs from what the
	// workspace recorded.
	Changed bool
	// Corrections is how many corrections the workspace held for the
	// document; Dropped those whose event is no longer found (or no longer
	// found unambiguously), with why.
	Corrections int
	Dropped     []workspace.Change
}

// Missing reports whether the document's file is gone.
func (d Doc) Missing() bool { return errors.Is(d.Err, fs.ErrNotExist) }

// StandIn supplies a document for a workspace entry whose file is missing,
// and its digest, or reports false. The window uses it for the article it
// bundles, which has no file: a workspace names it beside itself.
type StandIn func(workspace.Document) (doc *timeline.Document, sha256 string, ok bool)

// OpenWorkspace is LoadWorkspace and Open in one step, for a caller that
// knows the user's answers beforehand (a command line).
func OpenWorkspace(path string, opts Options, consent Consent) (*Session, error) {
	p, err := LoadWorkspace(path)
	if err != nil {
		return nil, err
	}
	return p.Open(opts, consent, nil), nil
}

// Open reads and analyses every document of the workspace (on every
// processor), with the date the user set for it, and reconciles the
// corrections with what the tagger finds. A document that cannot be read,
// or lies outside the folder tree without the user's consent, is a Doc
// with Err set and keeps its corrections in the workspace. A document
// whose content changed since the workspace was saved has its corrections
// set aside unless consent.Changed.
func (p *Plan) Open(opts Options, consent Consent, standIn StandIn) *Session {
	ws := p.Workspace
	s := &Session{Path: p.Path, Workspace: ws, Docs: make([]Doc, len(ws.Documents))}
	Parallel(len(ws.Documents), func(i int) {
		if p.outside[i] && !consent.Outside {
			s.Docs[i] = Doc{Entry: ws.Documents[i], Err: ErrOutside}
			return
		}
		s.Docs[i] = readDoc(ws.Documents[i], opts, standIn)
	})

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
	if !consent.Changed {
		kept := ws.Corrections[:0]
		for _, c := range ws.Corrections {
			if d := s.doc(c.Source); d != nil && d.Changed {
				ws.SetAside = append(ws.SetAside, c)
			} else {
				kept = append(kept, c)
			}
		}
		ws.Corrections = kept
	}
	s.reconcile()
	return s
}

// AcceptChanged applies the corrections set aside, as the user asked after
// seeing which documents changed: each is checked against the document as
// it is now, like every other correction.
func (s *Session) AcceptChanged() {
	s.Workspace.Corrections = append(s.Workspace.Corrections, s.Workspace.SetAside...)
	s.Workspace.SetAside = nil
	s.reconcile()
}

// reconcile checks the corrections against the analyses and records which
// were dropped.
func (s *Session) reconcile() {
	for _, ch := range s.Workspace.Reconcile(s.Analyses()) {
		s.dropped = append(s.dropped, ch)
		if d := s.doc(ch.Path); d != nil {
			d.Dropped = append(d.Dropped, ch)
		}
	}
}

// doc is the session's document at path, or nil.
func (s *Session) doc(path string) *Doc {
	for i := range s.Docs {
		if workspace.SamePath(s.Docs[i].Entry.Path, path) {
			return &s.Docs[i]
		}
	}
	return nil
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
