// Package rules holds the Go checks that a JSON Schema cannot express well.
// Each rule lives in its own file with its own test; All lists them in order.
package rules

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// Rule is one check over one job of a response.
type Rule interface {
	Info() finding.RuleInfo
	Check(job document.Job, r *Reporter)
}

// Reporter collects the findings of one rule. The file name is filled in later.
type Reporter struct {
	info     finding.RuleInfo
	findings []finding.Finding
}

// NewReporter returns a reporter for the rule described by info.
func NewReporter(info finding.RuleInfo) *Reporter { return &Reporter{info: info} }

// Switch makes r report for another rule; what was reported so far stays.
// One reporter can so collect the findings of every rule on a job.
func (r *Reporter) Switch(info finding.RuleInfo) { r.info = info }

// Findings returns what was reported.
func (r *Reporter) Findings() []finding.Finding { return r.findings }

// Report records a finding of the rule's default severity about node n at pointer.
func (r *Reporter) Report(n *document.Node, pointer, format string, args ...any) {
	r.ReportAs(r.info.Severity, n, pointer, format, args...)
}

// ReportAs records a finding with an explicit severity.
func (r *Reporter) ReportAs(sev finding.Severity, n *document.Node, pointer, format string, args ...any) {
	f := finding.Finding{Pointer: pointer, Rule: r.info.ID, Severity: sev, Message: fmt.Sprintf(format, args...)}
	if n != nil {
		f.Line, f.Column = n.Line, n.Col
	}
	r.findings = append(r.findings, f)
}

// jobData returns the job's data object and its pointer, or nil when the job
// has no data object.
func jobData(job document.Job) (*document.Node, string) {
	return object(job.Node, job.Pointer, "data")
}

// object returns the member key of n and its pointer when that member is an
// object, or nil. A member of another type is left to the schema.
func object(n *document.Node, pointer, key string) (*document.Node, string) {
	v := n.Get(key)
	if v == nil || v.Kind != document.Object {
		return nil, ""
	}
	return v, document.Key(pointer, key)
}

// str returns the member key of n and its pointer when that member is a
// string, or nil. Rules skip values of the wrong type: the schema reports them.
func str(n *document.Node, pointer, key string) (*document.Node, string) {
	v := n.Get(key)
	if !v.IsString() {
		return nil, ""
	}
	return v, document.Key(pointer, key)
}

// quote puts s in double quotes for a message, cut short when it is long so
// that one odd value cannot flood the output.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// isUUID reports whether s is a UUID in 8-4-4-4-12 hex form, in lowercase
// only or in either case.
func isUUID(s string, lowercaseOnly bool) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if c != '-' {
				return false
			}
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f':
		case 'A' <= c && c <= 'F' && !lowercaseOnly:
		default:
			return false
		}
	}
	return true
}

// isDigits reports whether s is non-empty and all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isAccountID reports whether s is an AWS account id: 12 digits.
func isAccountID(s string) bool { return len(s) == 12 && isDigits(s) }
