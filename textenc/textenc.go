// Package textenc reads text saved in UTF-16 or UTF-32 (as Windows
// PowerShell 5 writes a redirected command's output) as UTF-8, and writes
// UTF-8 text back in the encoding it came in.
package textenc

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding is how a file's text is encoded. The zero value is UTF-8.
type Encoding struct {
	Width     int  // bytes per code unit: 2 (UTF-16), 4 (UTF-32), 0 (UTF-8)
	BigEndian bool // the byte order of the code units
	BOM       bool // the text starts with a byte-order mark
}

// IsUTF8 reports whether the text is read as it is.
func (e Encoding) IsUTF8() bool { return e.Width == 0 }

// String describes the encoding, e.g. "UTF-16 (little-endian, with a
// byte-order mark)".
func (e Encoding) String() string {
	if e.IsUTF8() {
		return "UTF-8"
	}
	order, bom := "little-endian", "without a byte-order mark"
	if e.BigEndian {
		order = "big-endian"
	}
	if e.BOM {
		bom = "with a byte-order mark"
	}
	return fmt.Sprintf("UTF-%d (%s, %s)", e.Width*8, order, bom)
}

// IconvName is the name iconv -f takes to read text in the encoding: with a
// byte-order mark iconv reads the order from it (and drops it).
func (e Encoding) IconvName() string {
	name := fmt.Sprintf("UTF-%d", e.Width*8)
	switch {
	case e.IsUTF8():
		return "UTF-8"
	case e.BOM:
		return name
	case e.BigEndian:
		return name + "BE"
	}
	return name + "LE"
}

// The byte-order marks, longest first: the UTF-32 little-endian mark starts
// with the UTF-16 one.
var boms = []struct {
	mark string
	enc  Encoding
}{
	{"\xff\xfe\x00\x00", Encoding{Width: 4, BOM: true}},
	{"\x00\x00\xfe\xff", Encoding{Width: 4, BigEndian: true, BOM: true}},
	{"\xff\xfe", Encoding{Width: 2, BOM: true}},
	{"\xfe\xff", Encoding{Width: 2, BigEndian: true, BOM: true}},
}

// sniffUnits is how many code units at the start of a text without a
// byte-order mark decide whether it is UTF-16.
const sniffUnits = 64

// Detect tells the encoding of a text from its start: a UTF-16 or UTF-32
// byte-order mark, or UTF-16 without one, which shows as ASCII-range text
// whose every other byte is NUL. Anything else is UTF-8 (a binary file
// included: it is read, and reported, as it is).
func Detect(data []byte) Encoding {
	for _, b := range boms {
		if len(data) >= len(b.mark) && string(data[:len(b.mark)]) == b.mark {
			if b.enc.Width == 4 && !b.enc.BigEndian && !looksUTF32LE(data[4:]) {
				continue // UTF-16 with a mark, then U+0000
			}
			return b.enc
		}
	}
	switch {
	case looksUTF16(data, 0):
		return Encoding{Width: 2}
	case looksUTF16(data, 1):
		return Encoding{Width: 2, BigEndian: true}
	}
	return Encoding{}
}

// looksUTF16 reports whether the first code units of data are mostly ASCII
// characters in UTF-16, with the low byte at low (0: little-endian, 1:
// big-endian): the other byte is NUL and this one is not. The first unit
// must be one, and three units in four: a UTF-8 or binary file that holds a
// NUL byte or two is not taken for UTF-16, nor is UTF-32 (half its units are
// all NUL).
func looksUTF16(data []byte, low int) bool {
	n := min(len(data)/2, sniffUnits)
	if n < 2 {
		return false
	}
	ascii := 0
	for i := range n {
		if lo, hi := data[2*i+low], data[2*i+1-low]; hi == 0 && lo != 0 && lo < utf8.RuneSelf {
			ascii++
		} else if i == 0 {
			return false
		}
	}
	return 4*ascii >= 3*n
}

// looksUTF32LE reports whether the first code units after a UTF-32
// little-endian mark can be characters: their high byte is NUL and the one
// below at most 0x10. The mark is also that of UTF-16 followed by U+0000.
func looksUTF32LE(data []byte) bool {
	for i := 0; i+4 <= len(data) && i < 4*sniffUnits; i += 4 {
		if data[i+3] != 0 || data[i+2] > 0x10 {
			return false
		}
	}
	return true
}

