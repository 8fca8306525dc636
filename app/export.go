package app

import (
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart"
	"retrace/timeline/export"
	"retrace/timeline/workspace"
)

// Preference keys and defaults of the PNG export dialog.
const (
	prefExportWidth  = "exportWidth"
	prefExportWhole  = "exportWhole"
	prefExportFolder = "exportFolder"

	defaultExportWidth = chart.DefaultWidth
	minExportWidth     = 320
	maxExportWidth     = chart.MaxWidth

	rangeVisible = "Visible range"
	rangeWhole   = "Whole timeline"
)

// pngRequest is what the export dialog asks for.
type pngRequest struct {
	Path     string
	Width    int
	Whole    bool // the whole timeline rather than the visible range
	From, To time.Time
}

// showExportDialog asks for the width, the range and the file, remembering
// the choices. Fyne's save dialog truncates the chosen file the moment it
// opens it, which would lose an existing picture if the export then failed,
// so the dialog takes a path (with a folder picker) and the file is written
// atomically.
func (u *UI) showExportDialog() {
	if len(u.tl.Items) == 0 {
		dialog.ShowInformation("Export PNG", "There is nothing on the timeline to export yet.", u.win)
		return
	}
	prefs := u.app.Preferences()
	width := widget.NewEntry()
	width.SetText(strconv.Itoa(prefs.IntWithFallback(prefExportWidth, defaultExportWidth)))
	width.Validator = func(s string) error { _, err := parseExportWidth(s); return err }

	which := widget.NewRadioGroup([]string{rangeVisible, rangeWhole}, nil)
	which.Horizontal = true
	which.SetSelected(rangeVisible)
	if prefs.Bool(prefExportWhole) {
		which.SetSelected(rangeWhole)
	}
	which.Required = true

	path, pathField := u.fileField(prefExportFolder, "timeline.png")
	items := []*widget.FormItem{
		widget.NewFormItem("Width (px)", width),
		widget.NewFormItem("Range", which),
		widget.NewFormItem("File", pathField),
	}
	d := dialog.NewForm("Export PNG", "Export", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		w, err := parseExportWidth(width.Text)
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		req := pngRequest{Path: withExtension(strings.TrimSpace(path.Text), ".png"), Width: w, Whole: which.Selected == rangeWhole}
		prefs.SetInt(prefExportWidth, w)
		prefs.SetBool(prefExportWhole, req.Whole)
		prefs.SetString(prefExportFolder, filepath.Dir(req.Path))
		if !req.Whole {
			req.From, req.To = u.chart.VisibleRange()
		}
		u.confirmReplace(req.Path, func() { u.exportPNG(req) })
	}, u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// exportPNG draws the timeline, writes it in the background, then says
// where it went or why it failed. The drawing builds a Fyne widget, so it
// is done here on the UI goroutine (Fyne's caches are not safe to use from
// another); only the encoding and writing, the slow part for a large
// picture, go to the background.
func (u *UI) exportPNG(req pngRequest) {
	fail := func(err error) {
		dialog.ShowError(fmt.Errorf("cannot export %s: %w", shortName(req.Path), err), u.win)
	}
	img, err := renderPNG(u.tl, u.title(), req)
	if err != nil {
		fail(err)
		return
	}
	u.beginWork(fmt.Sprintf("Exporting %s…", shortName(req.Path)))
	go func() {
		err := savePNG(req.Path, img)
		u.svc.post(func() {
			u.endWork()
			if err != nil {
				fail(err)
				return
			}
			u.status.SetText(fmt.Sprintf("Exported the timeline to %s (%d px wide)", req.Path, req.Width))
		})
	}()
}

// renderPNG draws the chart at the requested size. Call it on the UI
// goroutine.
func renderPNG(tl *timeline.Timeline, title string, req pngRequest) (image.Image, error) {
	return chart.Render(tl, chart.RenderOptions{
		Width:  req.Width,
		Height: 0, // as tall as the lanes need, so every event keeps its label
		From:   req.From,
		To:     req.To,
		Title:  title,
		Legend: true,
	})
}

// savePNG encodes img and writes it to path atomically; it is safe off the
// UI goroutine.
func savePNG(path string, img image.Image) error {
	return export.WriteFileAtomic(path, func(w io.Writer) error { return export.PNG(w, img) })
}

func parseExportWidth(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < minExportWidth || n > maxExportWidth {
		return 0, fmt.Errorf("width %q: want a whole number of pixels from %d to %d", s, minExportWidth, maxExportWidth)
	}
	return n, nil
}

// withExtension adds ext to a path that does not end in it already.
func withExtension(p, ext string) string {
	if strings.HasSuffix(strings.ToLower(p), strings.ToLower(ext)) {
		return p
	}
	return p + ext
}

// fileField is the path entry of the app's save dialogs, with a Folder…
// button; it starts in the folder remembered under prefKey (the home folder
// at first) with the given file name. The dialogs take a path rather than
// use Fyne's save dialog because that one truncates the chosen file the
// moment it opens it, which would lose an existing file if writing then
// failed; the file is written atomically instead.
func (u *UI) fileField(prefKey, name string) (*widget.Entry, fyne.CanvasObject) {
	folder := u.app.Preferences().String(prefKey)
	if folder == "" {
		folder, _ = os.UserHomeDir()
	}
	path := widget.NewEntry()
	path.SetText(filepath.Join(folder, name))
	path.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("choose a file name")
		}
		return nil
	}
	browse := widget.NewButton("Folder…", func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil || l == nil {
				return
			}
			path.SetText(filepath.Join(l.Path(), filepath.Base(path.Text)))
		}, u.win)
		if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(path.Text))); err == nil {
			fd.SetLocation(l)
		}
		fd.Resize(fyne.NewSize(800, 560))
		fd.Show()
	})
	return path, container.NewBorder(nil, nil, nil, browse, path)
}

