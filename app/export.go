package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"retrace/timeline"
	"retrace/timeline/chart"
	"retrace/timeline/export"
	"retrace/timeline/workspace"
)

// Preference keys and defaults of the picture export dialog.
const (
	prefExportWidth  = "exportWidth"
	prefExportWhole  = "exportWhole"
	prefExportFolder = "exportFolder"
	prefExportFormat = "exportFormat"
	prefExportSize   = "exportSize"
	prefExportCredit = "exportCredit"
	prefExportDates  = "exportDates"
	prefExportDark   = "exportDark"

	defaultExportWidth = chart.DefaultWidth
	minExportWidth     = 320
	maxExportWidth     = chart.MaxWidth

	rangeVisible = "Visible range"
	rangeWhole   = "Whole timeline"
	rangeCustom  = "Dates…"

	sizeCustom = "Width in pixels"
)

// pictureFormat is a picture export's file format.
type pictureFormat string

const (
	formatPNG pictureFormat = "PNG"
	formatSVG pictureFormat = "SVG"
	formatPDF pictureFormat = "PDF"
)

func (f pictureFormat) ext() string { return "." + strings.ToLower(string(f)) }

// pictureRequest is what the export dialog asks for.
type pictureRequest struct {
	Path   string
	Format pictureFormat
	Opt    chart.RenderOptions
	// PageMM is the width of a PDF page in millimetres.
	PageMM float64
}

// exportForm holds the export dialog's fields, so tests can fill them as a
// user would.
type exportForm struct {
	format                  *widget.RadioGroup
	title, subtitle, credit *widget.Entry
	size                    *widget.Select
	width                   *widget.Entry
	which                   *widget.RadioGroup
	from, to                *widget.Entry
	dates, bands, dark      *widget.Check
	sources                 []*widget.Entry
	path                    *widget.Entry
	dlg                     dialog.Dialog
}

