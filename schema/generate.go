package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// ID is the $id of the generated schema.
const ID = "https://github.com/jobdetails-lint/jobdetails-lint/schema/jobdetails.schema.json"

const (
	title       = "AWS CodePipeline job: a job worker response or a Lambda invoke event"
	description = "A saved response of CodePipeline GetJobDetails, PollForJobs, GetThirdPartyJobDetails or " +
		"PollForThirdPartyJobs, or the event {\"CodePipeline.job\": ...} that AWS Lambda passes to a function behind an Invoke action. " +
		"Generated from AWS's service model (botocore codepipeline 2015-07-09) and AWS's published Lambda event by jobdetails-lint; " +
		"do not edit, run go generate ./... instead."
	sensitiveNote = "Sensitive in the CodePipeline output model: never print this value."
	typeNote      = "Type name that some serializers add (the AWS CLI example carries it); not a model member."
	metadataNote  = "Added by boto3 to every response (RequestId, HTTPStatusCode, HTTPHeaders, RetryAttempts); not a model member."
)

// topShapes are the shapes of whole documents: the four operations' outputs
// and the Lambda event. Their member holds the job, so a null there is an
// error; boto3 adds ResponseMetadata beside it.
var topShapes = map[string]bool{
	"GetJobDetailsOutput":           true,
	"PollForJobsOutput":             true,
	"GetThirdPartyJobDetailsOutput": true,
	"PollForThirdPartyJobsOutput":   true,
	"CodePipelineJobEvent":          true,
}

// hasResponseMetadata reports the shapes beside whose job boto3 puts
// ResponseMetadata: the operations' outputs, not the Lambda event.
func hasResponseMetadata(s *Shape) bool { return topShapes[s.Name] && s.Name != "CodePipelineJobEvent" }

// allShapes is Model and EventModel, sorted by name.
func allShapes() []Shape {
	all := append(slices.Clone(Model), EventModel...)
	slices.SortFunc(all, func(a, b Shape) int { return strings.Compare(a.Name, b.Name) })
	return all
}

// Generate returns the JSON Schema (draft 2020-12) of every form, built
// from Model and EventModel: one $defs entry per shape, pretty-printed with
// a 2-space indent. The output depends only on the models, so it is the
// same on every run.
func Generate() ([]byte, error) {
	defs := object{}
	for _, s := range allShapes() {
		def, err := shapeSchema(&s)
		if err != nil {
			return nil, err
		}
		defs = append(defs, field{s.Name, def})
	}
	root := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", ID},
		{"title", title},
		{"description", description},
		{"type", "object"},
	}
	root = append(root, rootChoice()...)
	root = append(root, field{"$defs", defs})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// rootChoice picks one form's schema by the document's top-level member, as
// document.DetectForm does, so an editor reports the errors of one form only:
// "CodePipeline.job" is the Lambda event; "jobDetails" is
// GetThirdPartyJobDetails when it is an object with a "nonce" that is not
// null, or without an "accountId" that is not null and with the owner
// "ThirdParty" in data.actionTypeId, and GetJobDetails otherwise; "jobs" is
// PollForThirdPartyJobs when an object item has "clientId" or "jobId" (not
// null), and PollForJobs otherwise; any other document fails.
func rootChoice() object {
	notNull := object{{"not", object{{"type", "null"}}}}
	hasNonce := object{{"required", []string{"nonce"}}, {"properties", object{{"nonce", notNull}}}}
	hasAccount := object{{"required", []string{"accountId"}}, {"properties", object{{"accountId", notNull}}}}
	ownerThirdParty := object{{"type", "object"}, {"required", []string{"owner"}},
		{"properties", object{{"owner", object{{"const", "ThirdParty"}}}}}}
	dataThirdParty := object{{"type", "object"}, {"required", []string{"actionTypeId"}},
		{"properties", object{{"actionTypeId", ownerThirdParty}}}}
	byOwner := object{{"not", hasAccount}, {"required", []string{"data"}}, {"properties", object{{"data", dataThirdParty}}}}
	thirdPartyDetails := object{{"properties", object{{"jobDetails", object{
		{"type", "object"}, {"anyOf", []object{hasNonce, byOwner}}}}}}}
	thirdPartyItem := object{{"type", "object"}, {"anyOf", []object{
		{{"required", []string{"clientId"}}, {"properties", object{{"clientId", notNull}}}},
		{{"required", []string{"jobId"}}, {"properties", object{{"jobId", notNull}}}}}}}
	thirdPartyJobs := object{{"properties", object{{"jobs", object{
		{"type", "array"}, {"contains", thirdPartyItem}}}}}}
	return object{
		{"if", required("CodePipeline.job")},
		{"then", ref("CodePipelineJobEvent")},
		{"else", object{
			{"if", required("jobDetails")},
			{"then", choice(thirdPartyDetails, "GetThirdPartyJobDetailsOutput", "GetJobDetailsOutput")},
			{"else", object{
				{"if", required("jobs")},
				{"then", choice(thirdPartyJobs, "PollForThirdPartyJobsOutput", "PollForJobsOutput")},
				{"else", noKnownForm()},
			}},
		}},
	}
}

