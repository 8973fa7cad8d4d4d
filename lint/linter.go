package lint

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/config"
	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/rules"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// DefaultMaxSize is the largest file (or JSON Lines record) linted by default.
const DefaultMaxSize = 64 << 20

// Options change what a Linter does. The zero value is the default.
type Options struct {
	// MaxSize is the largest file, or JSON Lines record, in bytes that is
	// linted; a larger one gets a file-too-large finding. 0 means DefaultMaxSize;
	// more than input.MaxSizeLimit means input.MaxSizeLimit.
	MaxSize int64
	// Config turns rules off, changes severities and suppresses single
	// findings (.jobdetails-lint.yaml). nil means none.
	Config *config.Config
	// Operation names the operation whose response every document is, where
	// its top-level member leaves a choice: GetJobDetails or
	// GetThirdPartyJobDetails for "jobDetails", PollForJobs or
	// PollForThirdPartyJobs for "jobs". UnknownForm lets the document tell.
	Operation document.Form
	// LogFormat names the log container of every file whose name does not
	// say its format (a text container), and of every JSON document (a JSON
	// container); logs.Auto tells containers by their shape, logs.None reads
	// no file as one.
	LogFormat logs.Container
}

// Linter lints responses. It is safe for concurrent use.
type Linter struct {
	maxSize   int64
	rules     []rules.Rule
	ruleInfos []finding.RuleInfo // rules[i].Info(), made once
	cfg       *config.Config
	operation document.Form
	logFormat logs.Container
	// The default severity of every rule in the catalogue, which tells the
	// config which findings had their severity decided per value.
	defaults map[string]finding.Severity
	// Per Go rule that replaces schema findings: the schema rules it
	// replaces (RuleInfo.Replaces).
	replaces map[string][]string
	// Per suppression of the config: whether its file was linted, and whether
	// it matched a finding. Workers set them concurrently.
	covered []atomic.Bool
	used    []atomic.Bool
}

// New returns a Linter with the given options.
func New(opts Options) *Linter {
	l := &Linter{maxSize: opts.MaxSize, rules: rules.All(), cfg: opts.Config, operation: opts.Operation,
		logFormat: opts.LogFormat, defaults: map[string]finding.Severity{}, replaces: map[string][]string{}}
	for _, r := range l.rules {
		info := r.Info()
		l.ruleInfos = append(l.ruleInfos, info)
		if len(info.Replaces) > 0 {
			l.replaces[info.ID] = info.Replaces
		}
	}
	for _, info := range Catalog() {
		l.defaults[info.ID] = info.Severity
	}
	if l.maxSize <= 0 {
		l.maxSize = DefaultMaxSize
	}
	l.maxSize = min(l.maxSize, input.MaxSizeLimit)
	if opts.Config != nil {
		l.covered = make([]atomic.Bool, len(opts.Config.Suppress))
		l.used = make([]atomic.Bool, len(opts.Config.Suppress))
	}
	return l
}

// UnusedSuppressions returns a note for each suppression of the config whose
// file was linted but which matched no finding, so that the config does not
// rot. Call it after linting.
func (l *Linter) UnusedSuppressions() []finding.Finding {
	if l.cfg == nil {
		return nil
	}
	done := make([]bool, len(l.used))
	for i := range done {
		done[i] = l.used[i].Load() || !l.covered[i].Load()
	}
	fs := l.cfg.Unused(done)
	for i := range fs {
		secrets.MaskFinding(&fs[i]) // they quote config text
	}
	return fs
}

// Result is what linting one input, or one part of a JSON Lines stream, found.
type Result struct {
	File      string
	Documents int               // how many responses were decoded (in a log container: its jobs)
	Findings  []finding.Finding // sorted, without duplicates
	Err       error             // the input could not be read; Findings may be partial
	// Log is set for a log container (package logs), of which Events,
	// Jobs and CredentialSets count the log events read, the jobs found in
	// their messages, and the access key ids reported as leaked (each one
	// a credential set).
	Log            bool
	Events         int
	Jobs           int
	CredentialSets int
	// Elapsed is the time spent linting the input (set by Run: its
	// worker's time for a file, for a chunk of a stream that chunk's).
	Elapsed time.Duration
}

