package redact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

// Redact replaces the places that check reports, one at a time, never every
// occurrence of a string: the same text elsewhere, where check reports
// nothing, stays as it is.

// redacted runs Bytes and fails unless it replaced n places without error.
func redacted(t *testing.T, in string, format input.Format, n int) string {
	t.Helper()
	out, got, err := Bytes([]byte(in), format)
	if err != nil || got != n {
		t.Fatalf("replaced %d (want %d), err %v; out:\n%s", got, n, err, out)
	}
	return string(out)
}

// leakLines returns the lines of check's leaked-credential findings of
// severity sev.
func leakLines(text string, format input.Format, sev finding.Severity) []int {
	name := map[input.Format]string{input.JSON: "f.json", input.YAML: "f.yaml", input.JSONLines: "f.jsonl"}[format]
	var lines []int
	for _, f := range lint.New(lint.Options{}).Bytes(name, []byte(text)).Findings {
		if f.Rule == "leaked-credential" && f.Severity == sev {
			lines = append(lines, f.Line)
		}
	}
	return lines
}

// A secret key beside a key id is reported; the same 40 characters under a
// checksum's name are not, and stay.
func TestBytesSameValueUnreportedElsewhere(t *testing.T) {
	g := fake.New(50)
	key, secret := g.KeyID("ASIA"), g.Secret()
	in := fmt.Sprintf("{\"jobDetails\": {\"data\": {\n"+
		"  \"artifactCredentials\": {\"accessKeyId\": \"%s\", \"secretAccessKey\": \"%s\"},\n"+
		"  \"outputArtifacts\": [{\"name\": \"out\", \"checksum\": \"%s\"}]\n"+
		"}}}\n", key, secret, secret)
	if got := leakLines(in, input.JSON, finding.Error); fmt.Sprint(got) != "[2 2]" {
		t.Fatalf("check reports errors on lines %v, want [2 2]", got)
	}
	want := "{\"jobDetails\": {\"data\": {\n" +
		"  \"artifactCredentials\": {\"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\", \"secretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"},\n" +
		"  \"outputArtifacts\": [{\"name\": \"out\", \"checksum\": \"" + secret + "\"}]\n" +
		"}}}\n"
	if out := redacted(t, in, input.JSON, 2); out != want {
		t.Errorf("redacted:\n%s\nwant:\n%s", out, want)
	}
}

// A JSON Lines record that parses is judged as a document, where a lone
// random value is a warning; a record that does not parse is judged as raw
// text, where a key id beside the same value makes it an error. Only the
// broken record changes.
func TestBytesJSONLinesEachRecordOnItsOwn(t *testing.T) {
	g := fake.New(51)
	key, secret := g.KeyID("ASIA"), g.Secret()
	good := fmt.Sprintf(`{"jobs": [], "notes": ["%s"]}`, secret)
	broken := fmt.Sprintf(`{"jobs": [{"data": {"accessKeyId": "%s", "notes": ["%s"]`, key, secret)
	in := good + "\n" + broken + "\n"
	if got := leakLines(in, input.JSONLines, finding.Error); fmt.Sprint(got) != "[2 2]" {
		t.Fatalf("check reports errors on lines %v, want [2 2]", got)
	}
	if got := leakLines(in, input.JSONLines, finding.Warning); fmt.Sprint(got) != "[1]" {
		t.Fatalf("check reports warnings on lines %v, want [1]", got)
	}
	want := good + "\n" + `{"jobs": [{"data": {"accessKeyId": "ASIAIOSFODNN7EXAMPLE", "notes": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]` + "\n"
	if out := redacted(t, in, input.JSONLines, 2); out != want {
		t.Errorf("redacted:\n%s\nwant:\n%s", out, want)
	}
}

// One string may hold the same key id twice, and a key may be one: each is
// its own place.
func TestBytesEveryPlaceInOneString(t *testing.T) {
	key := fake.New(52).KeyID("AKIA")
	in := fmt.Sprintf(`{"jobDetails": {"data": {"%s": "AWS_ACCESS_KEY_ID=%s; again %s"}}}`, key, key, key)
	want := `{"jobDetails": {"data": {"AKIAIOSFODNN7EXAMPLE": "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE; again AKIAIOSFODNN7EXAMPLE"}}}`
	if out := redacted(t, in, input.JSON, 3); out != want {
		t.Errorf("redacted:\n%s\nwant:\n%s", out, want)
	}
}

