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
// or -1. It reads the line once, keeping track of whether a scalar may start
// where it is: at the start of the line (after its indentation), after a
// flow indicator ([ { ,), after an entry or key indicator (- ?) or a ':'
// followed by a blank, right after the ':' of a quoted key ("a":"b"), and
// after a tag or an anchor (!!str, &a). Only there does a quote open a
// quoted scalar.
func commentStart(line []byte) int {
	var quote byte
	start := true // a scalar may start here
	closed := -1  // where the last quoted scalar closed
	for i := 0; i < len(line); i++ {
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
			for i+1 < len(line) && !isYAMLBlank(line[i+1]) {
				i++ // the rest of the tag or anchor
			}
		default:
			start = false
		}
	}
	return -1
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
