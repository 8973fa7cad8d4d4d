package command

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected .out files of testdata/err")

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
func TestErr(t *testing.T) {
	t.Chdir(repoRoot)
	for _, path := range lintable(t, "testdata/err") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			code, stdout, stderr := run(t, "", "--color=never", path)
			outPath := outFile(path)
			if *update {
				if err := os.WriteFile(outPath, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/command -run TestErr -update to write it, then review it)", err)
			}
			if stdout != string(want) {
				t.Errorf("output differs from %s\ngot:\n%s\nwant:\n%s", outPath, stdout, want)
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
