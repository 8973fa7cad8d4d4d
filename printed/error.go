package printed

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// Error is a syntax error at a 1-based line and column of the text given
// to Python or Node. Col counts characters (Unicode code points), not
// bytes. Msg never shows more than one character of the text: it may hold
// credentials.
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": " + e.Msg
}

// errAt makes an Error at offset off of the current line.
func (p *parser) errAt(off int, msg string) *Error {
	return &Error{Line: p.line, Col: utf8.RuneCountInString(p.src[p.lineStart:off]) + 1, Msg: msg}
}

// badChar reports the character at off, which is not what was wanted.
func (p *parser) badChar(off int, context string) *Error {
	if off >= len(p.src) {
		return p.errAt(off, "unexpected end of input"+context)
	}
	r, _ := utf8.DecodeRuneInString(p.src[off:])
	return p.errAt(off, "invalid character "+decode.QuoteChar(r)+context)
}

// notClosed reports the end of input inside the container n.
func (p *parser) notClosed(n *document.Node, what string) *Error {
	return p.errAt(len(p.src), "unexpected end of input; the "+what+" opened at "+
		strconv.Itoa(n.Line)+":"+strconv.Itoa(n.Col)+" is not closed")
}

// where is the "line:col" of offset off on the current line.
func (p *parser) where(off int) string {
	e := p.errAt(off, "")
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col)
}

// badUTF8 reports the first byte of the text that is not valid UTF-8.
func (p *parser) badUTF8() *Error {
	i := 0
	for i < len(p.src) {
		r, size := utf8.DecodeRuneInString(p.src[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	line := 1 + strings.Count(p.src[:i], "\n")
	lineStart := strings.LastIndexByte(p.src[:i], '\n') + 1
	return &Error{Line: line, Col: utf8.RuneCountInString(p.src[lineStart:i]) + 1,
		Msg: "invalid UTF-8 byte 0x" + hex2(p.src[i])}
}

func hex2(c byte) string {
	const hex = "0123456789abcdef"
	return string([]byte{hex[c>>4], hex[c&15]})
}
