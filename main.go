// Command retrace turns news articles into timelines.
//
// With no arguments it opens the window on the bundled sample article; with
// file arguments it opens those. The subcommands extract, eval and export run
// headless (see `retrace help`); --version prints the version.
package main

import (
	_ "embed"
	"fmt"
	"io"
	"log"
	"os"

	"retrace/app"
	"retrace/app/about"
	"retrace/app/cli"
	"retrace/app/display"
	_ "retrace/app/posixlocale" // before Fyne starts: see its comment
)

// fyneAppTOML is the metadata `fyne package` reads, embedded so that every
// build, packaged or not, knows its name and version.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

func main() {
	quietLibraryLogs(os.Getenv("RETRACE_DEBUG") != "")
	args := os.Args[1:]
	info, err := about.Parse(fyneAppTOML)
	if err != nil {
		fmt.Fprintln(os.Stderr, "retrace:", err)
		os.Exit(1)
	}
	if len(args) == 1 && (args[0] == "--version" || args[0] == "-version") {
		fmt.Println(info.Line())
		return
	}
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	if err := display.Check(); err != nil {
		fmt.Fprintf(os.Stderr, "retrace: %v (the commands need none: retrace help)\n", err)
		os.Exit(1)
	}
	if err := app.Run(args, info); err != nil {
		fmt.Fprintln(os.Stderr, "retrace:", err)
		os.Exit(1)
	}
}

// quietLibraryLogs keeps the standard logger off stderr unless debug is set.
// Retrace itself never logs: it returns errors and says them in one line.
// The logger is Fyne's channel for its own troubles (a preferences file it
// cannot parse, a session bus it cannot reach, GLFW failing before the
// window exists), which the user cannot act on and which the window or the
// error line already covers; RETRACE_DEBUG=1 brings them back for whoever
// is chasing a fault.
func quietLibraryLogs(debug bool) {
	if !debug {
		log.SetOutput(io.Discard)
	}
}
