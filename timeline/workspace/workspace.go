// Package workspace keeps a user's work on a set of articles in a
// .retrace.json file: which documents are open (path and content hash), their
// document dates, and the corrections the user made to the machine's reading.
//
// The file is plain, indented JSON so a person can read it and a version
// control system can diff it:
//
//	{
//	  "version": 1,
//	  "documents": [
//	    {"path": "articles/alliance.txt", "sha256": "9f86...", "date": "2026-01-02", "dateSource": "flag"}
//	  ],
//	  "corrections": [
//	    {"scope": "item", "source": "articles/alliance.txt", "event": "e3",
//	     "sentence": "Just weeks after ...", "was": "clashes in Kursk region", "hidden": true}
//	  ]
//	}
//
// Paths are stored relative to the workspace file when the document lies in
// its directory or below, so a folder of articles and its workspace can be
// moved together; other paths are stored absolute.
package workspace

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"retrace/timeline"
	"retrace/timeline/atomicfile"
	"retrace/timeline/regularfile"
)

// Version is the format version this package writes. Load accepts files of
// this version or older and refuses newer ones rather than dropping what it
// does not understand.
const Version = 1

// Ext is the file name extension of a workspace.
const Ext = ".retrace.json"

// maxFileSize bounds what Load reads: a workspace holds paths, hashes and
// corrections, so anything larger is not one and must not exhaust memory.
const maxFileSize = 64 << 20

// Workspace is a set of documents and the user's corrections to them.
type Workspace struct {
	Documents   []Document
	Corrections Corrections
	// SetAside are corrections of documents that changed since they were
	// made, which the user has not agreed to apply to the new text: they
	// are kept, and saved, but not applied.
	SetAside Corrections
}

// Document is one article of a workspace.
type Document struct {
	// Path locates the file. In memory it is usable as is (absolute, or
	// relative to the working directory); Save and Load translate it to and
	// from the form stored in the file.
	Path string
	// SHA256 is the hex digest of the file's bytes when it was last
	// tracked; opening the workspace compares it with the file as it is.
	SHA256 string
	// Date is the document date (UTC midnight), zero when unknown.
	Date time.Time
	// DateSource says where Date came from; timeline.DateFromUser when the
	// user set it, which the app must then pass to the tagger instead of
	// whatever the file says.
	DateSource timeline.DateSource
}

// HasExt reports whether path names a workspace file, by its extension in
// any letter case, so that a command line or a drop can tell workspaces
// from articles.
func HasExt(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), Ext)
}

// ApplyDate gives a document freshly read from d's file the date the user
// set for it, if any: the user's choice outranks what the file says. A
// user source without a date (a hand-edited file) leaves the file's date.
func (d Document) ApplyDate(doc *timeline.Document) {
	if d.DateSource == timeline.DateFromUser && !d.Date.IsZero() {
		doc.Date, doc.DateSource = d.Date, timeline.DateFromUser
	}
}

// Document returns the workspace's entry for the file at path, or nil.
func (ws *Workspace) Document(path string) *Document {
	for i := range ws.Documents {
		if SamePath(ws.Documents[i].Path, path) {
			return &ws.Documents[i]
		}
	}
	return nil
}

// Track records a document opened in the app: its path, the hex SHA-256
// of the bytes it was read from, and its date. A document already tracked
// keeps its place and a date the user set; everything else is refreshed,
// which is how the user accepts a changed file.
func (ws *Workspace) Track(doc *timeline.Document, sum string) {
	d := ws.Document(doc.Path)
	if d == nil {
		ws.Documents = append(ws.Documents, Document{Path: doc.Path})
		d = &ws.Documents[len(ws.Documents)-1]
	}
	d.SHA256 = sum
	if d.DateSource != timeline.DateFromUser {
		d.Date, d.DateSource = doc.Date, doc.DateSource
	}
}

