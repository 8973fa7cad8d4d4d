package secrets

import (
	"strings"
	"testing"
)

// FuzzScanRaw: any bytes scan without panic, and findings point inside the
// text.
func FuzzScanRaw(f *testing.F) {
	f.Add([]byte(`{"accessKeyId": "ASIAIOSFODNN7EXAMPLE"`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + strings.Count(string(data), "\n")
		for _, fd := range ScanRaw(data) {
			if fd.Line < 1 || fd.Line > lines || fd.Column < 1 {
				t.Fatalf("position %d:%d outside the text", fd.Line, fd.Column)
			}
		}
	})
}
