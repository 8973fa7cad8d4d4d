package output

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// TestEveryFormatMasks: findings that did not pass the linter's masking
// (raw credentials in the message, the pointer and the file name, a line
// break in the file name) are masked by every writer all the same, and the
// caller's findings are left as they were.
func TestEveryFormatMasks(t *testing.T) {
	g := fake.New(20)
	key, secret := g.KeyID("ASIA"), g.SecretWithSlash()
	name := "fixtures/" + key + "\nx.json"
	fs := []finding.Finding{{File: name, Line: 1, Column: 1, Pointer: "/jobDetails/" + key, Rule: "r", Severity: finding.Error,
		Message: "value " + secret + " and " + key}}
	for _, format := range Formats() {
		out := string(render(t, format, testOptions, []testCall{{name, fs}}))
		for _, v := range []string{key, secret, strings.ReplaceAll(secret, "/", `\/`)} {
			if strings.Contains(out, v) {
				t.Errorf("%s printed a credential in full:\n%s", format, strings.ReplaceAll(out, v, "<CREDENTIAL>"))
			}
		}
		if strings.Contains(out, "\nx.json") {
			t.Errorf("%s printed the line break of a file name:\n%s", format, out)
		}
	}
	if fs[0].File != name || !strings.Contains(fs[0].Message, key) {
		t.Error("the writer changed the caller's findings")
	}
}

// TestTextShowsMaskedFinding pins what the text format shows for such a
// finding.
func TestTextShowsMaskedFinding(t *testing.T) {
	key := fake.New(21).KeyID("AKIA")
	f := finding.Finding{File: "a\n" + key + ".json", Line: 2, Column: 3, Pointer: "/" + key, Rule: "r", Severity: finding.Error,
		Message: `unknown member "` + key + `"`}
	shown := key[:4] + "…" + key[16:]
	want := `a\n` + shown + `.json:2:3: error: unknown member "` + shown + `" [r]` + "\n"
	if got := string(render(t, "text", Options{Quiet: true}, []testCall{{f.File, []finding.Finding{f}}})); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