// Positions count characters, not bytes, and JSON breaks lines at \n only.
func TestBytesPositionsAfterWideCharacters(t *testing.T) {
	key := fake.New(53).KeyID("ASIA")
	in := "\ufeff{\"jobDetails\": {\"é\u2028\": \"ü\", \"k\": \"\u00e9 " + key + "\",\r\n \"x\": \"\\u00e9\\ud83d\\ude00" + key + "\"}}"
	want := "\ufeff{\"jobDetails\": {\"é\u2028\": \"ü\", \"k\": \"\u00e9 ASIAIOSFODNN7EXAMPLE\",\r\n \"x\": \"\\u00e9\\ud83d\\ude00ASIAIOSFODNN7EXAMPLE\"}}"
	if out := redacted(t, in, input.JSON, 2); out != want {
		t.Errorf("redacted:\n%q\nwant:\n%q", out, want)
	}
}

// Each YAML scalar style is read back as the decoder read it.
func TestBytesYAMLStyles(t *testing.T) {
	g := fake.New(54)
	k1, k2, k3, k4, k5, k6 := g.KeyID("ASIA"), g.KeyID("ASIA"), g.KeyID("ASIA"), g.KeyID("ASIA"), g.KeyID("ASIA"), g.KeyID("ASIA")
	in := "\ufeffjobDetails:\r\n" +
		"  plain: é " + k1 + "\r\n" +
		"  single: 'it''s " + k2 + "'\r\n" +
		"  double: \"\\x41\\u00e9 " + k3 + "\"\r\n" +
		"  flow: {a: [" + k4 + "]}\r\n" +
		"  literal: |\r\n    AWS_ACCESS_KEY_ID=" + k5 + "\r\n    more\r\n" +
		"  folded-quotes: \"one\r\n    " + k6 + "\"\r\n"
	want := strings.NewReplacer(k1, "ASIAIOSFODNN7EXAMPLE", k2, "ASIAIOSFODNN7EXAMPLE", k3, "ASIAIOSFODNN7EXAMPLE",
		k4, "ASIAIOSFODNN7EXAMPLE", k5, "ASIAIOSFODNN7EXAMPLE", k6, "ASIAIOSFODNN7EXAMPLE").Replace(in)
	if out := redacted(t, in, input.YAML, 6); out != want {
		t.Errorf("redacted:\n%q\nwant:\n%q", out, want)
	}
}

// An alias repeats the value of its anchor: the anchor's text holds the
// credential, and replacing it there redacts both.
func TestBytesYAMLAlias(t *testing.T) {
	key := fake.New(55).KeyID("ASIA")
	in := "jobDetails:\n  a: &k " + key + "\n  b: *k\n  c: !!str " + key + "\n"
	if got := leakLines(in, input.YAML, finding.Error); fmt.Sprint(got) != "[2 3 4]" {
		t.Fatalf("check reports errors on lines %v, want [2 3 4]", got)
	}
	want := "jobDetails:\n  a: &k ASIAIOSFODNN7EXAMPLE\n  b: *k\n  c: !!str ASIAIOSFODNN7EXAMPLE\n"
	if out := redacted(t, in, input.YAML, 2); out != want {
		t.Errorf("redacted:\n%s\nwant:\n%s", out, want)
	}
}

