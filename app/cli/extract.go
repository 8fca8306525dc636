package cli

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"

	"retrace/timeline"
	"retrace/timeline/analyze"
	"retrace/timeline/atomicfile"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/timeml"
	"retrace/timeline/workspace"
)

// analysisFlags are the flags shared by the commands that read articles.
type analysisFlags struct {
	dct       dateFlag
	narrative bool
	news      bool
	consent   analyze.Consent // to a workspace's outside and changed documents
}

func (af *analysisFlags) register(fs *flagSet) {
	fs.Var(&af.dct, "dct", "document date `YYYY-MM-DD`, overriding what the file says")
	fs.BoolVar(&af.narrative, "narrative", false, "anchor relative references to the last mentioned date (history, chronologies)")
	fs.BoolVar(&af.news, "news", false, "anchor relative references to the document date (default: detect)")
	fs.BoolVar(&af.consent.Outside, "allow-outside", false, "read a workspace's documents that lie outside its folder")
	fs.BoolVar(&af.consent.Changed, "accept-changed", false, "apply a workspace's corrections to documents changed since it was saved")
}

func (r *runner) extract(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "FILE|FOLDER...", stderr)
	var af analysisFlags
	af.register(fs)
	format := fs.String("format", "json", "output `format`: json, jsonl (one document a line), text or timeml")
	outDir := fs.String("out", "", "with --format timeml, write NAME.tml for each article into this `folder`")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%w: no FILE given", errUsage)
	}
	switch *format {
	case "json", "jsonl", "text", "timeml":
	default:
		return fmt.Errorf("%w: unknown format %q (want json, jsonl, text or timeml)", errUsage, *format)
	}
	if *format == "timeml" && *outDir == "" && len(files) > 1 {
		return fmt.Errorf("%w: TimeML holds one document: give one FILE, or --out FOLDER", errUsage)
	}
	if *outDir != "" && *format != "timeml" {
		return fmt.Errorf("%w: --out writes TimeML: give --format timeml", errUsage)
	}
	opts, err := af.options()
	if err != nil {
		return err
	}
	files, err = expandFolders(files)
	if err != nil {
		return err
	}
	if *format == "timeml" && *outDir == "" && len(files) > 1 {
		return fmt.Errorf("%w: TimeML holds one document: give one FILE, or --out FOLDER", errUsage)
	}
	if !slices.ContainsFunc(files, workspace.HasExt) && *format != "timeml" {
		sizes := articleSizes(files)
		defer limitMemoryFor(sizes, 2*extractWorkers(len(files)))()
		return streamExtract(files, sizes, opts, *format, stdout, stderr)
	}
	in, err := analyzeFiles(files, opts, af.consent, stderr)
	if err != nil {
		return err
	}
	// A workspace's corrections show as in export --json: corrected
	// labels and dates, hidden events left out.
	in.analyses = analyze.Corrected(in.analyses, in.corrections)
	switch {
	case *format == "timeml" && *outDir == "":
		return timeml.Write(stdout, in.analyses[0])
	case *format == "timeml":
		return writeTimeMLFiles(r.temps, *outDir, in.analyses)
	}
	w := newDocWriter(stdout, *format)
	for _, a := range in.analyses {
		if err := w.write(a); err != nil {
			return err
		}
	}
	return w.finish()
}

// options turns the flags into the pipeline's options.
func (af *analysisFlags) options() (analyze.Options, error) {
	opts := analyze.Options{Tagger: extract.Options{Mode: extract.ModeAuto}, DCT: af.dct.t}
	switch {
	case af.narrative && af.news:
		return opts, fmt.Errorf("%w: --narrative and --news exclude each other", errUsage)
	case af.narrative:
		opts.Tagger.Mode = extract.ModeNarrative
	case af.news:
		opts.Tagger.Mode = extract.ModeNews
	}
	return opts, nil
}

// expandFolders replaces each folder named by the articles in it and its
// subfolders (the files whose extension names a format ingest reads), in
// lexical order; hidden files and folders are passed over. A folder with no
// article is an error: the user meant it to hold some.
func expandFolders(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if err != nil || !fi.IsDir() {
			out = append(out, arg) // reading it says what is wrong, if anything
			continue
		}
		n := len(out)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && ingest.IsArticleName(d.Name()) {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read folder %q: %w", arg, err)
		}
		if len(out) == n {
			return nil, fmt.Errorf("folder %q holds no articles (.txt, .md, .html, .tml)", arg)
		}
	}
	return out, nil
}

