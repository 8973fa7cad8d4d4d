// Package finding holds the one result type every check produces, and its ordering.
package finding

import (
	"fmt"
	"sort"
	"strings"
)

// Severity orders findings by importance: Note < Warning < Error.
type Severity int

const (
	Note Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Note:
		return "note"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads "error", "warning" or "note".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "note":
		return Note, nil
	}
	return 0, fmt.Errorf("%q is not a severity; use error, warning or note", s)
}

// MarshalText lets encoders write a severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one problem at one place in one file.
//
// Line and Column are 1-based and point at the value the finding is about; for a
// missing member they point at the object that lacks it. Pointer is an RFC 6901
// JSON pointer into the document ("" for the whole document).
//
// Event names the log event that a finding inside a log message came from
// (see package logs), such as "log event 2026-12-02T10:15:00.123Z in
// 2026/12/02/[$LATEST]0a1b"; it is empty for every other finding, and then
// the pointer is into the file's own document, not into a job in a message.
type Finding struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	Pointer  string   `json:"pointer"`
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Event    string   `json:"event,omitempty"`
}

// Less is the output order: file, line, column, rule, then pointer, message
// and event so that the order is total and output is deterministic.
func Less(a, b *Finding) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	if a.Pointer != b.Pointer {
		return a.Pointer < b.Pointer
	}
	if a.Message != b.Message {
		return a.Message < b.Message
	}
	return a.Event < b.Event
}

// SortUnique sorts findings into output order and drops exact duplicates.
func SortUnique(fs []Finding) []Finding {
	sort.Slice(fs, func(i, j int) bool { return Less(&fs[i], &fs[j]) })
	out := fs[:0]
	for i := range fs {
		if len(out) > 0 && out[len(out)-1] == fs[i] {
			continue
		}
		out = append(out, fs[i])
	}
	return out
}

// RuleInfo describes one check for the catalogue (`jobdetails-lint rules`,
// the README table, SARIF's rule list).
type RuleInfo struct {
	ID          string
	Severity    Severity // the default severity
	Description string   // one line: what it checks
	// Fixed rules cannot be turned off, lowered or suppressed by a config
	// file: an input that cannot be read must never pass.
	Fixed bool
	// Replaces lists the schema rules whose finding this rule's finding
	// replaces at the same place: the rule checks the same constraint of the
	// model and says more (it names the value that was meant).
	Replaces []string
	// Forms lists the forms of document the rule checks, by the short names
	// of document.Form (lambda, get, poll, get-third-party,
	// poll-third-party); nil means every document.
	Forms []string
}
