package schema

import "github.com/jobdetails-lint/jobdetails-lint/finding"

// The checks the schema makes, one rule id per kind of constraint.
var (
	ruleType     = finding.RuleInfo{ID: "schema-type", Severity: finding.Error, Description: "every member has the JSON type of the CodePipeline output model (string, object, array)"}
	ruleRequired = finding.RuleInfo{ID: "schema-required", Severity: finding.Error, Description: "every member the output model requires is present"}
	ruleEnum     = finding.RuleInfo{ID: "schema-enum", Severity: finding.Error, Description: "category, owner, location type and key type are values the output model allows"}
	rulePattern  = finding.RuleInfo{ID: "schema-pattern", Severity: finding.Error, Description: "ids, names, account ids and ARNs have the form the output model requires"}
	ruleLength   = finding.RuleInfo{ID: "schema-length", Severity: finding.Error, Description: "strings and configuration keys are within the output model's length bounds"}
	ruleUnknown  = finding.RuleInfo{ID: "unknown-field", Severity: finding.Warning, Description: "every member is in the output model (a newer API version may add members)"}
)

// Rules lists the rules of the schema check, for the rule catalogue.
func Rules() []finding.RuleInfo {
	return []finding.RuleInfo{ruleType, ruleRequired, ruleEnum, rulePattern, ruleLength, ruleUnknown}
}
