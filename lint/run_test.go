package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/config"
	"github.com/jobdetails-lint/jobdetails-lint/input"
)

const validJob = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": "111122223333"}}`
const badJob = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": 1}}`

// TestRunKeepsInputOrder lints many files on several workers; the results
// must come back in input order whatever order the workers finish in.
func TestRunKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs []input.Input
	for i := range 200 {
		name := filepath.Join(dir, fmt.Sprintf("%03d.json", i))
		text := validJob
		if i%3 == 0 {
			text = badJob
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input.Input{Name: name, Path: name, Format: input.JSON})
	}
	var got []string
	New(Options{}).Run(inputs, 4, func(r Result) {
		got = append(got, r.File)
		if bad := (len(got)-1)%3 == 0; bad != (len(r.Findings) == 1) {
			t.Errorf("%s: %d findings", r.File, len(r.Findings))
		}
	})
	for i, in := range inputs {
		if got[i] != in.Name {
			t.Fatalf("result %d is %s, want %s", i, got[i], in.Name)
		}
	}
}

// TestRunStreamsJSONLines feeds a stream larger than one chunk; every record
// is linted once and findings carry the right line numbers.
func TestRunStreamsJSONLines(t *testing.T) {
	var b strings.Builder
	lines := 0
	for b.Len() < 3*chunkBytes {
		lines++
		if lines%1000 == 0 {
			b.WriteString(badJob + "\n")
		} else {
			b.WriteString(validJob + "\n")
		}
	}
	docs, parts := 0, 0
	var badLines []int
	New(Options{}).Run([]input.Input{{Name: "s", Reader: strings.NewReader(b.String())}}, 2, func(r Result) {
		parts++
		docs += r.Documents
		for _, f := range r.Findings {
			badLines = append(badLines, f.Line)
		}
	})
	if docs != lines || parts < 3 {
		t.Errorf("%d documents in %d parts, want %d in 3 or more", docs, parts, lines)
	}
	for i, line := range badLines {
		if line != (i+1)*1000 {
			t.Fatalf("finding %d on line %d, want %d", i, line, (i+1)*1000)
		}
	}
}

func TestRunRecordTooLarge(t *testing.T) {
	stream := validJob + "\n" + `{"jobDetails": {"x": "` + strings.Repeat("a", 5000) + `"}}` + "\n" + validJob
	var got []string
	New(Options{MaxSize: 1000}).Run([]input.Input{{Name: "s.jsonl", Reader: strings.NewReader(stream), Format: input.JSONLines}}, 1, func(r Result) {
		for _, f := range r.Findings {
			got = append(got, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Rule))
		}
	})
	if strings.Join(got, ",") != "2:1 file-too-large" {
		t.Errorf("findings %q", got)
	}
}

func TestEmptyStream(t *testing.T) {
	for _, format := range []input.Format{input.JSONLines, input.Sniff, input.JSON} {
		var got []string
		New(Options{}).Run([]input.Input{{Name: "s", Reader: strings.NewReader(" \n"), Format: format}}, 1, func(r Result) {
			for _, f := range r.Findings {
				got = append(got, f.Rule)
			}
		})
		if strings.Join(got, ",") != "empty" {
			t.Errorf("format %v: %q, want one empty finding", format, got)
		}
	}
}

// An input read from one path and shown under another name is finished once,
// under its name: the config's suppressions match the name, not the path.
func TestRunSuppressesByName(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("read.json", []byte(badJob), 0o644); err != nil {
		t.Fatal(err)
	}
	// Suppressing the account-id finding shows the schema's about the same value.
	for file, want := range map[string]string{"read.json": "shown.json account-id", "shown.json": "shown.json schema-type"} {
		text := "suppress:\n  - {file: " + file + ", rule: account-id, pointer: /jobDetails/accountId, reason: r}\n"
		cfg, err := config.Parse("", []byte(text), Catalog())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		New(Options{Config: cfg}).Run([]input.Input{{Name: "shown.json", Path: "read.json", Format: input.JSON}}, 1, func(r Result) {
			for _, f := range r.Findings {
				got = append(got, f.File+" "+f.Rule)
			}
		})
		if strings.Join(got, ",") != want {
			t.Errorf("suppression of %s: findings %q, want %q", file, got, want)
		}
	}
}
