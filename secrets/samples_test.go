package secrets

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// TestAWSSamples: AWS's published sample events hold only made-up
// credentials (documented, cut short, a sample certificate, reflowed over
// lines): the scan finds nothing in them, parsed or raw.
func TestAWSSamples(t *testing.T) {
	names, err := filepath.Glob("../testdata/aws-samples/aws-sample-*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range names {
		var docs []*document.Node
		data := readFile(t, name)
		switch filepath.Ext(name) {
		case ".json":
			docs = []*document.Node{mustJSON(t, string(data))}
		case ".yaml":
			if docs, err = decode.YAML(data); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		default:
			continue
		}
		n++
		for _, doc := range docs {
			if got := Scan(doc); len(got) > 0 {
				t.Errorf("%s:\n%s", name, show(got))
			}
		}
		if got := ScanRaw(data); len(got) > 0 {
			t.Errorf("raw %s:\n%s", name, show(got))
		}
	}
	if n < 5 {
		t.Fatalf("found %d samples", n)
	}
}

// userGuideToken is the sessionToken of the CodePipeline user guide's
// Lambda invoke event, with the line breaks of the printed page.
func userGuideToken(t *testing.T, sep string) string {
	t.Helper()
	root := mustJSON(t, string(readFile(t, "../testdata/aws-samples/aws-sample-encryption-key.json")))
	v := root.Get("CodePipeline.job").Get("data").Get("artifactCredentials").Get("sessionToken").Text()
	if strings.Count(v, "\n ") != 14 {
		t.Fatalf("the sample token has %d line breaks, want 14", strings.Count(v, "\n "))
	}
	return strings.ReplaceAll(v, "\n ", sep)
}

