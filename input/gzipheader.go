package input

import (
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"io"
	"time"
)

// A GzipField is text that a gzip header stores beside the data (RFC 1952):
// a member's file name, comment or extra field.
type GzipField struct {
	Member int    // 1 for the first member
	Name   string // "file name", "comment" or "extra field"
	Text   []byte // as stored: a name or comment in ISO 8859-1, without its NUL
}

// The flags of a gzip header (RFC 1952, 2.3.1).
const (
	flagHeaderCRC = 1 << 1
	flagExtra     = 1 << 2
	flagName      = 1 << 3
	flagComment   = 1 << 4
)

// maxHeaderString is the longest file name or comment read: gzip sets no
// limit, and one of gigabytes would be held whole.
const maxHeaderString = 1 << 20

// readHeader reads the header of the next member: io.EOF when the stream
// ends before it, gzip.ErrHeader when what follows is no gzip header. The
// fields read are kept, those of a header that breaks off too, so that what
// it held is scanned all the same.
func (g *GzipReader) readHeader() (gzip.Header, error) {
	var h gzip.Header
	var fixed [10]byte
	if _, err := io.ReadFull(g.src, fixed[:]); err != nil {
		if err == io.EOF && g.member > 0 {
			return h, io.EOF
		}
		return h, noEOF(err)
	}
	if fixed[0] != gzipMagic[0] || fixed[1] != gzipMagic[1] || fixed[2] != 8 { // 8: deflate
		return h, gzip.ErrHeader
	}
	g.member++
	flags := fixed[3]
	if t := binary.LittleEndian.Uint32(fixed[4:8]); t > 0 {
		h.ModTime = time.Unix(int64(t), 0)
	}
	h.OS = fixed[9]
	crc := crc32.ChecksumIEEE(fixed[:])
	read := func(n int) ([]byte, error) {
		b := make([]byte, n)
		_, err := io.ReadFull(g.src, b)
		crc = crc32.Update(crc, crc32.IEEETable, b)
		return b, noEOF(err)
	}
	if flags&flagExtra != 0 {
		size, err := read(2)
		if err != nil {
			return h, err
		}
		extra, err := read(int(binary.LittleEndian.Uint16(size)))
		g.addField("extra field", extra)
		if err != nil {
			return h, err
		}
		h.Extra = extra
	}
	for _, f := range []struct {
		flag byte
		name string
		to   *string
	}{{flagName, "file name", &h.Name}, {flagComment, "comment", &h.Comment}} {
		if flags&f.flag == 0 {
			continue
		}
		text, err := g.readString(&crc)
		g.addField(f.name, text)
		if err != nil {
			return h, err
		}
		*f.to = latin1(text)
	}
	if flags&flagHeaderCRC != 0 {
		sum, err := read(2)
		if err != nil {
			return h, err
		}
		if binary.LittleEndian.Uint16(sum) != uint16(crc) {
			return h, gzip.ErrHeader
		}
	}
	return h, nil
}

// readString reads a NUL-terminated string of a header, adding its bytes
// and the NUL to crc.
func (g *GzipReader) readString(crc *uint32) ([]byte, error) {
	var text []byte
	for {
		c, err := g.src.ReadByte()
		if err != nil {
			return text, noEOF(err)
		}
		*crc = crc32.Update(*crc, crc32.IEEETable, []byte{c})
		if c == 0 {
			return text, nil
		}
		if len(text) == maxHeaderString {
			return text, gzip.ErrHeader
		}
		text = append(text, c)
	}
}

// addField keeps a field of the current member's header, unless it is empty.
func (g *GzipReader) addField(name string, text []byte) {
	if len(text) > 0 {
		g.fields = append(g.fields, GzipField{Member: g.member, Name: name, Text: text})
	}
}

// latin1 turns ISO 8859-1 text, as gzip stores a name or comment, into a Go
// string, as Go's gzip reader does.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// noEOF turns io.EOF, where more bytes must follow, into
// io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
