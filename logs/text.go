package logs

import (
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Text is decoded text and where each of its bytes is written: in the file,
// or in the text of an outer Text (a message inside a JSON string inside a
// log message). A Text read from the file as it is has no escapes; one read
// from a JSON string or a Python bytes literal remembers where each escape
// ends, so that an offset in the decoded text maps back to the raw one.
type Text struct {
	S      string
	parent *Text // nil: base and the raw offsets are the file's
	base   int   // where S[0] is written, in the parent's text or the file
	marks  []mark
}

// mark is the end of an escape: S[:dec] is written in the raw text's first
// raw bytes (counted from base).
type mark struct{ dec, raw int }

// Plain is a Text written as it is, from offset base of the file on.
func Plain(s string, base int) *Text { return &Text{S: s, base: base} }

// Sub is the part S[start:end] of t, as a Text of its own.
func (t *Text) Sub(start, end int) *Text {
	return &Text{S: t.S[start:end], parent: t, base: start}
}

// raw is where the byte at offset off of S is written, counted from base:
// after the last escape that ends at or before off, bytes are written as
// they are. An offset inside an escape maps into that escape.
func (t *Text) raw(off int) int {
	i := sort.Search(len(t.marks), func(i int) bool { return t.marks[i].dec > off }) - 1
	if i < 0 {
		return off
	}
	return t.marks[i].raw + off - t.marks[i].dec
}

// FileOffset is the offset in the file of the byte at offset off of S (or
// of the end of S, for off == len(S)).
func (t *Text) FileOffset(off int) int {
	for {
		off = t.base + t.raw(off)
		if t.parent == nil {
			return off
		}
		t = t.parent
	}
}

// Escaped reports whether the text holds escapes, that is, whether it is not
// written in its outer text as it is.
func (t *Text) Escaped() bool { return len(t.marks) > 0 }

// JSONString reads the JSON string literal that starts at offset off of t
// (its opening quote) and returns its value as a Text of t, and the offset
// just after its closing quote.
func (t *Text) JSONString(off int) (*Text, int, bool) {
	s, marks, end, ok := readJSONString(t.S, off)
	if !ok {
		return nil, 0, false
	}
	return &Text{S: s, parent: t, base: off + 1, marks: marks}, end, true
}

// JSONStringAt reads a JSON string literal of the file text data that starts
// at offset off, which the file holds at offset fileOff.
func JSONStringAt(data []byte, off, fileOff int) (*Text, int, bool) {
	s, marks, end, ok := readJSONString(string(data), off)
	if !ok {
		return nil, 0, false
	}
	return &Text{S: s, base: fileOff + 1, marks: marks}, end, true
}

// readJSONString decodes the JSON string literal at src[off] (a quote): its
// value, the marks of its escapes (raw offsets from the byte after the
// opening quote) and the offset after the closing quote. A lone surrogate
// decodes to U+FFFD, as the decoder reads it.
func readJSONString(src string, off int) (string, []mark, int, bool) {
	if off >= len(src) || src[off] != '"' {
		return "", nil, 0, false
	}
	start := off + 1
	i := start
	for i < len(src) && src[i] != '"' && src[i] != '\\' && src[i] >= ' ' {
		i++
	}
	if i < len(src) && src[i] == '"' {
		return src[start:i], nil, i + 1, true
	}
	buf := []byte(src[start:i])
	var marks []mark
	for i < len(src) {
		c := src[i]
		switch {
		case c == '"':
			return string(buf), marks, i + 1, true
		case c < ' ':
			return "", nil, 0, false
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(src) {
			return "", nil, 0, false
		}
		n := 2
		switch e := src[i+1]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, size, ok := jsonUnicode(src, i)
			if !ok {
				return "", nil, 0, false
			}
			buf, n = utf8.AppendRune(buf, r), size
		default:
			return "", nil, 0, false
		}
		i += n
		marks = append(marks, mark{dec: len(buf), raw: i - start})
	}
	return "", nil, 0, false
}

// jsonUnicode reads \uXXXX at src[i], or a surrogate pair of two of them.
func jsonUnicode(src string, i int) (rune, int, bool) {
	r, ok := hex4(src, i+2)
	if !ok {
		return 0, 0, false
	}
	if utf16.IsSurrogate(rune(r)) {
		if i+12 <= len(src) && src[i+6] == '\\' && src[i+7] == 'u' {
			if r2, ok := hex4(src, i+8); ok {
				if p := utf16.DecodeRune(rune(r), rune(r2)); p != utf8.RuneError {
					return p, 12, true
				}
			}
		}
		return utf8.RuneError, 6, true
	}
	return rune(r), 6, true
}

func hex4(src string, i int) (uint64, bool) {
	if i+4 > len(src) {
		return 0, false
	}
	v, err := strconv.ParseUint(src[i:i+4], 16, 32)
	return v, err == nil
}

// BytesLiteral reads the Python bytes literal (b'...' or b"...", as repr()
// writes it) that starts at offset off of t, decodes it as UTF-8 text and
// returns it as a Text of t, and the offset after its closing quote. repr()
// writes \\, \', \t, \n, \r and \xhh for the bytes it does not show as they
// are; the other escapes of the language are read too.
func (t *Text) BytesLiteral(off int) (*Text, int, bool) {
	src := t.S
	if off+2 > len(src) || src[off] != 'b' || (src[off+1] != '\'' && src[off+1] != '"') {
		return nil, 0, false
	}
	quote := src[off+1]
	start := off + 2
	var buf []byte
	var marks []mark
	for i := start; i < len(src); {
		c := src[i]
		switch {
		case c == quote:
			if !utf8.Valid(buf) {
				return nil, 0, false
			}
			return &Text{S: string(buf), parent: t, base: start, marks: marks}, i + 1, true
		case c == '\n':
			return nil, 0, false
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(src) {
			return nil, 0, false
		}
		n := 2
		switch e := src[i+1]; e {
		case '\\', '\'', '"':
			buf = append(buf, e)
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'a':
			buf = append(buf, '\a')
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'v':
			buf = append(buf, '\v')
		case 'x':
			if i+4 > len(src) {
				return nil, 0, false
			}
			v, err := strconv.ParseUint(src[i+2:i+4], 16, 8)
			if err != nil {
				return nil, 0, false
			}
			buf, n = append(buf, byte(v)), 4
		default:
			return nil, 0, false
		}
		i += n
		marks = append(marks, mark{dec: len(buf), raw: i - start})
	}
	return nil, 0, false
}

// RawOffset is where the byte at offset off of S is written, counted from
// the start of the raw text (the byte after a literal's opening quote).
func (t *Text) RawOffset(off int) int { return t.raw(off) }
