// Package rules holds the Go checks that a JSON Schema cannot express well.
// Each rule lives in its own file with its own test; All lists them in order.
package rules

import (
	"fmt"

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
