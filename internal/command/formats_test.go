package command

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/output"
)

// credentialLike finds what looks like an AWS key id, secret key or session
// token in raw text, escaped or not.
var credentialLike = regexp.MustCompile(`A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}|(?:^|[^A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?:[^A-Za-z0-9+/=]|$)|(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|FQoDYXdz|AQoDYXdz)[A-Za-z0-9+/=]{20,}`)

// mixed tells a random-looking value from a word: it has a digit, an upper
// and a lower case letter.
func mixed(s string) bool {
	return strings.ContainsAny(s, "0123456789") && strings.ToLower(s) != s && strings.ToUpper(s) != s
}

// TestEveryFormatNeverPrintsASecret lints all of testdata/err in every format
// and fails if any credential-like value of those files appears in the output.
func TestEveryFormatNeverPrintsASecret(t *testing.T) {
	t.Chdir(repoRoot)
	secrets := map[string]bool{}
	for _, path := range lintable(t, "testdata/err") {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(data), `\/`, "/")
		for _, s := range credentialLike.FindAllString(text, -1) {
			s = strings.Trim(s, `"' =:,`+"\n")
			if !strings.Contains(s, "EXAMPLE") && mixed(s) {
				secrets[s] = true
			}
		}
	}
	if len(secrets) == 0 {
		t.Fatal("testdata/err holds no credential-like values; the test would prove nothing")
	}
	for _, format := range output.Formats() {
		code, stdout, stderr := run(t, "", "--format", format, "--color=always", "testdata/err")
		if code != ExitFindings {
			t.Errorf("%s: exit %d; stderr %s", format, code, stderr)
		}
		for s := range secrets {
			// Only the first and last characters of a value may be shown.
			if strings.Contains(stdout, s[:12]) || strings.Contains(stderr, s[:12]) {
				t.Errorf("%s output holds the credential-like value %s…", format, s[:4])
			}
		}
	}
}

// TestFormatsParse: the machine-readable formats are well-formed documents.
func TestFormatsParse(t *testing.T) {
	t.Chdir(repoRoot)
	for format, parse := range map[string]func([]byte) error{
		"json":  func(b []byte) error { var v any; return json.Unmarshal(b, &v) },
		"sarif": func(b []byte) error { var v any; return json.Unmarshal(b, &v) },
		"junit": func(b []byte) error { var v any; return xml.Unmarshal(b, &v) },
	} {
		_, stdout, _ := run(t, "", "--format", format, filepath.Join("testdata", "err"))
		if err := parse([]byte(stdout)); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
	_, stdout, _ := run(t, "", "--format", "github", "testdata/err/duplicate-key.json")
	want := "::error file=testdata/err/duplicate-key.json,line=5,col=5,title=duplicate-key::key \"id\" appears again (first at 3:5); parsers disagree on which value wins, so keep one\n"
	if !strings.HasPrefix(stdout, want) {
		t.Errorf("github: %q", stdout)
	}
}

// TestInputsNeverWritten runs every format and redact without --write over
// testdata, and checks that no input changed: only redact --write writes.
func TestInputsNeverWritten(t *testing.T) {
	t.Chdir(repoRoot)
	snapshot := func() map[string]string {
		files := map[string]string{}
		err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			info, _ := d.Info()
			files[path] = string(data) + info.ModTime().String() + info.Mode().String()
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	before := snapshot()
	for _, format := range output.Formats() {
		run(t, "", "--format", format, "testdata")
	}
	run(t, "", "redact", "testdata/err")
	after := snapshot()
	if len(after) != len(before) {
		t.Errorf("%d files before, %d after", len(before), len(after))
	}
	for path, was := range before {
		if after[path] != was {
			t.Errorf("%s changed", path)
		}
	}
}
