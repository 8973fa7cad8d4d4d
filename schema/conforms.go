package schema

import (
	"regexp"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// conforms reports whether root satisfies the generated schema, walking the
// tree along the model without allocating. It is exact: it returns true if
// and only if the validator would find no error, so Validate can skip the
// validator, and the schema's compilation, for a valid document.
//
// form picks the form's schema, as Validate does. UnknownForm checks the
// root schema, which picks a form as document.DetectForm does and fails a
// document of no known form.
//
// With duplicate keys the validator sees the last value only, as Node.Get
// returns it, so the earlier values are not checked.
func conforms(root *document.Node, form document.Form) bool {
	if root == nil {
		return false
	}
	if form == document.UnknownForm {
		form = document.DetectForm(root)
	}
	if form == document.UnknownForm {
		return false
	}
	return conformsTo(root, Lookup(form.Output()))
}

// conformsTo reports whether n satisfies the schema of shape s.
func conformsTo(n *document.Node, s *Shape) bool {
	switch s.Type {
	case "structure":
		return conformsStructure(n, s)
	case "list":
		if n.Kind != document.Array {
			return false
		}
		item := Lookup(s.Item)
		for _, v := range n.Items {
			if !conformsTo(v, item) {
				return false
			}
		}
		return true
	case "map":
		return conformsMap(n, s)
	case "string":
		return n.Kind == document.String && conformsString(n.Str, s)
	case "number":
		return n.Kind == document.Number
	}
	return false
}

// conformsStructure checks a closed object: only model members, "__type"
// and, on a whole document, "ResponseMetadata"; required members present;
// each member's (last) value valid, or null where the member may be null.
func conformsStructure(n *document.Node, s *Shape) bool {
	if n.Kind != document.Object {
		return false
	}
	meta := hasResponseMetadata(s)
	for _, m := range n.Members {
		if m.Key != "__type" && s.member(m.Key) == nil && (!meta || m.Key != "ResponseMetadata") {
			return false
		}
	}
	if t := n.Get("__type"); t != nil && t.Kind != document.String {
		return false
	}
	if v := n.Get("ResponseMetadata"); meta && v != nil && v.Kind != document.Object {
		return false
	}
	for _, name := range s.Required {
		if n.Get(name) == nil {
			return false
		}
	}
	for _, m := range s.Members {
		v := n.Get(m.Name)
		if v == nil || (v.Kind == document.Null && nullable(s, m.Name)) {
			continue
		}
		if !conformsTo(v, Lookup(m.Shape)) {
			return false
		}
	}
	return true
}

// nullable reports whether member name of structure s may be null, as
// memberSchema says.
func nullable(s *Shape, name string) bool {
	return !topShapes[s.Name] && !slices.Contains(s.Required, name)
}

// maxDuplicateScan bounds the members of a map in which conformsMap looks
// for a later duplicate key, so that a huge map of duplicates cannot make
// it quadratic. Past it, an invalid value makes conforms false and the
// validator decides.
const maxDuplicateScan = 1000

// conformsMap checks every key against the key shape and every value
// against the value shape. A value that a later duplicate key replaces does
// not count.
func conformsMap(n *document.Node, s *Shape) bool {
	if n.Kind != document.Object {
		return false
	}
	key, value := Lookup(s.Key), Lookup(s.Value)
	for i, m := range n.Members {
		if !conformsString(m.Key, key) {
			return false
		}
		if !conformsTo(m.Value, value) && (len(n.Members) > maxDuplicateScan || !replaced(n.Members, i)) {
			return false
		}
	}
	return true
}

// replaced reports whether a member after members[i] has the same key.
func replaced(members []document.Member, i int) bool {
	for _, m := range members[i+1:] {
		if m.Key == members[i].Key {
			return true
		}
	}
	return false
}

// conformsString checks the length in code points (JSON Schema's count),
// the enum and the anchored pattern of a string shape.
func conformsString(str string, s *Shape) bool {
	if s.Min > 0 || s.Max > 0 {
		n := utf8.RuneCountInString(str)
		if (s.Min > 0 && n < s.Min) || (s.Max > 0 && n > s.Max) {
			return false
		}
	}
	if len(s.Enum) > 0 && !slices.Contains(s.Enum, str) {
		return false
	}
	if s.Pattern == "" {
		return true
	}
	if match, ok := matchers[s.Pattern]; ok {
		return match(str)
	}
	return patterns()[s.Pattern].MatchString(str)
}

// patterns holds the model's patterns, each compiled once, on first use,
// from the very string the schema holds (anchored) with Go's regexp, the
// engine the validator uses by default.
var patterns = sync.OnceValue(func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, s := range allShapes() {
		if s.Pattern != "" && m[s.Pattern] == nil {
			m[s.Pattern] = regexp.MustCompile(anchored(s.Pattern))
		}
	}
	return m
})
