package rules

import "testing"

func TestIsPartition(t *testing.T) {
	for p, want := range map[string]bool{
		"aws": true, "aws-cn": true, "aws-us-gov": true, "aws-iso-b": true, "aws-eusc_1": true,
		"": false, "AWS": false, "awsx": false, "aws-": false, "aws--cn": false, "aws-cn-": false, "amazon": false, "aws-c.n": false,
	} {
		if got := isPartition(p); got != want {
			t.Errorf("isPartition(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestParseARN(t *testing.T) {
	a, ok := parseARN("arn:aws:kms:us-east-1:123456789012:key/a:b")
	want := arn{partition: "aws", service: "kms", region: "us-east-1", account: "123456789012", resource: "key/a:b"}
	if !ok || a != want {
		t.Errorf("parseARN = %+v, %v", a, ok)
	}
	for _, s := range []string{"", "arn:aws:kms", "urn:aws:kms:r:a:x", "arn:aws:kms:us-east-1:123456789012"} {
		if _, ok := parseARN(s); ok {
			t.Errorf("parseARN(%q) succeeded", s)
		}
	}
}
