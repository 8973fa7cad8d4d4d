package lint

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// A source is an input as Run reads it.
type source struct {
	input.Input
	// log is the container of a stream read as Log, which is cut into
	// chunks only where an event starts (set by the reader).
	log logs.Container
}

// A JSON Lines stream is cut into chunks of about this size, so that one
// large stream keeps every core busy while memory stays bounded.
const chunkBytes = 32 << 10

// unit is one piece of work: a whole file, or a chunk of JSON Lines.
type unit struct {
	input     *source
	data      []byte // nil: the worker reads input.Path
	format    input.Format
	firstLine int
	result    chan Result
	pre       *Result // already decided by the reader (a read error, a record too large)
	encoded   bool    // data is a whole stream in UTF-16 or UTF-32, never cut into chunks
	// note is the file-format note of a .json file read as JSON Lines, on
	// one of the lines of this unit.
	note *finding.Finding
	// gzipHeaders are the findings in the gzip headers of a text read
	// whole, sorted in with the text's.
	gzipHeaders []finding.Finding
}

// MaxJobs is the most workers Run starts. Each worker can hold a file of
// up to --max-size and the queues grow with the workers, so a number of
// workers far above the number of cores only costs memory: a hundred
// million of them exhausted it.
const MaxJobs = 1024

// Run lints the inputs on `jobs` workers (0 means one per core, more than
// MaxJobs means MaxJobs) and calls emit from a single goroutine with the
// results in input order; a JSON Lines input gives one result per chunk, in
// line order. Memory stays bounded: at most window units (for a stream,
// chunks of chunkBytes) are in flight.
func (l *Linter) Run(inputs []input.Input, jobs int, emit func(Result)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, MaxJobs)
	// Both queues are deep enough that the reader can run ahead in bursts:
	// with one goroutine handing single units to busy workers, two workers
	// on two cores did the work of one and a half.
	window := 16*jobs + 16
	work := make(chan *unit, window)
	order := make(chan *unit, window)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for u := range work {
				start := time.Now()
				r := l.lintPart(u)
				r.Elapsed = time.Since(start)
				u.result <- r
			}
		})
	}
	go func() {
		for i := range inputs {
			l.produce(&source{Input: inputs[i]}, func(u *unit) {
				if u.pre == nil {
					u.result = make(chan Result, 1)
				}
				order <- u
				if u.pre == nil {
					work <- u
				}
			})
		}
		close(order)
		close(work)
	}()
	for u := range order {
		if u.pre != nil {
			emit(l.lintPart(u))
			continue
		}
		emit(<-u.result)
	}
	wg.Wait()
}

// produce turns one input into units: a file is one unit that a worker reads;
// a JSON Lines file or any stream is read here and cut into chunks.
//
// A .json file is one unit even when it holds JSON Lines: telling needs its
// size or its text, and a stat of every file here, in the one goroutine that
// hands out the work, cost more than the split of a rare large file across
// cores gains. Its worker reads it whole, and finds what the chunks would;
// one over --max-size it reads as a stream (see streamFile). So is a
// .json.gz or .yaml.gz file: its worker decompresses it (see File).
func (l *Linter) produce(in *source, send func(*unit)) {
	if in.Reader != nil {
		l.readStream(in, in.Reader, send)
		return
	}
	whole := &unit{input: in, format: in.Format, firstLine: 1}
	if in.Format != input.JSONLines && in.Format != input.Sniff {
		send(whole)
		return
	}
	f, err := os.Open(in.Path)
	if err != nil {
		send(&unit{input: in, pre: &Result{File: in.Name, Err: input.PathError(in.Name, err)}})
		return
	}
	defer f.Close()
	if in.Format == input.Sniff && !streamHere(f) {
		send(whole)
		return
	}
	l.readStream(in, f, send)
}

// streamHere decides whether a file whose name says nothing of its format
// (only a file named on the command line has such a name) is read here as a
// stream: gzip data, whose text may be JSON Lines or log lines to cut into
// chunks for all cores, and anything that is not a regular file (a pipe, as
// in <(zcat x.gz), can be read only once). Any other file is read whole by a
// worker, as a file of a known format is.
func streamHere(f *os.File) bool {
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return true
	}
	return startsWithGzip(f)
}

