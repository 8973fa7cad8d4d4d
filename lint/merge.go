package lint

import "github.com/jobdetails-lint/jobdetails-lint/finding"

// oneFindingPerProblem drops a schema finding that a Go rule's finding
// replaces: the rule lists the schema rule in RuleInfo.Replaces, and both
// stand at the same place (pointer, line and column: the same value of the
// same document). The rule's finding says more, and has the severity that
// the rule and the config give it.
//
// It runs after the config and the suppressions, so a finding that is off or
// suppressed replaces nothing: turning a rule off shows the schema's finding.
func (l *Linter) oneFindingPerProblem(fs []finding.Finding) []finding.Finding {
	type place struct {
		pointer    string
		line, col  int
		schemaRule string
	}
	var replaced map[place]bool
	for i := range fs {
		f := &fs[i]
		for _, id := range l.replaces[f.Rule] {
			if replaced == nil {
				replaced = map[place]bool{}
			}
			replaced[place{f.Pointer, f.Line, f.Column, id}] = true
		}
	}
	if replaced == nil {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if !replaced[place{f.Pointer, f.Line, f.Column, f.Rule}] {
			kept = append(kept, f)
		}
	}
	return kept
}
