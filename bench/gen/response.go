package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// place is where a job runs: partition, region and account. Every ARN, bucket
// and key in one response agrees with it, as in a real response.
type place struct {
	partition, region, account string
}

var regions = []string{
	"us-east-1", "us-east-1", "us-east-1", "us-east-2", "us-west-2", "us-west-2", "eu-west-1",
	"eu-central-1", "eu-north-1", "ap-southeast-2", "ap-northeast-1", "ap-south-1", "ca-central-1", "sa-east-1",
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// chance is true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func newPlace(r *rand.Rand) place {
	p := place{partition: "aws", region: pick(r, regions), account: digits(r, 12)}
	switch n := r.IntN(100); {
	case n == 0:
		p.partition, p.region = "aws-us-gov", pick(r, []string{"us-gov-west-1", "us-gov-east-1"})
	case n == 1:
		p.partition, p.region = "aws-cn", pick(r, []string{"cn-north-1", "cn-northwest-1"})
	}
	return p
}

func (p place) arn(service, resource string) string {
	return fmt.Sprintf("arn:%s:%s:%s:%s:%s", p.partition, service, p.region, p.account, resource)
}

// digits returns n random decimal digits, the first not zero.
func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	b[0] = byte('1' + r.IntN(9))
	return string(b)
}

