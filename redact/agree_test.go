package redact

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/testfiles"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/textenc"
)

// The property behind redact: on every input, the places where check
// reports a leaked-credential error are the places redact replaces, and after
// redaction check reports none. These tests hold it over the fuzz corpus of
// the packages that read and scan text and over every test file of the
// linter, in each format and in UTF-16 too; FuzzCheckEqualsRedact looks for
// inputs that break it.

// Sniff stands for a file whose name says nothing: its text decides, and
// log containers are read as such.
var formats = []input.Format{input.JSON, input.YAML, input.JSONLines, input.Sniff}

// nameFor is a file name that makes the linter read the format.
func nameFor(format input.Format) string {
	return map[input.Format]string{input.JSON: "f.json", input.YAML: "f.yaml", input.JSONLines: "f.jsonl", input.Sniff: "f.log"}[format]
}

// A sample is one text of the corpus and where it comes from.
type sample struct {
	path string
	text []byte
}

// corpus returns the texts of the fuzz seeds and test files.
func corpus(t testing.TB) []sample {
	t.Helper()
	var texts []sample
	for _, dir := range []string{"testdata/fuzz", "../secrets/testdata/fuzz", "../lint/testdata/fuzz", "../decode/testdata/fuzz"} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if data, err := os.ReadFile(path); err == nil {
					for _, v := range seedValues(data) {
						texts = append(texts, sample{path, v})
					}
				}
			}
			return nil
		})
	}
	filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) != ".out" {
			if data, err := os.ReadFile(path); err == nil {
				texts = append(texts, sample{path, data})
			}
		}
		return nil
	})
	if len(texts) < 50 {
		t.Fatalf("only %d texts in the corpus", len(texts))
	}
	return texts
}

// seedValues returns the []byte and string values of a fuzz seed file
// ("go test fuzz v1").
func seedValues(data []byte) [][]byte {
	var out [][]byte
	for _, line := range strings.Split(string(data), "\n") {
		for _, typ := range []string{"[]byte(", "string("} {
			if strings.HasPrefix(line, typ) && strings.HasSuffix(line, ")") {
				if s, err := strconv.Unquote(line[len(typ) : len(line)-1]); err == nil {
					out = append(out, []byte(s))
				}
			}
		}
	}
	return out
}

// A where is the line and column of a leaked-credential finding.
type where struct{ line, col int }

// checkLeaks returns the places of the leaked-credential findings of one
// severity that check reports.
func checkLeaks(data []byte, format input.Format, sev finding.Severity) []where {
	var out []where
	for _, f := range lint.New(lint.Options{}).Bytes(nameFor(format), data).Findings {
		if f.Rule == "leaked-credential" && f.Severity == sev {
			out = append(out, where{f.Line, f.Column})
		}
	}
	return sorted(out)
}

// redactLeaks returns the places of the credentials redact replaces.
func redactLeaks(data []byte, format input.Format) []where {
	var out []where
	for _, p := range judge(data, format) {
		for _, l := range p.found {
			out = append(out, where{l.Line, l.Column})
		}
		for _, l := range p.raw {
			out = append(out, where{l.Line + p.line - 1, l.Column})
		}
		for _, l := range p.logs {
			out = append(out, where{l.Line, l.Column})
		}
	}
	return sorted(out)
}

// sorted sorts places and drops repeats: check reports one finding for a
// credential written twice in one string, redact replaces both.
func sorted(ws []where) []where {
	slices.SortFunc(ws, func(a, b where) int {
		if a.line != b.line {
			return a.line - b.line
		}
		return a.col - b.col
	})
	return slices.Compact(ws)
}

// lines returns the line of each finding, repeats kept.
func linesOf(data []byte, format input.Format, sev finding.Severity) []int {
	var out []int
	for _, f := range lint.New(lint.Options{}).Bytes(nameFor(format), data).Findings {
		if f.Rule == "leaked-credential" && f.Severity == sev {
			out = append(out, f.Line)
		}
	}
	slices.Sort(out)
	return out
}

