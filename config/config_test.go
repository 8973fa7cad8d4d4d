package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// exampleConfig parses the README example with the config file in a new
// temporary folder, which becomes the working directory.
func exampleConfig(t *testing.T) *Config {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	c, err := Parse(filepath.Join(dir, FileName), []byte(example), testRules)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)

	c, err := Load("", testRules)
	if err != nil || c.Path != "" || c.Dir != dir || len(c.Exclude)+len(c.Suppress)+len(c.Severity)+len(c.Disabled) != 0 {
		t.Errorf("no file: got %#v, %v", c, err)
	}

	if _, err := Load(FileName, testRules); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: got %v", err)
	}

	if err := os.WriteFile(FileName, []byte(example), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = Load(FileName, testRules)
	if err != nil || c.Path != FileName || c.Dir != dir || len(c.Suppress) != 1 {
		t.Errorf("file: got %#v, %v", c, err)
	}

	if err := os.WriteFile(FileName, []byte("rules:\n  nope: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := FileName + `:2:3: unknown rule "nope"; "jobdetails-lint rules" lists them`
	if _, err := Load(FileName, testRules); err == nil || err.Error() != want {
		t.Errorf("bad file: got %v, want %s", err, want)
	}
}

func TestExcluded(t *testing.T) {
	c := exampleConfig(t)
	tests := []struct {
		path string
		want bool
	}{
		{"testdata/generated/a.json", true},
		{"./testdata/generated/deep/a.json", true},
		{"testdata/generated", true},
		{"testdata/other/a.json", false},
		{"x.golden.json", true},
		{"a/b/x.golden.json", true},
		{"a/b/x.json", false},
		{filepath.Join(c.Dir, "testdata", "generated", "a.json"), true},
		{"testdata/../testdata/generated/a.json", true},
		// outside the config's folder nothing matches, not even **
		{"../elsewhere/x.golden.json", false},
		{filepath.Join(filepath.Dir(c.Dir), "x.golden.json"), false},
	}
	for _, tt := range tests {
		if got := c.Excluded(tt.path); got != tt.want {
			t.Errorf("Excluded(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}

	// Paths are relative to the working directory, not to the config.
	if err := os.MkdirAll(filepath.Join(c.Dir, "testdata"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(c.Dir, "testdata"))
	if !c.Excluded("generated/a.json") || c.Excluded("testdata/generated/a.json") {
		t.Error("Excluded does not use the working directory")
	}
}

func TestBareFolderExcludesItsContents(t *testing.T) {
	dir := t.TempDir()
	c, err := Parse(filepath.Join(dir, FileName), []byte("exclude: [testdata/generated]\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"testdata/generated":            true,
		"testdata/generated/a/b.json":   true,
		"testdata/generated.json":       false,
		"testdata/generated-old/b.json": false,
	} {
		if got := c.Excluded(filepath.Join(dir, path)); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestSuppressed(t *testing.T) {
	c := exampleConfig(t)
	c.Suppress = append(c.Suppress, Suppression{File: "fixtures/**/*.json", Rule: "action-category", Pointer: "", Reason: "r"})
	ptr := c.Suppress[0].Pointer
	tests := []struct {
		f     finding.Finding
		index int
		ok    bool
	}{
		{finding.Finding{File: "fixtures/legacy-bucket.json", Rule: "s3-location", Pointer: ptr}, 0, true},
		{finding.Finding{File: "./fixtures/legacy-bucket.json", Rule: "s3-location", Pointer: ptr}, 0, true},
		{finding.Finding{File: filepath.Join(c.Dir, "fixtures", "legacy-bucket.json"), Rule: "s3-location", Pointer: ptr}, 0, true},
		{finding.Finding{File: "fixtures/legacy-bucket.json", Rule: "s3-location", Pointer: ptr + "/x"}, 0, false},
		{finding.Finding{File: "fixtures/legacy-bucket.json", Rule: "unknown-field", Pointer: ptr}, 0, false},
		{finding.Finding{File: "fixtures/other.json", Rule: "s3-location", Pointer: ptr}, 0, false},
		{finding.Finding{File: "../fixtures/legacy-bucket.json", Rule: "s3-location", Pointer: ptr}, 0, false},
		{finding.Finding{File: "fixtures/a/b.json", Rule: "action-category", Pointer: ""}, 1, true},
		{finding.Finding{File: "fixtures/a/b.json", Rule: "action-category", Pointer: "/jobDetails"}, 0, false},
	}
	for _, tt := range tests {
		i, ok := c.Suppressed(&tt.f)
		if i != tt.index || ok != tt.ok {
			t.Errorf("Suppressed(%+v) = %d, %v; want %d, %v", tt.f, i, ok, tt.index, tt.ok)
		}
	}
}

func TestSuppressedConcurrently(t *testing.T) {
	c := exampleConfig(t)
	f := finding.Finding{File: "fixtures/legacy-bucket.json", Rule: "s3-location", Pointer: c.Suppress[0].Pointer}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				if _, ok := c.Suppressed(&f); !ok {
					t.Error("not suppressed")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestApply(t *testing.T) {
	c := exampleConfig(t) // unknown-field: off, secret-config-value: error
	defaults := map[string]finding.Severity{"unknown-field": finding.Warning, "secret-config-value": finding.Warning, "s3-location": finding.Error}
	in := []finding.Finding{
		{File: "a.json", Rule: "unknown-field", Severity: finding.Warning, Message: "off"},
		{File: "a.json", Rule: "secret-config-value", Severity: finding.Warning, Message: "raised"},
		{File: "a.json", Rule: "secret-config-value", Severity: finding.Note, Message: "a placeholder: judged for its value, kept"},
		{File: "a.json", Rule: "s3-location", Severity: finding.Note, Message: "not configured: kept"},
	}
	orig := append([]finding.Finding(nil), in...)
	got := c.Apply(in, defaults)
	want := []finding.Finding{
		{File: "a.json", Rule: "secret-config-value", Severity: finding.Error, Message: "raised"},
		{File: "a.json", Rule: "secret-config-value", Severity: finding.Note, Message: "a placeholder: judged for its value, kept"},
		{File: "a.json", Rule: "s3-location", Severity: finding.Note, Message: "not configured: kept"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if !reflect.DeepEqual(in, orig) {
		t.Error("Apply changed its input")
	}
	// Without a default to compare with, the configured severity applies.
	if got := c.Apply(in[2:3], nil); got[0].Severity != finding.Error {
		t.Errorf("no defaults: got %+v", got)
	}
}

func TestUnused(t *testing.T) {
	c := exampleConfig(t)
	c.Suppress = append(c.Suppress, Suppression{File: "b.json", Rule: "action-category", Pointer: "", Reason: "r", Line: 14, Col: 5})

	if got := c.Unused([]bool{true, true}); got != nil {
		t.Errorf("all used: got %+v", got)
	}
	want := []finding.Finding{
		{File: c.Path, Line: 9, Column: 5, Pointer: "/suppress/0", Rule: "unused-suppression", Severity: finding.Note,
			Message: "suppression of s3-location at fixtures/legacy-bucket.json /jobDetails/data/inputArtifacts/0/location/s3Location/bucketName matched no finding; remove it"},
		{File: c.Path, Line: 14, Column: 5, Pointer: "/suppress/1", Rule: "unused-suppression", Severity: finding.Note,
			Message: `suppression of action-category at b.json "" matched no finding; remove it`},
	}
	// A short slice counts the rest as unused.
	if got := c.Unused([]bool{false}); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if got := c.Unused([]bool{true, false}); !reflect.DeepEqual(got, want[1:]) {
		t.Errorf("got  %+v\nwant %+v", got, want[1:])
	}

	// The config's own setting for unused-suppression applies.
	c.Severity[UnusedRule.ID] = finding.Warning
	if got := c.Unused(nil); len(got) != 2 || got[0].Severity != finding.Warning {
		t.Errorf("raised: got %+v", got)
	}
	c.Disabled[UnusedRule.ID] = true
	if got := c.Unused(nil); len(got) != 0 {
		t.Errorf("off: got %+v", got)
	}
}

func TestNilConfig(t *testing.T) {
	var c *Config
	fs := []finding.Finding{{File: "a.json", Rule: "x", Severity: finding.Error}}
	if c.Excluded("a.json") || len(c.Unused(nil)) != 0 || !reflect.DeepEqual(c.Apply(fs, nil), fs) {
		t.Error("a nil config is not empty")
	}
	if _, ok := c.Suppressed(&fs[0]); ok {
		t.Error("a nil config suppresses")
	}
}

func TestErrorWithoutPosition(t *testing.T) {
	e := &Error{Path: "c.yaml", Msg: "is a folder"}
	if e.Error() != "c.yaml: is a folder" {
		t.Error(e.Error())
	}
}

// Loading runs at every start of a pre-commit hook; it must stay cheap.
func BenchmarkParse(b *testing.B) {
	data := []byte(example)
	for b.Loop() {
		if _, err := Parse(FileName, data, testRules); err != nil {
			b.Fatal(err)
		}
	}
}

func TestOperation(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("operations:\n  partner/**: get-third-party-job-details\n  partner/polls/*.json: PollForThirdPartyJobs\n  '**/*.jsonl': pollforjobs\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]document.Form{
		"partner/a.json":          document.GetThirdPartyJobDetails,
		"partner/polls/b.json":    document.GetThirdPartyJobDetails, // the first glob that matches wins
		"captures/c.jsonl":        document.PollForJobs,
		"fixtures/get-job.json":   document.UnknownForm,
		"../outside/partner.json": document.UnknownForm,
	} {
		if got := cfg.Operation(path); got != want {
			t.Errorf("Operation(%q) = %v, want %v", path, got, want)
		}
	}
	if got := (*Config)(nil).Operation("a.json"); got != document.UnknownForm {
		t.Errorf("nil config: %v", got)
	}
}
