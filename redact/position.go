package redact

import (
	"bytes"
	"unicode/utf8"
)

// cursor turns the line and column of a value, as the decoders report them,
// into the byte offset where the text writes it. Positions must be asked for
// in increasing order; each byte of the text is then read once, however
// many positions there are.
type cursor struct {
	text []byte
	yaml bool // YAML also breaks lines at \r, NEL, LS and PS; JSON at \n only
	off  int  // offset of line:col
	line int
	col  int
}

var utf8BOM = []byte("\xef\xbb\xbf")

// newCursor starts at the first character of text, which is on line
// firstLine. A byte order mark takes no column, as in both decoders.
func newCursor(text []byte, firstLine int, yaml bool) *cursor {
	c := &cursor{text: text, yaml: yaml, line: firstLine, col: 1}
	if bytes.HasPrefix(text, utf8BOM) {
		c.off = 3
	}
	return c
}

// seek moves to line:col and returns its offset; ok is false when the text
// has no such position or it lies behind the cursor.
func (c *cursor) seek(line, col int) (off int, ok bool) {
	if line < c.line || (line == c.line && col < c.col) {
		return 0, false
	}
	for c.line < line {
		if c.off >= len(c.text) {
			return 0, false
		}
		if n := c.lineBreak(c.off); n > 0 {
			c.off += n
			c.line++
			c.col = 1
			if !c.yaml && bytes.HasPrefix(c.text[c.off:], utf8BOM) {
				c.off += 3 // a later JSON document's mark takes no column either
			}
			continue
		}
		c.off++
	}
	for c.col < col {
		if c.off >= len(c.text) || c.lineBreak(c.off) > 0 {
			return 0, false
		}
		_, size := utf8.DecodeRune(c.text[c.off:])
		c.off += size
		c.col++
	}
	return c.off, true
}

// lineBreak returns the length of the line break at text[i], or 0.
func (c *cursor) lineBreak(i int) int {
	return lineBreak(c.text, i, c.yaml)
}

func lineBreak(text []byte, i int, yaml bool) int {
	switch b := text[i]; {
	case b == '\n':
		return 1
	case !yaml:
		return 0
	case b == '\r':
		if i+1 < len(text) && text[i+1] == '\n' {
			return 2
		}
		return 1
	case b == 0xc2 && i+1 < len(text) && text[i+1] == 0x85: // NEL
		return 2
	case b == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xa8 || text[i+2] == 0xa9): // LS, PS
		return 3
	}
	return 0
}
