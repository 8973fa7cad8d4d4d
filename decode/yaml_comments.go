package decode

// YAMLComments returns the text of a YAML file with everything but its
// comments blanked out: each byte of a line before its comment becomes a
// space, and newlines stay, so that a scan of the result reports what a
// comment holds at its true line and column. It returns nil when the text
// has no comment. A credential pasted into a comment, or a block of
// credentials commented out, is as much a leak as a value.
//
// A comment starts at a '#' at the start of a line or after a blank, outside
// quoted scalars on that line. A quote opens a quoted scalar only where a
// scalar may start (see commentStart): in a plain scalar such as team's, an
// apostrophe is just a letter. Quoted scalars that span lines, and block
// scalars holding " #", can make a value look like a comment: it is then
// scanned twice, which errs on the safe side.
func YAMLComments(data []byte) []byte {
	var out []byte
	lineStart := 0
	for lineStart < len(data) {
		end := lineStart
		for end < len(data) && data[end] != '\n' {
			end++
		}
		if hash := commentStart(data[lineStart:end]); hash >= 0 {
			if out == nil {
				out = blank(data)
			}
			copy(out[lineStart+hash:end], data[lineStart+hash:end])
		}
		lineStart = end + 1
	}
	return out
}

// commentStart is the offset of the '#' that starts a comment on the line,
// or -1 (see scanYAMLLine).
func commentStart(line []byte) int { return scanYAMLLine(line, nil) }

// scanYAMLLine returns the offset of the '#' that starts a comment on the
// line, or -1, and calls visit, when not nil, with the kind and the bytes
// [start, end) of each anchor, alias, tag and directive before it (see
// YAMLNames). It reads the line once, keeping track of whether a scalar may
// start where it is: at the start of the line (after its indentation, or a
// document marker "--- "), after a flow indicator ([ { ,), after an entry
// or key indicator (- ?) or a ':' followed by a blank, right after the ':'
// of a quoted key ("a":"b"), and after a tag or an anchor (!!str, &a). Only
// there does a quote open a quoted scalar, and a '!', '&' or '*' start a
// tag, an anchor or an alias.
func scanYAMLLine(line []byte, visit func(kind byte, start, end int)) int {
	if len(line) > 0 && line[0] == '%' {
		return directive(line, visit)
	}
	var quote byte
	start := true // a scalar may start here
	closed := -1  // where the last quoted scalar closed
	i := 0
	if documentMarker(line) {
		i = 3
	}
	for ; i < len(line); i++ {
		c := line[i]
		switch {
		case quote == '"' && c == '\\':
			i++ // an escaped character, perhaps a quote
		case quote == '\'' && c == '\'' && i+1 < len(line) && line[i+1] == '\'':
			i++ // '' is a quote inside a single-quoted scalar
		case quote != 0:
			if c == quote {
				quote, closed = 0, i
			}
		case c == '#' && (i == 0 || isYAMLBlank(line[i-1])):
			return i
		case isYAMLBlank(c):
		case c == '"' || c == '\'':
			if start {
				quote = c
			}
			start = false
		case c == '[' || c == '{' || c == ',':
			start = true
		case c == ':':
			start = closed == i-1 || i+1 == len(line) || isYAMLBlank(line[i+1])
		case (c == '-' || c == '?') && start:
			start = i+1 == len(line) || isYAMLBlank(line[i+1])
		case (c == '!' || c == '&') && start:
			end := i + 1
			for end < len(line) && !isYAMLBlank(line[end]) && line[end] != '\r' {
				end++ // the rest of the tag or anchor
			}
			if visit != nil {
				if c == '&' {
					visit(c, i, nameEnd(line, i+1))
				} else {
					visit(c, i, end)
				}
			}
			i = end - 1
		case c == '*' && start:
			end := nameEnd(line, i+1)
			if visit != nil {
				visit(c, i, end)
			}
			i, start = end-1, false
		default:
			start = false
		}
	}
	return -1
}

// nameEnd returns where the anchor or alias name that starts at line[i]
// ends: the YAML parser reads letters, digits, '_' and '-' only.
func nameEnd(line []byte, i int) int {
	for i < len(line) && (isAlnumByte(line[i]) || line[i] == '_' || line[i] == '-') {
		i++
	}
	return i
}

func isAlnumByte(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// documentMarker reports a line that starts with "---" followed by a blank
// or nothing: a document starts, and a node may follow on the same line.
func documentMarker(line []byte) bool {
	return len(line) >= 3 && string(line[:3]) == "---" && (len(line) == 3 || isYAMLBlank(line[3]) || line[3] == '\r')
}

// directive reads a line that starts with '%' (%YAML 1.2, %TAG !e!
// tag:example.com,2000:), up to its comment, and returns where the comment
// starts, or -1.
func directive(line []byte, visit func(kind byte, start, end int)) int {
	hash := -1
	for i := 1; i < len(line); i++ {
		if line[i] == '#' && isYAMLBlank(line[i-1]) {
			hash = i
			break
		}
	}
	end := len(line)
	if hash >= 0 {
		end = hash
	}
	for end > 0 && (isYAMLBlank(line[end-1]) || line[end-1] == '\r') {
		end--
	}
	if visit != nil {
		visit('%', 0, end)
	}
	return hash
}

func isYAMLBlank(c byte) bool { return c == ' ' || c == '\t' }

// blank copies data with every ASCII byte but newlines turned into a space.
// Other bytes stay, so that columns, which count characters, stay right.
func blank(data []byte) []byte {
	out := make([]byte, len(data))
	for i, c := range data {
		if c == '\n' || c >= 0x80 {
			out[i] = c
		} else {
			out[i] = ' '
		}
	}
	return out
}
