package rules

import "testing"

func TestActionOwner(t *testing.T) {
	const ptr = "/jobDetails/data/actionTypeId/owner"
	owner := func(v string) string { return jobWith(`{"actionTypeId": {"owner": ` + v + `}}`) }
	runCases(t, ActionOwner{}, []ruleCase{
		{"custom", owner(`"Custom"`), nil},
		{"lowercase", owner(`"custom"`), []result{errorAt(ptr, `"custom" is not an owner; did you mean "Custom"?`)}},
		{"near miss", owner(`"ThirdPary"`), []result{errorAt(ptr, `"ThirdPary" is not an owner; did you mean "ThirdParty"?`)}},
		{"upper", owner(`"AMAZON"`), []result{errorAt(ptr, `"AMAZON" is not an owner; use one of "AWS", "ThirdParty" or "Custom"`)}},
		{"aws", owner(`"AWS"`), []result{warningAt(ptr, `owner "AWS" is unexpected in a GetJobDetails response, which serves custom actions only (owner "Custom")`)}},
		{"third party", owner(`"ThirdParty"`), []result{warningAt(ptr,
			`owner "ThirdParty" is unexpected in a GetJobDetails response, which serves custom actions only (owner "Custom"); third-party jobs come from GetThirdPartyJobDetails`)}},
		{"third party polled", `{"jobs": [{"data": {"actionTypeId": {"owner": "ThirdParty"}}}]}`, []result{warningAt("/jobs/0/data/actionTypeId/owner",
			`owner "ThirdParty" is unexpected in a PollForJobs response, which serves custom actions only (owner "Custom"); third-party jobs come from PollForThirdPartyJobs`)}},
		{"number skipped", owner(`1`), nil},
		{"third party in its own response", `{"jobDetails": {"nonce": "3", "data": {"actionTypeId": {"owner": "ThirdParty"}}}}`, nil},
		{"custom in a third-party response", `{"jobDetails": {"nonce": "3", "data": {"actionTypeId": {"owner": "Custom"}}}}`, []result{warningAt(ptr,
			`owner "Custom" is unexpected in a GetThirdPartyJobDetails response, which serves third-party actions only (owner "ThirdParty"); custom action jobs come from GetJobDetails`)}},
		{"aws in a third-party response", `{"jobDetails": {"nonce": "3", "data": {"actionTypeId": {"owner": "AWS"}}}}`, []result{warningAt(ptr,
			`owner "AWS" is unexpected in a GetThirdPartyJobDetails response, which serves third-party actions only (owner "ThirdParty")`)}},
		{"misspelt in a third-party response", `{"jobDetails": {"nonce": "3", "data": {"actionTypeId": {"owner": "thirdparty"}}}}`, []result{errorAt(ptr,
			`"thirdparty" is not an owner; did you mean "ThirdParty"?`)}},
	})
}
