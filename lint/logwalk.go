package lint

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/printed"
)

// The walk through a log container: its events, the jobs in their messages,
// and the rest of each message. check and redact both take this walk (as a
// logVisitor), so that they judge the same jobs and the same text.

// logVisitor receives what a log container holds, in file order.
type logVisitor interface {
	// event starts a log event.
	event(ev *logs.Event)
	// job is a job document in the event's message.
	job(ev *logs.Event, j *logJob)
	// rest is a part of the event's message that holds no job, to scan as
	// text: the whole message, or the text before, between and after its
	// jobs.
	rest(ev *logs.Event, part *logs.Text)
}

// span is the bytes [start, end) of a text.
type span struct{ start, end int }

// logJob is a job document found in a log message.
type logJob struct {
	text *logs.Text     // the text it was decoded from
	root *document.Node // its tree, with positions inside text.S
	op   document.Form  // the operation the user or the CLI's debug log names
	// cut is set for a job that console.log printed to a depth of 2 (the
	// default of util.inspect): the values below are written [Object] and
	// [Array], so only its credentials are checked.
	cut bool
}

// printedParsers read a value as Python's print() and Node.js's
// console.log write it (package printed), after JSON: each returns a tree
// with positions inside the text it is given.
var printedParsers = []func(text string) (*document.Node, error){printed.Python, printed.Node}

// walkLines takes the walk through the text data of a text container, which
// starts at line firstLine of the file. op is the operation that the
// config or --operation names, if any.
func walkLines(data []byte, firstLine int, c logs.Container, op document.Form, v logVisitor) {
	debugOp := op // in a CLI debug log, the operation of the last request
	logs.Lines(data, firstLine, c, func(ev logs.Event) {
		if c == logs.CLIDebug && op == document.UnknownForm {
			if name := logs.RequestOperation(ev.Message.S); name != "" {
				debugOp, _ = document.ParseForm(name)
			}
		}
		walkEvent(&ev, debugOp, v)
	})
}

// walkEvent takes the walk through one event.
// walkJSONEvents walks the message of each event of a filter-log-events or
// get-log-events document decoded from data, whose offsets seek finds.
func walkJSONEvents(data []byte, seek *logs.Seeker, root *document.Node, op document.Form, v logVisitor) {
	for _, je := range logs.JSONEvents(root) {
		off := seek.Offset(je.Message.Line, je.Message.Col)
		text, _, ok := logs.JSONStringAt(data, off, off)
		if !ok {
			continue
		}
		ev := logs.Event{Message: text, From: logs.Place{Off: off, Line: je.Message.Line, Col: je.Message.Col}, Name: je.Name}
		walkEvent(&ev, op, v)
	}
}

func walkEvent(ev *logs.Event, op document.Form, v logVisitor) {
	v.event(ev)
	held := walkValues(ev, ev.Message, op, v, 0)
	at := 0
	for _, h := range held {
		if h.start > at {
			v.rest(ev, ev.Message.Sub(at, h.start))
		}
		at = max(at, h.end)
	}
	if at == 0 {
		v.rest(ev, ev.Message)
	} else if at < len(ev.Message.S) {
		v.rest(ev, ev.Message.Sub(at, len(ev.Message.S)))
	}
}

// walkValues hands the jobs among the values of t (the message, or a
// message inside it) to v, and returns the ranges of the event's message
// that hold them. A record of the Lambda JSON log format is looked into: its
// "message" is the value logged, or a string that is itself a message.
func walkValues(ev *logs.Event, t *logs.Text, op document.Form, v logVisitor, depth int) []span {
	var held []span
	for _, val := range logs.Values(t) {
		if !mayHoldJob(val.Text.S) {
			continue
		}
		root, cut, ok := parseValue(val.Text.S)
		if !ok {
			continue
		}
		jobText, start, end := val.Text, 0, len(val.Text.S)
		if msg, ok := logs.Record(root); ok {
			if msg.Kind == document.String {
				if depth == 0 {
					if inner, _, ok := val.Text.JSONString(nodeOffset(val.Text, msg)); ok {
						held = append(held, walkValues(ev, inner, op, v, depth+1)...)
					}
				}
				continue
			}
			start = nodeOffset(val.Text, msg)
			if end = logs.ValueEnd(val.Text.S, start); end < 0 {
				continue
			}
			root = msg
		}
		if document.DetectFormAs(root, op) == document.UnknownForm {
			continue
		}
		v.job(ev, &logJob{text: jobText, root: root, op: op, cut: cut})
		held = append(held, span{jobText.OffsetIn(ev.Message, start), jobText.OffsetIn(ev.Message, end)})
	}
	return held
}

// mayHoldJob reports text that may hold a job: it names the top-level
// member of one of the forms. Other values are not parsed.
func mayHoldJob(s string) bool {
	for _, f := range document.Forms {
		if strings.Contains(s, f.Member()) {
			return true
		}
	}
	return false
}

// parseValue reads a value as JSON, or as one of the printed forms; cut
// reports a printed tree whose deeper values util.inspect left out.
func parseValue(s string) (root *document.Node, cut, ok bool) {
	if root, err := decode.JSON([]byte(s)); err == nil {
		return root, false, true
	}
	for _, parse := range printedParsers {
		if root, err := parse(s); err == nil && root != nil {
			return root, holdsDepthMark(root), true
		}
	}
	return nil, false, false
}

// holdsDepthMark reports a tree with a value that util.inspect wrote as
// [Object] or [Array] because it lies deeper than its depth.
func holdsDepthMark(n *document.Node) bool {
	switch n.Kind {
	case document.String:
		return n.Str == "[Object]" || n.Str == "[Array]"
	case document.Array:
		for _, item := range n.Items {
			if holdsDepthMark(item) {
				return true
			}
		}
	case document.Object:
		for _, m := range n.Members {
			if holdsDepthMark(m.Value) {
				return true
			}
		}
	}
	return false
}

// nodeOffset is the offset in t.S of the node's first character.
func nodeOffset(t *logs.Text, n *document.Node) int {
	return t.Offsets([]logs.Pos{{Line: n.Line, Col: n.Col}})[0]
}
