// Package cli runs Retrace's headless commands: extract, eval and export.
// It never opens a window, so it works with no X server.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"retrace/timeline"
	"retrace/timeline/atomicfile"
)

// command is one subcommand: its name, a one-line summary and how to run it.
type command struct {
	name    string
	summary string
	run     func(r *runner, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"extract", "print the time references and events of articles as JSON", (*runner).extract},
		{"eval", "score the tagger on TimeML or TIMEX2 corpora (TempEval-3 Task A)", (*runner).eval},
		{"export", "draw the timeline of articles as PNG, SVG or PDF, or write it as CSV, JSON or TimelineJS", (*runner).export},
		{"help", "show this help", nil},
	}
}

// runner is what a command runs with besides its arguments: the files it
// is writing, which an interrupt must not leave half-written.
type runner struct {
	temps *atomicfile.Temps
}

// write writes an output file (see atomicfile) and says so on stdout,
// unless it is a stream such as /dev/stdout, where that would end up in
// the output. what adds to the message: "(2400x1200)".
func (r *runner) write(stdout io.Writer, path, what string, write func(io.Writer) error) error {
	stream := atomicfile.Direct(path)
	if err := r.temps.Write(path, write); err != nil {
		return err
	}
	if !stream {
		fmt.Fprintf(stdout, "wrote %s%s\n", path, what)
	}
	return nil
}

// onInterrupt removes the temporary files of the writes in progress when
// the process gets SIGINT or SIGTERM, says so in one line and exits with
// the shell's status for the signal (130, 143). Call the returned function
// when the command is done.
func (r *runner) onInterrupt(stderr io.Writer, exit func(int)) (stop func()) {
	sigs := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-sigs:
			r.temps.RemoveAll()
			fmt.Fprintf(stderr, "retrace: %v\n", sig)
			code := 130
			if s, ok := sig.(syscall.Signal); ok {
				code = 128 + int(s)
			}
			exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// IsCommand reports whether name is one of the headless subcommands, so the
// caller can tell a command from a file to open in the window.
func IsCommand(name string) bool {
	switch name {
	case "-h", "-help", "--help":
		return true
	}
	for _, c := range commands() {
		if c.name == name {
			return true
		}
	}
	return false
}

// errUsage marks errors caused by bad arguments; they exit with status 2.
var errUsage = errors.New("usage")

// Run executes the subcommand named by args[0] and returns the process exit
// status: 0 on success, 1 on failure, 2 on bad usage.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || strings.HasPrefix(args[0], "-") {
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] || c.run == nil {
			continue
		}
		r := &runner{temps: &atomicfile.Temps{}}
		stop := r.onInterrupt(stderr, os.Exit)
		err := c.run(r, args[1:], stdout, stderr)
		stop()
		if err == nil || errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "retrace %s: %v\n", c.name, err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	fmt.Fprintf(stderr, "retrace: unknown command %q\n", args[0])
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: retrace [FILE|FOLDER...]     open the articles (a folder: those in it) in the window")
	fmt.Fprintln(w, "       retrace COMMAND [flags] ...")
	fmt.Fprintln(w, "       retrace --version            print the version and build")
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "Run 'retrace COMMAND -h' for a command's flags.")
}

// flagSet is a flag.FlagSet that keeps errors to one line: the flag package
// would print the error and the whole usage on every mistake.
type flagSet struct {
	*flag.FlagSet
	synopsis string
	stderr   io.Writer
}

func newFlagSet(name, args string, stderr io.Writer) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &flagSet{FlagSet: fs, synopsis: "usage: retrace " + name + " [flags] " + args, stderr: stderr}
}

// parse parses args, turning flag errors into usage errors and printing the
// flags on -h. Flags may follow file names ("extract a.txt --dct 2026-01-02"),
// as users type them.
func (fs *flagSet) parse(args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(fs.stderr, fs.synopsis)
				fs.SetOutput(fs.stderr)
				fs.PrintDefaults()
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// dateFlag is a flag.Value holding an optional YYYY-MM-DD date.
type dateFlag struct{ t time.Time }

func (d *dateFlag) String() string { return timeline.FormatDate(d.t) }

func (d *dateFlag) Set(s string) error {
	t, err := timeline.ParseDate(s)
	if err != nil {
		return err
	}
	d.t = t
	return nil
}
