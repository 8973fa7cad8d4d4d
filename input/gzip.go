package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// gzip input (RFC 1952) is read as the text it decompresses to, as a
// stream: every member of a multi-member stream, as gzip -d reads them. A
// file named x.json.gz, x.jsonl.gz, x.yaml.gz, ... holds text in the format
// its inner extension names (FormatOf); any other input that starts with the
// gzip magic bytes (a CloudWatch Logs export to S3 is named 000000.gz) is
// decompressed whatever its name, and its text sniffed.

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// IsGzip reports whether data starts with the gzip magic bytes.
func IsGzip(start []byte) bool { return bytes.HasPrefix(start, gzipMagic) }

// PeekGzip reports whether a buffered stream starts with the gzip magic
// bytes, reading no more of it than they are.
func PeekGzip(br *bufio.Reader) bool {
	start, _ := br.Peek(len(gzipMagic))
	return IsGzip(start)
}

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

// A GzipReader reads the text of a gzip stream and keeps count of where it
// is in that text, so that a stream that breaks is reported where its text
// stops (a *GzipError). Its error is sticky: bufio.Reader hands an error out
// once, and the reader may be asked again.
type GzipReader struct {
	src  io.Reader    // the compressed bytes; an io.ByteReader, so that no byte past a member is read
	z    *gzip.Reader // nil until the first Read, which reads the first header
	head gzip.Header  // the header of the first member
	size int64        // bytes of text given out
	line int          // the line the text given out ends on
	col  int          // the characters of that line given out
	err  error

	// The names and comments of the members' headers read so far, one per
	// line: text beside the data, which can hold a credential too (a file
	// compressed under a name that was a key). Go's reader keeps each to
	// 512 bytes.
	headerText []byte
	last       gzip.Header // the header last added to headerText
}

// NewGzipReader returns a reader of the text of the gzip stream src, which
// should be an io.ByteReader (a bufio.Reader), so that no byte past the
// stream is read.
func NewGzipReader(src io.Reader) *GzipReader {
	if _, ok := src.(io.ByteReader); !ok {
		src = bufio.NewReader(src)
	}
	return &GzipReader{src: src, line: 1}
}

func (g *GzipReader) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.z == nil {
		z, err := gzip.NewReader(g.src)
		if err != nil {
			g.err = g.broken(err)
			return 0, g.err
		}
		// Member by member: Go's reader of a multi-member stream reads
		// the headers of the later members but keeps none of them.
		z.Multistream(false)
		g.z, g.head = z, z.Header
		g.addHeader(z.Header)
	}
	n, err := g.z.Read(p)
	g.count(p[:n])
	if err == io.EOF {
		err = g.nextMember()
		if err == nil && n == 0 {
			return g.Read(p)
		}
	}
	if err != nil {
		if err != io.EOF {
			err = g.broken(err)
		}
		g.err = err
	}
	return n, err
}

// nextMember starts on the member after the one that ended, if there is
// one: io.EOF at the end of the stream.
func (g *GzipReader) nextMember() error {
	if err := g.z.Reset(g.src); err != nil {
		return err
	}
	g.z.Multistream(false)
	g.addHeader(g.z.Header)
	return nil
}

// addHeader adds the name and comment of a member's header to the header
// text, unless they are those of the header added last.
func (g *GzipReader) addHeader(h gzip.Header) {
	if h.Name == g.last.Name && h.Comment == g.last.Comment {
		return
	}
	g.last = h
	for _, s := range []string{h.Name, h.Comment} {
		if s != "" {
			g.headerText = append(append(g.headerText, s...), '\n')
		}
	}
}

// Header is the header of the stream's first member, once it is read.
func (g *GzipReader) Header() gzip.Header { return g.head }

// HeaderText is the text of the names and comments in the headers of the
// members read so far, one per line.
func (g *GzipReader) HeaderText() []byte { return g.headerText }

// count moves the position past text.
func (g *GzipReader) count(text []byte) {
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
// GzipError at the end of the text read so far.
func (g *GzipReader) broken(err error) *GzipError {
	e := &GzipError{Line: g.line, Col: g.col + 1, size: g.size, what: "truncated"}
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

// A GzipError is a gzip stream that breaks: truncated, or corrupt.
type GzipError struct {
	Line, Col int   // where the text stops
	size      int64 // bytes of text before the break
	what      string
}

func (e *GzipError) Error() string {
	return fmt.Sprintf("the gzip data is %s after %d bytes of text", e.what, e.size)
}

// Gunzip returns the text of gzip data, every member of it, up to limit+1
// bytes (text over the limit is cut there: the caller tells by its length),
// and the header of its first member. A stream that breaks is a *GzipError,
// which says after how many bytes of text.
func Gunzip(data []byte, limit int64) ([]byte, gzip.Header, error) {
	g := NewGzipReader(bytes.NewReader(data))
	text, err := ReadLimited(g, limit)
	return text, g.Header(), err
}
