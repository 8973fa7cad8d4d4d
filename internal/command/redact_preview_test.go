package command

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// masked is how the masking step shows a credential-shaped stretch.
func masked(s string) string { return s[:4] + "…" + s[len(s)-4:] }

// previewFile writes a file holding a lone random-looking value (a warning:
// not replaced) and, three lines below, an access key id of a length that is
// off (an error: replaced).
func previewFile(t *testing.T, dir string) (path, secret, key string) {
	t.Helper()
	g := fake.New(60)
	secret, key = g.Secret(), g.KeyID("ASIA")+"QXZ7"
	text := "{\n  \"jobDetails\": {\n    \"data\": {\n" +
		"      \"notes\": [\"" + secret + "\"],\n" +
		"      \"artifactCredentials\": {\n" +
		"        \"accessKeyId\": \"" + key + "\"\n" +
		"      }\n    }\n  }\n}\n"
	path = filepath.Join(dir, "job.json")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, secret, key
}

// Every line of the diff passes the masking step: the removed line (whose
// key id is not of the standard length) and the context line holding a
// value that redact leaves (a warning) show them masked; the added line keeps
// the placeholder.
func TestRedactPreviewDiffMasksEveryLine(t *testing.T) {
	dir := workDir(t)
	path, secret, key := previewFile(t, dir)
	clean := filepath.Join(dir, "clean.json")
	os.WriteFile(clean, []byte(`{"jobDetails": {}}`), 0o644)
	code, out, errOut := runRedact(t, "", path, clean)
	want := "--- " + path + "\n+++ " + path + "\n" +
		"@@ -3,7 +3,7 @@\n" +
		"     \"data\": {\n" +
		"       \"notes\": [\"" + masked(secret) + "\"],\n" +
		"       \"artifactCredentials\": {\n" +
		"-        \"accessKeyId\": \"" + masked(key) + "\"\n" +
		"+        \"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\"\n" +
		"       }\n" +
		"     }\n" +
		"   }\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("code %d, stderr %q, diff:\n%s\nwant:\n%s", code, errOut, out, want)
	}
}

// The preview of one file is the redacted file, placeholders included, with
// what redact leaves but is shaped like a credential masked.
func TestRedactPreviewOneFileMasksWhatRemains(t *testing.T) {
	path, secret, _ := previewFile(t, workDir(t))
	code, out, _ := runRedact(t, "", path)
	want := "{\n  \"jobDetails\": {\n    \"data\": {\n" +
		"      \"notes\": [\"" + masked(secret) + "\"],\n" +
		"      \"artifactCredentials\": {\n" +
		"        \"accessKeyId\": \"ASIAIOSFODNN7EXAMPLE\"\n" +
		"      }\n    }\n  }\n}\n"
	if code != 0 || out != want {
		t.Errorf("code %d, out:\n%s\nwant:\n%s", code, out, want)
	}
}

// A file name that holds a line break cannot forge a line of the diff.
func TestRedactPreviewEscapesFileNames(t *testing.T) {
	dir := workDir(t)
	odd := filepath.Join(dir, "a\n+++ b.json")
	os.WriteFile(odd, []byte(`{"jobDetails": {"k": "`+fake.New(61).KeyID("ASIA")+`"}}`), 0o644)
	clean := filepath.Join(dir, "clean.json")
	os.WriteFile(clean, []byte(`{"jobDetails": {}}`), 0o644)
	_, out, _ := runRedact(t, "", odd, clean)
	quoted := `a\n+++ b.json`
	if !strings.HasPrefix(out, "--- "+quoted+"\n+++ "+quoted+"\n@@ -1 +1 @@\n") {
		t.Errorf("diff:\n%s", out)
	}
}

// failingWriter fails every write, as standard output does when the pipe
// it leads to is closed or the disk is full.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// Output that cannot be written is an error: exit 2.
func TestRedactPreviewWriteErrorExits2(t *testing.T) {
	path, _, _ := previewFile(t, workDir(t))
	var errOut strings.Builder
	c := &Command{Stdin: strings.NewReader(""), Stdout: failingWriter{}, Stderr: &errOut}
	code := c.Main([]string{"redact", path})
	if code != 2 || errOut.String() != "jobdetails-lint redact: cannot write the output: no space left on device\n" {
		t.Errorf("code %d, stderr %q", code, errOut.String())
	}
}

// The README's example of the preview is what redact prints: every
// credential it replaces masked, whatever its shape.
func TestRedactPreviewReadmeExample(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Skip(err)
	}
	const command = "$ jobdetails-lint redact testdata/err/secret-long-term-key.json testdata/err/secret-artifact-credentials.json\n"
	_, example, ok := strings.Cut(string(readme), command)
	example, _, _ = strings.Cut(example, "```")
	if !ok {
		t.Fatal("the README has no example of redact")
	}
	t.Chdir(repoRoot)
	code, out, errOut := runRedact(t, "", strings.Fields(command)[3:]...)
	if code != 0 || out != example || errOut != "" {
		t.Errorf("code %d, stderr %q, stdout:\n%s\nREADME:\n%s", code, errOut, out, example)
	}
}
