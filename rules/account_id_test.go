package rules

import "testing"

func TestAccountID(t *testing.T) {
	const ptr = "/jobDetails/accountId"
	account := func(v string) string { return `{"jobDetails": {"accountId": ` + v + `}}` }
	const form = `an account id is a string of 12 digits such as "012345678901"`
	runCases(t, AccountID{}, []ruleCase{
		{"valid", account(`"012345678901"`), nil},
		{"number", account(`123456789012`), []result{errorAt(ptr, `accountId must be a string of 12 digits such as "012345678901"; a number loses leading zeros`)}},
		{"number lost its zero", account(`12345678901`), []result{errorAt(ptr, `accountId must be a string of 12 digits such as "012345678901"; a number loses leading zeros`)}},
		{"too short", account(`"12345678901"`), []result{errorAt(ptr, "accountId has 11 digits; "+form)}},
		{"too long", account(`"1234567890123"`), []result{errorAt(ptr, "accountId has 13 digits; "+form)}},
		{"dashes", account(`"1234-5678-9012"`), []result{errorAt(ptr, "accountId is written with dashes; "+form)}},
		{"letters", account(`"12345678901a"`), []result{errorAt(ptr, "accountId has characters other than digits; "+form)}},
		{"space", account(`" 123456789012"`), []result{errorAt(ptr, "accountId has characters other than digits; "+form)}},
		{"empty", account(`""`), []result{errorAt(ptr, "accountId is empty; "+form)}},
		{"boolean skipped", account(`true`), nil},
		{"null skipped", account(`null`), nil},
		{"missing", `{"jobDetails": {}}`, nil},
		{"poll for jobs", `{"jobs": [{"accountId": "123456789012"}, {"accountId": 1}]}`,
			[]result{errorAt("/jobs/1/accountId", `accountId must be a string of 12 digits such as "012345678901"; a number loses leading zeros`)}},
	})
}
