package rules

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
)

// AccountID checks that accountId is a string of 12 digits. Unlike most
// rules it reports a JSON number itself: the schema would only say "expected
// string", while the real trouble is that a number drops leading zeros.
type AccountID struct{}

func (AccountID) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "account-id", Severity: finding.Error, Forms: accountForms,
		Description: "accountId is a string of 12 digits",
		Replaces:    []string{schema.TypeRule, schema.PatternRule}}
}

const accountIDForm = `an account id is a string of 12 digits such as "012345678901"`

func (AccountID) Check(job document.Job, r *Reporter) {
	v := job.Node.Get("accountId")
	if v == nil {
		return
	}
	ptr := document.Key(job.Pointer, "accountId")
	switch {
	case v.Kind == document.Number:
		r.Report(v, ptr, `accountId must be a string of 12 digits such as "012345678901"; a number loses leading zeros`)
	case v.Kind != document.String || isAccountID(v.Str):
	case v.Str == "":
		r.Report(v, ptr, "accountId is empty; %s", accountIDForm)
	case isAccountID(strings.ReplaceAll(v.Str, "-", "")):
		r.Report(v, ptr, "accountId is written with dashes; %s", accountIDForm)
	case isDigits(v.Str):
		r.Report(v, ptr, "accountId has %d digits; %s", len(v.Str), accountIDForm)
	default:
		r.Report(v, ptr, "accountId has characters other than digits; %s", accountIDForm)
	}
}
