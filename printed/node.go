package printed

import (
	"strings"

	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// Node parses an object or array as Node.js's util.inspect writes it, the
// text of console.log(object) (see the package comment for what is read).
// Positions are relative to text. Errors are *Error.
func Node(text string) (*document.Node, error) {
	return newParser(text, node).parse()
}

func (p *parser) jsTop() (*document.Node, error) {
	c := p.src[p.pos]
	if c == '{' || c == '[' || c == '<' || isIdentStart(c) {
		return p.jsValue(0)
	}
	return nil, p.badChar(p.pos, "; expected an object or an array")
}

// jsValue reads the value at p.pos, which is not space and not the end.
// depth is the nesting of the containers around it.
func (p *parser) jsValue(depth int) (*document.Node, error) {
	src := p.src
	c := src[p.pos]
	switch {
	case isQuote(c):
		return p.jsString()
	case c == '{' || c == '[' && p.arrayOpens(p.pos):
		return p.jsContainer(depth + 1)
	case c == '[' && isIdentStart(src[p.pos+1]) || c == '<':
		// A tag: [Object], [Function: f], [Object: null prototype] {.
		return p.jsPrefixed(depth)
	case c == '[':
		return nil, p.badChar(p.pos+1, " after '['; expected a space, ']' or a tag such as [Object]")
	case c == '-' || isDigit(c):
		if n := p.number(); n != nil {
			return n, nil
		}
	case isIdentStart(c):
		end := p.identEnd(p.pos)
		if p.endsToken(end) {
			switch src[p.pos:end] {
			case "null", "undefined":
				return p.literal(document.Null, "", end), nil
			case "true", "false":
				return p.literal(document.Bool, src[p.pos:end], end), nil
			case "None", "True", "False":
				// Python's, never util.inspect's: no text is read both as
				// Node.js and as Python, with different values.
				return nil, p.badChar(p.pos, "; expected a value")
			}
		}
		return p.jsPrefixed(depth)
	case isDelimiter(c):
		return nil, p.badChar(p.pos, "; expected a value")
	}
	return p.opaque(depth, false)
}

// arrayOpens reports whether the '[' at i opens an array: util.inspect
// writes "[ 1 ]", "[]" or '[' at the end of a line, while a tag such as
// [Object] has no space after its bracket.
func (p *parser) arrayOpens(i int) bool {
	if i+1 >= len(p.src) {
		return true
	}
	switch p.src[i+1] {
	case ' ', '\n', '\r', '\t', ']':
		return true
	}
	return false
}

// jsString reads a string literal, or several joined by '+': util.inspect
// splits a long string with line breaks into one literal per line, and
// writes "... 5 more characters" after a string cut at maxStringLength.
func (p *parser) jsString() (*document.Node, error) {
	n, err := p.joinedStrings(p.jsPlus)
	if err != nil {
		return nil, err
	}
	p.pos = p.moreChars(p.pos)
	return n, nil
}

// jsPlus reports whether a '+' and another string literal follow, and if
// so moves to that literal.
func (p *parser) jsPlus() bool {
	before := p.save()
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == '+' {
		p.pos++
		p.skipSpace()
		if p.pos < len(p.src) && isQuote(p.src[p.pos]) {
			return true
		}
	}
	p.restore(before)
	return false
}

// jsPrefixed reads a value that starts with a name, a [tag] or a <...>:
// an object or array after a prefix (Foo {, Map(2) {, [Object: null
// prototype] {, <ref *1> {), placed at the prefix, or else the text of a
// value this package does not model ([Object], Symbol(x), a date, an
// Error's stack).
func (p *parser) jsPrefixed(depth int) (*document.Node, error) {
	src := p.src
	start := p.pos
	for i := start; i < len(src); {
		j := p.prefixToken(i)
		if j < 0 || j+1 >= len(src) || src[j] != ' ' {
			break
		}
		if k := j + 1; src[k] == '{' || src[k] == '[' && p.arrayOpens(k) {
			line, col := p.line, p.col(start)
			p.pos = k
			n, err := p.jsContainer(depth + 1)
			if err != nil {
				return nil, err
			}
			n.Line, n.Col = line, col
			return n, nil
		}
		i = j + 1
	}
	return p.opaque(depth, false)
}

// prefixToken returns the offset after the word of a prefix that starts at
// i (a name, with its "(2)" if any, a [tag] or a <...>), or -1.
func (p *parser) prefixToken(i int) int {
	src := p.src
	switch c := src[i]; {
	case isIdentStart(c):
		j := p.identEnd(i)
		if j < len(src) && src[j] == '(' {
			return p.balancedOnLine(j)
		}
		return j
	case c == '[' && !p.arrayOpens(i), c == '<':
		return p.balancedOnLine(i)
	}
	return -1
}

// balancedOnLine returns the offset after the bracket that closes the one
// at i, on the same line and before any ',' (no prefix holds one), or -1.
// Stopping at ',' keeps the look linear: it never reads past the text that
// opaque then reads for the same value.
func (p *parser) balancedOnLine(i int) int {
	depth := 0
	for j := i; j < len(p.src); j++ {
		switch p.src[j] {
		case '(', '[', '{', '<':
			depth++
		case ')', ']', '}', '>':
			depth--
			if depth == 0 {
				return j + 1
			}
		case '\n', ',':
			return -1
		}
	}
	return -1
}

// jsContainer reads the object or array whose bracket is at p.pos. An
// object's entries are members (key: value, or key => value in a Map);
// those of a Set or a Promise are bare values, and an object that holds
// only those is an Array (bare values beside members are left out). An array keeps its items and leaves out the
// extra properties util.inspect writes after them ([ 1, 2, foo: 'bar' ]),
// and the "... 3 more items" past maxArrayLength.
func (p *parser) jsContainer(depth int) (*document.Node, error) {
	src := p.src
	close, what, kind := byte('}'), "object", document.Object
	if src[p.pos] == '[' {
		close, what, kind = ']', "array", document.Array
	}
	n := p.newNode(kind, p.pos)
	if err := p.tooDeep(depth); err != nil {
		return nil, err
	}
	p.pos++
	p.skipSpace()
	baseMembers, baseItems := len(p.members), len(p.items)
	if p.pos < len(src) && src[p.pos] == close {
		p.pos++
		return n, nil
	}
	for {
		if p.pos >= len(src) {
			return nil, p.notClosed(n, what)
		}
		if end := p.moreItems(p.pos); end >= 0 {
			p.pos = end
		} else if err := p.jsEntry(n, what, depth); err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.pos >= len(src) {
			return nil, p.notClosed(n, what)
		}
		switch src[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
			if p.pos < len(src) && src[p.pos] == close {
				return nil, p.badChar(p.pos, " after ','; expected a value (util.inspect writes no trailing comma)")
			}
			continue
		case close:
			p.pos++
		default:
			return nil, p.badChar(p.pos, " after "+what+" entry; expected ',' or '"+string(close)+"'")
		}
		break
	}
	if kind == document.Object && len(p.members) == baseMembers && len(p.items) > baseItems {
		n.Kind = document.Array
	}
	if n.Kind == document.Array {
		n.Items = p.takeItems(baseItems)
		p.members = p.members[:baseMembers]
	} else {
		n.Members = p.takeMembers(baseMembers)
		p.items = p.items[:baseItems]
	}
	return n, nil
}

// jsEntry reads one entry of the container n: a member, whose key is a
// name, a quoted string or a [tag] (['__proto__'], [Symbol(x)]) before
// ':', or a value before "=>" in a Map; or else a bare value.
func (p *parser) jsEntry(n *document.Node, what string, depth int) error {
	src := p.src
	start := p.pos
	switch c := src[start]; {
	case isIdentStart(c):
		if end := p.identEnd(start); end < len(src) && src[end] == ':' {
			return p.jsMember(n, what, src[start:end], start, end+1, depth)
		}
	case c == '[' && !p.arrayOpens(start):
		if end := p.balancedOnLine(start); end >= 0 && end < len(src) && src[end] == ':' {
			key := src[start:end]
			if isQuote(src[start+1]) {
				p.pos = start + 1
				if s, err := p.quoted(); err == nil && p.pos == end-1 {
					key = s
				}
				p.pos = start
			}
			return p.jsMember(n, what, key, start, end+1, depth)
		}
	}
	v, err := p.jsValue(depth)
	if err != nil {
		return err
	}
	if v.Kind == document.String && isQuote(src[start]) && p.pos < len(src) && src[p.pos] == ':' {
		p.pos++
		return p.jsMemberValue(n, what, v.Str, v.Line, v.Col, depth)
	}
	keyEnd := p.pos
	before := p.save()
	p.skipSpace()
	if strings.HasPrefix(src[p.pos:], "=>") {
		p.pos += 2
		return p.jsMemberValue(n, what, keyText(v, src[start:keyEnd]), v.Line, v.Col, depth)
	}
	p.restore(before)
	p.items = append(p.items, v)
	return nil
}

// jsMember reads the value of the member whose key starts at keyOff and
// whose ':' ends before after.
func (p *parser) jsMember(n *document.Node, what, key string, keyOff, after, depth int) error {
	line, col := p.line, p.col(keyOff)
	p.pos = after
	return p.jsMemberValue(n, what, key, line, col, depth)
}

func (p *parser) jsMemberValue(n *document.Node, what, key string, keyLine, keyCol, depth int) error {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return p.notClosed(n, what)
	}
	v, err := p.jsValue(depth)
	if err != nil {
		return err
	}
	p.members = append(p.members, document.Member{Key: key, KeyLine: keyLine, KeyCol: keyCol, Value: v})
	return nil
}
