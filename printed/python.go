package printed

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// Python parses the repr of a Python dict, list or tuple, as print(),
// logging and pprint write it (see the package comment for what is read).
// A dict is an Object, a list, tuple or set an Array; positions are
// relative to text. Errors are *Error.
func Python(text string) (*document.Node, error) {
	return newParser(text, python).parse()
}

func (p *parser) pyTop() (*document.Node, error) {
	switch p.src[p.pos] {
	case '{', '[', '(':
		return p.pyValue(0, false)
	}
	return nil, p.badChar(p.pos, "; expected a dict, a list or a tuple")
}

// pyValue reads the value at p.pos, which is not space and not the end.
// depth is the nesting of the containers around it; key is set for a dict
// key, whose text may end at ':'.
func (p *parser) pyValue(depth int, key bool) (*document.Node, error) {
	src := p.src
	c := src[p.pos]
	switch {
	case c == '\'' || c == '"':
		return p.pyString()
	case c == '{':
		if strings.HasPrefix(src[p.pos:], "{...}") {
			return p.placeholder(len("{...}")), nil
		}
		return p.pyBraces(depth + 1)
	case c == '[':
		if strings.HasPrefix(src[p.pos:], "[...]") {
			return p.placeholder(len("[...]")), nil
		}
		return p.pySequence(depth+1, ']')
	case c == '(':
		return p.pySequence(depth+1, ')')
	case c == '-' || isDigit(c):
		if n := p.number(); n != nil {
			return n, nil
		}
	case c == 'b' && p.pos+1 < len(src) && (src[p.pos+1] == '\'' || src[p.pos+1] == '"'):
		return p.pyBytes()
	case isIdentStart(c):
		end := p.identEnd(p.pos)
		if p.endsToken(end) {
			switch src[p.pos:end] {
			case "None":
				return p.literal(document.Null, "", end), nil
			case "True":
				return p.literal(document.Bool, "true", end), nil
			case "False":
				return p.literal(document.Bool, "false", end), nil
			}
		}
	}
	if p.pyText(p.pos) {
		return p.opaque(depth, key)
	}
	return nil, p.badChar(p.pos, "; expected a value")
}

// pyText reports whether a value that repr writes and this package keeps
// as text starts at i: a call (Decimal('1.5'), datetime.datetime(...)), a
// dotted name (re.IGNORECASE), inf, nan, Ellipsis, NotImplemented, -inf, a
// complex number (1j, -1.5e-07j), a repr in angle brackets. Nothing else
// is: not the bare names and placeholders of Node.js's util.inspect (a key
// without quotes, null, true, [Object]), so that no text is read both as
// Python and as Node.js, with different values.
func (p *parser) pyText(i int) bool {
	src := p.src
	if src[i] == '<' {
		return true
	}
	if src[i] == '-' {
		if i++; i >= len(src) {
			return false
		}
	}
	if isDigit(src[i]) {
		j := i
		for j < len(src) && (isDigit(src[j]) || strings.IndexByte(".eE+-", src[j]) >= 0) {
			j++
		}
		return j < len(src) && src[j] == 'j'
	}
	if !isIdentStart(src[i]) {
		return false
	}
	j := p.identEnd(i)
	dotted := false
	for j+1 < len(src) && src[j] == '.' && isIdentStart(src[j+1]) {
		j, dotted = p.identEnd(j+1), true
	}
	if j < len(src) && src[j] == '(' {
		return true
	}
	switch src[i:j] {
	case "inf", "nan", "infj", "nanj", "Ellipsis", "NotImplemented":
		return true
	}
	return dotted
}

// pyString reads one string literal, or several next to each other, which
// Python joins: pprint splits a long string into literals on lines of
// their own.
func (p *parser) pyString() (*document.Node, error) {
	return p.joinedStrings(func() bool {
		p.skipSpace()
		return p.pos < len(p.src) && (p.src[p.pos] == '\'' || p.src[p.pos] == '"')
	})
}

// pyBytes reads a bytes literal, or several next to each other, as a
// String node that holds their text (b'...'): bytes are not text.
func (p *parser) pyBytes() (*document.Node, error) {
	start := p.pos
	n := p.newNode(document.String, start)
	end := start
	for {
		p.pos++ // the b
		if _, err := p.quoted(); err != nil {
			return nil, err
		}
		end = p.pos
		p.skipSpace()
		if p.pos+1 >= len(p.src) || p.src[p.pos] != 'b' || (p.src[p.pos+1] != '\'' && p.src[p.pos+1] != '"') {
			break
		}
	}
	n.Str = p.src[start:end]
	return n, nil
}

