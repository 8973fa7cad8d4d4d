package redact

import (
	"fmt"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/secrets/fake"
)

// TestCheckEqualsRedactCases holds check and redact to the same places, and
// redact to a clean file, on inputs that once broke it: notes beside
// placeholders in artifactCredentials (redact wrote a placeholder that check
// then took for a malformed secret), a secret cut short under its member's
// name, credentials naming YAML anchors and tags, and joined JSON documents
// that each start with a byte-order mark.
func TestCheckEqualsRedactCases(t *testing.T) {
	g := fake.New(72)
	key, secret, token := g.KeyID("ASIA"), g.SecretWithSlash(), g.Token()
	creds := func(k, s, tok string) string {
		return fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": %q, "secretAccessKey": %q, "sessionToken": %q}}}}`, k, s, tok)
	}
	const pKey, pSecret, pToken = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "IQoJb3JpZ2luX2VjEXAMPLETOKEN"
	doc := "{\n  \"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"" + key + "\"}}}\n}\n"
	for _, c := range []struct {
		text   string
		format lint.Format
	}{
		{creds(pKey, pSecret+" ...", pToken), lint.JSON},
		{creds(pKey, pSecret+" (example)", pToken), lint.JSON},
		{creds(pKey, "6CGtmAa3lzWtV7a... (cut)", pToken), lint.JSON},
		{creds(pKey, pSecret, pToken+" (example)"), lint.JSON},
		{creds(pKey, secret+" ...", pToken), lint.JSON},
		{creds(key, secret+"...", token), lint.JSON},
		{creds(key, secret+"…", token), lint.JSON},
		{"jobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: " + key + "\n      secretAccessKey: " + secret + "...\n", lint.YAML},
		{"x: &" + key + " {id: a}\njobDetails:\n  <<: *" + key + "\n", lint.YAML},
		{"jobDetails:\n  id: !" + key + " x\n", lint.YAML},
		{"\ufeff" + doc + "\ufeff" + doc, lint.JSON},
		{doc + "\ufeff{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"" + key + "\"}}}\n}\n", lint.JSON},
	} {
		if msg := agree([]byte(c.text), c.format); msg != "" {
			t.Errorf("%s: %s", nameFor(c.format), msg)
		}
		if r := redact([]byte(c.text), c.format); r.err != nil {
			t.Errorf("%s: %v", nameFor(c.format), r.err)
		}
	}
}
