package redact

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// leakErrors counts the leaked-credential errors that the linter reports on
// text.
func leakErrors(t testing.TB, text []byte, format input.Format) int {
	t.Helper()
	name := map[input.Format]string{input.JSON: "f.json", input.YAML: "f.yaml", input.JSONLines: "f.jsonl"}[format]
	n := 0
	for _, f := range lint.New(lint.Options{}).Bytes(name, text).Findings {
		if f.Rule == "leaked-credential" && f.Severity == finding.Error {
			n++
		}
	}
	return n
}

func TestBytesJSON(t *testing.T) {
	g := fake.New(20)
	key, secret, token := g.KeyID("ASIA"), g.SecretWithSlash(), g.Token()
	long := g.KeyID("AKIA")
	in := fmt.Sprintf(`{"jobDetails": {"data": {
  "artifactCredentials": {"accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s"},
  "actionConfiguration": {"configuration": {"UserParameters": "{\"k\":\"%s\",\"s\":\"%s\"}", "DbPassword": "hunter2hunter2"}}
}}}
`, key, strings.ReplaceAll(secret, "/", `\/`), token, long, strings.ReplaceAll(secret, "/", `\\\/`))
	want := `{"jobDetails": {"data": {
  "artifactCredentials": {"accessKeyId": "ASIAIOSFODNN7EXAMPLE", "secretAccessKey": "wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY", "sessionToken": "IQoJb3JpZ2luX2VjEXAMPLETOKEN"},
  "actionConfiguration": {"configuration": {"UserParameters": "{\"k\":\"AKIAIOSFODNN7EXAMPLE\",\"s\":\"wJalrXUtnFEMI\\\/K7MDENG\\\/bPxRfiCYEXAMPLEKEY\"}", "DbPassword": "hunter2hunter2"}}
}}}
`
	out, n, err := Bytes([]byte(in), input.JSON)
	if err != nil || n != 5 {
		t.Fatalf("Bytes: %d replaced, %v", n, err)
	}
	if string(out) != want {
		t.Errorf("redacted:\n%s\nwant:\n%s", out, want)
	}
	again, n, err := Bytes(out, input.JSON)
	if err != nil || n != 0 || !bytes.Equal(again, out) {
		t.Errorf("second run changed something: %d, %v", n, err)
	}
	if leakErrors(t, out, input.JSON) != 0 {
		t.Error("redacted text still leaks")
	}
}

func TestBytesUnicodeEscape(t *testing.T) {
	g := fake.New(21)
	key := g.KeyID("AKIA")
	in := `{"jobDetails": {"data": {"k": "\u0041` + key[1:] + `"}}}`
	out, n, err := Bytes([]byte(in), input.JSON)
	if err != nil || n != 1 || string(out) != `{"jobDetails": {"data": {"k": "AKIAIOSFODNN7EXAMPLE"}}}` {
		t.Errorf("got %s, %d, %v", out, n, err)
	}
}

func TestBytesYAML(t *testing.T) {
	g := fake.New(22)
	key, secret, token := g.KeyID("ASIA"), g.Secret(), g.Token()
	in := fmt.Sprintf("# saved response\njobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: %s   # key\n      secretAccessKey: '%s'\n      sessionToken: \"%s\"\n---\njobDetails: {}\n", key, secret, token)
	want := "# saved response\njobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: ASIAIOSFODNN7EXAMPLE   # key\n      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'\n      sessionToken: \"IQoJb3JpZ2luX2VjEXAMPLETOKEN\"\n---\njobDetails: {}\n"
	out, n, err := Bytes([]byte(in), input.YAML)
	if err != nil || n != 3 || string(out) != want {
		t.Errorf("got %d, %v:\n%s", n, err, out)
	}
}

// TestBytesYAMLFolded: a token folded over lines cannot be replaced in place;
// Bytes says so instead of claiming success.
func TestBytesYAMLFolded(t *testing.T) {
	g := fake.New(23)
	token := g.Token()
	in := "jobDetails:\n  data:\n    artifactCredentials:\n      sessionToken: >-\n        " + token[:100] + "\n        " + token[100:] + "\n"
	_, _, err := Bytes([]byte(in), input.YAML)
	if err == nil {
		t.Error("a folded token was reported as redacted")
	}
}

func TestBytesJSONLines(t *testing.T) {
	g := fake.New(24)
	k1, k2 := g.KeyID("ASIA"), g.KeyID("ASIA")
	in := fmt.Sprintf("{\"jobs\":[{\"data\":{\"artifactCredentials\":{\"accessKeyId\":\"%s\"}}}]}\n\n{\"jobs\":[ broken \"accessKeyId\": \"%s\"\n", k1, k2)
	out, n, err := Bytes([]byte(in), input.JSONLines)
	want := "{\"jobs\":[{\"data\":{\"artifactCredentials\":{\"accessKeyId\":\"ASIAIOSFODNN7EXAMPLE\"}}}]}\n\n{\"jobs\":[ broken \"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\"\n"
	if err != nil || n != 2 || string(out) != want {
		t.Errorf("got %d, %v:\n%s", n, err, out)
	}
}

