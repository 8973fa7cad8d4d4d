package lint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/internal/fake"
	"github.com/jobdetails-lint/jobdetails-lint/internal/lineartest"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
)

const (
	testReq    = "5e3f7a9c-2b4d-4e6f-8a1b-3c5d7e9f1a2b"
	testStream = "2026/12/02/[$LATEST]0a1b2c3d4e5f40718293a4b5c6d7e8f9"
)

// plantedJob is a Lambda event with a credential set in artifactCredentials
// and a secret key in a configuration value.
type plantedJob struct{ keyID, secret, token, configSecret string }

func newPlantedJob(seed uint64) plantedJob {
	g := fake.New(seed)
	return plantedJob{keyID: g.KeyIDFor("ASIA", "111122223333"), secret: g.SecretWithSlash(), token: g.Token(), configSecret: g.Secret()}
}

func (p plantedJob) event() map[string]any {
	return map[string]any{"CodePipeline.job": map[string]any{
		"id": "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "accountId": "111122223333",
		"data": map[string]any{
			"actionConfiguration": map[string]any{"configuration": map[string]any{
				"FunctionName": "release-notifier", "UserParameters": "AWS_SECRET_ACCESS_KEY=" + p.configSecret}},
			"inputArtifacts": []any{}, "outputArtifacts": []any{},
			"artifactCredentials": map[string]any{"accessKeyId": p.keyID, "secretAccessKey": p.secret, "sessionToken": p.token},
		}}}
}

func (p plantedJob) json(indent string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	enc.Encode(p.event())
	return strings.TrimSuffix(b.String(), "\n")
}

// python writes the event as Python's print() does (its keys in the order
// json.Marshal sorts them, which is the order a dict keeps).
func (p plantedJob) python() string {
	s := p.json("")
	return strings.NewReplacer(`"`, `'`).Replace(s)
}

// node writes the event as Node.js's util.inspect does with depth: null, on
// one line.
func (p plantedJob) node() string {
	s := p.python()
	for _, key := range []string{"id", "accountId", "data", "actionConfiguration", "configuration", "FunctionName",
		"UserParameters", "inputArtifacts", "outputArtifacts", "artifactCredentials", "accessKeyId", "secretAccessKey", "sessionToken"} {
		s = strings.ReplaceAll(s, "'"+key+"':", key+": ")
	}
	return strings.NewReplacer("{", "{ ", "}", " }", "'CodePipeline.job':", "'CodePipeline.job': ").Replace(s)
}

// pyBytes writes text as Python's repr of bytes.
func pyBytes(text string) string {
	return "b'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(text) + "'"
}

