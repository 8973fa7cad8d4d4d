package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(dir string) string {
		p := filepath.Join(dir, FileName)
		if err := os.WriteFile(p, []byte("rules: {}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	// A config above the temporary folder, if the machine has one, is
	// found; none inside it is.
	if got, err := Find(deep); err != nil || strings.HasPrefix(got, root) {
		t.Errorf("without a config: got %q, %v", got, err)
	}
	top := write(root)
	if got, err := Find(deep); err != nil || got != top {
		t.Errorf("from %s: got %q, %v; want %q", deep, got, err, top)
	}
	mid := write(filepath.Join(root, "a"))
	if got, err := Find(deep); err != nil || got != mid {
		t.Errorf("the nearest one: got %q, %v; want %q", got, err, mid)
	}
	if got, err := Find(root); err != nil || got != top {
		t.Errorf("in the start folder: got %q, %v; want %q", got, err, top)
	}

	// A relative start folder gives an absolute path.
	t.Chdir(deep)
	if got, err := Find("."); err != nil || got != mid {
		t.Errorf("from .: got %q, %v; want %q", got, err, mid)
	}
}

func TestFindFolderNamedLikeTheFile(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(root, FileName) + ": is a folder, not a config file"
	if _, err := Find(root); err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
