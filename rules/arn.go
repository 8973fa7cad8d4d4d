package rules

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// pipelineARNShape is the model's PipelineArn, whose pattern decides whether
// a pipeline ARN is valid.
var pipelineARNShape = schema.MustLookup("PipelineArn")

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

// pipelineARNProblem says what keeps s from being a CodePipeline pipeline
// ARN as AWS issues them, or returns "" with the parsed ARN when it is one.
// It explains; whether the model's pattern allows s is for
// pipelineARNShape to say. It is stricter than the pattern (a region holds
// no ':', no line break at all), so an ARN it accepts the model allows too.
func pipelineARNProblem(s string) (string, arn) {
	a, ok := parseARN(s)
	switch {
	case !ok:
		return "is not an ARN", a
	case !schema.IsPartition(a.partition):
		return "has partition " + secrets.Quote(a.partition) + `; a partition is "aws" or starts with "aws-"`, a
	case a.service != "codepipeline":
		return "is an ARN of service " + secrets.Quote(a.service) + `, not "codepipeline"`, a
	case a.region == "":
		return "has no region", a
	case !isAccountID(a.account):
		return "has account " + secrets.Quote(a.account) + "; an account id is 12 digits", a
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
