package secrets

import (
	"fmt"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// TestCutSecretNamedByItsMember: a full 40-character secret key with "..."
// or "…" after it is a leak when the member that holds it is named for a
// secret key: the member's name stands before it as much as a label in the
// text would. In artifactCredentials it is part of the usable set.
func TestCutSecretNamedByItsMember(t *testing.T) {
	g := fake.New(60)
	key, secret, token := g.KeyIDFor("ASIA", "444455556666"), g.SecretWithSlash(), g.Token()
	const set = ": part of a usable credential set"
	for _, cut := range []string{"...", "…"} {
		for _, job := range []string{"jobDetails", "CodePipeline.job"} {
			text := fmt.Sprintf(`{%q: {"accountId": "444455556666", "data": {"artifactCredentials": {"accessKeyId": %q, "secretAccessKey": %q, "sessionToken": %q}}}}`,
				job, key, secret+cut, token)
			got := Scan(mustJSON(t, text))
			check(t, got,
				pos(t, text, `"`+key)+` error leaked-credential "/`+job+`/data/artifactCredentials/accessKeyId" AWS access key id (`+m(key)+`) in artifactCredentials.accessKeyId: key of the job's account; part of a usable credential set`+advice,
				pos(t, text, `"`+secret)+` error leaked-credential "/`+job+`/data/artifactCredentials/secretAccessKey" AWS secret access key (`+m(secret)+`) inside artifactCredentials.secretAccessKey`+set+advice,
				pos(t, text, `"`+token)+` error leaked-credential "/`+job+`/data/artifactCredentials/sessionToken" AWS session token (`+m(token)+`) in artifactCredentials.sessionToken`+set+advice,
			)
			noValue(t, got, secret, token)
			if leaks := Leaks(mustJSON(t, text)); len(leaks) != 3 || leaks[1].Kind != SecretKey || leaks[1].Start != 0 || leaks[1].End != len(secret) {
				t.Errorf("%s %q: %d leaks, the second not the secret at 0:40", job, cut, len(leaks))
			}
		}
		// in YAML, and named outside artifactCredentials
		yaml := "jobDetails:\n  data:\n    secretAccessKey: " + secret + cut + "\n"
		docs, err := decode.YAML([]byte(yaml))
		if err != nil {
			t.Fatal(err)
		}
		check(t, Scan(docs[0]),
			`3:22 error leaked-credential "/jobDetails/data/secretAccessKey" AWS secret access key (`+m(secret)+`) inside data.secretAccessKey`+advice)
	}
}

// TestCutSamplesStay: what is cut short stays a sample unless a secret
// key's name stands before a full 40 characters: AWS's sample secret of 15
// characters and dots under its own name, and 40 characters and dots under a
// name that says nothing. (A full 40 characters under a secret key's name
// are a leak whichever side the dots stand on.)
func TestCutSamplesStay(t *testing.T) {
	secret := fake.New(61).Secret()
	for _, text := range []string{
		`{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "6CGtmAa3lzWtV7a...", "sessionToken": "FwoGZXIvYXdzEBY..."}}}}`,
		`{"jobDetails": {"data": {"secretAccessKey": "6CGtmAa3lzWtV7a…"}}}`,
		`{"jobDetails": {"data": {"note": "` + secret + `..."}}}`,
	} {
		if got := Scan(mustJSON(t, text)); len(got) > 0 {
			t.Errorf("%s:\n%s", text, show(got))
		}
	}
}

// TestNotesInArtifactCredentials: a placeholder with a note after it, or a
// sample cut short with a word after it, is text, not a credential whose
// format is off: no finding, so that redact, which writes placeholders, can
// always finish. A real secret with a note after it is still found, and
// only it.
func TestNotesInArtifactCredentials(t *testing.T) {
	creds := func(key, secret, token string) string {
		return fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": %q, "secretAccessKey": %q, "sessionToken": %q}}}}`, key, secret, token)
	}
	const key, secret, token = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "IQoJb3JpZ2luX2VjEXAMPLETOKEN"
	for _, text := range []string{
		creds(key, secret+" ...", token),
		creds(key, secret+" (example)", token),
		creds(key, "6CGtmAa3lzWtV7a... (cut)", token),
		creds(key, secret, token+" (example)"),
		creds(key, secret, token+" ..."),
		creds(key, secret, token+" EXAMPLE"),
		creds(key, secret, "FwoGZXIvYXdzEBY... (cut)"),
		creds(key+" (example)", secret, token),
		creds("AKIAIOSFODNN7EXAMP ...", secret, token),
	} {
		if got := Scan(mustJSON(t, text)); len(got) > 0 {
			t.Errorf("%s:\n%s", text, show(got))
		}
	}
	leaked := fake.New(62).Secret()
	text := creds(key, leaked+" ...", token)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+leaked)+` error leaked-credential "/jobDetails/data/artifactCredentials/secretAccessKey" AWS secret access key (`+m(leaked)+`) inside artifactCredentials.secretAccessKey`+advice)
	// a malformed value of one word is still what its member's name says
	long := leaked + "Q"
	text = creds(key, long, token)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+long)+` error leaked-credential "/jobDetails/data/artifactCredentials/secretAccessKey" AWS secret access key (`+m(long)+`) in artifactCredentials.secretAccessKey`+advice)
}
