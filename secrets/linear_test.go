package secrets

import (
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/secrets/fake"
)

// TestLinearTime guards against work that grows with the square of the
// input: 20,000 credentials on one line, or in one object. Each takes tens
// of milliseconds; the bound is loose so that a busy machine does not fail it.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	g := fake.New(1)
	keys := make([]string, 20000)
	for i := range keys {
		keys[i] = g.KeyID("ASIA")
	}
	line := strings.Join(keys, " ")
	doc := `{"jobDetails":{"data":{"actionConfiguration":{"configuration":{"k":"` +
		strings.Join(keys, `","k":"`) + `"}},"artifactCredentials":{"accessKeyId":"` +
		strings.Join(keys, `","accessKeyId":"`) + `"}}}}`
	root := mustJSON(t, doc)
	start := time.Now()
	if n := len(ScanRaw([]byte(line))); n != len(keys) {
		t.Errorf("ScanRaw: %d findings", n)
	}
	if n := len(Scan(root)); n != 2*len(keys) {
		t.Errorf("Scan: %d findings", n)
	}
	if n := len(Locate([]byte(line), keySet(keys))); n != len(keys) {
		t.Errorf("Locate: %d spans", n)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}

func keySet(keys []string) map[string]Kind {
	m := make(map[string]Kind, len(keys))
	for _, k := range keys {
		m[k] = KeyID
	}
	return m
}