// streamExtract analyses the articles on every processor, one article to a
// worker, and prints each as soon as it and those before it are done, in
// the order given: memory holds a window of articles (windowBytes), not the
// archive.
// It stops at the first article that cannot be read, after printing those
// before it; the JSON array is then left open, so no reader takes the
// output for the whole answer.
func streamExtract(paths []string, sizes []int64, opts analyze.Options, format string, stdout, stderr io.Writer) error {
	w := newDocWriter(stdout, format)
	type result struct {
		a   *timeline.Analysis
		err error
	}
	workers := extractWorkers(len(paths))
	results := make([]chan result, len(paths))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	limit := windowBytes(sizes, 2*workers)
	room := make([]int64, len(sizes)) // what each article takes of the window
	for i, n := range sizes {
		room[i] = n
		if n < 0 { // not measured: it takes the room one of the largest would
			room[i] = limit / int64(2*workers)
		}
	}
	win := newByteWindow(limit)
	// The queue holds a few articles for each worker, so that a worker
	// done with one takes the next at once: with no room in it, each
	// article waited for the goroutine below to be scheduled and hand it
	// over, and on 20,000 short articles two workers kept 1.2 cores busy.
	// What is queued has its room in the window already, which still
	// bounds the memory in flight.
	jobs := make(chan int, 4*workers)
	go func() {
		defer close(jobs)
		for i := range paths {
			if !win.acquire(room[i]) {
				return
			}
			jobs <- i
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				a, err := analyze.Article(paths[i], opts)
				results[i] <- result{a: a, err: err}
			}
		}()
	}
	defer wg.Wait()
	defer win.close() // before the wait: the workers end when no more jobs come
	for i := range paths {
		r := <-results[i]
		win.release(room[i])
		if r.err != nil {
			w.out.Flush()
			return r.err
		}
		if msg, ok := undatedWarning(r.a); ok {
			fmt.Fprintln(stderr, msg)
		}
		if err := w.write(r.a); err != nil {
			return err
		}
	}
	return w.finish()
}

// extractWorkers is how many articles streamExtract analyses at once, out
// of n; it starts up to twice as many before printing them.
func extractWorkers(n int) int {
	return min(runtime.GOMAXPROCS(0), n)
}

// windowFloor is the fewest bytes of articles streamExtract lets be started
// and not yet printed. Counting articles instead (twice the workers) left
// every worker idle behind one long article among short ones, since the
// short ones after it could not be printed before it: on a folder of
// TimeBank-sized articles one core spent a third of its time waiting and a
// second core added next to nothing. 4 MiB of articles in flight stays
// within the extract command's memory floor (5.5 x 4 MiB + its base is
// under 64 MiB).
const windowFloor = 4 << 20

// windowBytes is how many bytes of articles streamExtract may have started
// and not yet printed: the inFlight largest articles together, as the
// memory limit counts them, or windowFloor when that is more.
func windowBytes(sizes []int64, inFlight int) int64 {
	return max(largestTogether(sizes, inFlight), windowFloor)
}

// articleSizes returns the size of each file at paths, or -1 for a path
// that is not a regular file it can measure (reading it will say why).
func articleSizes(paths []string) []int64 {
	sizes := make([]int64, len(paths))
	for i, p := range paths {
		sizes[i] = -1
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			sizes[i] = fi.Size()
		}
	}
	return sizes
}

// byteWindow bounds the bytes of the articles started and not yet printed.
// One article is always let in, however large, so that none waits forever.
type byteWindow struct {
	mu     sync.Mutex
	freed  sync.Cond
	limit  int64
	used   int64
	held   int // articles in the window
	closed bool
}

func newByteWindow(limit int64) *byteWindow {
	w := &byteWindow{limit: limit}
	w.freed.L = &w.mu
	return w
}

// acquire waits until an article of size bytes fits and takes its room. It
// returns false once the window is closed.
func (w *byteWindow) acquire(size int64) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for !w.closed && w.held > 0 && w.used+size > w.limit {
		w.freed.Wait()
	}
	if w.closed {
		return false
	}
	w.used += size
	w.held++
	return true
}

// release gives back the room of a printed article of size bytes.
func (w *byteWindow) release(size int64) {
	w.mu.Lock()
	w.used -= size
	w.held--
	w.mu.Unlock()
	w.freed.Signal()
}

// close lets every acquire return false: no more articles are started.
func (w *byteWindow) close() {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	w.freed.Broadcast()
}

