package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyWith copies the file from (relative to the repository's root) into
// dir, with each pair of replacements made once, in order.
func copyWith(t *testing.T, dir, from, to string, replacements ...string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, from))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for i := 0; i+1 < len(replacements); i += 2 {
		if !strings.Contains(text, replacements[i]) {
			t.Fatalf("%s has no %s", from, replacements[i])
		}
		text = strings.Replace(text, replacements[i], replacements[i+1], 1)
	}
	writeFile(t, dir, to, text)
}

// checkRun runs the command with a config file and compares exit code and
// output.
// root is the repository's root, absolute, for tests that change directory.
var root, _ = filepath.Abs(repoRoot)

func checkRun(t *testing.T, dir, config, path string, wantCode int, want string) {
	t.Helper()
	writeFile(t, dir, ".jobdetails-lint.yaml", config)
	code, stdout, stderr := run(t, "", "--color=never", path)
	if code != wantCode || stdout != want || stderr != "" {
		t.Errorf("config:\n%s\nexit %d, want %d\nstdout:\n%s\nwant:\n%s\nstderr: %s", config, code, wantCode, stdout, want, stderr)
	}
}

// TestRulesOffShowTheSchema: turning off the rules that stand in for the
// schema's enum check shows the schema's findings, and the file still fails.
func TestRulesOffShowTheSchema(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	copyWith(t, dir, "testdata/err/schema-enum.json", "enums.json",
		`"category": "Build"`, `"category": "Built"`,
		`"owner": "Custom"`, `"owner": "custom"`,
		`"type": "S3"`, `"type": "s3"`) // "KMSX" is there already

	checkRun(t, dir, "", "enums.json", ExitFindings, `enums.json:6:21: error: "Built" is not a category; did you mean "Build"? [action-category]
enums.json:7:18: error: "custom" is not an owner; did you mean "Custom"? [action-owner]
enums.json:34:21: error: "s3" is not a location type; did you mean "S3"? [s3-location]
enums.json:63:17: error: "KMSX" is not an encryption key type; did you mean "KMS"? [encryption-key]
1 file, 1 document: 4 errors, 0 warnings, 0 notes
`)
	checkRun(t, dir, `rules:
  action-category: off
  action-owner: off
  s3-location: off
  encryption-key: off
`, "enums.json", ExitFindings, `enums.json:6:21: error: "Built" is not a valid action category; use one of "Source", "Build", "Deploy", "Test", "Invoke", "Approval" or "Compute" [schema-enum]
enums.json:7:18: error: "custom" is not a valid action owner; use one of "AWS", "ThirdParty" or "Custom" [schema-enum]
enums.json:34:21: error: "s3" is not a valid artifact location type; use "S3" [schema-enum]
enums.json:63:17: error: "KMSX" is not a valid encryption key type; use "KMS" [schema-enum]
1 file, 1 document: 4 errors, 0 warnings, 0 notes
`)
	// A suppressed finding replaces nothing either.
	checkRun(t, dir, `suppress:
  - file: enums.json
    rule: action-owner
    pointer: /jobDetails/data/actionTypeId/owner
    reason: a test
`, "enums.json", ExitFindings, `enums.json:6:21: error: "Built" is not a category; did you mean "Build"? [action-category]
enums.json:7:18: error: "custom" is not a valid action owner; use one of "AWS", "ThirdParty" or "Custom" [schema-enum]
enums.json:34:21: error: "s3" is not a location type; did you mean "S3"? [s3-location]
enums.json:63:17: error: "KMSX" is not an encryption key type; did you mean "KMS"? [encryption-key]
1 file, 1 document: 4 errors, 0 warnings, 0 notes
`)
	// A rule given another severity still stands for the problem: one
	// finding, of the configured severity.
	checkRun(t, dir, `rules:
  action-category: warning
`, "enums.json", ExitFindings, `enums.json:6:21: warning: "Built" is not a category; did you mean "Build"? [action-category]
enums.json:7:18: error: "custom" is not an owner; did you mean "Custom"? [action-owner]
enums.json:34:21: error: "s3" is not a location type; did you mean "S3"? [s3-location]
enums.json:63:17: error: "KMSX" is not an encryption key type; did you mean "KMS"? [encryption-key]
1 file, 1 document: 3 errors, 1 warning, 0 notes
`)
}

