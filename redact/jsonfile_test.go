package redact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// A .json file that holds JSON Lines, or several documents one after
// another, is redacted as the linter reads it: every record, every document.
func TestBytesJSONFileOfSeveralDocuments(t *testing.T) {
	g := fake.New(40)
	job := func(key, secret string) string {
		return fmt.Sprintf(`{"jobs": [{"data": {"artifactCredentials": {"accessKeyId": "%s", "secretAccessKey": "%s"}}}]}`, key, secret)
	}
	placeholders := job("ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
	one, two := job(g.KeyID("ASIA"), g.Secret()), job(g.KeyID("ASIA"), g.Secret())
	pretty := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "{", "{\n  "), ", ", ",\n  ") }
	for name, tt := range map[string]struct{ in, want string }{
		"JSON Lines":         {one + "\n" + two + "\n", placeholders + "\n" + placeholders + "\n"},
		"JSON Lines, broken": {one + "\n\n" + two + "\n{\"x\": \"" + g.KeyID("AKIA") + "\n", placeholders + "\n\n" + placeholders + "\n{\"x\": \"AKIAIOSFODNN7EXAMPLE\n"},
		"pretty documents":   {pretty(one) + "\n" + pretty(two), pretty(placeholders) + "\n" + pretty(placeholders)},
	} {
		out, n, err := Bytes([]byte(tt.in), input.JSON)
		if err != nil || string(out) != tt.want {
			t.Errorf("%s: %d replaced, %v:\n%s\nwant:\n%s", name, n, err, out, tt.want)
		}
		if msg := agree([]byte(tt.in), input.JSON); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
}
