package input

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
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
//
// It reads the members' headers itself (gzipheader.go): Go's gzip reader
// refuses a file name or comment of 512 bytes or more, which gzip -d reads,
// and keeps no header of a later member. The names, comments and extra
// fields of every header are kept (HeaderFields): text beside the data,
// which can hold a credential too.
type GzipReader struct {
	src     flate.Reader  // the compressed bytes, read byte by byte past a member's end
	inflate io.ReadCloser // the member's data; nil before the first member
	member  int           // members begun
	crc     uint32        // of the member's text so far
	n       uint32        // the member's text so far, modulo 2^32
	head    gzip.Header   // the header of the first member
	fields  []GzipField
	size    int64 // bytes of text given out
	line    int   // the line the text given out ends on
	col     int   // the characters of that line given out
	err     error
}

// NewGzipReader returns a reader of the text of the gzip stream src. src is
// read through a bufio.Reader unless it is an io.ByteReader already, so that
// no byte past the stream is read from a bufio.Reader or a bytes.Reader.
func NewGzipReader(src io.Reader) *GzipReader {
	fr, ok := src.(flate.Reader)
	if !ok {
		fr = bufio.NewReader(src)
	}
	return &GzipReader{src: fr, line: 1}
}

func (g *GzipReader) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.inflate == nil {
		if err := g.nextMember(); err != nil {
			if err == io.EOF { // no byte at all: not even one member
				err = io.ErrUnexpectedEOF
			}
			g.err = g.broken(err)
			return 0, g.err
		}
	}
	n, err := g.inflate.Read(p)
	g.count(p[:n])
	g.crc = crc32.Update(g.crc, crc32.IEEETable, p[:n])
	g.n += uint32(n)
	if err == io.EOF {
		if err = g.endMember(); err == nil {
			err = g.nextMember() // io.EOF at the end of the stream
		}
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

// endMember checks the trailer of the member just read: the CRC-32 and the
// length of its text.
func (g *GzipReader) endMember() error {
	var trailer [8]byte
	if _, err := io.ReadFull(g.src, trailer[:]); err != nil {
		return noEOF(err)
	}
	if binary.LittleEndian.Uint32(trailer[:4]) != g.crc || binary.LittleEndian.Uint32(trailer[4:]) != g.n {
		return gzip.ErrChecksum
	}
	return nil
}

// nextMember reads the header of the next member, if there is one (io.EOF
// at the end of the stream), and starts on its data.
func (g *GzipReader) nextMember() error {
	h, err := g.readHeader()
	if err != nil {
		return err
	}
	if g.member == 1 {
		g.head = h
	}
	g.crc, g.n = 0, 0
	if g.inflate == nil {
		g.inflate = flate.NewReader(g.src)
		return nil
	}
	return g.inflate.(flate.Resetter).Reset(g.src, nil)
}

// Header is the header of the stream's first member, once it is read.
func (g *GzipReader) Header() gzip.Header { return g.head }

// HeaderFields are the file names, comments and extra fields of the
// members' headers read so far, even of a header that breaks off.
func (g *GzipReader) HeaderFields() []GzipField { return g.fields }

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
