package schema

import (
	"errors"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// Validate checks a GetJobDetails or PollForJobs response against the schema
// and returns one finding per problem, unsorted, with File left empty. It
// returns nil for any other envelope.
//
// Messages never show a value of a sensitive shape or of a configuration
// value, and cut other values to 40 characters.
func Validate(root *document.Node, env document.Envelope) []finding.Finding {
	// Almost every response is valid: conforms tells so without converting
	// the tree, compiling the schema or running the validator.
	if conforms(root, env) {
		return nil
	}
	return validateAll(root, env)
}

// validateAll runs the validator and reports its findings.
func validateAll(root *document.Node, env document.Envelope) []finding.Finding {
	getJobDetails, pollForJobs, err := schemas()
	if err != nil {
		// The embedded schema is tested; failing to compile it is a bug.
		panic(err)
	}
	var sch *jsonschema.Schema
	switch env {
	case document.GetJobDetails:
		sch = getJobDetails
	case document.PollForJobs:
		sch = pollForJobs
	default:
		return nil
	}
	var verr *jsonschema.ValidationError
	if err := sch.Validate(root.ToAny()); !errors.As(err, &verr) {
		return nil
	}
	r := reporter{root: root, top: Lookup(env.String() + "Output")}
	r.walk(verr, nil)
	return r.findings
}

// reporter turns validation errors into findings.
type reporter struct {
	root     *document.Node
	top      *Shape // GetJobDetailsOutput or PollForJobsOutput
	findings []finding.Finding
	// find looks up the place of each error: one error per member of an
	// object of n members stays linear in n.
	find document.Finder
}

// walk reports every leaf error under e; parent is the error e is a cause of.
func (r *reporter) walk(e, parent *jsonschema.ValidationError) {
	if k, ok := e.ErrorKind.(*kind.PropertyNames); ok {
		// The error of a bad key carries the key's own errors as causes, so
		// it is one leaf. Its InstanceLocation shares memory that the
		// validator reuses afterwards; the parent, the $ref to the map
		// shape, holds a stable copy of the same location.
		loc := e.InstanceLocation
		if parent != nil {
			loc = parent.InstanceLocation
		}
		r.propertyName(e, loc, k.Property)
		return
	}
	for _, cause := range e.Causes {
		r.walk(cause, e)
	}
	if len(e.Causes) == 0 {
		r.leaf(e)
	}
}

func (r *reporter) leaf(e *jsonschema.ValidationError) {
	at := r.locate(e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.Type:
		r.add(at, ruleType, "%s must be %s; found %s", at.subject, jsonType(k.Want[0]), jsonType(k.Got))
	case *kind.Required:
		for _, name := range k.Missing {
			r.add(at, ruleRequired, "missing required member %s", quote(name))
		}
	case *kind.AdditionalProperties:
		for _, name := range k.Properties {
			r.unknownMember(at, name)
		}
	case *kind.Enum:
		r.enum(at, k)
	case *kind.Pattern:
		r.pattern(at, k)
	case *kind.MinLength:
		r.length(at, k.Got, k.Want, 0)
	case *kind.MaxLength:
		r.length(at, k.Got, 0, k.Want)
	default:
		// The generated schema uses no other keyword; a test keeps it so.
		r.add(at, ruleType, "%s does not fit the CodePipeline output model", at.subject)
	}
}

func (r *reporter) enum(at place, k *kind.Enum) {
	value, _ := k.Got.(string)
	allowed := make([]string, 0, len(k.Want))
	for _, v := range k.Want {
		allowed = append(allowed, fmt.Sprint(v))
	}
	use := "use " + quoteList(allowed)
	if len(allowed) > 1 {
		use = "use one of " + quoteList(allowed)
	}
	r.add(at, ruleEnum, "%s is not a valid %s; %s", at.value(value), at.noun(), use)
}

func (r *reporter) pattern(at place, k *kind.Pattern) {
	if k.Got == "" && at.shape != nil && at.shape.Min > 0 {
		return // the length finding already says the value is empty
	}
	w, ok := shapeWords[at.shapeName()]
	if !ok || w.form == "" {
		r.add(at, rulePattern, "%s %s does not match %s", at.noun(), at.value(k.Got), k.Want)
		return
	}
	r.add(at, rulePattern, "%s %s is not %s", at.noun(), at.value(k.Got), w.form)
}

// length reports a string outside its bounds; the bounds come from the model
// when the shape is known, else from the one keyword that failed.
func (r *reporter) length(at place, got, min, max int) {
	if at.shape != nil {
		min, max = at.shape.Min, at.shape.Max
	}
	r.add(at, ruleLength, "%s must be %s; found %d", at.subject, lengthBounds(min, max), got)
}

func (r *reporter) unknownMember(object place, name string) {
	at := object.child(name, nil)
	if m := r.lastMember(object.pointer, name); m != nil {
		at.line, at.col = m.KeyLine, m.KeyCol
	}
	r.add(at, ruleUnknown, "unknown member %s in %s; the CodePipeline output model has no such member",
		quote(name), object.shapeName())
}

// propertyName reports a map key that breaks the key shape's constraints, at
// the key.
func (r *reporter) propertyName(e *jsonschema.ValidationError, mapLocation []string, key string) {
	object := r.locate(mapLocation)
	var keyShape *Shape
	if object.shape != nil {
		keyShape = Lookup(object.shape.Key)
	}
	at := object.child(key, keyShape)
	at.subject = object.subject + " key " + quote(key)
	if m := r.lastMember(object.pointer, key); m != nil {
		at.line, at.col = m.KeyLine, m.KeyCol
	}
	r.walkKey(e.Causes, at)
}

// walkKey reports the leaf errors of a key's own validation at the key.
func (r *reporter) walkKey(errs []*jsonschema.ValidationError, at place) {
	for _, e := range errs {
		if len(e.Causes) > 0 {
			r.walkKey(e.Causes, at)
			continue
		}
		switch k := e.ErrorKind.(type) {
		case *kind.MinLength:
			r.length(at, k.Got, k.Want, 0)
		case *kind.MaxLength:
			r.length(at, k.Got, 0, k.Want)
		default:
			r.add(at, ruleType, "%s does not fit the CodePipeline output model", at.subject)
		}
	}
}

func (r *reporter) add(at place, rule finding.RuleInfo, format string, args ...any) {
	r.findings = append(r.findings, finding.Finding{
		Line:     at.line,
		Column:   at.col,
		Pointer:  at.pointer,
		Rule:     rule.ID,
		Severity: rule.Severity,
		Message:  fmt.Sprintf(format, args...),
	})
}

// lastMember returns the member called key of the object at pointer; with
// duplicate keys, the last one, the one whose value was validated.
func (r *reporter) lastMember(pointer, key string) *document.Member {
	return r.find.Member(r.find.Lookup(r.root, pointer), key)
}