// SetDocumentDate records a document date chosen by the user; a zero date
// forgets the user's choice so the file's own date is used again.
func (ws *Workspace) SetDocumentDate(path string, date time.Time) error {
	d := ws.Document(path)
	if d == nil {
		return fmt.Errorf("set document date: %s is not in the workspace", path)
	}
	if date.IsZero() {
		d.Date, d.DateSource = time.Time{}, timeline.DateUnknown
		return nil
	}
	d.Date, d.DateSource = timeline.Truncate(date), timeline.DateFromUser
	return nil
}

// Remove takes a document out of the workspace with its corrections.
func (ws *Workspace) Remove(path string) {
	docs := ws.Documents[:0]
	for _, d := range ws.Documents {
		if !SamePath(d.Path, path) {
			docs = append(docs, d)
		}
	}
	ws.Documents = docs
	cs := ws.Corrections[:0]
	for _, c := range ws.Corrections {
		if !SamePath(c.Source, path) {
			cs = append(cs, c)
		}
	}
	ws.Corrections = cs
	aside := ws.SetAside[:0]
	for _, c := range ws.SetAside {
		if !SamePath(c.Source, path) {
			aside = append(aside, c)
		}
	}
	ws.SetAside = aside
}

// SamePath reports whether two paths name the same file, comparing their
// cleaned absolute forms (it does not follow symbolic links).
func SamePath(a, b string) bool {
	if a == b {
		return true
	}
	return absPath(a) == absPath(b)
}

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// ChangeKind says what differs between a workspace and its files, as
// opening it finds (see the analyze package) and Reconcile.
type ChangeKind string

const (
	FileMissing       ChangeKind = "missing"    // the document's file is gone
	FileUnreadable    ChangeKind = "unreadable" // it exists but cannot be read
	FileChanged       ChangeKind = "changed"    // its content differs from when it was tracked
	CorrectionDropped ChangeKind = "dropped"    // a correction's event is no longer found (Err says why)
)

// Change is one difference between a workspace and the files it names.
type Change struct {
	Kind ChangeKind
	Path string // the document
	// Correction is the dropped correction (CorrectionDropped only).
	Correction *timeline.Correction
	// Err is why: the error that made the file unreadable, or
	// ErrEventGone or ErrAmbiguous for a dropped correction.
	Err error
}

// String says what changed in one line naming the document (quoted), as
// the app's dialog and the command line report it.
func (c Change) String() string {
	switch c.Kind {
	case FileMissing:
		return fmt.Sprintf("%q: file not found", c.Path)
	case FileUnreadable:
		return fmt.Sprintf("%q: cannot be read: %v", c.Path, c.Err)
	case FileChanged:
		return fmt.Sprintf("%q: changed since the workspace was saved", c.Path)
	case CorrectionDropped:
		why := c.Err
		if why == nil {
			why = ErrEventGone
		}
		return fmt.Sprintf("%q: %s not applied: %v", c.Path, Describe(c.Correction), why)
	}
	return fmt.Sprintf("%q: %s", c.Path, c.Kind)
}

// Describe names a correction for a person: the machine's label it
// corrected and what the user made of it.
func Describe(c *timeline.Correction) string {
	if c == nil {
		return "a correction"
	}
	what := "correction"
	switch {
	case c.Hidden:
		what = "hiding"
	case c.Label != "":
		what = fmt.Sprintf("relabelling (as %q)", c.Label)
	case c.HasDates():
		what = "redating"
	}
	return fmt.Sprintf("%s of %q", what, c.Was)
}

