package redact

import (
	"fmt"
	"os"
	"path/filepath"
)

// writeAtomic replaces the file name with data so that a reader sees the old
// text or the new, never a mix: a temporary file in the same folder, synced
// to disk, then renamed over the old one. The file keeps its mode; a
// symbolic link keeps pointing at the file it named.
func writeAtomic(name string, data []byte) (err error) {
	if real, err := filepath.EvalSymlinks(name); err == nil {
		name = real
	}
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	// Renaming over a device or a pipe would replace it with a plain file.
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file; --write rewrites regular files only", name)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".redact-*")
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
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), name); err != nil {
		return err
	}
	syncDir(filepath.Dir(name))
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
