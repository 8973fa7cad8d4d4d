package decode

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// FuzzJSON checks that JSON never panics, that it accepts exactly what
// encoding/json accepts, less invalid UTF-8 and nesting deeper than
// MaxDepth, and that it then decodes to the same values.
//
// The relation is: with body = data less a leading byte order mark,
// JSON(data) succeeds ⇔ json.Valid(body) && utf8.Valid(body) &&
// depth(body) <= MaxDepth. json.Valid takes invalid UTF-8 inside strings,
// which JSON rejects.
func FuzzJSON(f *testing.F) {
	f.Add(compactJob)
	f.Add([]byte(sampleJob))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := JSON(data)
		body := bytes.TrimPrefix(data, []byte("\uFEFF"))
		want := json.Valid(body) && utf8.Valid(body) && depth(body) <= MaxDepth
		if (err == nil) != want {
			t.Fatalf("JSON(%q) error %v; encoding/json valid: %v", data, err, json.Valid(body))
		}
		if err != nil {
			checkError(t, data, 1, err)
			return
		}
		std, stdErr := standard(body)
		if stdErr != nil {
			t.Fatalf("encoding/json: %v", stdErr)
		}
		if got := n.ToAny(); !reflect.DeepEqual(got, std) {
			t.Fatalf("JSON(%q).ToAny() = %#v, want %#v", data, got, std)
		}
		checkPositions(t, data, n)
	})
}

// FuzzJSONLine checks that JSONLine decides as JSON does and, on a line
// without a newline, puts every position on the given line.
func FuzzJSONLine(f *testing.F) {
	f.Add(compactJob, 7)
	f.Fuzz(func(t *testing.T, data []byte, line int) {
		n, err := JSONLine(data, line)
		_, jsonErr := JSON(data)
		if (err == nil) != (jsonErr == nil) {
			t.Fatalf("JSONLine(%q) error %v, JSON error %v", data, err, jsonErr)
		}
		if bytes.IndexByte(data, '\n') >= 0 {
			return
		}
		if err != nil {
			if e := err.(*Error); e.Line != line {
				t.Fatalf("error on line %d, want %d", e.Line, line)
			}
			checkError(t, data, line, err)
			return
		}
		checkPositionsFrom(t, data, line, n)
	})
}

// FuzzYAML checks that YAML never panics or hangs, returns only *Error
// errors, and that every position is 1-based.
func FuzzYAML(f *testing.F) {
	f.Add(sampleYAML)
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := YAML(data)
		if err != nil {
			e, ok := err.(*Error)
			if !ok || e.Line < 1 || e.Col < 1 || e.Msg == "" {
				t.Fatalf("YAML(%q) error %#v", data, err)
			}
			return
		}
		for _, doc := range docs {
			checkYAMLNode(t, doc)
			doc.ToAny()
		}
	})
}

func checkYAMLNode(t *testing.T, n *document.Node) {
	if n.Line < 1 || n.Col < 1 {
		t.Fatalf("%s at %d:%d", n.Kind, n.Line, n.Col)
	}
	for _, m := range n.Members {
		if m.KeyLine < 1 || m.KeyCol < 1 {
			t.Fatalf("key at %d:%d", m.KeyLine, m.KeyCol)
		}
		checkYAMLNode(t, m.Value)
	}
	for _, item := range n.Items {
		checkYAMLNode(t, item)
	}
}

// checkError checks that err is an *Error at a place within data.
func checkError(t *testing.T, data []byte, firstLine int, err error) {
	t.Helper()
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %T, want *Error", err)
	}
	if e.Msg == "" || offsetOf(data, firstLine, e.Line, e.Col) < 0 {
		t.Fatalf("error %v is not within %q", e, data)
	}
}

// depth is how deeply the arrays and objects of valid JSON nest.
func depth(data []byte) int {
	level, deepest := 0, 0
	inString := false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			level++
			deepest = max(deepest, level)
		case c == ']' || c == '}':
			level--
		}
	}
	return deepest
}
