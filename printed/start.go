package printed

import "strings"

// Form is how a value in a log message was written.
type Form uint8

const (
	// Unknown: the message holds no '{', or nothing after it tells how
	// the object was written.
	Unknown Form = iota
	// JSON text, as JSON.stringify and json.dumps write it: read it with
	// decode.JSON.
	JSON
	// PythonRepr is Python's repr of a dict, as print() and logging write
	// it: read it with Python.
	PythonRepr
	// NodeInspect is Node.js's util.inspect of an object, as console.log
	// writes it: read it with Node.
	NodeInspect
)

var formNames = [...]string{Unknown: "unknown", JSON: "JSON", PythonRepr: "Python repr", NodeInspect: "Node.js util.inspect"}

func (f Form) String() string { return formNames[f] }

// Start finds where the printed object in one log message starts, and how
// it was written. The offset is that of the message's first '{' (a job is
// an object), or -1 with Unknown. What comes before it is a label the
// function printed ("EVENT: ", "## EVENT\n") or the prefix that a Lambda
// runtime writes in its text log format:
//
//	[INFO]\t2026-12-02T10:15:00.123Z\t<request id>\t{'CodePipeline.job': ...}   Python (logging)
//	2026-12-02T10:15:00.123Z\t<request id>\tINFO\t{ 'CodePipeline.job': ... }   Node.js (console.log)
//
// The form is told by what follows the '{': a '"' is JSON; a space or a line
// break (util.inspect writes "{ key: ..." and "{\n  key: ...", JSON with
// indentation "{\n  \"key\"") is util.inspect unless a '"' comes next; any
// other character is Python's repr, which writes "{'key': ...". The
// runtime's prefix decides what the object alone cannot, for {}. A Python
// dict whose first key holds an apostrophe and no '"' ({"it's": 1}) is
// taken for JSON, which json.dumps writes far more often: a caller that
// finds it is not JSON can try Python.
//
// The caller parses message[offset:] and adds the line and column of the
// offset to the positions the parser gives (they are relative to the text
// it is given), or parses the whole message if the object is all of it.
// The parsers take trailing whitespace, such as the line end the logging
// module writes, but no other text after the object.
func Start(message string) (offset int, form Form) {
	hint := runtimeForm(message)
	i := strings.IndexByte(message, '{')
	if i < 0 {
		return -1, Unknown
	}
	j := i + 1
	if j < len(message) && isSpace(message[j]) {
		for j < len(message) && isSpace(message[j]) {
			j++
		}
		if j < len(message) && message[j] == '"' {
			return i, JSON
		}
		if j < len(message) && message[j] == '}' && hint != Unknown {
			return i, hint
		}
		return i, NodeInspect
	}
	if j >= len(message) {
		return i, hint
	}
	switch message[j] {
	case '"':
		return i, JSON
	case '}':
		if hint != Unknown {
			return i, hint
		}
		return i, JSON
	}
	return i, PythonRepr
}

// runtimeForm tells the language of a Lambda runtime's text log line by its
// prefix: Python's logging writes "[LEVEL]\t" first, Node.js's console the
// timestamp, the request id and the level, each followed by a tab.
func runtimeForm(message string) Form {
	if len(message) > 2 && message[0] == '[' {
		j := 1
		for j < len(message) && message[j] >= 'A' && message[j] <= 'Z' {
			j++
		}
		if j > 1 && j+1 < len(message) && message[j] == ']' && message[j+1] == '\t' {
			return PythonRepr
		}
		return Unknown
	}
	if len(message) < 4 || !isDigit(message[0]) || !isDigit(message[3]) {
		return Unknown
	}
	// timestamp \t request id \t LEVEL \t
	tabs, levelStart := 0, 0
	for j := 0; j < len(message) && tabs < 3; j++ {
		switch c := message[j]; {
		case c == '\t':
			tabs++
			if tabs == 2 {
				levelStart = j + 1
			}
			if tabs == 3 && j > levelStart {
				return NodeInspect
			}
		case c == '\n' || c == '{':
			return Unknown
		case tabs == 2 && (c < 'A' || c > 'Z'):
			return Unknown
		}
	}
	return Unknown
}
