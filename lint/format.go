package lint

import (
	"bytes"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
)

// utf8BOM is the byte-order mark that UTF-8 text, or a JSON Lines record,
// may start with.
var utf8BOM = []byte("\xef\xbb\xbf")

// logContainer returns the text container that a text read as Log is in:
// the one the linter is told (--log-format, the config's log-formats), or
// the one its first line tells.
func (l *Linter) logContainer(text []byte) logs.Container {
	if l.logFormat.IsText() {
		return l.logFormat
	}
	if logs.IsJSONRecordLine(bytes.TrimLeft(bytes.TrimPrefix(text, utf8BOM), " \t\r\n")) {
		return logs.Lambda
	}
	return logs.Detect(text)
}

// withLogFormat settles the format of text that was sniffed as format: a
// text container named by the user reads it as Log; with --log-format none
// or a JSON container, text sniffed as Log is read as it was before log
// containers (JSON Lines, JSON or YAML).
func (l *Linter) withLogFormat(format input.Format, text []byte) input.Format {
	switch {
	case l.logFormat.IsText():
		return input.Log
	case format == input.Log && (l.logFormat == logs.None || l.logFormat.IsJSON()):
		return input.DetectDataFormat(text)
	}
	return format
}

// ruleFileFormat notes a file whose text is not what its name says: a .json
// file that holds JSON Lines, or several JSON documents one after another.
var ruleFileFormat = finding.RuleInfo{ID: "file-format", Severity: finding.Note,
	Description: "a .json file holds one JSON document (JSON Lines, or several documents one after another, are read as such but belong in a .jsonl file)"}

// HoldsJSONLines reports whether the UTF-8 text of a file named as JSON holds
// JSON Lines, which the linter then reads as JSON Lines (see jsonLinesStart).
func HoldsJSONLines(text []byte) bool {
	_, ok := jsonLinesStart(text, true)
	return ok
}

// jsonLinesStart decides whether JSON text holds JSON Lines rather than one
// document: its first non-blank line is a whole JSON value, and so is the
// next non-blank line, which starts with '{' or '[' (after a byte-order mark,
// which a record may start with). It returns the note for the file, at the
// start of that second value. Only those lines are read; complete says
// whether text is the whole input or only its start, in which a line that no
// newline ends may go on.
//
// Text with two values on one line, or with anything else after the first
// value, is not JSON Lines: it stays one JSON document with extra data.
func jsonLinesStart(text []byte, complete bool) (finding.Finding, bool) {
	var first []byte
	firstLine := 0
	for lineNo := 1; len(text) > 0; lineNo++ {
		line := text
		if nl := bytes.IndexByte(text, '\n'); nl >= 0 {
			line, text = text[:nl], text[nl+1:]
		} else if complete {
			text = nil
		} else {
			return finding.Finding{}, false
		}
		if isBlank(line) {
			continue
		}
		if first == nil {
			first, firstLine = line, lineNo
			continue
		}
		rest := bytes.TrimPrefix(line, utf8BOM)
		value := bytes.TrimLeft(rest, " \t\r")
		if (value[0] != '{' && value[0] != '[') || !wholeJSON(first, firstLine) || !wholeJSON(line, lineNo) {
			return finding.Finding{}, false
		}
		col := 1 + len(rest) - len(value) // the blanks before it are ASCII
		return fileFormatNote(lineNo, col, "the file holds JSON Lines (one JSON value per line), not one JSON document; it is read as JSON Lines; name it .jsonl"), true
	}
	return finding.Finding{}, false
}

// wholeJSON reports whether a line is one whole JSON value, as a JSON Lines
// record is read.
func wholeJSON(line []byte, lineNo int) bool {
	_, err := decode.JSONLine(line, lineNo)
	return err == nil
}

// concatenatedNote is the note for a .json file that holds several JSON
// documents one after another, at the start of the second.
func concatenatedNote(line, col int) finding.Finding {
	return fileFormatNote(line, col, "the file holds several JSON documents one after another, not one JSON document; each is read as a response; make it JSON Lines, e.g. jq -c . IN.json > OUT.jsonl")
}

func fileFormatNote(line, col int, msg string) finding.Finding {
	return finding.Finding{Line: line, Column: col, Rule: ruleFileFormat.ID, Severity: ruleFileFormat.Severity, Message: msg}
}