// readStream reads a stream (standard input, a JSON Lines file, a file read
// by produce, a gzip file) and hands its units to send: JSON Lines in chunks
// of whole lines, any other text whole. gzip data is decompressed as it is
// read, and its text read the same way.
func (l *Linter) readStream(in *source, r io.Reader, send func(*unit)) {
	br := streamReader(r)
	defer putStreamReader(br)
	var gz *input.GzipReader
	headersSent := false
	if input.PeekGzip(br) {
		gz = input.NewGzipReader(br)
		br = streamReader(gz)
		defer putStreamReader(br)
		defer func() { // once the text is read, and with it every header
			if !headersSent {
				l.sendGzipHeaders(in, gz, send)
			}
		}()
	}
	// whole sends the unit of a text read whole, with the findings of its
	// gzip headers, sorted with the text's.
	whole := func(u *unit) {
		if gz != nil {
			u.gzipHeaders, headersSent = GzipHeaderFindings(gz.HeaderFields()), true
		}
		send(u)
	}
	format := in.Format
	if start, _ := br.Peek(256); !textenc.Detect(start).IsUTF8() {
		// UTF-16 and UTF-32 text is decoded whole: its line breaks are
		// not single bytes to cut at.
		u := l.readWhole(in, br, format, gz)
		u.encoded = true
		whole(u)
		return
	}
	if format == input.Sniff {
		start, _ := br.Peek(1 << 20)
		format = l.forFile(in.Name).withLogFormat(input.DetectFormat(start), start)
	}
	if format == input.Log {
		l.chunkLines(l.logInput(in, br), br, send, nil, gz)
		return
	}
	if format == input.JSON {
		if note, ok := peekJSONLines(br); ok {
			l.chunkLines(in, br, send, &note, gz)
			return
		}
	}
	if format != input.JSONLines {
		whole(l.readWhole(in, br, format, gz))
		return
	}
	l.chunkLines(in, br, send, nil, gz)
}

// streamReaders are the buffers of readStream, 1 MiB each (the start of a
// stream that is sniffed), reused: a folder of small gzip files would
// otherwise take two for each file. Nothing sent on holds a slice of one
// (chunks and whole texts are copies).
var streamReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 1<<20) }}

func streamReader(r io.Reader) *bufio.Reader {
	br := streamReaders.Get().(*bufio.Reader)
	br.Reset(r)
	return br
}

func putStreamReader(br *bufio.Reader) {
	br.Reset(nil) // let go of the stream
	streamReaders.Put(br)
}

// streamFile lints a file over --max-size, which cannot be read whole, if
// it is read as JSON Lines (by its name, by its text, or as a .json file that
// holds JSON Lines): record by record, each within the limit, as a stream in
// this goroutine, with bounded memory. ok is false for any other file.
func (l *Linter) streamFile(name string, f *os.File) (r Result, ok bool) {
	br := bufio.NewReaderSize(f, 1<<20)
	if start, _ := br.Peek(br.Size()); !textenc.Detect(start).IsUTF8() {
		return r, false // UTF-16 and UTF-32 text is decoded whole
	}
	// The parts are finished as Run finishes them, and come in line order.
	r.File = name
	addPart := func(u *unit) { r.add(l.lintPart(u)) }
	var note *finding.Finding
	switch input.FormatOf(name) {
	case input.JSONLines:
	case input.Sniff:
		start, _ := br.Peek(br.Size())
		switch l.forFile(name).withLogFormat(input.DetectUTF8Format(start), start) {
		case input.Log:
			l.chunkLines(l.logInput(&source{Input: input.Input{Name: name}}, br), br, addPart, nil, nil)
			return r, true
		case input.JSONLines:
		default:
			return r, false
		}
	case input.JSON:
		n, ok := peekJSONLines(br)
		if !ok {
			return r, false
		}
		note = &n
	default:
		return r, false
	}
	l.chunkLines(&source{Input: input.Input{Name: name}}, br, addPart, note, nil)
	return r, true
}

// lintStream lints a stream in this goroutine, unit after unit, as one
// result: the gzip file that a worker reads (see File and Bytes).
func (l *Linter) lintStream(name string, r io.Reader) Result {
	res := Result{File: name}
	l.readStream(&source{Input: input.Input{Name: name, Format: input.FormatOf(name)}}, r, func(u *unit) { res.add(l.lintPart(u)) })
	return res
}