// A presigned URL writes its credentials percent-encoded: the places the
// scan reads through the encoding are replaced, and a secret's slashes are
// written encoded again.
func TestBytesPresignedURL(t *testing.T) {
	g := fake.New(56)
	key, token, secret := g.KeyID("ASIA"), g.Token(), g.SecretWithSlash()
	enc := strings.NewReplacer("/", "%2F", "+", "%2B", "=", "%3D")
	url := "https://b.s3.amazonaws.com/k?X-Amz-Credential=" + key + "%2F20240101%2Fus-east-1%2Fs3%2Faws4_request" +
		"&X-Amz-Security-Token=" + enc.Replace(token) + "&secret=" + enc.Replace(secret)
	want := "https://b.s3.amazonaws.com/k?X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request" +
		"&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLETOKEN&secret=wJalrXUtnFEMI%2FK7MDENG%2FbPxRfiCYEXAMPLEKEY"
	if out := redacted(t, `{"jobDetails": {"data": {"url": "`+url+`"}}}`, input.JSON, 3); out != `{"jobDetails": {"data": {"url": "`+want+`"}}}` {
		t.Errorf("JSON:\n%s", out)
	}
	if out := redacted(t, "jobDetails:\n  url: "+url+"\n", input.YAML, 3); out != "jobDetails:\n  url: "+want+"\n" {
		t.Errorf("YAML:\n%s", out)
	}
}

// A YAML scalar folded over lines (plain or quoted) is read back fold by
// fold: each credential written whole on one line is replaced where it is
// written, whichever line that is and however the scalar is indented.
func TestBytesYAMLScalarOverLines(t *testing.T) {
	g := fake.New(57)
	key, secret := g.KeyID("ASIA"), g.Secret()
	env := "AWS_ACCESS_KEY_ID=" + key + "\nAWS_SECRET_ACCESS_KEY=" + secret + "\n"
	tests := []struct {
		name, in string
		format   input.Format
		n        int
	}{
		// A .env file is one plain scalar at the root, its lines not indented.
		{".env", env, input.YAML, 2},
		{".env sniffed", env, input.Sniff, 2},
		{".env with CRLF, trailing blanks and an empty line", "AWS_ACCESS_KEY_ID=" + key + " \t\r\n\r\n  AWS_SECRET_ACCESS_KEY=" + secret + "\r\n", input.YAML, 2},
		{"plain of three lines under its key", "jobDetails:\n  notes:\n    first\n    second\n    AWS_ACCESS_KEY_ID=" + key + "\n", input.YAML, 1},
		{"plain in a flow sequence", "[one\ntwo AWS_ACCESS_KEY_ID=" + key + "]\n", input.YAML, 1},
		{"double-quoted", "jobDetails:\n  notes: \"AWS_ACCESS_KEY_ID=" + key + "\n    AWS_SECRET_ACCESS_KEY=" + secret + "\"\n", input.YAML, 2},
		{"double-quoted, escaped line breaks", "jobDetails:\n  notes: \"AWS_ACCESS_KEY_ID=\\\n    " + key + " \\\n\n    AWS_SECRET_ACCESS_KEY=" + secret + "\"\n", input.YAML, 2},
		{"single-quoted", "jobDetails:\n  notes: 'it''s AWS_ACCESS_KEY_ID=" + key + "\n\n    AWS_SECRET_ACCESS_KEY=" + secret + "'\n", input.YAML, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.NewReplacer(key, "ASIAIOSFODNN7EXAMPLE", secret, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").Replace(tt.in)
			if out := redacted(t, tt.in, tt.format, tt.n); out != want {
				t.Errorf("redacted:\n%q\nwant:\n%q", out, want)
			}
		})
	}
}

// A credential that a quoted or plain scalar splits over lines is not
// replaced, and Bytes says so: a token that a backslash continues on the next
// line, and a value of artifactCredentials that check takes whole, folded
// after a placeholder.
func TestBytesYAMLSplitOverLines(t *testing.T) {
	token := fake.New(58).Token()
	for _, value := range []string{
		"\"" + token[:100] + "\\\n        " + token[100:] + "\"",
		"IQoJb3JpZ2luX2VjEXAMPLETOKEN\n        " + token[100:],
	} {
		in := "jobDetails:\n  data:\n    artifactCredentials:\n      sessionToken: " + value + "\n"
		if got := leakLines(in, input.YAML, finding.Error); fmt.Sprint(got) != "[4]" {
			t.Fatalf("check reports errors on lines %v, want [4]", got)
		}
		out, n, err := Bytes([]byte(in), input.YAML)
		if err == nil || n != 0 || string(out) != in {
			t.Errorf("replaced %d, err %v; out:\n%s", n, err, out)
		}
	}
}