// showExportDialog asks what picture to export: PNG, SVG or PDF; its
// title, subtitle and credit line; a size preset (social, slide, A4 or
// Letter pages) or a width; the visible range, the whole timeline or
// dates; dates on the labels, a band per source, a dark background; how
// the sources are named; and the file. Choices are remembered. Fyne's
// save dialog truncates the chosen file the moment it opens it, which
// would lose an existing picture if the export then failed, so the dialog
// takes a path (with a folder picker) and the file is written atomically.
func (u *UI) showExportDialog() {
	if len(u.tl.Items) == 0 {
		dialog.ShowInformation("Export Picture", "There is nothing on the timeline to export yet.", u.win)
		return
	}
	prefs := u.app.Preferences()
	f := &exportForm{}
	u.lastExport = f
	f.format = widget.NewRadioGroup([]string{string(formatPNG), string(formatSVG), string(formatPDF)}, nil)
	f.format.Horizontal, f.format.Required = true, true
	f.format.SetSelected(prefs.StringWithFallback(prefExportFormat, string(formatPNG)))

	f.title = widget.NewEntry()
	f.title.SetText(export.DefaultTitle(u.tl))
	f.subtitle = widget.NewEntry()
	f.subtitle.SetPlaceHolder("optional")
	f.credit = widget.NewEntry()
	f.credit.SetPlaceHolder("Source: … · Graphic: …")
	f.credit.SetText(prefs.String(prefExportCredit))

	f.width = widget.NewEntry()
	f.width.SetText(strconv.Itoa(prefs.IntWithFallback(prefExportWidth, defaultExportWidth)))
	f.width.Validator = func(s string) error { _, err := parseExportWidth(s); return err }
	sizes := []string{sizeCustom}
	for _, s := range export.Sizes {
		sizes = append(sizes, s.Label)
	}
	f.size = widget.NewSelect(sizes, func(s string) {
		if s == sizeCustom {
			f.width.Enable()
		} else {
			f.width.Disable()
		}
	})
	f.size.SetSelected(prefs.StringWithFallback(prefExportSize, sizeCustom))

	f.from, f.to = widget.NewEntry(), widget.NewEntry()
	from, to := u.chart.VisibleRange()
	f.from.SetText(timeline.FormatDate(from))
	f.to.SetText(timeline.FormatDate(to))
	f.which = widget.NewRadioGroup([]string{rangeVisible, rangeWhole, rangeCustom}, func(s string) {
		if s == rangeCustom {
			f.from.Enable()
			f.to.Enable()
		} else {
			f.from.Disable()
			f.to.Disable()
		}
	})
	f.which.Horizontal, f.which.Required = true, true
	f.which.SetSelected(rangeVisible)
	if prefs.Bool(prefExportWhole) {
		f.which.SetSelected(rangeWhole)
	}

	f.dates = widget.NewCheck("Dates on the labels", nil)
	f.dates.SetChecked(prefs.Bool(prefExportDates))
	f.bands = widget.NewCheck("A band per source", nil)
	f.bands.SetChecked(u.chart.Bands())
	f.dark = widget.NewCheck("Dark background", nil)
	f.dark.SetChecked(prefs.Bool(prefExportDark))

	name := "timeline" + pictureFormat(f.format.Selected).ext()
	var pathField fyne.CanvasObject
	f.path, pathField = u.fileField(prefExportFolder, name)
	f.format.OnChanged = func(s string) {
		p := strings.TrimSpace(f.path.Text)
		f.path.SetText(strings.TrimSuffix(p, filepath.Ext(p)) + pictureFormat(s).ext())
	}

	items := []*widget.FormItem{
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Subtitle", f.subtitle),
		widget.NewFormItem("Credit", f.credit),
		widget.NewFormItem("Size", container.NewGridWithColumns(2, f.size, f.width)),
		widget.NewFormItem("Range", f.which),
		widget.NewFormItem("", container.NewGridWithColumns(2, f.from, f.to)),
		widget.NewFormItem("", container.NewHBox(f.dates, f.bands, f.dark)),
	}
	if len(u.tl.Sources) > 1 {
		// Sources go by the names the reader should see: a title, not a
		// file's path.
		for i, s := range u.tl.Sources {
			e := widget.NewEntry()
			e.SetText(chart.SourceTitle(s))
			f.sources = append(f.sources, e)
			sw := canvas.NewRectangle(chart.SourceColor(i))
			sw.CornerRadius = 2
			sw.SetMinSize(fyne.NewSquareSize(12))
			items = append(items, widget.NewFormItem(fmt.Sprintf("Source %d", i+1), container.NewBorder(nil, nil, container.NewCenter(sw), nil, e)))
		}
	}
	items = append(items, widget.NewFormItem("File", pathField))
	f.dlg = dialog.NewForm("Export Picture", "Export", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		req, err := f.request(u)
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		prefs.SetString(prefExportFormat, string(req.Format))
		prefs.SetString(prefExportSize, f.size.Selected)
		if f.size.Selected == sizeCustom {
			prefs.SetInt(prefExportWidth, req.Opt.Width)
		}
		prefs.SetBool(prefExportWhole, f.which.Selected == rangeWhole)
		prefs.SetString(prefExportFolder, filepath.Dir(req.Path))
		prefs.SetString(prefExportCredit, req.Opt.Credit)
		prefs.SetBool(prefExportDates, req.Opt.Dates)
		prefs.SetBool(prefExportDark, req.Opt.Dark)
		u.confirmReplace(req.Path, func() { u.exportPicture(req) })
	}, u.win)
	f.dlg.Resize(fyne.NewSize(640, 0))
	f.dlg.Show()
}

