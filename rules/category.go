package rules

import (
	"slices"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// categories are the values of ActionCategory, in the model's order.
var categories = []string{"Source", "Build", "Deploy", "Test", "Invoke", "Approval", "Compute"}

// ActionCategory checks data.actionTypeId.category against the model's
// enumeration and names the value that was most likely meant.
type ActionCategory struct{}

func (ActionCategory) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "action-category", Severity: finding.Error,
		Description: "data.actionTypeId.category is one of " + joinValues(categories) + ", spelt exactly"}
}

func (ActionCategory) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	typeID, ptr := object(data, ptr, "actionTypeId")
	v, ptr := str(typeID, ptr, "category")
	if v != nil && !slices.Contains(categories, v.Str) {
		r.Report(v, ptr, "%s", notOneOf(v.Str, "a category", categories))
	}
}
