package command

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
)

// The gzip fixtures of testdata are made from text fixtures beside them, as
// gzipFixtures says; TestGzipFixtures holds each to its recipe, and with
// -update writes them (compressed as gzip -n does: no name, no time).

type gzipFixture struct {
	path string
	make func(t *testing.T) []byte
}

var gzipFixtures = []gzipFixture{
	// Lint clean, as the texts they hold do.
	{"testdata/ok/gzip-get-job-details.json.gz", gzipOfFile("testdata/ok/get-job-details-full.json")},
	{"testdata/ok/gzip-yaml-merge-keys.yaml.gz", gzipOfFile("testdata/ok/yaml-merge-keys.yaml")},
	{"testdata/ok/gzip-responses.jsonl.gz", func(t *testing.T) []byte {
		var lines []byte
		for _, name := range []string{"get-job-details-full.json", "poll-for-jobs.json", "lambda-invoke-event.json"} {
			var b bytes.Buffer
			if err := json.Compact(&b, testfiles.Read(t, "testdata/ok/"+name)); err != nil {
				t.Fatal(err)
			}
			lines = append(append(lines, b.Bytes()...), '\n')
		}
		return testfiles.Gzip(lines)
	}},
	// The findings of the texts they hold, in the same places.
	{"testdata/err/gzip-leak.json.gz", gzipOfFile("testdata/err/secret-artifact-credentials.json")},
	{"testdata/err/gzip-pollforjobs.yaml.gz", gzipOfFile("testdata/err/secret-pollforjobs.yaml")},
	// A gzip file named .json is decompressed all the same.
	{"testdata/err/gzip-as-json.json", gzipOfFile("testdata/err/rule-action-category-lowercase.json")},
	// A name that says nothing: the text is sniffed (JSON Lines).
	{"testdata/err/gzip-sniffed-jsonl.gz", gzipOfFile("testdata/err/jsonl-mixed.jsonl")},
	// Two gzip members, as cat a.gz b.gz > c.gz leaves, the second record
	// cut between them: read as one text.
	{"testdata/err/gzip-multi-member.jsonl.gz", func(t *testing.T) []byte {
		text := testfiles.Read(t, "testdata/err/secret-lines.jsonl")
		cut := bytes.IndexByte(text, '\n') + 300
		return append(testfiles.Gzip(text[:cut]), testfiles.Gzip(text[cut:])...)
	}},
	// A text without a credential, in two members whose headers hold
	// them: the first's file name, the second's comment (gzip -N keeps a
	// name; a comment needs another tool).
	{"testdata/err/gzip-header-credential.json.gz", func(t *testing.T) []byte {
		text := testfiles.Read(t, "testdata/ok/get-job-details-full.json")
		cut := len(text) / 2
		return append(gzipMember(t, text[:cut], "ASIARTX3GSDST2FAKE23.json", ""),
			gzipMember(t, text[cut:], "", "aws_secret_access_key=FakeSecretKey/ForJobdetailsLint+Test0001")...)
	}},
	// The first 500 bytes of the gzip data: its text stops in line 42.
	{"testdata/err/gzip-corrupt.json.gz", func(t *testing.T) []byte {
		return testfiles.Gzip(testfiles.Read(t, "testdata/err/secret-artifact-credentials.json"))[:500]
	}},
	// The whole text, with a CRC-32 that does not match it.
	{"testdata/err/gzip-checksum.json.gz", func(t *testing.T) []byte {
		gz := testfiles.Gzip(testfiles.Read(t, "testdata/err/rule-action-category-lowercase.json"))
		gz[len(gz)-8] ^= 0xff // the trailer is CRC-32, then the size (RFC 1952)
		return gz
	}},
}

func TestGzipFixtures(t *testing.T) {
	t.Chdir(repoRoot)
	for _, fx := range gzipFixtures {
		want := fx.make(t)
		if *update {
			if err := os.WriteFile(fx.path, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(fx.path)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/command -run TestGzipFixtures -update to write it)", err)
		}
		// The text matters, not how it was compressed (another Go may
		// compress it otherwise).
		if !bytes.Equal(gunzipAll(got), gunzipAll(want)) || len(got) == 0 {
			t.Errorf("%s does not hold the text it is made from (run go test ./internal/command -run TestGzipFixtures -update)", fx.path)
		}
	}
}

// gzipMember compresses text as one gzip member with a name and a comment
// in its header, and no time.
func gzipMember(t *testing.T, text []byte, name, comment string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name, z.Comment = name, comment
	if _, err := z.Write(text); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gzipOfFile(path string) func(t *testing.T) []byte {
	return func(t *testing.T) []byte { return testfiles.Gzip(testfiles.Read(t, path)) }
}

// gunzipAll returns the text of gzip data as far as it can be read, and the
// error it stops at, as text.
func gunzipAll(data []byte) []byte {
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return []byte(err.Error())
	}
	text, err := io.ReadAll(z)
	if err != nil {
		text = append(text, err.Error()...)
	}
	return text
}
