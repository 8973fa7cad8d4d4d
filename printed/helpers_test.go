package printed

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// render writes a tree with the position of every value and key, for exact
// comparisons: @line:col before each value, key@line:col before each
// member's value.
func render(n *document.Node) string {
	var b strings.Builder
	var walk func(n *document.Node)
	walk = func(n *document.Node) {
		b.WriteString("@" + strconv.Itoa(n.Line) + ":" + strconv.Itoa(n.Col) + " ")
		switch n.Kind {
		case document.Null:
			b.WriteString("null")
		case document.Bool, document.Number:
			b.WriteString(n.Str)
		case document.String:
			b.WriteString(strconv.Quote(n.Str))
		case document.Array:
			b.WriteByte('[')
			for i, item := range n.Items {
				if i > 0 {
					b.WriteString(", ")
				}
				walk(item)
			}
			b.WriteByte(']')
		case document.Object:
			b.WriteByte('{')
			for i, m := range n.Members {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Quote(m.Key) + "@" + strconv.Itoa(m.KeyLine) + ":" + strconv.Itoa(m.KeyCol) + ": ")
				walk(m.Value)
			}
			b.WriteByte('}')
		}
	}
	walk(n)
	return b.String()
}

type position struct{ line, col int }

// offsets maps the line and column of every character of text, and of the
// end of each line, to its byte offset.
func offsets(text string) map[position]int {
	at := make(map[position]int, len(text)+1)
	line, col := 1, 1
	for i, r := range text {
		at[position{line, col}] = i
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	at[position{line, col}] = len(text)
	return at
}

// checkTree checks that every value and key of a parsed tree is placed on a
// character that can start one, and that the positions follow the order
// of the text: a container before its keys and values, a key before its
// value, each entry after the one before it.
func checkTree(t *testing.T, text string, n *document.Node) {
	t.Helper()
	if n.Kind != document.Object && n.Kind != document.Array {
		t.Fatalf("root is a %s in %q", n.Kind, text)
	}
	at := offsets(text)
	last := -1
	place := func(what string, line, col int) {
		t.Helper()
		off, ok := at[position{line, col}]
		if !ok || off >= len(text) {
			t.Fatalf("%s at %d:%d is not within %q", what, line, col, text)
		}
		if c := text[off]; isSpace(c) || isDelimiter(c) {
			t.Fatalf("%s at %d:%d is at %q in %q", what, line, col, c, text)
		}
		if off <= last {
			t.Fatalf("%s at %d:%d is not after the position before it in %q", what, line, col, text)
		}
		last = off
	}
	var walk func(n *document.Node)
	walk = func(n *document.Node) {
		place(n.Kind.String(), n.Line, n.Col)
		for _, m := range n.Members {
			place("key", m.KeyLine, m.KeyCol)
			walk(m.Value)
		}
		for _, item := range n.Items {
			walk(item)
		}
	}
	walk(n)
}

// checkError checks that err is an *Error placed within text.
func checkError(t *testing.T, text string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T, want *Error", err)
	}
	if _, ok := offsets(text)[position{e.Line, e.Col}]; !ok || e.Msg == "" {
		t.Fatalf("error %v is not within %q", e, text)
	}
	if !utf8.ValidString(e.Msg) {
		t.Fatalf("error message %q is not UTF-8", e.Msg)
	}
}