// docWriter prints analysed documents one after another in one of the
// extract command's formats: a JSON array (as encoding/json indents it),
// JSON lines (one compact document a line), or text.
type docWriter struct {
	out    *bufio.Writer
	format string
	n      int // documents written
	// buf is the JSON writer's buffer, kept for the next document rather
	// than grown anew for each: it holds no more than a spill (jsonEnc).
	buf []byte
	// caches too are kept, the intervals of one document often those of
	// the next, and too large (111 KB) to clear for each.
	caches caches
}

// outBufferSize is the size of the buffer the extract command writes through.
const outBufferSize = 64 << 10

func newDocWriter(w io.Writer, format string) *docWriter {
	return &docWriter{out: bufio.NewWriterSize(w, outBufferSize), format: format, caches: caches{tails: new(tailCache), hows: new(howMemo)}}
}

// write prints one document.
func (w *docWriter) write(a *timeline.Analysis) error {
	defer func() { w.n++ }()
	switch w.format {
	case "text":
		return writeText(w.out, []*timeline.Analysis{a})
	case "jsonl":
		e := jsonEnc{buf: w.buf[:0], out: w.out, caches: &w.caches}
		e.analysis(a)
		e.buf = append(e.buf, '\n')
		_, err := w.out.Write(e.buf)
		w.buf = e.buf
		return err
	}
	if w.n == 0 {
		w.out.WriteString("[\n  ")
	} else {
		w.out.WriteString(",\n  ")
	}
	e := jsonEnc{buf: w.buf[:0], indent: true, depth: 1, out: w.out, caches: &w.caches}
	e.analysis(a)
	_, err := w.out.Write(e.buf)
	w.buf = e.buf
	return err
}

// finish closes the JSON array and flushes.
func (w *docWriter) finish() error {
	if w.format == "json" {
		if w.n == 0 {
			w.out.WriteString("[]")
		} else {
			w.out.WriteString("\n]")
		}
		w.out.WriteByte('\n')
	}
	return w.out.Flush()
}

// inputs is what the articles named on the command line amount to: their
// analyses, and the corrections of any workspace among them.
type inputs struct {
	analyses    []*timeline.Analysis
	corrections workspace.Corrections
}

// analyzeFiles reads and analyses every file, stopping at the first that
// cannot be read: a partial answer would silently drop a source. A workspace
// file (.retrace.json) stands for its documents, with the dates and
// corrections the user recorded; what changed since it was saved is reported
// on stderr, and the corrections that still apply are kept. The --dct flag
// outranks the date the user set in the workspace.
func analyzeFiles(files []string, opts analyze.Options, consent analyze.Consent, stderr io.Writer) (*inputs, error) {
	in := &inputs{}
	for _, path := range files {
		if !workspace.HasExt(path) {
			src, err := analyze.File(path, opts)
			if err != nil {
				return nil, err
			}
			in.analyses = append(in.analyses, src.Analysis)
			continue
		}
		s, err := openWorkspace(path, opts, consent, stderr)
		if err != nil {
			return nil, err
		}
		in.analyses = append(in.analyses, s.Analyses()...)
		in.corrections = append(in.corrections, s.Workspace.Corrections...)
	}
	for _, a := range in.analyses {
		if msg, ok := undatedWarning(a); ok {
			fmt.Fprintln(stderr, msg)
		}
	}
	return in, nil
}

