package redact

import (
	"unicode/utf16"
	"unicode/utf8"
)

// A literal is how the text writes one string of a document: a JSON string,
// or a YAML scalar in any style.
type literal struct {
	// body is where its first character is written.
	body int
	// read decodes the character written at text[i], appending what it
	// stands for to buf; next is where the following one starts, and ok is
	// false at the end of the string. A YAML line fold reads as one
	// character. It is nil when the writing cannot be followed character by
	// character (a YAML block scalar).
	read reader
	// closed tells whether the string must end where read says it does:
	// true for quoted strings, false for a plain YAML scalar.
	closed bool
	// bound returns where the region of text holding the string ends. It is
	// asked for only when read cannot map the string, as it may cost a walk
	// over several lines.
	bound func() int
}

// A reader reads one character of a literal (see literal.read).
type reader func(text []byte, i int, buf []byte) (out []byte, next int, ok bool)

// offsets returns where the text writes the decoded bytes at[0], at[1]...
// (ascending; an offset may be the length of the string, for the end of
// the last character). It reads the literal and checks that it decodes to
// want; ok is false when it does not, or when an offset falls inside the
// writing of one character.
func (l literal) offsets(text []byte, want string, at []int) (out []int, ok bool) {
	if l.read == nil {
		return nil, false
	}
	out = make([]int, 0, len(at))
	var buf [4]byte
	d, i := 0, l.body
	for {
		for len(out) < len(at) && at[len(out)] == d {
			out = append(out, i)
		}
		if len(out) < len(at) && at[len(out)] < d {
			return nil, false // inside one character
		}
		if d == len(want) {
			break
		}
		if i >= len(text) {
			return nil, false
		}
		dec, next, ok := l.read(text, i, buf[:0])
		if !ok || len(dec) > len(want)-d || string(dec) != want[d:d+len(dec)] {
			return nil, false
		}
		d, i = d+len(dec), next
	}
	if l.closed {
		if i >= len(text) {
			return nil, false
		}
		if _, _, more := l.read(text, i, buf[:0]); more {
			return nil, false // the text writes a longer string
		}
	}
	return out, len(out) == len(at)
}

// jsonLiteral reads the JSON string whose opening quote is at text[off].
func jsonLiteral(text []byte, off int) (literal, bool) {
	if off >= len(text) || text[off] != '"' {
		return literal{}, false
	}
	return literal{body: off + 1, read: readJSONChar, closed: true,
		bound: func() int { return closeQuote(text, off+1, '"', '\\') }}, true
}

// closeQuote returns the offset after the quote that closes a string whose
// text starts at i, skipping what escape escapes (none if escape is 0), or
// the end of the text. YAML writes a single quote inside single quotes as
// two.
func closeQuote(text []byte, i int, quote, escape byte) int {
	for i < len(text) {
		switch c := text[i]; {
		case escape != 0 && c == escape:
			i += 2
		case c == quote && escape == 0 && i+1 < len(text) && text[i+1] == quote:
			i += 2
		case c == quote:
			return i + 1
		default:
			i++
		}
	}
	return len(text)
}

// readJSONChar decodes one character of a JSON string exactly as package
// decode does, a lone surrogate escape becoming U+FFFD included.
func readJSONChar(text []byte, i int, buf []byte) ([]byte, int, bool) {
	c := text[i]
	if c != '\\' {
		return append(buf, c), i + 1, c != '"' && c >= 0x20
	}
	if i+1 >= len(text) {
		return buf, i, false
	}
	switch c := text[i+1]; c {
	case '"', '\\', '/':
		return append(buf, c), i + 2, true
	case 'b':
		return append(buf, '\b'), i + 2, true
	case 'f':
		return append(buf, '\f'), i + 2, true
	case 'n':
		return append(buf, '\n'), i + 2, true
	case 'r':
		return append(buf, '\r'), i + 2, true
	case 't':
		return append(buf, '\t'), i + 2, true
	case 'u':
		r, ok := hexRune(text, i+2, 4)
		if !ok {
			return buf, i, false
		}
		i += 6
		if utf16.IsSurrogate(r) {
			r2 := rune(-1)
			if i+1 < len(text) && text[i] == '\\' && text[i+1] == 'u' {
				if r2, ok = hexRune(text, i+2, 4); !ok {
					return buf, i, false
				}
			}
			if r = utf16.DecodeRune(r, r2); r != utf8.RuneError {
				i += 6
			}
		}
		return utf8.AppendRune(buf, r), i, true
	}
	return buf, i, false
}

