package command

import (
	"os"
	"strings"
	"testing"
)

// A log whose first line has no container's shape (a label printed before
// the event) is read as one when --log-format or the config names it, and
// --log-format none reads a log as text was read before.
func TestLogFormatFlag(t *testing.T) {
	t.Chdir(repoRoot)
	data, err := os.ReadFile("testdata/err/logs-lambda-python.log")
	if err != nil {
		t.Fatal(err)
	}
	// Without its START line, the log starts with "## EVENT".
	text := string(data[strings.IndexByte(string(data), '\n')+1:])
	dir := t.TempDir()
	path := writeFile(t, dir, "worker.log", text)

	code, out, _ := run(t, "", "--no-config", path)
	if code != ExitFindings || !strings.Contains(out, "[syntax]") || strings.Contains(out, "job in") {
		t.Errorf("sniffed: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "--no-config", "--log-format", "LAMBDA", path)
	if code != ExitFindings || !strings.HasSuffix(out, "1 file, 1 document, 1 job in 4 log events, 1 credential set: 3 errors, 0 warnings, 0 notes\n") {
		t.Errorf("--log-format lambda: exit %d\n%s", code, out)
	}
	cfg := writeFile(t, dir, ".jobdetails-lint.yaml", "log-formats:\n  '*.log': lambda\n")
	code, out, _ = run(t, "", "--config", cfg, path)
	if code != ExitFindings || !strings.Contains(out, "1 job in 4 log events") {
		t.Errorf("log-formats in the config: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "--config", cfg, "--log-format", "none", path)
	if code != ExitFindings || strings.Contains(out, "log event") || !strings.Contains(out, "[syntax]") {
		t.Errorf("--log-format none over the config: exit %d\n%s", code, out)
	}
	code, _, errOut := run(t, "", "--log-format", "syslog", path)
	if code != ExitTrouble || !strings.Contains(errOut, `--log-format: unknown log container "syslog"; use one of "auto", "none", "filter-log-events", "get-log-events", "tail", "s3-export", "lambda" or "cli-debug"`) {
		t.Errorf("a bad name: exit %d: %s", code, errOut)
	}
}

// A log read from standard input is cut into chunks, and its counts are
// those of the whole; a run of several files lists each log container once.
func TestLogStdinSummary(t *testing.T) {
	t.Chdir(repoRoot)
	data, err := os.ReadFile("testdata/err/logs-tail.log")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(data), 300) // more than one chunk
	code, out, _ := run(t, text, "--format", "json", "--no-config", "-")
	if code != ExitFindings || !strings.Contains(out, `"files":[`+"\n"+`{"file":"<stdin>","events":900,"jobs":300,"credentialSets":300}`+"\n]") {
		t.Errorf("exit %d\n%s", code, out[max(0, len(out)-400):])
	}
	code, out, _ = run(t, "", "--format", "json", "--no-config", "testdata/err/logs-tail.log", "testdata/ok/lambda-invoke-event.json", "testdata/ok/logs-tail.log")
	want := `],"files":[` + "\n" +
		`{"file":"testdata/err/logs-tail.log","events":3,"jobs":1,"credentialSets":1}` + "\n" +
		`,{"file":"testdata/ok/logs-tail.log","events":3,"jobs":1,"credentialSets":0}` + "\n" +
		`],"summary":{"files":3,"documents":3,"errors":3,"warnings":0,"notes":0,"events":6,"jobs":2,"credentialSets":1}`
	if code != ExitFindings || !strings.Contains(out, want) {
		t.Errorf("exit %d\n%s\nwant\n%s", code, out, want)
	}
}