// pyBraces reads a dict, or a set, which the first item tells apart: a
// set has no ':' after it.
func (p *parser) pyBraces(depth int) (*document.Node, error) {
	n := p.newNode(document.Object, p.pos)
	if err := p.tooDeep(depth); err != nil {
		return nil, err
	}
	src := p.src
	p.pos++
	p.skipSpace()
	if p.pos < len(src) && src[p.pos] == '}' {
		p.pos++
		return n, nil
	}
	what := "dict"
	baseMembers, baseItems := len(p.members), len(p.items)
	for first := true; ; first = false {
		if p.pos >= len(src) {
			return nil, p.notClosed(n, what)
		}
		keyStart := p.pos
		k, err := p.pyValue(depth, what == "dict")
		if err != nil {
			return nil, err
		}
		keyEnd := p.pos
		p.skipSpace()
		if first && p.pos < len(src) && (src[p.pos] == ',' || src[p.pos] == '}') {
			what = "set"
		}
		if what == "set" {
			p.items = append(p.items, k)
		} else {
			if p.pos >= len(src) {
				return nil, p.notClosed(n, what)
			}
			if src[p.pos] != ':' {
				return nil, p.badChar(p.pos, " after dict key; expected ':'")
			}
			p.pos++
			p.skipSpace()
			if p.pos >= len(src) {
				return nil, p.notClosed(n, what)
			}
			v, err := p.pyValue(depth, false)
			if err != nil {
				return nil, err
			}
			p.members = append(p.members, document.Member{Key: keyText(k, src[keyStart:keyEnd]), KeyLine: k.Line, KeyCol: k.Col, Value: v})
			p.skipSpace()
		}
		if p.pos >= len(src) {
			return nil, p.notClosed(n, what)
		}
		switch src[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
			if p.pos < len(src) && src[p.pos] == '}' {
				return nil, p.badChar(p.pos, " after ','; expected a value (a "+what+" has no trailing comma)")
			}
		case '}':
			p.pos++
			if what == "set" {
				n.Kind = document.Array
				n.Items = p.takeItems(baseItems)
			} else {
				n.Members = p.takeMembers(baseMembers)
			}
			return n, nil
		default:
			return nil, p.badChar(p.pos, " after "+what+" item; expected ',' or '}'")
		}
	}
}

// keyText is the key of a member: a string key's text, or the text of any
// other key as printed (1, None, (1, 2)).
func keyText(k *document.Node, printed string) string {
	if k.Kind == document.String {
		return k.Str
	}
	return printed
}

// pySequence reads a list, or a tuple when close is ')'. A tuple of one
// item is written with a comma, (1,); without one, the parentheses only
// group the value inside, as pprint's ('abc' 'def') for a long string.
func (p *parser) pySequence(depth int, close byte) (*document.Node, error) {
	n := p.newNode(document.Array, p.pos)
	if err := p.tooDeep(depth); err != nil {
		return nil, err
	}
	what := "list"
	if close == ')' {
		what = "tuple"
	}
	src := p.src
	start := p.pos
	p.pos++
	p.skipSpace()
	base := len(p.items)
	commas := 0
	firstStart := p.pos
	for {
		if p.pos >= len(src) {
			return nil, p.notClosed(n, what)
		}
		if src[p.pos] == close && (len(p.items) == base || close == ')') {
			p.pos++
			break
		}
		v, err := p.pyValue(depth, false)
		if err != nil {
			return nil, err
		}
		p.items = append(p.items, v)
		p.skipSpace()
		if p.pos >= len(src) {
			return nil, p.notClosed(n, what)
		}
		if src[p.pos] == ',' {
			p.pos++
			p.skipSpace()
			commas++
			if close == ']' && p.pos < len(src) && src[p.pos] == ']' {
				return nil, p.badChar(p.pos, " after ','; expected a value (a list has no trailing comma)")
			}
			continue
		}
		if src[p.pos] != close {
			return nil, p.badChar(p.pos, " after "+what+" item; expected ',' or '"+string(close)+"'")
		}
		p.pos++
		break
	}
	if close == ')' && commas == 0 && len(p.items) == base+1 {
		v := p.items[base]
		p.items = p.items[:base]
		if isQuote(src[firstStart]) {
			return v, nil
		}
		// Not a tuple and not pprint's string: a value such as (1+2j),
		// kept as its text.
		n.Kind, n.Str = document.String, p.src[start:p.pos]
		return n, nil
	}
	n.Items = p.takeItems(base)
	return n, nil
}
