package rules

import "testing"

func TestPipelineContext(t *testing.T) {
	const (
		ctxPtr  = "/jobDetails/data/pipelineContext"
		arnPtr  = ctxPtr + "/pipelineArn"
		execPtr = ctxPtr + "/pipelineExecutionId"
		actPtr  = ctxPtr + "/action/actionExecutionId"
		form    = "; a pipeline ARN looks like arn:aws:codepipeline:us-east-1:123456789012:MyPipeline"
	)
	ctx := func(members string) string { return jobWith(`{"pipelineContext": {` + members + `}}`) }
	pipelineArn := func(arn string) string {
		return ctx(`"pipelineName": "MyPipeline", "pipelineArn": "` + arn + `"`)
	}
	runCases(t, PipelineContext{}, []ruleCase{
		{"valid", ctx(`"pipelineName": "MyPipeline", "pipelineArn": "arn:aws:codepipeline:us-east-1:123456789012:MyPipeline",
			"pipelineExecutionId": "3f8c5a2e-9b1d-4c7e-8a6f-2d4b9e1c7a30", "action": {"name": "Build", "actionExecutionId": "7d2e9c41-5a3b-4f60-9e18-c4b7a2d05f93"}`), nil},
		{"gov partition", pipelineArn("arn:aws-us-gov:codepipeline:us-gov-west-1:123456789012:MyPipeline"), nil},
		{"no pipelineName", ctx(`"pipelineArn": "arn:aws:codepipeline:us-east-1:123456789012:Other"`), nil},
		{"name differs", pipelineArn("arn:aws:codepipeline:us-east-1:123456789012:OtherPipeline"),
			[]result{warningAt(arnPtr, `pipelineArn names pipeline "OtherPipeline" but pipelineName is "MyPipeline"`)}},
		{"account differs", pipelineArn("arn:aws:codepipeline:us-east-1:111122223333:MyPipeline"),
			[]result{warningAt(arnPtr, "pipelineArn is in account 111122223333 but accountId is 123456789012")}},
		{"not an arn", pipelineArn("MyPipeline"), []result{errorAt(arnPtr, "pipelineArn is not an ARN"+form)}},
		{"partition", pipelineArn("arn:amazon:codepipeline:us-east-1:123456789012:MyPipeline"),
			[]result{errorAt(arnPtr, `pipelineArn has partition "amazon"; a partition is "aws" or starts with "aws-"`+form)}},
		{"service", pipelineArn("arn:aws:codebuild:us-east-1:123456789012:project/MyPipeline"),
			[]result{errorAt(arnPtr, `pipelineArn is an ARN of service "codebuild", not "codepipeline"`+form)}},
		{"no region", pipelineArn("arn:aws:codepipeline::123456789012:MyPipeline"), []result{errorAt(arnPtr, "pipelineArn has no region"+form)}},
		{"short account", pipelineArn("arn:aws:codepipeline:us-east-1:12345678901:MyPipeline"),
			[]result{errorAt(arnPtr, `pipelineArn has account "12345678901"; an account id is 12 digits`+form)}},
		{"no name", pipelineArn("arn:aws:codepipeline:us-east-1:123456789012:"), []result{errorAt(arnPtr, "pipelineArn has no pipeline name"+form)}},
		{"line break", pipelineArn(`arn:aws:codepipeline:us-east-1:123456789012:My\nPipeline`), []result{errorAt(arnPtr, "pipelineArn has a line break"+form)}},
		// The model's pattern lets these through (its region is ".+", and
		// "." takes a carriage return), but AWS issues no such ARN.
		{"colon in region", pipelineArn("arn:aws:codepipeline:us-east-1:x:123456789012:MyPipeline"),
			[]result{warningAt(arnPtr, `pipelineArn has account "x"; an account id is 12 digits`+form)}},
		{"carriage return", pipelineArn(`arn:aws:codepipeline:us-east-1:123456789012:My\rPipeline`), []result{warningAt(arnPtr, "pipelineArn has a line break"+form)}},
		{"execution id not a uuid", ctx(`"pipelineExecutionId": "exec-42"`),
			[]result{errorAt(execPtr, `pipelineExecutionId must be a lowercase UUID such as "3f8c5a2e-9b1d-4c7e-8a6f-2d4b9e1c7a30"`)}},
		{"execution id uppercase", ctx(`"pipelineExecutionId": "3F8C5A2E-9B1D-4C7E-8A6F-2D4B9E1C7A30"`),
			[]result{errorAt(execPtr, "pipelineExecutionId must be a lowercase UUID; write its letters in lowercase")}},
		{"execution id spaces", ctx(`"pipelineExecutionId": " 3f8c5a2e-9b1d-4c7e-8a6f-2d4b9e1c7a30"`),
			[]result{errorAt(execPtr, "pipelineExecutionId must be a lowercase UUID; remove the spaces around it")}},
		{"action execution id", ctx(`"action": {"actionExecutionId": "12345"}`),
			[]result{warningAt(actPtr, `actionExecutionId must be a lowercase UUID such as "3f8c5a2e-9b1d-4c7e-8a6f-2d4b9e1c7a30"`)}},
		{"wrong types skipped", ctx(`"pipelineArn": 1, "pipelineExecutionId": 2, "action": {"actionExecutionId": 3}`), nil},
	})
}

func TestPipelineContextInvalidAccountID(t *testing.T) {
	// The account comparison needs a valid accountId; a bad one is
	// account-id's to report.
	doc := `{"jobDetails": {"accountId": 123456789012, "data": {"pipelineContext": {"pipelineArn": "arn:aws:codepipeline:us-east-1:111122223333:P"}}}}`
	if got := runRule(t, PipelineContext{}, doc); len(got) != 0 {
		t.Errorf("got\n%s", format(got))
	}
}
