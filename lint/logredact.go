package lint

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// LogLeak is a credential that check reports as a leaked-credential error
// inside a log message, for package redact: where check reports it, and the
// bytes of the file that write it. Its Value must never be printed.
type LogLeak struct {
	Line, Column int // where check reports it
	// Span is where the file writes it (offsets of the text given); Found is
	// false when the text does not write it in one piece (Python's pprint
	// splits a long string into literals side by side).
	Span  secrets.Span
	Found bool
}

// LogLeaks returns the credentials that check reports as errors in the
// text of a text log container (a file read as Log, its container told by
// its text), as check judges them: in the jobs of its messages, and in the
// rest of its messages.
func LogLeaks(data []byte) []LogLeak {
	l := New(Options{})
	if _, ok := binaryFinding(data, 1); ok {
		return rawLeaks(data)
	}
	r := &logRedactor{data: data}
	walkLines(data, 1, l.logContainer(data), document.UnknownForm, r)
	return r.leaks
}

// JSONLogLeaks returns the credentials that check reports as errors in the
// messages of a JSON document decoded from data, if it is a log container
// (logs.JSONContainer); ok is false for any other document. seek finds the
// offsets of data (logs.NewSeeker), for the documents of data in order.
// The rest of the container is judged as a document is, without its
// messages (logs.WithoutMessages).
func JSONLogLeaks(data []byte, seek *logs.Seeker, root *document.Node) (leaks []LogLeak, ok bool) {
	if logs.JSONContainer(root) == logs.None {
		return nil, false
	}
	r := &logRedactor{data: data}
	walkJSONEvents(data, seek, root, document.UnknownForm, r)
	return r.leaks, true
}

// rawLeaks are the credentials of text scanned as raw text.
func rawLeaks(data []byte) []LogLeak {
	var out []LogLeak
	for _, l := range secrets.LeaksRaw(data) {
		out = append(out, LogLeak{Line: l.Line, Column: l.Column, Span: secrets.SpanAt(data, l.Start, l.End, l.Kind, l.Value), Found: true})
	}
	return out
}

// logRedactor takes the walk through a log container for redact.
type logRedactor struct {
	data  []byte
	leaks []LogLeak
	jobs  *logs.Cursor // moves over the event's jobs, which come in order
}

func (r *logRedactor) event(ev *logs.Event) { r.jobs = logs.NewCursor(r.data, ev.From) }

func (r *logRedactor) job(ev *logs.Event, j *logJob) {
	found := secrets.Leaks(j.root)
	if len(found) == 0 {
		return
	}
	ps := make([]logs.Pos, len(found))
	for i, l := range found {
		ps[i] = logs.Pos{Line: l.Line, Col: l.Column}
	}
	offs := j.text.Offsets(ps) // of the strings that hold them
	written := map[int]int{}   // per string: how many of its leaks were found by value
	for i, l := range found {
		start, end, ok := inLiteral(j.text.S, offs[i], l, written)
		leak := LogLeak{Found: ok}
		if ok {
			a, b := j.text.FileOffset(start), j.text.FileOffset(end)
			leak.Span = secrets.SpanAt(r.data, a, b, l.Kind, l.Value)
		}
		r.leaks = append(r.leaks, leak)
	}
	j.text.ToFileFrom(r.jobs, ps)
	for i := range found {
		r.leaks[len(r.leaks)-len(found)+i].Line, r.leaks[len(r.leaks)-len(found)+i].Column = ps[i].Line, ps[i].Col
	}
}

func (r *logRedactor) rest(ev *logs.Event, part *logs.Text) {
	found := secrets.LeaksRaw([]byte(part.S))
	ps := make([]logs.Pos, len(found))
	for i, l := range found {
		ps[i] = logs.Pos{Line: l.Line, Col: l.Column}
	}
	part.ToFile(r.data, ev.From, ps)
	for i, l := range found {
		a, b := part.FileOffset(l.Start), part.FileOffset(l.End)
		r.leaks = append(r.leaks, LogLeak{Line: ps[i].Line, Column: ps[i].Col, Span: secrets.SpanAt(r.data, a, b, l.Kind, l.Value), Found: true})
	}
}

// inLiteral returns where the credential of a leak is written in s, whose
// string literal (or key) that holds it starts at off: a JSON string is read
// with its escapes; a string printed by Python or Node.js without escapes
// is written as it is decoded; in one with escapes the credential is looked
// for by value, the nth time it is reported in the string being the nth time
// it is written there.
func inLiteral(s string, off int, l secrets.Leak, written map[int]int) (start, end int, ok bool) {
	if off >= len(s) {
		return 0, 0, false
	}
	if s[off] == '"' {
		if lit, _, ok := (&logs.Text{S: s}).JSONString(off); ok && lit.S != "" {
			// A JSON string: its escapes are read exactly.
			return off + 1 + lit.RawOffset(l.Start), off + 1 + lit.RawOffset(l.End), true
		}
	}
	if off < len(s) && (s[off] == '\'' || s[off] == '"' || s[off] == '`') {
		if close := logs.QuotedEnd(s, off); close > off {
			body := s[off+1 : close]
			if !strings.Contains(body, `\`) && l.End <= len(body) && body[l.Start:l.End] == l.Value {
				return off + 1 + l.Start, off + 1 + l.End, true
			}
			nth := written[off]
			written[off]++
			from := off + 1
			for k := 0; ; k++ {
				i := strings.Index(s[from:close], l.Value)
				if i < 0 {
					return 0, 0, false
				}
				if k == nth {
					return from + i, from + i + len(l.Value), true
				}
				from += i + len(l.Value)
			}
		}
	}
	// A bare key of Node.js (an identifier): written as it is.
	if l.End <= len(s)-off && s[off+l.Start:off+l.End] == l.Value {
		return off + l.Start, off + l.End, true
	}
	return 0, 0, false
}
