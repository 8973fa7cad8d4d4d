package logs

import "bytes"

// The shapes of the lines that start an event, one function per container.
// Each returns where the message starts in the line, and false for a line
// that continues the event before it. They read only the start of a line.

// startOf returns where the message of an event that starts at line begins,
// for the container c.
func startOf(c Container, line []byte) (int, bool) {
	switch c {
	case Tail:
		return tailStart(line)
	case S3Export:
		return s3Start(line)
	case Lambda:
		return lambdaStart(line)
	case CLIDebug:
		return debugStart(line)
	}
	return 0, false
}

// s3Start: 2026-12-02T10:15:00.123Z MESSAGE, as CloudWatch Logs exports to
// Amazon S3 write each event.
func s3Start(line []byte) (int, bool) {
	if isoMillisZ(line) && len(line) > 24 && line[24] == ' ' {
		return 25, true
	}
	return 0, false
}

// tailStart: the formats of aws logs tail. detailed and json write the
// timestamp with its zone (Python's datetime.isoformat: microseconds, or
// none when they are 0, and +00:00) and the log stream's name; short writes
// the timestamp to the second, without a zone. The json format writes the
// message from the next line on when it is JSON; the event then has
// nothing after the stream's name on its first line.
func tailStart(line []byte) (int, bool) {
	if !isoSeconds(line) {
		return 0, false
	}
	i := 19
	if i < len(line) && line[i] == '.' {
		j := i + 1
		for j < len(line) && isDigit(line[j]) {
			j++
		}
		if j == i+1 {
			return 0, false
		}
		i = j
	}
	if i+6 <= len(line) && (line[i] == '+' || line[i] == '-') && isDigit(line[i+1]) && isDigit(line[i+2]) &&
		line[i+3] == ':' && isDigit(line[i+4]) && isDigit(line[i+5]) {
		i += 6
	}
	if i >= len(line) || line[i] != ' ' {
		return 0, false
	}
	// The message starts after the timestamp: for detailed and json it
	// begins with the log stream's name, which is text written into the log
	// like any other and so is scanned for credentials with it.
	return i + 1, true
}

// lambdaStart: the lines the Lambda runtimes write (see the package doc).
// The message is the whole line: its prefix holds no value to lint.
func lambdaStart(line []byte) (int, bool) {
	switch {
	case len(line) > 0 && (line[0] == '{' || line[0] == '['):
		return 0, true // the JSON log format, Python's [LEVEL], or a value printed on its own
	case isoMillisZ(line) && len(line) > 24 && line[24] == '\t':
		return 0, true // Node.js and .NET
	case isDate(line, '/') && len(line) > 19 && line[10] == ' ' && isClock(line[11:]) && line[19] == ' ':
		return 0, true // Go's log package
	case isDate(line, '-') && len(line) > 19 && line[10] == ' ' && isClock(line[11:]) && line[19] == ' ':
		return 0, true // Java's Log4j 2 appender
	}
	for _, p := range platformLines {
		if bytes.HasPrefix(line, p) {
			return 0, true
		}
	}
	return 0, false
}

// platformLines start the lines that Lambda itself writes for each
// invocation and each start of an execution environment.
var platformLines = [][]byte{
	[]byte("START RequestId: "), []byte("END RequestId: "), []byte("REPORT RequestId: "),
	[]byte("INIT_START "), []byte("INIT_REPORT "), []byte("RESTORE_START "), []byte("RESTORE_REPORT "),
	[]byte("XRAY TraceId: "),
}

// debugStart: a record of the AWS CLI's debug log, 2026-12-02 10:15:00,123 -
// (Python's logging asctime). The message is the whole record.
func debugStart(line []byte) (int, bool) {
	if isDate(line, '-') && len(line) > 26 && line[10] == ' ' && isClock(line[11:]) && line[19] == ',' &&
		isDigit(line[20]) && isDigit(line[21]) && isDigit(line[22]) && string(line[23:26]) == " - " {
		return 0, true
	}
	return 0, false
}

// isoMillisZ: 2026-12-02T10:15:00.123Z.
func isoMillisZ(b []byte) bool {
	return isoSeconds(b) && len(b) >= 24 && b[19] == '.' && isDigit(b[20]) && isDigit(b[21]) && isDigit(b[22]) && b[23] == 'Z'
}

// isoSeconds: 2026-12-02T10:15:00.
func isoSeconds(b []byte) bool {
	return isDate(b, '-') && len(b) >= 19 && b[10] == 'T' && isClock(b[11:])
}

// isDate: 2026-12-02 with the separator sep.
func isDate(b []byte, sep byte) bool {
	return len(b) >= 10 && isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2]) && isDigit(b[3]) && b[4] == sep &&
		isDigit(b[5]) && isDigit(b[6]) && b[7] == sep && isDigit(b[8]) && isDigit(b[9])
}

// isClock: 10:15:00.
func isClock(b []byte) bool {
	return len(b) >= 8 && isDigit(b[0]) && isDigit(b[1]) && b[2] == ':' && isDigit(b[3]) && isDigit(b[4]) &&
		b[5] == ':' && isDigit(b[6]) && isDigit(b[7])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// StartsEvent reports whether a line of text in the container starts an
// event. A stream is cut into chunks only before such a line, so that no
// event is cut.
func StartsEvent(c Container, line []byte) bool {
	_, ok := startOf(c, line)
	return ok
}

// Detect tells the text container from the start of a text: its first
// line that is not blank must have the start shape of one. CLI debug logs
// and the other containers' shapes do not overlap; a line of the Lambda
// runtimes is read as Lambda, which also reads a Lambda log saved as it
// is. It returns None when no shape matches.
func Detect(start []byte) Container {
	line := firstLine(start)
	for _, c := range []Container{CLIDebug, S3Export, Tail} {
		if _, ok := startOf(c, line); ok {
			return c
		}
	}
	if _, ok := lambdaStart(line); ok && !bytes.HasPrefix(line, []byte("{")) && !bytes.HasPrefix(line, []byte("[")) {
		return Lambda
	}
	if bytes.HasPrefix(line, []byte("[")) && pythonLevel(line) {
		return Lambda
	}
	return None
}

// pythonLevel: [INFO]<TAB>, the start of a line of Python's logging in Lambda.
func pythonLevel(line []byte) bool {
	end := bytes.IndexByte(line, ']')
	if end < 2 || end+1 >= len(line) || line[end+1] != '\t' {
		return false
	}
	for _, c := range line[1:end] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// firstLine returns the first line of text that is not blank, without its
// line break and a byte-order mark.
func firstLine(text []byte) []byte {
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	for len(text) > 0 {
		line := text
		if nl := bytes.IndexByte(text, '\n'); nl >= 0 {
			line, text = text[:nl], text[nl+1:]
		} else {
			text = nil
		}
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) > 0 {
			return line
		}
	}
	return nil
}