// TestArtifactsOffShowsThePattern: the artifacts rule checks that names are
// unique, not their form, so its finding replaces no schema finding; with
// the rule on or off, the schema's pattern errors show.
func TestArtifactsOffShowsThePattern(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	copyWith(t, dir, "testdata/err/rule-artifacts-duplicate-input-name.json", "artifacts.json",
		`"name": "SourceOutput"`, `"name": "Source Output"`,
		`"name": "SourceOutput"`, `"name": "Source Output"`)
	const pattern = `"Source Output" is not made of letters, digits, '-' and '_' [schema-pattern]`
	checkRun(t, dir, "", "artifacts.json", ExitFindings, `artifacts.json:31:19: error: artifact name `+pattern+`
artifacts.json:42:19: error: artifact name "Source Output" is used twice in inputArtifacts (first at /jobDetails/data/inputArtifacts/0/name) [artifacts]
artifacts.json:42:19: error: artifact name `+pattern+`
1 file, 1 document: 3 errors, 0 warnings, 0 notes
`)
	checkRun(t, dir, "rules:\n  artifacts: off\n", "artifacts.json", ExitFindings, `artifacts.json:31:19: error: artifact name `+pattern+`
artifacts.json:42:19: error: artifact name `+pattern+`
1 file, 1 document: 2 errors, 0 warnings, 0 notes
`)
}

// TestConfiguredSeverityKeepsJudgements: the config sets a rule's default
// severity; a severity decided for one value (a placeholder's note, a legacy
// bucket's warning, a ThirdParty owner's warning) stays.
func TestConfiguredSeverityKeepsJudgements(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	copyWith(t, dir, "testdata/samples/cli-reference-example.json", "example.json")
	copyWith(t, dir, "testdata/err/rule-s3-location-bucket-uppercase-legacy.json", "legacy.json")
	copyWith(t, dir, "testdata/err/rule-action-owner-thirdparty-in-getjobdetails.json", "owner.json")

	const notes = `example.json:29:27: note: bucketName has uppercase letters, allowed only in legacy buckets (us-east-1, before March 2018); current names have 3 to 63 lowercase letters, digits, dots and hyphens [s3-location]
example.json:49:9: note: job id "f4f4ff82-2d11-EXAMPLE" is not a lowercase UUID (8-4-4-4-12 hex digits) [schema-pattern]
1 file, 1 document: 0 errors, 0 warnings, 2 notes
`
	checkRun(t, dir, "rules:\n  schema-pattern: error\n", "example.json", ExitClean, notes)
	checkRun(t, dir, "rules:\n  schema-pattern: warning\n  s3-location: error\n", "example.json", ExitClean, notes)

	const legacy = `legacy.json:48:29: warning: bucketName has uppercase letters, allowed only in legacy buckets (us-east-1, before March 2018); current names have 3 to 63 lowercase letters, digits, dots and hyphens [s3-location]
1 file, 1 document: 0 errors, 1 warning, 0 notes
`
	checkRun(t, dir, "rules:\n  s3-location: error\n", "legacy.json", ExitClean, legacy)
	checkRun(t, dir, "rules:\n  s3-location: note\n", "legacy.json", ExitClean, legacy)

	checkRun(t, dir, "rules:\n  action-owner: error\n", "owner.json", ExitClean, `owner.json:8:18: warning: owner "ThirdParty" is unexpected in a GetJobDetails response, which serves custom actions only (owner "Custom"); third-party jobs come from GetThirdPartyJobDetails [action-owner]
1 file, 1 document: 0 errors, 1 warning, 0 notes
`)
}
