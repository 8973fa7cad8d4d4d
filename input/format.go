package input

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// Format is how a file's text is read.
type Format int

const (
	// Sniff decides from the content: YAML unless the text starts with '{' or
	// '[', JSON Lines when the first line is a whole JSON value and more
	// follows, Log when the first line is a line of a log container.
	Sniff Format = iota
	JSON
	YAML
	JSONLines
	// Log is the text of a log container (package logs): lines of aws logs
	// tail, of a CloudWatch Logs export to S3, of the Lambda runtimes, or the
	// AWS CLI's debug log.
	Log
)

// FormatOf tells the format from a file name's extension; a final .gz is
// looked through (x.json.gz is JSON).
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(withoutGzipSuffix(name))) {
	case ".json":
		return JSON
	case ".yaml", ".yml":
		return YAML
	case ".jsonl", ".ndjson":
		return JSONLines
	}
	return Sniff
}

// Lintable reports whether a folder walk picks up a file of this name: one
// whose extension names a format, with or without a final .gz.
func Lintable(name string) bool { return FormatOf(name) != Sniff }

var utf8BOM = []byte("\xef\xbb\xbf")

// DetectFormat decides the format of text whose name says nothing. It needs only the
// start of the text: up to the end of the first line. UTF-16 and UTF-32 text
// is decided by its UTF-8 text.
func DetectFormat(start []byte) Format {
	if enc := textenc.Detect(start); !enc.IsUTF8() {
		start, _ = textenc.Decode(start, enc)
	}
	return DetectUTF8Format(start)
}

// DetectUTF8Format decides the format of UTF-8 text, as DetectFormat does.
// Text whose first line is a line of a text log container (logs.Detect), or
// a record of the Lambda JSON log format, is Log.
func DetectUTF8Format(start []byte) Format {
	text := trimStart(start)
	if logs.Detect(text) != logs.None || logs.IsJSONRecordLine(text) {
		return Log
	}
	return detectData(text)
}

// DetectDataFormat decides between JSON, JSON Lines and YAML, for UTF-8 text
// that is not read as a log container whatever its first line.
func DetectDataFormat(start []byte) Format { return detectData(trimStart(start)) }

// trimStart returns text without a byte-order mark and the blanks before
// its first value.
func trimStart(text []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(text, utf8BOM), " \t\r\n")
}

// detectData decides between JSON, JSON Lines and YAML, from text without
// its leading blanks.
func detectData(text []byte) Format {
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
