package redact

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/secrets/fake"
)

func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Command(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// workDir makes a new empty folder the working directory of the test and
// returns it as ".", so that the file names in outputs are short and exact.
func workDir(t *testing.T) string {
	t.Chdir(t.TempDir())
	return "."
}

func leakyFile(t *testing.T, dir, name string, seed uint64) (path, key string) {
	t.Helper()
	key = fake.New(seed).KeyID("ASIA")
	text := fmt.Sprintf("{\n  \"jobDetails\": {\n    \"id\": \"f4f4ff82-2d11-4c1d-9e0f-1234567890ab\",\n    \"data\": {\n      \"artifactCredentials\": {\n        \"accessKeyId\": \"%s\"\n      },\n      \"a\": 1,\n      \"b\": 2,\n      \"c\": 3,\n      \"d\": 4\n    }\n  }\n}\n", key)
	path = filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o640); err != nil {
		t.Fatal(err)
	}
	return path, key
}

func TestCommandOneFile(t *testing.T) {
	path, key := leakyFile(t, workDir(t), "job.json", 30)
	before, _ := os.ReadFile(path)
	code, out, errOut := run(t, "", path)
	want := strings.Replace(string(before), key, "ASIAIOSFODNN7EXAMPLE", 1)
	if code != 0 || out != want || errOut != "" {
		t.Errorf("code %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Error("without --write the file changed")
	}
}

func TestCommandDiff(t *testing.T) {
	dir := workDir(t)
	a, _ := leakyFile(t, dir, "a.json", 31)
	b := filepath.Join(dir, "clean.json")
	os.WriteFile(b, []byte(`{"jobDetails": {}}`), 0o644)
	code, out, _ := run(t, "", a, b)
	key := fake.New(31).KeyID("ASIA")
	want := "--- " + a + "\n+++ " + a + "\n" +
		"@@ -3,7 +3,7 @@\n" +
		"     \"id\": \"f4f4ff82-2d11-4c1d-9e0f-1234567890ab\",\n" +
		"     \"data\": {\n" +
		"       \"artifactCredentials\": {\n" +
		"-        \"accessKeyId\": \"" + key[:4] + "…" + key[16:] + "\"\n" + // masked: the diff shows no secret
		"+        \"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\"\n" +
		"       },\n" +
		"       \"a\": 1,\n" +
		"       \"b\": 2,\n"
	if code != 0 || out != want {
		t.Errorf("code %d, diff:\n%s\nwant:\n%s", code, out, want)
	}
}

func TestUnifiedDiffHunks(t *testing.T) {
	old := "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nY\n15"
	new := "1\n2\nx\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\ny\n15"
	want := "--- f\n+++ f\n@@ -1,6 +1,6 @@\n 1\n 2\n-X\n+x\n 4\n 5\n 6\n@@ -11,5 +11,5 @@\n 11\n 12\n 13\n-Y\n+y\n 15\n\\ No newline at end of file\n"
	if got := unifiedDiff("f", []byte(old), old, []byte(new), new); got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
}

func TestCommandWrite(t *testing.T) {
	dir := workDir(t)
	path, key := leakyFile(t, dir, "job.json", 32)
	clean := filepath.Join(dir, "clean.json")
	os.WriteFile(clean, []byte(`{"jobDetails": {}}`), 0o600)
	cleanInfo, _ := os.Stat(clean)
	code, out, errOut := run(t, "", "--write", dir)
	if code != 0 || out != "" || errOut != path+": replaced 1 credential(s)\n" {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), key) || !strings.Contains(string(data), "ASIAIOSFODNN7EXAMPLE") {
		t.Error("the file was not redacted")
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", info.Mode().Perm())
	}
	if after, _ := os.Stat(clean); !after.ModTime().Equal(cleanInfo.ModTime()) {
		t.Error("a clean file was rewritten")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary file left behind: %d entries", len(entries))
	}
	// idempotent: a second run changes nothing and says nothing
	if code, _, errOut := run(t, "", "-w", path); code != 0 || errOut != "" {
		t.Errorf("second run: %d %q", code, errOut)
	}
}

