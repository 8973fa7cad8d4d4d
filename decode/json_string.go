package decode

import (
	"encoding/binary"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// plain marks the bytes a string may hold as they are: printable ASCII but
// the quote and the backslash.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// skipPlain returns the offset of the first byte from i on that a string
// may not hold as it is. It looks at eight bytes at a time: long tokens are
// most of the text of a response.
func skipPlain(data []byte, i int) int {
	for i+8 <= len(data) {
		x := binary.LittleEndian.Uint64(data[i:])
		quote := x ^ ('"' * ones)
		backslash := x ^ ('\\' * ones)
		// Each term has the high bit of a byte set where that byte is a
		// control character, a quote, a backslash or not ASCII.
		if ((x-0x20*ones)|(quote-ones)|(backslash-ones)|x)&highs != 0 {
			break
		}
		i += 8
	}
	for i < len(data) && plain[data[i]] {
		i++
	}
	return i
}

// str decodes the string whose opening quote is at d.pos. A string without
// escapes is a slice of d.src and costs no allocation.
func (d *decoder) str() (string, error) {
	data := d.data
	start := d.pos + 1
	i := skipPlain(data, start)
	if i < len(data) && data[i] == '"' {
		d.pos = i + 1
		return d.src[start:i], nil
	}
	return d.strSlow(start, i)
}

// strSlow carries on from i, where str met an escape, a non-ASCII byte, a
// control character or the end of input.
func (d *decoder) strSlow(start, i int) (string, error) {
	data := d.data
	buf := d.buf[:0]
	escaped := false
	run := start // start of the bytes not yet copied to buf
	for {
		i = skipPlain(data, i)
		if i >= len(data) {
			return "", d.errAt(i, "unexpected end of input; the string opened at "+d.where(start-1)+" is not closed")
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			if !escaped {
				return d.src[start:i], nil
			}
			buf = append(buf, data[run:i]...)
			d.buf = buf
			return string(buf), nil
		case c == '\\':
			buf = append(buf, data[run:i]...)
			escaped = true
			var err error
			if buf, i, err = d.escape(buf, i, start); err != nil {
				return "", err
			}
			run = i
		case c < 0x20:
			return "", d.errAt(i, "invalid control character 0x"+hex2(c)+" in string; it must be escaped")
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return "", d.errAt(i, utf8Msg(c))
			}
			d.wide = true
			i += size
		}
	}
}

// where is the "line:col" of offset off on the current line.
func (d *decoder) where(off int) string {
	e := d.errAt(off, "")
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col)
}

func hex2(c byte) string {
	const hex = "0123456789abcdef"
	return string([]byte{hex[c>>4], hex[c&15]})
}

// escape decodes the escape whose backslash is at i onto buf and returns
// the offset after it. start is where the string's text begins.
func (d *decoder) escape(buf []byte, i, start int) ([]byte, int, error) {
	data := d.data
	if i+1 >= len(data) {
		return buf, i, d.errAt(i+1, "unexpected end of input; the string opened at "+d.where(start-1)+" is not closed")
	}
	switch c := data[i+1]; c {
	case '"', '\\', '/':
		return append(buf, c), i + 2, nil
	case 'b':
		return append(buf, '\b'), i + 2, nil
	case 'f':
		return append(buf, '\f'), i + 2, nil
	case 'n':
		return append(buf, '\n'), i + 2, nil
	case 'r':
		return append(buf, '\r'), i + 2, nil
	case 't':
		return append(buf, '\t'), i + 2, nil
	case 'u':
		r, err := d.hex4(i, start)
		if err != nil {
			return buf, i, err
		}
		i += 6
		if utf16.IsSurrogate(r) {
			// A surrogate pair makes one character; a lone surrogate
			// becomes U+FFFD, as in encoding/json.
			r2 := rune(-1)
			if i+1 < len(data) && data[i] == '\\' && data[i+1] == 'u' {
				if r2, err = d.hex4(i, start); err != nil {
					return buf, i, err
				}
			}
			if r = utf16.DecodeRune(r, r2); r != utf8.RuneError {
				i += 6
			}
		}
		return utf8.AppendRune(buf, r), i, nil
	default:
		if c > ' ' && c < 0x7f {
			return buf, i, d.errAt(i, `invalid escape '\`+string(rune(c))+"' in string")
		}
		return buf, i, d.errAt(i, `invalid escape in string; '\' must be followed by one of "\/bfnrtu`)
	}
}

// hex4 reads the four hex digits of the \u escape whose backslash is at i.
func (d *decoder) hex4(i, start int) (rune, error) {
	data := d.data
	var r rune
	for j := i + 2; j < i+6; j++ {
		if j >= len(data) {
			return 0, d.errAt(j, "unexpected end of input; the string opened at "+d.where(start-1)+" is not closed")
		}
		c := data[j]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, d.errAt(i, `invalid escape '\u' in string; expected four hex digits`)
		}
		r = r<<4 | rune(c)
	}
	return r, nil
}