// add adds the result of one part of an input, which comes after the parts
// added before it, to the result of the input.
func (r *Result) add(part Result) {
	r.Documents += part.Documents
	r.Findings = append(r.Findings, part.Findings...)
	r.Err = cmp.Or(r.Err, part.Err)
	r.Log = r.Log || part.Log
	r.Events += part.Events
	r.Jobs += part.Jobs
	r.CredentialSets += part.CredentialSets
	r.Elapsed += part.Elapsed
}

// peekJSONLines decides from the start of a stream of JSON text whether it
// holds JSON Lines, and if so returns the note that says so. Text in UTF-16
// or UTF-32, and text whose first two records do not fit in the buffer, is
// left to be read whole, which decides the same.
func peekJSONLines(br *bufio.Reader) (finding.Finding, bool) {
	start, err := br.Peek(br.Size())
	if (err != nil && err != io.EOF) || !textenc.Detect(start).IsUTF8() {
		return finding.Finding{}, false
	}
	return jsonLinesStart(start, err == io.EOF)
}

// readWhole reads a stream that holds one JSON or YAML file, up to the limit.
// gz is the gzip stream its text comes from, if any: the limit applies to the
// text, and a stream that breaks is a syntax error where its text stops,
// which is still scanned for credentials (as text, since it is cut short).
func (l *Linter) readWhole(in *source, r io.Reader, format input.Format, gz *input.GzipReader) *unit {
	data, err := input.ReadLimited(r, l.maxSize)
	var broken *input.GzipError
	if err != nil && !errors.As(err, &broken) {
		return &unit{input: in, pre: &Result{File: in.Name, Err: input.PathError(in.Name, err)}}
	}
	switch {
	case int64(len(data)) > l.maxSize && gz != nil:
		res := l.gzipTooLarge(in.Name)
		return &unit{input: in, pre: &res}
	case int64(len(data)) > l.maxSize:
		res := l.tooLarge(in.Name, int64(len(data)))
		res.Findings[0].Message = fmt.Sprintf("the input is over the limit of %d bytes; raise --max-size to lint it", l.maxSize)
		return &unit{input: in, pre: &res}
	case broken != nil:
		res := Result{File: in.Name, Findings: append([]finding.Finding{brokenGzipFinding(broken)}, secrets.ScanRaw(data)...)}
		return &unit{input: in, pre: &res}
	}
	return &unit{input: in, data: data, format: format, firstLine: 1}
}

// chunkLines cuts a JSON Lines stream into chunks of whole lines. A record
// over the size limit is skipped without being held in memory. A note, if
// any, goes with the unit of its line, so that the findings of a stream come
// out in line order. gz is the gzip stream the text comes from, if any: a
// record, or a run of blank lines, over the limit then ends the reading (the
// rest could be gigabytes of zeros), and a stream that breaks is a syntax
// error where its text stops, after the lines before it.
func (l *Linter) chunkLines(in *source, br *bufio.Reader, send func(*unit), note *finding.Finding, gz *input.GzipReader) {
	var chunk []byte
	first, last, lineNo, blank := 1, 0, 0, true // the chunk holds lines first to last
	var blankRun int64                          // bytes of blank lines since the last record (gzip only)
	blankFrom := 0                              // the line they start on
	var long recordScan                         // the credential scan of a record over the limit
	sendUpTo := func(u *unit, last int) {
		if note != nil && note.Line <= last {
			u.note, note = note, nil
		}
		send(u)
	}
	flush := func() {
		if len(chunk) > 0 {
			sendUpTo(&unit{input: in, data: chunk, format: in.chunkFormat(), firstLine: first}, last)
			chunk = nil
		}
	}
	stop := func(res Result) { // the rest of a gzip stream is not read; a note still comes
		flush()
		sendUpTo(&unit{input: in, pre: &res}, math.MaxInt)
	}
	for {
		scan := &long
		if gz != nil {
			scan = nil
		}
		line, tooLongSize, err := l.readLine(br, scan)
		tooLong := tooLongSize > 0
		if len(line) > 0 || tooLong {
			lineNo++
			blank = blank && !tooLong && isBlank(line)
		}
		if gz != nil && len(line) > 0 {
			switch {
			case !isBlank(line):
				blankRun = 0
			case blankRun == 0:
				blankRun, blankFrom = int64(len(line)), lineNo
			default:
				blankRun += int64(len(line))
			}
			if blankRun > l.maxSize {
				stop(l.gzipBlankTooLarge(in.Name, blankFrom))
				return
			}
		}
		switch {
		case tooLong && gz != nil:
			stop(l.gzipRecordTooLarge(in.Name, lineNo))
			return
		case tooLong:
			flush()
			res := l.recordTooLarge(in.Name, lineNo, tooLongSize)
			res.Findings = append(res.Findings, long.finish(lineNo)...)
			res.Elapsed = long.elapsed
			sendUpTo(&unit{input: in, pre: &res}, lineNo)
		case len(line) > 0:
			if in.log != logs.Auto && len(chunk) >= chunkBytes && l.cutsLog(in.log, chunk, line) {
				flush()
			}
			if len(chunk) == 0 {
				first = lineNo
				chunk = make([]byte, 0, chunkBytes)
			}
			chunk, last = append(chunk, line...), lineNo
			if len(chunk) >= chunkBytes && in.log == logs.Auto {
				flush()
			}
		}
		if err != nil {
			flush()
			var broken *input.GzipError
			switch {
			case errors.As(err, &broken):
				stop(Result{File: in.Name, Findings: []finding.Finding{brokenGzipFinding(broken)}})
			case err != io.EOF:
				send(&unit{input: in, pre: &Result{File: in.Name, Err: input.PathError(in.Name, err)}})
			case blank:
				res := Result{File: in.Name, Findings: []finding.Finding{l.emptyFinding(in.Name)}}
				send(&unit{input: in, pre: &res})
			}
			return
		}
	}
}