// Error is text that is not valid in its encoding: half a code unit at the
// end, a lone surrogate, a value that is no character. Line and Col (1-based,
// counting characters) are where it is in the decoded text.
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Decode returns the text of data, which is in encoding e, as UTF-8 without
// the byte-order mark. Anything not valid in the encoding becomes U+FFFD and
// the first such place is the error; the text is whole either way.
func Decode(data []byte, e Encoding) ([]byte, *Error) {
	if e.IsUTF8() {
		return data, nil
	}
	if e.BOM {
		data = data[e.Width:]
	}
	d := decoder{enc: e, out: make([]byte, 0, len(data)/e.Width+len(data)/8+4), line: 1}
	whole := len(data) - len(data)%e.Width
	for i := 0; i < whole; {
		i += d.next(data[i:whole])
	}
	if whole < len(data) {
		d.fail(fmt.Sprintf("the file ends in the middle of a character: its length is not a multiple of %d bytes", e.Width))
	}
	return d.out, d.err
}

// decoder decodes one text, keeping the position of the next character for
// the first error.
type decoder struct {
	enc       Encoding
	out       []byte
	line, col int // col: characters after the last line break
	err       *Error
}

// next decodes the character at the start of data (whole code units) and
// returns how many bytes it took.
func (d *decoder) next(data []byte) int {
	u := d.unit(data)
	if d.enc.Width == 4 {
		if u > utf8.MaxRune || (u >= 0xd800 && u < 0xe000) {
			d.fail(fmt.Sprintf("invalid UTF-32: %#x is not a character", u))
			u = utf8.RuneError
		}
		d.put(rune(u))
		return 4
	}
	switch {
	case u < 0xd800 || u >= 0xe000:
		d.put(rune(u))
	case u < 0xdc00 && len(data) >= 4 && isLowSurrogate(d.unit(data[2:])):
		d.put(utf16.DecodeRune(rune(u), rune(d.unit(data[2:]))))
		return 4
	default:
		d.fail(fmt.Sprintf("invalid UTF-16: a lone surrogate (U+%04X)", u))
		d.put(utf8.RuneError)
	}
	return 2
}

func isLowSurrogate(u uint32) bool { return u >= 0xdc00 && u < 0xe000 }

// unit is the code unit at the start of data.
func (d *decoder) unit(data []byte) uint32 {
	if d.enc.Width == 4 {
		if d.enc.BigEndian {
			return uint32(data[0])<<24 | uint32(data[1])<<16 | uint32(data[2])<<8 | uint32(data[3])
		}
		return uint32(data[3])<<24 | uint32(data[2])<<16 | uint32(data[1])<<8 | uint32(data[0])
	}
	if d.enc.BigEndian {
		return uint32(data[0])<<8 | uint32(data[1])
	}
	return uint32(data[1])<<8 | uint32(data[0])
}

func (d *decoder) put(r rune) {
	if r < utf8.RuneSelf {
		d.out = append(d.out, byte(r))
	} else {
		d.out = utf8.AppendRune(d.out, r)
	}
	d.col++
	if r == '\n' {
		d.line, d.col = d.line+1, 0
	}
}

// fail notes an error at the next character, unless one came before.
func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = &Error{Line: d.line, Col: d.col + 1, Msg: msg}
	}
}

// Encode returns UTF-8 text in encoding e, with the byte-order mark if e has
// one. Encode(Decode(data)) is data for data that decodes without error.
func Encode(text []byte, e Encoding) []byte {
	if e.IsUTF8() {
		return text
	}
	out := make([]byte, 0, len(text)*e.Width+e.Width)
	if e.BOM {
		out = appendUnit(out, 0xfeff, e)
	}
	for _, r := range string(text) {
		if e.Width == 2 && r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			out = appendUnit(appendUnit(out, uint32(hi), e), uint32(lo), e)
			continue
		}
		out = appendUnit(out, uint32(r), e)
	}
	return out
}

func appendUnit(out []byte, u uint32, e Encoding) []byte {
	if e.Width == 4 {
		if e.BigEndian {
			return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
		}
		return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	if e.BigEndian {
		return append(out, byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8))
}
