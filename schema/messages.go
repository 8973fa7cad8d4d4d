package schema

import (
	"fmt"
)

// words says in plain words what a shape's value is and, for a shape with a
// pattern, what it must look like.
type words struct {
	noun string // "job id"
	form string // "a lowercase UUID (8-4-4-4-12 hex digits)"
}

const (
	uuidForm = "a lowercase UUID (8-4-4-4-12 hex digits)"
	nameForm = "made of letters, digits, '.', '@', '-' and '_'"
	idForm   = "made of letters, digits, '-' and '_'"
)

// shapeWords covers every shape with a pattern or an enum; a test checks it.
var shapeWords = map[string]words{
	"JobId":                {"job id", uuidForm},
	"ClientId":             {"client id", uuidForm},
	"PipelineExecutionId":  {"pipeline execution id", uuidForm},
	"AccountId":            {"account id", "12 digits"},
	"PipelineName":         {"pipeline name", nameForm},
	"StageName":            {"stage name", nameForm},
	"ActionName":           {"action name", nameForm},
	"ActionProvider":       {"provider", idForm},
	"Version":              {"version", idForm},
	"ArtifactName":         {"artifact name", idForm},
	"PipelineArn":          {"pipeline ARN", "an ARN like arn:aws:codepipeline:REGION:ACCOUNT:NAME"},
	"ActionCategory":       {"action category", ""},
	"ActionOwner":          {"action owner", ""},
	"ArtifactLocationType": {"artifact location type", ""},
	"EncryptionKeyType":    {"encryption key type", ""},
}

// jsonType names a JSON Schema type with its article: "a string", "null".
func jsonType(t string) string {
	switch t {
	case "null":
		return "null"
	case "integer", "number":
		return "a number"
	case "object", "array":
		return "an " + t
	}
	return "a " + t
}

// lengthBounds says how long a string must be: "1 to 35 characters".
func lengthBounds(min, max int) string {
	switch {
	case min > 0 && max > 0:
		return fmt.Sprintf("%d to %d characters", min, max)
	case min > 0:
		return fmt.Sprintf("at least %s", characters(min))
	}
	return fmt.Sprintf("at most %s", characters(max))
}

func characters(n int) string {
	if n == 1 {
		return "1 character"
	}
	return fmt.Sprintf("%d characters", n)
}
