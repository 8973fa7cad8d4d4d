package rules

import (
	"slices"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// owners are the values of ActionOwner, in the model's order.
var owners = []string{"AWS", "ThirdParty", "Custom"}

// ActionOwner checks data.actionTypeId.owner against the model's enumeration.
// GetJobDetails and PollForJobs serve custom actions only (AWS's own actions
// never reach a job worker, third-party ones go through
// GetThirdPartyJobDetails and PollForThirdPartyJobs), so a valid owner other
// than Custom is a warning there.
type ActionOwner struct{}

func (ActionOwner) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "action-owner", Severity: finding.Error,
		Description: "data.actionTypeId.owner is one of " + joinValues(owners) + ", and Custom for the jobs of a custom action"}
}

func (ActionOwner) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	typeID, ptr := object(data, ptr, "actionTypeId")
	v, ptr := str(typeID, ptr, "owner")
	switch {
	case v == nil || v.Str == "Custom":
	case !slices.Contains(owners, v.Str):
		r.Report(v, ptr, "%s", notOneOf(v.Str, "an owner", owners))
	case job.Envelope == document.GetJobDetails || job.Envelope == document.PollForJobs:
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
