package lint

import (
	"fmt"
	"os"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// gzip input is read as the text it decompresses to (see package input), as
// a stream. Lines and columns are those of the text; --max-size applies to
// the text (see readWhole and chunkLines), so that a small file that
// decompresses to gigabytes is a finding once its text passes the limit. A
// stream that breaks is a syntax error where its text stops.

// brokenGzipFinding is the syntax error where the text of a gzip stream that
// breaks stops.
func brokenGzipFinding(e *input.GzipError) finding.Finding {
	return finding.Finding{Line: e.Line, Column: e.Col, Rule: ruleSyntax.ID, Severity: ruleSyntax.Severity, Message: e.Error()}
}

// A gzip stream read as one file (JSON, YAML) is read up to the limit; one
// read as lines stops at the first record, or the first run of blank lines,
// over the limit: reading on to the end of a line could mean decompressing
// gigabytes of zeros.

func (l *Linter) gzipTooLarge(name string) Result {
	r := l.tooLarge(name, 0)
	r.Findings[0].Message = fmt.Sprintf("the gzip data decompresses to more than %d bytes, over the limit of %d; raise --max-size to lint it", l.maxSize, l.maxSize)
	return r
}

func (l *Linter) gzipRecordTooLarge(name string, lineNo int) Result {
	r := l.recordTooLarge(name, lineNo, 0)
	r.Findings[0].Message = fmt.Sprintf("the record is more than %d bytes, over the limit of %d; the rest of the gzip data is not read; raise --max-size to lint it", l.maxSize, l.maxSize)
	return r
}

func (l *Linter) gzipBlankTooLarge(name string, lineNo int) Result {
	r := l.recordTooLarge(name, lineNo, 0)
	r.Findings[0].Message = fmt.Sprintf("blank lines of more than %d bytes from here, over the limit of %d; the rest of the gzip data is not read; raise --max-size to lint it", l.maxSize, l.maxSize)
	return r
}

// startsWithGzip reports whether a file starts with the gzip magic bytes.
func startsWithGzip(f *os.File) bool {
	var start [2]byte
	n, _ := f.ReadAt(start[:], 0)
	return input.IsGzip(start[:n])
}

// sendGzipHeaders sends the credentials in the headers of a gzip stream
// read, if any, as a part of the input after its text: the text of a stream
// cut into chunks is sent before the last header is read.
func (l *Linter) sendGzipHeaders(in *source, gz *input.GzipReader, send func(*unit)) {
	if fs := GzipHeaderFindings(gz.HeaderFields()); len(fs) > 0 {
		send(&unit{input: in, pre: &Result{File: in.Name, Findings: fs}})
	}
}

// GzipHeaderFindings are the credentials in the file names, comments and
// extra fields of gzip headers, found as in raw text and placed at 1:1,
// where the headers are; each says which field of which member holds it.
// redact removes what these report as errors.
func GzipHeaderFindings(fields []input.GzipField) []finding.Finding {
	var out []finding.Finding
	for _, field := range fields {
		for _, f := range secrets.ScanRaw(field.Text) {
			f.Line, f.Column = 1, 1
			f.Message = fmt.Sprintf("in the %s of gzip member %d's header: %s", field.Name, field.Member, f.Message)
			out = append(out, f)
		}
	}
	return finding.SortUnique(out)
}
