package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// ID is the $id of the generated schema.
const ID = "https://github.com/jobdetails-lint/jobdetails-lint/schema/jobdetails.schema.json"

const (
	title       = "AWS CodePipeline GetJobDetails / PollForJobs response"
	description = "A saved response of CodePipeline GetJobDetails or PollForJobs. " +
		"Generated from AWS's service model (botocore codepipeline 2015-07-09) by jobdetails-lint; " +
		"do not edit, run go generate ./... instead."
	sensitiveNote = "Sensitive in the CodePipeline output model: never print this value."
	typeNote      = "Type name that some serializers add (the AWS CLI example carries it); not a model member."
)

// Generate returns the JSON Schema (draft 2020-12) of both responses, built
// from Model: one $defs entry per shape, pretty-printed with a 2-space indent.
// The output depends only on Model, so it is the same on every run.
func Generate() ([]byte, error) {
	defs := object{}
	for i := range Model {
		def, err := shapeSchema(&Model[i])
		if err != nil {
			return nil, err
		}
		defs = append(defs, field{Model[i].Name, def})
	}
	root := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", ID},
		{"title", title},
		{"description", description},
		{"type", "object"},
		// A response with "jobs" is PollForJobs; anything else is checked as
		// GetJobDetails, so an editor reports the errors of one envelope only.
		{"if", object{{"required", []string{"jobs"}}}},
		{"then", ref("PollForJobsOutput")},
		{"else", ref("GetJobDetailsOutput")},
		{"$defs", defs},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
		props = append(props, field{m.Name, ref(m.Shape)})
	}
	props = append(props, field{"__type", object{{"type", "string"}, {"description", typeNote}}})
	o = append(o, field{"properties", props})
	if len(s.Required) > 0 {
		o = append(o, field{"required", s.Required})
	}
	return append(o, field{"additionalProperties", false})
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
