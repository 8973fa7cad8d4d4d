package decode

import (
	"strconv"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// errAt makes an Error at offset off of the current line.
func (d *decoder) errAt(off int, msg string) *Error {
	return &Error{Line: d.line, Col: utf8.RuneCount(d.data[d.lineStart:off]) + 1, Msg: msg}
}

// badChar reports the character at off, which is not what was wanted.
func (d *decoder) badChar(off int, context string) *Error {
	r, size := utf8.DecodeRune(d.data[off:])
	if r == utf8.RuneError && size == 1 {
		return d.errAt(off, utf8Msg(d.data[off]))
	}
	return d.errAt(off, "invalid character "+QuoteChar(r)+context)
}

func (d *decoder) notClosed(n *document.Node) *Error {
	what := "array"
	if n.Kind == document.Object {
		what = "object"
	}
	return d.errAt(len(d.data), "unexpected end of input; the "+what+" opened at "+
		strconv.Itoa(n.Line)+":"+strconv.Itoa(n.Col)+" is not closed")
}

// hint explains the usual reason for a character where a value or a key
// was wanted.
func hint(c byte) string {
	switch c {
	case '/', '#':
		return " (comments are not allowed)"
	case '\'':
		return " (strings take double quotes)"
	}
	return ""
}

func trailing(c byte) string {
	if c == '}' || c == ']' {
		return " (trailing commas are not allowed)"
	}
	return hint(c)
}
