package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Keyboard shortcuts; the menu shows them and the canvas answers them.
var (
	shortcutOpen   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutExport = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSave   = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
)

// mainMenu builds the menu bar; it is rebuilt when the recent files change.
func (u *UI) mainMenu() *fyne.MainMenu {
	open := fyne.NewMenuItem("Open…", func() { u.showOpenDialog(true) })
	open.Shortcut = shortcutOpen
	openAny := fyne.NewMenuItem("Open Any File…", func() { u.showOpenDialog(false) })

	recent := fyne.NewMenuItem("Open Recent", nil)
	var recentItems []*fyne.MenuItem
	for _, p := range u.app.Preferences().StringList(prefRecent) {
		recentItems = append(recentItems, fyne.NewMenuItem(shortName(p), func() { u.OpenPaths([]string{p}) }))
	}
	if len(recentItems) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		recentItems = append(recentItems, none)
	} else {
		recentItems = append(recentItems, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Clear Recent", func() {
			u.app.Preferences().SetStringList(prefRecent, nil)
			u.win.SetMainMenu(u.mainMenu())
		}))
	}
	recent.ChildMenu = fyne.NewMenu("", recentItems...)

	save := fyne.NewMenuItem("Save Workspace", func() { u.saveWorkspace(false) })
	save.Shortcut = shortcutSave
	saveAs := fyne.NewMenuItem("Save Workspace As…", func() { u.saveWorkspace(true) })

	exp := fyne.NewMenuItem("Export PNG…", u.showExportDialog)
	exp.Shortcut = shortcutExport
	expCSV := fyne.NewMenuItem("Export CSV…", func() { u.showDataExportDialog(formatCSV) })
	expJSON := fyne.NewMenuItem("Export JSON…", func() { u.showDataExportDialog(formatJSON) })
	quit := fyne.NewMenuItem("Quit", u.requestQuit)
	quit.IsQuit = true

	file := fyne.NewMenu("File", open, openAny, recent,
		fyne.NewMenuItemSeparator(), save, saveAs,
		fyne.NewMenuItemSeparator(), exp, expCSV, expJSON,
		fyne.NewMenuItemSeparator(), quit)
	edit := fyne.NewMenu("Edit",
		fyne.NewMenuItem("Edit Selected Event…", u.showEditDialog),
		fyne.NewMenuItem("Hidden Events…", u.showHiddenDialog),
	)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom In", func() { u.chart.ZoomIn() }),
		fyne.NewMenuItem("Zoom Out", func() { u.chart.ZoomOut() }),
		fyne.NewMenuItem("Fit All", func() { u.chart.FitAll() }),
	)
	return fyne.NewMainMenu(file, edit, view)
}

// installShortcuts binds the window-wide keyboard shortcuts.
func (u *UI) installShortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { u.showOpenDialog(true) })
	c.AddShortcut(shortcutExport, func(fyne.Shortcut) { u.showExportDialog() })
	c.AddShortcut(shortcutSave, func(fyne.Shortcut) { u.saveWorkspace(false) })
}

// isFilePath reports whether a document key is a real file (the bundled
// sample is keyed by its bare name), so only real files become recent.
func isFilePath(key string) bool { return filepath.IsAbs(key) }
