package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"retrace/assets"
	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/workspace"
)

// Workspaces keep a session: the documents (paths, content hashes, dates)
// and the user's corrections, in a .retrace.json file.
//
// The bundled sample has no file of its own. It is saved in the workspace
// under its name beside the workspace file, with the hash of the bundled
// text; on opening, a document of that name whose file is absent but whose
// hash is the bundled text's is the sample again, with its corrections. So
// a first session on the sample can be saved and reopened like any other.

// sampleHash is the SHA-256 of the bundled sample's text.
func sampleHash() string {
	sum := sha256.Sum256([]byte(assets.SampleText()))
	return hex.EncodeToString(sum[:])
}

// track records an open document in the workspace, with its hash as read
// and its date.
func (u *UI) track(d *openDoc) {
	wd := u.ws.Document(d.doc.Path)
	if wd == nil {
		u.ws.Documents = append(u.ws.Documents, workspace.Document{Path: d.doc.Path})
		wd = &u.ws.Documents[len(u.ws.Documents)-1]
	}
	wd.SHA256, wd.Date, wd.DateSource = d.sha, d.doc.Date, d.doc.DateSource
}

// forSaving is the workspace as written to a file in dir: the sample,
// which has no file, is named as if it lay beside the workspace file.
func (u *UI) forSaving(dir string) *workspace.Workspace {
	ws := &workspace.Workspace{
		Documents:   append([]workspace.Document(nil), u.ws.Documents...),
		Corrections: append(workspace.Corrections(nil), u.ws.Corrections...),
		SetAside:    append(workspace.Corrections(nil), u.ws.SetAside...),
	}
	beside := filepath.Join(dir, assets.SampleName)
	for i := range ws.Documents {
		if ws.Documents[i].Path == assets.SampleName {
			ws.Documents[i].Path = beside
		}
	}
	for _, cs := range []workspace.Corrections{ws.Corrections, ws.SetAside} {
		for i := range cs {
			if cs[i].Source == assets.SampleName {
				cs[i].Source = beside
			}
		}
	}
	return ws
}