// TestReflowedSampleToken: the documented token broken over lines, in a
// JSON string or a YAML block, gives no finding where a session token
// belongs.
func TestReflowedSampleToken(t *testing.T) {
	for _, sep := range []string{"\n ", "\n", "\r\n"} {
		text := fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"sessionToken": %q}}}}`, userGuideToken(t, sep))
		if got := Scan(mustJSON(t, text)); len(got) > 0 {
			t.Errorf("%q:\n%s", sep, show(got))
		}
	}
	lines := strings.ReplaceAll(userGuideToken(t, "\n"), "\n", "\n        ")
	for _, block := range []string{">", "|", ">-", "|+"} {
		text := "jobDetails:\n  data:\n    artifactCredentials:\n      sessionToken: " + block + "\n        " + lines + "\n"
		docs, err := decode.YAML([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := Scan(docs[0]); len(got) > 0 {
			t.Errorf("YAML %s:\n%s", block, show(got))
		}
	}
}

// TestSampleConfigValues: a configuration value named like a secret that
// is a template, prose describing the value or an xmpl id is no secret in
// clear.
func TestSampleConfigValues(t *testing.T) {
	text := `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {
  "DbPassword": "{db_password}",
  "ApiToken": "the token of the build server, for example tok-1234abcd",
  "ClientSecret": "c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6",
  "SecretKey": "codepipeline-{region}-{account-id}"
}}}}}`
	check(t, Scan(mustJSON(t, text)))
}

// TestRealKeyBesideSampleMarks: xmpl, prose and templates are judged on
// the whole value; a real key id beside them is found all the same.
func TestRealKeyBesideSampleMarks(t *testing.T) {
	g := fake.New(40)
	key := g.KeyID("ASIA")
	want := `1:34 error leaked-credential ` + notePointer + ` AWS access key id (` + m(key) + `) inside data.note: key of account ` + acct(key) + advice
	for _, v := range []string{
		key + "-xmpl",
		"xmpl" + key,
		key + "xmpl",
		"c0d76431-b0e7-xmpl-" + key,
		"e0c7xmpl2308ca" + key,
		"the name of the key, for example " + key,
		"a key id, e.g. " + key + ", of the build user",
		key + "{region}",
		"{region}-" + key,
		"{{{access_key}}}" + key,
		key + "\nAKIAIOSFODNN7EXAMPLE",
	} {
		got := Scan(mustJSON(t, note(v)))
		if g := show(got); g != want+"\n" {
			t.Errorf("%q:\n%swant:\n%s", strings.ReplaceAll(v, key, "KEY"), g, want)
		}
		noValue(t, got, key)
	}
}

// TestRealSecretBesideSampleMarks: the same for a secret key that a key id
// beside it vouches for, also with xmpl glued to it.
func TestRealSecretBesideSampleMarks(t *testing.T) {
	g := fake.New(41)
	key, secret := g.KeyID("AKIA"), g.Secret()
	for _, v := range []string{
		key + " xmpl" + secret,
		key + " " + secret + "xmpl",
		key + "-xmpl-" + secret,
		key + " EXAMPLE-" + secret,
		key + " " + secret + "_REDACTED",
		"for example " + key + " and " + secret,
		"{region}:" + key + ":" + secret,
		key + "\n" + secret + "\nEXAMPLE",
	} {
		got := Scan(mustJSON(t, note(v)))
		if len(got) != 2 || got[0].Severity.String() != "error" || got[1].Severity.String() != "error" ||
			!strings.HasPrefix(got[1].Message, "AWS secret access key ("+m(secret)+")") {
			t.Errorf("%q:\n%s", strings.ReplaceAll(strings.ReplaceAll(v, key, "KEY"), secret, "SECRET"), show(got))
		}
		noValue(t, got, key, secret)
	}
}

// TestRandomSecretWithXmpl: forty random base64 characters that happen to
// hold the letters xmpl are a secret, not an xmpl sample: in
// artifactCredentials an error, alone a warning.
func TestRandomSecretWithXmpl(t *testing.T) {
	g := fake.New(42)
	secret := g.Secret()
	secret = secret[:7] + "xmpl" + secret[11:]
	text := fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"secretAccessKey": %q}}}}`, secret)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+secret)+` error leaked-credential "/jobDetails/data/artifactCredentials/secretAccessKey" AWS secret access key (`+m(secret)+`) in artifactCredentials.secretAccessKey`+advice)
	check(t, Scan(mustJSON(t, note(secret))),
		`1:34 warning leaked-credential `+notePointer+` possible AWS secret access key (`+m(secret)+`) in data.note: a random-looking 40-character base64 value with no access key id beside it; if it is a secret, remove it`)
}

// TestRealTokenReflowed: a real session token broken over lines is no
// sample, even when the marker ends it: its first line is a token and is
// reported.
func TestRealTokenReflowed(t *testing.T) {
	g := fake.New(43)
	token := g.Token()
	first := token[:64]
	var b strings.Builder
	for i := 0; i < len(token); i += 64 {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(token[i:min(i+64, len(token))])
	}
	b.WriteString("\nEXAMPLE=")
	text := fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"sessionToken": %q}}}}`, b.String())
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"`+first)+` error leaked-credential "/jobDetails/data/artifactCredentials/sessionToken" AWS session token (`+m(first)+`) inside artifactCredentials.sessionToken`+advice)
}

// TestRedactedLineBesideRealLines: what a redaction leaves of a real token
// broken over lines (its first line replaced with the placeholder, the
// others real) is still a credential where a session token belongs.
func TestRedactedLineBesideRealLines(t *testing.T) {
	g := fake.New(44)
	token := g.Token()
	v := "IQoJb3JpZ2luX2VjEXAMPLETOKEN\n" + token[100:]
	text := fmt.Sprintf(`{"jobDetails": {"data": {"artifactCredentials": {"sessionToken": %q}}}}`, v)
	check(t, Scan(mustJSON(t, text)),
		pos(t, text, `"IQoJ`)+` error leaked-credential "/jobDetails/data/artifactCredentials/sessionToken" AWS session token (`+m(v)+`) in artifactCredentials.sessionToken`+advice)
}
