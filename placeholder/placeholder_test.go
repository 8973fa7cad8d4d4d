package placeholder

import "testing"

func TestIs(t *testing.T) {
	yes := []string{
		"AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIAJEXAMPLEXEG2JICEA", "AKIDEXAMPLE",
		"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
		"f4f4ff82-2d11-EXAMPLE", "codepipeline-us-east-1-11EXAMPLE11", "fICCQD6m7oRw0uXOjANBgkqhkiG9w0BEXAMPLE=",
		"111111111111", "123456789012", "111122223333",
		"FwoGZXIvYXdzEBY...", "ASIA…7QXZ", "…Kx9Q", "REDACTED", "[REDACTED]", "redacted",
		"<secret>", "<your secret access key>", "${AWS_SECRET_ACCESS_KEY}", "{{resolve:secretsmanager:db:SecretString:pw}}",
		"{{ token }}", "****", "wJal********KEY", "AKIAXXXXXXXXXXXXXXXX",
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
