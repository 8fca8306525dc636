package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"retrace/assets"
	"retrace/timeline"
	"retrace/timeline/ingest"
	"retrace/timeline/workspace"
)

// Preference keys.
const (
	prefRecent     = "recentFiles"
	prefLastFolder = "lastFolder"
	maxRecent      = 10
)

// openExtensions are the files the Open dialog offers by default: articles
// (TimeML included) and workspaces (.retrace.json; the filter sees only the
// last extension).
var openExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".tml", ".json"}

// OpenPaths opens files given by path (from the command line, a drop or a
// dialog), and the articles in folders given (not in their subfolders).
// Each is read and analysed in the background; one that cannot be opened
// gets an error dialog and leaves the open documents as they were. A file
// already open is brought to the front instead. A workspace file
// (.retrace.json) replaces the session with its documents and corrections;
// the other paths are then added to it.
func (u *UI) OpenPaths(paths []string) { u.openPaths(paths, nil) }

// openPaths is OpenPaths with failures found before (by a drop) to report
// in the same dialog as the files that fail to load.
func (u *UI) openPaths(paths []string, fails []openFailure) {
	paths, fails = expandFolders(paths, fails)
	for i, p := range paths {
		if !workspace.HasExt(p) {
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			u.showOpenErrors(append(fails, openFailure{p, err}))
			return
		}
		u.showOpenErrors(fails)
		var rest []string // one workspace at a time: the first
		for j, q := range paths {
			if j != i && !workspace.HasExt(q) {
				rest = append(rest, q)
			}
		}
		u.openWorkspace(abs, rest)
		return
	}
	var reqs []loadRequest
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			fails = append(fails, openFailure{p, err})
			continue
		}
		if d := u.docByKey(abs); d != nil {
			u.tabs.Select(d.tab)
			continue
		}
		reqs = append(reqs, loadRequest{key: abs, read: func() (*timeline.Document, string, error) { return u.svc.read(abs) }})
	}
	u.load(reqs, fails)
}

// openDropped opens what was dropped on the window: files, and the
// articles in a dropped folder (not its subfolders). Anything that is not
// a local file (a link dragged from a browser, say) or a folder with no
// articles is named in the one dialog that reports every failure of the
// drop.
func (u *UI) openDropped(uris []fyne.URI) {
	var paths []string
	var fails []openFailure
	for _, uri := range uris {
		if uri.Scheme() != "file" {
			fails = append(fails, openFailure{uri.String(), errors.New("only local files can be opened")})
			continue
		}
		paths = append(paths, uri.Path())
	}
	u.openPaths(paths, fails)
}

// expandFolders replaces each folder among paths by the articles in it; a
// folder that cannot be listed or holds no article is a failure.
func expandFolders(paths []string, fails []openFailure) ([]string, []openFailure) {
	var out []string
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			out = append(out, p) // files, and what is not there: the reader says why
			continue
		}
		articles, err := articlesIn(p)
		switch {
		case err != nil:
			fails = append(fails, openFailure{p, err})
		case len(articles) == 0:
			fails = append(fails, openFailure{p, errors.New("the folder holds no articles (.txt, .md, .html, .tml)")})
		}
		out = append(out, articles...)
	}
	return out, fails
}

// articlesIn lists the articles directly in a folder, by name: the files
// with an extension Retrace reads, workspaces and hidden files left out.
func articlesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || workspace.HasExt(name) {
			continue
		}
		ext := strings.ToLower(filepath.Ext(name))
		if ext != ".json" && slices.Contains(openExtensions, ext) {
			out = append(out, filepath.Join(dir, name))
		}
	}
	return out, nil
}

// openFailure is a file that could not be opened, and why.
type openFailure struct {
	path string
	err  error
}

