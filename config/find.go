package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Find looks for FileName in startDir, then in each of its parents up to the
// root of the file system, and returns the absolute path of the first one
// found, or "" when there is none.
func Find(startDir string) (string, error) {
	dir, err := filepath.Abs(startDir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		info, err := os.Stat(p)
		switch {
		case err == nil && info.IsDir():
			return "", &Error{Path: p, Msg: "is a folder, not a config file"}
		case err == nil:
			return p, nil
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}
