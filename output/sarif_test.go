package output

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"strings"
)

func TestSARIFGolden(t *testing.T) {
	golden(t, "sarif.golden", render(t, "sarif", testOptions, testRun))
}

// checkSARIF checks a log against the parts of SARIF 2.1.0 we rely on and the
// rules of GitHub code scanning: version, a named driver, and for every
// result a message, a level, a rule the driver lists (at ruleIndex) and a
// physical location with startLine >= 1.
func checkSARIF(data []byte) error {
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID                   string `json:"id"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results *[]struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text *string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation *struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		return err
	}
	if log.Version != "2.1.0" {
		return fmt.Errorf("version %q, want 2.1.0", log.Version)
	}
	if log.Schema == "" {
		return fmt.Errorf("no $schema")
	}
	if len(log.Runs) == 0 {
		return fmt.Errorf("no runs")
	}
	levels := []string{"error", "warning", "note"}
	for ri, run := range log.Runs {
		d := run.Tool.Driver
		if d.Name == "" {
			return fmt.Errorf("runs[%d].tool.driver.name is empty", ri)
		}
		for _, r := range d.Rules {
			if r.ID == "" || !slices.Contains(levels, r.DefaultConfiguration.Level) {
				return fmt.Errorf("runs[%d]: rule %q has no id or a bad level %q", ri, r.ID, r.DefaultConfiguration.Level)
			}
		}
		if run.Results == nil {
			return fmt.Errorf("runs[%d].results is missing", ri)
		}
		for i, res := range *run.Results {
			where := fmt.Sprintf("runs[%d].results[%d]", ri, i)
			if res.Message.Text == nil || *res.Message.Text == "" {
				return fmt.Errorf("%s: no message.text", where)
			}
			if !slices.Contains(levels, res.Level) {
				return fmt.Errorf("%s: level %q", where, res.Level)
			}
			if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(d.Rules) || d.Rules[*res.RuleIndex].ID != res.RuleID {
				return fmt.Errorf("%s: ruleId %q is not the driver's rule at ruleIndex", where, res.RuleID)
			}
			if len(res.Locations) == 0 || res.Locations[0].PhysicalLocation == nil {
				return fmt.Errorf("%s: no physical location", where)
			}
			pl := res.Locations[0].PhysicalLocation
			if pl.ArtifactLocation.URI == "" || pl.Region.StartLine < 1 || pl.Region.StartColumn < 1 {
				return fmt.Errorf("%s: location %+v lacks a uri or a line and column >= 1", where, *pl)
			}
		}
	}
	return nil
}

func TestSARIFValid(t *testing.T) {
	runs := map[string][]testCall{
		"findings": testRun,
		"empty":    nil,
		"clean":    {{"clean.json", nil}},
		// Line 0 would be rejected by code scanning; the writer says line 1.
		"line zero": {{"a.json", []finding.Finding{{File: "a.json", Rule: "syntax", Severity: finding.Error, Message: "empty"}}}},
	}
	for name, calls := range runs {
		t.Run(name, func(t *testing.T) {
			if err := checkSARIF(render(t, "sarif", testOptions, calls)); err != nil {
				t.Error(err)
			}
		})
	}
	// With no catalogue at all, the rules met in findings are still listed.
	if err := checkSARIF(render(t, "sarif", Options{}, testRun)); err != nil {
		t.Errorf("no catalogue: %v", err)
	}
}

// Every rule of the catalogue is listed, in order, even when nothing found it.
func TestSARIFListsEveryRule(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Name string `json:"name"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(render(t, "sarif", testOptions, nil), &log); err != nil {
		t.Fatal(err)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != len(testRules) {
		t.Fatalf("%d rules listed, want %d", len(rules), len(testRules))
	}
	for i, r := range testRules {
		if rules[i].ID != r.ID || rules[i].Name != ruleName(r.ID) || strings.EqualFold(rules[i].Name, r.ID) {
			t.Errorf("rule %d = %+v, want %s", i, rules[i], r.ID)
		}
	}
}

// Logs of two runs merge into one by concatenating their runs, as
//
//	jq -s '{version: .[0].version, "$schema": .[0]["$schema"], runs: [.[].runs[]]}'
//
// does.
func TestSARIFMerge(t *testing.T) {
	a := render(t, "sarif", testOptions, testRun)
	b := render(t, "sarif", testOptions, testRun[:2])
	var logs [2]struct {
		Schema  string            `json:"$schema"`
		Version string            `json:"version"`
		Runs    []json.RawMessage `json:"runs"`
	}
	for i, data := range [][]byte{a, b} {
		if err := json.Unmarshal(data, &logs[i]); err != nil {
			t.Fatal(err)
		}
	}
	merged, err := json.Marshal(map[string]any{
		"version": logs[0].Version,
		"$schema": logs[0].Schema,
		"runs":    append(logs[0].Runs, logs[1].Runs...),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkSARIF(merged); err != nil {
		t.Errorf("merged log: %v", err)
	}
}

// The fingerprint follows file, rule and pointer; not line, column or message.
func TestSARIFFingerprint(t *testing.T) {
	base := finding.Finding{File: "a.json", Line: 3, Column: 5, Pointer: "/jobs/0/id", Rule: "syntax", Severity: finding.Error, Message: "one"}
	fingerprints := func(fs ...finding.Finding) []string {
		var log struct {
			Runs []struct {
				Results []struct {
					PartialFingerprints map[string]string `json:"partialFingerprints"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(render(t, "sarif", testOptions, []testCall{{"a.json", fs}}), &log); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range log.Runs[0].Results {
			out = append(out, r.PartialFingerprints[fingerprintKey])
		}
		return out
	}
	want := fingerprints(base)[0]
	moved := base
	moved.Line, moved.Column, moved.Message = 30, 1, "reworded"
	if got := fingerprints(moved)[0]; got != want {
		t.Errorf("a moved, reworded finding has fingerprint %s, want %s", got, want)
	}
	for _, change := range []func(*finding.Finding){
		func(f *finding.Finding) { f.File = "b.json" },
		func(f *finding.Finding) { f.Rule = "action-category" },
		func(f *finding.Finding) { f.Pointer = "/jobs/1/id" },
	} {
		f := base
		change(&f)
		if got := fingerprints(f)[0]; got == want {
			t.Errorf("%+v has the fingerprint of %+v", f, base)
		}
	}
	// Two findings at one place stay two alerts.
	if got := fingerprints(base, moved); got[0] == got[1] {
		t.Errorf("two findings share the fingerprint %s", got[0])
	}
}

func TestArtifactURI(t *testing.T) {
	for _, c := range []struct{ name, uri, base string }{
		{"a.json", "a.json", "%SRCROOT%"},
		{"./dir//sub/a.json", "dir/sub/a.json", "%SRCROOT%"},
		{"../up/a.yaml", "../up/a.yaml", "%SRCROOT%"},
		{"run 1,a:b#c?.json", "run%201%2Ca%3Ab%23c%3F.json", "%SRCROOT%"},
		{"100%.json", "100%25.json", "%SRCROOT%"},
		{"données.json", "donn%C3%A9es.json", "%SRCROOT%"},
		{"<stdin>", "%3Cstdin%3E", "%SRCROOT%"},
		{"/abs/a b.json", "file:///abs/a%20b.json", ""},
	} {
		uri, base := artifactURI(c.name)
		if uri != c.uri || base != c.base {
			t.Errorf("artifactURI(%q) = %q, %q; want %q, %q", c.name, uri, base, c.uri, c.base)
		}
	}
}

// A finding on the whole document has no logical location: "/" would name
// the member "" instead.
func TestSARIFEmptyPointer(t *testing.T) {
	calls := []testCall{{"a.json", []finding.Finding{{File: "a.json", Line: 1, Column: 1, Rule: "syntax", Severity: finding.Error, Message: "m"}}}}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []map[string]json.RawMessage `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(render(t, "sarif", testOptions, calls), &log); err != nil {
		t.Fatal(err)
	}
	if _, ok := log.Runs[0].Results[0].Locations[0]["logicalLocations"]; ok {
		t.Error("the empty pointer has a logical location")
	}
}

func TestPascalCase(t *testing.T) {
	for id, want := range map[string]string{
		"action-category": "ActionCategory", "s3-location": "S3Location", "syntax": "SyntaxCheck", "artifacts": "ArtifactsCheck",
		"leaked-credential": "LeakedCredential", "unused-suppression": "UnusedSuppression",
		"schema_required": "SchemaRequired", "": "",
	} {
		if got := ruleName(id); got != want {
			t.Errorf("ruleName(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestSemanticVersion(t *testing.T) {
	for v, want := range map[string]string{
		"1.2.3":                               "1.2.3",
		"v0.2.0":                              "0.2.0",
		"1.0.0-rc.1":                          "1.0.0-rc.1",
		"0.3.1-0.20260102030405-abcdef123456": "0.3.1-0.20260102030405-abcdef123456",
		"0.2.1-0.20260102030405-abcdef123456+dirty": "0.2.1-0.20260102030405-abcdef123456+dirty",
		"1.0.0+build.7": "1.0.0+build.7",
		"1.0.0-x-y.0":   "1.0.0-x-y.0",
		"devel":         develVersion,
		"":              develVersion,
		"1.2":           develVersion,
		"1.2.3.4":       develVersion,
		"01.2.3":        develVersion,
		"1.2.3-01":      develVersion,
		"1.2.3-":        develVersion,
		"1.2.3-a..b":    develVersion,
		"1.2.3+":        develVersion,
		"1.2.3+a_b":     develVersion,
		"1.2.x":         develVersion,
		"vv1.2.3":       develVersion,
	} {
		if got := semanticVersion(v); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", v, got, want)
		}
	}
}

// A build without a release version still names a valid semantic version.
func TestSARIFDevelVersion(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver map[string]any `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	opts := testOptions
	opts.Version = "devel"
	if err := json.Unmarshal(render(t, "sarif", opts, nil), &log); err != nil {
		t.Fatal(err)
	}
	d := log.Runs[0].Tool.Driver
	if d["version"] != "0.0.0-devel" || d["semanticVersion"] != "0.0.0-devel" {
		t.Errorf("version %v, semanticVersion %v", d["version"], d["semanticVersion"])
	}
}
