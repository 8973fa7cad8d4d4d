package config

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// TestExcludeGlobLinearTime: an exclude glob of a few dozen ** once took
// over ten minutes on one path, as every split was tried at every **.
// The time must grow linearly with the glob, and with the path.
func TestExcludeGlobLinearTime(t *testing.T) {
	dir := t.TempDir()
	excluded := func(glob, rel string) func() {
		c := &Config{Dir: dir, Exclude: []string{glob}}
		p := filepath.Join(dir, filepath.FromSlash(rel))
		return func() {
			if c.Excluded(p) {
				t.Fatalf("%.40s… excludes %.40s…", glob, rel)
			}
		}
	}
	// "**/a/**/a/…/**/b" against a path of a's that ends in c: no split
	// matches, so backtracking would try them all.
	const depth = 40
	t.Run("many **", func(t *testing.T) {
		lineartest.Check(t, 200, func(n int) func() {
			return excluded(strings.Repeat("**/a/", n)+"b", strings.Repeat("a/", depth)+"c")
		})
	})
	t.Run("deep path", func(t *testing.T) {
		lineartest.Check(t, 200, func(n int) func() {
			return excluded(strings.Repeat("**/a/", depth)+"b", strings.Repeat("a/", n)+"c")
		})
	})
}

// TestMatchSegmentsAgreesWithSplits compares matchSegments with trying every
// split at every **, on small random globs and paths.
func TestMatchSegmentsAgreesWithSplits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	globParts := []string{"**", "a", "b", "*", "?", "[ab]", "a*"}
	nameParts := []string{"a", "b", "ab", "c"}
	pick := func(parts []string, max int) []string {
		s := make([]string, r.IntN(max+1))
		for i := range s {
			s[i] = parts[r.IntN(len(parts))]
		}
		return s
	}
	for range 20000 {
		glob, name := pick(globParts, 6), pick(nameParts, 6)
		if got, want := matchSegments(glob, name), matchSplits(glob, name); got != want {
			t.Fatalf("matchSegments(%q, %q) = %v, want %v", glob, name, got, want)
		}
	}
}

// matchSplits tries every split at every **: right, and exponential.
func matchSplits(glob, name []string) bool {
	if len(glob) == 0 {
		return len(name) == 0
	}
	if glob[0] == "**" {
		for i := 0; i <= len(name); i++ {
			if matchSplits(glob[1:], name[i:]) {
				return true
			}
		}
		return false
	}
	return len(name) > 0 && matchSegment(glob[0], name[0]) && matchSplits(glob[1:], name[1:])
}
