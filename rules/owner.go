package rules

import (
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// ownerShape is the model's ActionOwner: its enum lists the owners.
var ownerShape = schema.MustLookup("ActionOwner")

// ActionOwner checks data.actionTypeId.owner against the model's enumeration.
// Each operation serves one kind of action: GetJobDetails and PollForJobs
// custom actions (owner Custom), GetThirdPartyJobDetails and
// PollForThirdPartyJobs partner actions (owner ThirdParty); AWS's own actions
// never reach a job worker. A valid owner that the operation does not serve
// is a warning.
type ActionOwner struct{}

func (ActionOwner) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "action-owner", Severity: finding.Error, Forms: actionTypeForms,
		Description: "data.actionTypeId.owner is one of " + suggest.List(ownerShape.Enum, "or") +
			", and the owner the operation serves: Custom for GetJobDetails and PollForJobs, ThirdParty for the third-party operations",
		Replaces: []string{schema.EnumRule}}
}

func (ActionOwner) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	typeID, ptr := object(data, ptr, "actionTypeId")
	v, ptr := str(typeID, ptr, "owner")
	thirdParty := job.Form.ThirdParty()
	// A valid owner that the operation does not serve is a judgement about
	// this value, so it is a warning whatever the rule's severity.
	switch {
	case v == nil || (!thirdParty && v.Str == "Custom") || (thirdParty && v.Str == "ThirdParty"):
	case !ownerShape.Allows(v.Str):
		r.Report(v, ptr, "%s", notOneOf(v.Str, "an owner", ownerShape.Enum))
	case thirdParty:
		msg := `owner %q is unexpected in a %s response, which serves third-party actions only (owner "ThirdParty")`
		if v.Str == "Custom" {
			msg += "; custom action jobs come from " + customAPI(job.Form)
		}
		r.ReportAs(finding.Warning, v, ptr, msg, v.Str, job.Form)
	default:
		msg := `owner %q is unexpected in a %s response, which serves custom actions only (owner "Custom")`
		if v.Str == "ThirdParty" {
			msg += "; third-party jobs come from " + thirdPartyAPI(job.Form)
		}
		r.ReportAs(finding.Warning, v, ptr, msg, v.Str, job.Form)
	}
}

func thirdPartyAPI(form document.Form) string {
	if form == document.PollForJobs {
		return "PollForThirdPartyJobs"
	}
	return "GetThirdPartyJobDetails"
}

func customAPI(form document.Form) string {
	if form == document.PollForThirdPartyJobs {
		return "PollForJobs"
	}
	return "GetJobDetails"
}
