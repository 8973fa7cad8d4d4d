package redact

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// BenchmarkBytes redacts a JSON Lines capture of 1,000 responses, each with
// a set of artifact credentials.
func BenchmarkBytes(b *testing.B) {
	data, err := os.ReadFile("../testdata/err/secret-artifact-credentials.json")
	if err != nil {
		b.Skip(err)
	}
	var line bytes.Buffer
	if err := json.Compact(&line, data); err != nil {
		b.Fatal(err)
	}
	text := bytes.Repeat(append(line.Bytes(), '\n'), 1000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, n, err := Bytes(text, input.JSONLines); n != 3000 || err != nil {
			b.Fatalf("replaced %d: %v", n, err)
		}
	}
}
