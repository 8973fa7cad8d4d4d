package printed

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jobdetails-lint/jobdetails-lint/decode"
	"github.com/jobdetails-lint/jobdetails-lint/document"
)

// opener is a bracket that text read by opaque has opened.
type opener struct {
	close           byte
	off             int
	line, lineStart int
}

// opaque reads a value this package does not model as a String node that
// holds its text: a call (Decimal('1'), datetime.datetime(2026, 12, 2)), a
// <...> repr, a Node.js placeholder ([Object], [Function: f],
// [Circular *1]), a date, NaN. The text runs to the first ',' or closing
// bracket outside the brackets and quotes it opens (in a Python key also to
// ':', in Node.js also to the "=>" of a Map entry), less the whitespace
// before it, so that a value the parser does not know never fails the
// whole parse.
func (p *parser) opaque(depth int, key bool) (*document.Node, error) {
	src := p.src
	start := p.pos
	n := p.newNode(document.String, start)
	stack := p.openers[:0]
	// The value ends after its last character that is not space, on the
	// line of that character.
	end, endLine, endLineStart := start, p.line, p.lineStart
	i := start
	for i < len(src) {
		c := src[i]
		if len(stack) == 0 && p.endsOpaque(i, key) {
			break
		}
		switch c {
		case '\n':
			p.newline(i)
			i++
			continue
		case ' ', '\t', '\r':
			i++
			continue
		case '(', '[', '{', '<':
			if depth+len(stack) >= MaxDepth {
				return nil, p.errAt(i, "nested deeper than 1000 levels")
			}
			stack = append(stack, opener{closer(c), i, p.line, p.lineStart})
		case ')', ']', '}', '>':
			if len(stack) > 0 && stack[len(stack)-1].close == c {
				stack = stack[:len(stack)-1]
			}
		case '\'', '"', '`':
			if c != '`' || p.lang == node {
				i = p.skipQuoted(i)
			}
		}
		i++
		end, endLine, endLineStart = i, p.line, p.lineStart
	}
	p.openers = stack[:0]
	if len(stack) > 0 {
		o := stack[0]
		at := strconv.Itoa(o.line) + ":" + strconv.Itoa(utf8.RuneCountInString(src[o.lineStart:o.off])+1)
		return nil, p.errAt(len(src), "unexpected end of input; the "+decode.QuoteChar(rune(src[o.off]))+" opened at "+at+" is not closed")
	}
	if endLine != p.line {
		p.line, p.lineStart = endLine, endLineStart
		p.memoOff, p.memoCol = endLineStart, 1
	}
	p.pos = end
	if end == start {
		return nil, p.badChar(start, "; expected a value")
	}
	n.Str = src[start:end]
	return n, nil
}

// endsOpaque reports whether the text of an opaque value ends at offset i,
// outside any bracket it opened.
func (p *parser) endsOpaque(i int, key bool) bool {
	switch p.src[i] {
	case ',', ')', ']', '}':
		return true
	case ':':
		return key && p.lang == python
	case '=':
		return p.lang == node && strings.HasPrefix(p.src[i:], "=>")
	}
	return false
}

func closer(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return '>'
}

// skipQuoted returns the offset of the quote that closes the one at i, on
// the same line and after backslash escapes, or i itself when there is
// none: the quote is then a plain character (an apostrophe in a repr such
// as <Foo it's>). A quote without its closing quote marks the rest of its
// line, so that later quotes of its kind there are not looked at again and
// a line of lone quotes is read in linear time: had a later quote of that
// kind a closing quote, the first one would have ended there (the escapes
// read from either agree, since the later one is escaped or is the one
// that ends it).
func (p *parser) skipQuoted(i int) int {
	src := p.src
	q := src[i]
	k := quoteIndex(q)
	if span := p.plainQuote[k]; i >= span.from && i < span.to {
		return i
	}
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case q:
			return j
		case '\\':
			if j+1 < len(src) && src[j+1] != '\n' {
				j++
			}
		case '\n':
			p.plainQuote[k] = struct{ from, to int }{i, j}
			return i
		}
	}
	p.plainQuote[k] = struct{ from, to int }{i, len(src)}
	return i
}

func quoteIndex(q byte) int {
	switch q {
	case '\'':
		return 0
	case '"':
		return 1
	}
	return 2
}

// placeholder makes a String node of the width bytes at the position, such
// as Python's [...] for a list that holds itself.
func (p *parser) placeholder(width int) *document.Node {
	n := p.newNode(document.String, p.pos)
	n.Str = p.src[p.pos : p.pos+width]
	p.pos += width
	return n
}

// moreItems returns the offset after the "... 3 more items" that Node.js
// writes in place of the items past maxArrayLength, if it starts at i, or
// -1.
func (p *parser) moreItems(i int) int {
	rest := p.src[i:]
	if !strings.HasPrefix(rest, "... ") {
		return -1
	}
	j := digits(rest, 4)
	if j == 4 || !strings.HasPrefix(rest[j:], " more item") {
		return -1
	}
	j += len(" more item")
	if j < len(rest) && rest[j] == 's' {
		j++
	}
	if !p.endsToken(i + j) {
		return -1
	}
	return i + j
}

// moreChars returns the offset after the "... 5 more characters" that
// Node.js writes after a string cut at maxStringLength, if it starts at i,
// or i.
func (p *parser) moreChars(i int) int {
	rest := p.src[i:]
	if !strings.HasPrefix(rest, "... ") {
		return i
	}
	j := digits(rest, 4)
	if j == 4 || !strings.HasPrefix(rest[j:], " more character") {
		return i
	}
	j += len(" more character")
	if j < len(rest) && rest[j] == 's' {
		j++
	}
	return i + j
}
