package command

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinary builds the real program and runs it as a user would: on files,
// on a folder and on standard input, checking exit codes and exact output.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "jobdetails-lint")
	build := exec.Command("go", "build", "-o", bin, "./cmd/jobdetails-lint")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	runBin := func(stdin string, args ...string) (int, string, string) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		cmd.Stdin = strings.NewReader(stdin)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), stdout.String(), stderr.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, stdout.String(), stderr.String()
	}

	if code, stdout, stderr := runBin("", "testdata/ok"); code != 0 || !strings.HasSuffix(stdout, ": 0 errors, 0 warnings, 0 notes\n") || stderr != "" {
		t.Errorf("testdata/ok: exit %d\n%s%s", code, stdout, stderr)
	}
	want, err := os.ReadFile(filepath.Join(repoRoot, "testdata/err/duplicate-key.out"))
	if err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := runBin("", "testdata/err/duplicate-key.json"); code != 1 || stdout != string(want) {
		t.Errorf("duplicate-key.json: exit %d\n%s", code, stdout)
	}
	input, err := os.ReadFile(filepath.Join(repoRoot, "testdata/err/duplicate-key.json"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runBin(string(input), "--stdin-filename", "testdata/err/duplicate-key.json", "-")
	if code != 1 || stdout != string(want) {
		t.Errorf("stdin: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := runBin("", "no-such-file.json"); code != 2 || stderr != "jobdetails-lint: cannot read no-such-file.json: no such file or directory\n" {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}
