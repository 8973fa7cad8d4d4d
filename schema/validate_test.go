package schema

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// validate decodes a document, finds its envelope and validates it. The
// findings are sorted so that tests can compare them.
func validate(t testing.TB, doc string) []finding.Finding {
	t.Helper()
	root, err := decode.JSON([]byte(doc))
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, doc)
	}
	fs := Validate(root, document.DetectForm(root))
	if n := len(fs); n != len(finding.SortUnique(fs)) {
		t.Errorf("Validate gave duplicate findings: %+v", fs)
	}
	return fs
}

// f builds an expected finding; the severity is the rule's default.
func f(line, col int, pointer, rule, message string) finding.Finding {
	sev := finding.Error
	if rule == "unknown-field" {
		sev = finding.Warning
	}
	return finding.Finding{Line: line, Column: col, Pointer: pointer, Rule: rule, Severity: sev, Message: message}
}

var (
	aaa40 = strings.Repeat("a", 40)
	aaa50 = strings.Repeat("a", 50)
	aaa51 = strings.Repeat("a", 51)
)

var validateTests = []struct {
	name string
	doc  string
	want []finding.Finding
}{
	// schema-type
	{"string found number", `{"jobDetails": {
  "accountId": 111122223333}}`,
		[]finding.Finding{f(2, 16, "/jobDetails/accountId", "schema-type", "accountId must be a string; found a number")}},
	{"object found array", `{"jobDetails": {
  "data": []}}`,
		[]finding.Finding{f(2, 11, "/jobDetails/data", "schema-type", "data must be an object; found an array")}},
	{"required string found null", `{"jobDetails": {"data": {"encryptionKey": {"type": "KMS",
  "id": null}}}}`,
		[]finding.Finding{f(2, 9, "/jobDetails/data/encryptionKey/id", "schema-type", "id must be a string; found null")}},
	{"optional member null", `{"jobDetails": {"id": null, "data": {"inputArtifacts": [{"name": null, "revision": null, "location": null}]}}}`, nil},
	{"optional member neither null nor valid", `{"jobDetails": {"data": {"inputArtifacts": [{
  "revision": 7}]}}}`,
		[]finding.Finding{f(2, 15, "/jobDetails/data/inputArtifacts/0/revision", "schema-type", "revision must be a string; found a number")}},
	{"null job", `{
  "jobDetails": null}`,
		[]finding.Finding{f(2, 17, "/jobDetails", "schema-type", "jobDetails must be an object; found null")}},
	{"null list item", `{"jobDetails": {"data": {"inputArtifacts": [
  null]}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/inputArtifacts/0", "schema-type", "item 0 of inputArtifacts must be an object; found null")}},
	{"string found boolean", `{"jobDetails": {"data": {"pipelineContext": {
  "pipelineName": true}}}}`,
		[]finding.Finding{f(2, 19, "/jobDetails/data/pipelineContext/pipelineName", "schema-type", "pipelineName must be a string; found a boolean")}},
	{"array found object", `{"jobDetails": {"data": {
  "inputArtifacts": {}}}}`,
		[]finding.Finding{f(2, 21, "/jobDetails/data/inputArtifacts", "schema-type", "inputArtifacts must be an array; found an object")}},
	{"list item", `{"jobDetails": {"data": {"outputArtifacts": [{},
  "BuildArtifact"]}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/outputArtifacts/1", "schema-type", "item 1 of outputArtifacts must be an object; found a string")}},
	{"map value", `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {
  "Port": 8080}}}}}`,
		[]finding.Finding{f(2, 11, "/jobDetails/data/actionConfiguration/configuration/Port", "schema-type", `configuration value "Port" must be a string; found a number`)}},
	{"__type must be a string", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1",
  "__type": 1}}}}`,
		[]finding.Finding{f(2, 13, "/jobDetails/data/actionTypeId/__type", "schema-type", "__type must be a string; found a number")}},
	{"jobs not a list", `{
  "jobs": {}}`,
		[]finding.Finding{f(2, 11, "/jobs", "schema-type", "jobs must be an array; found an object")}},

	// schema-required
	{"one missing", `{"jobDetails": {"data": {"encryptionKey":
  {"id": "alias/codepipeline"}}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/encryptionKey", "schema-required", `missing required member "type"`)}},
	{"several missing", `{"jobDetails": {"data": {"actionTypeId":
  {"provider": "CodeBuild", "version": "1"}}}}`,
		[]finding.Finding{
			f(2, 3, "/jobDetails/data/actionTypeId", "schema-required", `missing required member "category"`),
			f(2, 3, "/jobDetails/data/actionTypeId", "schema-required", `missing required member "owner"`),
		}},
	{"missing s3 location members", `{"jobs": [{}, {"data": {"inputArtifacts": [{"location": {
  "s3Location": {}}}]}}]}`,
		[]finding.Finding{
			f(2, 17, "/jobs/1/data/inputArtifacts/0/location/s3Location", "schema-required", `missing required member "bucketName"`),
			f(2, 17, "/jobs/1/data/inputArtifacts/0/location/s3Location", "schema-required", `missing required member "objectKey"`),
		}},

	// schema-enum
	{"one allowed value", `{"jobDetails": {"data": {"encryptionKey": {"id": "alias/codepipeline",
  "type": "KMSX"}}}}`,
		[]finding.Finding{f(2, 11, "/jobDetails/data/encryptionKey/type", "schema-enum", `"KMSX" is not a valid encryption key type; use "KMS"`)}},
	{"several allowed values", `{"jobDetails": {"data": {"actionTypeId": {"owner": "AWS", "provider": "CodeBuild", "version": "1",
  "category": "build"}}}}`,
		[]finding.Finding{f(2, 15, "/jobDetails/data/actionTypeId/category", "schema-enum",
			`"build" is not a valid action category; use one of "Source", "Build", "Deploy", "Test", "Invoke", "Approval" or "Compute"`)}},
	{"owner", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "provider": "CodeBuild", "version": "1",
  "owner": "Amazon"}}}}`,
		[]finding.Finding{f(2, 12, "/jobDetails/data/actionTypeId/owner", "schema-enum", `"Amazon" is not a valid action owner; use one of "AWS", "ThirdParty" or "Custom"`)}},
	{"location type", `{"jobDetails": {"data": {"inputArtifacts": [{"location": {
  "type": "s3"}}]}}}`,
		[]finding.Finding{f(2, 11, "/jobDetails/data/inputArtifacts/0/location/type", "schema-enum", `"s3" is not a valid artifact location type; use "S3"`)}},

	// schema-pattern
	{"job id", `{"jobDetails": {
  "id": "f4f4ff82-2d11-EXAMPLE"}}`,
		[]finding.Finding{f(2, 9, "/jobDetails/id", "schema-pattern", `job id "f4f4ff82-2d11-EXAMPLE" is not a lowercase UUID (8-4-4-4-12 hex digits)`)}},
	{"uppercase execution id", `{"jobDetails": {"data": {"pipelineContext": {
  "pipelineExecutionId": "B2C3D4E5-6789-40AB-8CDE-111122223333"}}}}`,
		[]finding.Finding{f(2, 26, "/jobDetails/data/pipelineContext/pipelineExecutionId", "schema-pattern",
			`pipeline execution id "B2C3D4E5-6789-40AB-8CDE-111122223333" is not a lowercase UUID (8-4-4-4-12 hex digits)`)}},
	{"pattern is a full match", `{"jobDetails": {
  "accountId": "1111222233334"}}`,
		[]finding.Finding{f(2, 16, "/jobDetails/accountId", "schema-pattern", `account id "1111222233334" is not 12 digits`)}},
	{"pipeline name", `{"jobDetails": {"data": {"pipelineContext": {
  "pipelineName": "my pipeline"}}}}`,
		[]finding.Finding{f(2, 19, "/jobDetails/data/pipelineContext/pipelineName", "schema-pattern",
			`pipeline name "my pipeline" is not made of letters, digits, '.', '@', '-' and '_'`)}},
	{"pipeline ARN", `{"jobDetails": {"data": {"pipelineContext": {
  "pipelineArn": "arn:aws:codebuild:us-east-1:111122223333:project/p"}}}}`,
		[]finding.Finding{f(2, 18, "/jobDetails/data/pipelineContext/pipelineArn", "schema-pattern",
			`pipeline ARN "arn:aws:codebuild:us-east-1:111122223333…" is not an ARN like arn:aws:codepipeline:REGION:ACCOUNT:NAME`)}},
	{"artifact name", `{"jobDetails": {"data": {"outputArtifacts": [{
  "name": "build.zip"}]}}}`,
		[]finding.Finding{f(2, 11, "/jobDetails/data/outputArtifacts/0/name", "schema-pattern",
			`artifact name "build.zip" is not made of letters, digits, '-' and '_'`)}},
	{"version, not ASCII", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild",
  "version": "é"}}}}`,
		[]finding.Finding{f(2, 14, "/jobDetails/data/actionTypeId/version", "schema-pattern", `version "é" is not made of letters, digits, '-' and '_'`)}},

	// schema-length
	{"empty string: length only, no pattern", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "version": "1",
  "provider": ""}}}}`,
		[]finding.Finding{f(2, 15, "/jobDetails/data/actionTypeId/provider", "schema-length", "provider must be 1 to 35 characters; found 0")}},
	{"too long", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "version": "1",
  "provider": "MyOrganizationsVeryLongBuildProviderName"}}}}`,
		[]finding.Finding{f(2, 15, "/jobDetails/data/actionTypeId/provider", "schema-length", "provider must be 1 to 35 characters; found 40")}},
	{"length counts characters, not bytes", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild",
  "version": "ééééééééé"}}}}`,
		[]finding.Finding{f(2, 14, "/jobDetails/data/actionTypeId/version", "schema-pattern", `version "ééééééééé" is not made of letters, digits, '-' and '_'`)}},
	{"too long and wrong form: both", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild",
  "version": "1.0.0.0.0.0"}}}}`,
		[]finding.Finding{
			f(2, 14, "/jobDetails/data/actionTypeId/version", "schema-length", "version must be 1 to 9 characters; found 11"),
			f(2, 14, "/jobDetails/data/actionTypeId/version", "schema-pattern", `version "1.0.0.0.0.0" is not made of letters, digits, '-' and '_'`),
		}},
	{"nonce", `{"jobs": [{
  "nonce": ""}]}`,
		[]finding.Finding{f(2, 12, "/jobs/0/nonce", "schema-length", "nonce must be 1 to 50 characters; found 0")}},
	{"configuration value: never shown", `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {
  "Token": ""}}}}}`,
		[]finding.Finding{f(2, 12, "/jobDetails/data/actionConfiguration/configuration/Token", "schema-length", `configuration value "Token" must be 1 to 1000 characters; found 0`)}},
	{"map key too long", `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {
  "` + aaa51 + `": "x"}}}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/actionConfiguration/configuration/"+aaa51, "schema-length",
			`configuration key "`+aaa40+`…" must be 1 to 50 characters; found 51`)}},
	{"map key empty", `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {"A": "1",
  "": "x"}}}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/actionConfiguration/configuration/", "schema-length",
			`configuration key "" must be 1 to 50 characters; found 0`)}},
	{"map key with slash, and a later sibling error", `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {
  "a/b~` + aaa50 + `": "x"}}, "encryptionKey": {"id": "", "type": "KMS"}}}}`,
		[]finding.Finding{
			f(2, 3, "/jobDetails/data/actionConfiguration/configuration/a~1b~0"+aaa50, "schema-length",
				`configuration key "a/b~`+aaa40[:36]+`…" must be 1 to 50 characters; found 54`),
			f(2, 92, "/jobDetails/data/encryptionKey/id", "schema-length", "id must be 1 to 400 characters; found 0"),
		}},

	{"two bad keys and a bad value in one map, in two jobs", `{"jobs": [{"data": {"actionConfiguration": {"configuration": {"": "x", "B": "",
  "` + aaa51 + `": "x"}}}}, {"data": {"actionConfiguration": {"configuration": {"": "x"}}, "continuationToken": ""}}]}`,
		[]finding.Finding{
			f(1, 63, "/jobs/0/data/actionConfiguration/configuration/", "schema-length", `configuration key "" must be 1 to 50 characters; found 0`),
			f(1, 77, "/jobs/0/data/actionConfiguration/configuration/B", "schema-length", `configuration value "B" must be 1 to 1000 characters; found 0`),
			f(2, 3, "/jobs/0/data/actionConfiguration/configuration/"+aaa51, "schema-length", `configuration key "`+aaa40+`…" must be 1 to 50 characters; found 51`),
			f(2, 119, "/jobs/1/data/actionConfiguration/configuration/", "schema-length", `configuration key "" must be 1 to 50 characters; found 0`),
			f(2, 151, "/jobs/1/data/continuationToken", "schema-length", "continuationToken must be 1 to 2048 characters; found 0"),
		}},

	// unknown-field
	{"unknown member", `{"jobDetails": {"data": {"actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1",
  "region": "us-east-1"}}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/actionTypeId/region", "unknown-field",
			`unknown member "region" in ActionTypeId; the CodePipeline output model has no such member`)}},
	{"unknown member at the top", `{"jobDetails": {},
  "Metadata": {"RequestId": "x"}}`,
		[]finding.Finding{f(2, 3, "/Metadata", "unknown-field",
			`unknown member "Metadata" in GetJobDetailsOutput; the CodePipeline output model has no such member`)}},
	{"boto3's ResponseMetadata is accepted", `{"jobDetails": {}, "ResponseMetadata": {"RequestId": "x", "HTTPStatusCode": 200, "HTTPHeaders": {}, "RetryAttempts": 0}}`, nil},
	{"ResponseMetadata that is no object", `{"jobDetails": {},
  "ResponseMetadata": "x"}`,
		[]finding.Finding{f(2, 23, "/ResponseMetadata", "schema-type", "ResponseMetadata must be an object; found a string")}},
	{"unknown member in credentials: value never shown", `{"jobDetails": {"data": {"artifactCredentials": {"accessKeyId": "a", "secretAccessKey": "b", "sessionToken": "c",
  "expiration": "s3cr3t-value"}}}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/data/artifactCredentials/expiration", "unknown-field",
			`unknown member "expiration" in AWSSessionCredentials; the CodePipeline output model has no such member`)}},
	{"several unknown members", `{"jobs": [{"data": {"stageName": "x",
  "actionName": "y"}}]}`,
		[]finding.Finding{
			f(1, 21, "/jobs/0/data/stageName", "unknown-field", `unknown member "stageName" in JobData; the CodePipeline output model has no such member`),
			f(2, 3, "/jobs/0/data/actionName", "unknown-field", `unknown member "actionName" in JobData; the CodePipeline output model has no such member`),
		}},
	{"accountId is not in ThirdPartyJobDetails", `{"jobDetails": {"nonce": "3",
  "accountId": "111111111111"}}`,
		[]finding.Finding{f(2, 3, "/jobDetails/accountId", "unknown-field", `unknown member "accountId" in ThirdPartyJobDetails; the CodePipeline output model has no such member`)}},
	{"third-party job id is not a UUID", `{"jobDetails": {"nonce": "3", "id": "partner-1"}}`, nil},
	{"third-party job id too long", `{"jobDetails": {"nonce": "3",
  "id": "` + strings.Repeat("j", 513) + `"}}`,
		[]finding.Finding{f(2, 9, "/jobDetails/id", "schema-length", "id must be 1 to 512 characters; found 513")}},
	{"third-party poll: client id not a string", `{"jobs": [{"jobId": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f",
  "clientId": 5}]}`,
		[]finding.Finding{f(2, 15, "/jobs/0/clientId", "schema-type", "clientId must be a string; found a number")}},
	{"third-party poll: client id not a UUID", `{"jobs": [{
  "clientId": "c1"}]}`,
		[]finding.Finding{f(2, 15, "/jobs/0/clientId", "schema-pattern", `client id "c1" is not a lowercase UUID (8-4-4-4-12 hex digits)`)}},
	{"lambda event: expirationTime is a number", `{"CodePipeline.job": {"id": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f", "accountId": "111111111111", "data": {"artifactCredentials": {"accessKeyId": "a", "secretAccessKey": "b", "sessionToken": "c",
  "expirationTime": "1575493418000"}}}}`,
		[]finding.Finding{f(2, 21, "/CodePipeline.job/data/artifactCredentials/expirationTime", "schema-type", "expirationTime must be a number; found a string")}},
	{"lambda event: id, accountId and data are sent always", `{"CodePipeline.job":
  {}}`,
		[]finding.Finding{
			f(2, 3, "/CodePipeline.job", "schema-required", `missing required member "accountId"`),
			f(2, 3, "/CodePipeline.job", "schema-required", `missing required member "data"`),
			f(2, 3, "/CodePipeline.job", "schema-required", `missing required member "id"`),
		}},
	{"lambda event: no actionTypeId", `{"CodePipeline.job": {"id": "f4f4ff82-2d11-4a7e-9b1c-0a1b2c3d4e5f", "accountId": "111111111111", "data": {
  "actionTypeId": {}}}}`,
		[]finding.Finding{f(2, 3, "/CodePipeline.job/data/actionTypeId", "unknown-field", `unknown member "actionTypeId" in CodePipelineJobData; the Lambda invoke event has no such member`)}},

	// valid documents
	{"__type is accepted everywhere", `{"__type": "GetJobDetailsOutput", "jobDetails": {"__type": "JobDetails", "data": {"__type": "JobData",
  "actionConfiguration": {"__type": "ActionConfiguration", "configuration": {"__type": "is a key here"}},
  "encryptionKey": {"__type": "EncryptionKey", "id": "k", "type": "KMS"},
  "inputArtifacts": [{"__type": "Artifact", "location": {"__type": "ArtifactLocation", "s3Location": {"__type": "S3ArtifactLocation", "bucketName": "b", "objectKey": "k"}}}]}}}`,
		nil},
	{"empty lists and objects", `{"jobDetails": {"data": {"inputArtifacts": [], "outputArtifacts": [], "actionConfiguration": {"configuration": {}}}}}`, nil},
	{"lengths at their bounds", `{"jobDetails": {"data": {
  "actionTypeId": {"category": "Compute", "owner": "ThirdParty", "provider": "` + strings.Repeat("p", 35) + `", "version": "123456789"},
  "actionConfiguration": {"configuration": {"` + aaa50 + `": "` + strings.Repeat("v", 1000) + `", "k": "v"}},
  "continuationToken": "` + strings.Repeat("t", 2048) + `"}}}`, nil},
	{"empty response objects", `{"jobDetails": {}}`, nil},
	{"no jobs", `{"jobs": []}`, nil},
	{"unknown envelope", `{"jobDetail": {"id": 1}}`, nil},
}