// Bytes lints data as if read from a file called name; the name's extension
// chooses the format (JSON, YAML, JSON Lines), and text is sniffed otherwise.
// gzip data is decompressed, and its text linted (see input.IsGzip).
func (l *Linter) Bytes(name string, data []byte) Result {
	if input.IsGzip(data) {
		return l.lintStream(name, bytes.NewReader(data))
	}
	return l.lintBytes(name, input.FormatOf(name), data)
}

// File reads and lints one file. A gzip file is decompressed as it is read,
// whatever its name, and its text linted.
func (l *Linter) File(path string) Result { return l.file(path, path) }

// file reads and lints the file at path as the file called name, which its
// findings and errors show.
func (l *Linter) file(path, name string) Result {
	f, err := os.Open(path)
	if err != nil {
		return Result{File: name, Err: input.PathError(name, err)}
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return Result{File: name, Err: input.PathError(name, err)}
	case info.IsDir():
		return Result{File: name, Err: fmt.Errorf("cannot read %s: it is a folder", name)}
	case (info.Size() > l.maxSize || info.Size() > streamJSONOver) && startsWithGzip(f):
		// A large gzip file is read as a stream; the limit is on its text.
		return l.lintStream(name, f)
	case info.Size() > l.maxSize:
		if r, ok := l.streamFile(name, f); ok { // JSON Lines: each record within the limit
			return r
		}
		return l.finish(name, l.tooLarge(name, info.Size()))
	case info.Size() > streamJSONOver && input.FormatOf(name) == input.JSON:
		// A large .json file of JSON Lines goes record by record: held
		// whole, with every record's tree alive at once, it would make the
		// garbage collector run again and again under the memory limit.
		if r, ok := l.streamFile(name, f); ok {
			return r
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return Result{File: name, Err: input.PathError(name, err)}
		}
	}
	buf := readBuffers.Get().(*[]byte)
	defer readBuffers.Put(buf)
	data, err := readAll(f, (*buf)[:0], info.Size(), l.maxSize)
	if cap(data) <= maxPooledBuffer {
		*buf = data
	}
	if err != nil {
		return Result{File: name, Err: input.PathError(name, err)}
	}
	if int64(len(data)) > l.maxSize { // the file grew while it was read
		return l.finish(name, l.tooLarge(name, int64(len(data))))
	}
	return l.Bytes(name, data)
}

// streamJSONOver is the size above which a .json file that holds JSON Lines
// is linted record by record, as a .jsonl file is.
const streamJSONOver = 1 << 20

// readBuffers are reused between files: nothing that linting returns points
// into the bytes read (the decoders copy what they keep).
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledBuffer keeps the buffer of an unusually large file out of the
// pool, so that one such file does not hold its memory for the whole run.
const maxPooledBuffer = 1 << 20

