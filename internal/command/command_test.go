package command

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const validJob = `{"jobDetails": {"id": "0b6f7e4c-58a2-4d1e-9c3b-2f8a6d4e1b90", "accountId": "111122223333"}}`

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{nil, "Usage:"},
		{[]string{"check"}, "no paths to lint"},
		{[]string{"--nope", "x.json"}, "unknown flag: --nope"},
		{[]string{"--fail-on", "fatal", "x.json"}, `--fail-on: "fatal" is not a severity; use error, warning or note`},
		{[]string{"--format", "xml", "x.json"}, `--format: unknown format "xml"`},
		{[]string{"--color", "maybe", "x.json"}, `--color: "maybe" is not a colour mode`},
		{[]string{"--max-size", "big", "x.json"}, `--max-size: "big" is not a size`},
		{[]string{"--jobs", "-1", "x.json"}, "--jobs: -1 is not a number of workers"},
		{[]string{"rules", "extra"}, `rules takes no arguments; got "extra"`},
		{[]string{"-0", "x.json"}, "jobdetails-lint: -0 (--null) is for --files-from; add --files-from FILE, or leave -0 out\nRun \"jobdetails-lint check --help\" for the flags.\n"},
		{[]string{"help", "chek"}, "jobdetails-lint: help takes the name of a subcommand (check, redact, schema, rules or version); got \"chek\"\n"},
	} {
		code, stdout, stderr := run(t, "", tc.args...)
		if code != ExitTrouble || !strings.Contains(stderr, tc.stderr) || stdout != "" {
			t.Errorf("%q: exit %d, stderr %q, stdout %q; want exit 2 and %q", tc.args, code, stderr, stdout, tc.stderr)
		}
	}
}

func TestUnreadablePathsStillLintTheRest(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.json", validJob)
	bad := writeFile(t, dir, "bad.json", `{"jobDetails": {"accountId": 1}}`)
	loop := filepath.Join(dir, "loop.json")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling.json")
	if err := os.Symlink(filepath.Join(dir, "gone"), dangling); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.json")
	code, stdout, stderr := run(t, "", "--color=never", good, missing, bad, loop, dangling)
	if code != ExitTrouble {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{
		"jobdetails-lint: cannot read " + missing + ": no such file or directory\n",
		"jobdetails-lint: cannot read " + loop + ": too many levels of symbolic links\n",
		"jobdetails-lint: cannot read " + dangling + ": no such file or directory\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(stdout, bad+":1:30: error: ") || !strings.HasSuffix(stdout, "2 files, 2 documents: 1 error, 0 warnings, 0 notes\n") {
		t.Errorf("the readable files were not all reported:\n%s", stdout)
	}
}

func TestFolders(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/two.yaml", "jobDetails:\n  accountId: '111122223333'\n")
	writeFile(t, dir, "a/one.json", validJob)
	writeFile(t, dir, "a/notes.txt", "not linted")
	writeFile(t, dir, "a/.git/x.json", "not linted")
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	// A link back to the top must not make the walk go round.
	if err := os.Symlink(dir, filepath.Join(dir, "a", "up")); err != nil {
		t.Fatal(err)
	}
	// Nor may a named pipe make it wait for a writer.
	if err := syscall.Mkfifo(filepath.Join(dir, "a", "pipe.json"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "--color=never", dir)
	if code != ExitClean || stdout != "2 files, 2 documents: 0 errors, 0 warnings, 0 notes\n" || stderr != "" {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	code, _, stderr = run(t, "", empty)
	if code != ExitTrouble || !strings.Contains(stderr, "nothing to lint in "+empty) {
		t.Errorf("an empty folder: exit %d, stderr %q", code, stderr)
	}
}

func TestStdin(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"json", validJob, []string{"-"}, "1 file, 1 document: 0 errors, 0 warnings, 0 notes\n"},
		{"yaml by name", "jobDetails:\n  accountId: 1\n", []string{"--stdin-filename", "job.yaml", "-"},
			"job.yaml:2:14: error: "},
		{"yaml sniffed", "jobDetails:\n  accountId: '111122223333'\n", []string{"-"}, "1 file, 1 document: 0 errors"},
		{"json lines sniffed", validJob + "\n" + validJob + "\n\n" + validJob + "\n", []string{"-"}, "1 file, 3 documents: 0 errors"},
		{"pretty json", "{\n  \"jobDetails\": {}\n}\n", []string{"-"}, "1 file, 1 document: 0 errors"},
		{"empty", "", []string{"-"}, "<stdin>:1:1: error: the file is empty"},
	} {
		code, stdout, stderr := run(t, tc.stdin, append([]string{"--color=never"}, tc.args...)...)
		if !strings.Contains(stdout, tc.want) || stderr != "" {
			t.Errorf("%s: exit %d\nstdout: %s\nstderr: %s\nwant: %s", tc.name, code, stdout, stderr, tc.want)
		}
	}
}

func TestFailOnAndQuiet(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "unknown.json", `{"jobDetails": {"accountId": "111122223333", "extra": 1}}`)
	code, stdout, _ := run(t, "", "--color=never", path)
	if code != ExitClean || !strings.Contains(stdout, ": warning: ") {
		t.Errorf("a warning fails by default: exit %d\n%s", code, stdout)
	}
	if code, _, _ := run(t, "", "--fail-on=warning", path); code != ExitFindings {
		t.Errorf("--fail-on=warning: exit %d, want 1", code)
	}
	if code, stdout, _ := run(t, "", "-q", path); code != ExitClean || stdout != "" {
		t.Errorf("-q: exit %d, stdout %q; want nothing below --fail-on", code, stdout)
	}
}

