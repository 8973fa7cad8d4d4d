package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "fixtures/unknown.json", `{"jobDetails": {"accountId": "111122223333", "extra": 1}}`)
	writeFile(t, dir, "fixtures/number.json", `{"jobDetails": {"accountId": 1}}`)
	writeFile(t, dir, "fixtures/generated/skip.json", `not json`)
	writeFile(t, dir, "fixtures/legacy.json", `{"jobDetails": {"accountId": "1111"}}`)
	writeFile(t, dir, ".jobdetails-lint.yaml", `rules:
  unknown-field: off
  account-id: warning
exclude:
  - fixtures/generated
suppress:
  - file: fixtures/legacy.json
    rule: account-id
    pointer: /jobDetails/accountId
    reason: an old capture kept as it was
  - file: fixtures/legacy.json
    rule: s3-location
    pointer: /jobDetails
    reason: no longer needed
  - file: elsewhere/*.json
    rule: s3-location
    pointer: ""
    reason: its file is not linted in this run, so it is not reported
  - file: fixtures/legacy.json
    rule: schema-pattern
    pointer: /jobDetails/accountId
    reason: a suppressed account-id finding no longer stands in for the schema's
`)
	code, stdout, stderr := run(t, "", "--color=never", "fixtures")
	want := `fixtures/number.json:1:30: warning: accountId must be a string of 12 digits such as "012345678901"; a number loses leading zeros [account-id]
.jobdetails-lint.yaml:11:5: note: suppression of s3-location at fixtures/legacy.json /jobDetails matched no finding; remove it [unused-suppression]
3 files, 3 documents: 0 errors, 1 warning, 1 note
`
	if code != ExitClean || stdout != want || stderr != "" {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr: %s", code, stdout, want, stderr)
	}
	if code, stdout, _ := run(t, "", "--color=never", "--no-config", "fixtures/unknown.json"); code != ExitClean || !strings.Contains(stdout, "[unknown-field]") {
		t.Errorf("--no-config: exit %d\n%s", code, stdout)
	}
	writeFile(t, dir, "bad.yaml", "rules:\n  unknown-fields: off\n")
	code, stdout, stderr = run(t, "", "--config", "bad.yaml", "fixtures")
	if code != ExitTrouble || stdout != "" || stderr != "jobdetails-lint: bad.yaml:2:3: unknown rule \"unknown-fields\"; did you mean \"unknown-field\"?\n" {
		t.Errorf("a bad config: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := run(t, "", "--config", "missing.yaml", "fixtures"); code != ExitTrouble || !strings.Contains(stderr, "cannot read the config file: open missing.yaml: no such file") {
		t.Errorf("a missing config: exit %d, stderr %q", code, stderr)
	}
}

// TestWalkSkipsConfigFile: the config file is YAML but no response; a
// folder walk (jobdetails-lint .) never lints it.
func TestWalkSkipsConfigFile(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(repoRoot, "testdata/ok/poll-for-jobs.json"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "fixtures/job.json", string(good))
	writeFile(t, dir, ".jobdetails-lint.yaml", "rules:\n  unknown-field: off\n")
	writeFile(t, dir, "fixtures/.jobdetails-lint.yaml", "rules: {}\n")
	t.Chdir(dir)
	code, stdout, stderr := run(t, "", "--color=never", ".")
	if want := "1 file, 1 document: 0 errors, 0 warnings, 0 notes\n"; code != ExitClean || stdout != want || stderr != "" {
		t.Errorf("exit %d\nstdout %q\nwant   %q\nstderr %q", code, stdout, want, stderr)
	}
}

