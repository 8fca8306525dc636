//go:build !(linux || freebsd || netbsd || openbsd || dragonfly) || wayland

package display

// Check reports why the window cannot open, or nil. Elsewhere than on X11
// the system always has a display, or Fyne says why itself.
func Check() error { return nil }
