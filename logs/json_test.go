package logs

import (
	"strings"
	"testing"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
)

func TestJSONContainer(t *testing.T) {
	for text, want := range map[string]Container{
		`{"events": [{"logStreamName": "s", "timestamp": 1, "message": "m", "ingestionTime": 2, "eventId": "3"}], "searchedLogStreams": []}`: FilterLogEvents,
		`{"events": [{"timestamp": 1, "message": "m", "ingestionTime": 2}], "nextForwardToken": "f/1", "nextBackwardToken": "b/1"}`:          GetLogEvents,
		`{"events": [], "nextToken": "x"}`:                                                          FilterLogEvents,
		`{"events": [{"timestamp": 1, "message": "m"}], "ResponseMetadata": {}}`:                    GetLogEvents,
		`{"events": [{"timestamp": 1, "message": "m"}], "nextToken": "x", "nextForwardToken": "y"}`: None,
		`{"events": [{"timestamp": 1, "message": "m"}], "jobs": []}`:                                None,
		`{"events": [1]}`:        None,
		`{"events": {}}`:         None,
		`{"jobDetails": {}}`:     None,
		`[{"events": []}]`:       None,
		`{"events": [{"a": 1}]}`: None,
	} {
		root, err := decode.JSON([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := JSONContainer(root); got != want {
			t.Errorf("JSONContainer(%s) = %s, want %s", text, got, want)
		}
	}
}

func TestJSONEvents(t *testing.T) {
	root, err := decode.JSON([]byte(`{"events": [
		{"logStreamName": "2026/12/02/[$LATEST]0a1b", "timestamp": 1796206500123, "message": "one"},
		{"timestamp": 1796206500124, "message": 7},
		{"message": "three"},
		{"timestamp": "x", "message": "four", "logStreamName": ""}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range JSONEvents(root) {
		got = append(got, e.Message.Str+": "+e.Name)
	}
	want := "one: log event 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b\n" +
		"three: log event 3\n" +
		"four: log event 4"
	if strings.Join(got, "\n") != want {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	blank := WithoutMessages(root)
	if m := blank.Get("events").Items[0].Get("message"); m.Str != "" || m.Line != 2 {
		t.Errorf("message %q at line %d", m.Str, m.Line)
	}
	if root.Get("events").Items[0].Get("message").Str != "one" {
		t.Error("WithoutMessages changed the document")
	}
}

func TestRecord(t *testing.T) {
	for text, want := range map[string]string{
		`{"timestamp": "t", "level": "INFO", "requestId": "r", "message": {"jobs": []}}`:   "object",
		`{"timestamp": "t", "level": "INFO", "message": "{'jobs': []}", "logger": "root"}`: "string",
		`{"time": "t", "type": "platform.start", "record": {}}`:                            "",
		`{"timestamp": "t", "message": "m"}`:                                               "",
	} {
		root, _ := decode.JSON([]byte(text))
		msg, ok := Record(root)
		got := ""
		if ok {
			got = msg.Kind.String()
		}
		if got != want {
			t.Errorf("Record(%s) = %q, want %q", text, got, want)
		}
	}
}
