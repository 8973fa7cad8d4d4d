package decode

import (
	"testing"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

type position struct{ line, col int }

// offsets maps every line and column of JSON text decoded with first line
// firstLine back to its byte offset, the end of input included. A byte order
// mark at the start of the text or of a line takes no column. It walks
// the text once, so that checking every node of a large input stays fast.
func offsets(data []byte, firstLine int) map[position]int {
	m := make(map[position]int)
	off := 0
	if len(data) >= 3 && string(data[:3]) == "\uFEFF" {
		off = 3
	}
	p := position{firstLine, 1}
	for off < len(data) {
		m[p] = off
		if data[off] == '\n' {
			p = position{p.line + 1, 1}
			off++
			if hasBOM(data[off:]) {
				off += 3 // a later JSON value's mark takes no column either
			}
			continue
		}
		_, size := utf8.DecodeRune(data[off:])
		off += size
		p.col++
	}
	m[p] = off
	return m
}

func offsetOf(data []byte, firstLine, line, col int) int {
	off, ok := offsets(data, firstLine)[position{line, col}]
	if !ok {
		return -1
	}
	return off
}

// checkPositions checks that every value and key of n points at its first
// character in data.
func checkPositions(t *testing.T, data []byte, n *document.Node) {
	t.Helper()
	checkPositionsFrom(t, data, 1, n)
}

func checkPositionsFrom(t *testing.T, data []byte, firstLine int, n *document.Node) {
	t.Helper()
	first := map[document.Kind]string{document.Null: "n", document.Bool: "tf", document.Number: "-0123456789",
		document.String: `"`, document.Array: "[", document.Object: "{"}
	at := offsets(data, firstLine)
	var walk func(n *document.Node)
	walk = func(n *document.Node) {
		off, ok := at[position{n.Line, n.Col}]
		if !ok || off >= len(data) || !contains(first[n.Kind], data[off]) {
			t.Fatalf("%s at %d:%d does not start there in %q", n.Kind, n.Line, n.Col, data)
		}
		for _, m := range n.Members {
			if off, ok := at[position{m.KeyLine, m.KeyCol}]; !ok || off >= len(data) || data[off] != '"' {
				t.Fatalf("key at %d:%d is not at a quote in %q", m.KeyLine, m.KeyCol, data)
			}
			walk(m.Value)
		}
		for _, item := range n.Items {
			walk(item)
		}
	}
	walk(n)
}

func contains(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}
