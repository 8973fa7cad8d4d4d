package config

import (
	"path"
	"path/filepath"
	"strings"
)

// Globs are written with forward slashes and are relative to the folder of
// the config file. Each path segment is matched with path.Match, so `*`, `?`
// and `[...]` (negated with `[^...]`) never cross a `/`; a segment that is
// exactly `**` matches zero or more whole segments. An exclude glob that
// matches a folder also excludes everything under it, so a bare folder name
// is enough; a suppression's file glob must match the file itself. A path
// outside the config's folder is matched by nothing.

// checkGlob says what is wrong with a glob, or "" when nothing is.
func checkGlob(glob string) string {
	if glob == "" {
		return "a glob must not be empty"
	}
	if path.IsAbs(glob) || filepath.IsAbs(glob) {
		return quote(glob) + " must be relative to the folder of the config file"
	}
	clean := path.Clean(glob)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		return quote(glob) + " reaches outside the folder of the config file, where nothing is matched"
	}
	for _, seg := range strings.Split(clean, "/") {
		if _, err := path.Match(seg, ""); err != nil {
			return quote(glob) + " is malformed: an unclosed \"[\" or a trailing \"\\\""
		}
	}
	return ""
}

// matchGlob reports whether glob matches rel, a clean slash-separated path
// relative to the config folder ("." for the folder itself). With folders
// set, a glob that matches a folder also matches everything under it.
func matchGlob(glob, rel string, folders bool) bool {
	return matchSegments(segments(path.Clean(glob)), segments(rel), folders)
}

func segments(p string) []string {
	if p == "." || p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

func matchSegments(glob, name []string, folders bool) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			// Consecutive ** are one; then try every split of the rest.
			for len(glob) > 0 && glob[0] == "**" {
				glob = glob[1:]
			}
			for i := 0; i <= len(name); i++ {
				if matchSegments(glob, name[i:], folders) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], name[0]); !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0 || folders
}

// relPath is p (relative to the working directory, or absolute) made
// relative to dir, with forward slashes; ok is false when p is outside dir.
func relPath(dir, p string) (rel string, ok bool) {
	if dir == "" || p == "" {
		return "", false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(dir, abs)
	if err != nil {
		return "", false
	}
	r = filepath.ToSlash(r)
	if r == ".." || strings.HasPrefix(r, "../") {
		return "", false
	}
	return r, true
}
