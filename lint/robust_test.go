package lint

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// TestFileChangingWhileRead lints a file that another writer keeps
// truncating and rewriting: every result must be one a complete or a torn
// version of the file could give, and nothing may panic or hang.
func TestFileChangingWhileRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.json")
	versions := [][]byte{[]byte(validJob), []byte(badJob + "\n\n\n")}
	if err := os.WriteFile(path, versions[0], 0o644); err != nil {
		t.Fatal(err)
	}
	var stop atomic.Bool
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; !stop.Load(); i++ {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0o644)
			if err != nil {
				return
			}
			f.Write(versions[i%2])
			f.Close()
		}
	}()
	allowed := map[string]bool{"syntax": true, "empty": true, "account-id": true, "envelope": true}
	l := New(Options{})
	for range 300 {
		r := l.File(path)
		if r.Err != nil {
			t.Fatalf("read error: %v", r.Err)
		}
		for _, f := range r.Findings {
			if !allowed[f.Rule] {
				t.Errorf("unexpected finding %+v", f)
			}
		}
	}
	stop.Store(true)
	<-done
}
