package input

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
)

// A folder walk picks up x.json.gz and its kin, never any other .gz (an
// archive in a fixture folder is no fixture); a file named on the command
// line is read whatever its name.
func TestDiscoverGzip(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.json.gz", "b.jsonl.gz", "c.yaml.gz", "d.tar.gz", "000000.gz", "e.gz.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), testfiles.Gzip(validJob), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, in := range Discover([]string{dir, filepath.Join(dir, "000000.gz")}, nil, "", nil).Inputs {
		got = append(got, fmt.Sprintf("%s %v", filepath.Base(in.Name), in.Format))
	}
	if want := "000000.gz 0,a.json.gz 1,b.jsonl.gz 3,c.yaml.gz 2"; strings.Join(got, ",") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
