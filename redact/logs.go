package redact

import (
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/logs"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// Log containers are judged by check's own walk through them (lint.LogLeaks,
// lint.JSONLogLeaks): the jobs in their messages and the rest of each
// message, so that redact replaces exactly the credentials check reports,
// escaped forms included (a JSON string inside a JSON string, a Python bytes
// literal).

// judgeLog judges the text of a text log container.
func judgeLog(data []byte) piece {
	return piece{line: 1, text: data, logs: lint.LogLeaks(data)}
}

// judgeDocument judges one document decoded from the piece's text: a log
// container by its messages (and the rest of it as a document without
// them), any other document as a whole.
func (p *piece) judgeDocument(text []byte, seek *logs.Seeker, root *document.Node) {
	if leaks, ok := lint.JSONLogLeaks(text, seek, root); ok {
		p.logs = append(p.logs, leaks...)
		root = logs.WithoutMessages(root)
	}
	p.docs = append(p.docs, root)
	p.found = append(p.found, secrets.Leaks(root)...)
}

// logSpans returns where the file writes the credentials of the piece's log
// messages; one the text does not write in one piece has no span.
func (p piece) logSpans() []secrets.Span {
	var out []secrets.Span
	for _, l := range p.logs {
		if l.Found {
			s := l.Span
			s.Start += p.base
			s.End += p.base
			out = append(out, s)
		}
	}
	return out
}
