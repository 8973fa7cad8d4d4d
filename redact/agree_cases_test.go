package redact

import (
	"fmt"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// TestCheckEqualsRedactCases holds check and redact to the same places, and
// redact to a clean file, on inputs that once broke it: notes beside
// placeholders in artifactCredentials (redact wrote a placeholder that check
// then took for a malformed secret), a secret cut short under its member's
// name, credentials naming YAML anchors and tags, joined JSON documents
// that each start with a byte-order mark, and a .env file, which YAML reads
// as one plain scalar folded over its lines.
func TestCheckEqualsRedactCases(t *testing.T) {
	g := fake.New(72)
	key, secret, token := g.KeyID("ASIA"), g.SecretWithSlash(), g.Token()
	creds := func(k, s, tok string) string {
		return fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": %q, "secretAccessKey": %q, "sessionToken": %q}}}}`, k, s, tok)
	}
	const pKey, pSecret, pToken = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "IQoJb3JpZ2luX2VjEXAMPLETOKEN"
	env := "AWS_ACCESS_KEY_ID=" + key + "\nAWS_SECRET_ACCESS_KEY=" + secret + "\n"
	doc := "{\n  \"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"" + key + "\"}}}\n}\n"
	for _, c := range []struct {
		text   string
		format input.Format
	}{
		{creds(pKey, pSecret+" ...", pToken), input.JSON},
		{creds(pKey, pSecret+" (example)", pToken), input.JSON},
		{creds(pKey, "6CGtmAa3lzWtV7a... (cut)", pToken), input.JSON},
		{creds(pKey, pSecret, pToken+" (example)"), input.JSON},
		{creds(pKey, secret+" ...", pToken), input.JSON},
		{creds(key, secret+"...", token), input.JSON},
		{creds(key, secret+"…", token), input.JSON},
		{"jobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: " + key + "\n      secretAccessKey: " + secret + "...\n", input.YAML},
		{"x: &" + key + " {id: a}\njobDetails:\n  <<: *" + key + "\n", input.YAML},
		{"jobDetails:\n  id: !" + key + " x\n", input.YAML},
		{"\ufeff" + doc + "\ufeff" + doc, input.JSON},
		{doc + "\ufeff{\"jobDetails\": {\"data\": {\"artifactCredentials\": {\"accessKeyId\": \"" + key + "\"}}}\n}\n", input.JSON},
		{env, input.YAML},
		{env, input.Sniff},
	} {
		if msg := agree([]byte(c.text), c.format); msg != "" {
			t.Errorf("%s: %s", nameFor(c.format), msg)
		}
		if r := redact([]byte(c.text), c.format); r.err != nil {
			t.Errorf("%s: %v", nameFor(c.format), r.err)
		}
	}
}
