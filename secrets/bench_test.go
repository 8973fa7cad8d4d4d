package secrets

import (
	"fmt"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
)

// BenchmarkScan measures a typical 2 KB GetJobDetails response whose
// credentials are placeholders, the common case of a fixture folder.
func BenchmarkScan(b *testing.B) {
	root := mustJSON(b, string(readFile(b, "testdata/typical.json")))
	b.ReportAllocs()
	for b.Loop() {
		Scan(root)
	}
}

// BenchmarkScanLeaks measures a response of the same shape with a real-looking
// credential set in artifactCredentials and a secret in a configuration value.
func BenchmarkScanLeaks(b *testing.B) {
	g := fake.New(7)
	text := fmt.Sprintf(leakyTemplate, g.KeyIDFor("ASIA", "111122223333"), g.Secret(), g.Token(), g.Secret())
	root := mustJSON(b, text)
	b.ReportAllocs()
	for b.Loop() {
		Scan(root)
	}
}

func BenchmarkScanRaw(b *testing.B) {
	data := readFile(b, "testdata/typical.json")
	b.ReportAllocs()
	for b.Loop() {
		ScanRaw(data)
	}
}

const leakyTemplate = `{"jobDetails": {"id": "0f6e2c4a-9b1d-4e3f-8a7c-5d2b1e0f9a84", "accountId": "111122223333",
 "data": {"actionTypeId": {"category": "Build", "owner": "Custom", "provider": "AcmeBuildRunner", "version": "3"},
  "actionConfiguration": {"configuration": {"ProjectName": "payments-api", "BuildSpec": "buildspec/release.yml"}},
  "pipelineContext": {"pipelineName": "payments-api-release", "stage": {"name": "Build"},
   "action": {"name": "BuildAndTest", "actionExecutionId": "6b1c7e52-0a3f-4d98-b2e4-7f9c0d1a2b3c"}},
  "inputArtifacts": [{"name": "SourceOutput", "revision": "8f4e2a1c9b7d3e5f6a0b1c2d3e4f5a6b7c8d9e0f",
   "location": {"type": "S3", "s3Location": {"bucketName": "codepipeline-us-east-1-111122223333", "objectKey": "payments-api-release/SourceOutp/Xk3Lm9Q"}}}],
  "outputArtifacts": [],
  "artifactCredentials": {"accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s"},
  "continuationToken": "eyJzdGVwIjoiYnVpbGQiLCJhdHRlbXB0IjoyfQ==",
  "extra": {"aws_secret_access_key": "%s"}}}}`
