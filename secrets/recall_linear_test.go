package secrets

import (
	"net/url"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
)

// TestLabelsLinearTime: reading labels (same line, line before, XML tags,
// several words) and percent escapes costs the same for each credential,
// however many there are in one text. n is the number of repetitions of one
// piece of text.
func TestLabelsLinearTime(t *testing.T) {
	g := fake.New(40)
	secret, token := g.SecretWithSlash(), g.Token()
	for _, tt := range []struct{ name, piece string }{
		{"same line", "aws configure set aws_secret_access_key " + secret + "\n"},
		{"line before", "# Secret access key\n#   " + secret + "\n"},
		{"escaped line before", `aws_secret_access_key:\n  ` + strings.ReplaceAll(secret, "/", `\/`) + `\n`},
		{"xml", "<SecretAccessKey>" + secret + "</SecretAccessKey>"},
		{"words", "the AWS Secret Access Key [None]: " + secret + " "},
		{"percent", "&X-Amz-Security-Token=" + url.QueryEscape(token)},
		{"percent chain", "%25252525252525252525252525252F"},
		{"labels without values", "secret access key: aws_secret_access_key = <SecretAccessKey>\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lineartest.Check(t, 200, func(n int) func() {
				text := []byte(strings.Repeat(tt.piece, n))
				return func() { ScanRaw(text) }
			})
		})
	}
}
