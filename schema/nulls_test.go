package schema

import (
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
)

func TestWithoutNulls(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"optional members", `{"jobDetails": {"id": null, "data": {"inputArtifacts": [{"name": "a", "revision": null}]}}}`,
			`{"jobDetails":{"data":{"inputArtifacts":[{"name":"a"}]}}}`},
		{"required member", `{"jobDetails": {"data": {"encryptionKey": {"id": null, "type": "KMS"}}}}`,
			`{"jobDetails":{"data":{"encryptionKey":{"type":"KMS"}}}}`},
		{"the job stays", `{"jobDetails": null}`, `{"jobDetails":null}`},
		{"a list item stays", `{"jobDetails": {"data": {"inputArtifacts": [null]}}}`, `{"jobDetails":{"data":{"inputArtifacts":[null]}}}`},
		{"a configuration value stays", `{"jobDetails": {"data": {"actionConfiguration": {"configuration": {"K": null}}}}}`,
			`{"jobDetails":{"data":{"actionConfiguration":{"configuration":{"K":null}}}}}`},
		{"an unknown member stays", `{"jobDetails": {"extra": null}}`, `{"jobDetails":{"extra":null}}`},
		{"the Lambda event", `{"CodePipeline.job": {"data": {"artifactCredentials": {"expirationTime": null}, "continuationToken": null}}}`,
			`{"CodePipeline.job":{"data":{"artifactCredentials":{}}}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := decode.JSON([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			before := encode(root)
			got := WithoutNulls(root, document.DetectForm(root))
			if encode(got) != tt.want {
				t.Errorf("got %s\nwant %s", encode(got), tt.want)
			}
			if encode(root) != before {
				t.Errorf("the input changed: %s", encode(root))
			}
			if (tt.want == before) != (got == root) {
				t.Errorf("a document without a null member to leave out must be returned as it is, and only then")
			}
		})
	}
}

// A document without null members costs nothing.
func TestWithoutNullsAllocatesNothing(t *testing.T) {
	root := readFixture(t, "../testdata/ok/get-job-details-full.json")
	if n := testing.AllocsPerRun(100, func() { WithoutNulls(root, document.GetJobDetails) }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}
