//go:build (linux || freebsd || netbsd || openbsd || dragonfly) && !wayland

// Package display tells whether the window can open before Fyne tries:
// with no X server Fyne's driver panics with a stack trace, where the user
// needs one line saying what is missing.
package display

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <stdlib.h>

// reachable opens and closes the display, as the window's driver will.
static int reachable(void) {
	Display *d = XOpenDisplay(NULL);
	if (d == NULL) {
		return 0;
	}
	XCloseDisplay(d);
	return 1;
}
*/
import "C"

import (
	"errors"
	"fmt"
	"os"
)

// Check reports why the window cannot open, or nil: DISPLAY unset, or the
// X server it names out of reach.
func Check() error {
	name := os.Getenv("DISPLAY")
	if name == "" {
		return errors.New("no display: DISPLAY is not set, and the window needs an X server")
	}
	if C.reachable() == 0 {
		return fmt.Errorf("no display: cannot open the X display %q", name)
	}
	return nil
}
