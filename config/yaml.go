package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// globHint is added to the parser's errors about aliases: an unquoted glob
// that starts with "*" reads as a YAML alias.
const globHint = `; a glob that starts with "*" must be quoted`

// decodeYAML parses the one document of a config file and returns its top
// value, or nil for an empty file. Errors are *Error.
func decodeYAML(path string, data []byte) (*yaml.Node, error) {
	// The parser names neither the line nor the column of these; find them.
	if off, msg := badChar(data); msg != "" {
		line, col := position(data, off)
		return nil, &Error{Path: path, Line: line, Col: col, Msg: msg}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, yamlError(path, data, err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, yamlError(path, data, err)
		}
		return nil, &Error{Path: path, Line: next.Line, Col: next.Column, Msg: "a config file holds one YAML document; remove this one or the ---"}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// badChar finds the first byte that is not valid UTF-8 or is a character
// YAML does not allow in a file.
func badChar(data []byte) (off int, msg string) {
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		switch {
		case r == utf8.RuneError && size == 1:
			return off, "the file is not valid UTF-8"
		case !printable(r):
			return off, fmt.Sprintf("the control character %U is not allowed", r)
		}
		off += size
	}
	return 0, ""
}

// printable is YAML's c-printable set.
func printable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		return true
	case r < 0x20 || r == 0x7f:
		return false
	case r < 0xa0:
		return r < 0x7f
	}
	return r <= 0xd7ff || (r >= 0xe000 && r <= 0xfffd) || r >= 0x10000
}

// position is the 1-based line and column (in characters) of offset off.
func position(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, utf8.RuneCount(data[start:off]) + 1
}

// yamlError turns an error of the YAML parser into an *Error. The parser
// gives the line of most errors and never the column, so the column is 1
// unless the error is about an alias, whose "*" can be found.
func yamlError(path string, data []byte, err error) *Error {
	e := &Error{Path: path, Line: 1, Col: 1}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil && n > 0 {
				e.Line, msg = n, after
			}
		}
	}
	switch {
	case strings.Contains(msg, "did not find expected alphabetic or numeric character"):
		// An alias or anchor with no name, as in `- **/*.json`.
		if off, ok := starOnLine(data, e.Line); ok {
			_, e.Col = position(data, off)
			msg += globHint
		}
	case strings.HasPrefix(msg, "unknown anchor "):
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "unknown anchor '"), "' referenced")
		if off := bytes.Index(data, []byte("*"+name)); off >= 0 {
			e.Line, e.Col = position(data, off)
		}
		msg += globHint
	}
	e.Msg = msg
	return e
}

// starOnLine is the offset of the first "*" on 1-based line n.
func starOnLine(data []byte, n int) (int, bool) {
	start := 0
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data[start:], '\n')
		if j < 0 {
			return 0, false
		}
		start += j + 1
	}
	end := len(data)
	if j := bytes.IndexByte(data[start:], '\n'); j >= 0 {
		end = start + j
	}
	j := bytes.IndexByte(data[start:end], '*')
	return start + j, j >= 0
}
