// Package logs reads the files that captured log events are saved in (log
// containers) and yields their events: the message text, where it is written
// in the file, and which event it is. It knows the containers by the shapes
// AWS documents for them:
//
//   - FilterLogEvents and GetLogEvents: the JSON that `aws logs
//     filter-log-events` and `aws logs get-log-events` print (the
//     CloudWatch Logs API's FilterLogEvents and GetLogEvents responses:
//     {"events": [{"logStreamName", "timestamp", "message", "ingestionTime",
//     "eventId"}], "searchedLogStreams": [...]} and {"events":
//     [{"timestamp", "message", "ingestionTime"}], "nextForwardToken",
//     "nextBackwardToken"}). The message is a JSON string.
//   - Tail: the text of `aws logs tail`, in its formats detailed
//     (2026-12-02T10:15:00.123000+00:00 STREAM MESSAGE), short
//     (2026-12-02T10:15:00 MESSAGE) and json (the detailed prefix, then the
//     message as indented JSON on the lines after it).
//   - S3Export: the lines of a CloudWatch Logs export to Amazon S3
//     (2026-12-02T10:15:00.123Z MESSAGE).
//   - Lambda: what the Lambda runtimes write to a log stream: START, END,
//     REPORT, INIT_START and XRAY lines; the text format of Node.js and .NET
//     (TIMESTAMP<TAB>REQUEST-ID<TAB>LEVEL<TAB>MESSAGE), of Python's logging
//     ([LEVEL]<TAB>TIMESTAMP<TAB>REQUEST-ID<TAB>MESSAGE), of Go's log package
//     (2026/12/02 10:15:00 MESSAGE) and of Java's Log4j 2 appender
//     (2026-12-02 10:15:00 REQUEST-ID LEVEL ...); a printed value on a line
//     of its own (Python's print(event)); and the JSON log format, one JSON
//     object a line with "timestamp", "level" and "message" (a string, or
//     the logged object itself).
//   - CLIDebug: the log of the AWS CLI's --debug option (2026-12-02
//     10:15:00,123 - MainThread - botocore.parsers - DEBUG - Response
//     body:, then the body as a Python bytes literal b'{...}' on the next
//     line).
//
// A message that spans lines (Node.js's multi-line output, Python's pprint,
// indented JSON) is one event: an event starts at a line of its container's
// start shape and runs to the next one.
package logs

import "strings"

// Container is a kind of log file.
type Container uint8

const (
	// Auto tells the container from the text (see Detect).
	Auto Container = iota
	// None reads no file as a log container.
	None
	FilterLogEvents
	GetLogEvents
	Tail
	S3Export
	Lambda
	CLIDebug
)

// Containers lists the containers a user may name, in the order help
// names them.
var Containers = []Container{FilterLogEvents, GetLogEvents, Tail, S3Export, Lambda, CLIDebug}

var names = map[Container]string{
	Auto:            "auto",
	None:            "none",
	FilterLogEvents: "filter-log-events",
	GetLogEvents:    "get-log-events",
	Tail:            "tail",
	S3Export:        "s3-export",
	Lambda:          "lambda",
	CLIDebug:        "cli-debug",
}

func (c Container) String() string { return names[c] }

// Names lists the names Parse takes.
func Names() []string {
	out := []string{Auto.String(), None.String()}
	for _, c := range Containers {
		out = append(out, c.String())
	}
	return out
}

// Parse reads a container's name in any case.
func Parse(name string) (Container, bool) {
	for c, n := range names {
		if strings.EqualFold(n, name) {
			return c, true
		}
	}
	return Auto, false
}

// IsText reports the containers whose events are lines of text.
func (c Container) IsText() bool { return c == Tail || c == S3Export || c == Lambda || c == CLIDebug }

// IsJSON reports the containers that are one JSON document.
func (c Container) IsJSON() bool { return c == FilterLogEvents || c == GetLogEvents }
