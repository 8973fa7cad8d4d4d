package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPipelineARNProblemIsStricter: whatever pipelineARNProblem accepts, the
// model's pattern allows, so a valid ARN never hides a schema finding and
// the rule's error always explains why the pattern failed.
func TestPipelineARNProblemIsStricter(t *testing.T) {
	// Each part is valid in about half the cases.
	parts := [][]string{
		{"arn:aws", "arn:aws-cn", "arn:aws-us-gov", "arn:aws-a_1-b", "arn:aws-", "arn:awsx", "arn:amazon", "urn:aws"},
		{":codepipeline:", ":codepipeline:", ":codebuild:", "::", ":codepipeline"},
		{"us-east-1", "eu-west-3", "", "a:b", "r\n", "r\r"},
		{":123456789012:", ":123456789012:", ":12345678901:", "::", ":1234567890123:"},
		{"p", "p:q", "p/q", "", "p\n", "p\r", ":"},
	}
	r := rand.New(rand.NewPCG(3, 4))
	accepted := 0
	for range 20000 {
		var b strings.Builder
		for _, options := range parts {
			b.WriteString(options[r.IntN(len(options))])
		}
		s := b.String()
		if problem, _ := pipelineARNProblem(s); problem == "" {
			accepted++
			if !pipelineARNShape.Allows(s) {
				t.Errorf("pipelineARNProblem accepts %q, which the model's pattern does not allow", s)
			}
		}
	}
	if accepted < 200 {
		t.Fatalf("only %d generated ARNs were accepted; the test would prove little", accepted)
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
