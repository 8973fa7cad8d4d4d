package logs

import "strings"

// Value is a value written in a message: an object as JSON, Python's
// print() or Node.js's console.log write it, or the Python bytes literal
// that holds a response body in the AWS CLI's debug log.
type Value struct {
	Text       *Text // the value's text
	Start, End int   // where it is written in the message: Message.S[Start:End]
	Bytes      bool  // Text is the decoded body of a bytes literal
}

// Values returns the values a message holds, in order: each '{' that does
// not stand inside a value before it starts one, which runs to its matching
// '}' (brackets inside quoted strings do not count); a '{' that nothing
// closes ends the search. A bytes literal (b'...' or b"...") whose text
// starts with '{' is decoded, as the AWS CLI's debug log writes a response
// body. Each byte of the message is read once.
func Values(msg *Text) []Value {
	var out []Value
	s := msg.S
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '{')
		if j < 0 {
			break
		}
		j += i
		if j >= 2 && s[j-2] == 'b' && (s[j-1] == '\'' || s[j-1] == '"') {
			if body, end, ok := msg.BytesLiteral(j - 2); ok {
				out = append(out, Value{Text: body, Start: j - 2, End: end, Bytes: true})
				i = end
				continue
			}
		}
		end := matchEnd(s, j)
		if end < 0 {
			break
		}
		out = append(out, Value{Text: msg.Sub(j, end), Start: j, End: end})
		i = end
	}
	return out
}

// matchEnd returns the offset after the bracket that closes the one at
// s[start], or -1. Strings quoted with ", ' or ` (JSON, Python's repr,
// Node.js's util.inspect) are skipped, backslash escapes included.
func matchEnd(s string, start int) int {
	depth := 0
	for i := start; i < len(s); i++ {
		switch c := s[i]; c {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		case '"', '\'', '`':
			i = skipQuoted(s, i)
			if i < 0 {
				return -1
			}
		}
	}
	return -1
}

// skipQuoted returns the offset of the quote that closes the one at s[i],
// or -1. A string of Python or Node.js ends at the end of its line.
func skipQuoted(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j
		case '\n':
			if q != '`' {
				return -1
			}
		}
	}
	return -1
}

// ValueEnd returns the offset after the value that starts with the bracket
// at s[start], or -1 when nothing closes it.
func ValueEnd(s string, start int) int {
	if start >= len(s) || (s[start] != '{' && s[start] != '[') {
		return -1
	}
	return matchEnd(s, start)
}

// QuotedEnd returns the offset of the quote that closes the string literal
// (", ' or `) at s[off], or -1.
func QuotedEnd(s string, off int) int { return skipQuoted(s, off) }
