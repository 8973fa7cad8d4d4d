package command

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLimitsAreUsageErrors: -j 100000000 ran out of memory and
// --max-size 9223372036854775807 overflowed; both are usage errors that
// say the allowed range.
func TestLimitsAreUsageErrors(t *testing.T) {
	const help = "Run \"jobdetails-lint check --help\" for the flags.\n"
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-j", "100000000", "x.json"}, "jobdetails-lint: --jobs: 100000000 is not a number of workers; use 1 to 1024, or 0 for one per core\n"},
		{[]string{"--jobs", "1025", "x.json"}, "jobdetails-lint: --jobs: 1025 is not a number of workers; use 1 to 1024, or 0 for one per core\n"},
		{[]string{"--jobs", "-1", "x.json"}, "jobdetails-lint: --jobs: -1 is not a number of workers; use 1 to 1024, or 0 for one per core\n"},
		{[]string{"--max-size", "9223372036854775807", "x.json"}, "jobdetails-lint: --max-size: \"9223372036854775807\" is too large; use a size from 1 byte to 1024GiB\n"},
		{[]string{"--max-size", "9999999999GiB", "x.json"}, "jobdetails-lint: --max-size: \"9999999999GiB\" is too large; use a size from 1 byte to 1024GiB\n"},
		{[]string{"--max-size", "1025GiB", "x.json"}, "jobdetails-lint: --max-size: \"1025GiB\" is too large; use a size from 1 byte to 1024GiB\n"},
	} {
		code, stdout, stderr := run(t, "", tc.args...)
		if code != ExitTrouble || stderr != tc.stderr+help || stdout != "" {
			t.Errorf("%q: exit %d, stderr %q, stdout %q; want exit 2 and %q", tc.args, code, stderr, stdout, tc.stderr+help)
		}
	}
}

// TestLimitsAccepted: the largest -j and --max-size work.
func TestLimitsAccepted(t *testing.T) {
	path := writeFile(t, t.TempDir(), "a.json", validJob)
	code, stdout, stderr := run(t, "", "--color=never", "-j", "1024", "--max-size", "1024GiB", path)
	if code != ExitClean || stderr != "" || !strings.HasSuffix(stdout, "1 file, 1 document: 0 errors, 0 warnings, 0 notes\n") {
		t.Errorf("%s: exit %d, stdout %q, stderr %q", filepath.Base(path), code, stdout, stderr)
	}
}