// agree checks the property on one input and returns what breaks it. gzip
// data is judged in its text, as check reads it, and redacted as --write
// redacts it: in its text, compressed again.
func agree(data []byte, format input.Format) string {
	src, err := sourceOf(data, lint.DefaultMaxSize)
	if err != nil {
		return agreeBroken(data, format)
	}
	text := src.text
	checked, redacted := checkLeaks(data, format, finding.Error), redactLeaks(text, format)
	if src.headerLeaks > 0 { // in a gzip header, reported at 1:1: the name and comment are dropped
		redacted = sorted(append(redacted, where{1, 1}))
	}
	if !slices.Equal(checked, redacted) {
		return fmt.Sprintf("check reports errors at %v, redact replaces %v", checked, redacted)
	}
	r := redact(text, format)
	out, err := src.bytesOf(r.out)
	if err != nil {
		return fmt.Sprintf("the redacted text cannot be compressed again: %v", err)
	}
	if again, err := sourceOf(out, lint.DefaultMaxSize); err != nil || !bytes.Equal(again.text, r.out) {
		return fmt.Sprintf("the file written does not hold the redacted text (%v)", err)
	}
	left := checkLeaks(out, format, finding.Error)
	if (len(left) > 0) != (r.err != nil) {
		return fmt.Sprintf("after redaction check reports %v, and redact says %v", left, r.err)
	}
	if !slices.Equal(left, redactLeaks(r.out, format)) {
		return fmt.Sprintf("after redaction check reports %v, redact %v", left, redactLeaks(r.out, format))
	}
	// Nothing but errors is replaced: every warning stays, on its line.
	if before, after := linesOf(data, format, finding.Warning), linesOf(out, format, finding.Warning); !slices.Equal(before, after) {
		return fmt.Sprintf("warnings on lines %v became %v", before, after)
	}
	if again := redact(r.out, format); len(again.written) != 0 || !bytes.Equal(again.out, r.out) {
		return "a second run changed the text"
	}
	return ""
}

// agreeBroken checks gzip data that redact leaves as it is (and says so): a
// stream that breaks, which check reports as a syntax error, or text over
// the limit, which check reports as too large.
func agreeBroken(data []byte, format input.Format) string {
	for _, f := range lint.New(lint.Options{}).Bytes(nameFor(format), data).Findings {
		if (f.Rule == "syntax" || f.Rule == "file-too-large") && strings.Contains(f.Message, "the gzip data ") {
			return ""
		}
	}
	return "redact cannot read the gzip data, but check reports no broken gzip stream nor text over the limit"
}

// The encodings each text of the corpus is also tried in: UTF-16 as Windows
// PowerShell 5 writes it (little-endian, with a byte-order mark, CRLF), and
// big-endian without a mark.
var encodings = []struct {
	name string
	enc  textenc.Encoding
	crlf bool
}{
	{"UTF-16LE with a mark, CRLF", textenc.Encoding{Width: 2, BOM: true}, true},
	{"UTF-16BE", textenc.Encoding{Width: 2, BigEndian: true}, false},
}

// variants returns the text of a sample, its encoded forms and its gzip
// data. A text that holds a NUL byte (binary data, or already UTF-16) is
// not encoded: encoded again, it can take the shape of UTF-32, which is then
// not valid. gzip data is tried only as it is.
func variants(s sample) []sample {
	if input.IsGzip(s.text) {
		return []sample{s}
	}
	out := []sample{s, {s.path + " in gzip", testfiles.Gzip(s.text)}}
	if bytes.IndexByte(s.text, 0) >= 0 {
		return out
	}
	for _, e := range encodings {
		text := s.text
		if e.crlf {
			text = bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n"))
		}
		out = append(out, sample{s.path + " in " + e.name, textenc.Encode(text, e.enc)})
	}
	return out
}

func TestCheckEqualsRedact(t *testing.T) {
	for _, s := range corpus(t) {
		for _, v := range variants(s) {
			for _, format := range formats {
				if msg := agree(v.text, format); msg != "" {
					t.Errorf("%s as %s: %s", v.path, nameFor(format), msg)
				}
				src, err := sourceOf(v.text, lint.DefaultMaxSize)
				if err != nil {
					continue // a gzip stream that breaks is left as it is (see agree)
				}
				if r := redact(src.text, format); r.err != nil {
					t.Errorf("%s as %s: %v", v.path, nameFor(format), r.err)
				}
			}
		}
	}
}

func FuzzCheckEqualsRedact(f *testing.F) {
	for _, s := range corpus(f) {
		for _, v := range variants(s) {
			f.Add(v.text, uint8(0))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, n uint8) {
		format := formats[int(n)%len(formats)]
		if msg := agree(data, format); msg != "" {
			t.Fatalf("as %s: %s", nameFor(format), msg)
		}
	})
}
