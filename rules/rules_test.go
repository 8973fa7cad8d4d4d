package rules

import (
	"fmt"
	"slices"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// result is the part of a finding a rule decides.
type result struct {
	Pointer  string
	Severity finding.Severity
	Message  string
}

func errorAt(ptr, msg string) result   { return result{ptr, finding.Error, msg} }
func warningAt(ptr, msg string) result { return result{ptr, finding.Warning, msg} }

type ruleCase struct {
	name string
	doc  string // a whole response
	want []result
}

// jobWith is a GetJobDetails response with the given data object.
func jobWith(data string) string {
	return `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": "123456789012", "data": ` + data + `}}`
}

// runRule runs rule over every job of doc and returns what it reported. It
// also checks what every finding must have: the rule's id, and the position
// of the node the pointer names.
func runRule(t *testing.T, rule Rule, doc string) []result {
	t.Helper()
	root, err := decode.JSON([]byte(doc))
	if err != nil {
		t.Fatalf("test document does not parse: %v", err)
	}
	var got []result
	for _, job := range document.Jobs(root, document.DetectForm(root)) {
		r := &Reporter{info: rule.Info()}
		rule.Check(job, r)
		for _, f := range r.Findings() {
			if f.Rule != rule.Info().ID {
				t.Errorf("finding has rule %q, want %q", f.Rule, rule.Info().ID)
			}
			n := document.Lookup(root, f.Pointer)
			if n == nil || f.Line != n.Line || f.Column != n.Col {
				t.Errorf("finding at %d:%d does not match the node at %q", f.Line, f.Column, f.Pointer)
			}
			got = append(got, result{f.Pointer, f.Severity, f.Message})
		}
	}
	return got
}

func runCases(t *testing.T, rule Rule, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := runRule(t, rule, c.doc)
			if !slices.Equal(got, c.want) {
				t.Errorf("got:\n%s\nwant:\n%s", format(got), format(c.want))
			}
		})
	}
}

func format(rs []result) string {
	s := ""
	for _, r := range rs {
		s += fmt.Sprintf("  %s %s %s\n", r.Pointer, r.Severity, r.Message)
	}
	if s == "" {
		return "  (nothing)\n"
	}
	return s
}

func TestAllRulesDescribed(t *testing.T) {
	seen := map[string]bool{}
	for _, rule := range All() {
		info := rule.Info()
		if info.ID == "" || info.Description == "" {
			t.Errorf("rule %T has no id or no description: %+v", rule, info)
		}
		if info.Severity < finding.Note || info.Severity > finding.Error {
			t.Errorf("rule %q has no valid severity", info.ID)
		}
		if seen[info.ID] {
			t.Errorf("rule id %q is used twice", info.ID)
		}
		seen[info.ID] = true
	}
	for _, id := range []string{"action-category", "action-owner", "encryption-key", "s3-location", "artifacts", "pipeline-context", "account-id"} {
		if !seen[id] {
			t.Errorf("rule %q is not in All()", id)
		}
	}
}

func TestRulesSkipOtherShapes(t *testing.T) {
	// Values of the wrong type, and missing members, are the schema's to
	// report; no rule may panic on them.
	docs := []string{
		`{"jobDetails": {}}`,
		`{"jobDetails": {"data": null}}`,
		`{"jobDetails": {"data": []}}`,
		`{"jobDetails": {"data": {"actionTypeId": 1, "pipelineContext": "x", "encryptionKey": [], "inputArtifacts": {}, "outputArtifacts": "x"}}}`,
		`{"jobDetails": {"data": {"actionTypeId": {"category": 1, "owner": null}, "pipelineContext": {"pipelineArn": 5, "action": 1, "pipelineExecutionId": true},
			"encryptionKey": {"id": 1, "type": 2}, "inputArtifacts": [1, null, {"name": 2, "location": 3}, {"location": {"type": 1, "s3Location": 1}}],
			"outputArtifacts": [{"location": {"type": "S3", "s3Location": {"bucketName": 1, "objectKey": false}}}]}}}`,
		`{"jobs": [1, {"accountId": true}]}`,
	}
	for _, doc := range docs {
		for _, rule := range All() {
			if got := runRule(t, rule, doc); len(got) != 0 {
				t.Errorf("%s on %s: got\n%s", rule.Info().ID, doc, format(got))
			}
		}
	}
}
