package printed

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// quoted reads the string literal whose opening quote is at p.pos and
// returns its decoded text. A literal without escapes is a slice of the
// text and costs no allocation. A literal ends on its line: neither printer
// writes a raw line break inside one.
func (p *parser) quoted() (string, error) {
	src := p.src
	q := src[p.pos]
	open := p.pos
	start := open + 1
	i := start
	for i < len(src) && src[i] != q && src[i] != '\\' && src[i] >= 0x20 {
		i++
	}
	if i < len(src) && src[i] == q {
		p.pos = i + 1
		return src[start:i], nil
	}
	buf := p.buf[:0]
	run := start // start of the bytes not yet copied to buf
	for {
		if i >= len(src) {
			return "", p.errAt(i, "unexpected end of input; the string opened at "+p.where(open)+" is not closed")
		}
		switch c := src[i]; {
		case c == q:
			buf = append(buf, src[run:i]...)
			p.buf = buf
			p.pos = i + 1
			return string(buf), nil
		case c == '\\':
			buf = append(buf, src[run:i]...)
			var err error
			if buf, i, err = p.escape(buf, i, open); err != nil {
				return "", err
			}
			run = i
		case c == '\n':
			return "", p.errAt(i, "unexpected end of line; the string opened at "+p.where(open)+" is not closed")
		case c < 0x20:
			return "", p.errAt(i, "invalid control character 0x"+hex2(c)+" in string; it must be escaped")
		default:
			i++
		}
	}
}

// escape decodes the escape whose backslash is at i onto buf and returns
// the offset after it. Python's repr writes \\ \' \" \t \n \r \xhh \uhhhh
// and \Uhhhhhhhh; util.inspect writes \\ \' \b \t \n \f \r, \xhh (Node.js
// 20 and later) or \u00hh (earlier), and \uhhhh for a lone surrogate. The
// other one-letter escapes of each language are taken too (\a \v, \0 \`
// \u{h...}); Python's octal and \N{...} escapes, which repr never writes,
// are not.
func (p *parser) escape(buf []byte, i, open int) ([]byte, int, error) {
	src := p.src
	if i+1 >= len(src) {
		return buf, i, p.errAt(i+1, "unexpected end of input; the string opened at "+p.where(open)+" is not closed")
	}
	c := src[i+1]
	switch c {
	case '\\', '\'', '"':
		return append(buf, c), i + 2, nil
	case 'n':
		return append(buf, '\n'), i + 2, nil
	case 't':
		return append(buf, '\t'), i + 2, nil
	case 'r':
		return append(buf, '\r'), i + 2, nil
	case 'b':
		return append(buf, '\b'), i + 2, nil
	case 'f':
		return append(buf, '\f'), i + 2, nil
	case 'v':
		return append(buf, '\v'), i + 2, nil
	case 'x':
		r, err := p.hex(i, 2)
		return utf8.AppendRune(buf, r), i + 4, err
	case 'u':
		if p.lang == node && i+2 < len(src) && src[i+2] == '{' {
			return p.braceEscape(buf, i)
		}
		r, err := p.hex(i, 4)
		if err != nil {
			return buf, i, err
		}
		i += 6
		if utf16.IsSurrogate(r) {
			// Two escaped halves of a surrogate pair make one character, as
			// in JavaScript and in JSON (Python's json module joins them
			// too); a lone half becomes U+FFFD, as in encoding/json.
			if i+1 < len(src) && src[i] == '\\' && src[i+1] == 'u' {
				if r2, err := p.hex(i, 4); err == nil {
					if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
						r, i = pair, i+6
					}
				}
			}
		}
		return utf8.AppendRune(buf, r), i, nil
	case 'U':
		if p.lang == python {
			r, err := p.hex(i, 8)
			if err == nil && r > utf8.MaxRune {
				err = p.errAt(i, `invalid escape '\U' in string; the character is past U+10FFFF`)
			}
			return utf8.AppendRune(buf, r), i + 10, err
		}
	case 'a':
		if p.lang == python {
			return append(buf, '\a'), i + 2, nil
		}
	case '`', '0':
		if p.lang == node {
			if c == '0' {
				c = 0
			}
			return append(buf, c), i + 2, nil
		}
	case '\n':
		return buf, i, p.errAt(i+1, "unexpected end of line; the string opened at "+p.where(open)+" is not closed")
	}
	if c > ' ' && c < 0x7f {
		return buf, i, p.errAt(i, `invalid escape '\`+string(rune(c))+"' in string")
	}
	return buf, i, p.errAt(i, `invalid escape in string; '\' must be followed by a letter or a quote`)
}

// hex reads the n hex digits of the escape whose backslash is at i.
func (p *parser) hex(i, n int) (rune, error) {
	src := p.src
	var r rune
	for j := i + 2; j < i+2+n; j++ {
		if j >= len(src) || !isHex(src[j]) {
			return 0, p.errAt(i, `invalid escape '\`+string(rune(src[i+1]))+"' in string; expected "+digitCount(n)+" hex digits")
		}
		r = r<<4 | hexValue(src[j])
	}
	return r, nil
}

// braceEscape decodes JavaScript's \u{h...} at i.
func (p *parser) braceEscape(buf []byte, i int) ([]byte, int, error) {
	src := p.src
	var r rune
	j := i + 3
	for ; j < len(src) && isHex(src[j]) && j < i+9; j++ {
		r = r<<4 | hexValue(src[j])
	}
	if j == i+3 || j >= len(src) || src[j] != '}' || r > utf8.MaxRune {
		return buf, i, p.errAt(i, `invalid escape '\u{' in string; expected up to six hex digits and '}' for a character up to U+10FFFF`)
	}
	return utf8.AppendRune(buf, r), j + 1, nil
}

func digitCount(n int) string {
	switch n {
	case 2:
		return "two"
	case 4:
		return "four"
	}
	return "eight"
}

func isHex(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexValue(c byte) rune {
	switch {
	case c >= 'a':
		return rune(c-'a') + 10
	case c >= 'A':
		return rune(c-'A') + 10
	}
	return rune(c - '0')
}

// joinedStrings reads a string literal and the literals that continue it,
// as next says (moving to the next literal if there is one), into one
// String node of their joined text.
func (p *parser) joinedStrings(next func() bool) (*document.Node, error) {
	n := p.newNode(document.String, p.pos)
	s, err := p.quoted()
	if err != nil {
		return nil, err
	}
	joined := false
	for next() {
		if !joined {
			p.join = append(p.join[:0], s...)
			joined = true
		}
		more, err := p.quoted()
		if err != nil {
			return nil, err
		}
		p.join = append(p.join, more...)
	}
	if joined {
		s = string(p.join)
	}
	n.Str = s
	return n, nil
}
