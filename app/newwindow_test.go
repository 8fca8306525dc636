package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// panickyApp is an app whose driver fails as GLFW does when the X server
// goes away between the display check and the first window.
type panickyApp struct{ fyne.App }

func (panickyApp) NewWindow(string) fyne.Window {
	panic("PlatformError: X11: Failed to open display :0")
}

func TestNewWindowTurnsADriverPanicIntoAnError(t *testing.T) {
	_, err := newWindow(panickyApp{test.NewTempApp(t)}, "Retrace")
	if err == nil || !strings.Contains(err.Error(), "Failed to open display") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("newWindow error = %v, want one line naming the display failure", err)
	}
	w, err := newWindow(test.NewTempApp(t), "Retrace")
	if err != nil || w == nil {
		t.Fatalf("newWindow on a working app = %v, %v", w, err)
	}
}