func TestCommandStdin(t *testing.T) {
	key := fake.New(33).KeyID("AKIA")
	code, out, _ := run(t, `{"jobDetails": {"data": {"k": "`+key+`"}}}`, "-")
	if code != 0 || out != `{"jobDetails": {"data": {"k": "AKIAIOSFODNN7EXAMPLE"}}}` {
		t.Errorf("code %d, out %q", code, out)
	}
	yaml := "jobDetails:\n  data:\n    k: " + key + "\n"
	if code, out, _ := run(t, yaml, "-"); code != 0 || out != "jobDetails:\n  data:\n    k: AKIAIOSFODNN7EXAMPLE\n" {
		t.Errorf("YAML on stdin: %d %q", code, out)
	}
}

func TestCommandErrors(t *testing.T) {
	if code, _, errOut := run(t, ""); code != 2 || !strings.Contains(errOut, "no PATH") {
		t.Errorf("no path: %d %q", code, errOut)
	}
	if code, _, _ := run(t, "", "--bogus", "x.json"); code != 2 {
		t.Errorf("bad flag: %d", code)
	}
	if code, _, _ := run(t, "", "--help"); code != 0 {
		t.Errorf("help: %d", code)
	}
	if code, _, _ := run(t, "", filepath.Join(workDir(t), "missing.json")); code != 2 {
		t.Errorf("missing file: %d", code)
	}
	token := fake.New(34).Token()
	folded := "jobDetails:\n  data:\n    artifactCredentials:\n      sessionToken: >-\n        " + token[:100] + "\n        " + token[100:] + "\n"
	path := filepath.Join(workDir(t), "folded.yaml")
	os.WriteFile(path, []byte(folded), 0o644)
	code, _, errOut := run(t, "", "--write", path)
	if code != 1 || !strings.Contains(errOut, "not fully redacted") || strings.Contains(errOut, token[:100]) {
		t.Errorf("folded token: %d %q", code, errOut)
	}
}

// --write must never replace something that is not a regular file: renaming
// over a device or a pipe would turn it into a plain file.
func TestWriteRefusesNonRegularFiles(t *testing.T) {
	fifo := filepath.Join(workDir(t), "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	code, _, errOut := run(t, "", "-w", fifo)
	if code != 2 || errOut != "jobdetails-lint redact: "+fifo+": refused: not a regular file; --write rewrites regular files only\n" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the pipe was replaced")
	}
}

// TestCommandFlagErrors: a bad flag is named on standard error with a hint,
// never a silent exit 2; --help goes to standard output.
func TestCommandFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--bogus", "a.json"}, "jobdetails-lint redact: unknown flag: --bogus\nRun \"jobdetails-lint redact --help\" for the flags.\n"},
		{[]string{"-x", "a.json"}, "jobdetails-lint redact: unknown shorthand flag: 'x' in -x\nRun \"jobdetails-lint redact --help\" for the flags.\n"},
		{[]string{"--write=maybe", "a.json"}, "jobdetails-lint redact: invalid argument \"maybe\" for \"-w, --write\" flag: must be true or false\nRun \"jobdetails-lint redact --help\" for the flags.\n"},
	} {
		code, stdout, stderr := run(t, "", tc.args...)
		if code != 2 || stdout != "" || stderr != tc.want {
			t.Errorf("%q: exit %d\nstdout %q\nstderr %q\nwant stderr %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
	code, stdout, stderr := run(t, "", "--help")
	if code != 0 || !strings.HasPrefix(stdout, "Usage: jobdetails-lint redact [--write] [flags] PATH...\n") ||
		!strings.Contains(stdout, "-h, --help") || stderr != "" {
		t.Errorf("--help: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
}
