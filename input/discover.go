package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/jobdetails-lint/jobdetails-lint/config"
)

// StdinName is how standard input is named unless told otherwise.
const StdinName = "<stdin>"

// Discovery is what a list of paths expands to.
type Discovery struct {
	Inputs []Input  // sorted by name, each once
	Errors []error  // paths that cannot be read
	Empty  []string // folders with nothing to read
	// Skipped counts the paths named on the command line that were left
	// out: excluded by the config, or the config file itself.
	Skipped int

	exclude func(string) bool
}

func (d *Discovery) excluded(path string) bool { return d.exclude != nil && d.exclude(path) }

// Discover expands command-line paths: a file is read whatever its name, a
// folder is walked recursively for .json, .yaml, .yml, .jsonl and .ndjson
// files and for those names with .gz, never for any other .gz (see Lintable;
// symbolic links to folders are not followed, so a link loop cannot trap the
// walk), and "-" is standard input, named stdinName. Paths for which
// exclude (if not nil) says true are left out, named or found in a walk, and
// so is the config file.
func Discover(paths []string, stdin io.Reader, stdinName string, exclude func(path string) bool) Discovery {
	d := Discovery{exclude: exclude}
	seen := map[string]bool{}
	add := func(in Input) {
		if !seen[in.Name] {
			seen[in.Name] = true
			d.Inputs = append(d.Inputs, in)
		}
	}
	for _, p := range paths {
		if p == "-" {
			if stdinName == "" {
				stdinName = StdinName
			} else if d.excluded(stdinName) { // named like a file, excluded like one
				d.Skipped++
				continue
			}
			add(Input{Name: stdinName, Reader: stdin, Format: FormatOf(stdinName)})
			continue
		}
		info, err := os.Stat(p)
		switch {
		case d.excluded(p) || (err == nil && !info.IsDir() && filepath.Base(p) == config.FileName):
			d.Skipped++
		case err != nil:
			d.Errors = append(d.Errors, PathError(p, err))
		case info.IsDir():
			d.walk(p, add)
		default:
			add(Input{Name: p, Path: p, Format: FormatOf(p)})
		}
	}
	sort.SliceStable(d.Inputs, func(i, j int) bool { return d.Inputs[i].Name < d.Inputs[j].Name })
	return d
}

func (d *Discovery) walk(root string, add func(Input)) {
	found := false
	start := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		// A link to a folder, named on the command line, is followed: with
		// a separator after it, the walk starts inside the folder. Links met
		// in the walk are not.
		start += string(filepath.Separator)
	}
	err := filepath.WalkDir(start, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			d.Errors = append(d.Errors, PathError(path, err))
			return nil
		}
		if entry.IsDir() {
			if path != start && (entry.Name() == ".git" || d.excluded(path)) {
				return filepath.SkipDir
			}
			return nil
		}
		// The config file is YAML but no response: a walk never lints it.
		if entry.Name() == config.FileName {
			return nil
		}
		if Lintable(entry.Name()) && !d.excluded(path) && d.regular(path, entry) {
			found = true
			add(Input{Name: path, Path: path, Format: FormatOf(path)})
		}
		return nil
	})
	if err != nil {
		d.Errors = append(d.Errors, PathError(root, err))
	}
	if !found {
		d.Empty = append(d.Empty, root)
	}
}

// regular reports whether a file found in a walk is a regular file, or a
// link to one. Opening a named pipe would wait for a writer that never comes;
// a device is no fixture. (A pipe named on the command line, as in
// <(zcat x.json.gz), is read all the same.) A link that leads nowhere is an
// error, like any path that cannot be read.
func (d *Discovery) regular(path string, entry fs.DirEntry) bool {
	if entry.Type().IsRegular() {
		return true
	}
	if entry.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	if err != nil {
		d.Errors = append(d.Errors, PathError(path, err))
		return false
	}
	return info.Mode().IsRegular()
}

// PathError says which path could not be read and why, without Go's
// operation prefix ("lstat x: ...").
func PathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot read %s: %w", path, err)
}
