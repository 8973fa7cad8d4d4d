package config

import (
	"path/filepath"
	"testing"
)

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		glob, rel string
		folders   bool // a match of a folder covers what is under it
		want      bool
	}{
		// ** at the start
		{"**/*.golden.json", "a.golden.json", false, true},
		{"**/*.golden.json", "x/y/a.golden.json", false, true},
		{"**/*.golden.json", "x/y/a.json", false, false},
		// ** in the middle
		{"testdata/**/out.json", "testdata/out.json", false, true},
		{"testdata/**/out.json", "testdata/a/b/out.json", false, true},
		{"testdata/**/out.json", "other/a/out.json", false, false},
		{"a/**/**/b", "a/b", false, true},
		// ** at the end
		{"testdata/generated/**", "testdata/generated/x.json", false, true},
		{"testdata/generated/**", "testdata/generated/a/b/x.json", false, true},
		{"testdata/generated/**", "testdata/generated", false, true},
		{"testdata/generated/**", "testdata/generatedx/y.json", false, false},
		{"**", "anything/at/all.json", false, true},
		// * and ? stay within one segment; [...] is a class
		{"*.json", "a.json", false, true},
		{"*.json", "dir/a.json", false, false},
		{"fixtures/*.json", "fixtures/sub/a.json", false, false},
		{"fixtures/a?.json", "fixtures/ab.json", false, true},
		{"fixtures/a?.json", "fixtures/a/.json", false, false},
		{"fixtures/[ab].json", "fixtures/b.json", false, true},
		{"fixtures/[^ab].json", "fixtures/b.json", false, false},
		{"a**b/c", "axxb/c", false, true},
		{"a**b/c", "ax/yb/c", false, false},
		// a folder covers what is under it only where folders is set
		{"testdata/generated", "testdata/generated/a/x.json", true, true},
		{"testdata/generated", "testdata/generated/a/x.json", false, false},
		{"testdata/generated", "testdata/generated", false, true},
		{"testdata/gen*", "testdata/generated/x.json", true, true},
		{"testdata/generated", "testdata/generated-2/x.json", true, false},
		{"testdata/generated", "testdata", true, false},
		// the glob is cleaned
		{"./testdata//generated/", "testdata/generated/x.json", true, true},
		{"a/../b.json", "b.json", false, true},
		// the folder itself
		{"**", ".", false, true},
		{"*", ".", false, false},
	}
	for _, tt := range tests {
		if got := matchGlob(tt.glob, tt.rel, tt.folders); got != tt.want {
			t.Errorf("matchGlob(%q, %q, %v) = %v, want %v", tt.glob, tt.rel, tt.folders, got, tt.want)
		}
	}
}

func TestRelPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		path, want string
		ok         bool
	}{
		{"a/b.json", "a/b.json", true},
		{"./a/b.json", "a/b.json", true},
		{"a/../c/./d.json", "c/d.json", true},
		{".", ".", true},
		{filepath.Join(dir, "a", "b.json"), "a/b.json", true},
		{"../outside.json", "", false},
		{filepath.Join(filepath.Dir(dir), "outside.json"), "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := relPath(dir, tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("relPath(%q) = %q, %v; want %q, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}
