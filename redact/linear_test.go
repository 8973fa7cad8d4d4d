package redact

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// Redaction is linear in the text whatever the credentials' places: many in
// one string, many on one long line, many in one YAML block scalar (found by
// value), many in one plain YAML scalar folded over lines, many records.
func TestRedactLinear(t *testing.T) {
	g := fake.New(80)
	keys := make([]string, 4000)
	for i := range keys {
		keys[i] = g.KeyID("ASIA")
	}
	tests := []struct {
		name   string
		format input.Format
		make   func(keys []string) string
	}{
		{"one string", input.JSON, func(keys []string) string {
			return `{"jobDetails": {"data": {"notes": "` + strings.Join(keys, ` `) + `"}}}`
		}},
		{"one line", input.JSON, func(keys []string) string {
			var b strings.Builder
			b.WriteString(`{"jobDetails": {"data": {"x": 0`)
			for i, k := range keys {
				b.WriteString(`, "k` + strings.Repeat("é", i%3) + `": "` + k + `"`)
			}
			b.WriteString("}}}")
			return b.String()
		}},
		{"block scalar", input.YAML, func(keys []string) string {
			return "jobDetails:\n  notes: |\n    " + strings.Join(keys, "\n    ") + "\n"
		}},
		{"plain scalar", input.YAML, func(keys []string) string {
			return "jobDetails:\n  notes:\n    " + strings.Join(keys, " \n\n    ") + "\n"
		}},
		{"records", input.JSONLines, func(keys []string) string {
			var b strings.Builder
			for i, k := range keys {
				if i%2 == 0 {
					b.WriteString(`{"jobs": [], "k": "` + k + `"}` + "\n")
				} else {
					b.WriteString(`{"jobs": [ broken "` + k + `"` + "\n")
				}
			}
			return b.String()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, 1000, func(n int) func() {
				text := []byte(tt.make(keys[:n]))
				return func() {
					if _, got, err := Bytes(text, tt.format); got != n || err != nil {
						t.Fatalf("replaced %d of %d: %v", got, n, err)
					}
				}
			})
		})
	}
}