// openWorkspace opens a workspace for a command: documents outside its
// folder are refused unless --allow-outside, missing or unreadable ones
// stop the command (a partial answer would silently drop a source), and
// what changed since it was saved is said on stderr, one line each,
// naming the corrections set aside.
func openWorkspace(path string, opts analyze.Options, consent analyze.Consent, stderr io.Writer) (*analyze.Session, error) {
	p, err := analyze.LoadWorkspace(path)
	if err != nil {
		return nil, err
	}
	if out := p.Outside(); len(out) > 0 && !consent.Outside {
		return nil, fmt.Errorf("workspace %q names %s outside its folder: %s (--allow-outside reads %s)",
			path, plural(len(out), "file"), quoteAll(out), them(len(out)))
	}
	s := p.Open(opts, consent, nil)
	for _, d := range s.Docs {
		if d.Missing() {
			return nil, fmt.Errorf("workspace %q: %q: file not found", path, d.Entry.Path)
		}
		if d.Err != nil {
			return nil, fmt.Errorf("workspace %q: %w", path, d.Err)
		}
	}
	aside := map[string][]string{}
	for _, c := range s.Workspace.SetAside {
		aside[c.Source] = append(aside[c.Source], workspace.Describe(&c))
	}
	for _, ch := range s.Changes() {
		msg := ch.String()
		if ch.Kind == workspace.FileChanged {
			if what := aside[ch.Path]; len(what) > 0 {
				msg += fmt.Sprintf("; %s set aside: %s (--accept-changed applies %s)",
					plural(len(what), "correction"), strings.Join(what, "; "), them(len(what)))
			}
		}
		fmt.Fprintf(stderr, "retrace: workspace %q: %s\n", path, msg)
	}
	return s, nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func them(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

func quoteAll(paths []string) string {
	q := make([]string, len(paths))
	for i, p := range paths {
		q[i] = strconv.Quote(p)
	}
	return strings.Join(q, ", ")
}

// writeText prints a readable chronology per document: one line per mention
// and per event.
func writeText(w io.Writer, analyses []*timeline.Analysis) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, a := range analyses {
		dct := "unknown"
		if a.Doc.HasDate() {
			dct = timeline.FormatDate(a.Doc.Date)
		}
		mode := "news"
		if a.Narrative {
			mode = "narrative"
		}
		// The header is not part of the table, so flush before and after it.
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: document date %s (%s), %s mode\n", a.Doc.Path, dct, a.Doc.DateSource, mode)
		for _, m := range a.Mentions {
			anchor := m.Anchor
			if anchor == "" {
				anchor = "-"
			}
			if m.AnchorWhy != "" {
				anchor += " (" + string(m.AnchorWhy) + ")"
			}
			fmt.Fprintf(tw, "  %s\t%q\t%s\t%s %s\t%s\t%s\n", m.ID, m.Text, m.Type, m.Value, m.Mod,
				rangeText(m.Interval), anchor)
		}
		for _, e := range a.Events {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", e.ID, rangeText(e.Interval), e.Label)
		}
	}
	return tw.Flush()
}

func rangeText(iv timeline.Interval) string {
	if iv.IsZero() {
		return "-"
	}
	return timeline.FormatDate(iv.Earliest) + ".." + timeline.FormatDate(iv.Latest)
}

// writeTimeMLFiles writes each analysis as dir/NAME.tml, NAME being its
// file's name without the extension. It refuses before writing anything
// when two articles would share a name or an output would replace an
// article read.
func writeTimeMLFiles(temps *atomicfile.Temps, dir string, analyses []*timeline.Analysis) error {
	paths := make([]string, len(analyses))
	seen := map[string]string{}
	for i, a := range analyses {
		base := filepath.Base(a.Doc.Path)
		paths[i] = filepath.Join(dir, strings.TrimSuffix(base, filepath.Ext(base))+".tml")
		if prev, ok := seen[paths[i]]; ok {
			return fmt.Errorf("%q and %q would both be written to %q", prev, a.Doc.Path, paths[i])
		}
		seen[paths[i]] = a.Doc.Path
	}
	for _, a := range analyses {
		for _, p := range paths {
			if sameFile(a.Doc.Path, p) {
				return fmt.Errorf("%q would replace the article %q: choose another --out folder", p, a.Doc.Path)
			}
		}
	}
	for i, a := range analyses {
		if err := temps.Write(paths[i], func(w io.Writer) error { return timeml.Write(w, a) }); err != nil {
			return err
		}
	}
	return nil
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// undatedWarning is the one line that tells the user a document's date was
// not found and what that costs: "kursk.txt: no document date; 7 references
// left unresolved; pass --dct YYYY-MM-DD", with the dates seen, if any, to
// choose from. A document whose references need no date gets no warning.
func undatedWarning(a *timeline.Analysis) (string, bool) {
	if a.Doc.HasDate() {
		return "", false
	}
	n := a.Unresolved()
	if n == 0 {
		return "", false
	}
	refs := "references"
	if n == 1 {
		refs = "reference"
	}
	msg := fmt.Sprintf("%s: no document date; %d %s left unresolved; pass --dct YYYY-MM-DD", a.Doc.Path, n, refs)
	var seen []string
	for _, c := range a.Doc.DateCandidates {
		seen = append(seen, timeline.FormatDate(c.Date)+", "+c.Source.Describe())
	}
	if len(seen) > 0 {
		msg += " (dates seen: " + strings.Join(seen, "; ") + ")"
	}
	return msg, true
}
