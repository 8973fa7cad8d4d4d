// Package secrets finds AWS credentials and secret configuration values in
// saved CodePipeline job responses, wherever they are: in
// artifactCredentials, in unknown members, in object keys, in KEY=value text
// and in JSON embedded in a string. Findings never show a value in full.
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
