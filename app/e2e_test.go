package app

import (
	"bufio"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"retrace/timeline"
	"retrace/timeline/chart"
)

// TestEndToEnd builds the retrace binary, starts it on the bundled sample
// under a private Xvfb server, waits until the window is drawn, and checks a
// screenshot of it: the Retrace window is mapped, the article pane (left
// third) has the many colours of anti-aliased text, the chart's paper (white, or dark in a dark theme)
// covers a good part of the screen, and event markers are drawn in the kind
// colours. The screenshot is kept at /tmp/retrace-e2e.png. Then it types
// Ctrl+Q and waits for the app to quit.
//
// It has no time limit of its own: it polls while both processes live, and
// go test's -timeout stops it if the window never appears.
func TestEndToEnd(t *testing.T) {
	runWindow(t, "/tmp/retrace-e2e.png", true, func(st stats) bool {
		// The sample is read and analysed in the background: wait until
		// the article text and the chart's markers are on screen. While
		// loading, the article pane holds one line (about 250 colours) and
		// only the legend swatches are in kind colours (about 270 pixels);
		// loaded, the sample gives over 1,000 colours and 3,000 marker
		// pixels.
		return st.leftColours >= 600 && st.whiteShare >= 0.05 && st.kindPixels >= 1000
	})
}

// runWindow starts retrace with args under a private Xvfb server, polls
// screenshots until ready accepts one, keeps that one at keep, then, with
// quit, types Ctrl+Q and waits for the app to quit. It has no time limit of its own: it polls while both processes
// live, and go test's -timeout stops it if the window never appears.
func runWindow(t *testing.T, keep string, quit bool, ready func(stats) bool, args ...string) stats {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	for _, tool := range []string{"Xvfb", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("end-to-end test needs %s (Debian: apt-get install xvfb imagemagick; `make test` installs them)", tool)
		}
	}
	tmp := t.TempDir()
	bin := retraceBinary(t)
	// A preferences file cut short (a crash or a second window mid-save)
	// made Fyne log three lines to stderr at start: the app still works, so
	// the user must see none of them (checked after Ctrl+Q below).
	prefs := filepath.Join(tmp, "config", "fyne", ID, "preferences.json")
	if err := os.MkdirAll(filepath.Dir(prefs), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prefs, nil, 0o600); err != nil {
		t.Fatal(err)
	}

	// The machine's X servers are shared with other test runs: now and then
	// the private server is gone before the app connects to it ("Failed to
	// open display"). The app is then started again, on a new server.
	var (
		display string
		appDone chan error
		appLog  strings.Builder
	)
	start := func() {
		display = startXvfb(t)
		app := exec.Command(bin, args...)
		app.Env = append(os.Environ(),
			"DISPLAY="+display,
			"LANG=en_US.UTF-8",
			"XDG_CONFIG_HOME="+filepath.Join(tmp, "config"), // keep preferences out of the user's
		)
		appLog.Reset()
		app.Stdout, app.Stderr = &appLog, &appLog
		if err := app.Start(); err != nil {
			t.Fatalf("start retrace: %v", err)
		}
		done := make(chan error, 1)
		go func() { done <- app.Wait() }()
		t.Cleanup(func() {
			app.Process.Kill()
			<-done
		})
		appDone = done
	}
	start()

	shot := filepath.Join(tmp, "screen.png")
	var st stats
	for attempt, starts := 0, 1; ; attempt++ {
		select {
		case err := <-appDone:
			appDone <- err
			if lostDisplay(appLog.String()) && starts < 3 {
				t.Logf("retrace found no X server on %s (%v); starting it again on a new one", display, err)
				starts++
				start()
				continue
			}
			t.Fatalf("retrace exited before its window was drawn: %v\n%s", err, appLog.String())
		case <-time.After(500 * time.Millisecond):
		}
		if !windowMapped(t, display, "Retrace") {
			continue
		}
		if err := screenshot(display, shot); err != nil {
			t.Logf("screenshot %d: %v", attempt, err)
			continue
		}
		var err error
		st, err = screenStats(shot)
		if err != nil {
			t.Fatal(err)
		}
		if !ready(st) {
			continue
		}
		t.Logf("window drawn after %d polls: %dx%d, %d distinct colours (%d in the article pane), %.0f%% chart paper, %d pixels in kind colours",
			attempt+1, st.width, st.height, st.colours, st.leftColours, 100*st.whiteShare, st.kindPixels)
		break
	}
	if err := copyFile(shot, keep); err != nil {
		t.Logf("could not keep the screenshot: %v", err)
		keep = shot
	}
	t.Logf("screenshot: %s", keep)
	if !quit {
		return st
	}

	// Ctrl+Q, typed as a person would, quits: nothing is unsaved, so
	// without a question. No time limit here either: go test's -timeout
	// stops the test if it never quits.
	if _, err := exec.LookPath("xdotool"); err != nil {
		t.Log("xdotool not installed: Ctrl+Q not typed (`make test` installs it)")
		return st
	}
	// Focus the visible window, then type into whatever has the focus:
	// "search ... key" sent the key to the first window found with
	// XSendEvent, and that was now and then one Fyne had already
	// destroyed (BadWindow).
	xdotool := func(args ...string) {
		cmd := exec.Command("xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("xdotool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	// Now and then, on a machine busy with other test runs, the key press
	// is lost before the app reads it and the window stays open, as it
	// would for a person whose key did not register; a person presses
	// again, and so does the test while the app lives. If Ctrl+Q is
	// broken, the test still hangs until go test's -timeout.
	var err error
	for presses := 1; ; presses++ {
		xdotool("search", "--onlyvisible", "--name", "^Retrace", "windowfocus", "--sync")
		xdotool("key", "ctrl+q")
		select {
		case err = <-appDone:
		case <-time.After(10 * time.Second):
			select {
			case err = <-appDone:
			default:
				t.Logf("retrace still running after Ctrl+Q number %d; typing it again", presses)
				continue
			}
		}
		break
	}
	appDone <- err // for the cleanup
	if err != nil {
		t.Fatalf("after Ctrl+Q retrace exited with %v\n%s", err, appLog.String())
	}
	t.Log("Ctrl+Q quit the app")
	if out := appLog.String(); out != "" {
		t.Errorf("a window opened and quit without trouble, but retrace printed:\n%s", out)
	}
	return st
}

// goTool finds the go command: on PATH, or in GOROOT when go test was run
// by its full path.
func goTool(t *testing.T) string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	if root := os.Getenv("GOROOT"); root != "" {
		if p := filepath.Join(root, "bin", "go"); fileExists(p) {
			return p
		}
	}
	t.Fatal("cannot find the go command to build retrace: put it on PATH")
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// lostDisplay reports whether retrace's output says the X server was gone
// when it connected: before its display check ("retrace: no display: cannot
// open the X display"), or between that and its window (GLFW's "Failed to
// open display", then "no display: the window could not open").
func lostDisplay(log string) bool {
	return strings.Contains(log, "Failed to open display") || strings.Contains(log, "retrace: no display:")
}

// startXvfb starts a private X server on a free display (Xvfb picks it and
// reports it on a pipe) and stops it when the test ends.
func startXvfb(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	var xLog strings.Builder
	x.Stderr = &xLog
	if err := x.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() {
		x.Process.Kill()
		x.Wait()
	})
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	n := strings.TrimSpace(line)
	if err != nil || n == "" {
		t.Fatalf("Xvfb reported no display (%v): %s", err, xLog.String())
	}
	return ":" + n
}

