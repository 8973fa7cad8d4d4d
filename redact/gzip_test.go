package redact

import (
	"os"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

// A gzip file that changes while it is redacted is left as it is, as any
// file is.
func TestGzipWriteDetectsChanges(t *testing.T) {
	path, _ := testfiles.LeakyJob(t, t.TempDir(), "job.json", 81)
	path = testfiles.GzipFile(t, path)
	before := testfiles.Read(t, path)
	beforeRename = func(string) {
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		f.Write(testfiles.Gzip([]byte("\n")))
		f.Close()
	}
	defer func() { beforeRename = func(string) {} }()
	_, err := Rewrite(path, WriteOptions{MaxSize: lint.DefaultMaxSize})
	if err == nil || err.Error() != "it changed while it was redacted (did a process write to it?); left as it is, run redact again" {
		t.Errorf("changed: error %v", err)
	}
	testfiles.Unchanged(t, path, append(before, testfiles.Gzip([]byte("\n"))...))
}
