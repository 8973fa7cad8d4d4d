package schema

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
	"github.com/jobdetails-lint/jobdetails-lint/suggest"
)

// Validate checks a document of a known form against the form's schema and
// returns one finding per problem, unsorted, with File left empty. It
// returns nil for an unknown form.
//
// Messages never show a value of a sensitive shape or of a configuration
// value, and cut other values to 40 characters.
func Validate(root *document.Node, form document.Form) []finding.Finding {
	if form == document.UnknownForm {
		return nil
	}
	// Almost every document is valid: conforms tells so without converting
	// the tree, compiling the schema or running the validator.
	if conforms(root, form) {
		return nil
	}
	return validateAll(root, form)
}

// validateAll runs the validator and reports its findings.
func validateAll(root *document.Node, form document.Form) []finding.Finding {
	sch, err := formSchema(form)
	if err != nil {
		// The embedded schema is tested; failing to compile it is a bug.
		panic(err)
	}
	var verr *jsonschema.ValidationError
	if err := sch.Validate(root.ToAny()); !errors.As(err, &verr) {
		return nil
	}
	r := reporter{root: root, top: Lookup(form.Output())}
	r.walk(verr, nil)
	return r.findings
}

// reporter turns validation errors into findings.
type reporter struct {
	root     *document.Node
	top      *Shape // the shape of the form: an operation's output or the Lambda event
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
		if _, ok := e.ErrorKind.(*kind.AnyOf); ok && isNullBranch(cause) {
			// An optional member may be null: when it is neither null nor
			// valid, the other branch says what is wrong.
			continue
		}
		r.walk(cause, e)
	}
	if len(e.Causes) == 0 {
		r.leaf(e)
	}
}

// isNullBranch reports the error of the {"type": "null"} branch of a
// nullable member.
func isNullBranch(e *jsonschema.ValidationError) bool {
	k, ok := e.ErrorKind.(*kind.Type)
	return ok && len(k.Want) == 1 && k.Want[0] == "null"
}

func (r *reporter) leaf(e *jsonschema.ValidationError) {
	at := r.locate(e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.Type:
		r.add(at, ruleType, "%s must be %s; found %s", at.subject, jsonType(k.Want[0]), jsonType(k.Got))
	case *kind.Required:
		for _, name := range k.Missing {
			r.add(at, ruleRequired, "missing required member %s", secrets.Quote(name))
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
	r.add(at, ruleEnum, "%s is not a valid %s; %s", at.value(value), at.noun(), suggest.Use(allowed))
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
	if want, ok := memberSuggestion(object.shape, name); ok {
		r.add(at, ruleUnknown, "unknown member %s in %s; did you mean %s?", secrets.Quote(name), object.shapeName(), secrets.Quote(want))
		return
	}
	r.add(at, ruleUnknown, "unknown member %s in %s; %s has no such member",
		secrets.Quote(name), object.shapeName(), modelName(object.shape))
}

// modelName names where a shape comes from: the service's output model, or
// AWS's published Lambda event.
func modelName(s *Shape) string {
	if s != nil && slices.ContainsFunc(EventModel, func(e Shape) bool { return e.Name == s.Name }) {
		return "the Lambda invoke event"
	}
	return "the CodePipeline output model"
}

// memberSuggestion returns the member of structure s that name most likely
// stands for: a slip of the hand or of case ("actionTypeID", "inputArtifact"),
// or the one member that starts or ends with name ("bucket" for bucketName,
// "key" for objectKey).
func memberSuggestion(s *Shape, name string) (string, bool) {
	if s == nil || s.Type != "structure" {
		return "", false
	}
	names := make([]string, len(s.Members))
	for i, m := range s.Members {
		names[i] = m.Name
	}
	if want, ok := suggest.Closest(name, names); ok {
		return want, true
	}
	if len(name) < 3 {
		return "", false
	}
	lower, found := strings.ToLower(name), ""
	for _, n := range names {
		ln := strings.ToLower(n)
		if strings.HasPrefix(ln, lower) || strings.HasSuffix(ln, lower) {
			if found != "" {
				return "", false
			}
			found = n
		}
	}
	return found, found != ""
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
	at.subject = object.subject + " key " + secrets.Quote(key)
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