func TestJSONFormat(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "f.json", "{\"jobDetails\": {\n  \"accountId\": 111122223333}}")
	code, stdout, _ := run(t, "", "--format=json", path)
	var got struct {
		Version  int              `json:"version"`
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not one JSON document: %v\n%s", err, stdout)
	}
	if code != ExitFindings || got.Version != 1 || len(got.Findings) != 1 {
		t.Fatalf("exit %d: %s", code, stdout)
	}
	f := got.Findings[0]
	if f["file"] != path || f["line"] != 2.0 || f["column"] != 16.0 || f["pointer"] != "/jobDetails/accountId" || f["severity"] != "error" {
		t.Errorf("finding %v", f)
	}
	want := map[string]int{"files": 1, "documents": 1, "errors": 1, "warnings": 0, "notes": 0}
	for k, v := range want {
		if got.Summary[k] != v {
			t.Errorf("summary %v, want %v", got.Summary, want)
		}
	}
	code, stdout, _ = run(t, "", "--format=json", writeFile(t, dir, "ok.json", validJob))
	if code != ExitClean || stdout != `{"version":1,"findings":[],"summary":{"files":1,"documents":1,"errors":0,"warnings":0,"notes":0}`+"\n}\n" {
		t.Errorf("no findings: %q", stdout)
	}
}

func TestColor(t *testing.T) {
	path := writeFile(t, t.TempDir(), "f.json", `{"jobDetails": {"accountId": 1}}`)
	env := func(noColor string) func(string) string {
		return func(k string) string {
			if k == "NO_COLOR" {
				return noColor
			}
			return ""
		}
	}
	for _, tc := range []struct {
		flag     string
		terminal bool
		noColor  string
		want     bool
	}{
		{"auto", true, "", true},
		{"auto", false, "", false},
		{"auto", true, "1", false},
		{"always", false, "1", true},
		{"never", true, "", false},
	} {
		var out strings.Builder
		c := &Command{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Getenv: env(tc.noColor),
			IsTerminal: func(io.Writer) bool { return tc.terminal }}
		c.Main([]string{"--color", tc.flag, path})
		if got := strings.Contains(out.String(), "\x1b["); got != tc.want {
			t.Errorf("--color=%s terminal=%v NO_COLOR=%q: colour %v, want %v", tc.flag, tc.terminal, tc.noColor, got, tc.want)
		}
	}
}

func TestDeepAndHuge(t *testing.T) {
	dir := t.TempDir()
	deep := writeFile(t, dir, "deep.json", strings.Repeat("[", 10000)+strings.Repeat("]", 10000))
	code, stdout, _ := run(t, "", "--color=never", deep)
	if code != ExitFindings || !strings.Contains(stdout, "nested deeper than") {
		t.Errorf("10,000 levels: exit %d\n%s", code, stdout)
	}
	huge := filepath.Join(dir, "huge.json")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, stdout, _ = run(t, "", "--color=never", huge)
	want := huge + ":1:1: error: the file is 104857600 bytes, over the limit of 67108864; raise --max-size to lint it [file-too-large]\n"
	if code != ExitFindings || !strings.HasPrefix(stdout, want) {
		t.Errorf("100 MB: exit %d\n%s", code, stdout)
	}
}

func TestInfoCommands(t *testing.T) {
	code, stdout, _ := run(t, "", "version")
	if code != ExitClean || !strings.HasPrefix(stdout, "jobdetails-lint ") {
		t.Errorf("version: %d %q", code, stdout)
	}
	code, stdout, _ = run(t, "", "schema")
	var schema map[string]any
	if code != ExitClean || json.Unmarshal([]byte(stdout), &schema) != nil || schema["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("schema: exit %d, not a 2020-12 schema", code)
	}
	code, stdout, _ = run(t, "", "rules")
	if code != ExitClean || !strings.HasPrefix(stdout, "RULE") || !strings.Contains(stdout, "duplicate-key") {
		t.Errorf("rules: %d\n%s", code, stdout)
	}
}