// readLine reads one line including its newline. A line that fits in br's
// buffer (nearly all do) is a slice of that buffer, good until the next
// read: the caller copies what it keeps. A line longer than the limit is read
// to its end through scan (reset first), which scans its text for
// credentials, and dropped: line is nil and size is its length in bytes (0
// for a line that was kept). With a nil scan, such a line is not read to its
// end: size is then the bytes read of it, over the limit.
func (l *Linter) readLine(br *bufio.Reader, scan *recordScan) (line []byte, size int64, err error) {
	part, err := br.ReadSlice('\n')
	if !errors.Is(err, bufio.ErrBufferFull) && int64(len(part)) <= l.maxSize+1 {
		return part, 0, err
	}
	tooLong := false
	for {
		size += int64(len(part))
		if !tooLong {
			line = append(line, part...)
			if int64(len(line)) > l.maxSize+1 {
				if scan == nil {
					return nil, size, nil
				}
				scan.reset()
				scan.write(line)
				line, tooLong = nil, true
			}
		} else {
			scan.write(part)
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			switch {
			case !tooLong:
				size = 0
			case err == nil:
				size-- // the newline is not part of the record
			}
			return line, size, err
		}
		part, err = br.ReadSlice('\n')
	}
}

// lintPart lints one unit in this goroutine, with the findings of its gzip
// headers, if any, sorted in.
func (l *Linter) lintPart(u *unit) Result {
	var r Result
	if u.pre != nil {
		r = l.lintPre(u)
	} else {
		r = l.lintUnit(u)
	}
	if len(u.gzipHeaders) > 0 {
		h := l.finish(u.input.Name, Result{Findings: u.gzipHeaders})
		r.Findings = finding.SortUnique(append(r.Findings, h.Findings...))
	}
	return r
}

// lintPre finishes the result that the reader decided for a unit, with the
// unit's note.
func (l *Linter) lintPre(u *unit) Result {
	if u.note != nil {
		u.pre.Findings = append(u.pre.Findings, *u.note)
	}
	return l.finish(u.input.Name, *u.pre)
}

func (l *Linter) lintUnit(u *unit) Result {
	if u.data == nil {
		return l.file(u.input.Path, u.input.Name)
	}
	if u.format == input.JSONLines && !u.encoded {
		return l.lintChunk(u.input.Name, u.data, u.firstLine, u.note)
	}
	if u.format == input.Log && !u.encoded {
		return l.lintLogChunk(u.input.Name, u.data, u.firstLine, u.input.log)
	}
	return l.lintBytes(u.input.Name, u.format, u.data)
}
