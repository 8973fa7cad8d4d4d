package lint

import (
	"strings"
	"testing"
)

// A credential written as an object key must not reach a message or a
// pointer through the checks that name keys (unknown-field, duplicate-key).
func TestCredentialKeysAreMasked(t *testing.T) {
	const key = "ASIAY34FZKBOKMUTVV7A"
	doc := `{"jobDetails": {"accountId": "111122223333", "` + key + `": 1, "` + key + `": 2, "data": {"actionConfiguration": {"configuration": {"` + key + `": "x"}}}}}`
	r := New(Options{}).Bytes("f.json", []byte(doc))
	if len(r.Findings) < 3 {
		t.Fatalf("want findings for the key, got %+v", r.Findings)
	}
	for _, f := range r.Findings {
		if strings.Contains(f.Message, key) || strings.Contains(f.Pointer, key) {
			t.Errorf("%s finding shows the key: %q at %q", f.Rule, f.Message, f.Pointer)
		}
	}
}
