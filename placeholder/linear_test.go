package placeholder

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// Is must take time linear in the length of the value, whatever its shape:
// each case times n repetitions of a piece and 2n (see internal/lineartest).
func TestIsLinearTime(t *testing.T) {
	for _, c := range []struct {
		name, piece string
		want        bool
	}{
		{"templates", "{region}-", true},
		{"base64 lines", "QUJD\n", false},
		{"prose", "for exampl the name o ", false},
		{"dash parts", "e0c7-", false},
		{"hex", "e0c7", false},
		{"token", "EXAMPLx", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			lineartest.Check(t, 20000, func(n int) func() {
				s := strings.Repeat(c.piece, n)
				if Is(s) != c.want {
					t.Fatalf("Is(%q × %d) = %v", c.piece, n, !c.want)
				}
				return func() { Is(s) }
			})
		})
	}
}

// BenchmarkIs measures the values of AWS's sample events, placeholders and
// not.
func BenchmarkIs(b *testing.B) {
	values := []string{
		"c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6", "e0c7xmpl2308ca3071aa7bab414de234ab52eea",
		"the name of the bucket configured as the pipeline artifact store in Amazon S3, for example codepipeline-us-east-2-1234567890",
		"A continuation token if continuing job", "{{{input_bucket}}}", certToken, reflow("\n "),
		"my-pipeline/test-api-2/TdOSFRV", "MyLambdaFunctionForAWSCodePipeline", `{"KEY": "VALUE"}`,
		"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range values {
			Is(v)
		}
	}
}