func TestFilesFrom(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.json", validJob)
	b := writeFile(t, dir, "b.json", `{"jobDetails": {"accountId": 1}}`)
	list := writeFile(t, dir, "list.txt", a+"\n\n"+b+"\n")
	code, stdout, _ := run(t, "", "--color=never", "--files-from", list)
	if code != ExitFindings || !strings.HasSuffix(stdout, "2 files, 2 documents: 1 error, 0 warnings, 0 notes\n") {
		t.Errorf("--files-from FILE: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = run(t, a+"\n", "--color=never", "--files-from", "-")
	if code != ExitClean || !strings.HasSuffix(stdout, "1 file, 1 document: 0 errors, 0 warnings, 0 notes\n") {
		t.Errorf("--files-from -: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := run(t, "", "--files-from", "-", "-"); code != ExitTrouble || !strings.Contains(stderr, "standard input cannot hold both") {
		t.Errorf("--files-from - with -: exit %d %s", code, stderr)
	}
	// An empty list, a shard of an audit with more shards than files, is a
	// clean run with an empty report.
	empty := writeFile(t, dir, "empty.txt", "")
	code, stdout, stderr := run(t, "", "--format", "json", "--files-from", empty)
	if want := `{"version":1,"findings":[],"summary":{"files":0,"documents":0,"errors":0,"warnings":0,"notes":0}` + "\n}\n"; code != ExitClean || stdout != want || stderr != "" {
		t.Errorf("an empty --files-from: exit %d\n%s\nstderr %s", code, stdout, stderr)
	}
}

// TestSubcommandHelp: --help works on every subcommand, on standard output,
// with exit 0; another argument stays a usage error.
func TestSubcommandHelp(t *testing.T) {
	for name, summary := range map[string]string{
		"schema":  "Prints the JSON Schema (draft 2020-12) generated from AWS's output model.",
		"rules":   "Lists every rule: its id, default severity, the forms of job it checks and what it checks.",
		"version": "Prints the version of jobdetails-lint.",
	} {
		for _, flag := range []string{"--help", "-h"} {
			code, stdout, stderr := run(t, "", name, flag)
			if want := "Usage: jobdetails-lint " + name + "\n\n" + summary + "\n"; code != ExitClean || stdout != want || stderr != "" {
				t.Errorf("%s %s: exit %d\nstdout %q\nwant   %q\nstderr %q", name, flag, code, stdout, want, stderr)
			}
		}
		code, stdout, stderr := run(t, "", "help", name)
		if want := "Usage: jobdetails-lint " + name + "\n\n" + summary + "\n"; code != ExitClean || stdout != want || stderr != "" {
			t.Errorf("help %s: exit %d\nstdout %q\nwant   %q\nstderr %q", name, code, stdout, want, stderr)
		}
		code, stdout, stderr = run(t, "", name, "x")
		if want := "jobdetails-lint: " + name + " takes no arguments; got \"x\"\n"; code != ExitTrouble || stdout != "" || stderr != want {
			t.Errorf("%s x: exit %d\nstdout %q\nstderr %q", name, code, stdout, stderr)
		}
	}
}

// help --help, help -h and help help print the usage, as help does.
func TestHelpOfHelp(t *testing.T) {
	_, want, _ := run(t, "", "help")
	for _, arg := range []string{"--help", "-h", "help"} {
		if code, stdout, stderr := run(t, "", "help", arg); code != ExitClean || stdout != want || stderr != "" {
			t.Errorf("help %s: exit %d, stdout %q, stderr %q", arg, code, stdout, stderr)
		}
	}
}

// help check and help redact print what check --help and redact --help do.
func TestHelpOfCheckAndRedact(t *testing.T) {
	for _, name := range []string{"check", "redact"} {
		_, want, _ := run(t, "", name, "--help")
		code, stdout, stderr := run(t, "", "help", name)
		if code != ExitClean || stdout != want || stderr != "" || !strings.HasPrefix(stdout, "Usage: jobdetails-lint ") ||
			!strings.Contains(stdout, "\nExit status: ") || !strings.Contains(stdout, "\nFlags:\n") {
			t.Errorf("help %s: exit %d\nstdout %q\nwant %q\nstderr %q", name, code, stdout, want, stderr)
		}
	}
}

// TestQuietJSONCountsEverything: --quiet leaves findings under --fail-on out
// of the report, but the summary counts every finding.
func TestQuietJSONCountsEverything(t *testing.T) {
	t.Chdir(repoRoot)
	_, stdout, _ := run(t, "", "--quiet", "--format", "json", "testdata/samples")
	if want := `"summary":{"files":3,"documents":5,"errors":5,"warnings":1,"notes":2}`; !strings.Contains(stdout, want) {
		t.Errorf("quiet JSON summary: want %s in\n%s", want, stdout)
	}
	if strings.Contains(stdout, `"severity":"warning"`) || strings.Contains(stdout, `"severity":"note"`) {
		t.Errorf("quiet JSON lists findings under --fail-on:\n%s", stdout)
	}
}

// TestFlagValuesAnyCase: --format, --color and --fail-on read their values
// in any case alike.
func TestFlagValuesAnyCase(t *testing.T) {
	t.Chdir(repoRoot)
	code, stdout, stderr := run(t, "", "--format", "JSON", "--color", "NEVER", "--fail-on", "ERROR", "testdata/ok/poll-for-jobs.json")
	if code != ExitClean || !strings.HasPrefix(stdout, `{"version":1,`) || stderr != "" {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
}

// TestFilesFromNUL: -0 reads a NUL-separated list (git ls-files -z, find
// -print0); a list with NUL bytes read line by line is a usage error that
// names -0; blank lines are skipped.
func TestFilesFromNUL(t *testing.T) {
	t.Chdir(repoRoot)
	list := "testdata/ok/poll-for-jobs.json\x00testdata/ok/get-job-details-full.json\x00"
	code, stdout, stderr := run(t, list, "--color=never", "-0", "--files-from", "-")
	if want := "2 files, 2 documents: 0 errors, 0 warnings, 0 notes\n"; code != ExitClean || stdout != want || stderr != "" {
		t.Errorf("-0: exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	code, _, stderr = run(t, list, "--files-from", "-")
	if want := "jobdetails-lint: --files-from: the list holds NUL bytes; add -0 (--null) to read a list from git ls-files -z or find -print0\n"; code != ExitTrouble || !strings.HasPrefix(stderr, want) {
		t.Errorf("without -0: exit %d\nstderr %q", code, stderr)
	}
	code, stdout, _ = run(t, "\n  \ntestdata/ok/poll-for-jobs.json\r\n\n", "--color=never", "--files-from", "-")
	if want := "1 file, 1 document: 0 errors, 0 warnings, 0 notes\n"; code != ExitClean || stdout != want {
		t.Errorf("blank lines: exit %d\nstdout %q", code, stdout)
	}
}

// TestRecordTooLargeGivesItsSize: a JSON Lines record over --max-size is
// reported with its size and the limit, from a file and from a stream.
func TestRecordTooLargeGivesItsSize(t *testing.T) {
	data := "{\"jobs\": []}\n{\"jobs\": [], \"x\": \"" + strings.Repeat("a", 3000) + "\"}\n{\"jobs\": []}\n"
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	const msg = ":2:1: error: the record is 3021 bytes, over the limit of 2048; raise --max-size to lint it [file-too-large]\n"
	_, stdout, _ := run(t, "", "--color=never", "--max-size", "2KiB", path)
	if want := path + msg + "1 file, 2 documents: 1 error, 0 warnings, 0 notes\n"; stdout != want {
		t.Errorf("file:\n%s\nwant:\n%s", stdout, want)
	}
	_, stdout, _ = run(t, data, "--color=never", "--max-size", "2KiB", "--stdin-filename", "big.jsonl", "-")
	if want := "big.jsonl" + msg + "1 file, 2 documents: 1 error, 0 warnings, 0 notes\n"; stdout != want {
		t.Errorf("stream:\n%s\nwant:\n%s", stdout, want)
	}
}

// Output that cannot be written is exit 2 and one message, whatever
// subcommand wrote it.
func TestOutputWriteErrors(t *testing.T) {
	t.Chdir(repoRoot)
	for _, args := range [][]string{{"help"}, {"check", "--help"}, {"redact", "--help"}, {"rules"}, {"schema"}, {"version"},
		{"testdata/err/duplicate-key.json"}, {"redact", "testdata/err/secret-long-term-key.json"}} {
		var stderr bytes.Buffer
		c := &Command{Stdin: strings.NewReader(""), Stdout: failingWriter{}, Stderr: &stderr}
		code := c.Main(args)
		if code != ExitTrouble || strings.Count(stderr.String(), "cannot write the output: no space left on device\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want 2 and one message", args, code, stderr.String())
		}
	}
}

// --color auto asks whether the stream the command was given is a
// terminal, not the writer that wraps it.
func TestColorAutoAsksOfTheGivenStream(t *testing.T) {
	t.Chdir(repoRoot)
	var stdout bytes.Buffer
	c := &Command{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: io.Discard,
		IsTerminal: func(w io.Writer) bool { return w == &stdout }}
	c.Main([]string{"testdata/err/duplicate-key.json"})
	if !strings.Contains(stdout.String(), "\x1b[") {
		t.Errorf("no colour on a terminal:\n%s", stdout.String())
	}
}
