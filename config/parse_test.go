package config

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// testRules is a catalogue with the rules the tests name; syntax and
// file-too-large are fixed, as in the linter's.
var testRules = []finding.RuleInfo{
	{ID: "unknown-field", Severity: finding.Warning},
	{ID: "secret-config-value", Severity: finding.Warning},
	{ID: "s3-location", Severity: finding.Error},
	{ID: "action-category", Severity: finding.Error},
	{ID: "syntax", Severity: finding.Error, Fixed: true},
	{ID: "file-too-large", Severity: finding.Error, Fixed: true},
}

const example = `# .jobdetails-lint.yaml
rules:
  unknown-field: off            # disable a rule
  secret-config-value: error    # change a rule's severity (error, warning, note, off)
exclude:                        # paths not linted (globs, relative to this file's folder; ** crosses folders)
  - testdata/generated/**
  - "**/*.golden.json"
suppress:                       # one finding: fixtures cannot carry comments
  - file: fixtures/legacy-bucket.json     # glob allowed, relative to this file's folder
    rule: s3-location
    pointer: /jobDetails/data/inputArtifacts/0/location/s3Location/bucketName
    reason: bucket created before 2018 with an uppercase name   # required
`

func TestParseExample(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	got, err := Parse(path, []byte(example), testRules)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:     path,
		Dir:      dir,
		Severity: map[string]finding.Severity{"secret-config-value": finding.Error},
		Disabled: map[string]bool{"unknown-field": true},
		Exclude:  []string{"testdata/generated/**", "**/*.golden.json"},
		Suppress: []Suppression{{
			File:    "fixtures/legacy-bucket.json",
			Rule:    "s3-location",
			Pointer: "/jobDetails/data/inputArtifacts/0/location/s3Location/bucketName",
			Reason:  "bucket created before 2018 with an uppercase name",
			Line:    9,
			Col:     5,
		}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %#v\nwant %#v", got, want)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, text := range []string{"", "# only a comment\n", "---\n", "~\n", "rules:\nexclude:\nsuppress:\n", "rules: {}\nexclude: []\nsuppress: []\n"} {
		got, err := Parse("c.yaml", []byte(text), testRules)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		want := &Config{Path: "c.yaml", Dir: got.Dir, Severity: map[string]finding.Severity{}, Disabled: map[string]bool{}}
		if !reflect.DeepEqual(got, want) || !filepath.IsAbs(got.Dir) {
			t.Errorf("%q: got %#v", text, got)
		}
	}
}

func TestParseAccepts(t *testing.T) {
	text := `rules:
  unused-suppression: OFF
  action-category: Warning
  syntax: error
suppress:
  - {file: "a/*.json", rule: s3-location, pointer: "", reason: &r whole document}
  - file: b.json
    rule: s3-location
    pointer: /a~0b/c~1d
    reason: *r
`
	got, err := Parse("c.yaml", []byte(text), testRules)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Disabled["unused-suppression"] || got.Severity["action-category"] != finding.Warning || got.Severity["syntax"] != finding.Error {
		t.Errorf("rules: %v %v", got.Disabled, got.Severity)
	}
	want := []Suppression{
		{File: "a/*.json", Rule: "s3-location", Pointer: "", Reason: "whole document", Line: 6, Col: 5},
		{File: "b.json", Rule: "s3-location", Pointer: "/a~0b/c~1d", Reason: "whole document", Line: 7, Col: 5},
	}
	if !reflect.DeepEqual(got.Suppress, want) {
		t.Errorf("got  %#v\nwant %#v", got.Suppress, want)
	}
}

