// Package testfiles makes the files that the tests of several packages
// need: gzip data and saved jobs that hold a credential.
package testfiles

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// Gzip compresses text as gzip -n does: one member, no name, no time.
func Gzip[T string | []byte](text T) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(text))
	z.Close()
	return b.Bytes()
}

// GzipFile compresses the text of a file into name.gz, in two members (as
// cat a.gz b.gz leaves them), the first with a name, a comment and a time,
// removes the text file and returns the new file's path.
func GzipFile(t *testing.T, path string) string {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name, z.Comment, z.ModTime = filepath.Base(path), "captured", time.Unix(1764670500, 0)
	z.Write(text[:len(text)/2])
	z.Close()
	b.Write(Gzip(text[len(text)/2:]))
	if err := os.WriteFile(path+".gz", b.Bytes(), 0o640); err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	return path + ".gz"
}

// LeakyJob writes dir/name, a GetJobDetails response that holds one
// session access key id made from seed, and returns its path and the key.
func LeakyJob(t *testing.T, dir, name string, seed uint64) (path, key string) {
	t.Helper()
	key = fake.New(seed).KeyID("ASIA")
	text := fmt.Sprintf("{\n  \"jobDetails\": {\n    \"id\": \"f4f4ff82-2d11-4c1d-9e0f-1234567890ab\",\n    \"data\": {\n      \"artifactCredentials\": {\n        \"accessKeyId\": \"%s\"\n      },\n      \"a\": 1,\n      \"b\": 2,\n      \"c\": 3,\n      \"d\": 4\n    }\n  }\n}\n", key)
	path = filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o640); err != nil {
		t.Fatal(err)
	}
	return path, key
}

// Unchanged checks that the file still holds before, and that redact left
// no temporary file beside it.
func Unchanged(t *testing.T, path string, before []byte) {
	t.Helper()
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Errorf("%s changed", path)
	}
	NoTemporaryFiles(t, filepath.Dir(path))
}

// NoTemporaryFiles checks that redact left no temporary file in dir.
func NoTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".redact-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// Read returns the contents of a file, or ends the test.
func Read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
