package command

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite generated expectations: the summary lines of testdata/err/*.out, the gzip fixtures, the README rule table")

// repoRoot is where testdata/ lives; golden tests run from there so that
// findings name files as a user would type them.
const repoRoot = "../.."

// run runs the command in-process and returns its exit code and output.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	c := &Command{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr}
	code := c.Main(args)
	return code, stdout.String(), stderr.String()
}

func lintable(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".out") && !strings.HasSuffix(e.Name(), ".md") {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	if len(names) == 0 {
		t.Fatalf("no inputs in %s", dir)
	}
	return names
}

// outFile is the expected output beside an input: x.out for x.json, and for
// x.json.gz too.
func outFile(path string) string {
	path = strings.TrimSuffix(path, ".gz")
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".out"
}

// TestAWSSamples: every sample event or response that AWS publishes lints
// with exit 0 and exactly the notes in the .out file beside it: their
// made-up values are wrong in ways worth knowing, never in ways to fail for.
func TestAWSSamples(t *testing.T) {
	t.Chdir(repoRoot)
	for _, path := range lintable(t, "testdata/aws-samples") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want, err := os.ReadFile(outFile(path))
			if err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := run(t, "", "--color=never", path)
			if code != ExitClean || stdout != string(want) || stderr != "" {
				t.Errorf("exit %d, want 0\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", code, stdout, want, stderr)
			}
		})
	}
}

// TestOK: every file in testdata/ok lints without a single finding.
func TestOK(t *testing.T) {
	t.Chdir(repoRoot)
	for _, path := range lintable(t, "testdata/ok") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, stdout, stderr := run(t, "", "--color=never", path)
			if code != ExitClean || !strings.HasSuffix(stdout, ": 0 errors, 0 warnings, 0 notes\n") || strings.Count(stdout, "\n") != 1 || stderr != "" {
				t.Errorf("exit %d, want 0 and no findings\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
			}
		})
	}
}

// TestErr: every input in testdata/err gives exactly the text in the .out
// file beside it, and exit 1 when that text holds an error.
//
// The .out files are specifications: their finding lines are written by
// hand and reviewed, as actionlint's are. -update rewrites only the summary
// line at the end (and adds it to a new .out that holds just the findings);
// when the findings differ, the test fails with or without -update, so that
// no regression is approved unseen.
func TestErr(t *testing.T) {
	t.Chdir(repoRoot)
	for _, path := range lintable(t, "testdata/err") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, stdout, stderr := run(t, "", "--color=never", path)
			outPath := outFile(path)
			want, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatalf("%v: write the expected findings by hand, one line each as the text output prints them, then run go test ./internal/command -run TestErr -update to add the summary line", err)
			}
			gotFindings, gotSummary := splitSummary(stdout)
			wantFindings, _ := splitSummary(string(want))
			if gotFindings != wantFindings {
				t.Errorf("findings differ from %s (fix the code, or edit the .out file by hand if the new text is right)\ngot:\n%s\nwant:\n%s", outPath, gotFindings, wantFindings)
			} else if *update && stdout != string(want) {
				if err := os.WriteFile(outPath, []byte(wantFindings+gotSummary), 0o644); err != nil {
					t.Fatal(err)
				}
				want = []byte(stdout)
			}
			switch _, wantSummary := splitSummary(string(want)); {
			case stdout == string(want):
			case wantSummary == "":
				t.Errorf("%s has no summary line; run go test ./internal/command -run TestErr -update to add it", outPath)
			default:
				t.Errorf("summary line differs from %s (run with -update to rewrite it)\ngot:\n%s\nwant:\n%s", outPath, stdout, want)
			}
			wantCode := ExitClean
			if strings.Contains(stdout, ": error: ") {
				wantCode = ExitFindings
			}
			if code != wantCode || stderr != "" {
				t.Errorf("exit %d, want %d; stderr: %s", code, wantCode, stderr)
			}
		})
	}
}

// summaryLine matches the text output's last line, "1 file, 2 documents: ...".
var summaryLine = regexp.MustCompile(`^\d+ files?, \d+ documents?[:,] .*\n$`)

// splitSummary splits a text output into its finding lines and its summary
// line (empty when the text has none).
func splitSummary(text string) (findings, summary string) {
	start := strings.LastIndex(strings.TrimSuffix(text, "\n"), "\n") + 1
	if summaryLine.MatchString(text[start:]) {
		return text[:start], text[start:]
	}
	return text, ""
}

func TestSplitSummary(t *testing.T) {
	finding := "x.json:1:1: error: a [syntax]\n"
	for _, tc := range []struct{ text, findings, summary string }{
		{finding + "1 file, 1 document: 1 error, 0 warnings, 0 notes\n", finding, "1 file, 1 document: 1 error, 0 warnings, 0 notes\n"},
		{finding + "1 file, 1 document, 1 job in 3 log events, 1 credential set: 3 errors, 0 warnings, 0 notes\n", finding, "1 file, 1 document, 1 job in 3 log events, 1 credential set: 3 errors, 0 warnings, 0 notes\n"},
		{"2 files, 0 documents: 0 errors, 0 warnings, 0 notes\n", "", "2 files, 0 documents: 0 errors, 0 warnings, 0 notes\n"},
		{finding, finding, ""}, // a new .out: findings only
		{"", "", ""},
	} {
		findings, summary := splitSummary(tc.text)
		if findings != tc.findings || summary != tc.summary {
			t.Errorf("splitSummary(%q) = %q, %q; want %q, %q", tc.text, findings, summary, tc.findings, tc.summary)
		}
	}
}
