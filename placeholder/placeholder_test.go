package placeholder

import (
	"strings"
	"testing"
)

// reflow prints certToken as the CodePipeline user guide does: 38
// characters after the member name, then lines of 63 characters, each
// after a line break and sep.
func reflow(sep string) string {
	var b strings.Builder
	b.WriteString(certToken[:38])
	for i := 38; i < len(certToken); i += 63 {
		b.WriteString(sep)
		b.WriteString(certToken[i:min(i+63, len(certToken))])
	}
	return b.String()
}

// wrap breaks s into lines of width characters.
func wrap(s string, width int) string {
	var b strings.Builder
	for i := 0; i < len(s); i += width {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s[i:min(i+width, len(s))])
	}
	return b.String()
}

func TestIs(t *testing.T) {
	yes := []string{
		"AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIAJEXAMPLEXEG2JICEA", "AKIDEXAMPLE",
		"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
		"f4f4ff82-2d11-EXAMPLE", "codepipeline-us-east-1-11EXAMPLE11", "fICCQD6m7oRw0uXOjANBgkqhkiG9w0BEXAMPLE=",
		"111111111111", "123456789012", "111122223333",
		"FwoGZXIvYXdzEBY...", "ASIA…7QXZ", "…Kx9Q", "REDACTED", "[REDACTED]", "redacted",
		"<secret>", "<your secret access key>", "${AWS_SECRET_ACCESS_KEY}", "{{resolve:secretsmanager:db:SecretString:pw}}",
		"{{ token }}", "****", "wJal********KEY", "AKIAXXXXXXXXXXXXXXXX",
		// the Lambda developer guide's sample event: cut credentials
		"6CGtmAa3lzWtV7a...", "IQoJb3JpZ2luX2VjEA...",
		// AWS's event libraries: the sample certificate, whole and cut
		certToken, "MIICiTCCAfICCQD6m7oRw0uXOjANBgkqhkiG9wEXAMPLE=",
	}
	for _, s := range yes {
		if !Is(s) {
			t.Errorf("Is(%q) = false, want true", s)
		}
	}
	no := []string{
		"", "MyJenkinsExampleTestProject", "example", "Example",
		"payments-api", "arn:aws:iam::444455556666:role/deploy",
		// text that mentions an example beside something else is not made up as a whole
		`{"accessKeyId":"AKIAIOSFODNN7EXAMPLE","secretAccessKey":"x"}`,
		"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=y",
		"EXAMPLE=1;real=2", "<a> and <b>", "${A} ${B}x", "a...b c",
	}
	for _, s := range no {
		if Is(s) {
			t.Errorf("Is(%q) = true, want false", s)
		}
	}
}

// TestXmpl: the Lambda developer guide's marker counts as a whole
// dash-separated part or glued among lower-case hex digits, and nowhere
// else.
func TestXmpl(t *testing.T) {
	yes := []string{
		"c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6",    // job id
		"e0c7xmpl2308ca3071aa7bab414de234ab52eea", // revision
		"8f507cfc-xmpl-4697-b07a-ac58fc914c95",    // request id
		"1-5e34a614-10bdxmplf1fb44f07bc535a1",     // trace id
		"xmpl", "my-function-xmpl", "xmpl-1", "abcxmpl",
	}
	for _, s := range yes {
		if !Is(s) {
			t.Errorf("Is(%q) = false, want true", s)
		}
	}
	no := []string{
		// forty random base64 characters that happen to hold the letters:
		// a secret, not a sample
		"q7Rz2xmplWk9/Tf3LbN0aVc8HsYd1JeUo5GiPm+K", "xmplq7Rz2Wk9Tf3LbN0aVc8HsYd1JeUo5GiPmK4/",
		"Ab3dxmplK7MDENGbPxRfiCY0123456789abcdEfG",
		"XMPL", "Xmpl", "xmpls", "examplexmpl", "c0d76431-b0e7-XMPL-97e3-e8ee786eb6f6",
		"e0c7xmpl2308ca3071aa7bab414de234ab52eeg",  // a letter past f
		"e0c7xmpl2308xmplca3071aa7bab414de234ab52", // twice
		"E0C7xmpl2308CA3071AA7BAB414DE234AB52EEA",  // upper-case hex
		"the xmpl word",
	}
	for _, s := range no {
		if Is(s) {
			t.Errorf("Is(%q) = true, want false", s)
		}
	}
}

