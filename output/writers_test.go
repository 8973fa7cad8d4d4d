package output

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testRules is a small catalogue for the writers that list rules.
var testRules = []finding.RuleInfo{
	{ID: "syntax", Severity: finding.Error, Description: "The input is valid JSON or YAML."},
	{ID: "action-category", Severity: finding.Error, Description: "actionTypeId.category is one of the documented categories."},
	{ID: "secret-access-key", Severity: finding.Error, Description: "No real secret access key is stored in a capture."},
	{ID: "s3-location", Severity: finding.Warning, Description: "Artifact locations name a bucket and a key."},
}

// testCall is one call of Writer.File.
type testCall struct {
	name     string
	findings []finding.Finding
}

// testRun is a run with what makes writers trip: a stream in two calls, a
// clean file, a file name with a space, comma and colon, messages with
// commas, colons, percent signs, newlines, XML markup, a control character,
// a finding on the whole document (empty pointer), two findings of one rule
// at one pointer, and a rule the catalogue does not list.
var testRun = []testCall{
	{"clean.json", nil},
	{"fixtures/a.json", []finding.Finding{
		{File: "fixtures/a.json", Line: 5, Column: 21, Pointer: "/jobDetails/data/actionTypeId/category",
			Rule: "action-category", Severity: finding.Error, Message: `"build" is not a category; did you mean "Build"?`},
		{File: "fixtures/a.json", Line: 9, Column: 7, Pointer: "/jobDetails/data/inputArtifacts/0/location",
			Rule: "s3-location", Severity: finding.Warning, Message: "bucketName is missing"},
		{File: "fixtures/a.json", Line: 9, Column: 7, Pointer: "/jobDetails/data/inputArtifacts/0/location",
			Rule: "s3-location", Severity: finding.Warning, Message: "objectKey is missing"},
	}},
	{"captures/run 1,a:b.jsonl", []finding.Finding{
		{File: "captures/run 1,a:b.jsonl", Line: 1, Column: 1, Pointer: "",
			Rule: "syntax", Severity: finding.Error, Message: "line 1: unexpected end of input"},
	}},
	{"captures/run 1,a:b.jsonl", []finding.Finding{
		{File: "captures/run 1,a:b.jsonl", Line: 2, Column: 88, Pointer: "/jobs/0/data/artifactCredentials/secretAccessKey",
			Rule: "secret-access-key", Severity: finding.Error, Message: "a secret access key (wJal…KEY, 40 characters); replace it"},
		{File: "captures/run 1,a:b.jsonl", Line: 3, Column: 4, Pointer: "/jobs/0/id",
			Rule: "placeholder-id", Severity: finding.Note, Message: "100% example, 1,2: <a> & \"b\"\nsecond line\r\x01end"},
	}},
}

var testOptions = Options{Rules: testRules, Tool: "jobdetails-lint", Version: "1.2.3"}

// render runs a format over calls and returns what it printed.
func render(t *testing.T, format string, opts Options, calls []testCall) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	var sum Summary
	last := ""
	for _, c := range calls {
		if c.name != last {
			sum.Files++
			sum.Documents++
			last = c.name
		}
		for i := range c.findings {
			sum.Add(&c.findings[i])
		}
		if err := w.File(c.name, c.findings); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Finish(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update to accept it)\n--- got\n%s\n--- want\n%s", file, got, want)
	}
}

// The writers print messages as they are (the checks have masked them) and
// nothing else from the input: they never open the file a finding names.
func TestWritersPrintNoSourceText(t *testing.T) {
	const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRETKEY"
	dir := t.TempDir()
	file := filepath.Join(dir, "capture.json")
	src := `{"jobs":[{"data":{"artifactCredentials":{"secretAccessKey":"` + secret + `"}}}]}`
	if err := os.WriteFile(file, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	msg := "a secret access key (wJal…SKEY, 40 characters); replace it"
	calls := []testCall{{file, []finding.Finding{{File: file, Line: 1, Column: 60,
		Pointer: "/jobs/0/data/artifactCredentials/secretAccessKey", Rule: "secret-access-key",
		Severity: finding.Error, Message: msg}}}}
	for _, format := range []string{"sarif", "junit", "github"} {
		out := string(render(t, format, testOptions, calls))
		if strings.Contains(out, secret) || strings.Contains(out, "wJalrXUtnFEMI") {
			t.Errorf("%s: the output holds text of the source file:\n%s", format, out)
		}
		if !strings.Contains(out, msg) {
			t.Errorf("%s: the output lacks the message %q as is:\n%s", format, msg, out)
		}
	}
}

// Output depends on the findings only: two runs print the same bytes.
func TestWritersDeterministic(t *testing.T) {
	for _, format := range []string{"sarif", "junit", "github"} {
		a := render(t, format, testOptions, testRun)
		b := render(t, format, testOptions, testRun)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", format)
		}
	}
}
