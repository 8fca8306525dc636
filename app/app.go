package app

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"retrace/app/about"
	"retrace/assets"
	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/extract"
)

// ID is the application id; Preferences (recent files, export choices) are
// stored under it. FyneApp.toml carries the same id for packaging.
const ID = "io.github.retrace.app"

// Run opens the Retrace window on the given files, or on the bundled sample
// article when there are none, and returns when the window is closed. info
// says which build this is, for Help > About.
func Run(paths []string, info about.Info) error {
	a := fyneapp.NewWithID(ID)
	if a.Metadata().ID == "" {
		// Neither `fyne package` nor a FyneApp.toml beside the binary gave
		// Fyne the app's metadata: give it the embedded copy.
		fyneapp.SetMetadata(fyne.AppMetadata{ID: info.ID, Name: info.Name, Version: info.Version,
			Build: info.Build, Migrations: info.Migrations})
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG()))
	w, err := newWindow(a, "Retrace")
	if err != nil {
		return err
	}
	// Size before SetContent: laying out long text at the default tiny size
	// first and then again at the real size doubles the start-up cost.
	w.Resize(initialWindowSize(os.Getenv("FYNE_SCALE")))
	u := newUI(a, w, appServices())
	u.info = info
	w.SetMainMenu(u.mainMenu())
	u.installShortcuts()
	w.SetCloseIntercept(u.requestQuit)
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.openDropped(uris) })
	if len(paths) == 0 {
		u.openSample()
	} else {
		u.OpenPaths(paths)
	}
	w.ShowAndRun()
	return nil
}

// newWindow creates the app's window. The display was reachable a moment
// ago (display.Check), but the X server can still go away or refuse GLFW
// before the first window exists, and GLFW then panics on the main
// goroutine; the user gets one line saying so instead of a stack trace.
func newWindow(a fyne.App, title string) (w fyne.Window, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("no display: the window could not open: %v", p)
		}
	}()
	return a.NewWindow(title), nil
}

// appServices are the real reader, tagger and UI-goroutine bridge.
func appServices() services {
	return services{
		read:    analyze.ReadFile,
		analyze: analyzeDocument,
		post:    fyne.Do,
	}
}

// analyzeDocument tags a document's time references against its own date (the
// tagger decides between news and narrative anchoring) and builds its events.
func analyzeDocument(doc *timeline.Document) *timeline.Analysis {
	return analyze.Document(doc, extract.Options{Mode: extract.ModeAuto})
}
