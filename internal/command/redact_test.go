package command

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// runRedact runs jobdetails-lint redact in-process with the arguments after
// "redact".
func runRedact(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return run(t, stdin, append([]string{"redact"}, args...)...)
}

// workDir makes a new empty folder the working directory of the test and
// returns it as ".", so that the file names in outputs are short and exact.
func workDir(t *testing.T) string {
	t.Chdir(t.TempDir())
	return "."
}

func TestRedactOneFile(t *testing.T) {
	path, key := testfiles.LeakyJob(t, workDir(t), "job.json", 30)
	before, _ := os.ReadFile(path)
	code, out, errOut := runRedact(t, "", path)
	want := strings.Replace(string(before), key, "ASIAIOSFODNN7EXAMPLE", 1)
	if code != 0 || out != want || errOut != "" {
		t.Errorf("code %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Error("without --write the file changed")
	}
}

func TestRedactDiff(t *testing.T) {
	dir := workDir(t)
	a, _ := testfiles.LeakyJob(t, dir, "a.json", 31)
	b := filepath.Join(dir, "clean.json")
	os.WriteFile(b, []byte(`{"jobDetails": {}}`), 0o644)
	code, out, _ := runRedact(t, "", a, b)
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

func TestRedactWrite(t *testing.T) {
	dir := workDir(t)
	path, key := testfiles.LeakyJob(t, dir, "job.json", 32)
	clean := filepath.Join(dir, "clean.json")
	os.WriteFile(clean, []byte(`{"jobDetails": {}}`), 0o600)
	cleanInfo, _ := os.Stat(clean)
	code, out, errOut := runRedact(t, "", "--write", dir)
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
	if code, _, errOut := runRedact(t, "", "-w", path); code != 0 || errOut != "" {
		t.Errorf("second run: %d %q", code, errOut)
	}
}

func TestRedactStdin(t *testing.T) {
	key := fake.New(33).KeyID("AKIA")
	code, out, _ := runRedact(t, `{"jobDetails": {"data": {"k": "`+key+`"}}}`, "-")
	if code != 0 || out != `{"jobDetails": {"data": {"k": "AKIAIOSFODNN7EXAMPLE"}}}` {
		t.Errorf("code %d, out %q", code, out)
	}
	yaml := "jobDetails:\n  data:\n    k: " + key + "\n"
	if code, out, _ := runRedact(t, yaml, "-"); code != 0 || out != "jobDetails:\n  data:\n    k: AKIAIOSFODNN7EXAMPLE\n" {
		t.Errorf("YAML on stdin: %d %q", code, out)
	}
}

// What --write replaced is said first, then what it left, and where.
func TestRedactWriteSaysWhatIsLeftLast(t *testing.T) {
	token := fake.New(35).Token()
	text := "jobDetails:\n  data:\n    artifactCredentials:\n      accessKeyId: " + fake.New(35).KeyID("ASIA") +
		"\n      sessionToken: >-\n        " + token[:100] + "\n        " + token[100:] + "\n"
	path := filepath.Join(workDir(t), "folded.yaml")
	os.WriteFile(path, []byte(text), 0o644)
	code, _, errOut := runRedact(t, "", "--write", path)
	want := path + ": replaced 2 credential(s)\n" + // the key id and the token's first line
		path + ": not fully redacted: 1 credential(s) could not be found in the text to replace (split across lines?), the first at 5:21; edit them by hand\n"
	if code != 1 || errOut != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, errOut, want)
	}
}

// redactHint ends each usage error of redact.
const redactHint = "Run \"jobdetails-lint redact --help\" for the flags.\n"

func TestRedactErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, `no paths to redact; name files or folders, or "-" for standard input`},
		{[]string{"--max-size", "1KB", "x.json"}, `--max-size: "1KB" is not a size; use a positive number of bytes, optionally with B, KiB, MiB or GiB (1024-based)`},
		{[]string{"--force-links", "x.json"}, "--force-links is for --write; add --write to rewrite files"},
		{[]string{"--force-read-only", "x.json"}, "--force-read-only is for --write; add --write to rewrite files"},
	} {
		code, out, errOut := runRedact(t, "", tc.args...)
		if want := "jobdetails-lint redact: " + tc.want + "\n" + redactHint; code != 2 || out != "" || errOut != want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errOut, want)
		}
	}
	if code, _, _ := runRedact(t, "", "--bogus", "x.json"); code != 2 {
		t.Errorf("bad flag: %d", code)
	}
	if code, _, _ := runRedact(t, "", "--help"); code != 0 {
		t.Errorf("help: %d", code)
	}
	if code, _, _ := runRedact(t, "", filepath.Join(workDir(t), "missing.json")); code != 2 {
		t.Errorf("missing file: %d", code)
	}
	os.Mkdir("empty", 0o755)
	if code, _, errOut := runRedact(t, "", "empty"); code != 2 || errOut != "jobdetails-lint redact: nothing to redact in empty: no .json, .yaml, .yml, .jsonl or .ndjson files (or those names with .gz)\n" {
		t.Errorf("nothing to redact: exit %d, stderr %q; want 2", code, errOut)
	}
	token := fake.New(34).Token()
	folded := "jobDetails:\n  data:\n    artifactCredentials:\n      sessionToken: >-\n        " + token[:100] + "\n        " + token[100:] + "\n"
	path := filepath.Join(workDir(t), "folded.yaml")
	os.WriteFile(path, []byte(folded), 0o644)
	code, _, errOut := runRedact(t, "", "--write", path)
	// Nothing was replaced, so only what is left is said: where, and what to do.
	if want := "folded.yaml: not fully redacted: 1 credential(s) could not be found in the text to replace (split across lines?), the first at 4:21; edit them by hand\n"; code != 1 || !strings.HasSuffix(errOut, want) || strings.Contains(errOut, token[:100]) {
		t.Errorf("folded token: %d %q, want %q", code, errOut, want)
	}
}

// --write must never replace something that is not a regular file: renaming
// over a device or a pipe would turn it into a plain file.
func TestRedactWriteRefusesNonRegularFiles(t *testing.T) {
	fifo := filepath.Join(workDir(t), "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	code, _, errOut := runRedact(t, "", "-w", fifo)
	if code != 2 || errOut != "jobdetails-lint redact: "+fifo+": refused: not a regular file; --write rewrites regular files only\n" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the pipe was replaced")
	}
}

// TestRedactFlagErrors: a bad flag is named on standard error with a hint,
// never a silent exit 2; --help goes to standard output.
func TestRedactFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--bogus", "a.json"}, "jobdetails-lint redact: unknown flag: --bogus\nRun \"jobdetails-lint redact --help\" for the flags.\n"},
		{[]string{"-x", "a.json"}, "jobdetails-lint redact: unknown shorthand flag: 'x' in -x\nRun \"jobdetails-lint redact --help\" for the flags.\n"},
		{[]string{"--write=maybe", "a.json"}, "jobdetails-lint redact: invalid argument \"maybe\" for \"-w, --write\" flag: must be true or false\nRun \"jobdetails-lint redact --help\" for the flags.\n"},
	} {
		code, stdout, stderr := runRedact(t, "", tc.args...)
		if code != 2 || stdout != "" || stderr != tc.want {
			t.Errorf("%q: exit %d\nstdout %q\nstderr %q\nwant stderr %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
	code, stdout, stderr := runRedact(t, "", "--help")
	if code != 0 || !strings.HasPrefix(stdout, "Usage: jobdetails-lint redact [--write] [flags] PATH...\n") ||
		!strings.Contains(stdout, "-h, --help") || stderr != "" {
		t.Errorf("--help: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
}

// redact rewrites a UTF-16 file in UTF-16, previews it in UTF-8 (one
// file printed, several as a diff), and reads UTF-16 on standard input.
func TestRedactEncodedFile(t *testing.T) {
	dir := workDir(t)
	path, key := testfiles.LeakyJob(t, dir, "job.json", 34)
	text, _ := os.ReadFile(path)
	enc := textenc.Encoding{Width: 2, BOM: true}
	os.WriteFile(path, textenc.Encode(text, enc), 0o640)
	redacted := strings.Replace(string(text), key, "ASIAIOSFODNN7EXAMPLE", 1)

	if code, out, errOut := runRedact(t, "", path); code != 0 || out != redacted || errOut != "" {
		t.Errorf("preview: code %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	if code, out, _ := runRedact(t, string(textenc.Encode(text, enc)), "-"); code != 0 || out != redacted {
		t.Errorf("stdin: code %d, stdout:\n%s", code, out)
	}
	other := filepath.Join(dir, "other.json")
	os.WriteFile(other, []byte(`{"jobDetails": {}}`), 0o644)
	if code, out, _ := runRedact(t, "", path, other); code != 0 || strings.Contains(out, key) || !strings.Contains(out, "+        \"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\"\n") {
		t.Errorf("diff: code %d, stdout:\n%s", code, out)
	}
	if code, _, errOut := runRedact(t, "", "--write", path); code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Errorf("write: code %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, textenc.Encode([]byte(redacted), enc)) {
		t.Errorf("the file was not rewritten in UTF-16: %q", data)
	}
}
