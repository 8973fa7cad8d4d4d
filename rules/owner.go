package rules

import (
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
)

// ownerShape is the model's ActionOwner: its enum lists the owners.
var ownerShape = schema.MustLookup("ActionOwner")

// ActionOwner checks data.actionTypeId.owner against the model's enumeration.
// GetJobDetails and PollForJobs serve custom actions only (AWS's own actions
// never reach a job worker, third-party ones go through
// GetThirdPartyJobDetails and PollForThirdPartyJobs), so a valid owner other
// than Custom is a warning there.
type ActionOwner struct{}

func (ActionOwner) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "action-owner", Severity: finding.Error,
		Description: "data.actionTypeId.owner is one of " + joinValues(ownerShape.Enum) + ", and Custom for the jobs of a custom action",
		Replaces:    []string{schema.EnumRule}}
}

func (ActionOwner) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	typeID, ptr := object(data, ptr, "actionTypeId")
	v, ptr := str(typeID, ptr, "owner")
	switch {
	case v == nil || v.Str == "Custom":
	case !ownerShape.Allows(v.Str):
		r.Report(v, ptr, "%s", notOneOf(v.Str, "an owner", ownerShape.Enum))
	case job.Envelope == document.GetJobDetails || job.Envelope == document.PollForJobs:
		// A judgement about this value: the owner is valid, but not for
		// this API, so it is a warning whatever the rule's severity.
		msg := "owner %q is unexpected in a %s response, which serves custom actions only (owner \"Custom\")"
		if v.Str == "ThirdParty" {
			msg += "; third-party jobs come from " + thirdPartyAPI(job.Envelope)
		}
		r.ReportAs(finding.Warning, v, ptr, msg, v.Str, job.Envelope)
	}
}

func thirdPartyAPI(env document.Envelope) string {
	if env == document.PollForJobs {
		return "PollForThirdPartyJobs"
	}
	return "GetThirdPartyJobDetails"
}
