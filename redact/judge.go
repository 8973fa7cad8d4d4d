package redact

import (
	"bytes"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// A piece is a part of a file that the linter judges on its own: the whole
// file, or one JSON Lines record. The credentials in it are judged the way
// the linter judges them, so that redact replaces exactly what check reports:
// a piece that decodes is judged document by document, and only one that
// does not is judged as raw text, inside its own bytes.
type piece struct {
	base int    // offset of text in the file
	line int    // line number of its first line
	text []byte // the piece
	yaml bool   // the documents are YAML

	docs  []*document.Node
	found []secrets.Leak // in docs: at a line and column, inside the string there
	raw   []secrets.Leak // in the raw text: offsets in text
	logs  []lint.LogLeak // inside log messages: offsets in text (see logs.go)

	names []decode.YAMLName // of YAML text: its anchors, aliases and tags
}

// judge splits data into pieces and finds their credentials. UTF-16 and
// UTF-32 text is judged in UTF-8, as the linter reads it: text not valid in
// its encoding as raw text, like any that does not decode.
func judge(data []byte, format input.Format) []piece {
	enc := textenc.Detect(data)
	if enc.IsUTF8() {
		return judgeText(data, format)
	}
	text, bad := textenc.Decode(data, enc)
	if bad != nil {
		return []piece{{line: 1, text: text, raw: secrets.LeaksRaw(text)}}
	}
	return judgeText(text, format)
}

// judgeText splits UTF-8 text into pieces and finds their credentials.
func judgeText(data []byte, format input.Format) []piece {
	if format == input.Sniff {
		format = input.DetectFormat(data)
	}
	switch format {
	case input.JSONLines:
		return judgeLines(data)
	case input.YAML:
		return []piece{judgeYAML(data)}
	case input.Log:
		return []piece{judgeLog(data)}
	}
	if lint.HoldsJSONLines(data) { // read as JSON Lines, as the linter does
		return judgeLines(data)
	}
	return []piece{judgeJSONFile(data)}
}

// judgeJSONFile judges a whole JSON file, which may hold several documents
// one after another.
func judgeJSONFile(data []byte) piece {
	p := piece{line: 1, text: data}
	if bytes.IndexByte(data, 0) >= 0 { // binary: the linter scans it as raw text
		p.raw = secrets.LeaksRaw(data)
		return p
	}
	docs, err := decode.JSONValues(data)
	if err != nil {
		p.raw = secrets.LeaksRaw(data)
		return p
	}
	seek := logs.NewSeeker(data, 1)
	for _, root := range docs {
		p.judgeDocument(data, seek, root)
	}
	return p
}

// judgeJSON judges one JSON Lines record that starts at offset base, on line
// line.
func judgeJSON(text []byte, base, line int) piece {
	p := piece{base: base, line: line, text: text}
	if bytes.IndexByte(text, 0) >= 0 { // binary: the linter scans it as raw text
		p.raw = secrets.LeaksRaw(text)
		return p
	}
	root, err := decode.JSONLine(text, line)
	if err != nil {
		p.raw = secrets.LeaksRaw(text)
		return p
	}
	p.judgeDocument(text, logs.NewSeeker(text, line), root)
	return p
}

func judgeYAML(data []byte) piece {
	p := piece{line: 1, text: data, yaml: true}
	if bytes.IndexByte(data, 0) >= 0 {
		p.raw = secrets.LeaksRaw(data)
		return p
	}
	docs, err := decode.YAML(data)
	if err != nil {
		p.raw = secrets.LeaksRaw(data)
		return p
	}
	p.docs = docs
	for _, root := range docs {
		p.found = append(p.found, secrets.Leaks(root)...)
	}
	// Comments are blanked in place, so offsets are the file's; so are
	// anchors, aliases and tags (see anchors.go).
	if comments := decode.YAMLComments(data); comments != nil {
		p.raw = secrets.LeaksRaw(comments)
	}
	p.judgeNames(data)
	return p
}

// judgeLines judges each record of JSON Lines text, skipping blank lines.
func judgeLines(data []byte) []piece {
	var pieces []piece
	for off, line := 0, 1; off < len(data); line++ {
		end := off + bytes.IndexByte(data[off:], '\n')
		if end < off {
			end = len(data)
		}
		if record := data[off:end]; len(bytes.TrimSpace(bytes.TrimPrefix(record, utf8BOM))) > 0 {
			pieces = append(pieces, judgeJSON(record, off, line))
		}
		off = end + 1
	}
	return pieces
}

// count is how many credentials the pieces hold.
func count(pieces []piece) int {
	n := 0
	for _, p := range pieces {
		n += len(p.found) + len(p.raw) + len(p.logs)
	}
	return n
}

// firstPlace is the line and column of the first credential judged in
// pieces, where check reports it.
func firstPlace(pieces []piece) (line, col int) {
	first := func(l, c int) {
		if line == 0 || l < line || (l == line && c < col) {
			line, col = l, c
		}
	}
	for _, p := range pieces {
		for _, l := range p.found {
			first(l.Line, l.Column)
		}
		for _, l := range p.logs {
			first(l.Line, l.Column)
		}
		for _, l := range p.raw { // lines counted in the piece
			first(p.line+l.Line-1, l.Column)
		}
	}
	return line, col
}