// hexRune reads n hexadecimal digits at text[i].
func hexRune(text []byte, i, n int) (rune, bool) {
	if i+n > len(text) {
		return 0, false
	}
	var r rune
	for _, c := range text[i : i+n] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// yamlLiteral reads the YAML scalar that the decoder places at text[off].
// That place may hold an anchor or a tag before the scalar; it holds an
// alias (*name) when the value is written elsewhere, and ok is then false.
func yamlLiteral(text []byte, off int) (literal, bool) {
	i := skipProperties(text, off)
	if i >= len(text) {
		return literal{}, false
	}
	switch text[i] {
	case '*':
		return literal{}, false
	case '"':
		return literal{body: i + 1, read: folding(readYAMLDoubleChar), closed: true,
			bound: func() int { return closeQuote(text, i+1, '"', '\\') }}, true
	case '\'':
		return literal{body: i + 1, read: folding(readYAMLSingleChar), closed: true,
			bound: func() int { return closeQuote(text, i+1, '\'', 0) }}, true
	case '|', '>':
		return literal{body: i, bound: func() int { return blockEnd(text, i) }}, true
	}
	return literal{body: i, read: folding(readPlainChar), bound: func() int { return plainEnd(text, i) }}, true
}

// skipProperties moves past the anchor (&name) and tag (!tag) that may
// precede a YAML value, and the blanks after them.
func skipProperties(text []byte, i int) int {
	for i < len(text) && (text[i] == '&' || text[i] == '!') {
		for i < len(text) && !isBlank(text[i]) && lineBreak(text, i, true) == 0 {
			i++
		}
		for i < len(text) && (isBlank(text[i]) || lineBreak(text, i, true) > 0) {
			i++
		}
	}
	return i
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// folding makes read follow a plain or quoted YAML scalar over lines: the
// blanks that end a line and its line break start a fold (see fold). Other
// blanks are read together, so that telling the two apart looks ahead over
// each run of blanks once.
func folding(read reader) reader {
	return func(text []byte, i int, buf []byte) ([]byte, int, bool) {
		j := i
		for j < len(text) && isBlank(text[j]) {
			j++
		}
		switch {
		case j < len(text) && lineBreak(text, j, true) > 0:
			buf, next := fold(text, j, buf)
			return buf, next, true
		case j > i:
			return append(buf, text[i:j]...), j, true
		}
		return read(text, i, buf)
	}
}

// fold reads the line break at text[i], the empty lines after it and the
// blanks that start the next line with text, and appends what the YAML
// decoder folds them into: a space, or the breaks of the empty lines if
// there are any. The decoder reads \r\n, \r and NEL as \n and keeps LS and
// PS; a fold at LS or PS keeps that break too. (A line break escaped in a
// double-quoted scalar is not read: the scalar is then looked for by value.)
func fold(text []byte, i int, buf []byte) ([]byte, int) {
	first := breakAt(text, i)
	if first != "\n" {
		buf = append(buf, first...)
	}
	empty := len(buf)
	i += lineBreak(text, i, true)
	for {
		for i < len(text) && isBlank(text[i]) {
			i++
		}
		if i == len(text) || lineBreak(text, i, true) == 0 {
			break
		}
		buf = append(buf, breakAt(text, i)...)
		i += lineBreak(text, i, true)
	}
	if first == "\n" && len(buf) == empty {
		buf = append(buf, ' ')
	}
	return buf, i
}

// breakAt returns what the YAML decoder reads the line break at text[i] as.
func breakAt(text []byte, i int) string {
	if text[i] == 0xe2 { // LS or PS
		return string(text[i : i+3])
	}
	return "\n"
}

func readYAMLSingleChar(text []byte, i int, buf []byte) ([]byte, int, bool) {
	if text[i] == '\'' {
		if i+1 < len(text) && text[i+1] == '\'' {
			return append(buf, '\''), i + 2, true
		}
		return buf, i, false
	}
	return append(buf, text[i]), i + 1, true
}

func readPlainChar(text []byte, i int, buf []byte) ([]byte, int, bool) {
	return append(buf, text[i]), i + 1, true
}

// yamlEscapes are the one-letter escapes of a double-quoted YAML scalar.
var yamlEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v", 'f': "\f",
	'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '\'': "'", '/': "/", '\\': "\\",
	'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

func readYAMLDoubleChar(text []byte, i int, buf []byte) ([]byte, int, bool) {
	c := text[i]
	if c == '"' {
		return buf, i, false
	}
	if c != '\\' {
		return append(buf, c), i + 1, true
	}
	if i+1 >= len(text) {
		return buf, i, false
	}
	e := text[i+1]
	if s, ok := yamlEscapes[e]; ok {
		return append(buf, s...), i + 2, true
	}
	n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
	if n == 0 {
		return buf, i, false
	}
	r, ok := hexRune(text, i+2, n)
	if !ok {
		return buf, i, false
	}
	return utf8.AppendRune(buf, r), i + 2 + n, true
}

// plainEnd returns a bound on where a plain scalar that starts at text[i]
// ends: at a comment, or after the last of the lines following it that are
// indented more than the line it starts on. In a flow collection it may take
// in a little more than the scalar; it never ends inside it.
func plainEnd(text []byte, i int) int {
	indent := indentOf(text, lineStart(text, i))
	for {
		end := endOfLine(text, i)
		if c := commentIn(text[i:end]); c >= 0 {
			return i + c
		}
		if end == len(text) {
			return end
		}
		next := end + lineBreak(text, end, true)
		ind := indentOf(text, next)
		if endOfLine(text, next) > next+ind && ind <= indent {
			return end
		}
		i = next
	}
}

// commentIn returns the offset of a " #" comment in a line of a plain
// scalar, or -1.
func commentIn(line []byte) int {
	for k := 1; k < len(line); k++ {
		if line[k] == '#' && isBlank(line[k-1]) {
			return k
		}
	}
	if len(line) > 0 && line[0] == '#' {
		return 0
	}
	return -1
}

// blockEnd returns where a block scalar (| or >) whose header is at text[i]
// ends: before the first line with text that is indented less than its first
// line with text.
func blockEnd(text []byte, i int) int {
	end := endOfLine(text, i)
	content := -1
	for end < len(text) {
		next := end + lineBreak(text, end, true)
		ind := indentOf(text, next)
		e := endOfLine(text, next)
		if e > next+ind { // a line with text
			if content < 0 {
				content = ind
			}
			if ind < content || ind == 0 {
				break
			}
		}
		end = e
	}
	return end
}

// lineStart returns the offset of the start of the line holding text[i].
func lineStart(text []byte, i int) int {
	for ; i > 0; i-- {
		switch c := text[i-1]; {
		case c == '\n' || c == '\r':
			return i
		case c == 0x85 && i >= 2 && text[i-2] == 0xc2:
			return i
		case (c == 0xa8 || c == 0xa9) && i >= 3 && text[i-2] == 0x80 && text[i-3] == 0xe2:
			return i
		}
	}
	return 0
}

// endOfLine returns the offset of the line break that ends the line holding
// text[i], or len(text).
func endOfLine(text []byte, i int) int {
	for i < len(text) && lineBreak(text, i, true) == 0 {
		i++
	}
	return i
}

// indentOf counts the spaces at the start of the line that starts at i.
func indentOf(text []byte, i int) int {
	n := 0
	for i+n < len(text) && text[i+n] == ' ' {
		n++
	}
	return n
}
