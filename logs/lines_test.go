package logs

import (
	"fmt"
	"strings"
	"testing"
)

func TestStartsEvent(t *testing.T) {
	const req = "5e3f7a9c-2b4d-4e6f-8a1b-3c5d7e9f1a2b"
	cases := []struct {
		c    Container
		line string
		msg  string // the message, "(none)" for a line that starts no event
	}{
		{S3Export, "2026-12-02T10:15:00.123Z START RequestId: x", "START RequestId: x"},
		{S3Export, "2026-12-02T10:15:00.123Z\tx", "(none)"},
		{S3Export, "  2026-12-02T10:15:00.123Z x", "(none)"},
		// The log stream's name is scanned with the message.
		{Tail, "2026-12-02T10:15:00.123000+00:00 2026/12/02/[$LATEST]0a1b message here", "2026/12/02/[$LATEST]0a1b message here"},
		{Tail, "2026-12-02T10:15:00+00:00 stream {", "stream {"},
		{Tail, "2026-12-02T10:15:00.123000+00:00 stream ", "stream "}, // json format: the message on the next lines
		{Tail, "2026-12-02T10:15:00 short message", "short message"},
		{Tail, "2026-12-02T10:15:00.Z x", "(none)"},
		{Lambda, "START RequestId: " + req + " Version: $LATEST", "START RequestId: " + req + " Version: $LATEST"},
		{Lambda, "2026-12-02T10:15:00.123Z\t" + req + "\tINFO\tEVENT", "2026-12-02T10:15:00.123Z\t" + req + "\tINFO\tEVENT"},
		{Lambda, "[INFO]\t2026-12-02T10:15:00.123Z\t" + req + "\tx", "[INFO]\t2026-12-02T10:15:00.123Z\t" + req + "\tx"},
		{Lambda, "2026/12/02 10:15:00 EVENT: {", "2026/12/02 10:15:00 EVENT: {"},
		{Lambda, "2026-12-02 10:15:00 " + req + " INFO  Handler - x", "2026-12-02 10:15:00 " + req + " INFO  Handler - x"},
		{Lambda, `{"timestamp":"2026-12-02T10:15:00.123Z","level":"INFO"}`, `{"timestamp":"2026-12-02T10:15:00.123Z","level":"INFO"}`},
		{Lambda, "  'CodePipeline.job': {", "(none)"},
		{Lambda, "}", "(none)"},
		{CLIDebug, "2026-12-02 10:15:00,643 - MainThread - botocore.parsers - DEBUG - Response body:", "2026-12-02 10:15:00,643 - MainThread - botocore.parsers - DEBUG - Response body:"},
		{CLIDebug, `b'{"jobs":[]}'`, "(none)"},
	}
	for _, c := range cases {
		m, ok := startOf(c.c, []byte(c.line))
		got := "(none)"
		if ok {
			got = c.line[m:]
		}
		if got != c.msg {
			t.Errorf("%s: %q: message %q, want %q", c.c, c.line, got, c.msg)
		}
	}
}

func TestDetect(t *testing.T) {
	for text, want := range map[string]Container{
		"\n\n2026-12-02T10:15:00.123Z START RequestId: x\n":                             S3Export,
		"2026-12-02T10:15:00.123000+00:00 stream START RequestId: x\n":                  Tail,
		"START RequestId: x Version: $LATEST\n":                                         Lambda,
		"\xef\xbb\xbf[INFO]\t2026-12-02T10:15:00.123Z\tid\t{}\n":                        Lambda,
		"2026-12-02 10:15:00,101 - MainThread - awscli.clidriver - DEBUG - CLI version": CLIDebug,
		"2026-12-02T10:15:00.123Z\tid\tINFO\tx":                                         Lambda,
		"jobDetails:\n  id: x\n":                                                        None,
		"[1, 2]\n":                                                                      None,
		`{"jobs": []}`:                                                                  None,
		"":                                                                              None,
	} {
		if got := Detect([]byte(text)); got != want {
			t.Errorf("Detect(%q) = %s, want %s", text, got, want)
		}
	}
	if !IsJSONRecordLine([]byte(`{"timestamp": "2026-12-02T10:15:00.123Z", "level": "INFO"}`)) ||
		!IsJSONRecordLine([]byte(`{"time":"2026-12-02T10:15:00.120Z","type":"platform.start"}`)) ||
		IsJSONRecordLine([]byte(`{"timestamps": 1}`)) || IsJSONRecordLine([]byte(`{"jobs": []}`)) {
		t.Error("IsJSONRecordLine")
	}
}

func TestLines(t *testing.T) {
	text := "\xef\xbb\xbfpreamble\n" +
		"2026-12-02T10:15:00.123000+00:00 s1 first\r\n" +
		"2026-12-02T10:15:00.124000+00:00 s1 \n" +
		"{\n" +
		"    \"a\": 1\n" +
		"}\n" +
		"\n" +
		"2026-12-02 10:15:00 not tail\n" +
		"2026-12-02T10:15:00.125000+00:00 s1 last"
	var got []string
	Lines([]byte(text), 1, Tail, func(ev Event) {
		start := ev.Message.FileOffset(0)
		got = append(got, fmt.Sprintf("%d-%d %q at %d (from %d:%d)", ev.Line, ev.LastLine, ev.Message.S, start, ev.From.Line, ev.From.Off))
		if text[start:start+len(ev.Message.S)] != ev.Message.S {
			t.Errorf("the message %q is not at offset %d", ev.Message.S, start)
		}
	})
	want := []string{
		`1-1 "preamble" at 3 (from 1:0)`,
		`2-2 "s1 first" at 45 (from 2:12)`,
		`3-8 "s1 \n{\n    \"a\": 1\n}\n\n2026-12-02 10:15:00 not tail" at 88 (from 3:55)`,
		`9-9 "s1 last" at 170 (from 9:137)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestValues(t *testing.T) {
	cases := []struct{ msg, want string }{
		{`EVENT {"a": "}"} and {'b': '{'} tail`, `[{"a": "}"}] [{'b': '{'}]`},
		{`{ x: 'it\'s', y: [ 1, { z: "}" } ] }`, `[{ x: 'it\'s', y: [ 1, { z: "}" } ] }]`},
		{`unclosed {"a": 1 then {"b": 2}`, ``},
		{`quote never closed {'a`, ``},
		{`Response body:` + "\n" + `b'{"jobs":[]}'`, `[bytes {"jobs":[]}]`},
		{`no value`, ``},
		{`{}{}`, `[{}] [{}]`},
	}
	for _, c := range cases {
		var got []string
		for _, v := range Values(Plain(c.msg, 0)) {
			s := v.Text.S
			if v.Bytes {
				s = "bytes " + s
			}
			got = append(got, "["+s+"]")
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("Values(%q) = %s, want %s", c.msg, strings.Join(got, " "), c.want)
		}
	}
}

func TestRequestOperation(t *testing.T) {
	for rec, want := range map[string]string{
		"Making request for OperationModel(name=GetThirdPartyJobDetails) with params: {}": "GetThirdPartyJobDetails",
		"headers={'X-Amz-Target': b'CodePipeline_20150709.PollForJobs'}":                  "PollForJobs",
		"Making request for OperationModel(name=ListPipelines)":                           "",
		"Response body:": "",
	} {
		if got := RequestOperation(rec); got != want {
			t.Errorf("RequestOperation(%q) = %q, want %q", rec, got, want)
		}
	}
}
