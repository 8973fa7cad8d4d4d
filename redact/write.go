package redact

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/jobdetails-lint/jobdetails-lint/input"
)

// WriteOptions say how much of a file Rewrite reads, and what it may do
// beyond its default.
type WriteOptions struct {
	MaxSize       int64 // the largest file to redact, and the largest text of a gzip file
	ForceLinks    bool  // rewrite a file that has other hard links (they keep the old text)
	ForceReadOnly bool  // rewrite a file without its owner's write permission (it stays read-only)
}

// A Report says what Rewrite did to a file.
type Report struct {
	Replaced   int   // credentials replaced; 0 when the file was left as it was
	Incomplete error // what could not be replaced (see Bytes); the rest was
	OtherLinks int   // the file's other hard links (with ForceLinks), which still hold the credentials
}

// Rewrite redacts the file at path in place, atomically, when something is
// to be replaced: a temporary file in the same folder, given the file's
// owner, group and mode, synced, renamed over it. A symbolic link keeps
// pointing at the file it names, which is rewritten; gzip data is redacted
// in its text and compressed again (see source). Its format is the one the
// name tells, or else the one the text tells.
//
// It refuses (and leaves alone) anything that is not a regular file, a file
// over opts.MaxSize, a file with other hard links or a read-only file unless
// opts allow them, and a file that changes while it is redacted. The error
// says why; the Report then still says what could not be replaced.
func Rewrite(path string, opts WriteOptions) (Report, error) {
	t, err := readTarget(path, opts)
	if err != nil {
		return Report{}, err
	}
	src, err := sourceOf(t.data, opts.MaxSize)
	if err != nil {
		return Report{}, err
	}
	res := redact(src.text, formatOf(input.FormatOf(path), src.text))
	report := Report{Incomplete: res.err}
	if len(res.written) == 0 && src.headerLeaks == 0 {
		return report, nil
	}
	if err := writeRefusal(t.info, opts); err != nil {
		return report, err
	}
	out, err := src.bytesOf(res.out)
	if err == nil {
		err = t.write(out)
	}
	if err != nil {
		return report, err
	}
	report.Replaced = len(res.written) + src.headerLeaks
	report.OtherLinks = links(t.info) - 1
	return report, nil
}

// errRefused marks a file that is left alone on purpose.
var errRefused = errors.New("refused")

// refuse returns an error that says why a file is left alone.
func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errRefused}, args...)...)
}

// A target is a file that Rewrite may rewrite, as it was when it was read.
type target struct {
	path string      // the file itself, symbolic links resolved
	info os.FileInfo // its state when read
	data []byte
}

// readTarget reads the file name for Rewrite. Everything that can be judged
// from the file's state is judged before a byte is read: reading a device
// (/dev/zero) or a pipe could last forever, and renaming over one would
// replace it with a plain file.
func readTarget(name string, opts WriteOptions) (*target, error) {
	path := name
	if real, err := filepath.EvalSymlinks(name); err == nil {
		path = real // a symbolic link keeps pointing at the file it names
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := refusal(info, opts); err != nil {
		return nil, err
	}
	// O_NONBLOCK: should a pipe have taken the file's place since the
	// check, opening it must not wait for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !os.SameFile(info, opened) || !opened.Mode().IsRegular() {
		return nil, fmt.Errorf("it changed while it was opened; left as it is")
	}
	data, err := input.ReadLimited(f, opts.MaxSize)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > opts.MaxSize {
		return nil, refuse("it grew over --max-size (%d bytes) while it was read", opts.MaxSize)
	}
	after, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if changed(opened, after) || int64(len(data)) != after.Size() {
		return nil, fmt.Errorf("it changed while it was read; left as it is")
	}
	return &target{path: path, info: after, data: data}, nil
}

// refusal says why Rewrite must leave a file alone before it reads it,
// judging by its state.
func refusal(info os.FileInfo, opts WriteOptions) error {
	switch {
	case !info.Mode().IsRegular():
		// Renaming over a device, a pipe or a socket would replace it
		// with a plain file, and reading one may never end.
		return refuse("not a regular file; --write rewrites regular files only")
	case info.Size() > opts.MaxSize:
		return refuse("%d bytes, over --max-size (%d bytes); raise --max-size to redact it", info.Size(), opts.MaxSize)
	}
	return nil
}

// writeRefusal says why Rewrite must not write a file that holds
// credentials, judging by its state. A file with nothing to replace is left
// alone without a word, whatever its state: a read-only fixture without a
// credential is no reason to fail a run over a folder.
func writeRefusal(info os.FileInfo, opts WriteOptions) error {
	switch {
	case links(info) > 1 && !opts.ForceLinks:
		// The new text goes to a new file: the other names would keep
		// the secret while this one said it was gone.
		return refuse("it has %d hard links, and rewriting it would leave the credentials in the others; --force-links rewrites this name only", links(info))
	case info.Mode().Perm()&0o200 == 0 && !opts.ForceReadOnly:
		return refuse("it is read-only; --force-read-only rewrites it and keeps it read-only")
	}
	return nil
}

// changed reports whether a file is no longer in the state it was read in:
// another file in its place, another size or another modification time.
func changed(was, now os.FileInfo) bool {
	return !os.SameFile(was, now) || was.Size() != now.Size() || !was.ModTime().Equal(now.ModTime())
}

// beforeRename runs between writing the temporary file and renaming it over
// the target. Tests use it to change the target at the worst moment.
var beforeRename = func(path string) {}

// write replaces the target with data so that a reader sees the old text
// or the new, never a mix: a temporary file in the same folder, given the
// target's owner, group and mode, synced to disk, then renamed over it. If
// the target changed since it was read (a process appended to it), nothing
// is replaced. On any error the temporary file is removed.
func (t *target) write(data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(t.path), "."+filepath.Base(t.path)+".redact-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	// Owner first: changing the owner clears the set-id bits.
	if uid, gid, ok := owner(t.info); ok {
		if err = tmp.Chown(uid, gid); err != nil {
			return fmt.Errorf("cannot keep its owner and group (%d:%d): %w; left as it is", uid, gid, errors.Unwrap(err))
		}
	}
	if err = tmp.Chmod(t.info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	beforeRename(t.path)
	now, err := os.Stat(t.path)
	if err != nil {
		return err
	}
	if changed(t.info, now) {
		return errors.New("it changed while it was redacted (did a process write to it?); left as it is, run redact again")
	}
	if err = os.Rename(tmp.Name(), t.path); err != nil {
		return err
	}
	syncDir(filepath.Dir(t.path))
	return nil
}

// syncDir makes the rename durable where the system allows it; failing to
// is not an error, the data itself is on disk.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
