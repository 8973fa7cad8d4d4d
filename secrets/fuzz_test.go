package secrets

import (
	"strings"
	"testing"
)

// FuzzScanRaw: any bytes scan without panic, and findings point inside the
// text.
func FuzzScanRaw(f *testing.F) {
	f.Add([]byte(`{"accessKeyId": "ASIAIOSFODNN7EXAMPLE"`))
	f.Add([]byte(`{"note": "aws_secret_access_key:\n  wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY`))
	f.Add([]byte(`<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey>`))
	f.Add([]byte(`?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj%252F%2B%3D`))
	f.Add([]byte("AWS Secret Access Key [None]:\r\n# wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY..."))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + strings.Count(string(data), "\n")
		for _, fd := range ScanRaw(data) {
			if fd.Line < 1 || fd.Line > lines || fd.Column < 1 {
				t.Fatalf("position %d:%d outside the text", fd.Line, fd.Column)
			}
		}
	})
}
