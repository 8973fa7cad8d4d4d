package printed

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// The corpus holds values printed by python3 and node (testdata/gen/gen.sh
// wrote it), each with the value the parser must read from the text.
func TestCorpus(t *testing.T) {
	for _, tt := range []struct {
		file         string
		parse, other func(string) (*document.Node, error)
	}{
		{"testdata/corpus/python.jsonl", Python, nil},
		{"testdata/corpus/node.jsonl", Node, Python},
	} {
		b, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		if n := checkCorpus(t, tt.file, b, tt.parse, tt.other); n < 100 {
			t.Errorf("%s: %d records", tt.file, n)
		}
	}
}

// TestGeneratedCorpus prints more values, from another seed, with the
// python3 and node on PATH, if there are.
func TestGeneratedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3 and node")
	}
	for _, tt := range []struct {
		command      string
		script       string
		parse, other func(string) (*document.Node, error)
	}{
		{"python3", "testdata/gen/corpus.py", Python, nil},
		{"node", "testdata/gen/corpus.js", Node, Python},
	} {
		if _, err := exec.LookPath(tt.command); err != nil {
			t.Logf("%s is not on PATH", tt.command)
			continue
		}
		out, err := exec.Command(tt.command, tt.script, "7", "400").Output()
		if err != nil {
			t.Fatalf("%s %s: %v", tt.command, tt.script, err)
		}
		checkCorpus(t, tt.command, out, tt.parse, tt.other)
	}
}

// TestCorpusUpToDate checks that the corpus is what its generators write,
// with the interpreters it was written with (corpus/VERSIONS).
func TestCorpusUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3 and node")
	}
	versions, err := os.ReadFile("testdata/corpus/VERSIONS")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ command, version, script, corpus string }{
		{"python3", "--version", "testdata/gen/corpus.py", "testdata/corpus/python.jsonl"},
		{"node", "--version", "testdata/gen/corpus.js", "testdata/corpus/node.jsonl"},
	} {
		version, err := exec.Command(tt.command, tt.version).Output()
		if err != nil || !bytes.Contains(versions, bytes.TrimSpace(version)) {
			t.Logf("%s is not the version the corpus was written with", tt.command)
			continue
		}
		out, err := exec.Command(tt.command, tt.script).Output()
		if err != nil {
			t.Fatalf("%s %s: %v", tt.command, tt.script, err)
		}
		committed, err := os.ReadFile(tt.corpus)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, committed) {
			t.Errorf("%s is not what %s writes: run testdata/gen/gen.sh", tt.corpus, tt.script)
		}
	}
}

// checkCorpus parses every record of a corpus and returns how many there
// are. The other parser, if there is one and it reads a record at all,
// must read the same value: a caller may try Python on util.inspect's
// text before Node.
func checkCorpus(t *testing.T, name string, corpus []byte, parse, other func(string) (*document.Node, error)) int {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(corpus))
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		n++
		var rec struct {
			Name, Text string
			Want       json.RawMessage
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		root, err := parse(rec.Text)
		if err != nil {
			t.Errorf("%s %s: %v in\n%s", name, rec.Name, err, rec.Text)
			continue
		}
		checkTree(t, rec.Text, root)
		want := decodeJSON(t, string(rec.Want))
		if got := root.ToAny(); !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			t.Errorf("%s %s: read %s\nwant %s\nfrom\n%s", name, rec.Name, g, rec.Want, strings.TrimSpace(rec.Text))
		}
		if other == nil {
			continue
		}
		if root, err := other(rec.Text); err == nil {
			if got := root.ToAny(); !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				t.Errorf("%s %s: the other parser reads %s\nwant %s\nfrom\n%s", name, rec.Name, g, rec.Want, strings.TrimSpace(rec.Text))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
