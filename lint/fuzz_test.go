package lint

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLint runs the whole pipeline on any text in every format: it must
// never panic or hang, and every finding must have a position and a rule.
func FuzzLint(f *testing.F) {
	for _, dir := range []string{"../testdata/ok", "../testdata/err"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.*"))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil && filepath.Ext(p) != ".out" {
				f.Add(data)
			}
		}
	}
	l := New(Options{MaxSize: 1 << 20})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"f.json", "f.yaml", "f.jsonl", "f"} {
			r := l.Bytes(name, data)
			for _, fd := range r.Findings {
				if fd.Line < 1 || fd.Column < 1 || fd.Rule == "" || fd.Message == "" || fd.File != name {
					t.Fatalf("%s: bad finding %+v", name, fd)
				}
			}
		}
	})
}
