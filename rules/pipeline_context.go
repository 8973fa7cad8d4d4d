package rules

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// PipelineContext checks data.pipelineContext: that pipelineArn is a
// CodePipeline ARN that agrees with pipelineName and accountId, and that the
// execution ids are UUIDs.
//
// The model gives pipelineArn and pipelineExecutionId a pattern. A value
// that breaks it, as the model decides, is an error, the schema's severity,
// and the rule's finding, which says what is wrong, replaces the schema's.
// What the model does not forbid (a name or account that disagrees, an
// actionExecutionId that is not a UUID, an ARN the pattern lets through but
// AWS would not issue) is a warning.
type PipelineContext struct{}

func (PipelineContext) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "pipeline-context", Severity: finding.Warning, Forms: actionTypeForms,
		Description: "data.pipelineContext: pipelineArn is a CodePipeline ARN that matches pipelineName and accountId; execution ids are UUIDs",
		Replaces:    []string{schema.PatternRule}}
}

// exampleUUID shows what an execution id looks like.
const exampleUUID = "3f8c5a2e-9b1d-4c7e-8a6f-2d4b9e1c7a30"

const pipelineARNForm = "a pipeline ARN looks like arn:aws:codepipeline:us-east-1:123456789012:MyPipeline"

func (PipelineContext) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	ctx, ptr := object(data, ptr, "pipelineContext")
	if ctx == nil {
		return
	}
	checkPipelineARN(job, ctx, ptr, r)
	if v, p := str(ctx, ptr, "pipelineExecutionId"); v != nil {
		checkUUID(v, p, "pipelineExecutionId", finding.Error, r)
	}
	action, p := object(ctx, ptr, "action")
	if v, p := str(action, p, "actionExecutionId"); v != nil {
		checkUUID(v, p, "actionExecutionId", finding.Warning, r)
	}
}

func checkPipelineARN(job document.Job, ctx *document.Node, ptr string, r *Reporter) {
	v, ptr := str(ctx, ptr, "pipelineArn")
	if v == nil {
		return
	}
	problem, a := pipelineARNProblem(v.Str)
	if problem != "" {
		// An ARN that the model lets through but AWS would not issue is a
		// warning; one the model forbids is an error, as is the schema's
		// finding that this one replaces.
		sev := finding.Warning
		if !pipelineARNShape.Allows(v.Str) {
			sev = finding.Error
		}
		r.ReportAs(sev, v, ptr, "pipelineArn %s; %s", problem, pipelineARNForm)
		return
	}
	if name := ctx.Get("pipelineName"); name.IsString() && name.Str != a.resource {
		r.Report(v, ptr, "pipelineArn names pipeline %s but pipelineName is %s", secrets.Quote(a.resource), secrets.Quote(name.Str))
	}
	if account, ok := jobAccount(job); ok && account != a.account {
		r.Report(v, ptr, "pipelineArn is in account %s but accountId is %s", a.account, account)
	}
}

// checkUUID reports an id that is not a lowercase UUID, at severity sev.
func checkUUID(v *document.Node, ptr, name string, sev finding.Severity, r *Reporter) {
	switch {
	case isUUID(v.Str, true):
	case isUUID(v.Str, false):
		r.ReportAs(sev, v, ptr, "%s must be a lowercase UUID; write its letters in lowercase", name)
	case isUUID(strings.TrimSpace(v.Str), true):
		r.ReportAs(sev, v, ptr, "%s must be a lowercase UUID; remove the spaces around it", name)
	default:
		r.ReportAs(sev, v, ptr, "%s must be a lowercase UUID such as %q", name, exampleUUID)
	}
}