// confirmReplace runs write at once when path does not exist, and asks
// first when it does.
func (u *UI) confirmReplace(path string, write func()) {
	if _, err := os.Stat(path); err != nil {
		write()
		return
	}
	dialog.ShowConfirm("Replace file?", fmt.Sprintf("%s exists. Replace it?", shortName(path)), func(yes bool) {
		if yes {
			write()
		}
	}, u.win)
}

// dataFormat is a data export: CSV for spreadsheets, JSON for programs.
type dataFormat struct {
	name, ext string
	write     func(u *UI, tl *timeline.Timeline) func(io.Writer) error
}

var (
	formatCSV = dataFormat{name: "CSV", ext: ".csv", write: func(_ *UI, tl *timeline.Timeline) func(io.Writer) error {
		return func(w io.Writer) error { return export.CSV(w, tl) }
	}}
	formatJSON = dataFormat{name: "JSON", ext: ".json", write: func(u *UI, tl *timeline.Timeline) func(io.Writer) error {
		cs := append(workspace.Corrections(nil), u.ws.Corrections...) // the list may change while the export runs
		return func(w io.Writer) error { return export.JSON(w, tl, cs...) }
	}}
)

// showDataExportDialog asks where to write the timeline as CSV or JSON.
// What is exported is what is shown: with filters on, only the items they
// let through, and the dialog says so.
func (u *UI) showDataExportDialog(f dataFormat) {
	title := "Export " + f.name
	if len(u.tl.Items) == 0 {
		dialog.ShowInformation(title, "There is nothing on the timeline to export yet.", u.win)
		return
	}
	path, pathField := u.fileField(prefExportFolder, "timeline"+f.ext)
	what := "All " + plural(len(u.tl.Items), "event") + " on the timeline."
	if u.filter.active() {
		what = u.countText() + ": only these are exported."
	}
	items := []*widget.FormItem{
		widget.NewFormItem("", widget.NewLabel(what)),
		widget.NewFormItem("File", pathField),
	}
	d := dialog.NewForm(title, "Export", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		p := withExtension(strings.TrimSpace(path.Text), f.ext)
		u.app.Preferences().SetString(prefExportFolder, filepath.Dir(p))
		u.confirmReplace(p, func() { u.exportData(f, p) })
	}, u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// exportData writes the shown timeline in the background, atomically.
func (u *UI) exportData(f dataFormat, path string) {
	tl := u.tl // replaced, never changed, so it is safe to share
	write := f.write(u, tl)
	u.beginWork(fmt.Sprintf("Exporting %s…", shortName(path)))
	go func() {
		err := export.WriteFileAtomic(path, write)
		u.svc.post(func() {
			u.endWork()
			if err != nil {
				dialog.ShowError(fmt.Errorf("cannot export %s: %w", shortName(path), err), u.win)
				return
			}
			u.status.SetText(fmt.Sprintf("Exported %s as %s to %s", plural(len(tl.Items), "event"), f.name, path))
		})
	}()
}
