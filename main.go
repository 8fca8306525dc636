// Command retrace turns news articles into timelines.
//
// With no arguments it opens the window on the bundled sample article; with
// file arguments it opens those. The subcommands extract, eval and export run
// headless (see `retrace help`).
package main

import (
	"fmt"
	"os"

	"retrace/app"
	"retrace/app/cli"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	if err := app.Run(args); err != nil {
		fmt.Fprintln(os.Stderr, "retrace:", err)
		os.Exit(1)
	}
}
