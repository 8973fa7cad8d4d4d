package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
)

// logFinding is a finding from inside a log message.
var logFinding = finding.Finding{File: "exports/000000.log", Line: 2, Column: 365,
	Pointer: "/CodePipeline.job/data/artifactCredentials/accessKeyId", Rule: "leaked-credential", Severity: finding.Error,
	Message: "AWS access key id (ASIA…KE23, 20 chars) in artifactCredentials.accessKeyId",
	Event:   "log event 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b"}

// renderLog runs a format over one log container with logFinding and its
// counts, as the command calls a writer.
func renderLog(t *testing.T, format string) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, testOptions)
	if err != nil {
		t.Fatal(err)
	}
	sum := Summary{Files: 1, Documents: 1}
	sum.Add(&logFinding)
	if err := w.File(logFinding.File, []finding.Finding{logFinding}); err != nil {
		t.Fatal(err)
	}
	c := FileCounts{File: logFinding.File, Events: 40, Jobs: 1, CredentialSets: 1}
	sum.AddFile(c)
	if err := w.(Counter).Counts(c); err != nil {
		t.Fatal(err)
	}
	if err := w.Finish(sum); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestLogEventText(t *testing.T) {
	want := "exports/000000.log:2:365: error: AWS access key id (ASIA…KE23, 20 chars) in artifactCredentials.accessKeyId (log event 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b) [leaked-credential]\n" +
		"1 file, 1 document, 1 job in 40 log events, 1 credential set: 1 error, 0 warnings, 0 notes\n"
	if got := renderLog(t, "text"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := renderLog(t, "github"); !strings.Contains(got, "accessKeyId (log event 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b)\n") {
		t.Errorf("github:\n%s", got)
	}
}

func TestLogEventJSON(t *testing.T) {
	want := `{"version":1,"findings":[
{"file":"exports/000000.log","line":2,"column":365,"pointer":"/CodePipeline.job/data/artifactCredentials/accessKeyId","rule":"leaked-credential","severity":"error","message":"AWS access key id (ASIA…KE23, 20 chars) in artifactCredentials.accessKeyId","event":"log event 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b"}
],"files":[
{"file":"exports/000000.log","events":40,"jobs":1,"credentialSets":1}
],"summary":{"files":1,"documents":1,"errors":1,"warnings":0,"notes":0,"events":40,"jobs":1,"credentialSets":1}
}
`
	if got := renderLog(t, "json"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// Without log containers, nothing is added.
	var buf bytes.Buffer
	w, _ := New("json", &buf, testOptions)
	w.Finish(Summary{Files: 1, Documents: 1})
	if got := buf.String(); got != `{"version":1,"findings":[],"summary":{"files":1,"documents":1,"errors":0,"warnings":0,"notes":0}`+"\n}\n" {
		t.Errorf("without logs: %s", got)
	}
}

func TestLogEventSARIF(t *testing.T) {
	var log struct {
		Runs []struct {
			Results []struct {
				Properties          map[string]string `json:"properties"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(renderLog(t, "sarif")), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0].Results[0]
	if r.Properties["logEvent"] != logFinding.Event {
		t.Errorf("properties %v", r.Properties)
	}
	other := logFinding
	other.Event = "log event 2026-12-02T10:16:00.000Z in 2026/12/02/[$LATEST]0a1b"
	s := newSARIF(&bytes.Buffer{}, testOptions).(*sarifWriter)
	if s.fingerprint("u", &logFinding) == s.fingerprint("u", &other) {
		t.Error("two events of one file have one fingerprint")
	}
	if strings.Contains(renderLog(t, "sarif"), `"properties"`) != true {
		t.Error("no properties")
	}
}

// The log event a finding names passes the masking step: a log stream's
// name comes from the file.
func TestLogEventMasked(t *testing.T) {
	f := logFinding
	f.Event = "log event 1 in stream-AKIAQ3EGUCLIFAKE2345\x1b[2J"
	var buf bytes.Buffer
	w, _ := New("text", &buf, testOptions)
	w.File(f.File, []finding.Finding{f})
	w.Finish(Summary{})
	if out := buf.String(); strings.Contains(out, "AKIAQ3EGUCLIFAKE2345") || strings.Contains(out, "\x1b") {
		t.Errorf("printed %q", out)
	}
}
