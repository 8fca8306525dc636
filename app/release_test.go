package app

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// The retrace binary, built once for the tests that run it.
var (
	binOnce sync.Once
	binDir  string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// retraceBinary builds the retrace command (once per test run) and
// returns its path; the file is named retrace, as the packager needs.
func retraceBinary(t *testing.T) string {
	t.Helper()
	goCmd := goTool(t)
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "retrace-bin-")
		if binErr != nil {
			return
		}
		build := exec.Command(goCmd, "build", "-o", filepath.Join(binDir, "retrace"), "retrace")
		build.Dir = ".." // the module root, where main.go is
		if out, err := build.CombinedOutput(); err != nil {
			binErr = &exec.Error{Name: "go build: " + string(out), Err: err}
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return filepath.Join(binDir, "retrace")
}

// withoutDisplay is the environment with no X or Wayland display, so a
// command that tried to open a window would fail.
func withoutDisplay() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") {
			env = append(env, kv)
		}
	}
	return append(env, "LANG=en_US.UTF-8")
}

func TestVersionFlagPrintsOneLineWithoutWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped in -short mode")
	}
	bin := retraceBinary(t)
	for _, flag := range []string{"--version", "-version"} {
		cmd := exec.Command(bin, flag)
		cmd.Env = withoutDisplay()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		if err != nil {
			t.Fatalf("retrace %s without a display: %v\n%s", flag, err, stderr.String())
		}
		if !regexp.MustCompile(`^Retrace \d+\.\d+\.\d+ \(build \d+(, commit [0-9a-f]+\+?)?\)\n$`).Match(stdout.Bytes()) {
			t.Errorf("retrace %s printed %q, want one line with name, version and build", flag, stdout.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("retrace %s wrote to stderr: %q", flag, stderr.String())
		}
		t.Logf("retrace %s took %v", flag, took)
	}
	for _, flag := range []string{"--help", "-h"} {
		cmd := exec.Command(bin, flag)
		cmd.Env = withoutDisplay()
		out, err := cmd.Output()
		if err != nil || !strings.HasPrefix(string(out), "usage: retrace") || !strings.Contains(string(out), "--version") {
			t.Errorf("retrace %s: %v, printed %q", flag, err, out)
		}
	}
}

