package config

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/secrets"
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
		return secrets.Quote(glob) + " must be relative to the folder of the config file"
	}
	clean := path.Clean(glob)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		return secrets.Quote(glob) + " reaches outside the folder of the config file, where nothing is matched"
	}
	for _, seg := range strings.Split(clean, "/") {
		if _, err := path.Match(seg, ""); err != nil {
			return secrets.Quote(glob) + " is malformed: an unclosed \"[\" or a trailing \"\\\""
		}
	}
	return ""
}

// matchGlob reports whether glob matches rel, a clean slash-separated path
// relative to the config folder ("." for the folder itself). With folders
// set, a glob that matches a folder also matches everything under it.
func matchGlob(glob, rel string, folders bool) bool {
	g := segments(path.Clean(glob))
	if folders {
		g = append(g, "**") // whatever is under a match
	}
	return matchSegments(g, segments(rel))
}

func segments(p string) []string {
	if p == "." || p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// matchSegments matches path segments as a wildcard pattern matches text,
// with a segment for a character and ** for *: on a mismatch, only the last
// ** seen takes one more segment and the glob after it is tried again. Each
// other glob segment matches exactly one path segment, so an earlier ** need
// never give any back, and the time is at most len(glob)·len(name) segment
// matches. (Trying every split at every ** took minutes for a glob of a few
// dozen **.)
func matchSegments(glob, name []string) bool {
	g, n := 0, 0
	star, starName := -1, 0 // the last ** seen, and the path segment it ends before
	for n < len(name) {
		switch {
		case g < len(glob) && glob[g] == "**":
			star, starName = g, n
			g++
		case g < len(glob) && matchSegment(glob[g], name[n]):
			g++
			n++
		case star >= 0:
			starName++
			g, n = star+1, starName
		default:
			return false
		}
	}
	for g < len(glob) && glob[g] == "**" {
		g++
	}
	return g == len(glob)
}

func matchSegment(glob, name string) bool {
	ok, _ := path.Match(glob, name)
	return ok
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