// TestPlantedCredentials: a credential set planted in a job, in every
// container and every form a worker logs it in, is found, at the place
// that writes it, and so is one in the text of another message.
func TestPlantedCredentials(t *testing.T) {
	p := newPlantedJob(7)
	g := fake.New(8)
	textKey, textSecret := g.KeyID("AKIA"), g.Secret()
	textMsg := "export AWS_ACCESS_KEY_ID=" + textKey + " AWS_SECRET_ACCESS_KEY=" + textSecret
	nodeLine := func(v string) string { return "2026-12-02T10:15:00.123Z\t" + testReq + "\tINFO\tEVENT " + v }
	record := `{"timestamp":"2026-12-02T10:15:00.123Z","level":"INFO","requestId":"` + testReq + `","message":` + p.json("") + `}`
	pyRecord, _ := json.Marshal(struct { // in the order of the runtime's JSON formatter
		Timestamp string `json:"timestamp"`
		Level     string `json:"level"`
		Message   string `json:"message"`
		Logger    string `json:"logger"`
		RequestID string `json:"requestId"`
	}{"2026-12-02T10:15:00.123Z", "INFO", p.python(), "root", testReq})
	events := func(messages ...string) string {
		var items []string
		for i, m := range messages {
			b, _ := json.Marshal(m)
			items = append(items, fmt.Sprintf(`{"logStreamName": %q, "timestamp": %d, "message": %s}`, testStream, 1796206500123+i, b))
		}
		return `{"events": [` + strings.Join(items, ",\n") + `], "searchedLogStreams": []}`
	}
	tests := []struct {
		name, text string
		quote      string // how the job's strings open in the file
	}{
		{"filter-log-events, Node.js text", events(nodeLine(p.json("")), textMsg), `\"`},
		{"filter-log-events, Node.js JSON format", events(record, textMsg), `\"`},
		{"filter-log-events, Python JSON format", events(string(pyRecord), textMsg), `'`},
		{"tail, indented JSON", "2026-12-02T10:15:00.123000+00:00 " + testStream + " " + nodeLine("\n"+p.json("  ")) +
			"\n2026-12-02T10:15:00.124000+00:00 " + testStream + " " + textMsg + "\n", `"`},
		{"S3 export, Python logging", "2026-12-02T10:15:00.123Z [INFO]\t2026-12-02T10:15:00.123Z\t" + testReq + "\t" + p.python() +
			"\n2026-12-02T10:15:00.124Z " + textMsg + "\n", `'`},
		{"Lambda, Python print", "START RequestId: " + testReq + " Version: $LATEST\n" + p.python() + "\n" + "[INFO]\t2026-12-02T10:15:00.124Z\t" + testReq + "\t" + textMsg + "\n", `'`},
		{"Lambda, Node.js util.inspect", nodeLine(p.node()) + "\n" + nodeLine(textMsg) + "\n", `'`},
		{"Lambda, JSON format of Node.js", record + "\n" + nodeLine(textMsg) + "\n", `"`},
		{"Lambda, JSON format of Python", string(pyRecord) + "\n" + nodeLine(textMsg) + "\n", `'`},
		{"CLI debug", "2026-12-02 10:15:00,643 - MainThread - botocore.parsers - DEBUG - Response body:\n" + pyBytes(p.json("")) +
			"\n2026-12-02 10:15:00,644 - MainThread - awscli.clidriver - DEBUG - " + textMsg + "\n", `"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, f := range New(Options{}).Bytes("captured.log", []byte(tt.text)).Findings {
				if f.Rule == "leaked-credential" && f.Severity == finding.Error {
					got[fmt.Sprintf("%d:%d", f.Line, f.Column)] = true
				}
			}
			want := map[string]bool{}
			for _, c := range []string{p.keyID, p.secret, p.token, "AWS_SECRET_ACCESS_KEY=" + p.configSecret} {
				want[position(t, tt.text, c, tt.quote)] = true
			}
			for _, c := range []string{textKey, textSecret} {
				want[position(t, tt.text, c, "")] = true
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("leaked-credential errors at %v, want %v", got, want)
			}
		})
	}
}

// position is the line and column of the last place text writes value
// (the job comes first), less the quote before it.
func position(t *testing.T, text, value, quote string) string {
	t.Helper()
	i := strings.LastIndex(text, strings.ReplaceAll(value, "/", "/"))
	if i < 0 {
		t.Fatalf("%.8s… not in the text", value)
	}
	if strings.HasPrefix(value, "AWS_SECRET") || quote != "" {
		if !strings.HasSuffix(text[:i], quote) {
			t.Fatalf("%.8s… has no %s before it", value, quote)
		}
		i -= len(quote)
	}
	line := 1 + strings.Count(text[:i], "\n")
	col := 1 + utf8.RuneCountInString(text[strings.LastIndex(text[:i], "\n")+1:i])
	return fmt.Sprintf("%d:%d", line, col)
}

// TestLogStreamChunks: a log stream read from standard input, cut into
// chunks for all cores, gives the findings and counts of the same text read
// whole; no event is cut, multi-line ones included.
func TestLogStreamChunks(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		p := newPlantedJob(uint64(i))
		fmt.Fprintf(&b, "2026-12-02T10:15:00.123000+00:00 %s 2026-12-02T10:15:00.123Z\t%s\tINFO\tEVENT\n%s\n", testStream, testReq, p.json("  "))
		fmt.Fprintf(&b, "2026-12-02T10:15:00.124000+00:00 %s END RequestId: %s\n", testStream, testReq)
	}
	text := b.String()
	if len(text) < 8*chunkBytes {
		t.Fatalf("the stream is only %d bytes", len(text))
	}
	l := New(Options{})
	whole := l.Bytes("stream.log", []byte(text))
	var parts Result
	chunks := 0
	l.Run([]input.Input{{Name: "stream.log", Reader: strings.NewReader(text)}}, 2, func(r Result) {
		chunks++
		parts.add(r)
	})
	if chunks < 8 {
		t.Errorf("the stream came in %d chunks", chunks)
	}
	if whole.Events != 800 || whole.Jobs != 400 || whole.CredentialSets != 400 {
		t.Errorf("read whole: %d events, %d jobs, %d credential sets", whole.Events, whole.Jobs, whole.CredentialSets)
	}
	if parts.Events != whole.Events || parts.Jobs != whole.Jobs || parts.CredentialSets != whole.CredentialSets || parts.Documents != whole.Documents {
		t.Errorf("in chunks: %d events, %d jobs, %d credential sets; whole: %d, %d, %d",
			parts.Events, parts.Jobs, parts.CredentialSets, whole.Events, whole.Jobs, whole.CredentialSets)
	}
	if fmt.Sprint(finding.SortUnique(parts.Findings)) != fmt.Sprint(whole.Findings) {
		t.Errorf("the findings of the chunks differ from those of the whole text")
	}
}

// TestLogLinearTime: log text of any shape is read in time linear in its
// size.
func TestLogLinearTime(t *testing.T) {
	job := newPlantedJob(1).json("")
	tests := []struct {
		name string
		n    int
		text func(n int) string
	}{
		{"events with jobs", 50, func(n int) string {
			return repeat("2026-12-02T10:15:00.123Z\t"+testReq+"\tINFO\tEVENT "+job+"\n", n)
		}},
		{"one event of many lines", 2000, func(n int) string {
			return "2026-12-02T10:15:00.123Z\t" + testReq + "\tINFO\t{\n" + repeat("  \"k#\": \"v\",\n", n) + "  \"jobs\": []\n}\n"
		}},
		{"unclosed values", 100000, func(n int) string { return "START RequestId: x\n" + strings.Repeat(`{"jobs": [`, n) + "\n" }},
		{"many small values", 2000, func(n int) string { return "START RequestId: x " + strings.Repeat(`{"jobs": 1} `, n) + "\n" }},
		{"escapes in a JSON message", 2000, func(n int) string {
			msg, _ := json.Marshal("EVENT " + strings.Repeat(job[:len(job)-1]+`, "x": "\t"}`, n/100))
			return `{"events": [{"timestamp": 1, "message": ` + string(msg) + `}], "nextForwardToken": "f"}`
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := New(Options{})
			lineartest.Check(t, tt.n, func(n int) func() {
				text := []byte(tt.text(n))
				want := len(l.Bytes("x.log", text).Findings)
				return func() {
					if got := len(l.Bytes("x.log", text).Findings); got != want {
						t.Fatalf("%d findings, then %d", want, got)
					}
				}
			})
		})
	}
}

// TestLogEventNames: a finding on a later line of a multi-line event of a
// text container names the line the event starts on (here the line of '{',
// which starts an event of its own in a Lambda log); the others name none.
func TestLogEventNames(t *testing.T) {
	p := newPlantedJob(3)
	text := "2026-12-02T10:15:00.123Z\t" + testReq + "\tINFO\tEVENT " + p.json("") + "\n" +
		"2026-12-02T10:15:00.124Z\t" + testReq + "\tINFO\tEVENT\n" + p.json("  ") + "\n"
	var got []string
	for _, f := range New(Options{}).Bytes("x.log", []byte(text)).Findings {
		got = append(got, fmt.Sprintf("%d %q", f.Line, f.Event))
	}
	want := `[1 "" 1 "" 1 "" 1 "" 10 "log event at line 3" 14 "log event at line 3" 15 "log event at line 3" 16 "log event at line 3"]`
	if fmt.Sprint(got) != want {
		t.Errorf("events %v\nwant %s", got, want)
	}
}

// FuzzLogContainers reads any text as each text container, and as a JSON
// container: it must never panic or hang, every finding must lie inside the
// text, and redact's walk must find the places of check's errors.
func FuzzLogContainers(f *testing.F) {
	for _, name := range []string{"logs-tail.log", "logs-cli-debug.log", "logs-lambda-node.log", "logs-lambda-json.log", "logs-get-log-events.json"} {
		if data, err := os.ReadFile(filepath.Join("../testdata/err", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("2026-12-02T10:15:00.123Z\tx\tINFO\t{\"jobs\": [{\"id\": \"\\u0041\"}], b'{\\'\"jobs\\': []}'\n{"))
	var linters []*Linter
	for _, c := range logs.Containers {
		linters = append(linters, New(Options{MaxSize: 1 << 20, LogFormat: c}))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + bytes.Count(data, []byte("\n"))
		for _, l := range linters {
			for _, fd := range l.Bytes("f.log", data).Findings {
				if fd.Line < 1 || fd.Line > lines || fd.Column < 1 || fd.Rule == "" {
					t.Fatalf("%s: bad finding %+v", l.logFormat, fd)
				}
			}
		}
		LogLeaks(data)
	})
}
