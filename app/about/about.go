// Package about says what this build of Retrace is: its name, id, version
// and build number from FyneApp.toml (the file `fyne package` reads, embedded
// in the binary by package main), its website, and the source revision Go
// recorded when it was built. It imports no Fyne, so `retrace --version`
// prints without starting a GUI.
package about

import (
	"fmt"
	"runtime/debug"

	"github.com/BurntSushi/toml"
)

// Info describes the running build.
type Info struct {
	Name    string
	ID      string
	Version string
	Build   int
	Website string
	// Revision is the VCS commit the binary was built from, shortened, with
	// "+" when the work tree had changes; "" when Go recorded none (a build
	// outside a git checkout).
	Revision string
	// Migrations are the Fyne behaviours the app has moved to
	// (FyneApp.toml's [Migrations], such as fyneDo).
	Migrations map[string]bool
}

// fyneApp is the part of FyneApp.toml Retrace reads.
type fyneApp struct {
	Website string
	Details struct {
		Name, ID, Version string
		Build             int
	}
	Migrations map[string]bool
}

// Parse reads FyneApp.toml and adds the revision from the binary's build
// information.
func Parse(fyneAppTOML []byte) (Info, error) {
	var f fyneApp
	if err := toml.Unmarshal(fyneAppTOML, &f); err != nil {
		return Info{}, fmt.Errorf("about: FyneApp.toml: %w", err)
	}
	if f.Details.Name == "" || f.Details.ID == "" || f.Details.Version == "" {
		return Info{}, fmt.Errorf("about: FyneApp.toml lacks the name, id or version in [Details]")
	}
	return Info{
		Name:       f.Details.Name,
		ID:         f.Details.ID,
		Version:    f.Details.Version,
		Build:      f.Details.Build,
		Website:    f.Website,
		Revision:   revision(),
		Migrations: f.Migrations,
	}, nil
}

// Line is the one line `retrace --version` prints:
// "Retrace 0.1.0 (build 1, commit 0bdcc6e)".
func (i Info) Line() string {
	return fmt.Sprintf("%s %s (%s)", i.Name, i.Version, i.BuildText())
}

// BuildText is "build 1, commit 0bdcc6e", or "build 1" without a revision.
func (i Info) BuildText() string {
	s := fmt.Sprintf("build %d", i.Build)
	if i.Revision != "" {
		s += ", commit " + i.Revision
	}
	return s
}

// revision returns the short commit Go stamped into the binary.
func revision() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev string
	var modified bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 7 {
		rev = rev[:7]
	}
	if rev != "" && modified {
		rev += "+"
	}
	return rev
}
