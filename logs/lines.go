package logs

import "bytes"

// Event is one log event.
type Event struct {
	// Message is the event's message, decoded, and where it is written.
	Message *Text
	// From is a place of the file at or before the message: the start of
	// the event's first line, or the opening quote of a JSON string.
	From Place
	// Line and LastLine are the lines the event takes in a text container
	// (0 in a JSON container, whose events name themselves).
	Line, LastLine int
	// Name says which event it is, for a finding inside it: "log event
	// 2026-12-02T10:15:00.123Z in 2026/12/02/[$LATEST]0a1b". It is empty in
	// a text container, where the event's line says it.
	Name string
}

// Lines calls yield for each event of the text data of a text container,
// whose first line is line firstLine of the file. Offsets are data's.
// Lines before the first line that starts an event (a chunk of a stream
// that starts inside an event cut for being too large) are an event of
// their own. Each byte is read once.
func Lines(data []byte, firstLine int, c Container, yield func(Event)) {
	var ev Event
	open := false
	var msgStart, msgEnd int // the message: data[msgStart:msgEnd]
	flush := func() {
		if open {
			ev.Message = Plain(string(data[msgStart:msgEnd]), msgStart)
			yield(ev)
		}
		open = false
	}
	lineNo := firstLine
	for off := 0; off < len(data); lineNo++ {
		end := len(data)
		next := end
		if nl := bytes.IndexByte(data[off:], '\n'); nl >= 0 {
			end, next = off+nl, off+nl+1
		}
		line := data[off:end]
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		bom := len(data[off:end]) - len(line)
		content := bytes.TrimRight(line, "\r")
		if m, ok := startOf(c, content); ok {
			flush()
			ev = Event{From: Place{Off: off, Line: lineNo, Col: 1}, Line: lineNo, LastLine: lineNo}
			msgStart, msgEnd, open = off+bom+m, off+bom+len(content), true
		} else if open {
			if len(bytes.TrimSpace(content)) > 0 {
				msgEnd, ev.LastLine = off+bom+len(content), lineNo
			}
		} else if len(bytes.TrimSpace(content)) > 0 {
			ev = Event{From: Place{Off: off, Line: lineNo, Col: 1}, Line: lineNo, LastLine: lineNo}
			msgStart, msgEnd, open = off+bom, off+bom+len(content), true
		}
		if msgStart > msgEnd { // a tail event whose message starts on the next line
			msgEnd = msgStart
		}
		off = next
	}
	flush()
}
