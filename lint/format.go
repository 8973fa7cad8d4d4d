package lint

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// Format is how a file's text is read.
type Format int

const (
	// Sniff decides from the content: YAML unless the text starts with '{' or
	// '[', JSON Lines when the first line is a whole JSON value and more follows.
	Sniff Format = iota
	JSON
	YAML
	JSONLines
)

// FormatOf tells the format from a file name's extension.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return JSON
	case ".yaml", ".yml":
		return YAML
	case ".jsonl", ".ndjson":
		return JSONLines
	}
	return Sniff
}

// Lintable reports whether a folder walk picks up a file of this name.
func Lintable(name string) bool { return FormatOf(name) != Sniff }

var utf8BOM = []byte("\xef\xbb\xbf")

// DetectFormat decides the format of text whose name says nothing. It needs only the
// start of the text: up to the end of the first line. UTF-16 and UTF-32 text
// is decided by its UTF-8 text.
func DetectFormat(start []byte) Format {
	if enc := textenc.Detect(start); !enc.IsUTF8() {
		start, _ = textenc.Decode(start, enc)
	}
	return detectFormat(start)
}

// detectFormat decides the format of UTF-8 text.
func detectFormat(start []byte) Format {
	text := bytes.TrimLeft(bytes.TrimPrefix(start, utf8BOM), " \t\r\n")
	if len(text) == 0 || (text[0] != '{' && text[0] != '[') {
		return YAML
	}
	nl := bytes.IndexByte(text, '\n')
	if nl < 0 {
		return JSON
	}
	rest := bytes.TrimSpace(text[nl+1:])
	if len(rest) > 0 && (rest[0] == '{' || rest[0] == '[') && json.Valid(text[:nl]) {
		return JSONLines
	}
	return JSON
}