// noKnownForm fails a document of no known form, as the linter's envelope
// rule does: it names the members of which one must be there.
func noKnownForm() object {
	return object{{"anyOf", []object{required("CodePipeline.job"), required("jobDetails"), required("jobs")}}}
}

func required(member string) object { return object{{"required", []string{member}}} }

func choice(cond object, then, otherwise string) object {
	return object{{"if", cond}, {"then", ref(then)}, {"else", ref(otherwise)}}
}

func shapeSchema(s *Shape) (object, error) {
	switch s.Type {
	case "structure":
		return structureSchema(s), nil
	case "list":
		return object{{"type", "array"}, {"items", ref(s.Item)}}, nil
	case "map":
		return object{
			{"type", "object"},
			{"propertyNames", ref(s.Key)},
			{"additionalProperties", ref(s.Value)},
		}, nil
	case "string":
		return stringSchema(s), nil
	case "number":
		return object{{"type", "number"}}, nil
	}
	return nil, fmt.Errorf("shape %s: unknown type %q", s.Name, s.Type)
}

func structureSchema(s *Shape) object {
	o := object{{"type", "object"}}
	if s.Sensitive {
		o = append(o, field{"description", sensitiveNote})
	}
	props := object{}
	for _, m := range s.Members {
		props = append(props, field{m.Name, memberSchema(s, m)})
	}
	props = append(props, field{"__type", object{{"type", "string"}, {"description", typeNote}}})
	if hasResponseMetadata(s) {
		props = append(props, field{"ResponseMetadata", object{{"type", "object"}, {"description", metadataNote}}})
	}
	o = append(o, field{"properties", props})
	if len(s.Required) > 0 {
		o = append(o, field{"required", s.Required})
	}
	return append(o, field{"additionalProperties", false})
}

// memberSchema is the schema of one member of structure s. AWS's SDKs read
// a null member as an absent one, so an optional member may be null; a
// required member, and the member that holds a document's job, may not.
func memberSchema(s *Shape, m Member) object {
	if !nullable(s, m.Name) {
		return ref(m.Shape)
	}
	return object{{"anyOf", []object{ref(m.Shape), {{"type", "null"}}}}}
}

func stringSchema(s *Shape) object {
	o := object{{"type", "string"}}
	if s.Sensitive {
		o = append(o, field{"description", sensitiveNote})
	}
	if s.Min > 0 {
		o = append(o, field{"minLength", s.Min})
	}
	if s.Max > 0 {
		o = append(o, field{"maxLength", s.Max})
	}
	if s.Pattern != "" {
		o = append(o, field{"pattern", anchored(s.Pattern)})
	}
	if len(s.Enum) > 0 {
		o = append(o, field{"enum", s.Enum})
	}
	return o
}

// anchored makes a model pattern match the whole string, as the service
// applies it (JSON Schema's pattern matches anywhere).
func anchored(p string) string { return "^" + p + "$" }

func ref(shape string) object { return object{{"$ref", "#/$defs/" + shape}} }

// object is a JSON object that keeps its members in order, so the generated
// file reads like the model and never changes between runs.
type object []field

type field struct {
	key   string
	value any
}

func (o object) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		key, err := marshal(f.key)
		if err != nil {
			return nil, err
		}
		value, err := marshal(f.value)
		if err != nil {
			return nil, err
		}
		buf.Write(key)
		buf.WriteByte(':')
		buf.Write(value)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// marshal is json.Marshal without HTML escaping, so patterns stay readable.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
