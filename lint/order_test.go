package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/config"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
)

// orderInputs are the inputs the pipeline-order tests lint: every case of
// testdata/err and the samples.
func orderInputs(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, dir := range []string{"../testdata/err", "../testdata/samples"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() && filepath.Ext(e.Name()) != ".out" {
				paths = append(paths, filepath.Join(dir, e.Name()))
			}
		}
	}
	return paths
}

func catalogIDs() []string {
	var ids []string
	for _, r := range Catalog() {
		ids = append(ids, r.ID)
	}
	return ids
}

// lintWith lints path with the config text (nil config for ""), or returns
// the config's error.
func lintWith(path, configText string) ([]finding.Finding, error) {
	var cfg *config.Config
	if configText != "" {
		var err error
		if cfg, err = config.Parse("", []byte(configText), Catalog()); err != nil {
			return nil, err
		}
	}
	r := New(Options{Config: cfg}).File(path)
	if r.Err != nil {
		return nil, r.Err
	}
	return r.Findings, nil
}

func show(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %d:%d %s %s %s [%s]\n", f.Line, f.Column, f.Pointer, f.Severity, f.Message, f.Rule)
	}
	return b.String()
}

// lintUnmerged lints path with no config and without the one-finding-per-
// problem stage: every finding of every source.
func lintUnmerged(t *testing.T, path string) []finding.Finding {
	t.Helper()
	l := New(Options{})
	l.replaces = nil
	r := l.File(path)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	return r.Findings
}

// samePlace reports whether two findings are about the same value.
func samePlace(f, g finding.Finding) bool {
	return f.Pointer == g.Pointer && f.Line == g.Line && f.Column == g.Column
}

// TestTurningARuleOffHidesNothing turns off each rule in turn over every
// input: that rule's findings go, every other finding stays, every schema
// finding that the rule's finding replaced appears, and nothing else
// appears. A fixed rule (syntax, file-too-large) cannot be turned off.
func TestTurningARuleOffHidesNothing(t *testing.T) {
	schemaRules := map[string]bool{}
	for _, r := range schema.Rules() {
		schemaRules[r.ID] = true
	}
	replaced := 0
	replaces, fixed := map[string][]string{}, map[string]bool{}
	for _, r := range Catalog() {
		replaces[r.ID], fixed[r.ID] = r.Replaces, r.Fixed
	}
	for _, path := range orderInputs(t) {
		all, err := lintWith(path, "")
		if err != nil {
			t.Fatal(err)
		}
		unmerged := lintUnmerged(t, path)
		for _, rule := range catalogIDs() {
			off, err := lintWith(path, "rules:\n  "+rule+": off\n")
			if err != nil {
				if !fixed[rule] {
					t.Errorf("%s cannot be turned off: %v", rule, err)
				}
				continue
			}
			if fixed[rule] {
				t.Fatalf("%s was turned off", rule)
			}
			for _, f := range all {
				if f.Rule != rule && !slices.Contains(off, f) {
					t.Errorf("%s with %s off: lost %s", path, rule, show([]finding.Finding{f}))
				}
			}
			for _, f := range off {
				if f.Rule == rule {
					t.Errorf("%s with %s off: still %s", path, rule, show([]finding.Finding{f}))
				}
				if slices.Contains(all, f) {
					continue
				}
				if !replacedBy(f, rule, all, replaces) {
					t.Errorf("%s with %s off: new finding %s", path, rule, show([]finding.Finding{f}))
				}
			}
			for _, f := range unmerged {
				if !schemaRules[f.Rule] || slices.Contains(all, f) || !replacedBy(f, rule, all, replaces) {
					continue
				}
				replaced++
				if !slices.Contains(off, f) {
					t.Errorf("%s with %s off: the schema's finding it replaced is missing: %s", path, rule, show([]finding.Finding{f}))
				}
			}
		}
	}
	if replaced < 10 {
		t.Errorf("only %d schema findings were replaced by a rule's; the test proves little", replaced)
	}
}

// replacedBy reports whether a finding of rule in all stands at f's place
// and replaces f's rule.
func replacedBy(f finding.Finding, rule string, all []finding.Finding, replaces map[string][]string) bool {
	return slices.Contains(replaces[rule], f.Rule) && slices.ContainsFunc(all, func(g finding.Finding) bool {
		return g.Rule == rule && samePlace(f, g)
	})
}

// TestDefaultSeverityChangesNothing: setting every rule in turn to its own
// default severity leaves every output as it is, per-value judgements
// included.
func TestDefaultSeverityChangesNothing(t *testing.T) {
	for _, path := range orderInputs(t) {
		all, err := lintWith(path, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Catalog() {
			got, err := lintWith(path, "rules:\n  "+r.ID+": "+r.Severity.String()+"\n")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, all) {
				t.Errorf("%s with %s: %s:\n%swant:\n%s", path, r.ID, r.Severity, show(got), show(all))
			}
		}
	}
}

// TestConfiguredSeverity: a rule's findings of its default severity take the
// configured one; those judged per value keep theirs.
func TestConfiguredSeverity(t *testing.T) {
	data, err := os.ReadFile("../testdata/err/rule-s3-location-bucket-uppercase-legacy.json")
	if err != nil {
		t.Fatal(err)
	}
	// A legacy bucket name (a warning, judged for its value) and a bad
	// location type (an error, the rule's default) in one file.
	path := filepath.Join(t.TempDir(), "mixed.json")
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), `"type": "S3"`, `"type": "s3"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	all, err := lintWith(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := show(all); !strings.Contains(got, "warning bucketName has uppercase letters") || !strings.Contains(got, `error "s3" is not a location type`) {
		t.Fatalf("the input has no longer a warning and an error of s3-location:\n%s", got)
	}
	for _, sev := range []finding.Severity{finding.Note, finding.Warning, finding.Error} {
		got, err := lintWith(path, "rules:\n  s3-location: "+sev.String()+"\n")
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(all)
		for i := range want {
			if want[i].Rule == "s3-location" && want[i].Severity == finding.Error {
				want[i].Severity = sev
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("s3-location: %s\ngot:\n%swant:\n%s", sev, show(got), show(want))
		}
	}
}
