package lint

import (
	"github.com/jobdetails-lint/jobdetails-lint/config"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/rules"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// The checks the pipeline itself makes before any schema or rule runs.
var (
	ruleSyntax       = finding.RuleInfo{ID: "syntax", Severity: finding.Error, Description: "the file is valid JSON, YAML or JSON Lines text in UTF-8, UTF-16 or UTF-32", Fixed: true}
	ruleEncoding     = finding.RuleInfo{ID: "encoding", Severity: finding.Warning, Description: "the file is UTF-8 text, and JSON text has no byte-order mark (UTF-16, UTF-32 and a mark are read, but AWS SDKs and most JSON parsers expect plain UTF-8)"}
	ruleEmpty        = finding.RuleInfo{ID: "empty", Severity: finding.Error, Description: "the file holds at least one response"}
	ruleTooLarge     = finding.RuleInfo{ID: "file-too-large", Severity: finding.Error, Description: "the file (or JSON Lines record) is within --max-size", Fixed: true}
	ruleEnvelope     = finding.RuleInfo{ID: "envelope", Severity: finding.Error, Description: "the document is a job in a known form: a Lambda invoke event {\"CodePipeline.job\": ...} or a GetJobDetails, PollForJobs, GetThirdPartyJobDetails or PollForThirdPartyJobs response"}
	ruleDuplicateKey = finding.RuleInfo{ID: "duplicate-key", Severity: finding.Error, Description: "no object has the same key twice (parsers disagree on which one wins)"}
)

// Catalog is the one list of every rule a user can name, whatever produces
// it, in the order they run: the pipeline's own, the schema's, the Go rules,
// the credential checks, then the config's own note. Each entry is stated in
// the file of the check that makes it. The rules command, the README table,
// SARIF's rule list, the linter (default severities) and the config (known
// rules, fixed rules) all read it; TestCatalog keeps it complete.
func Catalog() []finding.RuleInfo {
	list := []finding.RuleInfo{ruleSyntax, ruleEncoding, ruleFileFormat, ruleEmpty, ruleTooLarge, ruleEnvelope, ruleDuplicateKey}
	list = append(list, schema.Rules()...)
	for _, r := range rules.All() {
		list = append(list, r.Info())
	}
	list = append(list, secrets.Rules()...)
	return append(list, config.UnusedRule)
}
