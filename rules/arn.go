package rules

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// arn is an Amazon Resource Name split into its parts:
// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE. The resource may itself hold
// colons and slashes.
type arn struct {
	partition, service, region, account, resource string
}

// parseARN splits s into the parts of an ARN. It checks only the shape
// (six colon-separated parts starting with "arn"); what each part may hold
// depends on the service and is for the caller to check.
func parseARN(s string) (arn, bool) {
	parts := strings.SplitN(s, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" {
		return arn{}, false
	}
	return arn{partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts[5]}, true
}

// isPartition reports whether p is "aws" or "aws-" followed by dash-separated
// words (aws-cn, aws-us-gov, aws-iso-b), as the model's ARN pattern allows.
func isPartition(p string) bool {
	rest, ok := strings.CutPrefix(p, "aws")
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	if rest[0] != '-' {
		return false
	}
	for _, word := range strings.Split(rest[1:], "-") {
		if !isWord(word) {
			return false
		}
	}
	return true
}

// isWord reports whether s is one or more letters, digits or underscores.
func isWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return s != ""
}

// pipelineARNProblem says what keeps s from being a CodePipeline pipeline
// ARN, or returns "" with the parsed ARN when it is one. It is at least as
// strict as the model's pattern for pipelineArn, so that whenever the rule
// stays quiet about the form, the schema has nothing to say either.
func pipelineARNProblem(s string) (string, arn) {
	a, ok := parseARN(s)
	switch {
	case !ok:
		return "is not an ARN", a
	case !isPartition(a.partition):
		return "has partition " + quote(a.partition) + `; a partition is "aws" or starts with "aws-"`, a
	case a.service != "codepipeline":
		return "is an ARN of service " + quote(a.service) + `, not "codepipeline"`, a
	case a.region == "":
		return "has no region", a
	case !isAccountID(a.account):
		return "has account " + quote(a.account) + "; an account id is 12 digits", a
	case a.resource == "":
		return "has no pipeline name", a
	case strings.ContainsAny(s, "\r\n"):
		return "has a line break", a
	}
	return "", a
}

// jobPipelineARN returns the parsed data.pipelineContext.pipelineArn of a
// job when it is a valid pipeline ARN.
func jobPipelineARN(job document.Job) (arn, bool) {
	data, _ := jobData(job)
	ctx, _ := object(data, "", "pipelineContext")
	if v := ctx.Get("pipelineArn"); v.IsString() {
		if problem, a := pipelineARNProblem(v.Str); problem == "" {
			return a, true
		}
	}
	return arn{}, false
}

// jobAccount returns the job's accountId when it is a valid one.
func jobAccount(job document.Job) (string, bool) {
	v := job.Node.Get("accountId")
	if v.IsString() && isAccountID(v.Str) {
		return v.Str, true
	}
	return "", false
}