func fromAlphabet(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

func uuid(r *rand.Rand) string {
	h := fromAlphabet(r, "0123456789abcdef", 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + pick(r, []string{"8", "9", "a", "b"}) + h[17:20] + "-" + h[20:]
}

// providers are custom action providers by category: GetJobDetails serves
// custom actions only, so the owner is always Custom.
var providers = map[string][]string{
	"Source":   {"GitLabSelfManaged", "PerforceSource", "SvnPoller"},
	"Build":    {"JenkinsBuild", "MyJenkinsProviderName", "TeamCityBuild", "BazelRemoteBuild", "GradleEnterprise"},
	"Test":     {"MyJenkinsProviderName", "SonarQubeScan", "SnykTest", "Selenium-Grid", "Load_Test_Runner"},
	"Deploy":   {"TerraformApply", "AnsibleDeploy", "Octopus_Deploy", "HelmRelease", "ArgoCDSync"},
	"Invoke":   {"SlackNotify", "ServiceNowChange", "DatadogEvent"},
	"Approval": {"JiraApproval", "ServiceNowApproval"},
	"Compute":  {"GpuBatchRunner", "OnPremRunner"},
}

// categories holds each category as often as custom actions tend to use it.
var categories = []string{
	"Build", "Build", "Build", "Build", "Test", "Test", "Test", "Deploy", "Deploy", "Deploy",
	"Invoke", "Source", "Approval", "Compute",
}

var stages = map[string][]string{
	"Source":   {"Source", "Checkout"},
	"Build":    {"Build", "Compile", "Package"},
	"Test":     {"Test", "Integration-Tests", "QA", "Verify"},
	"Deploy":   {"Staging", "Production", "Deploy", "Deploy-eu", "Canary"},
	"Invoke":   {"Notify", "Release", "Production"},
	"Approval": {"Approve", "Gate", "Release"},
	"Compute":  {"Train", "Process", "Batch"},
}

var (
	apps = []string{
		"payments", "checkout", "web-frontend", "orders-api", "inventory", "data-lake-etl", "auth-service",
		"mobile-backend", "search", "billing", "MySecondPipeline", "CustomerPortal", "ledger_sync",
	}
	envs = []string{"dev", "staging", "prod", "qa", "main", "release"}
)

func pipelineName(r *rand.Rand) string {
	app := pick(r, apps)
	switch r.IntN(3) {
	case 0:
		return app
	case 1:
		return app + "-" + pick(r, envs)
	}
	return app + "-" + pick(r, envs) + "-pipeline"
}

// typicalResponse builds a GetJobDetails response with every member of the
// model, dropping an optional member now and then as real captures do.
func typicalResponse(r *rand.Rand) *object {
	p := newPlace(r)
	category := pick(r, categories)
	name := pipelineName(r)
	data := newObject().
		set("actionTypeId", actionTypeID(r, category)).
		set("actionConfiguration", newObject().set("configuration", configuration(r, category, name))).
		set("pipelineContext", pipelineContext(r, p, category, name))
	inputs, outputs := artifacts(r, p, category, name)
	data.set("inputArtifacts", inputs).set("outputArtifacts", outputs)
	data.set("artifactCredentials", placeholderCredentials(r))
	if chance(r, 0.6) {
		data.set("continuationToken", continuationToken(r))
	}
	if chance(r, 0.85) {
		data.set("encryptionKey", encryptionKey(r, p))
	}
	dropOptional(r, data)
	jobDetails := newObject().set("id", uuid(r)).set("data", data).set("accountId", p.account)
	root := newObject().set("jobDetails", jobDetails)
	if chance(r, 0.2) {
		root.sortKeys()
	}
	return root
}

func actionTypeID(r *rand.Rand, category string) *object {
	return newObject().
		set("category", category).
		set("owner", "Custom").
		set("provider", pick(r, providers[category])).
		set("version", pick(r, []string{"1", "1", "1", "2", "3", "v2"}))
}

// configKeys are configuration properties custom actions declare.
var configKeys = []string{
	"ProjectName", "Environment", "Branch", "TimeoutInMinutes", "JenkinsJobName", "Workspace",
	"VarFile", "Namespace", "ChartVersion", "ReportPath", "Channel", "QualityGate", "Parallelism",
}

func configuration(r *rand.Rand, category, pipeline string) *object {
	c := newObject().set("ProjectName", pipeline+"-"+strings.ToLower(category))
	for range r.IntN(3) {
		key := pick(r, configKeys)
		c.set(key, configValue(r, key))
	}
	if chance(r, 0.1) {
		c.set("EnvironmentVariables", fmt.Sprintf(
			`[{"name":"STAGE","value":"%s","type":"PLAINTEXT"},{"name":"BUILD_ID","value":"%s","type":"PLAINTEXT"}]`,
			pick(r, envs), digits(r, 6)))
	}
	return c
}

func configValue(r *rand.Rand, key string) string {
	switch key {
	case "TimeoutInMinutes", "Parallelism":
		return fmt.Sprint(1 + r.IntN(120))
	case "Branch":
		return pick(r, []string{"main", "master", "develop", "release/2.4", "feature/checkout-v2"})
	case "Environment":
		return pick(r, envs)
	case "ReportPath":
		return pick(r, []string{"reports/junit.xml", "build/test-results", "target/surefire-reports"})
	}
	return pick(r, apps) + "-" + fromAlphabet(r, "abcdefghijklmnopqrstuvwxyz0123456789", 2+r.IntN(6))
}

func pipelineContext(r *rand.Rand, p place, category, name string) *object {
	stage := pick(r, stages[category])
	return newObject().
		set("pipelineName", name).
		set("stage", newObject().set("name", stage)).
		set("action", newObject().
			set("name", stage+"-"+pick(r, []string{"Action", "Run", "Job", "Step"})).
			set("actionExecutionId", uuid(r))).
		set("pipelineArn", p.arn("codepipeline", name)).
		set("pipelineExecutionId", uuid(r))
}

// artifacts returns the input and output artifact lists: a source action only
// outputs, the others take one or two inputs and may output one.
func artifacts(r *rand.Rand, p place, category, pipeline string) (inputs, outputs []any) {
	bucket := artifactBucket(r, p)
	inputs, outputs = []any{}, []any{}
	names := []string{"SourceArtifact", "BuildArtifact", "MyAppBuild", "TestReports", "InfraTemplates", "Packaged"}
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	if category == "Source" {
		return inputs, append(outputs, artifact(r, bucket, pipeline, names[0], false))
	}
	n := 1
	if chance(r, 0.25) {
		n = 2
	}
	for i := range n {
		inputs = append(inputs, artifact(r, bucket, pipeline, names[i], true))
	}
	if chance(r, 0.4) {
		outputs = append(outputs, artifact(r, bucket, pipeline, names[3], false))
	}
	return inputs, outputs
}

func artifactBucket(r *rand.Rand, p place) string {
	switch r.IntN(3) {
	case 0:
		return "artifact-store-" + p.account + "-" + p.region
	case 1:
		return pick(r, apps[:10]) + "-pipeline-artifacts." + p.region
	}
	return "codepipeline-" + p.region + "-" + digits(r, 12)
}

// artifact is one artifact as CodePipeline stores it: the object key is the
// pipeline name cut to 20 characters, the artifact name cut to 10 and a random
// 7-character id.
func artifact(r *rand.Rand, bucket, pipeline, name string, withRevision bool) *object {
	key := cut(pipeline, 20) + "/" + cut(name, 10) + "/" + fromAlphabet(r, alnum, 7)
	if chance(r, 0.2) {
		key += ".zip"
	}
	a := newObject().set("name", name)
	if withRevision {
		a.set("revision", revision(r))
	}
	return a.set("location", newObject().
		set("type", "S3").
		set("s3Location", newObject().set("bucketName", bucket).set("objectKey", key)))
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func cut(s string, n int) string { return s[:min(n, len(s))] }

// revision is a Git commit id or an S3 object version id.
func revision(r *rand.Rand) string {
	if chance(r, 0.7) {
		return fromAlphabet(r, "0123456789abcdef", 40)
	}
	return fromAlphabet(r, alnum+"._", 32)
}

// continuationToken is what a job worker stores to resume work: usually the id
// of the external build it started.
func continuationToken(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf(`{"buildId":"%s:%s","attempt":%d}`, pick(r, apps), uuid(r), 1+r.IntN(3))
	case 1:
		return "job-" + uuid(r)
	}
	return fmt.Sprintf("queue/%d/%s", 1000+r.IntN(90000), pick(r, envs))
}

func encryptionKey(r *rand.Rand, p place) *object {
	id := p.arn("kms", "key/"+uuid(r))
	switch r.IntN(10) {
	case 0:
		id = "alias/aws/s3"
	case 1:
		id = p.arn("kms", "alias/"+pick(r, apps)+"-artifacts")
	}
	return newObject().set("id", id).set("type", "KMS")
}

// dropOptional leaves out an optional member in about one response in seven,
// as older captures and trimmed fixtures do. The result is still clean.
func dropOptional(r *rand.Rand, data *object) {
	if !chance(r, 0.15) {
		return
	}
	ctx := data.obj("pipelineContext")
	switch r.IntN(4) {
	case 0:
		ctx.del("pipelineArn")
		ctx.del("pipelineExecutionId")
		ctx.obj("action").del("actionExecutionId")
	case 1:
		data.del("actionConfiguration")
	case 2:
		data.del("encryptionKey")
		data.del("continuationToken")
	case 3:
		ctx.del("stage")
	}
}