// Reconcile checks the corrections against fresh analyses of the documents
// (see Find): a correction whose event is found again is kept, aimed anew
// at the event as it is now (id, expressions, occurrence); one whose event
// is gone, or no longer found without ambiguity, is dropped and reported.
// Corrections of documents not among the analyses (a missing file, say) are
// kept untouched: the user may yet point the workspace at the file.
func (ws *Workspace) Reconcile(analyses []*timeline.Analysis) []Change {
	var out []Change
	finders := map[*timeline.Analysis]*finder{}
	kept := ws.Corrections[:0]
	for _, c := range ws.Corrections {
		a := analysisFor(analyses, c.Source)
		if a == nil {
			kept = append(kept, c)
			continue
		}
		f := finders[a]
		if f == nil {
			f = newFinder(a)
			finders[a] = f
		}
		ev, err := f.find(c)
		if err != nil {
			dropped := c
			out = append(out, Change{Kind: CorrectionDropped, Path: c.Source, Correction: &dropped, Err: err})
			continue
		}
		c.Target(a, ev)
		kept = append(kept, c)
	}
	ws.Corrections = kept
	return out
}

func analysisFor(analyses []*timeline.Analysis, path string) *timeline.Analysis {
	for _, a := range analyses {
		if a != nil && a.Doc != nil && SamePath(a.Doc.Path, path) {
			return a
		}
	}
	return nil
}

// The file's shape. It is kept apart from the in-memory types so the format
// can evolve (and old versions be read) without touching the API.
type fileWorkspace struct {
	Version     int                   `json:"version"`
	Documents   []fileDocument        `json:"documents"`
	Corrections []timeline.Correction `json:"corrections"`
}

type fileDocument struct {
	Path       string `json:"path"`
	SHA256     string `json:"sha256"`
	Date       string `json:"date,omitempty"`
	DateSource string `json:"dateSource,omitempty"`
}

// Save writes the workspace to path atomically: an existing file is replaced
// only once the new one is complete. Document paths are stored relative to
// the file's directory where they lie inside it.
func Save(path string, ws *Workspace) error {
	dir := filepath.Dir(path)
	fw := fileWorkspace{Version: Version, Documents: []fileDocument{}, Corrections: []timeline.Correction{}}
	for _, d := range ws.Documents {
		fd := fileDocument{Path: storedPath(dir, d.Path), SHA256: d.SHA256, DateSource: string(d.DateSource)}
		if !d.Date.IsZero() {
			fd.Date = timeline.FormatDate(d.Date)
		}
		fw.Documents = append(fw.Documents, fd)
	}
	// The corrections set aside are kept, except where the user has since
	// made a correction of the same event.
	all := ws.Corrections
	if len(ws.SetAside) > 0 {
		all = append(Corrections(nil), ws.SetAside...)
		for _, c := range ws.Corrections {
			if err := all.Set(c); err != nil {
				return fmt.Errorf("save workspace %q: %w", path, err)
			}
		}
	}
	for _, c := range all {
		c.Source = storedPath(dir, c.Source)
		fw.Corrections = append(fw.Corrections, c)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // sentences quote "<", ">" and "&" as they are
	if err := enc.Encode(fw); err != nil {
		return fmt.Errorf("save workspace %q: %w", path, err)
	}
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	})
}

// Load reads a workspace file. Relative document paths are resolved against
// the file's directory. Anything malformed is refused with an error naming
// the file and the offending entry.
func Load(path string) (*Workspace, error) {
	data, _, err := regularfile.Read(path, maxFileSize)
	if errors.Is(err, regularfile.ErrTooLarge) {
		return nil, fmt.Errorf("read workspace %q: larger than %d MiB, not a workspace", path, maxFileSize>>20)
	}
	if err != nil {
		return nil, err
	}
	ws, err := decode(data, filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("read workspace %q: %w", path, err)
	}
	return ws, nil
}

