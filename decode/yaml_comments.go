package decode

// YAMLComments returns the text of a YAML file with everything but its
// comments blanked out: each byte of a line before its comment becomes a
// space, and newlines stay, so that a scan of the result reports what a
// comment holds at its true line and column. It returns nil when the text
// has no comment. A credential pasted into a comment, or a block of
// credentials commented out, is as much a leak as a value.
//
// A comment starts at a '#' at the start of a line or after a blank, outside
// quotes on that line. Quoted scalars that span lines, and block scalars
// holding " #", can make a value look like a comment: it is then scanned
// twice, which errs on the safe side.
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
// or -1.
func commentStart(line []byte) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote == '"' && c == '\\':
			i++ // an escaped character, perhaps a quote
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		}
	}
	return -1
}

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
