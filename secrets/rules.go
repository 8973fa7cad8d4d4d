// Package secrets finds AWS credentials and secret configuration values in
// saved CodePipeline job responses, wherever they are: in
// artifactCredentials, in unknown members, in object keys, in KEY=value text
// and in JSON embedded in a string. Findings never show a value in full.
//
// Placeholders give no finding at all, neither a note: documented example
// values, values with AWS's EXAMPLE marker, truncated values ("..." or "…"),
// REDACTED, <...>, ${...}, {{...}}, **** and XXXXXX (see package
// placeholder). They are what a fixture should hold, so there is nothing to
// say about them; the linter's other checks still note what is malformed.
// Each credential is judged on its own characters, never on the string
// around it: a full key id inside "<…>", before ":REDACTED" or "..." is
// reported, and the linter does not lower these findings to notes.
//
// A secret key's name may stand in the text before it, on its line or at
// the end of the line before (see label): KEY=, "key":, <SecretAccessKey>,
// "secret access key:", "aws configure set aws_secret_access_key"; where
// none does, the name of the member that holds the value names it. URL
// percent-escapes of '/', '+' and '=' are read as those characters, so a
// presigned URL's X-Amz-Security-Token is found whole. Forty hex digits are
// a git revision, never a secret key.
//
// JSON embedded in a string value is read as text, not decoded: the scan
// resolves the escapes of any nesting depth (\/ and \\\/ both read as /)
// and takes the name written before a value ("secretAccessKey": …,
// AWS_SECRET_ACCESS_KEY=…) as its label. Malformed embedded JSON and
// KEY=value text are covered the same way, and there is no depth to bound.
package secrets

import "github.com/jobdetails-lint/jobdetails-lint/finding"

var (
	ruleLeak = finding.RuleInfo{ID: "leaked-credential", Severity: finding.Error,
		Description: "no AWS access key id, secret access key or session token that is not a documented placeholder, anywhere in the file"}
	ruleConfig = finding.RuleInfo{ID: "secret-config-value", Severity: finding.Warning,
		Description: "action configuration entries named like secrets (password, token, api key...) hold a placeholder or a reference, not the secret"}
)

// Rules describes the checks of this package.
func Rules() []finding.RuleInfo { return []finding.RuleInfo{ruleLeak, ruleConfig} }
