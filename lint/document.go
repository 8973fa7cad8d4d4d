package lint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/placeholder"
	"github.com/jobdetails-lint/jobdetails-lint/rules"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// checkDocument runs every check on one decoded document.
func (l *Linter) checkDocument(root *document.Node) []finding.Finding {
	var fs []finding.Finding
	fs = appendDuplicateKeys(fs, root, nil)
	env := document.DetectEnvelope(root)
	if env == document.UnknownEnvelope {
		fs = append(fs, envelopeFinding(root))
	} else {
		fs = append(fs, l.checkJobs(root, env)...)
	}
	fs = append(fs, secrets.Scan(root)...)
	return downgradePlaceholders(root, fs)
}

// checkJobs validates against the schema and runs the Go rules. Where a rule
// and the schema report the same pointer, the rule's finding says more and
// stands alone.
func (l *Linter) checkJobs(root *document.Node, env document.Envelope) []finding.Finding {
	var r rules.Reporter
	for _, job := range document.Jobs(root, env) {
		for i, rule := range l.rules {
			r.Switch(l.ruleInfos[i])
			rule.Check(job, &r)
		}
	}
	ruleFindings := r.Findings()
	schemaFindings := schema.Validate(root, env)
	if len(ruleFindings) == 0 {
		return schemaFindings
	}
	covered := make(map[string]bool, len(ruleFindings))
	for _, f := range ruleFindings {
		covered[f.Pointer] = true
	}
	for _, f := range schemaFindings {
		if !covered[f.Pointer] {
			ruleFindings = append(ruleFindings, f)
		}
	}
	return ruleFindings
}

func envelopeFinding(root *document.Node) finding.Finding {
	const want = `expected a GetJobDetails response (an object with "jobDetails") or a PollForJobs response (an object with "jobs")`
	msg := "the document is an object without \"jobDetails\" or \"jobs\"; " + want
	if root.Kind != document.Object {
		msg = fmt.Sprintf("the document is %s %s; %s", article(root.Kind), root.Kind, want)
	}
	return finding.Finding{Line: root.Line, Column: root.Col, Pointer: "", Rule: ruleEnvelope.ID, Severity: ruleEnvelope.Severity, Message: msg}
}

func article(k document.Kind) string {
	if k == document.Array || k == document.Object {
		return "an"
	}
	return "a"
}

// appendDuplicateKeys reports every repeated key of every object, at the
// repeat, naming where the key first appeared. The pointer is built only for
// a finding, since almost every document has none.
func appendDuplicateKeys(fs []finding.Finding, n *document.Node, path []string) []finding.Finding {
	switch n.Kind {
	case document.Array:
		for i, item := range n.Items {
			if item.Kind == document.Array || item.Kind == document.Object {
				fs = appendDuplicateKeys(fs, item, append(path, strconv.Itoa(i)))
			}
		}
	case document.Object:
		for _, dup := range duplicateMembers(n.Members) {
			first, again := n.Members[dup[0]], n.Members[dup[1]]
			fs = append(fs, finding.Finding{
				Line: again.KeyLine, Column: again.KeyCol, Pointer: pointerOf(append(path, again.Key)),
				Rule: ruleDuplicateKey.ID, Severity: ruleDuplicateKey.Severity,
				Message: fmt.Sprintf("key %q appears again (first at %d:%d); parsers disagree on which value wins, so keep one",
					again.Key, first.KeyLine, first.KeyCol),
			})
		}
		for _, m := range n.Members {
			if m.Value.Kind == document.Array || m.Value.Kind == document.Object {
				fs = appendDuplicateKeys(fs, m.Value, append(path, m.Key))
			}
		}
	}
	return fs
}

// duplicateMembers returns index pairs (first, repeat) of repeated keys. Small
// objects are compared pairwise; large ones use a map so that an object with a
// million keys stays linear.
func duplicateMembers(members []document.Member) [][2]int {
	var dups [][2]int
	if len(members) <= 16 {
		for j := 1; j < len(members); j++ {
			for i := 0; i < j; i++ {
				if members[i].Key == members[j].Key {
					dups = append(dups, [2]int{i, j})
					break
				}
			}
		}
		return dups
	}
	seen := make(map[string]int, len(members))
	for j, m := range members {
		if i, ok := seen[m.Key]; ok {
			dups = append(dups, [2]int{i, j})
			continue
		}
		seen[m.Key] = j
	}
	return dups
}

func pointerOf(path []string) string {
	var b strings.Builder
	for _, token := range path {
		b.WriteByte('/')
		b.WriteString(document.EscapeToken(token))
	}
	return b.String()
}

// downgradePlaceholders turns a finding about a documented example value, or
// a value carrying AWS's EXAMPLE marker, into a note: the value is made up on
// purpose, so what is wrong with it is worth knowing but not failing for.
func downgradePlaceholders(root *document.Node, fs []finding.Finding) []finding.Finding {
	for i := range fs {
		if fs[i].Severity == finding.Note {
			continue
		}
		if n := document.Lookup(root, fs[i].Pointer); n.IsString() && placeholder.Is(n.Str) {
			fs[i].Severity = finding.Note
		}
	}
	return fs
}