// request reads the dialog's fields into an export request.
func (f *exportForm) request(u *UI) (pictureRequest, error) {
	format := pictureFormat(f.format.Selected)
	req := pictureRequest{Format: format, Path: withExtension(strings.TrimSpace(f.path.Text), format.ext())}
	opt := chart.RenderOptions{
		Title: strings.TrimSpace(f.title.Text), Subtitle: strings.TrimSpace(f.subtitle.Text), Credit: strings.TrimSpace(f.credit.Text),
		Legend: true, Dates: f.dates.Checked, Bands: f.bands.Checked, Dark: f.dark.Checked,
	}
	for _, e := range f.sources {
		opt.SourceNames = append(opt.SourceNames, strings.TrimSpace(e.Text))
	}
	preset, ok := sizeByLabel(f.size.Selected)
	if ok {
		opt.Width, opt.Height, opt.Units = preset.Width, preset.Height, preset.Units
		req.PageMM = preset.PageMM[0]
	} else {
		w, err := parseExportWidth(f.width.Text)
		if err != nil {
			return req, err
		}
		opt.Width = w
	}
	if req.PageMM == 0 {
		req.PageMM = export.PageWidthMM(opt.Width)
	}
	if format == formatSVG {
		opt.Height = 0 // an SVG grows to show every lane
	}
	switch f.which.Selected {
	case rangeVisible:
		opt.From, opt.To = u.chart.VisibleRange()
	case rangeCustom:
		a, err := timeline.ParseDate(strings.TrimSpace(f.from.Text))
		if err != nil {
			return req, fmt.Errorf("from %q: %w", f.from.Text, err)
		}
		b, err := timeline.ParseDate(strings.TrimSpace(f.to.Text))
		if err != nil {
			return req, fmt.Errorf("to %q: %w", f.to.Text, err)
		}
		if !a.Before(b) {
			return req, fmt.Errorf("the range %s to %s is empty: give the earlier date first", timeline.FormatDate(a), timeline.FormatDate(b))
		}
		opt.From, opt.To = a, b.AddDate(0, 0, 1) // to the end of the last day
	}
	req.Opt = opt
	return req, nil
}

func sizeByLabel(label string) (export.Size, bool) {
	for _, s := range export.Sizes {
		if s.Label == label {
			return s, true
		}
	}
	return export.Size{}, false
}

// exportPicture draws and writes the picture in the background, then says
// where it went or why it failed. The drawing needs no window (the export
// has its own typesetter), and the timeline it draws is not changed in
// place by the window, which replaces it when anything changes.
func (u *UI) exportPicture(req pictureRequest) {
	tl := u.tl
	u.beginWork(fmt.Sprintf("Exporting %s…", shortName(req.Path)))
	go func() {
		what, err := writePicture(tl, req)
		u.svc.post(func() {
			u.endWork()
			if err != nil {
				dialog.ShowError(fmt.Errorf("cannot export %s: %w", shortName(req.Path), err), u.win)
				return
			}
			u.status.SetText("Exported the timeline to " + what)
		})
	}()
}

// writePicture draws the picture, writes it and says what it wrote.
func writePicture(tl *timeline.Timeline, req pictureRequest) (string, error) {
	if req.Format == formatPNG {
		paths, size, err := export.WritePNGPages(req.Path, tl, req.Opt)
		if err != nil {
			return "", err
		}
		if len(paths) == 1 {
			return fmt.Sprintf("%s (%d×%d px)", req.Path, size.X, size.Y), nil
		}
		return fmt.Sprintf("%s and %d more pages (%d×%d px each)", req.Path, len(paths)-1, size.X, size.Y), nil
	}
	pages, err := chart.Draw(tl, req.Opt)
	if err != nil {
		return "", err
	}
	err = export.WriteFileAtomic(req.Path, func(w io.Writer) error {
		if req.Format == formatSVG {
			return export.SVG(w, pages)
		}
		return export.PDF(w, pages, req.PageMM, export.PDFInfo{Title: req.Opt.Title, Subject: req.Opt.Subtitle, Author: req.Opt.Credit})
	})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s (%s)", req.Path, plural(len(pages), "page")), nil
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
	// TimelineJS3's JSON, for a newsroom's interactive timeline: titled as
	// a picture would be, sources named by their titles.
	formatTimelineJS = dataFormat{name: "TimelineJS", ext: ".json", write: func(u *UI, tl *timeline.Timeline) func(io.Writer) error {
		title := export.DefaultTitle(tl)
		return func(w io.Writer) error { return export.TimelineJS(w, tl, title, "", nil) }
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
	if u.filter.active() || len(u.tl.Items) != len(u.full.Items) { // filtered, or present states hidden
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
