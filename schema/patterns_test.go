package schema

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestMatchersAgreeWithRegexp holds every hand-written matcher to the
// anchored regexp of its pattern, over edge cases and many random strings
// built from the characters that matter to the patterns.
func TestMatchersAgreeWithRegexp(t *testing.T) {
	for _, s := range Model {
		if s.Pattern != "" && matchers[s.Pattern] == nil {
			t.Errorf("pattern %q of %s has no hand-written matcher", s.Pattern, s.Name)
		}
	}
	cases := []string{
		"", "1", "111122223333", "11112222333", "1111222233334", "11112222333a", "١١١١٢٢٢٢٣٣٣٣",
		"0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "0B6F7E4C-58A2-4D1E-9C3B-2F8A6D4E1B90", "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b9",
		"0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90\n", "f4f4ff82-2d11-EXAMPLE", "My.Pipe@line-1_x", "a b", "é", "-", "_",
		"arn:aws:codepipeline:us-east-1:111122223333:MyPipeline",
		"arn:aws-us-gov:codepipeline:us-gov-west-1:111122223333:p",
		"arn:aws-cn:codepipeline:cn-north-1:111122223333:p:extra:111122223333:q",
		"arn:aws-:codepipeline:r:111122223333:p", "arn:aws--x:codepipeline:r:111122223333:p",
		"arn:aws:codepipeline::111122223333:p", "arn:aws:codepipeline:r:111122223333:", "arn:aws:codepipeline:r:111122223333:\n",
		"arn:aws:codepipeline:r\n:111122223333:p", "arn:aws:codepipeline:r:1111222233334:p", "arn:aws:codepipeline:::111122223333:p:",
		"arn:aws:codepipeline:r::111122223333::", "arn:awsx:codepipeline:r:111122223333:p", "arn:aws_x:codepipeline:r:111122223333:p",
		"arn:aws-é:codepipeline:r:111122223333:p", "arn:aws:codepipeline:r:111122223333:p\r",
	}
	alphabet := []string{"a", "f", "g", "Z", "0", "1", "9", "-", "_", ".", "@", ":", "\n", " ", "é", "arn:aws", "-us", ":codepipeline:", "111122223333", "0b6f7e4c"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	// Pipeline ARNs with each part varied, most of them close to valid.
	parts := [][]string{
		{"arn:aws", "arn:aws", "arn:aw", "arn:aws-", "arn:aws-us-gov", "arn:aws-cn", "arn:aws-x_1"},
		{":codepipeline:", ":codepipeline:", ":codebuild:", "codepipeline:", ":codepipeline"},
		{"us-east-1", "", ":", "r\n", "a:b"},
		{":111122223333:", ":111122223333:", ":11112222333:", "111122223333:", ":111122223333"},
		{"p", "", "p:q", "p\n", ":", "p:111122223333:x"},
	}
	for range 20000 {
		var b strings.Builder
		for _, options := range parts {
			b.WriteString(options[r.IntN(len(options))])
		}
		cases = append(cases, b.String())
	}
	matched := 0
	for _, c := range cases {
		if isPipelineARN(c) {
			matched++
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d generated ARNs are valid; the test would prove little", matched)
	}
	for pattern, match := range matchers {
		re := regexp.MustCompile(anchored(pattern))
		for _, c := range cases {
			if got, want := match(c), re.MatchString(c); got != want {
				t.Errorf("pattern %s on %q: matcher %v, regexp %v", pattern, c, got, want)
			}
		}
	}
}

// TestIsPartition holds IsPartition to the partition part of the PipelineArn
// pattern: p is a partition exactly when an ARN that differs only there
// matches the pattern.
func TestIsPartition(t *testing.T) {
	for p, want := range map[string]bool{
		"aws": true, "aws-cn": true, "aws-us-gov": true, "aws-iso-b": true, "aws-eusc_1": true,
		"": false, "AWS": false, "awsx": false, "aws-": false, "aws--cn": false, "aws-cn-": false, "amazon": false, "aws-c.n": false,
	} {
		if got := IsPartition(p); got != want {
			t.Errorf("IsPartition(%q) = %v, want %v", p, got, want)
		}
	}
	re := regexp.MustCompile(anchored(MustLookup("PipelineArn").Pattern))
	alphabet := []string{"aws", "-", "_", "a", "Z", "9", "é", ".", " "}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		p := b.String()
		if got, want := IsPartition(p), re.MatchString("arn:"+p+":codepipeline:us-east-1:111122223333:p"); got != want {
			t.Errorf("IsPartition(%q) = %v; the pattern says %v", p, got, want)
		}
	}
}

func TestMustLookup(t *testing.T) {
	if s := MustLookup("ActionCategory"); s.Name != "ActionCategory" || len(s.Enum) == 0 {
		t.Errorf("MustLookup(ActionCategory) = %+v", s)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustLookup of a shape the model lacks did not panic")
		}
	}()
	MustLookup("ActionCategories")
}

// TestAllows: a string shape allows a value within its length bounds (in
// characters), in its enum and matching its pattern in full.
func TestAllows(t *testing.T) {
	cases := []struct {
		shape, value string
		want         bool
	}{
		{"ActionCategory", "Build", true}, {"ActionCategory", "build", false},
		{"AccountId", "111122223333", true}, {"AccountId", "11112222333", false},
		{"EncryptionKeyId", "", false}, {"EncryptionKeyId", strings.Repeat("é", 400), true}, {"EncryptionKeyId", strings.Repeat("a", 401), false},
		{"PipelineExecutionId", "3f8c5a2e-9b1d-4c7e-8a6f-2d4b9e1c7a30", true}, {"PipelineExecutionId", "3F8C5A2E-9B1D-4C7E-8A6F-2D4B9E1C7A30", false},
		{"S3BucketName", "", true},
	}
	for _, c := range cases {
		if got := MustLookup(c.shape).Allows(c.value); got != c.want {
			t.Errorf("%s.Allows(%q) = %v, want %v", c.shape, c.value, got, c.want)
		}
	}
}