func decode(data []byte, dir string) (*Workspace, error) {
	var fw fileWorkspace
	if err := json.Unmarshal(data, &fw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("not valid JSON at byte %d: %w", se.Offset, err)
		}
		return nil, err
	}
	switch {
	case fw.Version == 0:
		return nil, errors.New(`no "version": not a Retrace workspace`)
	case fw.Version < 0 || fw.Version > Version:
		return nil, fmt.Errorf("version %d: this Retrace reads workspaces up to version %d", fw.Version, Version)
	}
	// A document listed twice would be read, drawn and exported twice; two
	// corrections of one event leave it to chance which counts. Both are
	// refused, whatever wrote the file.
	ws := &Workspace{}
	docAt := map[string]int{}
	for i, fd := range fw.Documents {
		d, err := fd.document(dir)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i+1, err)
		}
		if j, ok := docAt[absPath(d.Path)]; ok {
			return nil, fmt.Errorf("document %d: %q is document %d again", i+1, fd.Path, j+1)
		}
		docAt[absPath(d.Path)] = i
		ws.Documents = append(ws.Documents, d)
	}
	var seen targets
	for i, c := range fw.Corrections {
		if err := c.Check(); err != nil {
			return nil, fmt.Errorf("correction %d: %w", i+1, err)
		}
		stored := c.Source
		c.Source = loadedPath(dir, c.Source)
		if j, dup := seen.add(c, i); dup {
			return nil, fmt.Errorf("correction %d: a second %s correction of event %s in %q (correction %d is the first)",
				i+1, c.Scope, c.Event, stored, j+1)
		}
		ws.Corrections = append(ws.Corrections, c)
	}
	return ws, nil
}

// targets finds corrections aimed at the same event (see sameTarget) in
// time linear in their number.
type targets struct {
	byContent map[string]int // corrections that record their expressions
	byID      map[string]int // every correction, by event id
	legacyID  map[string]int // those that record no expressions, by event id
}

// add records correction number i and reports the number of an earlier one
// with the same target, if any.
func (t *targets) add(c timeline.Correction, i int) (int, bool) {
	if t.byID == nil {
		t.byContent, t.byID, t.legacyID = map[string]int{}, map[string]int{}, map[string]int{}
	}
	base := string(c.Scope) + "\x00" + absPath(c.Source) + "\x00" + c.Sentence + "\x00"
	id := base + c.Event
	if c.Times == nil {
		if j, ok := t.byID[id]; ok {
			return j, true
		}
		t.legacyID[id] = i
	} else {
		content := base + strings.Join(c.Times, "\x00") + "\x00" + strconv.Itoa(c.Occurrence)
		if j, ok := t.byContent[content]; ok {
			return j, true
		}
		if j, ok := t.legacyID[id]; ok {
			return j, true
		}
		t.byContent[content] = i
	}
	if _, ok := t.byID[id]; !ok {
		t.byID[id] = i
	}
	return 0, false
}

func (fd fileDocument) document(dir string) (Document, error) {
	d := Document{Path: loadedPath(dir, fd.Path), SHA256: fd.SHA256, DateSource: timeline.DateSource(fd.DateSource)}
	if fd.Path == "" {
		return d, errors.New("no path")
	}
	if b, err := hex.DecodeString(fd.SHA256); err != nil || len(b) != sha256.Size {
		return d, fmt.Errorf("%s: sha256 %q is not 64 hex digits", fd.Path, fd.SHA256)
	}
	switch {
	case d.DateSource == "":
		d.DateSource = timeline.DateUnknown
	case !d.DateSource.Known():
		return d, fmt.Errorf("%s: unknown dateSource %q", fd.Path, fd.DateSource)
	}
	if fd.Date != "" {
		t, err := timeline.ParseDate(fd.Date)
		if err != nil {
			return d, fmt.Errorf("%s: %w", fd.Path, err)
		}
		d.Date = t
	}
	return d, nil
}

// storedPath is the form of p written into a workspace file in dir: relative
// (with forward slashes, so the file travels between systems) when p lies in
// dir or below it, absolute otherwise.
func storedPath(dir, p string) string {
	absDir, absP := absPath(dir), absPath(p)
	rel, err := filepath.Rel(absDir, absP)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(absP)
	}
	return filepath.ToSlash(rel)
}

// loadedPath turns a stored path back into one usable from the working
// directory.
func loadedPath(dir, stored string) string {
	p := filepath.FromSlash(stored)
	if filepath.IsAbs(p) || stored == "" {
		return p
	}
	return filepath.Join(dir, p)
}