// TestBytesOnlyErrors: a lone 40-character value (a warning) and secret
// configuration values are left as they are.
func TestBytesOnlyErrors(t *testing.T) {
	g := fake.New(25)
	in := fmt.Sprintf(`{"jobDetails": {"data": {"notes": ["%s"], "actionConfiguration": {"configuration": {"Password": "hunter2hunter2"}}}}}`, g.Secret())
	out, n, err := Bytes([]byte(in), input.JSON)
	if err != nil || n != 0 || string(out) != in {
		t.Errorf("changed: %d, %v", n, err)
	}
}

// TestBytesChangesOnlySpans is the property behind redaction: with random
// credentials in random places, the output equals the input outside the
// credentials, and no error is left.
func TestBytesChangesOnlySpans(t *testing.T) {
	g := fake.New(26)
	for i := range 200 {
		in, _ := randomDoc(g, i)
		out, _, err := Bytes([]byte(in), input.JSON)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if msg := outsideSpansEqual([]byte(in), out); msg != "" {
			t.Fatalf("case %d: %s", i, msg)
		}
		if leakErrors(t, out, input.JSON) != 0 {
			t.Fatalf("case %d: still leaks", i)
		}
	}
}

// outsideSpansEqual checks that out is in with each credential span replaced
// by a placeholder: the text between spans is the same, in the same order.
func outsideSpansEqual(in, out []byte) string {
	if enc := textenc.Detect(in); !enc.IsUTF8() {
		// Compared in UTF-8, after checking that out is in in's encoding.
		text, bad := textenc.Decode(in, enc)
		outText, _ := textenc.Decode(out, enc)
		switch {
		case bad != nil && !bytes.Equal(in, out):
			return "text not valid in its encoding changed"
		case bad != nil:
			return ""
		case !bytes.Equal(textenc.Encode(outText, enc), out):
			return "the output is not in the input's encoding"
		}
		in, out = text, outText
	}
	at, o := 0, 0
	for _, s := range spans(judgeText(in, input.JSON)) {
		gap := in[at:s.Start]
		if !bytes.HasPrefix(out[o:], gap) {
			return fmt.Sprintf("text before offset %d changed", s.Start)
		}
		o += len(gap)
		r := replacement(s)
		if !bytes.HasPrefix(out[o:], []byte(r)) {
			return fmt.Sprintf("span at %d not replaced by its placeholder", s.Start)
		}
		o += len(r)
		at = s.End
	}
	if !bytes.Equal(out[o:], in[at:]) {
		return "text after the last span changed"
	}
	return ""
}

// randomDoc builds a response with credentials in a random choice of
// places and writings.
func randomDoc(g *fake.Gen, i int) (string, []string) {
	key, secret, token := g.KeyID("ASIA"), g.SecretWithSlash(), g.Token()
	places := []string{
		fmt.Sprintf(`"artifactCredentials": {"accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s"}`, key, secret, token),
		fmt.Sprintf(`"artifactCredentials": {"accessKeyId": "%s", "secretAccessKey": "%s"}`, key, strings.ReplaceAll(secret, "/", `\/`)),
		fmt.Sprintf(`"x": {"cfg": "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s"}`, key, secret),
		fmt.Sprintf(`"x": {"cfg": "{\"accessKeyId\":\"%s\",\"secretAccessKey\":\"%s\"}"}`, key, strings.ReplaceAll(secret, "/", `\\\/`)),
		fmt.Sprintf(`"%s": {"token": "%s"}`, key, token),
		fmt.Sprintf(`"list": ["%s", "plain", "%s"]`, token, key),
	}
	p := places[i%len(places)]
	return fmt.Sprintf(`{"jobDetails": {"id": "f4f4ff82-2d11-4c1d-9e0f-1234567890ab", "data": {%s, "after": "unchanged text"}}}`, p), []string{key, secret, token}
}

// TestFixtures: every secret fixture of the linter's golden tests redacts to
// a text without leaked-credential errors, in one run.
func TestFixtures(t *testing.T) {
	names, _ := filepath.Glob("../testdata/err/secret-*")
	if len(names) == 0 {
		t.Skip("no fixtures")
	}
	for _, name := range names {
		format := input.FormatOf(name)
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out, n, err := Bytes(data, format)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if left := leakErrors(t, out, format); left != 0 {
			t.Errorf("%s: %d leaked-credential errors left after %d replacements", name, left, n)
		}
	}
}

// A credential commented out in YAML is still in the file: it is redacted
// like a value, and nothing else on its line changes.
func TestBytesYAMLComment(t *testing.T) {
	key := fake.New(40).KeyID("ASIA")
	in := "jobDetails:\n  accountId: '111122223333' # was " + key + "\n"
	out, n, err := Bytes([]byte(in), input.YAML)
	want := "jobDetails:\n  accountId: '111122223333' # was ASIAIOSFODNN7EXAMPLE\n"
	if err != nil || n != 1 || string(out) != want {
		t.Errorf("got %q, %d, %v; want %q", out, n, err, want)
	}
}
