package lint

import (
	"os"
	"testing"
)

// BenchmarkLintTypical lints one typical GetJobDetails response end to end:
// decode, schema, rules and the credential scan.
func BenchmarkLintTypical(b *testing.B) {
	data, err := os.ReadFile("../testdata/ok/get-job-details-full.json")
	if err != nil {
		b.Skip(err)
	}
	l := New(Options{})
	l.Bytes("warm.json", data) // compile the schema outside the timing
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := l.Bytes("f.json", data); len(r.Findings) != 0 {
			b.Fatalf("findings on a valid response: %v", r.Findings)
		}
	}
}