// readAll reads r to its end into buf, expecting size bytes, and stops once
// it holds more than limit.
func readAll(r io.Reader, buf []byte, size, limit int64) ([]byte, error) {
	if want := int(size) + 512; cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF || int64(len(buf)) > limit {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

func (l *Linter) emptyFinding(name string) finding.Finding {
	return finding.Finding{File: name, Line: 1, Column: 1, Rule: ruleEmpty.ID, Severity: ruleEmpty.Severity,
		Message: "the file is empty; expected a CodePipeline job (a Lambda invoke event or a job worker response)"}
}

func (l *Linter) recordTooLarge(name string, lineNo int, size int64) Result {
	f := finding.Finding{File: name, Line: lineNo, Column: 1, Rule: ruleTooLarge.ID, Severity: ruleTooLarge.Severity,
		Message: fmt.Sprintf("the record is %d bytes, over the limit of %d; raise --max-size to lint it", size, l.maxSize)}
	return Result{File: name, Findings: []finding.Finding{f}}
}

func (l *Linter) tooLarge(name string, size int64) Result {
	f := finding.Finding{File: name, Line: 1, Column: 1, Rule: ruleTooLarge.ID, Severity: ruleTooLarge.Severity,
		Message: fmt.Sprintf("the file is %d bytes, over the limit of %d; raise --max-size to lint it", size, l.maxSize)}
	return Result{File: name, Findings: []finding.Finding{f}}
}

// lintBytes lints the whole text of a file in a known format.
func (l *Linter) lintBytes(name string, format input.Format, data []byte) Result {
	l = l.forFile(name)
	enc := textenc.Detect(data)
	if enc.IsUTF8() {
		return l.finish(name, l.lintText(format, data))
	}
	if int64(len(data)) > l.maxSize {
		return l.tooLarge(name, int64(len(data)))
	}
	return l.finish(name, l.lintEncoded(format, data, enc))
}

// lintEncoded lints a UTF-16 or UTF-32 file as its UTF-8 text, whose lines
// and columns are the file's (both count characters), and warns that the
// file is not UTF-8. Text that is not valid in its encoding is a syntax
// error that is still scanned for credentials.
func (l *Linter) lintEncoded(format input.Format, data []byte, enc textenc.Encoding) Result {
	text, err := textenc.Decode(data, enc)
	var r Result
	if err != nil {
		f := finding.Finding{Line: err.Line, Column: err.Col, Rule: ruleSyntax.ID, Severity: ruleSyntax.Severity, Message: err.Msg}
		r.Findings = append([]finding.Finding{f}, secrets.ScanRaw(text)...)
	} else {
		r = l.lintText(format, text)
	}
	r.Findings = append(r.Findings, encodingFinding(enc))
	return r
}

// lintText lints the whole UTF-8 text of a file in a known format. JSON text
// that holds JSON Lines is read as JSON Lines, with a note that says so.
func (l *Linter) lintText(format input.Format, data []byte) Result {
	if format == input.Sniff {
		format = l.withLogFormat(input.DetectUTF8Format(data), data)
	}
	var notes []finding.Finding // the file-format note of JSON text read as JSON Lines
	if format == input.JSON {
		if note, ok := jsonLinesStart(data, true); ok {
			format, notes = input.JSONLines, append(notes, note)
		}
	}
	var r Result
	switch {
	case format == input.Log:
		r = l.lintLog(data, 1, l.logContainer(data))
		if isBlank(data) {
			r.Findings = append(r.Findings, l.emptyFinding(""))
		}
	case format == input.JSONLines:
		r = l.lintLines(data, 1) // it warns of a byte-order mark itself
		if isBlank(data) {
			r.Findings = append(r.Findings, l.emptyFinding(""))
		}
	case int64(len(data)) > l.maxSize:
		return l.tooLarge("", int64(len(data)))
	case isBlank(data):
		r.Findings = []finding.Finding{l.emptyFinding("")}
	case format == input.YAML:
		r = l.lintYAML(data) // YAML allows a byte-order mark
	default:
		r = l.lintJSON(data)
		if bytes.HasPrefix(data, utf8BOM) {
			r.Findings = append(r.Findings, bomFinding(1))
		}
	}
	r.Findings = append(r.Findings, notes...)
	return r
}

// lintChunk lints a piece of a JSON Lines stream that starts at firstLine,
// with the file-format note of a .json file read as JSON Lines, if any.
func (l *Linter) lintChunk(name string, data []byte, firstLine int, note *finding.Finding) Result {
	l = l.forFile(name)
	r := l.lintLines(data, firstLine)
	if note != nil {
		r.Findings = append(r.Findings, *note)
	}
	return l.finish(name, r)
}

// finish names the file in a result and takes its raw findings through the
// stages after the sources, in the order the package doc gives.
func (l *Linter) finish(name string, r Result) Result {
	r.File = name
	for i := range r.Findings {
		r.Findings[i].File = name
	}
	r.Findings = l.applyConfig(r.Findings)
	r.Findings = l.suppress(name, r.Findings)
	r.Findings = l.oneFindingPerProblem(r.Findings)
	for i := range r.Findings {
		// The masking step: the checks mask the values they name, and this
		// masks whatever else is credential-shaped in the message, pointer
		// and file name (an object key quoted in a message, a cut value, a
		// file named after a key), and escapes control characters in the
		// file name. The config above saw the file name as it is.
		secrets.MaskFinding(&r.Findings[i])
	}
	r.Findings = finding.SortUnique(r.Findings)
	if r.Log {
		r.CredentialSets = countCredentialSets(r.Findings)
	}
	return r
}

// applyConfig drops the findings of rules the config turns off and gives the
// others the rule's configured severity, unless their severity was decided
// for their value.
func (l *Linter) applyConfig(fs []finding.Finding) []finding.Finding {
	if l.cfg == nil {
		return fs
	}
	return l.cfg.Apply(fs, l.defaults)
}

// suppress drops the findings that a suppression of the config accepts, and
// notes which suppressions were about this file and which were used.
func (l *Linter) suppress(name string, fs []finding.Finding) []finding.Finding {
	if l.cfg == nil || len(l.cfg.Suppress) == 0 {
		return fs
	}
	for i := range l.covered {
		if !l.covered[i].Load() && l.cfg.Covers(i, name) {
			l.covered[i].Store(true)
		}
	}
	kept := fs[:0]
	for _, f := range fs {
		// A suppression names the pointer as the output shows it, which
		// masking cuts before a credential.
		shown := f
		shown.Pointer = secrets.SafePointer(f.Pointer)
		if j, ok := l.cfg.Suppressed(&shown); ok {
			l.used[j].Store(true)
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

func (l *Linter) lintJSON(data []byte) Result {
	if f, ok := binaryFinding(data, 1); ok {
		return Result{Findings: append([]finding.Finding{f}, secrets.ScanRaw(data)...)}
	}
	// Several documents one after another (aws ... >> captures.json) are
	// each a response; anything else after a document is a syntax error.
	roots, err := decode.JSONValues(data)
	if err != nil {
		return Result{Findings: append([]finding.Finding{syntaxFinding(err)}, secrets.ScanRaw(data)...)}
	}
	r := Result{Documents: len(roots)}
	if len(roots) > 1 {
		r.Findings = append(r.Findings, concatenatedNote(roots[1].Line, roots[1].Col))
		for _, line := range decode.BOMLines(data) { // files saved with a mark, joined
			r.Findings = append(r.Findings, bomFinding(line))
		}
	}
	var seek *logs.Seeker // the offsets of a log container's messages
	for _, root := range roots {
		if l.isJSONContainer(root) {
			if seek == nil {
				seek = logs.NewSeeker(data, 1)
			}
			r.Documents--
			l.lintJSONContainer(&r, data, seek, root)
			continue
		}
		r.Findings = append(r.Findings, l.checkDocument(root)...)
	}
	return r
}

func (l *Linter) lintYAML(data []byte) Result {
	if f, ok := binaryFinding(data, 1); ok {
		return Result{Findings: append([]finding.Finding{f}, secrets.ScanRaw(data)...)}
	}
	docs, err := decode.YAML(data)
	if err != nil {
		return Result{Findings: append([]finding.Finding{syntaxFinding(err)}, secrets.ScanRaw(data)...)}
	}
	r := Result{Documents: len(docs)}
	if len(docs) == 0 {
		r.Findings = append(r.Findings, finding.Finding{Line: 1, Column: 1, Rule: ruleEmpty.ID, Severity: ruleEmpty.Severity,
			Message: "the file holds no YAML document; expected a CodePipeline job (a Lambda invoke event or a job worker response)"})
	}
	for _, root := range docs {
		r.Findings = append(r.Findings, l.checkDocument(root)...)
	}
	// Comments are scanned even in a file of comments only: a key that was
	// commented out is still in the file.
	if comments := decode.YAMLComments(data); comments != nil {
		for _, f := range secrets.ScanRaw(comments) {
			f.Message = "in a YAML comment: " + f.Message
			r.Findings = append(r.Findings, f)
		}
	}
	r.Findings = append(r.Findings, yamlNameFindings(data)...)
	return r
}

// lintLines lints JSON Lines text: one response per line, blank lines skipped.
// A record that starts with a byte-order mark is read without it, and warned
// of.
func (l *Linter) lintLines(data []byte, firstLine int) Result {
	var r Result
	for lineNo := firstLine; len(data) > 0; lineNo++ {
		line := data
		if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
			line, data = data[:nl], data[nl+1:]
		} else {
			data = nil
		}
		if isBlank(line) {
			continue
		}
		if bytes.HasPrefix(line, utf8BOM) {
			r.Findings = append(r.Findings, bomFinding(lineNo))
		}
		r.add(l.lintLine(line, lineNo))
	}
	return r
}

// lintLine lints one JSON Lines record.
func (l *Linter) lintLine(line []byte, lineNo int) Result {
	if int64(len(line)) > l.maxSize {
		r := l.recordTooLarge("", lineNo, int64(len(line)))
		r.Findings = append(r.Findings, scanLongRecord(line, lineNo)...)
		return r
	}
	if f, ok := binaryFinding(line, lineNo); ok {
		return Result{Findings: append([]finding.Finding{f}, rawOnLine(line, lineNo)...)}
	}
	root, err := decode.JSONLine(line, lineNo)
	if err != nil {
		return Result{Findings: append([]finding.Finding{syntaxFinding(err)}, rawOnLine(line, lineNo)...)}
	}
	var r Result
	if l.isJSONContainer(root) { // a response of aws logs filter-log-events on a line of its own
		l.lintJSONContainer(&r, line, logs.NewSeeker(line, lineNo), root)
		return r
	}
	return Result{Documents: 1, Findings: l.checkDocument(root)}
}

// rawOnLine scans one undecodable JSON Lines record for credentials.
func rawOnLine(line []byte, lineNo int) []finding.Finding {
	fs := secrets.ScanRaw(line)
	for i := range fs {
		fs[i].Line += lineNo - 1
	}
	return fs
}

func syntaxFinding(err error) finding.Finding {
	f := finding.Finding{Line: 1, Column: 1, Rule: ruleSyntax.ID, Severity: ruleSyntax.Severity, Message: err.Error()}
	if e, ok := err.(*decode.Error); ok {
		f.Line, f.Column, f.Message = e.Line, e.Col, e.Msg
	}
	return f
}

// binaryFinding reports a NUL byte, which no JSON or YAML text holds: the file
// is binary, or text in UTF-32 without a byte-order mark (UTF-16 and UTF-32
// text that Detect recognises is decoded before this).
func binaryFinding(data []byte, firstLine int) (finding.Finding, bool) {
	if input.IsGzip(data) {
		return finding.Finding{Line: firstLine, Column: 1, Rule: ruleSyntax.ID, Severity: ruleSyntax.Severity,
			Message: "gzip-compressed data; decompress it first, e.g. zcat FILE.gz | jobdetails-lint --stdin-filename FILE -"}, true
	}
	i := bytes.IndexByte(data, 0)
	if i < 0 {
		return finding.Finding{}, false
	}
	line := firstLine + bytes.Count(data[:i], []byte{'\n'})
	col := i - bytes.LastIndexByte(data[:i], '\n')
	return finding.Finding{Line: line, Column: col, Rule: ruleSyntax.ID, Severity: ruleSyntax.Severity,
		Message: "binary data (a NUL byte); expected JSON or YAML text in UTF-8"}, true
}

// encodingFinding warns that a file is UTF-16 or UTF-32, which it was read
// as, and says how to convert it.
func encodingFinding(enc textenc.Encoding) finding.Finding {
	return finding.Finding{Line: 1, Column: 1, Rule: ruleEncoding.ID, Severity: ruleEncoding.Severity,
		Message: fmt.Sprintf("the file is %s; AWS SDKs and most JSON parsers expect UTF-8: convert it, e.g. iconv -f %s -t UTF-8", enc, enc.IconvName())}
}

// bomFinding warns of a UTF-8 byte-order mark at the start of JSON text (line
// 1) or of a JSON Lines record: RFC 8259 (section 8.1) forbids writing one and
// leaves parsers free to reject it, as those named do; the linter reads the
// text without it. YAML allows one.
func bomFinding(lineNo int) finding.Finding {
	const rejected = "which Go's encoding/json, Python's json.load (of a file opened as UTF-8) and AWS SDKs reject"
	msg := "the file starts with a UTF-8 byte-order mark, " + rejected + "; save it as UTF-8 without a byte-order mark"
	if lineNo > 1 {
		msg = "the record starts with a UTF-8 byte-order mark (as when files saved with one are joined), " + rejected + "; remove it"
	}
	return finding.Finding{Line: lineNo, Column: 1, Rule: ruleEncoding.ID, Severity: ruleEncoding.Severity, Message: msg}
}

func isBlank(data []byte) bool {
	return len(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))) == 0
}
