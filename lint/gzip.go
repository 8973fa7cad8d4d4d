package lint

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// gzip input (RFC 1952) is read as the text it decompresses to, as a stream:
// the text of a file named x.json.gz, x.jsonl.gz, x.yaml.gz, ... is read in
// the format its inner extension names; any other input that starts with the
// gzip magic bytes (a CloudWatch Logs export to S3 is named 000000.gz) is
// decompressed whatever its name, and its text sniffed. Every member of a
// multi-member stream is read, as gzip -d reads them. Lines and columns are
// those of the text; --max-size applies to the text (see readWhole and
// chunkLines), so that a small file that decompresses to gigabytes is a
// finding once its text passes the limit.

// IsGzip reports whether data starts with the gzip magic bytes.
func IsGzip(start []byte) bool { return bytes.HasPrefix(start, gzipMagic) }

// withoutGzipSuffix returns a file name without a final ".gz" (in any case),
// so that FormatOf reads x.json.gz as JSON. x.gz and x.tar.gz then name no
// format: a folder walk leaves them alone.
func withoutGzipSuffix(name string) string {
	const suffix = ".gz"
	if len(name) > len(suffix) && strings.EqualFold(name[len(name)-len(suffix):], suffix) {
		return name[:len(name)-len(suffix)]
	}
	return name
}

// gzipText reads the text of a gzip stream and keeps count of where it is
// in that text, so that a stream that breaks is reported where its text
// stops. Its error is sticky: bufio.Reader hands an error out once, and the
// reader may be asked again.
type gzipText struct {
	src  io.Reader    // the compressed bytes; an io.ByteReader, so that no byte past a member is read
	z    *gzip.Reader // nil until the first Read, which reads the first header
	head gzip.Header  // the header of the first member
	size int64        // bytes of text given out
	line int          // the line the text given out ends on
	col  int          // the characters of that line given out
	err  error
}

func newGzipText(src io.Reader) *gzipText { return &gzipText{src: src, line: 1} }

func (g *gzipText) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.z == nil {
		z, err := gzip.NewReader(g.src)
		if err != nil {
			g.err = g.broken(err)
			return 0, g.err
		}
		g.z, g.head = z, z.Header
	}
	n, err := g.z.Read(p)
	g.count(p[:n])
	if err != nil {
		if err != io.EOF {
			err = g.broken(err)
		}
		g.err = err
	}
	return n, err
}

// count moves the position past text.
func (g *gzipText) count(text []byte) {
	g.size += int64(len(text))
	if nl := bytes.LastIndexByte(text, '\n'); nl >= 0 {
		g.line += bytes.Count(text, []byte{'\n'})
		g.col, text = 0, text[nl+1:]
	}
	for _, b := range text {
		if b&0xC0 != 0x80 { // a byte that starts a character (columns count characters)
			g.col++
		}
	}
}

// broken turns the error of a stream that cannot be read on into a
// gzipError at the end of the text read so far.
func (g *gzipText) broken(err error) *gzipError {
	e := &gzipError{size: g.size, line: g.line, col: g.col + 1, what: "truncated"}
	switch {
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
	case errors.Is(err, gzip.ErrChecksum):
		e.what = "corrupt (its checksum or length does not match)"
	case errors.Is(err, gzip.ErrHeader):
		e.what = "corrupt (not a gzip header)"
	default:
		e.what = "corrupt"
	}
	return e
}

// A gzipError is a gzip stream that breaks: truncated, or corrupt.
type gzipError struct {
	size      int64 // bytes of text before the break
	line, col int   // where the text stops
	what      string
}

func (e *gzipError) Error() string {
	return fmt.Sprintf("the gzip data is %s after %d bytes of text", e.what, e.size)
}

// finding is the syntax error where the text stops.
func (e *gzipError) finding() finding.Finding {
	return finding.Finding{Line: e.line, Column: e.col, Rule: ruleSyntax.ID, Severity: ruleSyntax.Severity, Message: e.Error()}
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
	return IsGzip(start[:n])
}

// Gunzip returns the text of gzip data, every member of it, up to limit+1
// bytes (text over the limit is cut there: the caller tells by its length),
// and the header of its first member. A stream that breaks is an error that
// says after how many bytes of text.
func Gunzip(data []byte, limit int64) ([]byte, gzip.Header, error) {
	g := newGzipText(bytes.NewReader(data))
	text, err := io.ReadAll(io.LimitReader(g, limit+1))
	return text, g.head, err
}
