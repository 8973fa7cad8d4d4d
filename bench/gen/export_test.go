package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func exportText(t *testing.T, size int64, seed uint64) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "export.gz")
	if err := writeExport(path, size, seed); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// An export is the same for the same seed, a smaller one is the start of a
// larger one, and every line is "timestamp message".
func TestExport(t *testing.T) {
	a, b := exportText(t, 200000, 1), exportText(t, 200000, 1)
	if !bytes.Equal(a, b) || len(a) < 200000 {
		t.Fatalf("two exports of seed 1 differ, or are short (%d bytes)", len(a))
	}
	if large := exportText(t, 400000, 1); !bytes.HasPrefix(large, a) {
		t.Error("the smaller export is not the start of the larger")
	}
	if other := exportText(t, 200000, 2); bytes.Equal(other, a) {
		t.Error("seed 2 gives the export of seed 1")
	}
	line := regexp.MustCompile(`^2026-12-0\dT\d\d:\d\d:\d\d\.\d\d\dZ (START RequestId: |END RequestId: |REPORT RequestId: |2026-12-0\dT\d\d:\d\d:\d\d\.\d\d\dZ\t[0-9a-f-]{36}\tINFO\t)`)
	events := 0
	for _, l := range strings.Split(strings.TrimSuffix(string(a), "\n"), "\n") {
		if !line.MatchString(l) {
			t.Fatalf("not an export line: %q", l)
		}
		if strings.Contains(l, "\tINFO\t{\"CodePipeline.job\":") {
			events++
		}
	}
	if events == 0 {
		t.Error("no invocation logged its event")
	}
}
