package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// TestPlaceholderJudgedOnOwnValue: a finding is a note only when the value at
// its own position is a placeholder. A real credential set followed by
// repeated keys holding AWS's examples stays an error; so does the repeated
// key itself, while a finding about an example value is a note.
func TestPlaceholderJudgedOnOwnValue(t *testing.T) {
	g := fake.New(30)
	key, secret, token := g.KeyIDFor("ASIA", "111122223333"), g.Secret(), g.Token()
	doc := fmt.Sprintf(`{"jobDetails": {"id": "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "accountId": "111122223333", "data": {
  "actionTypeId": {"category": "Build", "owner": "Custom", "provider": "AcmeBuildRunner", "version": "1", "category": "BuildEXAMPLE"},
  "artifactCredentials": {"accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s",
    "accessKeyId": "ASIAIOSFODNN7EXAMPLE", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sessionToken": "IQoJb3JpZ2luX2VjEXAMPLETOKEN"}}}}`,
		key, secret, token)
	r := New(Options{}).Bytes("f.json", []byte(doc))
	var got []string
	for _, f := range r.Findings {
		got = append(got, fmt.Sprintf("%d:%d %s %s", f.Line, f.Column, f.Severity, f.Rule))
	}
	want := []string{
		positionOf(doc, `"category": "BuildEXAMPLE"`) + " error duplicate-key",
		positionOf(doc, `"BuildEXAMPLE"`) + " note action-category",
		positionOf(doc, `"`+key) + " error leaked-credential",
		positionOf(doc, `"`+secret) + " error leaked-credential",
		positionOf(doc, `"`+token) + " error leaked-credential",
		positionOf(doc, `"accessKeyId": "ASIAIOSF`) + " error duplicate-key",
		positionOf(doc, `"secretAccessKey": "wJal`) + " error duplicate-key",
		positionOf(doc, `"sessionToken": "IQoJb3JpZ2luX2VjEXAMPLE`) + " error duplicate-key",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// positionOf is the line:column of needle in a one-byte-per-character text.
func positionOf(text, needle string) string {
	i := strings.Index(text, needle)
	return fmt.Sprintf("%d:%d", 1+strings.Count(text[:i], "\n"), i-strings.LastIndex(text[:i], "\n"))
}
