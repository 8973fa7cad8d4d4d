package command

import (
	"bytes"
	"testing"
)

// TestSemanticVersion: every version a build can carry becomes a Semantic
// Version: what git describe prints (make build), a release's version
// (goreleaser), a module version (go install).
func TestSemanticVersion(t *testing.T) {
	for v, want := range map[string]string{
		// A release, stamped or from the module.
		"0.2.0":       "0.2.0",
		"v0.2.0":      "0.2.0",
		"v1.0.0-rc.1": "1.0.0-rc.1",
		// git describe --tags --long --always --dirty.
		"v0.2.0-0-g1a2b3c4":         "0.2.0",
		"v0.2.0-0-g1a2b3c4-dirty":   "0.2.1-devel+g1a2b3c4.dirty",
		"v0.2.0-3-g1a2b3c4":         "0.2.1-devel+g1a2b3c4",
		"v0.2.9-12-g1a2b3c4d-dirty": "0.2.10-devel+g1a2b3c4d.dirty",
		"v1.0.0-rc.1-0-g1a2b3c4":    "1.0.0-rc.1",
		"v1.0.0-rc.1-2-g1a2b3c4":    "1.0.0-devel+g1a2b3c4",
		"6d6f003":                   "0.0.1-devel+g6d6f003",
		"6d6f003-dirty":             "0.0.1-devel+g6d6f003.dirty",
		// A snapshot (goreleaser's template) and Go's pseudo-versions.
		"0.2.1-devel+g1a2b3c4":                       "0.2.1-devel+g1a2b3c4",
		"v0.0.0-20250102150405-1a2b3c4d5e6f":         "0.0.0-20250102150405-1a2b3c4d5e6f",
		"v0.2.1-0.20250102150405-1a2b3c4d5e6f+dirty": "0.2.1-0.20250102150405-1a2b3c4d5e6f+dirty",
		// Nothing known, or something else.
		"":             develVersion,
		"devel":        develVersion,
		"custom build": develVersion + "+custom-build",
		"1.2":          develVersion + "+1.2",
		"!!!":          develVersion,
	} {
		if got := semanticVersion(v); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestVersionAgreesWithSARIF: the version command prints the version that
// SARIF's driver carries, for a stamped build between releases.
func TestVersionAgreesWithSARIF(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = "v0.2.0-3-g1a2b3c4-dirty"
	var stdout bytes.Buffer
	if code := (&Command{Stdout: &stdout, Stderr: &bytes.Buffer{}}).Main([]string{"version"}); code != ExitClean {
		t.Fatalf("exit %d", code)
	}
	want := "jobdetails-lint 0.2.1-devel+g1a2b3c4.dirty\n"
	if stdout.String() != want {
		t.Errorf("version prints %q, want %q", stdout.String(), want)
	}
	var sarif bytes.Buffer
	c := &Command{Stdout: &sarif, Stderr: &bytes.Buffer{}}
	if code := c.Main([]string{"--format", "sarif", "../../testdata/ok/lambda-invoke-event.json"}); code != ExitClean {
		t.Fatalf("exit %d", code)
	}
	for _, field := range []string{`"version": "0.2.1-devel+g1a2b3c4.dirty"`, `"semanticVersion": "0.2.1-devel+g1a2b3c4.dirty"`} {
		if !bytes.Contains(sarif.Bytes(), []byte(field)) {
			t.Errorf("SARIF lacks %s", field)
		}
	}
}
