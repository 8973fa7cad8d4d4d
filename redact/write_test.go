package redact

import (
	"os"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
)

// Rewrite replaces a file whole or not at all: a file that changes between
// the read and the rename is left as it is, and no temporary file is left
// behind. (The command's tests hold the rest of --write: refusals, owner,
// group and mode.)

// A process that holds the file open and appends to it between the read and
// the rename would lose its records: the change is seen, nothing is
// replaced, and the temporary file is removed.
func TestWriteDetectsChanges(t *testing.T) {
	path, _ := testfiles.LeakyJob(t, t.TempDir(), "job.json", 74)
	before, _ := os.ReadFile(path)
	appended := append(before, "{}\n"...)
	beforeRename = func(string) {
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString("{}\n")
		f.Close()
	}
	defer func() { beforeRename = func(string) {} }()
	_, err := Rewrite(path, WriteOptions{MaxSize: lint.DefaultMaxSize})
	if err == nil || err.Error() != "it changed while it was redacted (did a process write to it?); left as it is, run redact again" {
		t.Errorf("error %v", err)
	}
	testfiles.Unchanged(t, path, appended)
}

// Another file put in its place between the read and the rename is not
// replaced either.
func TestWriteDetectsReplacedFile(t *testing.T) {
	path, _ := testfiles.LeakyJob(t, t.TempDir(), "job.json", 75)
	before, _ := os.ReadFile(path)
	beforeRename = func(string) {
		os.WriteFile(path+".new", before, 0o640)
		os.Rename(path+".new", path)
	}
	defer func() { beforeRename = func(string) {} }()
	if _, err := Rewrite(path, WriteOptions{MaxSize: lint.DefaultMaxSize}); err == nil {
		t.Error("no error")
	}
	testfiles.Unchanged(t, path, before)
}