// TestPackagedLauncher packages the built binary as `make package` does
// (fyne package, here with the test's binary instead of a release build,
// then make package-finish) and checks the launcher in the bundle: valid for
// desktop-file-validate, with a comment, categories, the file types and
// `Exec=retrace %F`; the 512 px icon; and the bundle's install and
// uninstall, workspace file type included.
func TestPackagedLauncher(t *testing.T) {
	if testing.Short() {
		t.Skip("packages the app; skipped in -short mode")
	}
	for _, tool := range []string{"desktop-file-validate", "tar", "xz"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s (Debian: desktop-file-utils, xz-utils; `make test` installs them)", tool)
		}
	}
	bin := retraceBinary(t)
	src := t.TempDir()
	for _, f := range []string{"FyneApp.toml", "go.mod", "main.go", "assets/icon.png"} {
		if err := os.MkdirAll(filepath.Join(src, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := copyFile(filepath.Join("..", f), filepath.Join(src, f)); err != nil {
			t.Fatal(err)
		}
	}
	pkg := exec.Command(goTool(t), "run", "fyne.io/tools/cmd/fyne@v1.7.4", "package", "--os", "linux", "--executable", bin)
	pkg.Dir = src
	// The fastest xz level: the test checks the bundle, not its size.
	fastXZ := append(os.Environ(), "XZ_OPT=-0")
	pkg.Env = fastXZ
	if out, err := pkg.CombinedOutput(); err != nil {
		t.Fatalf("fyne package: %v\n%s", err, out)
	}
	// The step of `make package` after fyne's.
	finish := exec.Command("make", "-s", "-C", "..", "package-finish", "BUNDLE="+filepath.Join(src, "Retrace.tar.xz"))
	finish.Env = fastXZ
	if out, err := finish.CombinedOutput(); err != nil {
		t.Fatalf("make package-finish: %v\n%s", err, out)
	}
	out := t.TempDir()
	if msg, err := exec.Command("tar", "-xJf", filepath.Join(src, "Retrace.tar.xz"), "-C", out).CombinedOutput(); err != nil {
		t.Fatalf("unpacking Retrace.tar.xz: %v\n%s", err, msg)
	}
	desktops, _ := filepath.Glob(filepath.Join(out, "retrace", "usr", "*", "share", "applications", ID+".desktop"))
	desktops2, _ := filepath.Glob(filepath.Join(out, "retrace", "usr", "share", "applications", ID+".desktop"))
	desktops = append(desktops, desktops2...)
	if len(desktops) != 1 {
		t.Fatalf("the bundle holds %d launchers named %s.desktop", len(desktops), ID)
	}
	if msg, err := exec.Command("desktop-file-validate", desktops[0]).CombinedOutput(); err != nil || len(msg) > 0 {
		t.Errorf("desktop-file-validate: %v\n%s", err, msg)
	}
	entry, err := os.ReadFile(desktops[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nExec=retrace %F\n", "\nComment=", "\nGenericName=", "\nCategories=Office;",
		"\nMimeType=text/plain;text/markdown;", "text/html;", "application/x-retrace-workspace+json;", "\nIcon=" + ID + "\n"} {
		if !strings.Contains(string(entry), want) {
			t.Errorf("launcher lacks %q:\n%s", want, entry)
		}
	}
	icons, _ := filepath.Glob(filepath.Join(filepath.Dir(filepath.Dir(desktops[0])), "pixmaps", ID+".png"))
	if len(icons) != 1 {
		t.Fatalf("no icon %s.png in the bundle", ID)
	}
	f, err := os.Open(icons[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 512 || cfg.Height != 512 {
		t.Errorf("bundled icon: %v, %dx%d, want 512x512", err, cfg.Width, cfg.Height)
	}

	// Installed as the bundle's README says, into a staging root: the
	// binary, the launcher, the icon and the workspace type, which
	// shared-mime-info then knows by its glob.
	root := t.TempDir()
	install := exec.Command("make", "-C", filepath.Join(out, "retrace"), "install", "DESTDIR="+root, "PREFIX=/usr")
	if msg, err := install.CombinedOutput(); err != nil {
		t.Fatalf("make install: %v\n%s", err, msg)
	}
	for _, f := range []string{"bin/retrace", "share/applications/" + ID + ".desktop", "share/pixmaps/" + ID + ".png", "share/mime/packages/" + ID + ".xml"} {
		if _, err := os.Stat(filepath.Join(root, "usr", f)); err != nil {
			t.Errorf("not installed: %v", err)
		}
	}
	if _, err := exec.LookPath("update-mime-database"); err == nil {
		globs, err := os.ReadFile(filepath.Join(root, "usr", "share", "mime", "globs2"))
		if err != nil || !strings.Contains(string(globs), "application/x-retrace-workspace+json:*.retrace.json") {
			t.Errorf("shared-mime-info does not know *.retrace.json: %v\n%s", err, globs)
		}
	}
	// user-install points the launcher at the installed program, taking files.
	home := t.TempDir()
	userInstall := exec.Command("make", "-C", filepath.Join(out, "retrace"), "user-install", "HOME="+home)
	if msg, err := userInstall.CombinedOutput(); err != nil {
		t.Fatalf("make user-install: %v\n%s", err, msg)
	}
	entry, err = os.ReadFile(filepath.Join(home, ".local", "share", "applications", ID+".desktop"))
	if want := "\nExec=" + filepath.Join(home, ".local", "bin", "retrace") + " %F\n"; err != nil || !strings.Contains(string(entry), want) {
		t.Errorf("user-installed launcher lacks %q: %v\n%s", want, err, entry)
	}
	uninstall := exec.Command("make", "-C", filepath.Join(out, "retrace"), "uninstall", "DESTDIR="+root, "PREFIX=/usr")
	if msg, err := uninstall.CombinedOutput(); err != nil {
		t.Fatalf("make uninstall: %v\n%s", err, msg)
	}
	if _, err := os.Stat(filepath.Join(root, "usr", "share", "mime", "packages", ID+".xml")); err == nil {
		t.Error("make uninstall left the workspace type")
	}
}
