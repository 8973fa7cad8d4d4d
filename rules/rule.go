// Package rules holds the Go checks that a JSON Schema cannot express well.
// Each rule lives in its own file with its own test; All lists them in order.
//
// Rules read the enums, patterns and length bounds of the output model from
// package schema (schema.MustLookup), never from a copy. A rule that checks
// a constraint of the model, to say more than the schema can, names the
// schema rule in RuleInfo.Replaces; the linter then shows its finding
// instead of the schema's about the same value.
package rules

import (
	"fmt"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
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

// The forms whose jobs have what a rule checks (Form.Short names). The
// Lambda event has no actionTypeId and no pipelineContext; a third-party job
// has no accountId; a PollForThirdPartyJobs item holds ids only, which the
// schema checks.
var (
	dataForms       = shortNames(document.LambdaEvent, document.GetJobDetails, document.PollForJobs, document.GetThirdPartyJobDetails)
	actionTypeForms = shortNames(document.GetJobDetails, document.PollForJobs, document.GetThirdPartyJobDetails)
	accountForms    = shortNames(document.LambdaEvent, document.GetJobDetails, document.PollForJobs)
)

func shortNames(forms ...document.Form) []string {
	names := make([]string, len(forms))
	for i, f := range forms {
		names[i] = f.Short()
	}
	return names
}

// The shapes of the model whose facts the helpers below read.
var (
	accountIDShape = schema.MustLookup("AccountId")
	// The model's execution and job ids share one pattern: a lowercase UUID.
	uuidShape = schema.MustLookup("PipelineExecutionId")
)

// isUUID reports whether s is a UUID in 8-4-4-4-12 hex form, in lowercase
// only or in either case.
func isUUID(s string, lowercaseOnly bool) bool {
	if !lowercaseOnly {
		s = strings.ToLower(s) // no copy when s has no uppercase letter
	}
	return uuidShape.Allows(s)
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

// isAccountID reports whether s is an AWS account id as the model has it.
func isAccountID(s string) bool { return accountIDShape.Allows(s) }
