package redact

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
)

// Format is how a file's text is laid out.
type Format int

const (
	JSON      Format = iota // one JSON value
	YAML                    // one or more YAML documents
	JSONLines               // one JSON value a line
)

// FormatOf tells the format from a file name's extension; ok is false when
// the extension is none of .json, .yaml, .yml, .jsonl, .ndjson.
func FormatOf(name string) (f Format, ok bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return JSON, true
	case ".yaml", ".yml":
		return YAML, true
	case ".jsonl", ".ndjson":
		return JSONLines, true
	}
	return JSON, false
}

// sniff guesses the format of text without a name (standard input): JSON if
// it decodes as one value, JSON Lines if it starts with '{' and has several
// lines, YAML otherwise.
func sniff(data []byte) Format {
	if _, err := decode.JSON(data); err == nil {
		return JSON
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' && bytes.Contains(trimmed, []byte("\n")) {
		return JSONLines
	}
	return YAML
}
