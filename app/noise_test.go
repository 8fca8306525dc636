package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStderrIsOneLine runs the built program as a user would, in the
// environments containers give (LANG=C.UTF-8, no display): stderr carries
// exactly what the user needs, one line on failure and nothing on success.
// Fyne, which reads the locale before main runs, used to add three "Fyne
// error: Error parsing user locale C" lines to every command, and the
// window with no display died with a Go stack trace.
func TestStderrIsOneLine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := retraceBinary(t)
	dir := t.TempDir()
	article := filepath.Join(dir, "talks.txt")
	if err := os.WriteFile(article, []byte("Talks opened on March 3, 2024.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		env    []string
		args   []string
		code   int
		stderr string // the one line's text; "" for an empty stderr
	}{
		{"missing file, LANG=C.UTF-8", []string{"LANG=C.UTF-8"}, []string{"extract", "missing.txt"}, 1,
			`retrace extract: read "missing.txt": no such file or directory`},
		{"missing file, LC_ALL=C.UTF-8", []string{"LC_ALL=C.UTF-8"}, []string{"extract", "missing.txt"}, 1,
			`retrace extract: read "missing.txt": no such file or directory`},
		{"missing file, LANG=POSIX.UTF-8 and LC_MESSAGES=C.UTF-8", []string{"LANG=POSIX.UTF-8", "LC_MESSAGES=C.UTF-8"}, []string{"extract", "missing.txt"}, 1,
			`retrace extract: read "missing.txt": no such file or directory`},
		{"success, LANG=C.UTF-8", []string{"LANG=C.UTF-8"}, []string{"extract", article}, 0, ""},
		{"export, LANG=C.UTF-8", []string{"LANG=C.UTF-8"}, []string{"export", "--png", filepath.Join(dir, "t.png"), article}, 0, ""},
		{"window without DISPLAY", []string{"LANG=C.UTF-8", "DISPLAY="}, nil, 1,
			"retrace: no display: DISPLAY is not set, and the window needs an X server (the commands need none: retrace help)"},
		{"window with an unreachable display", []string{"LANG=C.UTF-8", "DISPLAY=:93117"}, []string{article}, 1,
			`retrace: no display: cannot open the X display ":93117" (the commands need none: retrace help)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			cmd.Env = append(withoutLocale(), tc.env...)
			cmd.Env = append(cmd.Env, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			want := ""
			if tc.stderr != "" {
				want = tc.stderr + "\n"
			}
			if code != tc.code || stderr.String() != want {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", code, stderr.String(), tc.code, want)
			}
		})
	}
}

// withoutLocale is the environment with no locale variables.
func withoutLocale() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANGUAGE=") {
			env = append(env, kv)
		}
	}
	return env
}