// windowMapped reports whether a window with that title exists, using
// xwininfo when it is installed; without it the screenshot checks suffice.
func windowMapped(t *testing.T, display, title string) bool {
	if _, err := exec.LookPath("xwininfo"); err != nil {
		return true
	}
	cmd := exec.Command("xwininfo", "-root", "-tree")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	return err == nil && strings.Contains(string(out), `"`+title+`"`)
}

func screenshot(display, path string) error {
	cmd := exec.Command("import", "-window", "root", path)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	if out, err := cmd.CombinedOutput(); err != nil {
		return &exec.Error{Name: "import: " + strings.TrimSpace(string(out)), Err: err}
	}
	return nil
}

type stats struct {
	width, height int
	colours       int     // distinct colours on the screen
	leftColours   int     // distinct colours in the left third, the article pane
	whiteShare    float64 // share of pixels in the chart's paper colour (white, or dark in a dark theme)
	kindPixels    int     // pixels exactly in a kind colour: chart markers and legend
}

// screenStats measures a screenshot.
func screenStats(path string) (stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return stats{}, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return stats{}, err
	}
	rgb := func(c color.Color) uint32 {
		r, g, b, _ := c.RGBA()
		return r>>8<<16 | g>>8<<8 | b>>8
	}
	kinds := map[uint32]bool{}
	for _, k := range []timeline.Kind{timeline.KindExplicit, timeline.KindDeictic, timeline.KindRelative, timeline.KindFuzzy} {
		kinds[rgb(chart.KindColor(k))] = true
	}
	paper := map[uint32]bool{rgb(chart.Background(false)): true, rgb(chart.Background(true)): true}
	b := img.Bounds()
	seen, left := map[uint32]bool{}, map[uint32]bool{}
	st := stats{width: b.Dx(), height: b.Dy()}
	white := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgb(img.At(x, y))
			seen[c] = true
			if x-b.Min.X < b.Dx()/3 {
				left[c] = true
			}
			if paper[c] {
				white++
			}
			if kinds[c] {
				st.kindPixels++
			}
		}
	}
	st.colours, st.leftColours = len(seen), len(left)
	st.whiteShare = float64(white) / float64(b.Dx()*b.Dy())
	return st, nil
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
