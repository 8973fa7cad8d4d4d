package schema

import "github.com/jobdetails-lint/jobdetails-lint/finding"

// The ids of the schema's rules, one per kind of constraint. A Go rule whose
// finding stands in for the schema's names them in RuleInfo.Replaces.
const (
	TypeRule     = "schema-type"
	RequiredRule = "schema-required"
	EnumRule     = "schema-enum"
	PatternRule  = "schema-pattern"
	LengthRule   = "schema-length"
	UnknownRule  = "unknown-field"
)

// The checks the schema makes.
var (
	ruleType     = finding.RuleInfo{ID: TypeRule, Severity: finding.Error, Description: "every member has the JSON type of the CodePipeline output model (string, object, array; a number for the Lambda event's expirationTime)"}
	ruleRequired = finding.RuleInfo{ID: RequiredRule, Severity: finding.Error, Description: "every member the output model requires is present"}
	ruleEnum     = finding.RuleInfo{ID: EnumRule, Severity: finding.Error, Description: "category, owner, location type and key type are values the output model allows"}
	rulePattern  = finding.RuleInfo{ID: PatternRule, Severity: finding.Error, Description: "ids, names, account ids and ARNs have the form the output model requires"}
	ruleLength   = finding.RuleInfo{ID: LengthRule, Severity: finding.Error, Description: "strings and configuration keys are within the output model's length bounds"}
	ruleUnknown  = finding.RuleInfo{ID: UnknownRule, Severity: finding.Warning, Description: "every member is in the output model (a newer API version may add members)"}
)

// Rules lists the rules of the schema check, for the rule catalogue.
func Rules() []finding.RuleInfo {
	return []finding.RuleInfo{ruleType, ruleRequired, ruleEnum, rulePattern, ruleLength, ruleUnknown}
}