func TestValidate(t *testing.T) {
	for _, tt := range validateTests {
		t.Run(tt.name, func(t *testing.T) {
			got := finding.SortUnique(validate(t, tt.doc))
			want := finding.SortUnique(tt.want)
			if len(got) == 0 && len(want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got\n%s\nwant\n%s", dump(got), dump(want))
			}
		})
	}
}

func dump(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d %s %s %s %s\n", f.Line, f.Column, f.Pointer, f.Rule, f.Severity, f.Message)
	}
	return b.String()
}

// The example response on the AWS CLI get-job-details page has one problem
// for the schema: its job id is a placeholder, not a UUID. Its __type
// members are accepted.
func TestCLIExample(t *testing.T) {
	data, err := os.ReadFile("testdata/get-job-details-cli-example.json")
	if err != nil {
		t.Fatal(err)
	}
	got := validate(t, string(data))
	want := []finding.Finding{f(49, 9, "/jobDetails/id", "schema-pattern",
		`job id "f4f4ff82-2d11-EXAMPLE" is not a lowercase UUID (8-4-4-4-12 hex digits)`)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", dump(got), dump(want))
	}
}

func TestRules(t *testing.T) {
	want := map[string]finding.Severity{
		"schema-type": finding.Error, "schema-required": finding.Error, "schema-enum": finding.Error,
		"schema-pattern": finding.Error, "schema-length": finding.Error, "unknown-field": finding.Warning,
	}
	rules := Rules()
	if len(rules) != len(want) {
		t.Fatalf("Rules() has %d rules, want %d", len(rules), len(want))
	}
	for _, r := range rules {
		if sev, ok := want[r.ID]; !ok || sev != r.Severity || r.Description == "" || strings.Contains(r.Description, "\n") {
			t.Errorf("unexpected rule %+v", r)
		}
	}
	// Every rule a test finding uses is in the list.
	for _, tt := range validateTests {
		for _, f := range tt.want {
			if _, ok := want[f.Rule]; !ok {
				t.Errorf("test %q uses rule %q, not in Rules()", tt.name, f.Rule)
			}
		}
	}
}

// Workers validate files at the same time; run with -race.
func TestValidateConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, tt := range validateTests[:10] {
				root, err := decode.JSON([]byte(tt.doc))
				if err != nil {
					t.Error(err)
					return
				}
				if got := Validate(root, document.DetectForm(root)); len(got) != len(tt.want) {
					t.Errorf("%s: %d findings, want %d", tt.name, len(got), len(tt.want))
				}
			}
		})
	}
	wg.Wait()
}
