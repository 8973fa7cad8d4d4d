package rules

import (
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// categoryShape is the model's ActionCategory: its enum lists the categories.
var categoryShape = schema.MustLookup("ActionCategory")

// ActionCategory checks data.actionTypeId.category against the model's
// enumeration and names the value that was most likely meant.
type ActionCategory struct{}

func (ActionCategory) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "action-category", Severity: finding.Error, Forms: actionTypeForms,
		Description: "data.actionTypeId.category is one of " + suggest.List(categoryShape.Enum, "or") + ", spelt exactly",
		Replaces:    []string{schema.EnumRule}}
}

func (ActionCategory) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	typeID, ptr := object(data, ptr, "actionTypeId")
	v, ptr := str(typeID, ptr, "category")
	if v != nil && !categoryShape.Allows(v.Str) {
		r.Report(v, ptr, "%s", notOneOf(v.Str, "a category", categoryShape.Enum))
	}
}
