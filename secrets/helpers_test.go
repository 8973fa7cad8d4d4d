package secrets

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// show prints findings one a line: line:col severity rule pointer message.
func show(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d %s %s %q %s\n", f.Line, f.Column, f.Severity, f.Rule, f.Pointer, f.Message)
	}
	return b.String()
}

func mustJSON(t testing.TB, text string) *document.Node {
	t.Helper()
	root, err := decode.JSON([]byte(text))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return root
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// noValue fails when any finding spells out one of the values in full.
func noValue(t *testing.T, fs []finding.Finding, values ...string) {
	t.Helper()
	for _, f := range fs {
		for _, v := range values {
			if len(v) >= 8 && (strings.Contains(f.Message, v) || strings.Contains(f.Pointer, v)) {
				t.Errorf("finding at %d:%d shows a value in full", f.Line, f.Column)
			}
		}
	}
}

// check compares findings with the expected lines of show.
func check(t *testing.T, got []finding.Finding, want ...string) {
	t.Helper()
	w := ""
	if len(want) > 0 {
		w = strings.Join(want, "\n") + "\n"
	}
	if g := show(got); g != w {
		t.Errorf("findings:\n%s\nwant:\n%s", g, w)
	}
}

// at returns the line and column (in characters) of the first occurrence of
// needle in text, for expected positions.
func at(t *testing.T, text, needle string) (int, int) {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("%q not in the text", needle)
	}
	line := 1 + strings.Count(text[:i], "\n")
	col := 1 + len([]rune(text[strings.LastIndex(text[:i], "\n")+1:i]))
	return line, col
}

// pos formats a position as show does.
func pos(t *testing.T, text, needle string) string {
	line, col := at(t, text, needle)
	return fmt.Sprintf("%d:%d", line, col)
}

// m is how messages show a value: "ASIA…7QXZ, 20 chars".
func m(v string) string {
	shown, n := maskParts(v)
	return fmt.Sprintf("%s, %d chars", shown, n)
}