// showOpenErrors reports failures to open files in one dialog, so a drop
// of several bad files does not stack a dialog per file.
func (u *UI) showOpenErrors(fails []openFailure) {
	switch len(fails) {
	case 0:
		return
	case 1:
		u.showOpenError(fails[0].path, fails[0].err)
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "cannot open %d files:", len(fails))
	for _, f := range fails {
		fmt.Fprintf(&b, "\n%s: %s", shortName(f.path), openReason(f.err))
	}
	dialog.ShowError(errors.New(b.String()), u.win)
}

// openSample opens the article bundled with the app, dated as published.
func (u *UI) openSample() {
	u.load([]loadRequest{{key: assets.SampleName, read: func() (*timeline.Document, string, error) {
		doc, err := readSample()
		return doc, sampleHash(), err
	}}}, nil)
}

// readSample reads the bundled sample article, dated as published.
func readSample() (*timeline.Document, error) {
	doc, err := ingest.Read(assets.SampleName, []byte(assets.SampleText()))
	if err != nil {
		return nil, err
	}
	doc.Date, doc.DateSource = assets.SampleDate(), timeline.DateFromMetadata
	return doc, nil
}

// showOpenError shows a dialog naming the file and why it could not be opened.
func (u *UI) showOpenError(path string, err error) {
	dialog.ShowError(fmt.Errorf("cannot open %s: %s", shortName(path), openReason(err)), u.win)
}

// openReason says in plain words why a file could not be opened.
func openReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "there is no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, ingest.ErrDirectory):
		return "it is a folder, not a file"
	case errors.Is(err, ingest.ErrBinary):
		return "it is not a text, Markdown or HTML file (it looks binary)"
	case errors.Is(err, ingest.ErrTooLarge):
		return fmt.Sprintf("it is larger than %d MB, too large to be an article", ingest.MaxSize>>20)
	case errors.Is(err, ingest.ErrEmpty):
		return "it contains no text"
	case errors.Is(err, ingest.ErrNotRegular):
		return "it is not a regular file"
	}
	return err.Error()
}

// shortName is a path as a reader recognises it: the file name and its folder.
func shortName(path string) string {
	if strings.Contains(path, "://") {
		return path
	}
	dir := filepath.Base(filepath.Dir(path))
	if dir == "." || dir == string(filepath.Separator) {
		return filepath.Base(path)
	}
	return filepath.Join(dir, filepath.Base(path))
}

// showOpenDialog lets the user pick an article; filtered limits the list to
// the formats Retrace reads.
func (u *UI) showOpenDialog(filtered bool) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close() // ingest reads the file itself, by path
		u.app.Preferences().SetString(prefLastFolder, filepath.Dir(path))
		u.OpenPaths([]string{path})
	}, u.win)
	if filtered {
		d.SetFilter(storage.NewExtensionFileFilter(openExtensions))
	}
	if dir := u.app.Preferences().String(prefLastFolder); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// showOpenFolderDialog lets the user pick a folder and opens the articles
// in it, as a dropped folder.
func (u *UI) showOpenFolderDialog() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if dir == nil {
			return // cancelled
		}
		u.openFolder(dir)
	}, u.win)
	if last := u.app.Preferences().String(prefLastFolder); last != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(last)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// openFolder opens the articles in a folder the user chose.
func (u *UI) openFolder(dir fyne.URI) {
	if dir.Scheme() != "file" {
		u.showOpenError(dir.String(), errors.New("only local folders can be opened"))
		return
	}
	u.app.Preferences().SetString(prefLastFolder, dir.Path())
	u.OpenPaths([]string{dir.Path()})
}

// addRecent puts a path first in the recent files, keeping the list short
// and free of files that no longer exist.
func (u *UI) addRecent(path string) {
	prefs := u.app.Preferences()
	list := []string{path}
	for _, p := range prefs.StringList(prefRecent) {
		if p == path || len(list) == maxRecent {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			list = append(list, p)
		}
	}
	prefs.SetStringList(prefRecent, list)
	u.win.SetMainMenu(u.mainMenu())
}
