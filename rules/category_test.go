package rules

import "testing"

func TestActionCategory(t *testing.T) {
	const ptr = "/jobDetails/data/actionTypeId/category"
	category := func(v string) string { return jobWith(`{"actionTypeId": {"category": ` + v + `}}`) }
	runCases(t, ActionCategory{}, []ruleCase{
		{"valid", category(`"Build"`), nil},
		{"compute", category(`"Compute"`), nil},
		{"lowercase", category(`"build"`), []result{errorAt(ptr, `"build" is not a category; did you mean "Build"?`)}},
		{"plural", category(`"Deploys"`), []result{errorAt(ptr, `"Deploys" is not a category; did you mean "Deploy"?`)}},
		{"swapped letters", category(`"Tset"`), []result{errorAt(ptr, `"Tset" is not a category; did you mean "Test"?`)}},
		{"space", category(`"Approval "`), []result{errorAt(ptr, `"Approval " is not a category; did you mean "Approval"?`)}},
		{"other word", category(`"Release"`), []result{errorAt(ptr, `"Release" is not a category; use one of "Source", "Build", "Deploy", "Test", "Invoke", "Approval" or "Compute"`)}},
		{"empty", category(`""`), []result{errorAt(ptr, `"" is not a category; use one of "Source", "Build", "Deploy", "Test", "Invoke", "Approval" or "Compute"`)}},
		{"number skipped", category(`3`), nil},
		{"missing skipped", jobWith(`{"actionTypeId": {}}`), nil},
		{"poll for jobs", `{"jobs": [{"data": {"actionTypeId": {"category": "Build"}}}, {"data": {"actionTypeId": {"category": "source"}}}]}`,
			[]result{errorAt("/jobs/1/data/actionTypeId/category", `"source" is not a category; did you mean "Source"?`)}},
	})
}
