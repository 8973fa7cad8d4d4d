package redact

import (
	"bytes"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// FuzzRedact: any input redacts without panic, the output differs from the
// input only inside credential spans, and a second run changes nothing.
func FuzzRedact(f *testing.F) {
	f.Add([]byte(`{"jobDetails": {}}`), false)
	f.Fuzz(func(t *testing.T, data []byte, yaml bool) {
		format := input.JSON
		if yaml {
			format = input.YAML
		}
		out, _, err := Bytes(data, format)
		if format == input.JSON {
			if msg := outsideSpansEqual(data, out); msg != "" {
				t.Fatal(msg)
			}
		}
		if err != nil {
			return
		}
		again, n, _ := Bytes(out, format)
		if n != 0 || !bytes.Equal(again, out) {
			t.Fatalf("second run replaced %d", n)
		}
	})
}
