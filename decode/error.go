// Package decode turns JSON, JSON Lines and YAML text into document trees
// that keep the line and column of every value and every member key.
package decode

import (
	"strconv"
	"unicode/utf8"
)

// MaxDepth is how deeply arrays and objects may nest. Deeper nesting is an
// Error at the value that goes too deep, so no input can exhaust the stack.
const MaxDepth = 1000

// Error is a syntax error at a 1-based line and column. Col counts
// characters (Unicode code points), not bytes.
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": " + e.Msg
}

// QuoteChar shows one character of the input for a message, as every
// decoder's message does. Messages never show more than one: the input may
// hold credentials.
func QuoteChar(r rune) string {
	switch r {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	return strconv.QuoteRune(r)
}

// badUTF8 reports the first byte of data that is not valid UTF-8, if any.
func badUTF8(data []byte) (int, bool) {
	if utf8.Valid(data) {
		return 0, false
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i, true
		}
		i += size
	}
	return 0, false
}

func utf8Msg(b byte) string {
	const hex = "0123456789abcdef"
	return "invalid UTF-8 byte 0x" + string([]byte{hex[b>>4], hex[b&15]})
}
