package command

import (
	"os"
	"strings"
	"testing"
)

// TestMistypedSubcommand: a first argument close to a subcommand's name,
// that names no file or folder, is taken for a slip of the hand, with the
// subcommand suggested; a real path of that name is linted.
func TestMistypedSubcommand(t *testing.T) {
	fixture, err := os.ReadFile(repoRoot + "/testdata/ok/poll-for-jobs.json")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for arg, want := range map[string]string{
		"chek":    "check",
		"Check":   "check",
		"redcat":  "redact",
		"shcema":  "schema",
		"rule":    "rules",
		"verison": "version",
	} {
		code, stdout, stderr := run(t, "", arg, "fixtures")
		wantErr := "jobdetails-lint: unknown command \"" + arg + "\"; did you mean \"" + want + "\"? (no file or folder is named " + arg + " either)\n"
		if code != ExitTrouble || stdout != "" || stderr != wantErr {
			t.Errorf("%s: exit %d\nstdout %q\nstderr %q\nwant   %q", arg, code, stdout, stderr, wantErr)
		}
	}

	// Far from every subcommand: a path that cannot be read, as before.
	if code, _, stderr := run(t, "", "fixtures"); code != ExitTrouble || !strings.Contains(stderr, "cannot read fixtures") {
		t.Errorf("fixtures: exit %d %q", code, stderr)
	}
	// A file named like a slip is linted.
	if err := os.WriteFile("chek", fixture, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := run(t, "", "--format", "json", "chek"); code != ExitClean || !strings.Contains(stdout, `"files":1`) {
		t.Errorf("a file named chek: exit %d\n%s%s", code, stdout, stderr)
	}
}
