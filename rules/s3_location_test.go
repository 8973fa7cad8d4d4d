package rules

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

func TestS3Location(t *testing.T) {
	const (
		locPtr = "/jobDetails/data/inputArtifacts/0/location"
		s3Ptr  = locPtr + "/s3Location"
	)
	input := func(location string) string {
		return jobWith(`{"inputArtifacts": [{"name": "SourceOutput", "location": ` + location + `}]}`)
	}
	s3 := func(members string) string { return input(`{"type": "S3", "s3Location": {` + members + `}}`) }
	bucket := func(name string) string {
		return s3(`"bucketName": "` + name + `", "objectKey": "MyPipeline/SourceOutp/abc123"`)
	}
	runCases(t, S3Location{}, []ruleCase{
		{"valid", bucket("codepipeline-us-east-1-123456789012"), nil},
		{"valid output", jobWith(`{"outputArtifacts": [{"name": "B", "location": {"type": "S3", "s3Location": {"bucketName": "my.bucket-1", "objectKey": "k"}}}]}`), nil},
		{"no location skipped", jobWith(`{"inputArtifacts": [{"name": "A"}]}`), nil},
		{"type lowercase", input(`{"type": "s3", "s3Location": {"bucketName": "abc", "objectKey": "k"}}`),
			[]result{errorAt(locPtr+"/type", `"s3" is not a location type; did you mean "S3"?`)}},
		{"type other", input(`{"type": "CodeCommit", "s3Location": {"bucketName": "abc", "objectKey": "k"}}`),
			[]result{errorAt(locPtr+"/type", `"CodeCommit" is not a location type; use "S3"`)}},
		{"type missing", input(`{"s3Location": {"bucketName": "abc", "objectKey": "k"}}`),
			[]result{errorAt(locPtr, `location lacks type; an s3Location needs "type": "S3"`)}},
		{"empty location", input(`{}`),
			[]result{errorAt(locPtr, `location lacks type and s3Location; expected "type": "S3" and an s3Location`)}},
		{"s3Location missing", input(`{"type": "S3"}`), []result{errorAt(locPtr, `location has type "S3" but lacks s3Location`)}},
		{"bucketName missing", s3(`"objectKey": "k"`), []result{errorAt(s3Ptr, "s3Location lacks bucketName")}},
		{"both missing", s3(``), []result{errorAt(s3Ptr, "s3Location lacks bucketName and objectKey")}},
		{"bucketName misspelt", s3(`"BucketName": "abc", "objectKey": "k"`), []result{errorAt(s3Ptr, `s3Location lacks bucketName; rename "BucketName" to "bucketName"`)}},
		{"objectKey misspelt", s3(`"bucketName": "abc", "object_key": "k"`), []result{errorAt(s3Ptr, `s3Location lacks objectKey; rename "object_key" to "objectKey"`)}},
		{"objectKey empty", s3(`"bucketName": "abc", "objectKey": ""`), []result{errorAt(s3Ptr+"/objectKey", "objectKey is empty; an object key is 1 to 1024 bytes")}},
		{"objectKey too long", s3(`"bucketName": "abc", "objectKey": "` + strings.Repeat("é", 513) + `"`),
			[]result{errorAt(s3Ptr+"/objectKey", "objectKey is 1026 bytes; an object key is at most 1024 bytes of UTF-8")}},
		{"objectKey 1024 bytes", s3(`"bucketName": "abc", "objectKey": "` + strings.Repeat("é", 512) + `"`), nil},
		{"bucket url", bucket("s3://my-bucket/MyPipeline/key"),
			[]result{errorAt(s3Ptr+"/bucketName", "bucketName holds an S3 URL; put the bucket name in bucketName and the key in objectKey")}},
		{"bucket uppercase", bucket("MyBucket"),
			[]result{warningAt(s3Ptr+"/bucketName", "bucketName has uppercase letters, allowed only in legacy buckets (us-east-1, before March 2018); current names have 3 to 63 lowercase letters, digits, dots and hyphens")}},
		{"bucket reserved suffix", bucket("my-bucket-s3alias"),
			[]result{errorAt(s3Ptr+"/bucketName", `bucketName ends with "-s3alias", a suffix S3 reserves for access point aliases`)}},
		{"poll for jobs output", `{"jobs": [{"data": {"outputArtifacts": [{}, {"location": {"type": "S3", "s3Location": {"bucketName": "ab", "objectKey": "k"}}}]}}]}`,
			[]result{errorAt("/jobs/0/data/outputArtifacts/1/location/s3Location/bucketName", "bucketName is 2 characters; a bucket name has 3 to 63")}},
	})
}

