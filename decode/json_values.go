package decode

import "github.com/jobdetails-lint/jobdetails-lint/document"

// JSONValues decodes JSON text that holds one value, or several one after
// another as appending a command's output to a file leaves them (aws ... >>
// captures.json, pretty-printed or not). Every value after the first must be
// an object or an array that starts on a line after the one where the value
// before it ends; positions are the text's, so each value's lines and
// columns are where it stands. A UTF-8 byte order mark at the start is
// skipped and takes no column.
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
		if d.pos == len(data) {
			return roots, nil
		}
		extra := Error{Line: d.line, Col: d.col(d.pos), Msg: "extra data after the JSON value"}
		if c := data[d.pos]; d.line == end || (c != '{' && c != '[') {
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
