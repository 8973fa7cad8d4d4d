package logs

import (
	"bytes"
	"strconv"
	"time"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// The top-level members of the FilterLogEvents and GetLogEvents responses
// (CloudWatch Logs API reference), and ResponseMetadata, which boto3 adds
// when a response is saved with json.dumps.
var (
	filterMembers = []string{"events", "searchedLogStreams", "nextToken"}
	getMembers    = []string{"events", "nextForwardToken", "nextBackwardToken"}
)

// JSONContainer tells whether a decoded JSON document is the output of aws
// logs filter-log-events or get-log-events: an object whose "events" is an
// array of objects, whose other members are those of one of the two
// responses. FilterLogEvents is told by searchedLogStreams or nextToken, or
// by an event with logStreamName or eventId; GetLogEvents by its tokens, or
// by events without those. It returns None for any other document.
func JSONContainer(root *document.Node) Container {
	if root == nil || root.Kind != document.Object {
		return None
	}
	events := root.Get("events")
	if events == nil || events.Kind != document.Array {
		return None
	}
	filter, get := false, false
	for _, m := range root.Members {
		switch {
		case m.Key == "ResponseMetadata" || m.Key == "events":
		case has(filterMembers, m.Key):
			filter = true
		case has(getMembers, m.Key):
			get = true
		default:
			return None
		}
	}
	for _, item := range events.Items {
		if item.Kind != document.Object || (item.Get("message") == nil && item.Get("timestamp") == nil) {
			return None
		}
		if item.Get("logStreamName") != nil || item.Get("eventId") != nil {
			filter = true
		}
	}
	switch {
	case filter && get:
		return None
	case filter:
		return FilterLogEvents
	}
	return GetLogEvents
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// JSONEvent is one event of a JSON container: its message, a string node
// of the document, and its name.
type JSONEvent struct {
	Message *document.Node
	Name    string
}

// JSONEvents returns the events of a JSON container whose message is a
// string, in document order.
func JSONEvents(root *document.Node) []JSONEvent {
	var out []JSONEvent
	for i, item := range root.Get("events").Items {
		msg := item.Get("message")
		if msg == nil || msg.Kind != document.String {
			continue
		}
		out = append(out, JSONEvent{Message: msg, Name: eventName(item, i)})
	}
	return out
}

// eventName names an event by its time and log stream: "log event
// 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b", or by its place in
// the list ("log event 3") when it has no time.
func eventName(item *document.Node, i int) string {
	name := "log event " + strconv.Itoa(i+1)
	if ts := item.Get("timestamp"); ts != nil && ts.Kind == document.Number {
		if ms, err := strconv.ParseInt(ts.Str, 10, 64); err == nil {
			name = "log event " + time.UnixMilli(ms).UTC().Format("2006-01-02T15:04:05.000Z")
		}
	}
	if s := item.Get("logStreamName"); s.IsString() && s.Str != "" {
		name += " in " + s.Str
	}
	return name
}

// WithoutMessages returns a copy of a JSON container in which every event's
// message is the empty string, so that the rest of it can be scanned
// without scanning the messages twice. Only the nodes on the way to a
// message are copied.
func WithoutMessages(root *document.Node) *document.Node {
	out := *root
	out.Members = append([]document.Member(nil), root.Members...)
	for i, m := range out.Members {
		if m.Key != "events" || m.Value.Kind != document.Array {
			continue
		}
		events := *m.Value
		events.Items = make([]*document.Node, len(m.Value.Items))
		for j, item := range m.Value.Items {
			copied := *item
			copied.Members = append([]document.Member(nil), item.Members...)
			for k, im := range copied.Members {
				if im.Key == "message" && im.Value.Kind == document.String {
					blank := *im.Value
					blank.Str = ""
					copied.Members[k].Value = &blank
				}
			}
			events.Items[j] = &copied
		}
		out.Members[i].Value = &events
	}
	return &out
}

// IsJSONRecordLine reports a line of the Lambda JSON log format: a JSON
// object whose first member is "timestamp" (the runtimes' records) or
// "time" (the platform's).
func IsJSONRecordLine(line []byte) bool {
	line = bytes.TrimLeft(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")), " \t")
	for _, p := range [][]byte{[]byte(`{"timestamp"`), []byte(`{"time"`)} {
		if rest, ok := bytes.CutPrefix(line, p); ok {
			rest = bytes.TrimLeft(rest, " ")
			return len(rest) > 0 && rest[0] == ':'
		}
	}
	return false
}

// Record reads a decoded JSON value as a record of the Lambda JSON log
// format: an object with "level" and "message", and "timestamp" or "time".
// It returns the message (a string, or the value that was logged).
func Record(v *document.Node) (*document.Node, bool) {
	if v == nil || v.Kind != document.Object || v.Get("level") == nil {
		return nil, false
	}
	if v.Get("timestamp") == nil && v.Get("time") == nil {
		return nil, false
	}
	msg := v.Get("message")
	return msg, msg != nil
}
