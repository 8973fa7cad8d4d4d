package lint

import (
	"strconv"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// TestLinearTime lints inputs that once stalled the linter, each at two
// sizes: the time of the whole pipeline (decode, schema, rules, credential
// scan, placeholders) must grow linearly with the input.
func TestLinearTime(t *testing.T) {
	const many, long = 2000, 50000 // members or records; characters
	config := func(member string, times int) func(n int) string {
		return data(func(n int) string {
			return `"actionConfiguration": {"configuration": {` + strings.Repeat(repeat(member, n), times) + `"z": "v"}}`
		})
	}
	tests := []struct {
		name string // its extension is the format
		n    int
		doc  func(n int) string
	}{
		// An object of 200,000 members took two minutes: each finding
		// looked its member up from the start of the object.
		{"unknown members.json", many, data(func(n int) string { return repeat(`"k#": "v#", `, n) + `"z": "v"` })},
		{"unknown members.yaml", many, func(n int) string { return "jobDetails:\n  data:\n" + repeat("    k#: v#\n", n) }},
		{"duplicate members.json", many, config(`"Key#": "value#", `, 2)},
		{"configuration members.json", many, config(`"Key#": "value#", `, 1)},
		{"configuration keys too long.json", many, config(`"`+strings.Repeat("K", 50)+`#": "v", `, 1)},
		{"many jobs.json", many, func(n int) string { return `{"jobs": [` + repeat(`{"id": "#", "unknown": 1}, `, n) + `{}]}` }},
		{"many records.jsonl", many, func(n int) string { return repeat(`{"jobDetails": {"id": "#", "unknown": 1}}`+"\n", n) }},
		// An 8 MB "!!int" took five minutes to decode.
		{"tagged scalar.yaml", 2 * long, func(n int) string { return "jobs: !!int " + strings.Repeat("7", n) + "\n" }},
		// A 1 MB file of aliases to a large string took a minute: every
		// copy was scanned.
		{"aliased string.yaml", long, func(n int) string {
			return "jobs:\n- data: &a \"" + strings.Repeat("x", n) + "\"\n  more: [" + strings.Repeat("*a, ", n/1000) + "*a]\n"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := New(Options{})
			lineartest.Check(t, tt.n, func(n int) func() {
				text := []byte(tt.doc(n))
				want := len(l.Bytes(tt.name, text).Findings)
				return func() {
					if got := len(l.Bytes(tt.name, text).Findings); got != want {
						t.Fatalf("%d findings, then %d", want, got)
					}
				}
			})
		})
	}
}

// repeat writes unit n times, each "#" in it replaced by the unit's number.
func repeat(unit string, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.ReplaceAll(unit, "#", strconv.Itoa(i)))
	}
	return b.String()
}

// data wraps members of jobDetails.data into a GetJobDetails response.
func data(members func(n int) string) func(n int) string {
	return func(n int) string {
		return `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "data": {` + members(n) + `}}}`
	}
}
