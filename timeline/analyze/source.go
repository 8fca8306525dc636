package analyze

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"runtime"
	"sync"
	"time"

	"retrace/timeline"
	"retrace/timeline/extract"
	"retrace/timeline/ingest"
	"retrace/timeline/regularfile"
)

// Options say how the pipeline tags the documents it reads.
type Options struct {
	// Tagger is what the tagger is told: news or narrative anchoring, or
	// to decide (the default).
	Tagger extract.Options
	// DCT, when set, is every document's date, outranking what the file
	// says and what the user recorded in a workspace (the --dct flag).
	DCT time.Time
	// Analyze stands in for Document, the tagger and events stage (the
	// window's tests use a tiny tagger of their own); nil: Document.
	Analyze func(*timeline.Document) *timeline.Analysis
}

// analyze dates doc as the options say and analyses it.
func (o Options) analyze(doc *timeline.Document) *timeline.Analysis {
	if !o.DCT.IsZero() {
		doc.Date, doc.DateSource = o.DCT, timeline.DateFromUser
	}
	if o.Analyze != nil {
		return o.Analyze(doc)
	}
	return Document(doc, o.Tagger)
}

// Source is an article read and analysed, with the SHA-256 of the bytes it
// was read from: a workspace records that digest, so it tells later
// whether the file is still the one the user's corrections were made on.
type Source struct {
	Analysis *timeline.Analysis // Analysis.Doc is the document
	SHA256   string             // hex; for a document with no file, whatever its reader said
}

// ReadFile reads the article at path (see ingest.ReadFile) and returns it
// with the hex SHA-256 of exactly the bytes it was read from.
func ReadFile(path string) (*timeline.Document, string, error) {
	doc, content, err := read(path)
	if err != nil {
		return nil, "", err
	}
	return doc, digest(content), nil
}

func read(path string) (*timeline.Document, string, error) {
	collectBeforeReading(path)
	content, fi, err := regularfile.ReadString(path, ingest.MaxSize)
	if err != nil {
		return nil, "", err
	}
	doc, err := ingest.ReadModified(path, content, fi.ModTime())
	if err != nil {
		return nil, "", err
	}
	return doc, content, nil
}

// collectBeforeReading runs the collector before the article at path is
// read when reading it, cutting it into lines, sentences and tokens would
// bring the heap to the collector's goal (collectBefore), which in a
// process that analyses one long article after another (several files, the
// window, a benchmark's loop) the garbage of the one before does. Left to
// the runtime, that collection began as the text was read and ran while
// its lines and tokens were allocated: the heap grew past the memory limit
// meanwhile, and the allocator gave back to the system free pages the
// stages to come faulted in again (16 MB of news after 16 MB: 21-45 MB a
// document). Made here, it finds the garbage and little else live. What it
// cannot measure (not a regular file, too large) the reading refuses.
func collectBeforeReading(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() <= ingest.MaxSize {
		collectBefore(readAllocPerByte, int(fi.Size()))
	}
}

// File reads and analyses the article at path.
func File(path string, opts Options) (*Source, error) {
	doc, sum, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &Source{Analysis: opts.analyze(doc), SHA256: sum}, nil
}

// Article reads and analyses the article at path as File does, without the
// digest only a workspace needs: reading an archive, the SHA-256 of every
// file cost as much as writing its JSON.
func Article(path string, opts Options) (*timeline.Analysis, error) {
	doc, _, err := read(path)
	if err != nil {
		return nil, err
	}
	return opts.analyze(doc), nil
}

func digest(content string) string {
	sum := sha256.Sum256([]byte(content))
	return hex.EncodeToString(sum[:])
}

// Parallel calls f(0) … f(n-1) on as many goroutines as there are
// processors and returns when all are done: how the pipeline reads and
// analyses many documents, and the window too.
func Parallel(n int, f func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0) && w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}
