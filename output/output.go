// Package output prints findings. Each format has one writer in a file of its
// own; the command picks one with --format.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// Summary counts what a run linted and found.
type Summary struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Errors    int `json:"errors"`
	Warnings  int `json:"warnings"`
	Notes     int `json:"notes"`
}

// Add counts one finding.
func (s *Summary) Add(f *finding.Finding) {
	switch f.Severity {
	case finding.Error:
		s.Errors++
	case finding.Warning:
		s.Warnings++
	default:
		s.Notes++
	}
}

// Writer receives the findings of a run in order and prints them.
type Writer interface {
	// File is called for each linted file in output order, with its sorted
	// findings. A JSON Lines stream may come in several calls with the same
	// name, in line order.
	File(name string, findings []finding.Finding) error
	// Finish is called once at the end.
	Finish(s Summary) error
}

// Options are what the writers may need besides the findings.
type Options struct {
	Color   bool               // text: colour the output
	Quiet   bool               // text: no summary line
	Rules   []finding.RuleInfo // sarif: the catalogue of rules
	Tool    string             // the program name, for formats that name it
	Version string
}

// Formats lists the names --format accepts.
func Formats() []string {
	names := make([]string, 0, len(constructors))
	for name := range constructors {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

var constructors = map[string]func(io.Writer, Options) Writer{
	"text":   newText,
	"json":   newJSON,
	"sarif":  newSARIF,
	"junit":  newJUnit,
	"github": newGitHub,
}

// New returns the writer for a format name. Everything it prints passes the
// masking step first (masked).
func New(format string, w io.Writer, opts Options) (Writer, error) {
	c, ok := constructors[strings.ToLower(format)] // like --fail-on ERROR, --format JSON is fine
	if !ok {
		return nil, fmt.Errorf("unknown format %q; use one of %s", format, strings.Join(Formats(), ", "))
	}
	return masked{c(w, opts)}, nil
}
