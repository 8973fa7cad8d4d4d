package rules

import (
	"fmt"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// Artifacts checks that artifact names are unique within inputArtifacts and
// within outputArtifacts. Output artifact names are unique within a whole
// pipeline and an input is the output of an earlier action, so a name that is
// both an input and an output of the same action is reported too.
type Artifacts struct{}

func (Artifacts) Info() finding.RuleInfo {
	return finding.RuleInfo{ID: "artifacts", Severity: finding.Error, Forms: dataForms,
		Description: "artifact names are unique within inputArtifacts and within outputArtifacts, and no name is both"}
}

// firstUse is where an artifact name first appears and how often it has.
type firstUse struct {
	pointer string
	count   int
}

func (Artifacts) Check(job document.Job, r *Reporter) {
	data, ptr := jobData(job)
	inputs := checkUniqueNames(data, ptr, "inputArtifacts", r)
	outputs := checkUniqueNames(data, ptr, "outputArtifacts", r)
	if len(inputs) == 0 {
		return
	}
	for _, a := range artifactNames(data, ptr, "outputArtifacts") {
		// Only the first use of an output name is compared, so that a name
		// repeated in outputArtifacts is not reported twice for the overlap.
		if in, ok := inputs[a.node.Str]; ok && outputs[a.node.Str].pointer == a.pointer {
			r.Report(a.node, a.pointer, "artifact name %s is both an input and an output (input at %s); an action cannot output an artifact it takes in",
				secrets.Quote(a.node.Str), in.pointer)
		}
	}
}

// checkUniqueNames reports every repeat of a name within one list and returns
// where each name first appears.
func checkUniqueNames(data *document.Node, ptr, list string, r *Reporter) map[string]*firstUse {
	seen := map[string]*firstUse{}
	for _, a := range artifactNames(data, ptr, list) {
		first, ok := seen[a.node.Str]
		if !ok {
			seen[a.node.Str] = &firstUse{pointer: a.pointer, count: 1}
			continue
		}
		first.count++
		times := "twice"
		if first.count > 2 {
			times = fmt.Sprintf("%d times", first.count)
		}
		r.Report(a.node, a.pointer, "artifact name %s is used %s in %s (first at %s)", secrets.Quote(a.node.Str), times, list, first.pointer)
	}
	return seen
}

type namedArtifact struct {
	node    *document.Node
	pointer string
}

// artifactNames lists the string names of the artifacts in data's list.
func artifactNames(data *document.Node, ptr, list string) []namedArtifact {
	items := data.Get(list)
	if items == nil || items.Kind != document.Array {
		return nil
	}
	ptr = document.Key(ptr, list)
	var names []namedArtifact
	for i, item := range items.Items {
		if v, p := str(item, document.Index(ptr, i), "name"); v != nil {
			names = append(names, namedArtifact{v, p})
		}
	}
	return names
}
