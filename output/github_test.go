package output

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

func TestGitHubGolden(t *testing.T) {
	golden(t, "github.golden", render(t, "github", testOptions, testRun))
}

func TestGitHubEscaping(t *testing.T) {
	for _, c := range []struct{ in, data, property string }{
		{"plain", "plain", "plain"},
		{"a,b:c", "a,b:c", "a%2Cb%3Ac"},
		{"100%", "100%25", "100%25"},
		{"%0A", "%250A", "%250A"}, // an escape in the input is not unescaped later
		{"one\r\ntwo", "one%0D%0Atwo", "one%0D%0Atwo"},
		{"::", "::", "%3A%3A"},
	} {
		if got := githubData(c.in); got != c.data {
			t.Errorf("githubData(%q) = %q, want %q", c.in, got, c.data)
		}
		if got := githubProperty(c.in); got != c.property {
			t.Errorf("githubProperty(%q) = %q, want %q", c.in, got, c.property)
		}
	}
}

// Whatever a message or a file name holds, each finding is one line, one
// command: neither can start a command of its own. A file name shows its
// line break escaped, as every format does.
func TestGitHubOneLinePerFinding(t *testing.T) {
	f := finding.Finding{File: "a\nb.json", Line: 2, Column: 3, Rule: "syntax", Severity: finding.Error,
		Message: "bad\n::add-mask::x\r\n::error::forged"}
	out := string(render(t, "github", Options{Quiet: true}, []testCall{{f.File, []finding.Finding{f}}}))
	want := "::error file=a\\nb.json,line=2,col=3,title=syntax::bad%0A::add-mask::x%0D%0A::error::forged\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestGitHubSummary(t *testing.T) {
	out := string(render(t, "github", testOptions, testRun))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	last := lines[len(lines)-1]
	if strings.HasPrefix(last, "::") || last != "3 files, 3 documents: 3 errors, 2 warnings, 1 note" {
		t.Errorf("summary line %q", last)
	}
	if quiet := render(t, "github", Options{Quiet: true}, nil); len(quiet) != 0 {
		t.Errorf("quiet run printed %q", quiet)
	}
}
