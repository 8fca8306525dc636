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
	shortcutQuit   = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	// Copy Event as a spreadsheet row: Ctrl+C's citation with Shift.
	shortcutCopyRow = &desktop.CustomShortcut{KeyName: fyne.KeyC, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	// Zoom as in a browser: Ctrl+= (the key under +), Ctrl+-, Ctrl+0. The
	// chart also answers +, - and Home while it has the focus.
	shortcutZoomIn  = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomOut = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutFitAll  = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	// Ctrl++ typed with Shift, and the keypad's plus, zoom in too.
	shortcutZoomInShift  = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutZoomInKeypad = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault}
)

// mainMenu builds the menu bar; it is rebuilt when the recent files change.
//
// The desktop driver runs a menu item's action for its shortcut before the
// focused widget sees the keys (glfw window.triggersShortcut), so the Edit
// items pass Cut, Copy, Paste and Select All on to the focused widget
// themselves (see edit actions in clipboard.go).
func (u *UI) mainMenu() *fyne.MainMenu {
	open := fyne.NewMenuItem("Open…", func() { u.showOpenDialog(true) })
	open.Shortcut = shortcutOpen
	openAny := fyne.NewMenuItem("Open Any File…", func() { u.showOpenDialog(false) })
	openFolder := fyne.NewMenuItem("Open Folder…", u.showOpenFolderDialog)

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

	exp := fyne.NewMenuItem("Export Picture (PNG, SVG, PDF)…", u.showExportDialog)
	exp.Shortcut = shortcutExport
	expCSV := fyne.NewMenuItem("Export CSV…", func() { u.showDataExportDialog(formatCSV) })
	expJSON := fyne.NewMenuItem("Export JSON…", func() { u.showDataExportDialog(formatJSON) })
	expTLJS := fyne.NewMenuItem("Export TimelineJS…", func() { u.showDataExportDialog(formatTimelineJS) })
	quit := fyne.NewMenuItem("Quit", u.requestQuit)
	quit.Shortcut = shortcutQuit
	quit.IsQuit = true

	file := fyne.NewMenu("File", open, openAny, openFolder, recent,
		fyne.NewMenuItemSeparator(), save, saveAs,
		fyne.NewMenuItemSeparator(), exp, expCSV, expJSON, expTLJS,
		fyne.NewMenuItemSeparator(), quit)

	cut := fyne.NewMenuItem("Cut", u.cut)
	cut.Shortcut = &fyne.ShortcutCut{}
	cp := fyne.NewMenuItem("Copy", u.copy)
	cp.Shortcut = &fyne.ShortcutCopy{}
	paste := fyne.NewMenuItem("Paste", u.paste)
	paste.Shortcut = &fyne.ShortcutPaste{}
	selectAll := fyne.NewMenuItem("Select All", u.selectAll)
	selectAll.Shortcut = &fyne.ShortcutSelectAll{}
	copyEvent := fyne.NewMenuItem("Copy Event", u.copyEvent)
	copyRow := fyne.NewMenuItem("Copy Event as Spreadsheet Row", u.copyEventRow)
	copyRow.Shortcut = shortcutCopyRow
	edit := fyne.NewMenu("Edit", cut, cp, paste, selectAll,
		fyne.NewMenuItemSeparator(), copyEvent, copyRow,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Edit Selected Event…", u.showEditDialog),
		fyne.NewMenuItem("Hidden Events…", u.showHiddenDialog),
	)

	zoomIn := fyne.NewMenuItem("Zoom In", func() { u.chart.ZoomIn() })
	zoomIn.Shortcut = shortcutZoomIn
	zoomOut := fyne.NewMenuItem("Zoom Out", func() { u.chart.ZoomOut() })
	zoomOut.Shortcut = shortcutZoomOut
	fit := fyne.NewMenuItem("Fit All", func() { u.chart.FitAll() })
	fit.Shortcut = shortcutFitAll
	states := fyne.NewMenuItem("Show States", func() { u.setShowStates(!u.filter.showStates) })
	states.Checked = u.filter.showStates
	view := fyne.NewMenu("View", zoomIn, zoomOut, fit, fyne.NewMenuItemSeparator(), states)

	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Retrace", u.showAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// installShortcuts binds window-wide keyboard shortcuts on the canvas: the
// other ways of typing Ctrl++, which no menu item shows, and a few the
// menu shows too, for canvases without a menu bar.
func (u *UI) installShortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { u.showOpenDialog(true) })
	c.AddShortcut(shortcutExport, func(fyne.Shortcut) { u.showExportDialog() })
	c.AddShortcut(shortcutSave, func(fyne.Shortcut) { u.saveWorkspace(false) })
	c.AddShortcut(shortcutZoomInShift, func(fyne.Shortcut) { u.chart.ZoomIn() })
	c.AddShortcut(shortcutZoomInKeypad, func(fyne.Shortcut) { u.chart.ZoomIn() })
}

// isFilePath reports whether a document key is a real file (the bundled
// sample is keyed by its bare name), so only real files become recent.
func isFilePath(key string) bool { return filepath.IsAbs(key) }