// saveWorkspace saves to the workspace's file, asking for one the first
// time (or always, with ask).
func (u *UI) saveWorkspace(ask bool) {
	if len(u.docs) == 0 && len(u.ws.Documents) == 0 {
		dialog.ShowInformation("Save Workspace", "There is nothing to save yet: open an article first.", u.win)
		return
	}
	if u.wsPath != "" && !ask {
		u.writeWorkspace(u.wsPath)
		return
	}
	name := "timeline" + workspace.Ext
	if len(u.docs) > 0 {
		base := filepath.Base(u.docs[0].key)
		name = strings.TrimSuffix(base, filepath.Ext(base)) + workspace.Ext
	}
	path, pathField := u.fileField(prefLastFolder, name)
	switch {
	case u.wsPath != "":
		path.SetText(u.wsPath)
	case len(u.docs) > 0 && isFilePath(u.docs[0].key):
		// Beside the first article, so the workspace names it relatively.
		path.SetText(filepath.Join(filepath.Dir(u.docs[0].key), name))
	}
	d := dialog.NewForm("Save Workspace", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", widget.NewLabel("The open articles, their dates and your corrections.")),
		widget.NewFormItem("File", pathField),
	}, func(ok bool) {
		if !ok {
			return
		}
		p := withExtension(strings.TrimSpace(path.Text), workspace.Ext)
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		u.confirmReplace(p, func() { u.writeWorkspace(p) })
	}, u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// writeWorkspace writes the workspace file atomically. It is small, so it
// is written on the UI goroutine and the user sees at once that it is kept.
func (u *UI) writeWorkspace(path string) {
	if err := workspace.Save(path, u.forSaving(filepath.Dir(path))); err != nil {
		dialog.ShowError(fmt.Errorf("cannot save the workspace %s: %w", shortName(path), err), u.win)
		return
	}
	u.wsPath = path
	u.setDirty(false)
	u.app.Preferences().SetString(prefLastFolder, filepath.Dir(path))
	u.addRecent(path)
	u.status.SetText(fmt.Sprintf("Saved the workspace (%s, %s) to %s",
		plural(len(u.ws.Documents), "document"), plural(len(u.ws.Corrections), "correction"), path))
}

// setDirty records whether there is unsaved work, and shows it in the
// window title with the workspace's name.
func (u *UI) setDirty(dirty bool) {
	u.dirty = dirty
	title := "Retrace"
	if u.wsPath != "" {
		title += " — " + filepath.Base(u.wsPath)
	}
	if dirty {
		title += " (unsaved)"
	}
	u.win.SetTitle(title)
}

// unlessUnsaved runs then at once when nothing is unsaved; otherwise it
// first asks whether to lose the corrections and dates made since the last
// save. what says what then would do ("Quitting").
func (u *UI) unlessUnsaved(what, confirm string, then func()) {
	if !u.dirty {
		then()
		return
	}
	msg := what + ", and your corrections and dates since the last save would be lost. Save first with File > Save Workspace (Ctrl+S)."
	d := dialog.NewConfirm("Unsaved corrections", msg, func(yes bool) {
		if yes {
			then()
		}
	}, u.win)
	d.SetConfirmText(confirm)
	d.Show()
}

// requestQuit quits, asking first when there is unsaved work. It is both
// the File > Quit action and the window's close intercept.
func (u *UI) requestQuit() {
	u.unlessUnsaved("Quitting closes Retrace", "Quit Anyway", u.app.Quit)
}

// loaded is one document of a workspace, read and analysed.
type loaded struct {
	key      string
	doc      *timeline.Document
	analysis *timeline.Analysis
	sha      string
}

// openWorkspace replaces the session with a saved workspace: every
// document it names is read and analysed in the background, the dates the
// user set are applied, the corrections checked against what the tagger
// finds now. The user is asked first whether to read files that lie
// outside the workspace's folder, if it names any, then whether to apply
// the corrections of articles that changed since it was saved. What else
// changed (a file gone, corrections that no longer apply) is told in one
// dialog. The paths in then are opened afterwards, added to the
// workspace's documents.
func (u *UI) openWorkspace(path string, then []string) {
	if u.dirty {
		what := fmt.Sprintf("Opening %s closes the open articles", filepath.Base(path))
		u.unlessUnsaved(what, "Open Anyway", func() {
			u.dirty = false
			u.openWorkspace(path, then)
		})
		return
	}
	u.beginWork(fmt.Sprintf("Opening the workspace %s…", filepath.Base(path)))
	go func() {
		plan, err := analyze.LoadWorkspace(path)
		u.svc.post(func() {
			u.endWork()
			if err != nil {
				dialog.ShowError(workspaceError(path, err), u.win)
				return
			}
			// No work is pending while a question waits for the user.
			u.askOutside(path, plan.Outside(), func(allow bool) {
				u.beginWork(fmt.Sprintf("Opening the workspace %s…", filepath.Base(path)))
				go func() {
					s := plan.Open(analyze.Options{Analyze: u.svc.analyze}, analyze.Consent{Outside: allow}, sampleStandIn)
					u.svc.post(func() {
						u.endWork()
						u.askChanged(s, func() {
							docs, notes := sessionNotes(s)
							u.replaceSession(path, s.Workspace, docs)
							if len(notes) > 0 {
								dialog.ShowInformation("Workspace opened with changes", strings.Join(notes, "\n"), u.win)
							}
							u.OpenPaths(then)
						})
					})
				}()
			})
		})
	}()
}

// workspaceError says plainly why a workspace file cannot be opened. The
// workspace package names the file; say it once.
func workspaceError(path string, err error) error {
	reason := openReason(err)
	for _, prefix := range []string{"read workspace " + strconv.Quote(path) + ": ", "read " + strconv.Quote(path) + ": "} {
		reason = strings.TrimPrefix(reason, prefix)
	}
	return fmt.Errorf("cannot open the workspace %s: %s", shortName(path), reason)
}

// askOutside asks, once for all of them, whether to read the files a
// workspace names outside its folder, and calls then with the answer; with
// none it calls then at once. A workspace someone sent may name any file
// on this computer, and what is read ends up on the timeline and in what
// the user exports.
func (u *UI) askOutside(path string, outside []string, then func(allow bool)) {
	if len(outside) == 0 {
		then(false)
		return
	}
	list := make([]string, len(outside))
	for i, p := range outside {
		list[i] = "    " + p
	}
	msg := fmt.Sprintf("The workspace %s names %s outside its folder:\n\n%s\n\n"+
		"A workspace can name any file on this computer, and what is read shows on the timeline and in what you export. "+
		"Skipped files are not read; their corrections stay in the workspace.",
		filepath.Base(path), plural(len(outside), "file"), strings.Join(list, "\n"))
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Files outside the workspace's folder", "Open Them Too", "Skip Them",
		container.NewVScroll(label), then, u.win)
	d.Resize(fyne.NewSize(620, 320))
	d.Show()
}

// askChanged asks whether to apply the corrections of articles that changed
// since the workspace was saved, naming them, and calls then after applying
// them or leaving them set aside (kept in the workspace, not applied, and
// asked about again next time); with none it calls then at once.
func (u *UI) askChanged(s *analyze.Session, then func()) {
	aside := map[string][]string{}
	for _, c := range s.Workspace.SetAside {
		aside[c.Source] = append(aside[c.Source], workspace.Describe(&c))
	}
	if len(aside) == 0 {
		then()
		return
	}
	var lines []string
	for _, d := range s.Docs {
		if what := aside[d.Entry.Path]; len(what) > 0 {
			lines = append(lines, fmt.Sprintf("%s, %s: %s", filepath.Base(d.Entry.Path),
				plural(len(what), "correction"), strings.Join(what, "; ")))
		}
	}
	label := widget.NewLabel("These articles changed since the workspace was saved, after you corrected them:\n\n" +
		strings.Join(lines, "\n") + "\n\nApply the corrections to the changed articles? A correction whose sentence " +
		"and time expressions are no longer found is not applied either way. Set aside, they stay in the workspace " +
		"and you are asked again next time.")
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Articles changed since the workspace was saved", "Apply Corrections", "Set Aside",
		container.NewVScroll(label), func(apply bool) {
			if apply {
				s.AcceptChanged()
			}
			then()
		}, u.win)
	d.Resize(fyne.NewSize(620, 320))
	d.Show()
}

