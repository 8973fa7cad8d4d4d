package command

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
)

// --write is safe: every refusal leaves the file as it was, says why, and
// exits 2; a file is replaced whole or not at all, keeping its owner, group
// and mode; no temporary file is ever left behind.

// A device is refused before a byte is read: /dev/zero would otherwise be
// read until memory ran out.
func TestRedactWriteRefusesDevicesBeforeReading(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip(err)
	}
	done := make(chan struct{})
	var code int
	var errOut string
	go func() {
		code, _, errOut = runRedact(t, "", "-w", "/dev/zero")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("redact -w /dev/zero is still reading")
	}
	if code != 2 || errOut != "jobdetails-lint redact: /dev/zero: refused: not a regular file; --write rewrites regular files only\n" {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

func TestRedactWriteRefusesLargeFiles(t *testing.T) {
	path, _ := testfiles.LeakyJob(t, workDir(t), "job.json", 70)
	before, _ := os.ReadFile(path)
	code, _, errOut := runRedact(t, "", "-w", "--max-size", "100B", path)
	want := "jobdetails-lint redact: " + path + ": refused: " + strconv.Itoa(len(before)) + " bytes, over --max-size (100 bytes); raise --max-size to redact it\n"
	if code != 2 || errOut != want {
		t.Errorf("code %d, stderr %q, want %q", code, errOut, want)
	}
	testfiles.Unchanged(t, path, before)
	// The preview reads no more than the limit either.
	code, out, errOut := runRedact(t, "", "--max-size", "100B", path)
	if code != 2 || out != "" || errOut != "jobdetails-lint redact: "+path+": refused: over --max-size (100 bytes); raise --max-size to redact it\n" {
		t.Errorf("preview: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := runRedact(t, "", "--max-size", "9223372036854775807KiB", path); code != 2 || !strings.Contains(errOut, "--max-size") {
		t.Errorf("overflowing size: code %d, stderr %q", code, errOut)
	}
}

// A file with other hard links is refused: the new text goes to a new file,
// and the other names would keep the credentials. --force-links rewrites the
// name given and says that the others still hold them.
func TestRedactWriteHardLinks(t *testing.T) {
	dir := workDir(t)
	path, key := testfiles.LeakyJob(t, dir, "job.json", 71)
	other := filepath.Join(dir, "other.json.bak")
	if err := os.Link(path, other); err != nil {
		t.Skip(err)
	}
	before, _ := os.ReadFile(path)
	code, _, errOut := runRedact(t, "", "-w", path)
	want := "jobdetails-lint redact: " + path + ": refused: it has 2 hard links, and rewriting it would leave the credentials in the others; --force-links rewrites this name only\n"
	if code != 2 || errOut != want {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	testfiles.Unchanged(t, path, before)

	code, _, errOut = runRedact(t, "", "-w", "--force-links", path)
	if code != 0 || errOut != path+": replaced 1 credential(s) under this name only; its 1 other hard link(s) still hold them\n" {
		t.Errorf("--force-links: code %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte(key)) {
		t.Error("not redacted")
	}
	if data, _ := os.ReadFile(other); !bytes.Equal(data, before) {
		t.Error("the other link changed")
	}
}

// A read-only file is refused: its owner said it should not change.
// --force-read-only rewrites it, and it stays read-only.
func TestRedactWriteReadOnly(t *testing.T) {
	path, key := testfiles.LeakyJob(t, workDir(t), "job.json", 72)
	os.Chmod(path, 0o444)
	before, _ := os.ReadFile(path)
	code, _, errOut := runRedact(t, "", "-w", path)
	if code != 2 || errOut != "jobdetails-lint redact: "+path+": refused: it is read-only; --force-read-only rewrites it and keeps it read-only\n" {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	testfiles.Unchanged(t, path, before)

	code, _, errOut = runRedact(t, "", "-w", "--force-read-only", path)
	if code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Errorf("--force-read-only: code %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte(key)) {
		t.Error("not redacted")
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o444 {
		t.Errorf("mode %v, want 0444", info.Mode().Perm())
	}
}

// The rewritten file keeps its owner, group and mode. Changing the owner
// takes root: the test runs where it can.
func TestRedactWriteKeepsOwnerAndMode(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("changing a file's owner takes root")
	}
	path, _ := testfiles.LeakyJob(t, workDir(t), "job.json", 73)
	if err := os.Chown(path, 12345, 23456); err != nil {
		t.Skip(err)
	}
	os.Chmod(path, 0o640|os.ModeSetgid) // changing the owner clears set-group-id
	if info, _ := os.Stat(path); info.Mode()&os.ModeSetgid == 0 {
		t.Skip("set-group-id not kept here")
	}
	if code, _, errOut := runRedact(t, "", "-w", path); code != 0 || errOut != path+": replaced 1 credential(s)\n" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	info, _ := os.Stat(path)
	st := info.Sys().(*syscall.Stat_t)
	if st.Uid != 12345 || st.Gid != 23456 {
		t.Errorf("owner %d:%d, want 12345:23456", st.Uid, st.Gid)
	}
	if info.Mode()&(os.ModePerm|os.ModeSetgid) != 0o640|os.ModeSetgid {
		t.Errorf("mode %v, want 0640 and set-group-id", info.Mode())
	}
}

// Standard input cannot be rewritten: a usage error.
func TestRedactWriteStdinIsUsageError(t *testing.T) {
	code, out, errOut := runRedact(t, `{"jobDetails": {}}`, "-w", "-")
	if code != 2 || out != "" || errOut != "jobdetails-lint redact: --write cannot rewrite standard input (\"-\"); without --write the redacted text is printed\n"+redactHint {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// A symbolic link keeps pointing at the file it named, which is rewritten.
func TestRedactWriteThroughSymlink(t *testing.T) {
	dir := workDir(t)
	path, key := testfiles.LeakyJob(t, dir, "job.json", 76)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("job.json", link); err != nil {
		t.Skip(err)
	}
	if code, _, _ := runRedact(t, "", "-w", link); code != 0 {
		t.Fatalf("code %d", code)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(path); bytes.Contains(data, []byte(key)) {
		t.Error("the file it names was not redacted")
	}
	testfiles.NoTemporaryFiles(t, dir)
}

// A file with nothing to replace is left alone without a word, whatever its
// state: a read-only or hard-linked clean fixture does not fail a run.
func TestRedactWriteSkipsCleanFilesItCouldNotWrite(t *testing.T) {
	dir := workDir(t)
	clean := []byte(`{"jobDetails": {}}` + "\n")
	readOnly := filepath.Join(dir, "read-only.json")
	os.WriteFile(readOnly, clean, 0o444)
	linked := filepath.Join(dir, "linked.json")
	os.WriteFile(linked, clean, 0o644)
	if err := os.Link(linked, filepath.Join(dir, "other-name.json")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runRedact(t, "", "--write", dir)
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, out, errOut)
	}
	testfiles.Unchanged(t, readOnly, clean)
	testfiles.Unchanged(t, linked, clean)
}
