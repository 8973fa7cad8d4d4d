package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// detection compares what the tools found on the corpus with the problems
// the generator put there (expected.tsv), by file.
type detection struct {
	expected map[string]string // corpus file -> kind
	lint     map[string]bool   // files with an error finding
	leaks    map[string]bool   // files gitleaks reported
	findings int               // gitleaks findings
}

func readDetection(expectedPath, lintPath, gitleaksPath string) (*detection, error) {
	d := &detection{expected: map[string]string{}}
	b, err := os.ReadFile(expectedPath)
	if err != nil {
		return nil, err
	}
	for _, row := range strings.Split(string(b), "\n") {
		if file, kind, ok := strings.Cut(row, "\t"); ok && strings.HasPrefix(file, "corpus/") {
			d.expected[filepath.Base(file)] = kind
		}
	}
	if d.lint, err = lintErrors(lintPath); err != nil {
		return nil, err
	}
	d.leaks, d.findings, err = gitleaksFiles(gitleaksPath)
	return d, err
}

// lintErrors reads a --format json report: the files with an error.
func lintErrors(path string) (map[string]bool, error) {
	var report struct {
		Findings []struct{ File, Severity string }
	}
	if err := readJSON(path, &report); err != nil || report.Findings == nil {
		return nil, err
	}
	files := map[string]bool{}
	for _, f := range report.Findings {
		if f.Severity == "error" {
			files[filepath.Base(f.File)] = true
		}
	}
	return files, nil
}

// gitleaksFiles reads a gitleaks JSON report: the files it flagged.
func gitleaksFiles(path string) (map[string]bool, int, error) {
	var findings []struct{ File string }
	if err := readJSON(path, &findings); err != nil || findings == nil {
		return nil, 0, err
	}
	files := map[string]bool{}
	for _, f := range findings {
		files[filepath.Base(f.File)] = true
	}
	return files, len(findings), nil
}

// readJSON decodes path into v; a missing file (a tool that did not run)
// leaves v as it is.
func readJSON(path string, v any) error {
	if path == "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	} else if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func (d *detection) print(w io.Writer) {
	leakFiles := 0
	for _, kind := range d.expected {
		if kind == "leaked-credential" {
			leakFiles++
		}
	}
	fmt.Fprintln(w, "### Detection on the corpus")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Generated: %d files with a problem, %d of them a leaked credential (expected.tsv).\n\n", len(d.expected), leakFiles)
	if d.lint != nil {
		hit, extra := d.compare(d.lint, "")
		fmt.Fprintf(w, "- jobdetails-lint: errors in %d files: %d of the %d with a problem, %d others.\n", len(d.lint), hit, len(d.expected), extra)
	}
	if d.leaks != nil {
		hit, extra := d.compare(d.leaks, "leaked-credential")
		fmt.Fprintf(w, "- gitleaks: %d findings in %d files: %d of the %d with a leak, %d others.\n", d.findings, len(d.leaks), hit, leakFiles, extra)
	}
	fmt.Fprintln(w)
}

// compare counts the flagged files that have a problem of kind (any kind
// when ""), and the others.
func (d *detection) compare(flagged map[string]bool, kind string) (hit, extra int) {
	for file := range flagged {
		if k, ok := d.expected[file]; ok && (kind == "" || k == kind) {
			hit++
		} else {
			extra++
		}
	}
	return hit, extra
}
