package decode

import (
	"bytes"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// JSONValues decodes JSON text that holds one value, or several one after
// another as appending a command's output to a file leaves them (aws ... >>
// captures.json, pretty-printed or not). When there are several, every one
// must be an object or an array, and each after the first must start on a
// line after the one where the value before it ends; positions are the
// text's, so each value's lines and columns are where it stands. A UTF-8
// byte order mark at the start is skipped and takes no column, and so is
// one at the start of the line of a later value, as joining files saved
// with one leaves it (cat a.json b.json); BOMLines tells where they are.
//
// Text that is not such a sequence is one broken document, and the error
// is the one JSON gives ("extra data after the JSON value") where anything
// else follows a value, or where the second value is not whole; after two
// whole values, the error is that of the value that is not whole. Errors
// are *Error.
func JSONValues(data []byte) ([]*document.Node, error) {
	var d decoder
	if err := d.start(data, 1); err != nil {
		return nil, err
	}
	first, err := d.value(0)
	if err != nil {
		return nil, err
	}
	roots := []*document.Node{first}
	for {
		end := d.line
		d.skipSpace()
		d.skipLineBOM()
		if d.pos == len(data) {
			return roots, nil
		}
		extra := Error{Line: d.line, Col: d.col(d.pos), Msg: "extra data after the JSON value"}
		if c := data[d.pos]; d.line == end || (c != '{' && c != '[') || !container(first) {
			return nil, &extra
		}
		n, err := d.value(0)
		switch {
		case err != nil && len(roots) == 1:
			return nil, &extra
		case err != nil:
			return nil, err
		}
		roots = append(roots, n)
	}
}

// container reports an object or an array: a document of several one after
// another, unlike a lone string or number.
func container(n *document.Node) bool {
	return n.Kind == document.Object || n.Kind == document.Array
}

// skipLineBOM skips a UTF-8 byte order mark at the start of the current
// line, and the blanks after it, as start skips one at the start of the
// text: it takes no column.
func (d *decoder) skipLineBOM() {
	if d.pos == d.lineStart && hasBOM(d.data[d.pos:]) {
		d.pos += len(bom)
		d.lineStart = d.pos
		d.skipSpace()
	}
}

// bom is the UTF-8 byte order mark.
const bom = "\xef\xbb\xbf"

func hasBOM(b []byte) bool { return len(b) >= len(bom) && string(b[:len(bom)]) == bom }

// BOMLines returns the lines after the first that start with a UTF-8 byte
// order mark, in JSON text that JSONValues read: in such text, a mark after
// a line break can only be one that JSONValues skipped, before a value.
func BOMLines(data []byte) []int {
	var lines []int
	line, from := 1, 0
	for {
		i := bytes.Index(data[from:], lineBOM)
		if i < 0 {
			return lines
		}
		line += 1 + bytes.Count(data[from:from+i], newline)
		lines = append(lines, line)
		from += i + len(lineBOM)
	}
}

var (
	lineBOM = []byte("\n" + bom)
	newline = []byte("\n")
)
