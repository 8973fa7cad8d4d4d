package lint

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/input"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// Linting log containers (package logs): each job in a message is linted as
// a file's document is (checkDocument), with its positions mapped into the
// file; the rest of each message is scanned as text. Every finding from
// inside a message names its log event.

// lintLog lints the text of a text container: a whole file, or a chunk of
// a stream that starts at line firstLine.
func (l *Linter) lintLog(data []byte, firstLine int, c logs.Container) Result {
	r := Result{Log: true}
	if f, ok := binaryFinding(data, firstLine); ok {
		r.Findings = append([]finding.Finding{f}, rawOnLine(data, firstLine)...)
		return r
	}
	walkLines(data, firstLine, c, l.operation, &logChecker{l: l, data: data, r: &r})
	return r
}

// lintJSONContainer lints the events of a filter-log-events or
// get-log-events document decoded from data, whose offsets seek finds, and
// scans the rest of the document.
func (l *Linter) lintJSONContainer(r *Result, data []byte, seek *logs.Seeker, root *document.Node) {
	r.Log = true
	walkJSONEvents(data, seek, root, l.operation, &logChecker{l: l, data: data, r: r})
	r.Findings = append(r.Findings, secrets.Scan(logs.WithoutMessages(root))...)
}

// logChecker takes the walk through a log container for check: it counts
// the events and jobs, and gathers their findings.
type logChecker struct {
	l    *Linter
	data []byte // the text the events' places are in
	r    *Result
	jobs *logs.Cursor // moves over the event's jobs, which come in order
}

func (c *logChecker) event(ev *logs.Event) {
	c.r.Events++
	c.jobs = logs.NewCursor(c.data, ev.From)
}

func (c *logChecker) job(ev *logs.Event, j *logJob) {
	toFile(j.text, c.jobs, j.root)
	l := c.l
	if j.op != l.operation {
		named := *l
		named.operation = j.op
		l = &named
	}
	if j.cut {
		c.add(ev, secrets.Scan(j.root))
	} else {
		c.add(ev, l.checkDocument(j.root))
	}
	c.r.Documents++
	c.r.Jobs++
}

func (c *logChecker) rest(ev *logs.Event, part *logs.Text) {
	fs := secrets.ScanRaw([]byte(part.S))
	if len(fs) == 0 {
		return
	}
	ps := make([]logs.Pos, len(fs))
	for i, f := range fs {
		ps[i] = logs.Pos{Line: f.Line, Col: f.Column}
	}
	part.ToFile(c.data, ev.From, ps)
	for i := range fs {
		fs[i].Line, fs[i].Column = ps[i].Line, ps[i].Col
	}
	c.add(ev, fs)
}

// add adds findings from inside the event, naming it.
func (c *logChecker) add(ev *logs.Event, fs []finding.Finding) {
	for i := range fs {
		fs[i].Event = eventName(ev, fs[i].Line)
	}
	c.r.Findings = append(c.r.Findings, fs...)
}

// eventName names the event of a finding on a line: the event's own name in
// a JSON container; in a text container, where the line tells the event,
// nothing, unless the event starts on a line before it.
func eventName(ev *logs.Event, line int) string {
	switch {
	case ev.Name != "":
		return ev.Name
	case line != ev.Line:
		return "log event at line " + strconv.Itoa(ev.Line)
	}
	return ""
}

// toFile moves every position of a tree decoded from t (values and member
// keys) to the file's, so that the checks report them there, messages that
// quote positions included.
func toFile(t *logs.Text, cur *logs.Cursor, root *document.Node) {
	var ps []logs.Pos
	walkPositions(root, func(line, col *int) { ps = append(ps, logs.Pos{Line: *line, Col: *col}) })
	t.ToFileFrom(cur, ps)
	i := 0
	walkPositions(root, func(line, col *int) {
		*line, *col = ps[i].Line, ps[i].Col
		i++
	})
}

// walkPositions calls fn with every position of a tree, in the same order
// every time.
func walkPositions(n *document.Node, fn func(line, col *int)) {
	fn(&n.Line, &n.Col)
	for _, item := range n.Items {
		walkPositions(item, fn)
	}
	for i := range n.Members {
		m := &n.Members[i]
		fn(&m.KeyLine, &m.KeyCol)
		walkPositions(m.Value, fn)
	}
}

// countCredentialSets counts the access key ids reported as leaked: each
// one stands for a credential set (a key id and, beside it, its secret key
// and session token).
func countCredentialSets(fs []finding.Finding) int {
	n := 0
	for i := range fs {
		if fs[i].Rule == "leaked-credential" && strings.HasPrefix(fs[i].Message, secrets.KeyID.String()+" (") {
			n++
		}
	}
	return n
}

// isJSONContainer reports a JSON document that is read as a log container:
// one of the shapes of logs.JSONContainer, unless --log-format says none.
func (l *Linter) isJSONContainer(root *document.Node) bool {
	return l.logFormat != logs.None && logs.JSONContainer(root) != logs.None
}

// A stream read as Log is cut into chunks as JSON Lines are (chunkLines),
// but only before a line that starts an event, so that no event is cut: a
// chunk of chunkBytes or more is sent when such a line comes. An event
// that runs on over --max-size is cut all the same, and the lines after the
// cut are read as an event of their own.

// logInput returns a copy of the input of a stream read as Log, naming its
// container, which the start of its text tells if the user did not.
func (l *Linter) logInput(in *source, br *bufio.Reader) *source {
	start, _ := br.Peek(1 << 20)
	copied := *in
	copied.log = l.forFile(in.Name).logContainer(start)
	if copied.log == logs.None || copied.log == logs.Auto {
		copied.log = logs.Lambda
	}
	return &copied
}

// chunkFormat is the format of the chunks of a stream: Log for a log
// container, JSON Lines for any other.
func (in *source) chunkFormat() input.Format {
	if in.log != logs.Auto {
		return input.Log
	}
	return input.JSONLines
}

// cutsLog reports whether a chunk of a log stream, full already, is sent
// before line: the line starts an event, or the chunk is over the limit.
func (l *Linter) cutsLog(c logs.Container, chunk, line []byte) bool {
	return logs.StartsEvent(c, bytes.TrimRight(line, "\r\n")) || int64(len(chunk)) >= l.maxSize
}

// lintLogChunk lints a chunk of a log stream that starts at firstLine.
func (l *Linter) lintLogChunk(name string, data []byte, firstLine int, c logs.Container) Result {
	l = l.forFile(name)
	return l.finish(name, l.lintLog(data, firstLine, c))
}
