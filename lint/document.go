package lint

import (
	"fmt"
	"slices"
	"strconv"

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
	form := document.DetectFormAs(root, l.operation)
	if form == document.UnknownForm {
		fs = append(fs, formFinding(root))
	} else {
		fs = append(fs, l.checkJobs(schema.WithoutNulls(root, form), form)...)
	}
	fs = append(fs, secrets.Scan(root)...)
	return downgradePlaceholders(root, fs)
}

// checkJobs runs the Go rules on every job and validates against the
// schema, both on the document as AWS's SDKs read it (null members left
// out). Where both report the same value, both findings are kept here:
// oneFindingPerProblem picks one after the config.
func (l *Linter) checkJobs(root *document.Node, form document.Form) []finding.Finding {
	var r rules.Reporter
	for _, job := range document.Jobs(root, form) {
		for i, rule := range l.rules {
			if !checksForm(l.ruleInfos[i], form) {
				continue
			}
			r.Switch(l.ruleInfos[i])
			rule.Check(job, &r)
		}
	}
	return append(r.Findings(), schema.Validate(root, form)...)
}

// kindWithArticle names a kind of value as a sentence does: "an array",
// "a string", "null".
// checksForm reports whether a rule checks documents of the form.
func checksForm(info finding.RuleInfo, form document.Form) bool {
	return info.Forms == nil || slices.Contains(info.Forms, form.Short())
}

func kindWithArticle(k document.Kind) string {
	switch k {
	case document.Null:
		return "null"
	case document.Array, document.Object:
		return "an " + k.String()
	}
	return "a " + k.String()
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
				Line: again.KeyLine, Column: again.KeyCol, Pointer: document.Pointer(append(path, again.Key)),
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

// downgradePlaceholders turns a finding about a documented example value, or
// a value carrying AWS's EXAMPLE marker, into a note: the value is made up on
// purpose, so what is wrong with it is worth knowing but not failing for.
//
// The value judged is the string at the finding's own line and column, never
// the one its pointer leads to: with a key repeated, the pointer leads to
// the last occurrence, which may be an example while the finding is about a
// real value before it. The credential checks judge placeholders themselves,
// on each credential's own value, and their findings stand as they are.
func downgradePlaceholders(root *document.Node, fs []finding.Finding) []finding.Finding {
	var made map[[2]int]bool // positions of the placeholder strings, found once
	for i := range fs {
		if fs[i].Severity == finding.Note || judgesPlaceholders(fs[i].Rule) {
			continue
		}
		if made == nil {
			made = map[[2]int]bool{}
			placeholderPositions(root, made)
		}
		if made[[2]int{fs[i].Line, fs[i].Column}] {
			fs[i].Severity = finding.Note
		}
	}
	return fs
}

var scanRules = secrets.Rules()

// judgesPlaceholders reports the rules of the credential scan, whose
// findings are about a credential inside a value, never about the value.
func judgesPlaceholders(rule string) bool {
	for _, r := range scanRules {
		if r.ID == rule {
			return true
		}
	}
	return false
}

// placeholderPositions adds the line and column of every string of the
// document that is a placeholder.
func placeholderPositions(n *document.Node, made map[[2]int]bool) {
	switch n.Kind {
	case document.String:
		if placeholder.Is(n.Str) {
			made[[2]int{n.Line, n.Col}] = true
		}
	case document.Array:
		for _, item := range n.Items {
			placeholderPositions(item, made)
		}
	case document.Object:
		for _, m := range n.Members {
			placeholderPositions(m.Value, made)
		}
	}
}