// TestAllNamedFilesSkipped: a pre-commit hook names only excluded files and
// the config file: the run is clean, and quiet prints nothing. A missing
// file among them is still an error.
func TestAllNamedFilesSkipped(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".jobdetails-lint.yaml", "exclude: [\"fixtures/generated/**\"]\n")
	writeFile(t, dir, "fixtures/generated/x.json", "not json")
	t.Chdir(dir)
	code, stdout, stderr := run(t, "", "--quiet", "fixtures/generated/x.json", ".jobdetails-lint.yaml")
	if code != ExitClean || stdout != "" || stderr != "" {
		t.Errorf("quiet: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = run(t, "", "--color=never", "fixtures/generated/x.json")
	if want := "0 files, 0 documents: 0 errors, 0 warnings, 0 notes\n"; code != ExitClean || stdout != want || stderr != "" {
		t.Errorf("text: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	code, _, stderr = run(t, "", "--quiet", "fixtures/generated/x.json", "missing.json")
	if want := "jobdetails-lint: cannot read missing.json: no such file or directory\n"; code != ExitTrouble || stderr != want {
		t.Errorf("missing file: exit %d\nstderr %q", code, stderr)
	}
}

// TestStdinFilenameExcluded: standard input named with --stdin-filename is
// excluded like a file of that name.
func TestStdinFilenameExcluded(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".jobdetails-lint.yaml", "exclude: [\"fixtures/generated/**\"]\n")
	t.Chdir(dir)
	code, stdout, stderr := run(t, "not json", "--quiet", "--stdin-filename", "fixtures/generated/x.json", "-")
	if code != ExitClean || stdout != "" || stderr != "" {
		t.Errorf("excluded: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "not json", "--quiet", "--stdin-filename", "fixtures/x.json", "-")
	if code != ExitFindings || !strings.HasPrefix(stdout, "fixtures/x.json:1:2: error: ") {
		t.Errorf("not excluded: exit %d\nstdout %q", code, stdout)
	}
}

// A third-party job saved without its nonce, and with nothing else that
// tells (no accountId, no owner), is told apart from a custom action's by
// --operation, or by the config per path; the flag wins.
func TestOperationNamed(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	job := `{"jobDetails": {"id": "partner-7", "data": {"inputArtifacts": []}}}`
	writeFile(t, dir, "partner/job.json", job)
	writeFile(t, dir, "custom/job.json", job)
	custom := func(name string) string {
		return name + `:1:23: error: job id "partner-7" is not a lowercase UUID (8-4-4-4-12 hex digits) [schema-pattern]` + "\n"
	}

	code, stdout, _ := run(t, "", "--color=never", "partner", "custom")
	if want := custom("custom/job.json") + custom("partner/job.json") + "2 files, 2 documents: 2 errors, 0 warnings, 0 notes\n"; code != ExitFindings || stdout != want {
		t.Errorf("without a name: exit %d\n%s\nwant:\n%s", code, stdout, want)
	}
	writeFile(t, dir, ".jobdetails-lint.yaml", "operations:\n  partner/**: get-third-party-job-details\n")
	code, stdout, _ = run(t, "", "--color=never", "partner", "custom")
	if want := custom("custom/job.json") + "2 files, 2 documents: 1 error, 0 warnings, 0 notes\n"; code != ExitFindings || stdout != want {
		t.Errorf("named in the config: exit %d\n%s\nwant:\n%s", code, stdout, want)
	}
	code, stdout, _ = run(t, "", "--color=never", "--operation", "GetThirdPartyJobDetails", "partner", "custom")
	if want := "2 files, 2 documents: 0 errors, 0 warnings, 0 notes\n"; code != ExitClean || stdout != want {
		t.Errorf("named by the flag: exit %d\n%s\nwant:\n%s", code, stdout, want)
	}
	// A name never overrides what the document shows.
	writeFile(t, dir, "custom/told.json", `{"jobDetails": {"id": "partner-7", "accountId": "111122223333"}}`)
	code, stdout, _ = run(t, "", "--color=never", "--operation", "GetThirdPartyJobDetails", "custom/told.json")
	if want := custom("custom/told.json") + "1 file, 1 document: 1 error, 0 warnings, 0 notes\n"; code != ExitFindings || stdout != want {
		t.Errorf("a name against the document: exit %d\n%s\nwant:\n%s", code, stdout, want)
	}
	code, _, stderr := run(t, "", "--operation", "GetThirdPartyJobDetail", "partner")
	if want := "jobdetails-lint: --operation: unknown operation \"GetThirdPartyJobDetail\"; did you mean \"GetThirdPartyJobDetails\"?\nRun \"jobdetails-lint check --help\" for the flags.\n"; code != ExitTrouble || stderr != want {
		t.Errorf("a misspelt operation: exit %d, stderr %q", code, stderr)
	}
}
