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

// A link to a folder named on the command line is walked; links to folders
// met in the walk are not, so that a link loop cannot trap it.
func TestDiscoverLinkedFolder(t *testing.T) {
	t.Chdir(t.TempDir())
	os.MkdirAll("real/sub", 0o755)
	os.WriteFile("real/job.json", []byte(validJob), 0o644)
	os.WriteFile("real/sub/other.json", []byte(validJob), 0o644)
	os.Symlink("real", "fixtures")
	os.Symlink("..", "real/up") // a loop, inside the walk
	d := Discover([]string{"fixtures"}, nil, "", nil)
	var got []string
	for _, in := range d.Inputs {
		got = append(got, in.Name)
	}
	if want := "fixtures/job.json fixtures/sub/other.json"; strings.Join(got, " ") != want || len(d.Errors) > 0 || len(d.Empty) > 0 {
		t.Errorf("inputs %q, errors %v, empty %q; want %s", got, d.Errors, d.Empty, want)
	}
	os.MkdirAll("empty", 0o755)
	os.Symlink("empty", "nothing")
	if d := Discover([]string{"nothing"}, nil, "", nil); len(d.Inputs) > 0 || strings.Join(d.Empty, " ") != "nothing" {
		t.Errorf("a linked empty folder: inputs %v, empty %q", d.Inputs, d.Empty)
	}
}