// TestProse: a value that describes what belongs there, as AWS's sample
// events do, is made up; words without a documentation phrase are not.
func TestProse(t *testing.T) {
	yes := []string{
		"the name of the bucket configured as the pipeline artifact store in Amazon S3, for example codepipeline-us-east-2-1234567890",
		"the name of the application, for example CodePipelineDemoApplication.zip",
		"A continuation token if continuing job",
		"The name of the role",
		"a bucket name, e.g. my-bucket", "a deployment ID, such as d-ABCDEF123", "your key, i.e. the KMS key id",
		"For Example my-bucket", "  the name of the stage ",
	}
	for _, s := range yes {
		if !Is(s) {
			t.Errorf("Is(%q) = false, want true", s)
		}
	}
	no := []string{
		"for example",                        // two words
		"for example:",                       // still two
		"the quick brown fox",                // no phrase
		"A continuation token if continuing", // not the documented one
		"build for examples only",            // "examples" is another word
		"before.g. x y", "theName of the bucket", "the name ofthe bucket",
		"the name of",              // nothing after
		"such-as-this value here",  // dashes are no spaces between words
		"some-input-such-as-a-URL", // one word
	}
	for _, s := range no {
		if Is(s) {
			t.Errorf("Is(%q) = true, want false", s)
		}
	}
}

// TestTemplates: text with {name} templates in it is a template.
func TestTemplates(t *testing.T) {
	yes := []string{
		"{region}", "codepipeline-{region}-{account-id}", "arn:aws:kms:{region}:{account_id}:key/{key-id}",
		"{{{input_bucket}}}", "s3://{{bucket}}/key", "#{SourceVariables.CommitId}", "${AWS_REGION}-artifacts",
		"us-west-2-{AccountId}-my-pipeline",
	}
	for _, s := range yes {
		if !Is(s) {
			t.Errorf("Is(%q) = false, want true", s)
		}
	}
	no := []string{
		"{}", "{ region }", "{region", "region}", "{{x}", "{x}}", "{1abc}", "{{{{x}}}}", "a {region}",
		`{"region":"x"}`, "{region,account}", "{re gion}", "{" + strings.Repeat("a", 65) + "}",
		"{region}}{", "x{-y}",
	}
	for _, s := range no {
		if Is(s) {
			t.Errorf("Is(%q) = true, want false", s)
		}
	}
}

// TestReflowed: AWS's sample session tokens broken over lines anywhere are
// made up; other lines are not, even when one of them carries a sign.
func TestReflowed(t *testing.T) {
	yes := []string{
		reflow("\n "),           // the CodePipeline user guide, in a JSON string
		reflow("\n"),            // a YAML literal block
		reflow(" "),             // a YAML folded block
		reflow("\r\n\t") + "\n", // CRLF, a tab, a final line break
		certToken[:38] + "\n" + certToken[38:101] + "\n" + certToken[101:150] + "\n" + certToken[150:],
		wrap(cliToken, 64), wrap(cliToken, 76), wrap(stsToken, 60), // as base64 tools break lines
		"AKIAIOSFODNN7EXAMPLE\n", " REDACTED ", // white space around a value
	}
	for _, s := range yes {
		if !Is(s) {
			t.Errorf("Is(%q) = false, want true", s)
		}
	}
	no := []string{
		strings.ReplaceAll(reflow("\n "), "EXAMPLE", "EXAMPLF"), // not the documented token
		reflow("\n") + "\nAAAA", "AAAA\n" + reflow("\n"),        // a line more
		// what a redaction leaves of a real token broken over lines: its
		// first line replaced with a placeholder, the others real
		"IQoJb3JpZ2luX2VjEXAMPLETOKEN\n" + wrap(certToken[100:400], 64),
		"wJalrXUtnFEMI/K7MDENG\n/bPxRfiCYEXAMPLEKEY", // no token
		"hello world EXAMPLE",
		"\n \n",
	}
	for _, s := range no {
		if Is(s) {
			t.Errorf("Is(%q) = true, want false", s)
		}
	}
}

func TestIsWord(t *testing.T) {
	for _, w := range []string{"EXAMPLE", "REDACTED", "Redacted", "redacted", "xmpl"} {
		if !IsWord(w) {
			t.Errorf("IsWord(%q) = false", w)
		}
	}
	for _, w := range []string{"", "example", "XMPL", "EXAMPLES", "xxx"} {
		if IsWord(w) {
			t.Errorf("IsWord(%q) = true", w)
		}
	}
}