// sessionNotes turns an opened workspace into the documents to show and
// what to tell the user, one line per document.
func sessionNotes(s *analyze.Session) ([]loaded, []string) {
	aside := map[string]int{}
	for _, c := range s.Workspace.SetAside {
		aside[c.Source]++
	}
	var ok []loaded
	var notes []string
	for _, d := range s.Docs {
		name := filepath.Base(d.Entry.Path)
		switch {
		case errors.Is(d.Err, analyze.ErrOutside):
			notes = append(notes, fmt.Sprintf("%s lies outside the workspace's folder (%s): not opened; its corrections are kept in the workspace", name, d.Entry.Path))
			continue
		case d.Missing():
			notes = append(notes, fmt.Sprintf("%s is missing (%s): not opened; its corrections are kept in the workspace", name, d.Entry.Path))
			continue
		case d.Err != nil:
			notes = append(notes, fmt.Sprintf("%s cannot be opened: %s; its corrections are kept in the workspace", name, openReason(d.Err)))
			continue
		}
		key := d.Entry.Path
		if isFilePath(key) {
			if abs, err := filepath.Abs(key); err == nil {
				key = abs
			}
		}
		a := d.Source.Analysis
		sha := d.Source.SHA256
		if aside[d.Entry.Path] > 0 {
			// Keep the digest the corrections were made on, so the next
			// opening asks again.
			sha = d.Entry.SHA256
		}
		ok = append(ok, loaded{key: key, doc: a.Doc, analysis: a, sha: sha})

		n, lost := d.Corrections, len(d.Dropped)
		apply := fmt.Sprintf("%d of %s still apply", n-lost, plural(n, "correction"))
		if n-lost == 1 {
			apply = fmt.Sprintf("1 of %s still applies", plural(n, "correction"))
		}
		switch {
		case d.Changed && aside[d.Entry.Path] > 0:
			notes = append(notes, fmt.Sprintf("%s changed since the workspace was saved: %s set aside", name, plural(aside[d.Entry.Path], "correction")))
		case d.Changed && n == 0:
			notes = append(notes, name+" changed since the workspace was saved; it had no corrections")
		case d.Changed:
			notes = append(notes, name+" changed since the workspace was saved: "+apply)
		case lost > 0: // same file, but the tagger now finds other events
			notes = append(notes, name+": the tagger finds different events now: "+apply)
		}
		for _, ch := range d.Dropped {
			if errors.Is(ch.Err, workspace.ErrAmbiguous) {
				notes = append(notes, fmt.Sprintf("%s: the %s is not applied: %v", name, workspace.Describe(ch.Correction), ch.Err))
			}
		}
	}
	return ok, notes
}

// sampleStandIn gives back the bundled sample for a workspace entry saved
// under its name with its hash, whose file is (as it should be) absent.
func sampleStandIn(d workspace.Document) (*timeline.Document, string, bool) {
	if filepath.Base(d.Path) != assets.SampleName || d.SHA256 != sampleHash() {
		return nil, "", false
	}
	doc, err := readSample()
	if err != nil {
		return nil, "", false
	}
	return doc, sampleHash(), true
}

// replaceSession closes every open document and shows a workspace's.
func (u *UI) replaceSession(path string, ws *workspace.Workspace, docs []loaded) {
	for _, d := range u.docs {
		u.tabs.Remove(d.tab)
	}
	u.docs = nil
	u.filter = newFilterState()
	u.filters.search.SetText("")
	for _, c := range u.filters.kinds {
		c.SetChecked(true)
	}
	u.ws, u.wsPath = ws, path
	u.setDirty(false)
	u.left.Objects = []fyne.CanvasObject{u.empty}
	for _, d := range docs {
		u.addDoc(d.key, d.doc, d.analysis, d.sha, false)
	}
	if len(u.docs) > 0 {
		u.tabs.Select(u.docs[0].tab)
		u.syncArticle()
	}
	u.left.Refresh()
	u.rebuild(true)
	u.status.SetText(fmt.Sprintf("Opened the workspace %s: %s, %s", filepath.Base(path),
		plural(len(u.docs), "document"), plural(len(u.ws.Corrections), "correction")))
}