func TestBucketNameProblem(t *testing.T) {
	const (
		chars  = "; a bucket name has only lowercase letters, digits, dots and hyphens"
		ends   = "; a bucket name starts and ends with a letter or digit"
		hint   = "; put the bucket name in bucketName and the key in objectKey"
		legacy = ", allowed only in legacy buckets (us-east-1, before March 2018); current names have 3 to 63 lowercase letters, digits, dots and hyphens"
	)
	cases := []struct {
		name, msg string
		legacy    bool
	}{
		{"abc", "", false},
		{"codepipeline-us-east-1-123456789012", "", false},
		{"my.bucket.example.com", "", false},
		{"1bucket9", "", false},
		{strings.Repeat("a", 63), "", false},
		{"s3://bucket/key", "bucketName holds an S3 URL" + hint, false},
		{"S3://bucket", "bucketName holds an S3 URL" + hint, false},
		{"https://my-bucket.s3.us-east-1.amazonaws.com/key", "bucketName holds an S3 URL" + hint, false},
		{"https://example.com/x", "bucketName holds a URL" + hint, false},
		{"arn:aws:s3:::my-bucket", "bucketName holds an ARN" + hint, false},
		{"my-bucket/MyPipeline/key", "bucketName holds a path" + hint, false},
		{"", "bucketName is 0 characters; a bucket name has 3 to 63", false},
		{"ab", "bucketName is 2 characters; a bucket name has 3 to 63", false},
		{strings.Repeat("a", 256), "bucketName is 256 characters; a bucket name has 3 to 63", false},
		{"my bucket", `bucketName has " "` + chars, false},
		{"my-bückét", `bucketName has "ü"` + chars, false},
		{"-bucket", `bucketName starts with "-"` + ends, false},
		{"bucket.", `bucketName ends with "."` + ends, false},
		{"my..bucket", "bucketName has two dots in a row; a bucket name may not", false},
		{"192.168.5.4", "bucketName is formatted as an IP address; a bucket name may not be", false},
		{"192.168.5.4.5", "", false},
		{"xn--bucket", `bucketName starts with "xn--", a prefix S3 reserves`, false},
		{"sthree-bucket", `bucketName starts with "sthree-", a prefix S3 reserves`, false},
		{"sthree-configurator-x", `bucketName starts with "sthree-", a prefix S3 reserves`, false},
		{"amzn-s3-demo-bucket", `bucketName starts with "amzn-s3-demo-", a prefix S3 reserves`, false},
		{"bucket--ol-s3", `bucketName ends with "--ol-s3", a suffix S3 reserves for Object Lambda access point aliases`, false},
		{"bucket.mrap", `bucketName ends with ".mrap", a suffix S3 reserves for Multi-Region Access Points`, false},
		{"bucket--use1-az4--x-s3", `bucketName ends with "--x-s3", a suffix S3 reserves for directory buckets`, false},
		{"codepipeline-us-east-1-11EXAMPLE11", "bucketName has uppercase letters" + legacy, true},
		{"my_bucket", "bucketName has underscores" + legacy, true},
		{"My_Bucket", "bucketName has uppercase letters and underscores" + legacy, true},
		{strings.Repeat("a", 64), "bucketName has 64 characters" + legacy, true},
		{"My..Bucket", "bucketName has two dots in a row; a bucket name may not", false},
		{"_bucket", `bucketName starts with "_"` + ends, false},
	}
	for _, c := range cases {
		msg, legacy := bucketNameProblem(c.name)
		if msg != c.msg || legacy != c.legacy {
			t.Errorf("bucketNameProblem(%q) = %q, %v; want %q, %v", c.name, msg, legacy, c.msg, c.legacy)
		}
	}
}

func TestObjectKeyNotUTF8(t *testing.T) {
	// The decoder may refuse invalid UTF-8 before any rule runs; the rule
	// still says what is wrong when it gets such a key.
	r := &Reporter{info: S3Location{}.Info()}
	checkObjectKey(&document.Node{Kind: document.String, Str: "key\xff", Line: 3, Col: 9}, "/k", r)
	got := r.Findings()
	if len(got) != 1 || got[0].Message != "objectKey is not valid UTF-8" || got[0].Line != 3 {
		t.Errorf("got %+v", got)
	}
}