func TestParseErrors(t *testing.T) {
	entry := "suppress:\n  - file: f.json\n    rule: s3-location\n    pointer: /a\n    reason: r\n"
	tests := []struct{ text, want string }{
		// YAML syntax and characters
		{"rules:\n  a: b\n c: d\n", `c.yaml:2:1: did not find expected key`},
		{"exclude:\n  - **/*.json\n", `c.yaml:2:5: did not find expected alphabetic or numeric character; a glob that starts with "*" must be quoted`},
		{"exclude:\n  - *json\n", `c.yaml:2:5: unknown anchor 'json' referenced; a glob that starts with "*" must be quoted`},
		{"rules:\n  s3-location: \x01\n", `c.yaml:2:16: the control character U+0001 is not allowed`},
		{"exclude:\n  - \"a\xffb\"\n", `c.yaml:2:7: the file is not valid UTF-8`},
		{"rules: {}\n---\nrules: {}\n", `c.yaml:2:1: a config file holds one YAML document; remove this one or the ---`},
		// unknown and duplicate keys
		{"rule:\n  s3-location: off\n", `c.yaml:1:1: unknown key "rule"; did you mean "rules"?`},
		{"rules: {}\nexclude: []\nrules: {}\n", `c.yaml:3:1: duplicate key "rules" (first at line 1)`},
		{"rules:\n  s3-location: off\n  s3-location: note\n", `c.yaml:3:3: duplicate key "s3-location" (first at line 2)`},
		{"suppress:\n  - file: f.json\n    rules: s3-location\n", `c.yaml:3:5: unknown key "rules"; did you mean "rule"?`},
		{"suppress:\n  - file: f.json\n    file: g.json\n", `c.yaml:3:5: duplicate key "file" (first at line 2)`},
		{"? [a]\n: b\n", `c.yaml:1:3: a key must be a string, got a list`},
		// rules and severities
		{"rules:\n  unknown-fields: off\n", `c.yaml:2:3: unknown rule "unknown-fields"; did you mean "unknown-field"?`},
		{"rules:\n  S3-Location: off\n", `c.yaml:2:3: unknown rule "S3-Location"; did you mean "s3-location"?`},
		{"rules:\n  no-such-thing: off\n", `c.yaml:2:3: unknown rule "no-such-thing"; "jobdetails-lint rules" lists them`},
		{"rules:\n  s3-location: fatal\n", `c.yaml:2:16: unknown severity "fatal" for s3-location; use error, warning, note or off`},
		{"rules:\n  s3-location:\n", `c.yaml:2:15: the severity of s3-location must be error, warning, note or off, got nothing`},
		{"rules:\n  s3-location: [error]\n", `c.yaml:2:16: the severity of s3-location must be error, warning, note or off, got a list`},
		{"rules:\n  syntax: off\n", `c.yaml:2:11: rule syntax cannot be turned off: an input that cannot be read always fails; exclude the path instead`},
		{"rules:\n  file-too-large: warning\n", `c.yaml:2:19: rule file-too-large is always an error: an input that cannot be read always fails; exclude the path instead`},
		// wrong types
		{"- rules\n", `c.yaml:1:1: the config must be a mapping with keys rules, exclude, suppress, operations or log-formats, got a list`},
		{"rules\n", `c.yaml:1:1: the config must be a mapping with keys rules, exclude, suppress, operations or log-formats, got the value "rules"`},
		{"rules: [s3-location]\n", `c.yaml:1:8: rules must be a mapping of rule ids to severities, got a list`},
		{"exclude: testdata/**\n", `c.yaml:1:10: exclude must be a list of globs, got the value "testdata/**"`},
		{"exclude:\n  - {a: b}\n", `c.yaml:2:5: a glob must be a string, got a mapping`},
		{"exclude:\n  -\n", `c.yaml:2:4: a glob must be a string, got nothing`},
		{"suppress:\n  file: f.json\n", `c.yaml:2:3: suppress must be a list of mappings with keys file, rule, pointer and reason, got a mapping`},
		{"suppress:\n  - f.json\n", `c.yaml:2:5: a suppression must be a mapping with keys file, rule, pointer and reason, got the value "f.json"`},
		{strings.Replace(entry, "file: f.json", "file: [f.json]", 1), `c.yaml:2:11: file must be a string, got a list`},
		// operations
		{"operations: GetThirdPartyJobDetails\n", `c.yaml:1:13: operations must be a mapping of path globs to operation names, got the value "GetThirdPartyJobDetails"`},
		{"operations:\n  partner/**: GetThirdPartyJob\n", `c.yaml:2:15: unknown operation "GetThirdPartyJob"; did you mean "GetThirdPartyJobDetails"?`},
		{"operations:\n  partner/**: get_third_party_job_detail\n", `c.yaml:2:15: unknown operation "get_third_party_job_detail"; did you mean "GetThirdPartyJobDetails"?`},
		{"operations:\n  partner/**: Poll\n", `c.yaml:2:15: unknown operation "Poll"; use one of "GetJobDetails", "GetThirdPartyJobDetails", "PollForJobs" or "PollForThirdPartyJobs"`},
		{"operation:\n  partner/**: PollForJobs\n", `c.yaml:1:1: unknown key "operation"; did you mean "operations"?`},
		{"operations:\n  partner/**: GetThirdPartyJobDetail\n", `c.yaml:2:15: unknown operation "GetThirdPartyJobDetail"; did you mean "GetThirdPartyJobDetails"?`},
		{"operations:\n  partner/**: LambdaEvent\n", `c.yaml:2:15: unknown operation "LambdaEvent"; use one of "GetJobDetails", "GetThirdPartyJobDetails", "PollForJobs" or "PollForThirdPartyJobs"`},
		{"operations:\n  partner/**: [GetJobDetails]\n", `c.yaml:2:15: an operation must be a string, got a list`},
		{"operations:\n  /abs/**: GetJobDetails\n", `c.yaml:2:3: "/abs/**" must be relative to the folder of the config file`},
		// globs
		{"exclude:\n  - \"\"\n", `c.yaml:2:5: a glob must not be empty`},
		{"exclude:\n  - /abs/**\n", `c.yaml:2:5: "/abs/**" must be relative to the folder of the config file`},
		{"exclude:\n  - ../up/**\n", `c.yaml:2:5: "../up/**" reaches outside the folder of the config file, where nothing is matched`},
		{"exclude:\n  - a/[b\n", `c.yaml:2:5: "a/[b" is malformed: an unclosed "[" or a trailing "\"`},
		{strings.Replace(entry, "file: f.json", "file: x/[", 1), `c.yaml:2:11: "x/[" is malformed: an unclosed "[" or a trailing "\"`},
		// suppressions
		{strings.Replace(entry, "    reason: r\n", "", 1), `c.yaml:2:5: the suppression has no reason; say why the finding is accepted`},
		{strings.Replace(entry, "  - file: f.json\n    rule", "  - rule", 1), `c.yaml:2:5: the suppression has no file`},
		{strings.Replace(entry, "    rule: s3-location\n", "", 1), `c.yaml:2:5: the suppression has no rule`},
		{strings.Replace(entry, "    pointer: /a\n", "", 1), `c.yaml:2:5: the suppression has no pointer`},
		{strings.Replace(entry, "reason: r", "reason: \"  \"", 1), `c.yaml:5:13: reason is empty`},
		{strings.Replace(entry, "reason: r", "reason:", 1), `c.yaml:5:12: reason is empty`},
		{strings.Replace(entry, "rule: s3-location", "rule: s3-locaton", 1), `c.yaml:3:11: unknown rule "s3-locaton"; did you mean "s3-location"?`},
		{strings.Replace(entry, "rule: s3-location", "rule: syntax", 1), `c.yaml:3:11: rule syntax cannot be suppressed: an input that cannot be read always fails; exclude the file instead`},
		{strings.Replace(entry, "pointer: /a", "pointer: jobDetails/id", 1), `c.yaml:4:14: pointer "jobDetails/id" must be "" or start with "/"`},
		{strings.Replace(entry, "pointer: /a", "pointer: /a~2", 1), `c.yaml:4:14: pointer "/a~2" has a "~" that is not "~0" or "~1"`},
		{strings.Replace(entry, "pointer: /a", "pointer:", 1), `c.yaml:4:13: pointer is empty; write "" for the whole document`},
	}
	for _, tt := range tests {
		_, err := Parse("c.yaml", []byte(tt.text), testRules)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: got %v, want an *Error", tt.text, err)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.text, err, tt.want)
		}
	}
}
