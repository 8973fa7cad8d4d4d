// Package output prints findings. Each format has one writer in a file of its
// own; the command picks one with --format.
package output

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// Summary counts what a run linted and found. Events, Jobs and
// CredentialSets add up the counts of the log containers (FileCounts); the
// JSON format shows them only when a log container was read (Logs).
type Summary struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Errors    int `json:"errors"`
	Warnings  int `json:"warnings"`
	Notes     int `json:"notes"`

	Logs           int `json:"-"` // log containers read
	Events         int `json:"-"`
	Jobs           int `json:"-"`
	CredentialSets int `json:"-"`
}

// MarshalJSON writes the counts of the log containers only when one was
// read, so that the output of a run without any stays as it was.
func (s Summary) MarshalJSON() ([]byte, error) {
	type plain Summary // without this method
	if s.Logs == 0 {
		return json.Marshal(plain(s))
	}
	return json.Marshal(struct {
		plain
		Events         int `json:"events"`
		Jobs           int `json:"jobs"`
		CredentialSets int `json:"credentialSets"`
	}{plain(s), s.Events, s.Jobs, s.CredentialSets})
}

// FileCounts is what one log container held: the log events read, the jobs
// found in their messages, and the access key ids reported as leaked (each
// one a credential set).
type FileCounts struct {
	File           string `json:"file"`
	Events         int    `json:"events"`
	Jobs           int    `json:"jobs"`
	CredentialSets int    `json:"credentialSets"`
}

// AddFile counts one log container.
func (s *Summary) AddFile(c FileCounts) {
	s.Logs++
	s.Events += c.Events
	s.Jobs += c.Jobs
	s.CredentialSets += c.CredentialSets
}

// Counter is a Writer that also prints what each log container held (the
// JSON format does). The command calls Counts once per log container, after
// the file's findings.
type Counter interface {
	Counts(c FileCounts) error
}

// withEvent is a finding's message followed by the log event it came from,
// if any, as the text formats print it.
func withEvent(f *finding.Finding) string {
	if f.Event == "" {
		return f.Message
	}
	return f.Message + " (" + f.Event + ")"
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
